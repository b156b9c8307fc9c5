package tables

import (
	"encoding/csv"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// CSVOptions are the options of WriteCSV. The zero value writes every
// value as it is.
type CSVOptions struct {
	// NeutraliseFormulas prefixes an apostrophe to every String cell that
	// begins with =, +, -, @, a tab or a carriage return, which a
	// spreadsheet would otherwise run as a formula (the OWASP advice on
	// CSV injection). It changes the values, so that the CSV no longer
	// holds what the Parquet file holds: use it only for files meant to
	// be opened in a spreadsheet. Other columns (dates, numbers) are never
	// changed.
	NeutraliseFormulas bool
}

// Validate checks that every String cell of t is valid UTF-8, which CSV
// readers and Parquet's STRING type require. A graph that passes
// graph.Validate gives tables that pass; a broken rule is a
// *diplo.FieldError whose path names the table, the row (from 0) and
// the column: "events[3].name".
func (t *Table) Validate() error {
	var c check.Collector
	w := len(t.cols)
	for i, v := range t.cells {
		if v.typ == String && !utf8.ValidString(v.s) {
			c.Add(fmt.Sprintf("%s[%d].%s", t.name, i/w, t.cols[i%w].Name), fmt.Errorf("%w: not valid UTF-8", diplo.ErrSyntax))
		}
	}
	return c.Err()
}

// WriteCSV writes t to w as CSV: a header row of the column names, then
// one record per row, in UTF-8 without a byte order mark, with the
// quoting of RFC 4180 (encoding/csv). Records end in LF rather than
// RFC 4180's CRLF: encoding/csv, asked for CRLF, also turns a newline
// inside a value into CRLF, which would change the value. A null cell is
// an empty field; see Value.AppendText for the form of the others. It
// checks t with Validate before writing anything.
func (t *Table) WriteCSV(w io.Writer, o CSVOptions) error {
	if err := t.Validate(); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	rec := make([]string, len(t.cols))
	for i, c := range t.cols {
		rec[i] = c.Name
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	for r := range t.Len() {
		for i, v := range t.Row(r) {
			s := v.Text()
			if o.NeutraliseFormulas && v.typ == String && isFormula(s) {
				s = "'" + s
			}
			rec[i] = s
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// isFormula reports whether a spreadsheet may take s for a formula.
func isFormula(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}
