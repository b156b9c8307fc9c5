package diplo_test

import (
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
)

// dateTexts are dates of each precision as documents spell them.
var dateTexts = [][]byte{
	[]byte("2023"), []byte("2023-07"), []byte("2023-07-27"), []byte("2024-02-29"),
	[]byte("2023-07-27T14:30"), []byte("2023-07-27T14:30:05Z"), []byte("2023-07-27T14:30:05+03:00"),
	[]byte("2021-05-24?"),
}

func BenchmarkDateUnmarshalText(b *testing.B) {
	var d diplo.Date
	for b.Loop() {
		for _, t := range dateTexts {
			if err := d.UnmarshalText(t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkVocabularyUnmarshalText(b *testing.B) {
	texts := [][]byte{[]byte("official-visit"), []byte("meeting"), []byte("statement")}
	var ok [][]byte
	for _, t := range texts {
		var k event.Kind
		if k.UnmarshalText(t) == nil {
			ok = append(ok, t)
		}
	}
	if len(ok) == 0 {
		for _, v := range event.Kinds().Values()[:3] {
			ok = append(ok, []byte(v))
		}
	}
	var k event.Kind
	for b.Loop() {
		for _, t := range ok {
			if err := k.UnmarshalText(t); err != nil {
				b.Fatal(err)
			}
		}
	}
}
