package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/diplo-go/diplo/tables"
	"github.com/diplo-go/diplo/tables/dyads"
	"github.com/diplo-go/diplo/tables/parquet"
)

// tableFlags are the flags of export that only the tables format takes.
type tableFlags struct {
	format, period    string
	force, neutralise bool
}

// define defines the flags on fs.
func (t *tableFlags) define(fs *flag.FlagSet) {
	fs.StringVar(&t.format, "format", "csv", "tables: write `csv` or parquet files")
	fs.StringVar(&t.period, "period", "month", "tables: count the dyads by `month` or year")
	fs.BoolVar(&t.force, "force", false, "tables: overwrite files that exist in DIR")
	fs.BoolVar(&t.neutralise, "neutralise-formulas", false, "tables: prefix ' to CSV text starting with = + - @ (for spreadsheets)")
}

// set reports the name of a tables flag given on the command line, or "".
func (t *tableFlags) set(fs *flag.FlagSet) string {
	name := ""
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "format", "period", "force", "neutralise-formulas":
			if name == "" {
				name = f.Name
			}
		}
	})
	return name
}

// exportTables writes the tables of the graph in the file name, and its
// dyad-period table, to the directory dir, one file per table. It checks
// the flags and that no file would be overwritten (without -force)
// before it reads the graph.
func (e *env) exportTables(name, dir string, d *docFlags, t *tableFlags) error {
	if t.format != "csv" && t.format != "parquet" {
		return usageErrorf("unknown -format %q (formats: csv, parquet)", t.format)
	}
	if t.neutralise && t.format != "csv" {
		return usageErrorf("-neutralise-formulas applies to -format csv only")
	}
	period, err := dyads.ParsePeriod(t.period)
	if err != nil {
		return usageErrorf("unknown -period %q (periods: month, year)", t.period)
	}
	o, err := d.options()
	if err != nil {
		return err
	}
	// The names of the files, from the tables of an empty graph: the
	// same for every graph.
	var names []string
	for _, tb := range tables.FromGraph(nil) {
		names = append(names, tb.Name())
	}
	names = append(names, "dyads")
	paths := make([]string, len(names))
	for i, n := range names {
		paths[i] = filepath.Join(dir, n+"."+t.format)
		if !t.force {
			if _, err := os.Lstat(paths[i]); err == nil {
				return fmt.Errorf("%s exists; use -force to overwrite it", paths[i])
			} else if !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
	}
	g, err := e.loadGraph(name, o, d.noValidate)
	if err != nil {
		return err
	}
	all := tables.FromGraph(g)
	dy, skipped := dyads.Count(g, dyads.Options{Period: period})
	all = append(all, dy)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	for i, tb := range all {
		if err := writeTable(paths[i], tb, t); err != nil {
			return err
		}
	}
	for _, s := range skipped {
		fmt.Fprintf(e.stderr, "diplo: %s: %s: not in the dyads: %s\n", name, s.Path, s.Reason)
	}
	return nil
}

// writeTable writes tb to the file path in the format of t.
func writeTable(path string, tb *tables.Table, t *tableFlags) (err error) {
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if !t.force {
		flags |= os.O_EXCL // a file that appeared since the check stays
	}
	f, err := os.OpenFile(path, flags, 0o666)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			err = fmt.Errorf("%s: %w", path, err)
		}
	}()
	if t.format == "parquet" {
		return parquet.Write(f, tb)
	}
	return tb.WriteCSV(f, tables.CSVOptions{NeutraliseFormulas: t.neutralise})
}
