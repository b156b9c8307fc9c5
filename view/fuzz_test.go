package view_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/view"
)

// FuzzView puts any string in every name, text and ID of a record, and
// any date: the pictures stay well-formed XML, and the page holds no
// markup of the record's (one script, one style, no tag from the input).
func FuzzView(f *testing.F) {
	f.Add("<script>alert(1)</script>", "javascript:alert(1)", "2016")
	f.Add("\u202eevil\x00\xff]]>&amp;", "data:,x", "2016-06-01?")
	f.Add("مرحبا \u2067x", "https://example.org/\"><x>", "")
	f.Fuzz(func(t *testing.T, name, id, date string) {
		d, _ := diplo.ParseDate(date)
		txt := diplo.Text{}
		for _, tag := range []string{"en", "ar", "en-t-ar"} {
			tx, err := txt.With(tag, name)
			if err == nil {
				txt = tx
			}
		}
		ids := diplo.ID(id)
		g := &graph.Graph{
			ID:     ids,
			Title:  txt,
			States: []actor.State{{ID: ids, Name: txt}, {ID: "urn:x:b", Name: txt}},
			Events: []event.Event{
				{ID: ids, Kind: event.Kind(name), Status: event.Status(name), Name: txt, Start: d, Parts: []diplo.ID{"urn:x:e"},
					Participants:  []event.Participant{{Actor: ids}, {Actor: "urn:x:b"}},
					StatusHistory: []event.StatusChange{{Status: event.Status(name), Date: d, Place: diplo.Place{Name: txt}}},
					Place:         diplo.Place{Name: txt}},
				{ID: "urn:x:e", Kind: event.Expulsion, Name: txt, Start: d,
					Participants: []event.Participant{{Actor: ids, Role: event.Initiator}, {Actor: "urn:x:b", Role: event.Target}}},
			},
			Statements: []event.Statement{{ID: ids, Kind: event.StatementKind(name), Speakers: []diplo.ID{ids}, Occasion: ids, Date: d, Text: txt,
				Attribution: diplo.Attribution{Sources: []diplo.ID{ids}}}},
			Accords: []accord.Accord{{ID: ids, Kind: accord.Kind(name), Title: txt, Parties: []diplo.ID{ids, "urn:x:b"},
				Actions: []accord.Action{{Kind: accord.ActionKind(name), Date: d, Party: ids, Attribution: diplo.Attribution{Note: txt}}, {Kind: accord.Withdrawal, Date: d, Effective: d, Party: "urn:x:b"}}}},
			Sources: []diplo.Source{{ID: ids, URL: id, Title: txt}},
		}
		for _, write := range []func(*bytes.Buffer) error{
			func(b *bytes.Buffer) error { return view.WriteTimeline(b, g) },
			func(b *bytes.Buffer) error { return view.WriteLifecycle(b, g) },
		} {
			var b bytes.Buffer
			if err := write(&b); err != nil {
				t.Fatal(err)
			}
			if _, err := wellFormed(b.Bytes()); err != nil {
				t.Fatalf("not well-formed: %v", err)
			}
		}
		var b bytes.Buffer
		if err := view.WritePage(&b, g); err != nil {
			t.Fatal(err)
		}
		lower := strings.ToLower(b.String())
		if n := strings.Count(lower, "<script"); n != 1 {
			t.Fatalf("%d script elements", n)
		}
		if n := strings.Count(lower, "<style"); n != 1 {
			t.Fatalf("%d style elements", n)
		}
		if strings.Contains(name+id, "<x") && strings.Contains(lower, "<x") {
			t.Fatal("markup of the record in the page")
		}
	})
}
