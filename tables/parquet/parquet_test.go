package parquet_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	pq "github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/tables"
	"github.com/diplo-go/diplo/tables/dyads"
	"github.com/diplo-go/diplo/tables/parquet"
)

// records returns the graphs of every example and of the hostile record
// of package tables.
func records(t testing.TB) map[string]*graph.Graph {
	t.Helper()
	paths, err := filepath.Glob("../../examples/*/testdata/*.golden.json")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	paths = append(paths, "../testdata/hostile.golden.json")
	out := make(map[string]*graph.Graph, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		g, err := graph.Unmarshal(data)
		require.NoError(t, err, p)
		out[p] = g
	}
	return out
}

// physical is the Parquet physical type and logical annotation each
// column type must have.
var physical = map[tables.Type]string{
	tables.String:  "BYTE_ARRAY STRING",
	tables.Int64:   "INT64 INT(64,true)",
	tables.Float64: "DOUBLE ",
	tables.Bool:    "BOOLEAN ",
	tables.Date:    "INT32 DATE",
}

// TestReadBack writes every table of every record as CSV and as Parquet,
// reads the Parquet file back with parquet-go and the CSV with
// encoding/csv, and requires the same columns, in order, with the types
// of their column type, the same number of rows, and the same values: a
// DATE the first day of the span of the CSV's EDTF text.
func TestReadBack(t *testing.T) {
	for name, g := range records(t) {
		ts := tables.FromGraph(g)
		dy, _ := dyads.Count(g, dyads.Options{})
		for _, tb := range append(ts, dy) {
			var cb, pb bytes.Buffer
			require.NoError(t, tb.WriteCSV(&cb, tables.CSVOptions{}))
			require.NoError(t, parquet.Write(&pb, tb))
			recs, err := csv.NewReader(&cb).ReadAll()
			require.NoError(t, err)

			f, err := pq.OpenFile(bytes.NewReader(pb.Bytes()), int64(pb.Len()))
			require.NoError(t, err, "%s: %s", name, tb.Name())
			fields := f.Schema().Fields()
			cols := tb.Columns()
			require.Len(t, fields, len(cols))
			header := make([]string, len(fields))
			for i, fd := range fields {
				header[i] = fd.Name()
				assert.True(t, fd.Optional(), "%s.%s", tb.Name(), fd.Name())
				got := fd.Type().Kind().String() + " "
				if lt := fd.Type().LogicalType(); lt != nil {
					got += lt.String()
				}
				assert.Equal(t, physical[cols[i].Type], got, "%s.%s", tb.Name(), fd.Name())
			}
			require.Equal(t, recs[0], header, "%s: %s", name, tb.Name())
			assert.Equal(t, int64(tb.Len()), f.NumRows())

			r := pq.NewReader(bytes.NewReader(pb.Bytes()))
			rows := make([]pq.Row, tb.Len()+1)
			n, err := r.ReadRows(rows)
			if !errors.Is(err, io.EOF) {
				require.NoError(t, err)
			}
			require.Equal(t, tb.Len(), n, "%s: %s", name, tb.Name())
			require.Len(t, recs, n+1)
			for i := range n {
				for _, v := range rows[i] {
					j := v.Column()
					want := recs[i+1][j]
					where := tb.Name() + "[" + strconv.Itoa(i) + "]." + cols[j].Name
					if v.IsNull() {
						assert.Empty(t, want, where)
						continue
					}
					switch cols[j].Type {
					case tables.String:
						assert.Equal(t, want, string(v.ByteArray()), where)
					case tables.Int64:
						assert.Equal(t, want, strconv.FormatInt(v.Int64(), 10), where)
					case tables.Float64:
						w, err := strconv.ParseFloat(want, 64)
						require.NoError(t, err, where)
						assert.Equal(t, w, v.Double(), where)
					case tables.Bool:
						assert.Equal(t, want, strconv.FormatBool(v.Boolean()), where)
					case tables.Date:
						d, err := diplo.ParseDate(want)
						require.NoError(t, err, where)
						day := time.Unix(int64(v.Int32())*86400, 0).UTC()
						m, dd := d.Month(), d.Day()
						if m == 0 {
							m = 1
						}
						if dd == 0 {
							dd = 1
						}
						assert.Equal(t, [3]int{d.Year(), int(m), dd}, [3]int{day.Year(), int(day.Month()), day.Day()}, where)
					}
				}
			}
			require.NoError(t, r.Close())
		}
	}
}

// TestWriteInvalidUTF8 checks that a table Validate rejects is not
// written.
func TestWriteInvalidUTF8(t *testing.T) {
	g := &graph.Graph{Persons: []actor.Person{{ID: "https://example.org/\xff"}}}
	var buf bytes.Buffer
	err := parquet.Write(&buf, tables.FromGraph(g)[0])
	require.ErrorIs(t, err, diplo.ErrSyntax)
	assert.Zero(t, buf.Len())
}
