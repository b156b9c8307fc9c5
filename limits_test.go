package diplo_test

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/internal/alloctest"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

func TestLimitsEffective(t *testing.T) {
	tests := []struct {
		name string
		in   diplo.Limits
		want diplo.Limits
	}{
		{"zero gives the defaults", diplo.Limits{}, diplo.Limits{MaxBytes: 64 << 20, MaxDepth: 64, MaxString: 1 << 20, MaxArray: 1_000_000, MaxObjects: 1_000_000}},
		{"set", diplo.Limits{MaxBytes: 1, MaxDepth: 2, MaxString: 3, MaxArray: 4, MaxObjects: 5}, diplo.Limits{MaxBytes: 1, MaxDepth: 2, MaxString: 3, MaxArray: 4, MaxObjects: 5}},
		{"lifted", diplo.Limits{MaxBytes: diplo.NoLimit, MaxDepth: diplo.NoLimit, MaxString: -7, MaxArray: diplo.NoLimit, MaxObjects: diplo.NoLimit},
			diplo.Limits{MaxBytes: math.MaxInt, MaxDepth: diplo.MaxDepthCap, MaxString: math.MaxInt, MaxArray: math.MaxInt, MaxObjects: math.MaxInt}},
		{"depth capped", diplo.Limits{MaxDepth: 1 << 20}, diplo.Limits{MaxBytes: 64 << 20, MaxDepth: 10000, MaxString: 1 << 20, MaxArray: 1_000_000, MaxObjects: 1_000_000}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.in.Effective(); got != tc.want {
				t.Errorf("Effective() = %+v, want %+v", got, tc.want)
			}
		})
	}
}

// limited is a small document type for the limit tests.
type limited struct {
	Events []struct {
		Description diplo.Text `json:"description"`
		Parts       []diplo.ID `json:"parts"`
	} `json:"events"`
	Extra any `json:"extra"`
}

func TestLimitErrors(t *testing.T) {
	small := diplo.Limits{MaxBytes: 200, MaxDepth: 4, MaxString: 16, MaxArray: 3, MaxObjects: 6}
	tests := []struct {
		name string
		in   string
		lim  diplo.Limits
		err  error
		msg  string
	}{
		{"document too long", `{"extra":"` + strings.Repeat("x", 200) + `"}`, small, diplo.ErrLimit,
			"limit exceeded: document of 212 bytes exceeds MaxBytes 200"},
		{"string too long", `{"events":[{},{},{"description":{"fr":"` + strings.Repeat("é", 9) + `"}}]}`, small, diplo.ErrLimit,
			"events[2].description.fr: limit exceeded: string of 18 bytes exceeds MaxString 16"},
		{"default string limit", `{"events":[{"description":{"fr":"` + strings.Repeat("a", 2<<20) + `"}}]}`, diplo.Limits{}, diplo.ErrLimit,
			"events[0].description.fr: limit exceeded: string of 2097152 bytes exceeds MaxString 1048576"},
		{"member name too long", `{"extra":{"` + strings.Repeat("k", 17) + `":1}}`, small, diplo.ErrLimit,
			"extra.kkkkkkkkkkkkkkkkk: limit exceeded: member name of 17 bytes exceeds MaxString 16"},
		{"number too long", `{"extra":[1234567890.1234567]}`, small, diplo.ErrLimit,
			"extra[0]: limit exceeded: number of 18 bytes exceeds MaxString 16"},
		{"array too long", `{"events":[{"parts":["urn:x:1","urn:x:2","urn:x:3","urn:x:4"]}]}`, small, diplo.ErrLimit,
			"events[0].parts[3]: limit exceeded: array of more than 3 elements exceeds MaxArray 3"},
		{"too deep", `{"extra":[[[{"a":1}]]]}`, small, diplo.ErrLimit,
			"extra[0][0][0]: limit exceeded: depth 5 exceeds MaxDepth 4"},
		{"too many objects", `{"extra":[{},{},{}],"events":[{},{},{}]}`, small, diplo.ErrLimit,
			"events[2]: limit exceeded: object 7 exceeds MaxObjects 6"},
		{"depth cap", strings.Repeat("[", 10001) + strings.Repeat("]", 10001), diplo.Limits{MaxDepth: diplo.NoLimit}, diplo.ErrLimit,
			strings.Repeat("[0]", 10000)[:126] + "..." + strings.Repeat("[0]", 10000)[30000-126:] +
				": limit exceeded: depth 10001 exceeds MaxDepth 10000 (the cap of encoding/json)"},
		{"invalid UTF-8", "{\"events\":[{\"description\":{\"fr\":\"caf\xe9\"}}]}", small, diplo.ErrJSON,
			"events[0].description.fr: malformed JSON: invalid UTF-8 in string"},
		{"invalid UTF-8 in a member name", "{\"extra\":{\"caf\xe9\":1}}", small, diplo.ErrJSON,
			`extra["caf\xe9"]: malformed JSON: invalid UTF-8 in member name`},
		{"lone surrogate", `{"events":[{"description":{"fr":"\ud83d"}}]}`, small, diplo.ErrJSON,
			`events[0].description.fr: malformed JSON: unpaired UTF-16 surrogate \ud83d`},
		{"syntax error keeps line and column", "{\"extra\":\n[1,]}", small, diplo.ErrJSON,
			"malformed JSON: line 2, column 4: invalid character ']' looking for beginning of value"},
		{"lifted limits", `{"extra":"` + strings.Repeat("x", 300) + `"}`, diplo.Limits{MaxBytes: diplo.NoLimit, MaxString: diplo.NoLimit}, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var v limited
			err := diplo.DecodeOptions{Limits: tc.lim}.Unmarshal([]byte(tc.in), &v)
			if tc.err == nil {
				if err != nil {
					t.Fatalf("Unmarshal = %v", err)
				}
				return
			}
			var fe *diplo.FieldError
			if !errors.Is(err, tc.err) || !errors.As(err, &fe) {
				t.Fatalf("Unmarshal = %v, want a *FieldError wrapping %v", err, tc.err)
			}
			if err.Error() != tc.msg {
				t.Errorf("message\n%s\nwant\n%s", err, tc.msg)
			}
			// Check gives the same error without decoding.
			if cerr := (diplo.DecodeOptions{Limits: tc.lim}).Check([]byte(tc.in)); cerr == nil || cerr.Error() != err.Error() {
				t.Errorf("Check = %v", cerr)
			}
		})
	}
}

// countingReader counts the bytes read from an endless stream of spaces
// inside a JSON array.
type countingReader struct{ n int64 }

func (r *countingReader) Read(p []byte) (int, error) {
	if r.n == 0 && len(p) > 0 {
		p[0] = '['
		r.n = 1
		return 1, nil
	}
	for i := range p {
		p[i] = ' '
	}
	r.n += int64(len(p))
	return len(p), nil
}

func TestDecodeReadsAtMostMaxBytes(t *testing.T) {
	for _, max := range []int{10, 1000, 1 << 20} {
		t.Run(fmt.Sprint(max), func(t *testing.T) {
			r := new(countingReader)
			var v any
			err := diplo.DecodeOptions{Limits: diplo.Limits{MaxBytes: max}}.Decode(r, &v)
			want := fmt.Sprintf("limit exceeded: document of more than %d bytes exceeds MaxBytes %d", max, max)
			if !errors.Is(err, diplo.ErrLimit) || err.Error() != want {
				t.Errorf("Decode = %v, want %s", err, want)
			}
			if r.n > int64(max)+1 {
				t.Errorf("read %d bytes of the stream, want at most %d", r.n, max+1)
			}
		})
	}
	var v []int
	if err := (diplo.DecodeOptions{}).Decode(strings.NewReader("[1, 2]"), &v); err != nil || len(v) != 2 {
		t.Errorf("Decode = %v, %v", v, err)
	}
	failing := io.MultiReader(strings.NewReader("[1"), iotest{})
	if err := (diplo.DecodeOptions{}).Decode(failing, &v); !errors.Is(err, errRead) {
		t.Errorf("Decode of a failing reader = %v", err)
	}
}

var errRead = errors.New("read failed")

type iotest struct{}

func (iotest) Read([]byte) (int, error) { return 0, errRead }

// TestSmallInputBoundedMemory checks that no input of about 1 KB makes
// decoding allocate more than 64 KiB, whatever it claims: deep nesting,
// many small objects, long runs of escapes, huge numbers.
func TestSmallInputBoundedMemory(t *testing.T) {
	const bound = 64 << 10
	tests := []struct{ name, in string }{
		{"deep arrays", strings.Repeat("[", 1024)},
		{"deep objects", strings.Repeat(`{"a":`, 200)},
		{"closed deep arrays", strings.Repeat("[", 500) + strings.Repeat("]", 500)},
		{"many empty objects", `{"events":[` + strings.Repeat(`{},`, 340) + `{}]}`},
		{"many empty arrays", `{"extra":[` + strings.Repeat(`[],`, 340) + `[]]}`},
		{"huge exponent", `{"extra":1e999999999999999999999999999999999}`},
		{"long number", `{"extra":` + strings.Repeat("9", 1000) + `}`},
		{"escapes", `{"extra":"` + strings.Repeat(`\u00e9`, 170) + `"}`},
		{"many members", `{"extra":{` + strings.Repeat(`"a":1,`, 170) + `"a":1}}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.in)
			if len(data) > 1100 {
				t.Fatalf("input of %d bytes", len(data))
			}
			for _, o := range []diplo.DecodeOptions{{}, {Strict: true}} {
				var v limited
				n := alloctest.LeastAllocated(3, func() { _ = o.Unmarshal(data, &v) })
				if n > bound {
					t.Errorf("strict=%v: %d bytes allocated for %d bytes of input, bound %d", o.Strict, n, len(data), bound)
				}
			}
		})
	}
}

// TestLimitCheckAllocations checks that a document over a limit is
// rejected with a handful of allocations, whatever its size.
func TestLimitCheckAllocations(t *testing.T) {
	o := diplo.DecodeOptions{}
	for _, tc := range []struct {
		name string
		in   []byte
	}{
		{"long string", []byte(`{"events":[{"description":{"fr":"` + strings.Repeat("a", 4<<20) + `"}}]}`)},
		{"deep", []byte(strings.Repeat("[", 1<<20))},
		{"long array", []byte(`{"extra":[` + strings.Repeat("0,", 1_000_001) + `0]}`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var v limited
			// About 15 allocations build the error; the bound leaves
			// room for the runtime's own (the race detector's, a
			// background goroutine's) while still failing on any
			// allocation per byte or per element of the input.
			if n := testing.AllocsPerRun(20, func() { _ = o.Unmarshal(tc.in, &v) }); n > 40 {
				t.Errorf("%v allocations", n)
			}
			// Bytes are counted for the whole process, so a run can
			// include the runtime's own allocations: the least of five
			// runs is what the rejection itself allocates.
			n := alloctest.LeastAllocated(5, func() { _ = o.Unmarshal(tc.in, &v) })
			if n > 16<<10 {
				t.Errorf("%d bytes allocated", n)
			}
			t.Logf("%d bytes allocated", n)
		})
	}
}

// TestListsAllocatedOnce decodes a graph of 100,000 events: the list is
// allocated once at its final size (counted by the limit check), not grown
// step by step, which would allocate about five times as much.
func TestListsAllocatedOnce(t *testing.T) {
	const n = 100_000
	data := []byte(`{"events":[` + strings.Repeat(`{"kind":"summit"},`, n-1) + `{"kind":"summit"}]}`)
	list := uint64(n * unsafe.Sizeof(event.Event{}))
	for _, strict := range []bool{false, true} {
		var g *graph.Graph
		var err error
		got := alloctest.Allocated(func() {
			if strict {
				g, err = graph.UnmarshalStrict(data)
			} else {
				g, err = graph.Unmarshal(data)
			}
		})
		if err != nil || len(g.Events) != n || cap(g.Events) != n {
			t.Fatalf("strict=%v: %v, %d events, capacity %d", strict, err, len(g.Events), cap(g.Events))
		}
		if bound := list + list/4 + 4<<20; got > bound {
			t.Errorf("strict=%v: %d bytes allocated for a list of %d bytes, bound %d", strict, got, list, bound)
		}
	}
}

// TestNestedListsAllocatedOnce decodes a graph whose one event lists
// 100,000 parts: the list inside the node is allocated once at its
// length, counted by the limit check, not gathered in an array grown
// step by step and then copied, which allocates about three times as
// much.
func TestNestedListsAllocatedOnce(t *testing.T) {
	const n = 100_000
	data := []byte(`{"events":[{"id":"urn:x:1","type":"Event","kind":"summit","parts":[` +
		strings.Repeat(`"urn:x:1",`, n-1) + `"urn:x:1"]}]}`)
	list := uint64(n * unsafe.Sizeof(diplo.ID("")))
	for _, strict := range []bool{false, true} {
		var g *graph.Graph
		var err error
		decode := func() {
			if strict {
				g, err = graph.UnmarshalStrict(data)
			} else {
				g, err = graph.Unmarshal(data)
			}
		}
		decode()
		got := alloctest.LeastAllocated(3, decode)
		require.NoError(t, err)
		require.Len(t, g.Events, 1)
		assert.Len(t, g.Events[0].Parts, n)
		assert.LessOrEqual(t, got, list+list/4+64<<10, "strict=%v: bytes allocated for a list of %d bytes", strict, list)
		t.Logf("strict=%v: %d bytes allocated for a list of %d bytes", strict, got, list)
	}
}

func ExampleLimits() {
	doc := []byte(`{"fr": "` + strings.Repeat("é", 600) + `"}`)
	var t diplo.Text
	err := diplo.DecodeOptions{Limits: diplo.Limits{MaxString: 1000}}.Unmarshal(doc, &t)
	fmt.Println(err)
	fmt.Println(errors.Is(err, diplo.ErrLimit))
	// Limits lifted one by one.
	err = diplo.DecodeOptions{Limits: diplo.Limits{MaxString: diplo.NoLimit}}.Unmarshal(doc, &t)
	fmt.Println(err, len(t.String()))
	// Output:
	// fr: limit exceeded: string of 1200 bytes exceeds MaxString 1000
	// true
	// <nil> 1200
}

// TestRead checks that Read returns a document as it is, up to MaxBytes,
// and refuses a longer one with ErrLimit without reading past MaxBytes+1.
func TestRead(t *testing.T) {
	o := diplo.DecodeOptions{Limits: diplo.Limits{MaxBytes: 8}}
	for _, tc := range []struct {
		name, in string
		want     error
	}{
		{"empty", "", nil},
		{"at the limit", "12345678", nil},
		{"one byte over", "123456789", diplo.ErrLimit},
		{"not JSON: Read does not decode", "{{{", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range []io.Reader{strings.NewReader(tc.in), io.MultiReader(strings.NewReader(tc.in))} {
				data, err := o.Read(r)
				if tc.want != nil {
					assert.ErrorIs(t, err, tc.want)
					assert.Nil(t, data)
					continue
				}
				require.NoError(t, err)
				assert.Equal(t, tc.in, string(data))
			}
		})
	}
	r := new(countingReader)
	_, err := o.Read(r)
	assert.ErrorIs(t, err, diplo.ErrLimit)
	assert.LessOrEqual(t, r.n, int64(9))
}
