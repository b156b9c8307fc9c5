package parquet

import (
	"io"
	"reflect"
	"time"

	pq "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress"
	"github.com/parquet-go/parquet-go/encoding"

	"github.com/diplo-go/diplo/tables"
)

// batch is the number of rows handed to the writer at once.
const batch = 1024

// Write writes t to w as a Parquet file with one column per column of t,
// in order, each optional (a null cell is a null value): STRING as
// BYTE_ARRAY annotated STRING, INT64, DOUBLE, BOOLEAN, and DATE as INT32
// annotated DATE (days since 1970-01-01). Pages are compressed with
// Snappy. It checks t with Table.Validate before writing anything.
func Write(w io.Writer, t *tables.Table) error {
	if err := t.Validate(); err != nil {
		return err
	}
	cols := t.Columns()
	fields := make(group, len(cols))
	for i, c := range cols {
		fields[i] = field{name: c.Name, Node: pq.Optional(leaf(c.Type))}
	}
	schema := pq.NewSchema(t.Name(), fields)
	pw := pq.NewWriter(w, schema, pq.Compression(&pq.Snappy))
	rows := make([]pq.Row, 0, batch)
	// One backing array for the values of a batch, reused.
	vals := make([]pq.Value, 0, batch*len(cols))
	for r := range t.Len() {
		start := len(vals)
		for i, v := range t.Row(r) {
			vals = append(vals, value(v).Level(0, definition(v), i))
		}
		rows = append(rows, pq.Row(vals[start:len(vals):len(vals)]))
		if len(rows) == batch {
			if _, err := pw.WriteRows(rows); err != nil {
				return err
			}
			rows, vals = rows[:0], vals[:0]
		}
	}
	if len(rows) > 0 {
		if _, err := pw.WriteRows(rows); err != nil {
			return err
		}
	}
	return pw.Close()
}

// definition is the definition level of v in an optional column: 0 for
// null, 1 for a value.
func definition(v tables.Value) int {
	if v.IsNull() {
		return 0
	}
	return 1
}

// leaf is the Parquet node of a column type.
func leaf(t tables.Type) pq.Node {
	switch t {
	case tables.Int64:
		return pq.Leaf(pq.Int64Type)
	case tables.Float64:
		return pq.Leaf(pq.DoubleType)
	case tables.Bool:
		return pq.Leaf(pq.BooleanType)
	case tables.Date:
		return pq.Date()
	}
	return pq.String()
}

// value is the Parquet value of v.
func value(v tables.Value) pq.Value {
	switch v.Type() {
	case tables.String:
		return pq.ByteArrayValue([]byte(v.Str()))
	case tables.Int64:
		return pq.Int64Value(v.Int())
	case tables.Float64:
		return pq.DoubleValue(v.Float())
	case tables.Bool:
		return pq.BooleanValue(v.Bool())
	case tables.Date:
		y, m, d, _ := v.Day()
		return pq.Int32Value(days(y, m, d))
	}
	return pq.NullValue()
}

// days is the number of days from 1970-01-01 to the day y-m-d of the
// proleptic Gregorian calendar.
func days(y, m, d int) int32 {
	return int32(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// group is a Parquet group whose fields keep their order: pq.Group, a
// map, sorts them by name, and a table's columns have an order of their
// own.
type group []field

// field is a named node of a group.
type field struct {
	pq.Node
	name string
}

func (f field) Name() string { return f.name }

// Value is used by parquet-go to write Go values by reflection, which
// Write does not do.
func (f field) Value(base reflect.Value) reflect.Value { return reflect.Value{} }

func (g group) ID() int                     { return 0 }
func (g group) String() string              { return pq.Group(g.asMap()).String() }
func (g group) Type() pq.Type               { return pq.Group{}.Type() }
func (g group) Optional() bool              { return false }
func (g group) Repeated() bool              { return false }
func (g group) Required() bool              { return true }
func (g group) Leaf() bool                  { return false }
func (g group) Encoding() encoding.Encoding { return nil }
func (g group) Compression() compress.Codec { return nil }
func (g group) GoType() reflect.Type        { return pq.Group(g.asMap()).GoType() }

func (g group) Fields() []pq.Field {
	fs := make([]pq.Field, len(g))
	for i := range g {
		fs[i] = g[i]
	}
	return fs
}

func (g group) asMap() map[string]pq.Node {
	m := make(map[string]pq.Node, len(g))
	for _, f := range g {
		m[f.name] = f.Node
	}
	return m
}
