package dyad_test

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"reflect"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/eventdata/gdelt"
	"github.com/diplo-go/diplo/graph"
)

// transient returns r with every string cut from buf, which it reuses:
// what a Reader with Transient set gives, strings that change once the
// next record is read.
func transient(r eventdata.Record, buf *[]byte) eventdata.Record {
	n := 0
	var size func(v reflect.Value)
	size = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			n += v.Len()
		case reflect.Struct:
			for i := range v.NumField() {
				size(v.Field(i))
			}
		case reflect.Slice:
			for i := range v.Len() {
				size(v.Index(i))
			}
		}
	}
	size(reflect.ValueOf(r))
	if cap(*buf) < n {
		*buf = make([]byte, 0, n)
	}
	b := (*buf)[:0]
	var cut func(dst reflect.Value)
	cut = func(dst reflect.Value) {
		switch dst.Kind() {
		case reflect.String:
			if s := dst.String(); s != "" {
				off := len(b)
				b = append(b, s...)
				dst.SetString(unsafe.String(&b[off], len(s)))
			}
		case reflect.Struct:
			for i := range dst.NumField() {
				if dst.Field(i).CanSet() {
					cut(dst.Field(i))
				}
			}
		case reflect.Slice:
			if dst.IsNil() {
				return
			}
			s := reflect.MakeSlice(dst.Type(), dst.Len(), dst.Len())
			reflect.Copy(s, dst)
			for i := range s.Len() {
				cut(s.Index(i))
			}
			dst.Set(s)
		}
	}
	cut(reflect.ValueOf(&r).Elem())
	return r
}

// TestStreamLifterKeepsNoRecord lifts records whose strings are
// overwritten as soon as Add returns, as a Reader with Transient set
// overwrites them with the next row, and checks that a stream Lifter
// writes the nodes, returns the errors and counts what a Lifter given
// strings that do not change does: it keeps nothing of a record after
// Add (its caches copy their keys and what they keep).
func TestStreamLifterKeepsNoRecord(t *testing.T) {
	recs := sampleAndRandomRecords(t, 3, 4)
	var got, want bytes.Buffer
	gw, ww := graph.NewNodeWriter(&got), graph.NewNodeWriter(&want)
	l, ref := dyad.NewStreamLifter(gw), dyad.NewStreamLifter(ww)
	var buf []byte
	for i, r := range recs {
		err := l.Add(transient(r, &buf))
		for j := range buf[:cap(buf)] {
			buf[:cap(buf)][j] = 'Z'
		}
		wantErr := ref.Add(r)
		if wantErr == nil {
			require.NoError(t, err, "record %d", i)
		} else {
			require.EqualError(t, err, wantErr.Error(), "record %d", i)
		}
	}
	require.NoError(t, gw.Flush())
	require.NoError(t, ww.Flush())
	assert.Greater(t, ref.Lifted, 2000)
	assert.Equal(t, ref.LiftStats, l.LiftStats)
	assert.Equal(t, want.String(), got.String())
}

// sampleAndRandomRecords returns the records of the GDELT sample, twice
// (the second time met through the caches), then 20,000 hostile records
// drawn from the seeds a and b.
func sampleAndRandomRecords(t *testing.T, a, b uint64) []eventdata.Record {
	t.Helper()
	var recs []eventdata.Record
	f, err := os.Open("../gdelt/testdata/sample-A.tsv")
	require.NoError(t, err)
	defer f.Close()
	rd := gdelt.NewReader(f, gdelt.ReaderOptions{})
	for {
		e, err := rd.Read()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		recs = append(recs, e.Record())
	}
	recs = append(recs, recs...)
	rng := rand.New(rand.NewPCG(a, b))
	for range 20_000 {
		recs = append(recs, randomRecord(rng))
	}
	return recs
}
