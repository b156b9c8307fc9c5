package tables

import (
	"fmt"
	"math"
	"strconv"

	"github.com/diplo-go/diplo"
)

// Type is the type of a column. Each has one Parquet type and one text
// form in CSV.
type Type uint8

// The column types.
const (
	// String is text: a Parquet BYTE_ARRAY annotated STRING (UTF-8), and
	// in CSV the text itself.
	String Type = iota + 1
	// Int64 is an integer: a Parquet INT64, and in CSV its decimal form.
	Int64
	// Float64 is a number: a Parquet DOUBLE, and in CSV its shortest
	// decimal form (strconv.FormatFloat with 'g' and -1).
	Float64
	// Bool is true or false: a Parquet BOOLEAN, and in CSV "true" or
	// "false".
	Bool
	// Date is a diplo.Date: a Parquet DATE (INT32 days since 1970-01-01)
	// holding the first day of the date's span, as written (a zone does
	// not move it to another day); in CSV the date's EDTF text
	// ("2025-06", "2025-06-22~"). A date column is followed by its
	// _precision, _uncertain and _approximate columns, which say what
	// the Parquet day alone does not.
	Date
)

var typeNames = [...]string{"", "STRING", "INT64", "DOUBLE", "BOOLEAN", "DATE"}

// String returns the Parquet name of the type: "STRING", "INT64",
// "DOUBLE", "BOOLEAN" or "DATE".
func (t Type) String() string {
	if int(t) < len(typeNames) && t != 0 {
		return typeNames[t]
	}
	return "Type(" + strconv.Itoa(int(t)) + ")"
}

// Column is a column of a table: its name, the same in CSV and Parquet,
// its type, and what it holds.
type Column struct {
	Name string
	Type Type
	Doc  string
}

// Value is a cell of a table: null (the zero Value), or a value of the
// column's type, made by StringValue, Int64Value, Float64Value, BoolValue
// or DateValue. Strings are never empty: an empty string is null.
type Value struct {
	typ Type
	s   string
	n   int64 // Int64, Bool (0 or 1), Float64 (its bits)
	d   diplo.Date
}

func str(s string) Value {
	if s == "" {
		return Value{}
	}
	return Value{typ: String, s: s}
}

func id(i diplo.ID) Value { return str(string(i)) }

func integer(n int64) Value { return Value{typ: Int64, n: n} }

func float(f float64) Value { return Value{typ: Float64, n: int64(math.Float64bits(f))} }

func boolean(b bool) Value {
	v := Value{typ: Bool}
	if b {
		v.n = 1
	}
	return v
}

func date(d diplo.Date) Value {
	if d.IsZero() {
		return Value{}
	}
	return Value{typ: Date, d: d}
}

// StringValue returns a String value, or null for "".
func StringValue(s string) Value { return str(s) }

// Int64Value returns an Int64 value.
func Int64Value(n int64) Value { return integer(n) }

// Float64Value returns a Float64 value.
func Float64Value(f float64) Value { return float(f) }

// BoolValue returns a Bool value.
func BoolValue(b bool) Value { return boolean(b) }

// DateValue returns a Date value, or null for the zero Date.
func DateValue(d diplo.Date) Value { return date(d) }

// IsNull reports whether v is null: an absent value, empty in CSV and
// null in Parquet.
func (v Value) IsNull() bool { return v.typ == 0 }

// Type returns the type of v, or 0 for null.
func (v Value) Type() Type { return v.typ }

// Str returns the value of a String, or "".
func (v Value) Str() string { return v.s }

// Int returns the value of an Int64, or 0.
func (v Value) Int() int64 {
	if v.typ != Int64 {
		return 0
	}
	return v.n
}

// Float returns the value of a Float64, or 0.
func (v Value) Float() float64 {
	if v.typ != Float64 {
		return 0
	}
	return math.Float64frombits(uint64(v.n))
}

// Bool returns the value of a Bool, or false.
func (v Value) Bool() bool { return v.typ == Bool && v.n != 0 }

// Date returns the value of a Date, or the zero Date.
func (v Value) Date() diplo.Date { return v.d }

// Day returns the first day of the span of a Date value, as written (the
// year, month and day of its text; 1 for a missing month or day), which
// is what Parquet's DATE column holds; ok is false for other values.
func (v Value) Day() (year, month, day int, ok bool) {
	if v.typ != Date {
		return 0, 0, 0, false
	}
	year, month, day = v.d.Year(), int(v.d.Month()), v.d.Day()
	if month == 0 {
		month = 1
	}
	if day == 0 {
		day = 1
	}
	return year, month, day, true
}

// AppendText appends the CSV form of v to b: nothing for null, the
// string, the decimal integer, the shortest decimal number, "true" or
// "false", or the EDTF text of the date.
func (v Value) AppendText(b []byte) []byte {
	switch v.typ {
	case String:
		return append(b, v.s...)
	case Int64:
		return strconv.AppendInt(b, v.n, 10)
	case Float64:
		return strconv.AppendFloat(b, v.Float(), 'g', -1, 64)
	case Bool:
		return strconv.AppendBool(b, v.n != 0)
	case Date:
		b, _ = v.d.AppendText(b)
		return b
	}
	return b
}

// Text returns the CSV form of v, as AppendText appends it.
func (v Value) Text() string {
	if v.typ == String {
		return v.s
	}
	return string(v.AppendText(nil))
}

// Table is a table of rows under named, typed columns. Its rows are in
// a fixed order (see the package documentation); a Table built by this
// package is not changed afterwards and may be read from many goroutines.
type Table struct {
	name, doc string
	cols      []Column
	cells     []Value // row-major
}

// Name returns the name of the table, which is also the base of its file
// name ("events" for events.csv).
func (t *Table) Name() string { return t.name }

// Doc returns what a row of the table stands for.
func (t *Table) Doc() string { return t.doc }

// Columns returns the columns of the table. The result is a new slice.
func (t *Table) Columns() []Column { return append([]Column(nil), t.cols...) }

// Len returns the number of rows.
func (t *Table) Len() int {
	if len(t.cols) == 0 {
		return 0
	}
	return len(t.cells) / len(t.cols)
}

// Row returns the cells of row i, one per column; it panics if i is out
// of range, as indexing a slice does. The result shares the table's
// storage: do not modify it.
func (t *Table) Row(i int) []Value {
	w := len(t.cols)
	return t.cells[i*w : (i+1)*w : (i+1)*w]
}

// NewTable returns an empty table with the given name, description of a
// row, and columns, for tables made outside this package (package
// tables/dyads makes one) to be written like the others.
func NewTable(name, doc string, columns []Column) *Table {
	return &Table{name: name, doc: doc, cols: append([]Column(nil), columns...)}
}

// Append appends a row of cells, one per column, each null or of its
// column's type; a row of another width or a cell of another type is an
// error, and nothing is appended.
func (t *Table) Append(row ...Value) error {
	if len(row) != len(t.cols) {
		return fmt.Errorf("tables: a row of %d cells for the %d columns of %s", len(row), len(t.cols), t.name)
	}
	for i, v := range row {
		if v.typ != 0 && v.typ != t.cols[i].Type {
			return fmt.Errorf("tables: %s.%s: a %s value in a %s column", t.name, t.cols[i].Name, v.typ, t.cols[i].Type)
		}
	}
	t.cells = append(t.cells, row...)
	return nil
}

// add appends a row. A row of the wrong width is a mistake of this
// package, not of its input: it panics.
func (t *Table) add(row ...Value) {
	if len(row) != len(t.cols) {
		panic("tables: a row of " + strconv.Itoa(len(row)) + " cells for the " + strconv.Itoa(len(t.cols)) + " columns of " + t.name)
	}
	t.cells = append(t.cells, row...)
}
