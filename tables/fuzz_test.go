package tables_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/tables"
)

// FuzzWriteCSV puts arbitrary text in a person's name, an event's name
// and description, and a date, and requires that encoding/csv reads the
// persons and events tables back with the same number of records and the
// same text, or, for text that is not UTF-8, that WriteCSV refuses it
// with an error and never panics.
func FuzzWriteCSV(f *testing.F) {
	for _, s := range hostileValues {
		f.Add(s, "fr", "2025-06-22")
	}
	f.Add("\xff", "en-t-fr", "2025?")
	f.Add("\"\"\n\"", "ar", "-0044-03-15%")
	f.Fuzz(func(t *testing.T, s, tag, date string) {
		txt := diplo.Text{}
		if lt, err := diplo.ParseLanguage(tag); err == nil {
			txt[lt] = s
		}
		d, _ := diplo.ParseDate(date)
		g := &graph.Graph{
			Persons: []actor.Person{{ID: diplo.ID("https://example.org/" + s), Name: txt}},
			Events:  []event.Event{{ID: "https://example.org/e", Kind: event.Summit, Name: txt, Description: diplo.Text{language.French: s}, Start: d}},
		}
		for _, tb := range tables.FromGraph(g) {
			var buf bytes.Buffer
			err := tb.WriteCSV(&buf, tables.CSVOptions{})
			if !utf8.ValidString(s) && tb.Len() > 0 && (tb.Name() == "persons" || tb.Name() == "events") {
				if err == nil {
					t.Fatalf("%s: text that is not UTF-8 written", tb.Name())
				}
				continue
			}
			if err != nil {
				if utf8.ValidString(s) {
					t.Fatalf("%s: %v", tb.Name(), err)
				}
				continue
			}
			recs, err := csv.NewReader(&buf).ReadAll()
			if err != nil {
				t.Fatalf("%s: encoding/csv cannot read it back: %v", tb.Name(), err)
			}
			if len(recs) != tb.Len()+1 {
				t.Fatalf("%s: %d records read back, want %d", tb.Name(), len(recs), tb.Len()+1)
			}
			for i := range tb.Len() {
				for j, v := range tb.Row(i) {
					// encoding/csv's reader turns CRLF inside a quoted
					// field into LF; other readers keep it.
					if want := strings.ReplaceAll(v.Text(), "\r\n", "\n"); recs[i+1][j] != want {
						t.Fatalf("%s[%d] column %d: read back %q, wrote %q", tb.Name(), i, j, recs[i+1][j], want)
					}
				}
			}
		}
	})
}
