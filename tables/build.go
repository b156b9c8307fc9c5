package tables

import (
	"github.com/diplo-go/diplo"
)

// col is a column of a table definition.
func col(name string, t Type, doc string) []Column { return []Column{{name, t, doc}} }

// idCol is a column holding a node ID.
func idCol(name, doc string) []Column { return col(name, String, doc) }

// textCols are the two columns of a diplo.Text: its original value and
// the language tag of that value.
func textCols(name, doc string) []Column {
	return []Column{
		{name, String, doc + ", in its original language (the first by tag of the values that are not translations); other values are in translations"},
		{name + "_lang", String, "BCP 47 language tag of " + name},
	}
}

// dateCols are the four columns of a diplo.Date.
func dateCols(name, doc string) []Column {
	return []Column{
		{name, Date, doc + ": EDTF text in CSV, first day of its span in Parquet"},
		{name + "_precision", String, "precision of " + name + ": year, month, day, minute or second"},
		{name + "_uncertain", Bool, "whether the source doubts " + name + " (EDTF ? or %)"},
		{name + "_approximate", Bool, "whether " + name + " is approximate (EDTF ~ or %)"},
	}
}

// placeCols are the columns of a diplo.Place.
func placeCols(prefix, doc string) []Column {
	return cols(
		textCols(prefix+"_name", "name of "+doc),
		col(prefix+"_country", String, "ISO 3166-1 alpha-2 code of the country of "+doc),
		col(prefix+"_geonames", String, "GeoNames ID of "+doc),
		col(prefix+"_wikidata", String, "Wikidata item of "+doc),
		col(prefix+"_latitude", Float64, "latitude of "+doc+", WGS 84 degrees"),
		col(prefix+"_longitude", Float64, "longitude of "+doc+", WGS 84 degrees"),
	)
}

func cols(groups ...[]Column) []Column {
	var out []Column
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

func newTable(name, doc string, columns ...[]Column) *Table {
	return &Table{name: name, doc: doc, cols: cols(columns...)}
}

// builder fills the tables of a graph.
type builder struct {
	translations, identifiers, sources, topics *Table
	// buf is reused for the cells of a row.
	buf []Value
}

// row starts a row.
func (b *builder) row() *builder { b.buf = b.buf[:0]; return b }

func (b *builder) v(vs ...Value) *builder { b.buf = append(b.buf, vs...); return b }

// text appends the columns of t and puts its other values in the
// translations table, under node and field.
func (b *builder) text(node diplo.ID, field string, t diplo.Text) *builder {
	orig, s, ok := t.Original()
	if ok {
		b.buf = append(b.buf, str(s), str(orig.String()))
	} else {
		b.buf = append(b.buf, Value{}, Value{})
	}
	if len(t) > 1 || !ok && len(t) > 0 {
		for _, tag := range t.Tags() {
			if ok && tag == orig {
				continue
			}
			from := ""
			if src, tr := diplo.TranslatedFrom(tag); tr {
				from = src.String()
			}
			b.translations.add(id(node), str(field), str(tag.String()), str(from), str(t[tag]))
		}
	}
	return b
}

func (b *builder) date(d diplo.Date) *builder {
	if d.IsZero() {
		b.buf = append(b.buf, Value{}, Value{}, Value{}, Value{})
		return b
	}
	b.buf = append(b.buf, date(d), str(d.Precision().String()), boolean(d.IsUncertain()), boolean(d.IsApproximate()))
	return b
}

func (b *builder) place(node diplo.ID, field string, p diplo.Place) *builder {
	b.text(node, field+".name", p.Name)
	b.buf = append(b.buf, str(string(p.Country)), str(p.GeoNames.Value), str(p.Wikidata.Value))
	if p.Coordinates != nil {
		b.buf = append(b.buf, float(p.Coordinates.Latitude), float(p.Coordinates.Longitude))
	} else {
		b.buf = append(b.buf, Value{}, Value{})
	}
	return b
}

// to adds the row to t.
func (b *builder) to(t *Table) { t.add(b.buf...) }

// common adds the identifiers and sources of a node.
func (b *builder) common(node diplo.ID, ids []diplo.Identifier, sources []diplo.ID) {
	for _, x := range ids {
		b.identifiers.add(id(node), str(string(x.Scheme)), str(x.Value))
	}
	for _, s := range sources {
		b.sources.add(id(node), id(s))
	}
}

func (b *builder) topics1(node diplo.ID, field string, ts []diplo.Topic) {
	for i, tp := range ts {
		b.row().v(id(node), str(field), str(string(tp.Domain))).text(node, field+"["+itoa(i)+"].label", tp.Label).to(b.topics)
	}
}

func itoa(i int) string {
	var a [20]byte
	n := len(a)
	if i == 0 {
		return "0"
	}
	for i > 0 {
		n--
		a[n] = byte('0' + i%10)
		i /= 10
	}
	return string(a[n:])
}
