package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/gdelt"
	"github.com/diplo-go/diplo/eventdata/icews"
	"github.com/diplo-go/diplo/eventdata/plover"
	"github.com/diplo-go/diplo/eventdata/plover/ploverdyad"
)

// importCmd lifts a dataset file into a graph and prints it as JSON.
func (e *env) importCmd(args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	keep := fs.Bool("skip-bad-rows", false, "skip rows that cannot be read (they are counted) instead of stopping")
	if err := fs.Parse(args); err != nil || fs.NArg() != 2 {
		return errUsage
	}
	format, name := fs.Arg(0), fs.Arg(1)
	f, err := e.reader(name)
	if err != nil {
		return err
	}
	defer f.Close()
	l := eventdata.NewLifter()
	var read, unreadable int
	add := func(r eventdata.Record) {
		read++
		_ = l.Add(r) // refusals are counted in l.Skipped
	}
	switch format {
	case "gdelt":
		var opts []gdelt.Option
		if *keep {
			opts = append(opts, gdelt.SkipBadRows(10))
		}
		if unreadable, err = readRows(gdelt.NewReader(f, opts...), add); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	case "icews":
		var opts []icews.Option
		if *keep {
			opts = append(opts, icews.SkipBadRows(10))
		}
		if unreadable, err = readRows(icews.NewReader(f, opts...), add); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	case "plover":
		dec := plover.NewDecoder(f)
		for {
			rec, err := dec.Decode()
			if err == io.EOF {
				break
			}
			if err != nil {
				if *keep && !isSyntax(err) {
					unreadable++
					continue
				}
				return fmt.Errorf("%s: %w", name, err)
			}
			for _, d := range ploverdyad.Dyads(rec) {
				add(d)
			}
		}
	default:
		return errUsage
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(l.Graph()); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "diplo: %s: %d records read, %d lifted into events", name, read, l.Lifted)
	reasons := make([]string, 0, len(l.Skipped))
	for r := range l.Skipped {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(e.stderr, ", %d %s", l.Skipped[r], r)
	}
	if unreadable > 0 {
		fmt.Fprintf(e.stderr, ", %d unreadable rows skipped", unreadable)
	}
	fmt.Fprintln(e.stderr)
	return nil
}

// rowReader is a reader of dataset rows: gdelt.Reader and icews.Reader.
type rowReader[E interface{ Record() eventdata.Record }] interface {
	Read() (E, error)
	Skipped() int
}

// readRows passes the record of every row of rd to add, up to the end of
// the input, and returns the number of unreadable rows rd skipped.
func readRows[E interface{ Record() eventdata.Record }](rd rowReader[E], add func(eventdata.Record)) (int, error) {
	for {
		ev, err := rd.Read()
		if err == io.EOF {
			return rd.Skipped(), nil
		}
		if err != nil {
			return 0, err
		}
		add(ev.Record())
	}
}

// isSyntax reports whether a PLOVER decoding error ends the stream.
func isSyntax(err error) bool {
	var se *json.SyntaxError
	return errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF)
}

// exportCmd projects a graph onto dyadic records and prints them.
func (e *env) exportCmd(args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var d docFlags
	d.convertFlags(fs)
	if err := fs.Parse(args); err != nil || fs.NArg() != 2 {
		return errUsage
	}
	format, name := fs.Arg(0), fs.Arg(1)
	switch format {
	case "cameo", "gdelt", "plover":
	default:
		return errUsage
	}
	o, err := d.options()
	if err != nil {
		return err
	}
	g, err := e.loadGraph(name, o, d.noValidate)
	if err != nil {
		return err
	}
	recs, skipped := eventdata.Project(g)
	switch format {
	case "cameo":
		err = writeCAMEO(e.stdout, recs)
	case "gdelt":
		w := gdelt.NewWriter(e.stdout)
		for _, r := range recs {
			if err = w.Write(gdelt.FromRecord(r)); err != nil {
				break
			}
		}
		if err == nil {
			err = w.Flush()
		}
	case "plover":
		enc := plover.NewEncoder(e.stdout)
		for _, r := range recs {
			if r.PLOVER.Event == "" {
				continue // PLOVER codes no statements
			}
			if err = enc.Encode(ploverdyad.FromDyad(r)); err != nil {
				break
			}
		}
		if cerr := enc.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			_, err = io.WriteString(e.stdout, "\n")
		}
	default:
		return errUsage
	}
	if err != nil {
		return err
	}
	for _, s := range skipped {
		fmt.Fprintf(e.stderr, "diplo: %s: %s: not coded: %s\n", name, s.Path, s.Reason)
	}
	return nil
}

// cameoHeader names the columns of the cameo export.
var cameoHeader = []string{
	"date", "source", "sourceCountry", "target", "targetCountry", "cameo", "root", "quadClass",
	"goldstein", "ploverEvent", "ploverMode", "ploverContexts", "location", "locationCountry",
	"latitude", "longitude", "sourceURL", "id",
}

// writeCAMEO writes records as tab-separated rows under a header.
func writeCAMEO(w io.Writer, recs []eventdata.Record) error {
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
	}
	return nil
}
