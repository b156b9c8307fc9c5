// Package bench holds the comparative benchmarks of diplo: each measures a
// diplo operation beside a baseline that does the same job at the least
// cost any typed model can have, on the same record, in the same run. The
// figures and what was learnt from them are in BENCHMARKS.md at the root
// of the module.
//
// # Records
//
// Every benchmark runs on two records: the Russia–Mali example
// (russia-mali), decoded at run time from the golden file of
// examples/russia-mali, and a generated record of 10,000 events
// (synth-10000, from internal/synth), about 18 MB of JSON.
//
// # Baselines
//
// The baseline is the record as plain structs (internal/plain): strings
// for IDs, dates and kinds, map[string]string for texts, encoding/json
// tags and nothing else. It encodes to the same bytes as the diplo graph,
// so the two benchmarks of a pair produce the same output:
//
//	BenchmarkEncode/diplo/russia-mali   json.Marshal(*graph.Graph)
//	BenchmarkEncode/plain/russia-mali   json.Marshal(*plain.Graph)
//	BenchmarkDecode/diplo/russia-mali   graph.Unmarshal, then Graph.Validate
//	BenchmarkDecode/plain/russia-mali   json.Unmarshal into plain.Graph
//	BenchmarkValidate/russia-mali       Graph.Validate alone
//
// BenchmarkDecode/diplo-novalidate is graph.Unmarshal without Validate, and
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
//	go test -run='^$' -bench=. -benchmem -count=6 ./bench/ | tee new.txt
//	benchstat old.txt new.txt
//
// # Tests
//
// The package's tests check what the benchmarks rely on: that each pair
// encodes to the same JSON, that Validate allocates nothing on a valid
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
