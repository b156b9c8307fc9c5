package plover_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/internal/alloctest"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/plover"
)

// result is what a Decoder gives for one call of Decode: the record's id,
// or the error's message.
type result struct {
	id  string
	err string
}

// decodeAll calls Decode until io.EOF or an error that repeats (one that
// ends the stream), and returns what each call gave.
func decodeAll(t *testing.T, d *plover.Decoder) []result {
	t.Helper()
	var out []result
	var last error
	for range 100 {
		r, err := d.Decode()
		switch {
		case errors.Is(err, io.EOF):
			return out
		case err != nil && err == last:
			return out
		case err != nil:
			var fe *plover.FieldError
			require.ErrorAs(t, err, &fe, "error %v names no place", err)
			out = append(out, result{err: err.Error()})
		default:
			out = append(out, result{id: r.ID})
		}
		last = err
	}
	t.Fatal("the decoder does not stop")
	return nil
}

// TestDecoderLimits checks that each limit applies to one record, names
// the record and the place in it, and that decoding goes on with the next
// record.
func TestDecoderLimits(t *testing.T) {
	long := strings.Repeat("x", 40)
	deep := strings.Repeat("[", 5) + strings.Repeat("]", 5)
	tests := []struct {
		name string
		lim  diplo.Limits
		in   string
		want []result
	}{
		{
			"MaxBytes", diplo.Limits{MaxBytes: 20},
			`[{"id":"a"},{"id":"b","text":"` + long + `"},{"id":"c"}]`,
			[]result{{id: "a"}, {err: "records[1]: limit exceeded: record of more than 20 bytes exceeds MaxBytes 20"}, {id: "c"}},
		},
		{
			"MaxBytes exactly", diplo.Limits{MaxBytes: 20},
			`[{"id":"a","text":""},{"id":"b","text":"x"}]`, // 20 and 21 bytes
			[]result{{id: "a"}, {err: "records[1]: limit exceeded: record of more than 20 bytes exceeds MaxBytes 20"}},
		},
		{
			"MaxBytes in JSON Lines", diplo.Limits{MaxBytes: 20},
			"{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":\"" + long + "\"}\n{\"id\":\"c\"}\n",
			[]result{{id: "a"}, {err: "records[1]: limit exceeded: record of more than 20 bytes exceeds MaxBytes 20"}, {id: "c"}},
		},
		{
			"MaxBytes of the last value", diplo.Limits{MaxBytes: 20},
			`{"id":"a"} ` + strings.Repeat("9", 100),
			[]result{{id: "a"}, {err: "records[1]: limit exceeded: record of more than 20 bytes exceeds MaxBytes 20"}},
		},
		{
			"MaxDepth", diplo.Limits{MaxDepth: 4},
			`[{"id":"a","x":` + deep + `},{"id":"b","actor":[{"code":"USA","extra":{"y":[[1]]}}]}]`,
			[]result{
				{err: "records[0].x[0][0][0]: limit exceeded: depth 5 exceeds MaxDepth 4"},
				{err: "records[1].actor[0].extra.y: limit exceeded: depth 5 exceeds MaxDepth 4"},
			},
		},
		{
			"MaxString", diplo.Limits{MaxString: 32},
			"{\"id\":\"a\",\"actor\":[{\"code\":\"USA\"},{\"entity_text\":\"" + long + "\"}]}\n{\"id\":\"b\"}",
			[]result{{err: "records[0].actor[1].entity_text: limit exceeded: string of 40 bytes exceeds MaxString 32"}, {id: "b"}},
		},
		{
			"MaxString of a member name", diplo.Limits{MaxString: 32},
			`[{"id":"a","` + long + `":1}]`,
			[]result{{err: "records[0]." + long + ": limit exceeded: member name of 40 bytes exceeds MaxString 32"}},
		},
		{
			"MaxArray", diplo.Limits{MaxArray: 3},
			`[{"id":"a","event":["AGREE","AGREE","AGREE","AGREE"]},{"id":"b","event":["AGREE","AGREE","AGREE"]}]`,
			[]result{{err: "records[0].event[3]: limit exceeded: array of more than 3 elements exceeds MaxArray 3"}, {id: "b"}},
		},
		{
			"MaxObjects", diplo.Limits{MaxObjects: 3},
			`[{"id":"a","actor":[{},{},{}]},{"id":"b","actor":[{},{}]}]`,
			[]result{{err: "records[0].actor[2]: limit exceeded: object 4 exceeds MaxObjects 3"}, {id: "b"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := plover.NewDecoder(strings.NewReader(tc.in), plover.DecoderOptions{Limits: tc.lim})
			assert.Equal(t, tc.want, decodeAll(t, d))
		})
	}
}

// TestDecoderLimitError checks what a limit error wraps.
func TestDecoderLimitError(t *testing.T) {
	d := plover.NewDecoder(strings.NewReader(`[{"text":"`+strings.Repeat("x", 100)+`"}]`), plover.DecoderOptions{Limits: diplo.Limits{MaxString: 10}})
	_, err := d.Decode()
	require.ErrorIs(t, err, diplo.ErrLimit)
	var fe *plover.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "records[0].text", fe.Path)
}

// TestDecoderDefaultLimits checks that a decoder made without options, and
// Record.UnmarshalJSON, apply diplo's default limits: here MaxDepth, 64.
func TestDecoderDefaultLimits(t *testing.T) {
	deep := `{"id":"a","x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`
	_, err := plover.NewDecoder(strings.NewReader(deep), plover.DecoderOptions{}).Decode()
	require.ErrorIs(t, err, diplo.ErrLimit)
	assert.True(t, strings.HasPrefix(err.Error(), "records[0].x[0][0]"), err.Error())
	assert.Contains(t, err.Error(), "depth 65 exceeds MaxDepth 64")
	var r plover.Record
	require.ErrorIs(t, r.UnmarshalJSON([]byte(deep)), diplo.ErrLimit)
}

// TestDecoderBOM checks the rule every reader of the module follows: a
// UTF-8 byte order mark at the start is skipped, and does not count in
// the first record's bytes; blank lines and other white space between
// records are skipped; a byte order mark elsewhere is an error.
func TestDecoderBOM(t *testing.T) {
	const bom = "\xef\xbb\xbf"
	lim := plover.DecoderOptions{Limits: diplo.Limits{MaxBytes: len(`{"id":"a"}`)}}
	tests := []struct {
		name, in string
		want     []result
	}{
		{"array", bom + `[{"id":"a"},{"id":"b"}]`, []result{{id: "a"}, {id: "b"}}},
		{"array after white space", bom + " \r\n[\n{\"id\":\"a\"}\n]\n", []result{{id: "a"}}},
		{"JSON Lines", bom + "{\"id\":\"a\"}\n{\"id\":\"b\"}\n", []result{{id: "a"}, {id: "b"}}},
		{"blank lines", bom + "\n\r\n{\"id\":\"a\"}\r\n\r\n \t\r\n{\"id\":\"b\"}\n\n", []result{{id: "a"}, {id: "b"}}},
		{"only a mark", bom, nil},
		{"mark inside", "{\"id\":\"a\"}\n" + bom + "{\"id\":\"b\"}", []result{{id: "a"}, {err: `records[1]: malformed JSON: invalid character '\xef' looking for beginning of value at byte 12`}}},
		{"two marks", bom + bom + "[]", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := plover.NewDecoder(strings.NewReader(tc.in), lim)
			if tc.name == "two marks" {
				_, err := d.Decode()
				assert.ErrorIs(t, err, plover.ErrJSON)
				return
			}
			assert.Equal(t, tc.want, decodeAll(t, d))
		})
	}
}

// endless is a record that never ends: `[{"text":"xxxx…`, counting the
// bytes read.
type endless struct {
	head string
	n    int64
}

func (r *endless) Read(p []byte) (int, error) {
	for i := range p {
		if r.n < int64(len(r.head)) {
			p[i] = r.head[r.n]
		} else {
			p[i] = 'x'
		}
		r.n++
	}
	return len(p), nil
}

// TestDecoderMaxBytesMemory checks that a record over MaxBytes is refused
// after reading little more than MaxBytes of it, in memory bounded by a
// small multiple of MaxBytes, however long the record: here one that
// never ends.
func TestDecoderMaxBytesMemory(t *testing.T) {
	const max = 64 << 10
	var read int64
	var err error
	alloc := alloctest.LeastAllocated(5, func() {
		r := &endless{head: `[{"id":"a","text":"`}
		_, err = plover.NewDecoder(r, plover.DecoderOptions{Limits: diplo.Limits{MaxBytes: max}}).Decode()
		read = r.n
	})
	require.ErrorIs(t, err, diplo.ErrLimit)
	assert.LessOrEqual(t, read, int64(max+1+32<<10), "bytes read")
	assert.Less(t, alloc, uint64(4*max), "bytes allocated")
	t.Logf("refused after reading %d bytes, allocating %d", read, alloc)
}

// TestDecoderRecordMemory checks that a record of 8 MB over a MaxBytes of
// 64 KiB costs about as much memory as one over by a byte.
func TestDecoderRecordMemory(t *testing.T) {
	const max = 64 << 10
	huge := `[{"id":"a","text":"` + strings.Repeat("x", 8<<20) + `"},{"id":"b"}]`
	var got []string
	alloc := alloctest.LeastAllocated(3, func() {
		got = got[:0]
		d := plover.NewDecoder(strings.NewReader(huge), plover.DecoderOptions{Limits: diplo.Limits{MaxBytes: max}})
		for {
			r, err := d.Decode()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				got = append(got, "error")
				continue
			}
			got = append(got, r.ID)
		}
	})
	assert.Equal(t, []string{"error", "b"}, got)
	assert.Less(t, alloc, uint64(4*max), "bytes allocated")
	t.Logf("allocated %d bytes", alloc)
}
