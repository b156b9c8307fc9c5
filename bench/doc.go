// Package bench holds the comparative benchmarks of diplo: each measures a
// diplo operation beside a baseline that does the same job at the least
// cost any typed model can have, on the same record, in the same run. The
// figures and what was learnt from them are in BENCHMARKS.md at the root
// of the repository.
//
// # Module
//
// The package is a Go module of its own (github.com/diplo-go/diplo/bench,
// with a replace directive to the library beside it), so that the
// libraries it measures diplo against are dependencies of the benchmarks,
// not of the library. Run its tests and benchmarks from this directory:
//
//	cd bench && go test ./...
//
// It imports the library's internal packages (internal/plain,
// internal/synth): Go allows it, since its import path is under the
// library's.
//
// # Records
//
// Every benchmark runs on the five examples (cancelled-summit,
// colombia-farc, paris-agreement, russia-mali, skripal-expulsions),
// decoded at run time from their golden files, and on generated records
// (internal/synth) of 1,000 and 10,000 events (synth-1000, about 2 MB of
// JSON; synth-10000, about 20 MB), and of 100,000 events (synth-100000,
// about 180 MB) when the benchmarks are run with -large:
//
//	go test -run='^$' -bench=. ./ -args -large
//
// The tests check the examples and synth-1000, and synth-10000 unless
// -short.
//
// # Baselines and competitors
//
// The baseline is the record as plain structs (internal/plain): strings
// for IDs, dates and kinds, map[string]string for texts, encoding/json
// tags and nothing else. It encodes to the same bytes as the diplo graph,
// so the two benchmarks of a pair produce the same output:
//
//	BenchmarkEncode/diplo/russia-mali   diplo.Marshal(*graph.Graph)
//	BenchmarkEncode/plain/russia-mali   json.Marshal(*plain.Graph)
//	BenchmarkDecode/diplo/russia-mali   graph.Unmarshal, then Graph.Validate
//	BenchmarkDecode/plain/russia-mali   json.Unmarshal into plain.Graph
//	BenchmarkValidate/russia-mali       Graph.Validate alone
//
// The competitors are what a speed-minded Go user would pick for the same
// JSON, each on the plain structs: github.com/goccy/go-json (goccy,
// with DisableHTMLEscape), github.com/bytedance/sonic (sonic: ConfigStd
// for decoding, ConfigStd without HTML escaping for encoding) and
// github.com/go-json-experiment/json (jsonv2, with Deterministic and
// EscapeForJS). TestCompetitorsAgree checks that each writes exactly
// diplo.Marshal's bytes (none wins by writing less) and decodes them into
// the values diplo decodes.
//
// BenchmarkDecode/diplo-strict is graph.UnmarshalStrict and Validate;
// diplo-novalidate is graph.Unmarshal without Validate, and
// BenchmarkDecode/graph-json is json.Unmarshal into a graph.Graph followed
// by Validate: the cost of the diplo types to encoding/json, apart from
// what diplo.Unmarshal does around encoding/json. BenchmarkEncodeValue and
// BenchmarkDecodeValue take the model apart: one field of each typed value
// (Text, Date, TypeName, Identifier, Place, a vocabulary) beside the plain
// field that holds the same JSON.
//
// # Processor time
//
// Besides ns/op, each benchmark reports cpu-ns/op, the processor time of
// the process per operation (getrusage), which counts the garbage
// collector's work on every thread and not the time other processes held
// the processor: on a shared machine it is the steadier figure. Run with
//
//	cd bench && go test -run='^$' -bench=. -benchmem -count=6 . | tee new.txt
//	benchstat old.txt new.txt
//
// # Tests
//
// The package's tests check what the benchmarks rely on: that each pair
// encodes to the same JSON, that each competitor writes and reads diplo's
// canonical bytes, that Validate allocates nothing on a valid
// record, and (TestSameBehaviour, FuzzSameBehaviour) that the fast paths
// of the model's checks and decoders answer exactly as the straightforward
// code they replace: url.Parse for web URLs, utf8 and unicode for IRIs and
// text, time.FixedZone for zoned dates, ParseDate, ParseCountry and
// Vocabulary.Parse for decoding.
//
// # References
//
//   - The testing package: benchmarks, testing.B.Loop, ReportMetric.
//   - golang.org/x/perf/cmd/benchstat, which compares runs.
//   - getrusage(2), the processor time of a process.
package bench
