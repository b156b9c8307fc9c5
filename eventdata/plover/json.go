package plover

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"

	jsoncodec "github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/internal/jsonstr"
	"github.com/diplo-go/diplo/limit"
)

// codec carries the settings of one decoding or encoding.
type codec struct {
	names  FieldNames
	strict bool // reject undefined keys instead of keeping them in Extra
}

// field ties a JSON key to the Go field that holds it.
type field struct {
	key string
	ptr any
}

// keys are the spellings that differ between ManualNames and V05Names.
type keys struct {
	actor, recipient, eventText, eventLoc, textInfo, codedDate string
	entityText, countryCode                                    string
}

var (
	manualKeys = keys{"actor", "recipient", "event_text", "event_loc", "text_info", "coded_date", "entity_text", "country_code"}
	v05Keys    = keys{"source", "target", "eventText", "eventLoc", "textInfo", "dateCoded", "actorText", "country code"}
)

func keysFor(n FieldNames) keys {
	if n == V05Names {
		return v05Keys
	}
	return manualKeys
}

// detectNames returns V05Names when the object uses one of the record keys
// only 0.5b1 spells its way and none that only the manual does. Keys whose
// value is null do not count: they are not written back.
func detectNames(kvs []keyValue) FieldNames {
	v05, manual := false, false
	for _, kv := range kvs {
		if jsonKind(kv.raw) == "null" {
			continue
		}
		switch kv.key {
		case v05Keys.actor, v05Keys.recipient, v05Keys.eventText, v05Keys.eventLoc, v05Keys.textInfo, v05Keys.codedDate:
			v05 = true
		case manualKeys.actor, manualKeys.recipient, manualKeys.eventText, manualKeys.eventLoc, manualKeys.textInfo, manualKeys.codedDate:
			manual = true
		}
	}
	if v05 && !manual {
		return V05Names
	}
	return ManualNames
}

func (r *Record) fields(n FieldNames) []field {
	k := keysFor(n)
	return []field{
		{"id", &r.ID},
		{"has_event", &r.HasEvent},
		{"date", &r.Date},
		{"time", &r.Time},
		{"enddate", &r.EndDate},
		{"endtime", &r.EndTime},
		{k.actor, &r.Actor},
		{k.recipient, &r.Recipient},
		{"event", &r.Event},
		{k.eventLoc, &r.EventLoc},
		{k.eventText, &r.EventText},
		{"quad_code", &r.QuadCode},
		{"event_scale", &r.EventScale},
		{"mode", &r.Mode},
		{"context", &r.Context},
		{"link", &r.Link},
		{"text", &r.Text},
		{k.textInfo, &r.TextInfo},
		{"cite_info", &r.CiteInfo},
		{"coder", &r.Coder},
		{k.codedDate, &r.CodedDate},
		{"coded_time", &r.CodedTime},
		{"comment", &r.Comment},
		{"language", &r.Language},
		{"publication", &r.Publication},
		{"version", &r.Version},
		{"license", &r.License},
		{"copyright", &r.Copyright},
		{"dead", &r.Dead},
		{"injured", &r.Injured},
		{"arrested", &r.Arrested},
		{"size", &r.Size},
	}
}

func (e *Entity) fields(n FieldNames) []field {
	return []field{
		{"code", &e.Code},
		{"sector", &e.Sector},
		{keysFor(n).entityText, &e.Text},
		{"identifier_id", &e.IdentifierID},
		{"identifier_text", &e.IdentifierText},
		{"religion", &e.Religion},
		{"ethnicity", &e.Ethnicity},
		{"office", &e.Office},
		{"gender", &e.Gender},
		{"age", &e.Age},
		{"raw_text", &e.RawText},
		{"entity_name", &e.EntityName},
		{"wikidata_id", &e.WikidataID},
		{"wiki_description", &e.WikiDescription},
		{"country_name", &e.CountryName},
		{"sector_code", &e.SectorCode},
		{"other_sector_codes", &e.OtherSectorCodes},
	}
}

func (l *Location) fields(n FieldNames) []field {
	return []field{
		{"name", &l.Name},
		{"extracted_place", &l.ExtractedPlace},
		{"resolved_place", &l.ResolvedPlace},
		{"geonameid", &l.GeonameID},
		{"lat", &l.Lat},
		{"lon", &l.Lon},
		{"city", &l.City},
		{"district", &l.District},
		{"province", &l.Province},
		{"country", &l.Country},
		{keysFor(n).countryCode, &l.CountryCode},
		{"feature_class", &l.FeatureClass},
		{"feature_code", &l.FeatureCode},
		{"resolution", &l.Resolution},
	}
}

func (t *TextInfo) fields(FieldNames) []field {
	return []field{
		{"markup", &t.Markup},
		{"sequence", &t.Sequence},
		{"start", &t.Start},
		{"end", &t.End},
		{"text_story", &t.TextStory},
	}
}

func (c *CiteInfo) fields(FieldNames) []field {
	return []field{
		{"corpus", &c.Corpus},
		{"citation", &c.Citation},
		{"url", &c.URL},
		{"title", &c.Title},
		{"language", &c.Language},
		{"publication", &c.Publication},
		{"license", &c.License},
		{"copyright", &c.Copyright},
		{"coder", &c.Coder},
		{"codebook", &c.Codebook},
		{"version", &c.Version},
	}
}

// keyValue is one member of a JSON object, in input order.
type keyValue struct {
	key string
	raw json.RawMessage
}

// readObject splits a JSON object into its members, in input order,
// rejecting duplicate keys. The values are slices of raw.
func readObject(raw []byte) ([]keyValue, error) {
	if kind := jsonKind(raw); kind != "object" {
		return nil, &wrongType{": want an object, have " + kind}
	}
	var kvs []keyValue
	var seen map[string]bool // used once the object is large
	err := jsoncodec.Members(raw, func(key string, value []byte) error {
		if len(kvs) >= 16 && seen == nil {
			seen = make(map[string]bool, 2*len(kvs))
			for _, kv := range kvs {
				seen[kv.key] = true
			}
		}
		if (seen != nil && seen[key]) || (seen == nil && slices.ContainsFunc(kvs, func(kv keyValue) bool { return kv.key == key })) {
			return &FieldError{Path: key, Err: errDuplicateKey}
		}
		if seen != nil {
			seen[key] = true
		}
		kvs = append(kvs, keyValue{key, value})
		return nil
	})
	var fe *FieldError
	switch {
	case errors.As(err, &fe):
		return nil, fe
	case err != nil:
		return nil, fmt.Errorf("%w: %v", ErrJSON, err)
	}
	return kvs, nil
}

// unquote returns the text of a JSON string.
func unquote(b []byte) (string, error) {
	s, err := jsoncodec.StringValue(b)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrJSON, err)
	}
	return s, nil
}

// decodeMembers stores each member in its field, or in extra when no
// field has its key.
func decodeMembers(kvs []keyValue, fields []field, c codec, extra *map[string]json.RawMessage) error {
	for _, kv := range kvs {
		i := slices.IndexFunc(fields, func(f field) bool { return f.key == kv.key })
		if i >= 0 {
			if err := decodeField(fields[i].ptr, kv.raw, c); err != nil {
				return at(kv.key, err)
			}
			continue
		}
		if c.strict {
			return &FieldError{Path: kv.key, Err: ErrUnknownField}
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, kv.raw); err != nil {
			return &FieldError{Path: kv.key, Err: fmt.Errorf("%w: %v", ErrJSON, err)}
		}
		if *extra == nil {
			*extra = map[string]json.RawMessage{}
		}
		(*extra)[kv.key] = json.RawMessage(buf.Bytes())
	}
	return nil
}

// decodeObjectInto decodes a JSON object into a value with fields.
func decodeObjectInto(raw []byte, fields []field, c codec, extra *map[string]json.RawMessage) error {
	kvs, err := readObject(raw)
	if err != nil {
		return err
	}
	return decodeMembers(kvs, fields, c, extra)
}

// decodeRecordAt checks one record against the limits, then decodes it.
// The record starts at byte offset start of the input, which syntax
// errors count from.
func decodeRecordAt(raw []byte, strict bool, lim limit.Limits, start int64) (Record, error) {
	if err := checkLimits(raw, lim, start); err != nil {
		return Record{}, err
	}
	return decodeRecord(raw, strict)
}

// checkLimits checks raw against lim (effective limits) and the JSON
// grammar in one pass that allocates nothing per value, and returns a
// *FieldError naming the place of the first problem: ErrJSON for JSON
// that is not well-formed or not valid UTF-8, an error wrapping
// limit.ErrExceeded for a limit crossed. The messages of limits are those
// of diplo.DecodeOptions.Check.
func checkLimits(raw []byte, lim limit.Limits, start int64) error {
	if len(raw) > lim.MaxBytes {
		return &FieldError{Err: fmt.Errorf("%w: record of %d bytes exceeds MaxBytes %d", limit.ErrExceeded, len(raw), lim.MaxBytes)}
	}
	e := jsoncodec.Scan(raw, jsoncodec.ScanLimits{MaxDepth: lim.MaxDepth, MaxString: lim.MaxString, MaxArray: lim.MaxArray, MaxObjects: lim.MaxObjects})
	if e == nil {
		return nil
	}
	var err error
	switch e.Kind {
	case jsoncodec.ScanSyntax:
		return &FieldError{Err: fmt.Errorf("%w: %s at byte %d", ErrJSON, e.Detail, start+int64(e.Offset)+1)}
	case jsoncodec.ScanUTF8:
		err = fmt.Errorf("%w: %s", ErrJSON, e.Detail)
	case jsoncodec.ScanDepth:
		err = fmt.Errorf("%w: depth %d exceeds MaxDepth %d", limit.ErrExceeded, e.Size, e.Max)
	case jsoncodec.ScanString:
		what, more := "string", ""
		if e.Key {
			what = "member name"
		}
		if e.AtLeast {
			more = "more than "
		}
		err = fmt.Errorf("%w: %s of %s%d bytes exceeds MaxString %d", limit.ErrExceeded, what, more, e.Size, e.Max)
	case jsoncodec.ScanNumber:
		err = fmt.Errorf("%w: number of %d bytes exceeds MaxString %d", limit.ErrExceeded, e.Size, e.Max)
	case jsoncodec.ScanArray:
		err = fmt.Errorf("%w: array of more than %d elements exceeds MaxArray %d", limit.ErrExceeded, e.Max, e.Max)
	case jsoncodec.ScanObjects:
		err = fmt.Errorf("%w: object %d exceeds MaxObjects %d", limit.ErrExceeded, e.Size, e.Max)
	default:
		err = fmt.Errorf("%w: %v", ErrJSON, e)
	}
	return &FieldError{Path: e.Path, Err: err}
}

// decodeRecord decodes one record object that checkLimits accepted, or
// that is at least valid UTF-8.
func decodeRecord(raw []byte, strict bool) (Record, error) {
	if !utf8.Valid(raw) {
		return Record{}, fmt.Errorf("%w: invalid UTF-8", ErrJSON)
	}
	kvs, err := readObject(raw)
	if err != nil {
		return Record{}, err
	}
	var r Record
	r.Names = detectNames(kvs)
	c := codec{names: r.Names, strict: strict}
	if err := decodeMembers(kvs, r.fields(r.Names), c, &r.Extra); err != nil {
		return Record{}, err
	}
	return r, nil
}

// jsonKind names the type of a JSON value from its first byte.
func jsonKind(raw []byte) string { return jsoncodec.KindWord(jsoncodec.KindAt(raw)) }

func typeError(want string, raw []byte) error {
	return &wrongType{": want " + want + ", have " + jsonKind(raw)}
}

func decodeString(raw []byte, want string) (string, error) {
	if jsonKind(raw) != "string" {
		return "", typeError(want, raw)
	}
	return unquote(bytes.TrimSpace(raw))
}

// decodeField decodes raw into the field at ptr. A JSON null leaves the
// field at its zero value.
func decodeField(ptr any, raw []byte, c codec) error {
	if jsonKind(raw) == "null" {
		return nil
	}
	switch p := ptr.(type) {
	case *string:
		s, err := decodeString(raw, "a string")
		*p = s
		return err
	case **bool:
		var b bool
		if jsonKind(raw) != "boolean" || json.Unmarshal(raw, &b) != nil {
			return typeError("true or false", raw)
		}
		*p = &b
		return nil
	case *Date:
		s, err := decodeString(raw, "a YYYY-MM-DD string")
		if err != nil {
			return err
		}
		d, err := ParseDate(s)
		*p = d
		return err
	case *List:
		return p.decode(raw)
	case *Value:
		return p.decode(raw)
	case *Entities:
		return p.decode(raw, c)
	case **Location:
		l := new(Location)
		if err := decodeObjectInto(raw, l.fields(c.names), c, &l.Extra); err != nil {
			return err
		}
		*p = l
		return nil
	case **TextInfo:
		t := new(TextInfo)
		if jsonKind(raw) == "string" {
			s, err := decodeString(raw, "an object")
			t.Markup, t.Inline = s, true
			*p = t
			return err
		}
		if err := decodeObjectInto(raw, t.fields(c.names), c, &t.Extra); err != nil {
			return err
		}
		*p = t
		return nil
	case **CiteInfo:
		ci := new(CiteInfo)
		if err := decodeObjectInto(raw, ci.fields(c.names), c, &ci.Extra); err != nil {
			return err
		}
		*p = ci
		return nil
	}
	panic(fmt.Sprintf("plover: no decoder for %T", ptr))
}

func (l *List) decode(raw []byte) error {
	switch jsonKind(raw) {
	case "string":
		s, err := decodeString(raw, "a string")
		*l = List{Items: []string{s}, Single: true}
		return err
	case "array":
		var elems []json.RawMessage
		if err := json.Unmarshal(raw, &elems); err != nil {
			return fmt.Errorf("%w: %v", ErrJSON, err)
		}
		items := make([]string, len(elems))
		for i, e := range elems {
			s, err := decodeString(e, "a string")
			if err != nil {
				return at("["+strconv.Itoa(i)+"]", err)
			}
			items[i] = s
		}
		*l = List{Items: items}
		return nil
	}
	return typeError("a string or an array of strings", raw)
}

func (v *Value) decode(raw []byte) error {
	switch jsonKind(raw) {
	case "string":
		s, err := decodeString(raw, "a string")
		*v = Value{Text: s}
		return err
	case "number":
		*v = Value{Text: string(bytes.TrimSpace(raw)), Number: true}
		return nil
	}
	return typeError("a number or a string", raw)
}

func (e *Entities) decode(raw []byte, c codec) error {
	switch jsonKind(raw) {
	case "string":
		s, err := decodeString(raw, "a string")
		*e = Entities{Text: s, IsText: true}
		return err
	case "array":
		var elems []json.RawMessage
		if err := json.Unmarshal(raw, &elems); err != nil {
			return fmt.Errorf("%w: %v", ErrJSON, err)
		}
		items := make([]Entity, len(elems))
		for i := range elems {
			if err := decodeObjectInto(elems[i], items[i].fields(c.names), c, &items[i].Extra); err != nil {
				return at("["+strconv.Itoa(i)+"]", err)
			}
		}
		*e = Entities{Items: items}
		return nil
	}
	return typeError("an array of entity objects", raw)
}

// objectWriter writes a JSON object member by member.
type objectWriter struct {
	buf   []byte
	first bool
}

func newObjectWriter() *objectWriter {
	return &objectWriter{buf: append(make([]byte, 0, 256), '{'), first: true}
}

func (w *objectWriter) member(key string, value []byte) {
	if !w.first {
		w.buf = append(w.buf, ',')
	}
	w.first = false
	w.buf = jsonstr.Append(w.buf, key)
	w.buf = append(w.buf, ':')
	w.buf = append(w.buf, value...)
}

func (w *objectWriter) close() []byte { return append(w.buf, '}') }

// encodeObject writes the fields that are set, then the Extra members
// sorted by key.
func encodeObject(fields []field, extra map[string]json.RawMessage, c codec) ([]byte, error) {
	w := newObjectWriter()
	for _, f := range fields {
		v, omit, err := encodeField(f.ptr, c)
		if err != nil {
			return nil, at(f.key, err)
		}
		if !omit {
			w.member(f.key, v)
		}
	}
	if len(extra) == 0 {
		return w.close(), nil
	}
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if slices.ContainsFunc(fields, func(f field) bool { return f.key == k }) {
			return nil, &FieldError{Path: k, Err: fmt.Errorf("%w: Extra key duplicates a field", ErrUnknownField)}
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, extra[k]); err != nil {
			return nil, &FieldError{Path: k, Err: fmt.Errorf("%w: Extra value: %v", ErrJSON, err)}
		}
		w.member(k, buf.Bytes())
	}
	return w.close(), nil
}

func quoted(s string) []byte { return jsonstr.Append(nil, s) }

// encodeField returns the JSON of the field at ptr, and whether to omit
// it.
func encodeField(ptr any, c codec) (value []byte, omit bool, err error) {
	switch p := ptr.(type) {
	case *string:
		return quoted(*p), *p == "", nil
	case **bool:
		if *p == nil {
			return nil, true, nil
		}
		return []byte(strconv.FormatBool(**p)), false, nil
	case *Date:
		if p.IsZero() {
			return nil, true, nil
		}
		b, err := p.MarshalText()
		if err != nil {
			return nil, false, err
		}
		return quoted(string(b)), false, nil
	case *List:
		if p.IsZero() {
			return nil, true, nil
		}
		return p.encode(), false, nil
	case *Value:
		if p.IsZero() {
			return nil, true, nil
		}
		v, err := p.encode()
		return v, false, err
	case *Entities:
		if p.IsZero() {
			return nil, true, nil
		}
		v, err := p.encode(c)
		return v, false, err
	case **Location:
		if *p == nil {
			return nil, true, nil
		}
		v, err := encodeObject((*p).fields(c.names), (*p).Extra, c)
		return v, false, err
	case **TextInfo:
		if *p == nil {
			return nil, true, nil
		}
		if (*p).Inline {
			return quoted((*p).Markup), false, nil
		}
		v, err := encodeObject((*p).fields(c.names), (*p).Extra, c)
		return v, false, err
	case **CiteInfo:
		if *p == nil {
			return nil, true, nil
		}
		v, err := encodeObject((*p).fields(c.names), (*p).Extra, c)
		return v, false, err
	}
	panic(fmt.Sprintf("plover: no encoder for %T", ptr))
}

func (l List) encode() []byte {
	if l.Single && len(l.Items) == 1 {
		return quoted(l.Items[0])
	}
	buf := []byte{'['}
	for i, s := range l.Items {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = jsonstr.Append(buf, s)
	}
	return append(buf, ']')
}

func (v Value) encode() ([]byte, error) {
	if !v.Number {
		return quoted(v.Text), nil
	}
	if !isJSONNumber(v.Text) {
		return nil, fmt.Errorf("%w: number %s", ErrSyntax, quote(v.Text))
	}
	return []byte(v.Text), nil
}

func (e Entities) encode(c codec) ([]byte, error) {
	if e.IsText {
		return quoted(e.Text), nil
	}
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i := range e.Items {
		if i > 0 {
			buf.WriteByte(',')
		}
		v, err := encodeObject(e.Items[i].fields(c.names), e.Items[i].Extra, c)
		if err != nil {
			return nil, at("["+strconv.Itoa(i)+"]", err)
		}
		buf.Write(v)
	}
	buf.WriteByte(']')
	return buf.Bytes(), nil
}

// isJSONNumber reports whether s is a JSON number literal.
func isJSONNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return false
		}
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return false
		}
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	return i == len(s)
}

// MarshalJSON writes the record as a JSON object with the key spelling of
// r.Names. It does not validate the record; it fails only on values that
// cannot be written: an invalid Date, a Value marked as a number that is
// not one, an Extra key that duplicates a field, an Extra value that is
// not JSON. It writes <, > and & as they are; json.Marshal escapes them,
// as it does for every Marshaler, which gives the same JSON.
func (r Record) MarshalJSON() ([]byte, error) {
	return encodeObject(r.fields(r.Names), r.Extra, codec{names: r.Names})
}

// UnmarshalJSON reads a record from a JSON object, setting Names from the
// keys it finds and keeping undefined keys in Extra. Errors are
// *FieldError values whose path is relative to the record ("date",
// "actor[0].code"). The record is checked against diplo's default limits
// first (limit.Limits), as a Decoder does.
func (r *Record) UnmarshalJSON(b []byte) error {
	rec, err := decodeRecordAt(b, false, limit.Limits{}.Effective(), 0)
	if err != nil {
		return err
	}
	*r = rec
	return nil
}

// MarshalJSON writes the entity with the manual's key names.
func (e Entity) MarshalJSON() ([]byte, error) {
	return encodeObject(e.fields(ManualNames), e.Extra, codec{})
}

// UnmarshalJSON reads an entity object; "actorText" is read as Text when
// "entity_text" is absent.
func (e *Entity) UnmarshalJSON(b []byte) error {
	kvs, err := readObject(b)
	if err != nil {
		return err
	}
	c := codec{names: namesOf(kvs, v05Keys.entityText, manualKeys.entityText)}
	var out Entity
	if err := decodeMembers(kvs, out.fields(c.names), c, &out.Extra); err != nil {
		return err
	}
	*e = out
	return nil
}

// namesOf returns the names a nested object is read with: V05Names when
// it has the v0.5 spelling of a key and not the manual's, else
// ManualNames.
func namesOf(kvs []keyValue, v05, manual string) FieldNames {
	has := func(key string) bool {
		return slices.ContainsFunc(kvs, func(kv keyValue) bool { return kv.key == key })
	}
	if has(v05) && !has(manual) {
		return V05Names
	}
	return ManualNames
}

// MarshalJSON writes the list as a string when Single, else as an array.
func (l List) MarshalJSON() ([]byte, error) { return l.encode(), nil }

// UnmarshalJSON reads a string or an array of strings.
func (l *List) UnmarshalJSON(b []byte) error {
	if jsonKind(b) == "null" {
		*l = List{}
		return nil
	}
	return l.decode(b)
}

// MarshalJSON writes the value as a JSON number when Number, else as a
// string.
func (v Value) MarshalJSON() ([]byte, error) { return v.encode() }

// UnmarshalJSON reads a number or a string.
func (v *Value) UnmarshalJSON(b []byte) error {
	if jsonKind(b) == "null" {
		*v = Value{}
		return nil
	}
	return v.decode(b)
}

// MarshalJSON writes the entities as an array of entity objects with the
// manual's key names, or as a string when IsText.
func (e Entities) MarshalJSON() ([]byte, error) {
	if e.Items == nil && !e.IsText {
		return []byte("[]"), nil
	}
	return e.encode(codec{})
}

// UnmarshalJSON reads an array of entity objects, or a string.
func (e *Entities) UnmarshalJSON(b []byte) error {
	if jsonKind(b) == "null" {
		*e = Entities{}
		return nil
	}
	return e.decode(b, codec{})
}

// MarshalJSON writes the location with the manual's key names.
func (l Location) MarshalJSON() ([]byte, error) {
	return encodeObject(l.fields(ManualNames), l.Extra, codec{})
}

// UnmarshalJSON reads a location object; "country code" is read as
// CountryCode when "country_code" is absent.
func (l *Location) UnmarshalJSON(b []byte) error {
	kvs, err := readObject(b)
	if err != nil {
		return err
	}
	c := codec{names: namesOf(kvs, v05Keys.countryCode, manualKeys.countryCode)}
	var out Location
	if err := decodeMembers(kvs, out.fields(c.names), c, &out.Extra); err != nil {
		return err
	}
	*l = out
	return nil
}

// MarshalJSON writes the text information as an object, or as a string
// when Inline.
func (t TextInfo) MarshalJSON() ([]byte, error) {
	if t.Inline {
		return quoted(t.Markup), nil
	}
	return encodeObject(t.fields(ManualNames), t.Extra, codec{})
}

// UnmarshalJSON reads a text information object, or a string (Inline).
func (t *TextInfo) UnmarshalJSON(b []byte) error {
	var p *TextInfo
	if err := decodeField(&p, b, codec{}); err != nil {
		return err
	}
	if p == nil {
		p = &TextInfo{}
	}
	*t = *p
	return nil
}

// MarshalJSON writes the citation object.
func (ci CiteInfo) MarshalJSON() ([]byte, error) {
	return encodeObject(ci.fields(ManualNames), ci.Extra, codec{})
}

// UnmarshalJSON reads a citation object.
func (ci *CiteInfo) UnmarshalJSON(b []byte) error {
	var out CiteInfo
	if err := decodeObjectInto(b, out.fields(ManualNames), codec{}, &out.Extra); err != nil {
		return err
	}
	*ci = out
	return nil
}
