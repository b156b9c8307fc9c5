package plover_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/plover"
	"github.com/diplo-go/diplo/internal/scaling"
)

// manyRecord returns a record with n actors, one recipient, n event types,
// n modes and n contexts: under the rule of Dyads, n dyads.
func manyRecord(tb testing.TB, n int) plover.Record {
	var b strings.Builder
	b.WriteString(`{"id":"many","date":"2020-05-01","recipient":[{"code":"RUS","sector":"GOV"}],"actor":[`)
	list := func(item func(i int) string) {
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(item(i))
		}
	}
	list(func(i int) string { return fmt.Sprintf(`{"code":"USA","sector":"GOV","entity_text":"a%d"}`, i) })
	b.WriteString(`],"event":[`)
	list(func(int) string { return `"ACCUSE"` })
	b.WriteString(`],"mode":[`)
	list(func(int) string { return `"allege"` })
	b.WriteString(`],"context":[`)
	list(func(int) string { return `"diplomatic"` })
	b.WriteString(`]}`)
	return decodeOne(tb, []byte(b.String()))
}

// dyadsCase is Dyads on a record of n actors, n event types, n modes and n
// contexts, which gives n dyads.
var dyadsCase = scaling.Case{Name: "Dyads", N: 1500, Setup: func(tb testing.TB, n int) func() {
	r := manyRecord(tb, n)
	return func() {
		ds, err := plover.Dyads(r, plover.DyadOptions{MaxDyads: diplo.NoLimit})
		if err != nil || len(ds) != n {
			tb.Fatalf("%d dyads, %v; want %d", len(ds), err, n)
		}
	}
}}

func BenchmarkDyads(b *testing.B) { scaling.Bench(b, dyadsCase) }

func TestDyadsScales(t *testing.T) { scaling.Check(t, dyadsCase) }
