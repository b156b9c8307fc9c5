package graph_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const goldenNodes = "testdata/small.golden.ndjson"

// writeNodes writes the nodes of g as NDJSON.
func writeNodes(t testing.TB, g *graph.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := graph.NewNodeWriter(&buf)
	for _, n := range g.Nodes() {
		if err := w.Write(n); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readNodes reads NDJSON into a new graph.
func readNodes(t testing.TB, data []byte, o diplo.DecodeOptions) *graph.Graph {
	t.Helper()
	g := new(graph.Graph)
	r := graph.NewNodeReader(bytes.NewReader(data), o)
	for {
		n, err := r.Read()
		if err == io.EOF {
			return g
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := g.Add(n); err != nil {
			t.Fatal(err)
		}
	}
}

// TestNodesRoundTrip writes the nodes of the small graph as NDJSON, one
// line per node, compares the stream with its golden file, and reads it
// back into an equal graph.
func TestNodesRoundTrip(t *testing.T) {
	g := smallGraph()
	data := writeNodes(t, g)
	if *update {
		if err := os.WriteFile(goldenNodes, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goldenNodes)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, want) {
		t.Errorf("NDJSON differs from %s; run go test -update to rewrite it\n%s", goldenNodes, data)
	}
	lines := bytes.Split(bytes.TrimSuffix(data, []byte("\n")), []byte("\n"))
	if len(lines) != g.Len() || g.Len() != 17 {
		t.Errorf("%d lines for %d nodes, want 17", len(lines), g.Len())
	}
	for _, strict := range []bool{false, true} {
		back := readNodes(t, data, diplo.DecodeOptions{Strict: strict})
		back.ID, back.Title = g.ID, g.Title
		if !reflect.DeepEqual(back, g) {
			t.Errorf("strict=%v: read back a different graph", strict)
		}
	}
}

func TestNodes(t *testing.T) {
	g := smallGraph()
	var types []graph.NodeType
	count := map[graph.NodeType]int{}
	for ref, n := range g.Nodes() {
		if graph.TypeOf(n) != ref.Type {
			t.Errorf("%s: TypeOf = %q", ref.Path(), graph.TypeOf(n))
		}
		if count[ref.Type] != ref.Index {
			t.Errorf("%s out of order", ref.Path())
		}
		count[ref.Type]++
		if len(types) == 0 || types[len(types)-1] != ref.Type {
			types = append(types, ref.Type)
		}
	}
	want := []graph.NodeType{graph.PersonNode, graph.StateNode, graph.OrganizationNode, graph.OfficeNode, graph.TenureNode,
		graph.DelegationNode, graph.EventNode, graph.StatementNode, graph.AccordNode, graph.SourceNode}
	if !reflect.DeepEqual(types, want) {
		t.Errorf("types in order %v, want %v", types, want)
	}
	if count[graph.EventNode] != len(g.Events) || count[graph.SourceNode] != len(g.Sources) {
		t.Errorf("counts %v", count)
	}
	// The nodes are pointers into the graph.
	for ref, n := range g.Nodes() {
		if e, ok := n.(*event.Event); ok {
			e.Status = event.Cancelled
			if g.Events[ref.Index].Status != event.Cancelled {
				t.Error("changing a node does not change the graph")
			}
		}
	}
	// Breaking out stops the iteration.
	seen := 0
	for range g.Nodes() {
		seen++
		if seen == 3 {
			break
		}
	}
	if seen != 3 {
		t.Errorf("seen %d", seen)
	}
}

// notNode embeds a node type, so it implements graph.Node, but it is not
// a node.
type notNode struct{ actor.Person }

func TestTypeOfAndAdd(t *testing.T) {
	tests := []struct {
		node graph.Node
		want graph.NodeType
	}{
		{actor.Person{}, graph.PersonNode}, {&actor.Person{}, graph.PersonNode},
		{actor.State{}, graph.StateNode}, {&actor.Organization{}, graph.OrganizationNode},
		{actor.Office{}, graph.OfficeNode}, {&actor.Tenure{}, graph.TenureNode},
		{actor.Delegation{}, graph.DelegationNode}, {&event.Event{}, graph.EventNode},
		{event.Statement{}, graph.StatementNode}, {&accord.Accord{}, graph.AccordNode},
		{diplo.Source{}, graph.SourceNode}, {&diplo.Source{}, graph.SourceNode},
		// Types that are not nodes no longer compile (TestNodeIsSealed);
		// a struct that embeds a node has the methods but is not a node.
		{(*event.Event)(nil), ""}, {nil, ""}, {notNode{}, ""}, {&notNode{}, ""},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%T", tc.node), func(t *testing.T) {
			if got := graph.TypeOf(tc.node); got != tc.want {
				t.Errorf("TypeOf = %q, want %q", got, tc.want)
			}
			g := new(graph.Graph)
			err := g.Add(tc.node)
			if tc.want == "" {
				if err == nil || !strings.HasPrefix(err.Error(), "graph: ") || g.Len() != 0 {
					t.Errorf("Add = %v, graph of %d nodes", err, g.Len())
				}
				if err := graph.NewNodeWriter(io.Discard).Write(tc.node); err == nil {
					t.Error("NodeWriter.Write accepts a value that is not a node")
				}
				return
			}
			if err != nil || g.Len() != 1 {
				t.Fatalf("Add = %v, graph of %d nodes", err, g.Len())
			}
			for ref := range g.Nodes() {
				if ref.Type != tc.want || ref.Index != 0 {
					t.Errorf("added as %v", ref)
				}
			}
		})
	}
	// Add copies the node.
	e := &event.Event{ID: "urn:x:1"}
	g := new(graph.Graph)
	if err := g.Add(e); err != nil {
		t.Fatal(err)
	}
	e.ID = "urn:x:2"
	if g.Events[0].ID != "urn:x:1" {
		t.Error("Add does not copy")
	}
}

func TestNodeReaderLines(t *testing.T) {
	in := "\n{\"id\":\"urn:x:1\",\"type\":\"Event\",\"kind\":\"summit\"}\r\n  \r\n" +
		"{\"type\":\"State\",\"id\":\"urn:x:2\",\"country\":\"ML\"}\n" +
		"{\"id\":\"urn:x:3\",\"type\":\"Source\",\"url\":\"https://example.org/\"}"
	r := graph.NewNodeReader(strings.NewReader(in), diplo.DecodeOptions{Strict: true})
	var got []string
	for {
		n, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%d:%s", r.Line(), graph.TypeOf(n)))
	}
	if want := "2:Event 4:State 5:Source"; strings.Join(got, " ") != want {
		t.Errorf("read %v, want %s", got, want)
	}
	if r.Line() != 5 {
		t.Errorf("Line() = %d after the end", r.Line())
	}
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("Read after the end = %v", err)
	}
	// A stream that ends with a newline.
	r = graph.NewNodeReader(strings.NewReader(in+"\n"), diplo.DecodeOptions{})
	for {
		if _, err := r.Read(); err != nil {
			break
		}
	}
	if r.Line() != 5 {
		t.Errorf("Line() = %d after a final newline", r.Line())
	}
}

// TestNodeReaderErrors reads streams with one bad line between good ones:
// the error names the line, the path in the node and the rule, and
// reading goes on.
func TestNodeReaderErrors(t *testing.T) {
	good := `{"id":"urn:x:1","type":"Event","kind":"summit"}`
	small := diplo.DecodeOptions{Limits: diplo.Limits{MaxBytes: 200}}
	tests := []struct {
		name string
		line string
		opts diplo.DecodeOptions
		err  error
		msg  string
	}{
		{"unknown kind", `{"id":"urn:x:2","type":"Event","kind":"sumit"}`, diplo.DecodeOptions{}, diplo.ErrUnknown,
			`line 2: kind: unknown value: event kind "sumit"`},
		{"unknown node type", `{"id":"urn:x:2","type":"Meeting"}`, diplo.DecodeOptions{}, diplo.ErrUnknown,
			`line 2: type: unknown value: node type "Meeting"`},
		{"graph is not a node", `{"type":"Graph"}`, diplo.DecodeOptions{}, diplo.ErrUnknown,
			`line 2: type: unknown value: node type "Graph"`},
		{"no type", `{"id":"urn:x:2","kind":"summit"}`, diplo.DecodeOptions{}, diplo.ErrRequired,
			`line 2: type: required`},
		{"type not a string", `{"id":"urn:x:2","type":7}`, diplo.DecodeOptions{}, diplo.ErrJSON,
			`line 2: type: malformed JSON: want string, got number`},
		{"not an object", `["Event"]`, diplo.DecodeOptions{}, diplo.ErrJSON,
			`line 2: malformed JSON: want object, got array`},
		{"malformed", `{"id":"urn:x:2","type":"Event",}`, diplo.DecodeOptions{}, diplo.ErrJSON,
			`line 2: malformed JSON: line 1, column 32: invalid character '}' looking for beginning of object key string`},
		{"invalid UTF-8", "{\"id\":\"urn:x:2\",\"type\":\"Event\",\"name\":{\"fr\":\"\xff\"}}", diplo.DecodeOptions{}, diplo.ErrJSON,
			`line 2: name.fr: malformed JSON: invalid UTF-8 in string`},
		{"unknown field, strict", `{"id":"urn:x:2","type":"Event","kind":"summit","bogus":1}`, diplo.DecodeOptions{Strict: true},
			diplo.ErrUnknownField, `line 2: bogus: unknown field`},
		{"two errors", `{"id":"urn:x:2","type":"Event","kind":"sumit","status":"done"}`, diplo.DecodeOptions{}, diplo.ErrUnknown,
			"line 2: kind: unknown value: event kind \"sumit\"\nline 2: status: unknown value: event status \"done\""},
		{"line too long", `{"id":"urn:x:2","type":"Event","kind":"summit","name":{"fr":"` + strings.Repeat("x", 300) + `"}}`, small,
			diplo.ErrLimit, `line 2: limit exceeded: line of more than 200 bytes exceeds MaxBytes 200`},
		{"line far too long", `{"type":"Event","name":{"fr":"` + strings.Repeat("x", 200_000) + `"}}`, small,
			diplo.ErrLimit, `line 2: limit exceeded: line of more than 200 bytes exceeds MaxBytes 200`},
		{"string too long", `{"id":"urn:x:2","type":"Event","name":{"fr":"` + strings.Repeat("x", 2<<20) + `"}}`,
			diplo.DecodeOptions{Limits: diplo.Limits{MaxBytes: diplo.NoLimit}}, diplo.ErrLimit,
			`line 2: name.fr: limit exceeded: string of 2097152 bytes exceeds MaxString 1048576`},
		{"too deep before the type", `{"id":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],"type":"Event"}`,
			diplo.DecodeOptions{}, diplo.ErrLimit,
			`line 2: id` + strings.Repeat("[0]", 63) + `: limit exceeded: depth 65 exceeds MaxDepth 64`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := good + "\n" + tc.line + "\n" + good + "\n"
			r := graph.NewNodeReader(strings.NewReader(in), tc.opts)
			if _, err := r.Read(); err != nil {
				t.Fatalf("line 1: %v", err)
			}
			n, err := r.Read()
			var le *graph.LineError
			if n != nil || !errors.As(err, &le) || le.Line != 2 || !errors.Is(err, tc.err) {
				t.Fatalf("Read = %v, %v; want a LineError at line 2 wrapping %v", n, err, tc.err)
			}
			var fe *diplo.FieldError
			if !errors.As(err, &fe) {
				t.Errorf("no *diplo.FieldError in %v", err)
			}
			if err.Error() != tc.msg {
				t.Errorf("message\n%s\nwant\n%s", err, tc.msg)
			}
			if n, err := r.Read(); err != nil || graph.TypeOf(n) != graph.EventNode || r.Line() != 3 {
				t.Errorf("after the error: %v, %v at line %d", n, err, r.Line())
			}
			if _, err := r.Read(); err != io.EOF {
				t.Errorf("at the end: %v", err)
			}
		})
	}
}

var errBroken = errors.New("broken pipe")

// brokenReader gives some data and then fails.
type brokenReader struct{ data io.Reader }

func (b brokenReader) Read(p []byte) (int, error) {
	n, err := b.data.Read(p)
	if err == io.EOF {
		return n, errBroken
	}
	return n, err
}

func TestNodeReaderReadError(t *testing.T) {
	r := graph.NewNodeReader(brokenReader{strings.NewReader(`{"id":"urn:x:1","type":"Event","kind":"summit"}` + "\n" + `{"id":"urn:x`)},
		diplo.DecodeOptions{})
	if _, err := r.Read(); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := r.Read(); !errors.Is(err, errBroken) {
			t.Errorf("Read = %v, want the reader's error", err)
		}
	}
}

// errWriter fails every write.
type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, errBroken }

func TestNodeWriterError(t *testing.T) {
	w := graph.NewNodeWriter(errWriter{})
	var err error
	for i := 0; i < 10_000 && err == nil; i++ {
		err = w.Write(&event.Event{ID: "urn:x:1", Kind: event.Summit})
	}
	if err == nil {
		err = w.Flush()
	}
	if !errors.Is(err, errBroken) {
		t.Errorf("writing to a failing writer: %v", err)
	}
}

// streamEvent returns the i-th event of a generated stream.
func streamEvent(i int) *event.Event {
	return &event.Event{ID: diplo.ID("urn:x:" + fmt.Sprint(i)), Kind: event.Summit, Start: date("2025-06-23")}
}

// heapGrowth bounds how much the live heap may grow while streaming: the
// reader holds one line and one node at a time, so it must not grow with
// the number of nodes.
const heapGrowth = 8 << 20

// TestStreamConstantMemory writes streamCount generated events (a million,
// or 100,000 under the race detector) into a pipe from one goroutine and
// reads them back, holding none: every event must arrive, in order, and
// the live heap, sampled every streamCount/20 events after a collection,
// must not grow by more than heapGrowth.
func TestStreamConstantMemory(t *testing.T) {
	testStream(t, streamCount, heapGrowth)
}

func testStream(t *testing.T, count int, growth uint64) {
	pr, pw := io.Pipe()
	go func() {
		w := graph.NewNodeWriter(pw)
		for i := range count {
			if err := w.Write(streamEvent(i)); err != nil {
				pw.CloseWithError(err)
				return
			}
		}
		pw.CloseWithError(w.Flush())
	}()
	start := time.Now()
	r := graph.NewNodeReader(pr, diplo.DecodeOptions{Strict: true})
	var peak uint64
	sample := func() {
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
	}
	sample()
	base := peak
	n := 0
	for {
		node, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("after %d nodes: %v", n, err)
		}
		e, ok := node.(*event.Event)
		if !ok || e.ID != diplo.ID("urn:x:"+fmt.Sprint(n)) || e.Kind != event.Summit {
			t.Fatalf("node %d: %+v", n, node)
		}
		n++
		if n%(count/20) == 0 {
			sample()
		}
	}
	if n != count {
		t.Errorf("read %d events, wrote %d", n, count)
	}
	if peak > base+growth {
		t.Errorf("live heap grew from %d to %d bytes, bound %d more", base, peak, growth)
	}
	t.Logf("%d events in %v; live heap %d bytes at the start, at most %d during the run (bound %d)",
		n, time.Since(start).Round(time.Millisecond), base, peak, base+growth)
}

func ExampleNodeReader() {
	stream := `{"id":"urn:x:mali","type":"State","name":{"fr":"Mali"},"country":"ML"}
{"id":"urn:x:visit","type":"Event","kind":"official-visit","startDate":"2025-06-22"}
{"id":"urn:x:talks","type":"Event","kind":"sumit"}
`
	r := graph.NewNodeReader(strings.NewReader(stream), diplo.DecodeOptions{Strict: true})
	g := new(graph.Graph)
	for {
		n, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		switch n := n.(type) {
		case *event.Event:
			fmt.Println("event", n.Kind, n.Start)
		case *actor.State:
			fmt.Println("state", n.Country)
		}
		if err := g.Add(n); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(g.Len(), "nodes")
	// Output:
	// state ML
	// event official-visit 2025-06-22
	// line 3: kind: unknown value: event kind "sumit"
	// 2 nodes
}

func ExampleNodeWriter() {
	w := graph.NewNodeWriter(os.Stdout)
	for _, n := range []graph.Node{
		&actor.State{ID: "urn:x:mali", Name: diplo.MustNewText("fr", "Mali"), Country: "ML"},
		event.Event{ID: "urn:x:visit", Kind: event.OfficialVisit},
	} {
		if err := w.Write(n); err != nil {
			fmt.Println(err)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"urn:x:mali","type":"State","name":{"fr":"Mali"},"country":"ML"}
	// {"id":"urn:x:visit","type":"Event","kind":"official-visit"}
}

func ExampleGraph_Nodes() {
	g := &graph.Graph{
		States: []actor.State{{ID: "urn:x:mali", Country: "ML"}},
		Events: []event.Event{{ID: "urn:x:visit", Kind: event.OfficialVisit}, {ID: "urn:x:talks", Kind: event.BilateralTalks}},
	}
	for ref, n := range g.Nodes() {
		fmt.Println(ref.Path(), graph.TypeOf(n))
	}
	// Output:
	// states[0] State
	// events[0] Event
	// events[1] Event
}

// FuzzNodeReader reads any stream: it must not panic; every error must be
// a LineError made of field errors that wrap a sentinel; every node read
// must encode and read back equal.
func FuzzNodeReader(f *testing.F) {
	golden, err := os.ReadFile(goldenNodes)
	if err != nil {
		f.Fatal(err)
	}
	// One line of each node type of the golden stream: short seeds keep
	// the minimization of new inputs quick.
	lines := bytes.SplitAfter(golden, []byte("\n"))
	seen := map[graph.NodeType]bool{}
	for _, l := range lines {
		if len(l) == 0 {
			continue
		}
		raw, err := graph.NewNodeReader(bytes.NewReader(l), diplo.DecodeOptions{}).Read()
		if err != nil {
			f.Fatal(err)
		}
		if t := graph.TypeOf(raw); !seen[t] {
			seen[t] = true
			f.Add(l, len(seen)%2 == 0)
		}
	}
	f.Add([]byte("{\"type\":\"Event\",\"kind\":\"sumit\"}\n\n{\"type\":\"X\"}\r\n[1]\n{\"type\":5}\n{}\n{\"id\":\"urn:x:1\",\"type\":\"Source\"}"), false)
	f.Add([]byte("{\"type\":\"State\",\"type\":\"State\",\"Country\":\"ml\",\"country\":\"ML\"}\n{\"type\":\"Person\",\"name\":{\"fr\":\"\\u0000\"}}"), true)
	f.Add([]byte("{\"type\":\"Accord\",\"kind\":\"treaty\",\"actions\":[{\"kind\":\"signature\",\"date\":\"2025?\"}]}\n{\"type\":\"Tenure\""), true)
	f.Add([]byte("{\"TYPE\":\"Office\",\"role\":\"head-of-state\"}\n{\"type\":\"Statement\",\"date\":\"2025-06-23T10:00:00+03:00\"}\n{\"type\":\"Delegation\",\"members\":[\"x\"]}"), false)
	f.Add([]byte("{\"type\":\"Organization\",\"kind\":\"party\"}\n\xff\n{\"type\":\"Ev\\u0065nt\",\"kind\":\"summit\"}"), false)
	f.Fuzz(func(t *testing.T, data []byte, strict bool) {
		opts := diplo.DecodeOptions{Strict: strict, Limits: diplo.Limits{MaxBytes: 4096}}
		r := graph.NewNodeReader(bytes.NewReader(data), opts)
		for range 1000 {
			n, err := r.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				var le *graph.LineError
				if !errors.As(err, &le) || le.Line != r.Line() {
					t.Fatalf("error %T is not a LineError of line %d: %v", err, r.Line(), err)
				}
				if errors.Is(err, diplo.ErrLimit) {
					var fe *diplo.FieldError
					if !errors.As(err, &fe) {
						t.Fatalf("limit error is not a field error: %v", err)
					}
				} else {
					checkFieldErrors(t, "Read", le.Err)
				}
				continue
			}
			first := encodeNode(t, n)
			back, err := graph.NewNodeReader(bytes.NewReader(first), diplo.DecodeOptions{Strict: true}).Read()
			if err != nil {
				t.Fatalf("node %s does not read back: %v", first, err)
			}
			if second := encodeNode(t, back); !bytes.Equal(first, second) {
				t.Fatalf("encoding not stable:\n%s\n%s", first, second)
			}
			_ = n.Validate()
		}
	})
}

// encodeNode writes one node as a line of NDJSON.
func encodeNode(t *testing.T, n graph.Node) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := graph.NewNodeWriter(&buf)
	if err := w.Write(n); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkNodeReader reads the golden stream of 17 nodes.
func BenchmarkNodeReader(b *testing.B) {
	data, err := os.ReadFile(goldenNodes)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := graph.NewNodeReader(bytes.NewReader(data), diplo.DecodeOptions{})
		for {
			if _, err := r.Read(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkNodeWriter writes the nodes of the small graph.
func BenchmarkNodeWriter(b *testing.B) {
	g := smallGraph()
	b.ReportAllocs()
	for b.Loop() {
		w := graph.NewNodeWriter(io.Discard)
		for _, n := range g.Nodes() {
			if err := w.Write(n); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNodeIsSealed(t *testing.T) {
	node := reflect.TypeFor[graph.Node]()
	for _, typ := range []reflect.Type{
		reflect.TypeFor[diplo.ID](), reflect.TypeFor[diplo.Text](), reflect.TypeFor[*graph.Graph](),
		reflect.TypeFor[event.Participant](), reflect.TypeFor[diplo.Identifier](),
	} {
		assert.False(t, typ.Implements(node), "%v implements graph.Node", typ)
	}
	for _, typ := range graph.NodeTypes() {
		n := typ.New()
		require.NotNil(t, n, typ)
		assert.True(t, reflect.TypeOf(n).Elem().Implements(node), "%v", typ)
	}
}

func TestNodeTypes(t *testing.T) {
	// The table agrees with the graph document: its lists, in order.
	doc, err := diplo.Marshal(&graph.Graph{})
	require.NoError(t, err)
	var lists []string
	g := reflect.TypeFor[graph.Graph]()
	for i := range g.NumField() {
		if f := g.Field(i); f.Type.Kind() == reflect.Slice {
			lists = append(lists, strings.TrimSuffix(f.Tag.Get("json"), ",omitempty"))
		}
	}
	var got []string
	full := new(graph.Graph)
	for _, typ := range graph.NodeTypes() {
		got = append(got, typ.List())
		n := typ.New()
		require.NotNil(t, n)
		assert.Equal(t, typ, graph.TypeOf(n))
		require.NoError(t, full.Add(n))
		p, ok := graph.Pointer(reflect.ValueOf(n).Elem().Interface().(graph.Node))
		require.True(t, ok)
		assert.Equal(t, reflect.TypeOf(n), reflect.TypeOf(p))
	}
	assert.Equal(t, lists, got)
	assert.Equal(t, `{"type":"Graph"}`, string(doc))
	assert.Equal(t, len(got), full.Len())
	assert.Empty(t, graph.NodeType("Graph").List())
	assert.Nil(t, graph.NodeType("Graph").New())
	_, ok := graph.Pointer((*event.Event)(nil))
	assert.False(t, ok)
	_, ok = graph.Pointer(notNode{})
	assert.False(t, ok)
}

func TestGraphNode(t *testing.T) {
	g := &graph.Graph{
		States: []actor.State{{ID: "urn:x:s0"}, {ID: "urn:x:s1"}},
		Events: []event.Event{{ID: "urn:x:e0"}},
	}
	// Node gives what Nodes gives, in place.
	for ref, want := range g.Nodes() {
		got, ok := g.Node(ref)
		require.True(t, ok, ref.Path())
		assert.Same(t, want, got, ref.Path())
	}
	n, ok := g.Node(graph.Ref{Type: graph.StateNode, Index: 1})
	require.True(t, ok)
	n.(*actor.State).Country = "ML"
	assert.Equal(t, "ML", string(g.States[1].Country))
	for _, r := range []graph.Ref{
		{Type: graph.StateNode, Index: 2}, {Type: graph.StateNode, Index: -1},
		{Type: graph.PersonNode}, {Type: "Graph"},
	} {
		_, ok := g.Node(r)
		assert.False(t, ok, "%+v", r)
	}
}
