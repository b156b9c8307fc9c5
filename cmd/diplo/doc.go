// Command diplo validates, converts and inspects diplo records.
//
// Usage:
//
//	diplo validate [-type TYPE] FILE...   check files against the JSON Schema and the model's rules
//	diplo schema [TYPE]                   print a JSON Schema (default: the graph document)
//	diplo context                         print the JSON-LD context
//	diplo jsonld [-inline] FILE           print a graph as JSON-LD
//	diplo rdf [-nodes] FILE               print a graph, or a stream of nodes, as N-Quads
//	diplo import [-nodes] [-skip-bad-rows] gdelt|icews|plover FILE
//	                                      turn event-data records into a diplo graph (JSON)
//	diplo export cameo|gdelt|plover FILE  turn a diplo graph into coded event-data records
//
// FILE may be "-" for standard input. Input graphs may be plain diplo JSON
// or JSON-LD (with an @context); both are read.
//
// # validate
//
// validate checks each file twice: against the published JSON Schema, with
// an independent validator (github.com/santhosh-tekuri/jsonschema/v6), and
// against the rules of the model that no schema can express (references
// resolve, dates in order, a signatory acts for a party...). Each problem is
// printed on its own line as
//
//	file: path: message
//
// with the JSON path of the value (events[0].kind). The exit status is 0
// when every file is valid, 1 when any is invalid, and 2 on a usage error or
// a file that cannot be read.
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
// import writes each node as soon as it is lifted and holds none: the
// lists of the graph document go through temporary files, removed at the
// end. Its memory grows only with an index of 16-byte IDs, one for each
// distinct actor, distinct source URL and event lifted. With -nodes it
// prints the nodes as a stream instead, one JSON node per line, as
// diplo rdf -nodes reads them.
//
// export projects a graph onto dyadic records: "cameo" prints them as
// tab-separated rows with a header, "gdelt" as GDELT 2.0 export rows,
// "plover" as a JSON array of PLOVER records.
//
// Install with
//
//	go install github.com/diplo-go/diplo/cmd/diplo@latest
package main
