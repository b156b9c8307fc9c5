package main

import (
	"flag"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/eventdata/gdelt"
	"github.com/diplo-go/diplo/eventdata/icews"
	"github.com/diplo-go/diplo/eventdata/plover"
	"github.com/diplo-go/diplo/graph"
)

// importCmd lifts a dataset file into a graph and prints it as JSON, or,
// with -nodes, as a stream of nodes, one JSON node per line. It holds no
// node: each is encoded as soon as it is lifted (for the graph document,
// into its list's buffers, kept in memory up to a bound and then written
// to a temporary file of the list), and only the Lifter's index of the
// IDs written grows, with the distinct actors, sources and events. A row
// that stops the import leaves nothing printed, or, with -nodes, the
// nodes lifted before it.
func (e *env) importCmd(args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	keep := fs.Bool("skip-bad-rows", false, "skip rows that cannot be read (they are counted) instead of stopping")
	nodes := fs.Bool("nodes", false, "print a stream of nodes, one JSON node per line, instead of a graph document")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if err := wantArgs(fs, "the format ("+strings.Join(importFormats, ", ")+")", "FILE"); err != nil {
		return err
	}
	format, name := fs.Arg(0), fs.Arg(1)
	if !slices.Contains(importFormats, format) {
		return usageErrorf("unknown format %q (formats: %s)", format, strings.Join(importFormats, ", "))
	}
	f, err := e.reader(name)
	if err != nil {
		return err
	}
	defer f.Close()
	defer tuneGC()()
	var sink dyad.NodeSink
	var nw *graph.NodeWriter
	var spool *graphSpool
	if *nodes {
		nw = graph.NewNodeWriter(e.stdout)
		sink = nw
	} else {
		spool = new(graphSpool)
		defer spool.Close()
		sink = spool
	}
	// Transient: both sinks encode each node as it comes and keep
	// nothing of it.
	l := dyad.NewStreamLifterWith(sink, dyad.StreamOptions{Transient: true})
	var unreadable int
	omitted := map[string]int{}
	p := e.newProgress()
	im := &importer{l: l, p: p, name: name}
	add := func(r eventdata.Record) error { return im.add(&r) }
	switch format {
	case "gdelt":
		// Transient: the stream Lifter keeps no string of a record after
		// Add, and both sinks encode each node as it comes.
		o := gdelt.ReaderOptions{SkipBadRows: *keep, KeepErrors: 10, Transient: true}
		unreadable, err = im.readGDELT(gdelt.NewReader(f, o))
	case "icews":
		o := icews.ReaderOptions{SkipBadRows: *keep, KeepErrors: 10}
		unreadable, err = readRows(icews.NewReader(f, o), add)
	case "plover":
		unreadable, err = readPLOVER(f, *keep, omitted, add)
	}
	p.done()
	if err != nil {
		if nw != nil {
			nw.Flush()
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	if nw != nil {
		err = nw.Flush()
	} else {
		_, err = spool.WriteTo(e.stdout)
	}
	if err != nil {
		return err
	}
	stats := l.LiftStats
	if unreadable > 0 {
		stats.Skipped = maps.Clone(stats.Skipped)
		stats.Skipped["unreadable rows skipped"] = unreadable
	}
	if len(omitted) > 0 {
		stats.LeftOut = maps.Clone(stats.LeftOut)
		if stats.LeftOut == nil {
			stats.LeftOut = map[string]int{}
		}
		for reason, n := range omitted {
			stats.LeftOut["PLOVER "+reason] += n
		}
	}
	fmt.Fprintf(e.stderr, "diplo: %s: %d records read, %s\n", name, im.read, stats)
	return nil
}

// importer lifts the records import reads with its Lifter, counts them,
// and shows the progress.
type importer struct {
	l    *dyad.Lifter
	p    *progress
	name string // the file's
	read int
}

// add lifts one record, and returns the error of the Lifter's sink, if
// writing a node has failed. A record the Lifter refuses is counted in
// its Skipped, not returned.
func (im *importer) add(r *eventdata.Record) error {
	im.read++
	_ = im.l.AddRecord(r) // refusals are counted in l.Skipped
	if im.p.due() {
		im.p.show(fmt.Sprintf("diplo: %s: %d records read, %s", im.name, im.read, im.l.LiftStats))
	}
	return im.l.Err()
}

// readGDELT adds every record of rd, as readRecords passes them to add,
// and returns what readRecords returns. Each record is read into the
// same variable and passed on by address: none is copied. A row whose
// CAMEO code the Lifter refuses is checked but not converted, and its
// record, which holds only the code, is refused as the whole record
// would be (counted in the Lifter's Skipped).
func (im *importer) readGDELT(rd *gdelt.Reader) (int, error) {
	var r eventdata.Record
	takes := im.l.TakesCAMEO
	for {
		_, err := rd.ReadRecordIf(&r, takes)
		if err == io.EOF {
			return rd.Skipped(), nil
		}
		if err != nil {
			return 0, err
		}
		if err := im.add(&r); err != nil {
			return 0, err
		}
	}
}

// readPLOVER passes every dyad of every PLOVER record of f to add, and
// returns the number of records that could not be decoded or projected
// and were skipped (with keep). What the records code that their dyads
// do not hold is counted in omitted, by reason. It stops at the first
// error of add.
func readPLOVER(f io.Reader, keep bool, omitted map[string]int, add func(eventdata.Record) error) (int, error) {
	dec := plover.NewDecoder(f, plover.DecoderOptions{})
	unreadable := 0
	for {
		rec, err := dec.Decode()
		if err == io.EOF {
			return unreadable, nil
		}
		if err != nil {
			if keep && dec.Err() == nil {
				unreadable++
				continue
			}
			return 0, err
		}
		dyads, err := plover.Dyads(rec, plover.DyadOptions{Omitted: omitted})
		if err != nil {
			if keep {
				unreadable++
				continue
			}
			return 0, err
		}
		for _, d := range dyads {
			if err := add(d); err != nil {
				return 0, err
			}
		}
	}
}

// rowReader is a reader of dataset rows: gdelt.Reader and icews.Reader.
type rowReader[E interface{ Record() eventdata.Record }] interface {
	Read() (E, error)
	Skipped() int
}

// readRows passes the record of every row of rd to add, up to the end of
// the input or the first error of add, and returns the number of
// unreadable rows rd skipped.
func readRows[E interface{ Record() eventdata.Record }](rd rowReader[E], add func(eventdata.Record) error) (int, error) {
	return readRecords(rowRecords[E]{rd}, add)
}

// rowRecords is a rowReader as a recordReader.
type rowRecords[E interface{ Record() eventdata.Record }] struct{ rowReader[E] }

// ReadRecord returns the record of the next row.
func (r rowRecords[E]) ReadRecord() (eventdata.Record, error) {
	ev, err := r.Read()
	if err != nil {
		return eventdata.Record{}, err
	}
	return ev.Record(), nil
}

// recordReader is a reader of dataset rows that gives their records
// directly: gdelt.Reader.
type recordReader interface {
	ReadRecord() (eventdata.Record, error)
	Skipped() int
}

// readRecords passes every record of rd to add, up to the end of the
// input or the first error of add, and returns the number of unreadable
// rows rd skipped.
func readRecords(rd recordReader, add func(eventdata.Record) error) (int, error) {
	for {
		r, err := rd.ReadRecord()
		if err == io.EOF {
			return rd.Skipped(), nil
		}
		if err != nil {
			return 0, err
		}
		if err := add(r); err != nil {
			return 0, err
		}
	}
}

// exportCmd projects a graph onto dyadic records and prints them.
func (e *env) exportCmd(args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	var d docFlags
	d.convertFlags(fs)
	var t tableFlags
	t.define(fs)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if fs.Arg(0) == "tables" {
		if err := wantArgs(fs, "the format", "FILE", "DIR"); err != nil {
			return err
		}
		return e.exportTables(fs.Arg(1), fs.Arg(2), &d, &t)
	}
	if name := t.set(fs); name != "" && fs.NArg() >= 1 {
		return usageErrorf("-%s applies to tables only", name)
	}
	// The format first: "export bogus" names the formats, not a FILE.
	if fs.NArg() >= 1 && !slices.Contains(exportFormats, fs.Arg(0)) {
		return usageErrorf("unknown format %q (formats: %s)", fs.Arg(0), strings.Join(exportFormats, ", ")+", tables")
	}
	if err := wantArgs(fs, "the format ("+strings.Join(exportFormats, ", ")+")", "FILE"); err != nil {
		return err
	}
	format, name := fs.Arg(0), fs.Arg(1)
	o, err := d.options()
	if err != nil {
		return err
	}
	p := e.newProgress()
	p.show("diplo: " + name + ": reading the graph")
	g, err := e.loadGraph(name, o, d.noValidate)
	if err != nil {
		p.done()
		return err
	}
	p.show("diplo: " + name + ": projecting the graph")
	recs, skipped := dyad.Project(g)
	written, statements := 0, 0
	wrote := func() {
		written++
		if p.due() {
			p.show(fmt.Sprintf("diplo: %s: %d of %d records written", name, written, len(recs)))
		}
	}
	switch format {
	case "cameo":
		err = writeCAMEO(e.stdout, recs, wrote)
	case "gdelt":
		w := gdelt.NewWriter(e.stdout)
		for _, r := range recs {
			if err = w.Write(gdelt.FromRecord(r)); err != nil {
				break
			}
			wrote()
		}
		if err == nil {
			err = w.Flush()
		}
	case "plover":
		enc := plover.NewEncoder(e.stdout)
		for _, r := range recs {
			if r.PLOVER.Event == "" {
				statements++
				continue // PLOVER codes no statements
			}
			if err = enc.Encode(plover.FromDyad(r)); err != nil {
				break
			}
			wrote()
		}
		if cerr := enc.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			_, err = io.WriteString(e.stdout, "\n")
		}
	default:
		p.done()
		return errUsage
	}
	p.done()
	if err != nil {
		return err
	}
	for _, s := range skipped {
		fmt.Fprintf(e.stderr, "diplo: %s: %s: not coded: %s\n", name, s.Path, s.Reason)
	}
	if p != nil {
		// The counts, on a terminal only: elsewhere export stays as it was.
		msg := fmt.Sprintf("diplo: %s: %d records written, %d parts of the graph not coded", name, written, len(skipped))
		if statements > 0 {
			msg += fmt.Sprintf(", %d statements left out (PLOVER codes none)", statements)
		}
		fmt.Fprintln(e.stderr, msg)
	}
	return nil
}

// cameoHeader names the columns of the cameo export.
var cameoHeader = []string{
	"date", "source", "sourceCountry", "target", "targetCountry", "cameo", "root", "quadClass",
	"goldstein", "ploverEvent", "ploverMode", "ploverContexts", "location", "locationCountry",
	"latitude", "longitude", "sourceURL", "id",
}

// writeCAMEO writes records as tab-separated rows under a header, and
// calls wrote after each.
func writeCAMEO(w io.Writer, recs []eventdata.Record, wrote func()) error {
	if _, err := io.WriteString(w, strings.Join(cameoHeader, "\t")+"\n"); err != nil {
		return err
	}
	clean := func(s string) string { return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s) }
	for _, r := range recs {
		lat, lon := "", ""
		if r.Location.HasCoords {
			lat = strconv.FormatFloat(r.Location.Lat, 'f', -1, 64)
			lon = strconv.FormatFloat(r.Location.Lon, 'f', -1, 64)
		}
		row := []string{
			r.Date.Format("2006-01-02"), r.Source.Code, r.Source.Country, r.Target.Code, r.Target.Country,
			r.CAMEO, r.RootCode, strconv.Itoa(r.QuadClass), strconv.FormatFloat(r.Goldstein, 'f', -1, 64),
			r.PLOVER.Event, r.PLOVER.Mode, strings.Join(r.PLOVER.Contexts, ";"),
			clean(r.Location.Name), r.Location.Country, lat, lon, clean(r.SourceURL), clean(r.ID),
		}
		if _, err := io.WriteString(w, strings.Join(row, "\t")+"\n"); err != nil {
			return err
		}
		wrote()
	}
	return nil
}
