// Command diplo validates, converts and inspects diplo records.
//
// Usage:
//
//	diplo validate [-type TYPE] [limits] FILE...         check files against the JSON Schema and the model's rules
//	diplo schema [TYPE]                                  print a JSON Schema (default: the graph document)
//	diplo context                                        print the JSON-LD context
//	diplo jsonld [-inline] [options] FILE                print a graph as JSON-LD
//	diplo rdf [-nodes] [options] FILE                    print a graph, or a stream of nodes, as N-Quads
//	diplo json [options] FILE                            print a graph read from JSON-LD (compacted, expanded or flattened) as plain JSON
//	diplo import [-nodes] [-skip-bad-rows] gdelt|icews|plover FILE
//	                                                     turn event-data records into a diplo graph (JSON)
//	diplo export [options] cameo|gdelt|plover FILE       turn a diplo graph into coded event-data records
//	diplo export [options] tables FILE DIR               write the graph's tables, as CSV or Parquet files, into DIR
//	diplo holder -on DATE -f FILE OFFICE                 print who held an office on a date
//	diplo merge [-o FILE] [-report FILE] [options] FILE...
//	                                                     merge records of the same facts from several sources into one
//	diplo network [-format F] [-kinds K] [-max-pairs N] [options] FILE...
//	                                                     print the network of the actors of records as GEXF, GraphML or JSON
//	diplo status -on DATE -f FILE ACCORD [PARTY]         print the status of an accord, and of its parties, on a date
//	diplo timeline [-from DATE] [-to DATE] [-kind KIND] -f FILE ACTOR [ACTOR]
//	                                                     print the events of an actor, or of two together, in time order
//	diplo version                                        print the module version and VCS revision (also -version)
//	diplo view [-svg timeline|lifecycle] [options] RECORD...
//	                                                     write one HTML page showing records (timeline, accords, actors, statements)
//	diplo help [COMMAND]                                 print the help, or a command's with its flags (also -h, -help)
//
// FILE may be "-" for standard input. Input graphs may be plain diplo JSON
// or JSON-LD (with an @context); both are read.
//
// As with the go command, flags go before the other arguments: the flag
// package stops at the first argument that is not a flag, so diplo
// refuses "diplo jsonld FILE -inline" rather than read -inline as a
// file name. "diplo help COMMAND", "diplo COMMAND -h" and
// "diplo COMMAND -help" print the help of a command, with all its flags,
// on standard output. A usage error (an unknown command, format or flag,
// a missing argument, a flag after the file) prints what was wrong and
// "run 'diplo help COMMAND' for usage" on standard error, exit status 2.
//
// diplo version prints the module version, "(devel)" for a build from a
// work tree, and, when the build recorded them (go build -buildvcs), the
// VCS revision, followed by "dirty" if the work tree had changes.
//
// # Reading documents
//
// validate, jsonld, rdf and export apply diplo's limits (diplo.Limits) to
// a document before anything else reads it; a larger file is not read at
// all. A number that float64 does not hold exactly (1e-400) is an error,
// not a rounded value. A document must be a JSON object. The limit flags
// are:
//
//	-max-bytes N    the largest document, in bytes (default 67108864, diplo.DefaultMaxBytes);
//	                with rdf -nodes, the longest line
//	-max-objects N  the most JSON objects in a document (default 1000000, diplo.DefaultMaxObjects);
//	                lower it with -max-bytes for untrusted input, since each object decodes into a Go value
//
// A record larger than the defaults is read by raising both, for instance
// for a graph of 100,000 events (about 180 MB of JSON, 1.5 million
// objects):
//
//	diplo validate -max-bytes 200000000 -max-objects 2000000 record.json
//
// validate reads a graph document in a file larger than 64 MiB, the
// default of -max-bytes (not standard input), as a stream, a node at a
// time, checking each node against the limits before decoding it. When
// the document is the canonical form diplo writes (indented or not) and
// valid, that is all: the document is never held whole, and the texts
// that repeat in the graph are held once.
// For the record above, validate then takes at most about 2.5 times the
// file's size in memory (peak resident set: 372 to 432 MB for a 178 MB
// file; BENCHMARKS.md). Any other document (in another form, invalid or
// over a limit) is then read whole and checked as below, which holds the
// document and its graph together: about 4 times its size, or more.
//
// jsonld, rdf and export decode strictly, rejecting object members that
// diplo does not define (a misspelt "start_date" is an error at its path,
// not a dropped value), and check the rules of the model (references
// resolve, dates in order...) before they print anything. Two flags opt
// out:
//
//	-lenient      ignore members that diplo does not define
//	-no-validate  convert without checking the rules of the model
//
// # validate
//
// validate checks each file twice: against the published JSON Schema, with
// an independent validator (github.com/santhosh-tekuri/jsonschema/v6),
// and against the rules of the model that no schema can express (the
// schema step is skipped for a document in the canonical form diplo
// writes, which the schema cannot reject). Each problem is printed on its
// own line as
//
//	file: path: message
//
// with the JSON path of the value (events[0].kind), at most 100 per file,
// followed by a count of the others ("file: ... and 12 more problems";
// "at least" when the schema step stopped early). Every file is checked,
// whatever the others give.
//
// # import and export
//
// import reads a GDELT 1.0 or 2.0 event file, an ICEWS event file or a
// PLOVER JSON file, lifts every record whose CAMEO code names a diplomatic
// event into the graph, and prints the graph. Records that are not
// diplomatic events, or that cannot be read, are counted on standard error,
// never dropped without a word. A row that cannot be read stops the import
// with its line and exit status 2, unless -skip-bad-rows is given, which
// skips such rows and counts them. Values the model refuses are cleaned
// (control characters removed from names) or left out (a place out of
// range or at 0,0 with no name, a source URL that is not http(s)), and a
// row that is not valid UTF-8 is refused; the summary on standard error
// names each count by reason, so the graph printed always validates.
//
// import encodes each node as soon as it is lifted and keeps no node: the
// graph document's encoded nodes wait in memory, up to 16 MiB, then in
// temporary files, until the document is written. Its memory does not
// grow with the rows but for the index of the IDs written, some tens of
// bytes for each distinct event and source: over a million generated
// GDELT rows, of which 250,000 are lifted, the live heap peaks at 34 MB,
// up to 16 MiB of it the encoded nodes held (TestImportConstantMemory).
// With -nodes it prints the nodes as a stream instead, one JSON node per
// line, as diplo rdf -nodes reads them.
//
// export projects a graph onto dyadic records: "cameo" prints them as
// tab-separated rows with a header, "gdelt" as GDELT 2.0 export rows,
// "plover" as a JSON array of PLOVER records. "tables" writes one file
// per table of package tables, and the dyad-period table dyads.csv, into
// DIR: -format csv (the default) or parquet, -period month (the default)
// or year for the dyads, -neutralise-formulas to prefix ' to CSV text a
// spreadsheet would run; it refuses to overwrite a file, and writes
// nothing, unless -force is given.
//
// When standard error is a terminal, import and export show their
// progress on one line of it, written over a few times a second (records
// read and the counts so far; records written), and export ends with its
// counts, as import always does. Otherwise they write no progress.
//
// # merge
//
// merge reads two or more records, each within the limits, strictly and
// validated like the files of jsonld, merges them with graph.Merge, and
// prints the merged record (or writes it to the file of -o). Nodes of one
// ID, or of one type and a shared Wikidata, ISO 3166, UNTS, GDELT or
// GeoNames identifier, become one; values the records disagree on are
// kept as claims attributed to their sources. What was unified and each
// conflict, with its path and the values of each record, go to standard
// error as text, or with -report FILE to that file as JSON. The output
// does not depend on the order of the files. An error of the merge itself
// names the file by its position among the FILEs (graphs[1] is the
// second).
//
// # Questions of time
//
// status, holder and timeline read the record given with -f (as jsonld
// reads one) and answer with package query, as an aligned table or, with
// -json, as JSON. ACCORD, OFFICE, PARTY and ACTOR are given by ID or by
// exact name in any language (a state also by its ISO 3166-1 code); a
// name that fits several nodes is an error that lists their IDs. Every
// answer carries a truth, yes or maybe: maybe when the record's dates
// (partial, uncertain, missing) leave the answer open, with every status
// the record admits. -f may be given more than once: the records are
// merged first, as merge merges them.
//
// # Exit status
//
// The exit status is 0 on success, 1 when a document is invalid (its
// problems are printed: by validate on standard output, by the other
// commands on standard error), and 2 on a usage error, a file that cannot
// be read (even when other files given to validate are invalid), a row
// that import cannot read, or output that cannot be written. "diplo help" and the help of
// a command exit 0.
//
// Install with
//
//	go install github.com/diplo-go/diplo/cmd/diplo@latest
package main
