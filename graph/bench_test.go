package graph_test

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/synth"
)

func BenchmarkValidate(b *testing.B) {
	g := smallGraph()
	b.ReportAllocs()
	for b.Loop() {
		if err := g.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateSynth measures Validate on valid generated records of
// 100 and 1,000 events (internal/synth), after a first call that lets
// Validate keep its table of IDs, as in a program that validates record
// after record.
func BenchmarkValidateSynth(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run("synth-"+strconv.Itoa(n), func(b *testing.B) {
			g := synth.Graph(n)
			if err := g.Validate(); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := g.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkValidateDecoded measures Validate as BenchmarkValidateSynth
// does, on the records decoded from their JSON (UnmarshalStrict), as a
// program that validates what it reads has them: every string of the
// graph its own, so that a reference and the ID it names are equal
// strings at different places, where a generated graph shares them.
func BenchmarkValidateDecoded(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run("synth-"+strconv.Itoa(n), func(b *testing.B) {
			data, err := diplo.Marshal(synth.Graph(n))
			if err != nil {
				b.Fatal(err)
			}
			g, err := graph.UnmarshalStrict(data)
			if err != nil {
				b.Fatal(err)
			}
			if err := g.Validate(); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := g.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkUnmarshal(b *testing.B) {
	data, err := json.Marshal(smallGraph())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := graph.Unmarshal(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnmarshalValidate measures a strict decode of a generated
// record's JSON followed by Validate, the work that bench/'s
// decode-strict ratio times, in a test binary that callgrind can run.
func BenchmarkUnmarshalValidate(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run("synth-"+strconv.Itoa(n), func(b *testing.B) {
			data, err := diplo.Marshal(synth.Graph(n))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				g, err := graph.UnmarshalStrict(data)
				if err != nil {
					b.Fatal(err)
				}
				if err := g.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
