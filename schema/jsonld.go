package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"sync"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/codec"
)

// Errors of the JSON-LD and N-Quads codecs.
var (
	// ErrNotNode reports a nil graph or a nil pointer to a node where one
	// is needed, or a destination of UnmarshalJSONLD that is not a
	// pointer to a graph or a node.
	ErrNotNode = errors.New("not a diplo graph or node")
	// ErrUnknownContext reports a JSON-LD document whose @context is not
	// the diplo context: neither ContextURL nor the context itself.
	ErrUnknownContext = errors.New("unknown JSON-LD context")
	// ErrJSONLD reports JSON-LD that diplo JSON does not use: a keyword
	// other than a top-level @context, a value object other than a typed
	// date, a date whose datatype disagrees with its precision.
	ErrJSONLD = errors.New("unsupported JSON-LD")
)

// JSONLDOptions set how MarshalJSONLD and MarshalNodeJSONLD write. The
// zero value is the default: the document names ContextURL and is
// compact, on one line.
type JSONLDOptions struct {
	// InlineContext embeds the context object itself, so that the
	// document can be read with no access to ContextURL. Without it the
	// document names ContextURL.
	InlineContext bool
	// Prefix and Indent, when either is not empty, indent the output as
	// json.Indent and diplo.MarshalIndent do with the same arguments.
	Prefix, Indent string
}

// MarshalJSONLD returns the graph g as compact JSON-LD 1.1: the JSON that
// diplo.Marshal writes (diplo's canonical form), byte for byte, with an
// @context member first. There is one wire shape: the result passes the
// JSON Schema, diplo.Unmarshal reads it, and a JSON-LD processor makes of
// it the dataset WriteNQuads writes (dates typed edtf:EDTF; see the
// package documentation). The options o say how it is written; the zero
// JSONLDOptions write ContextURL as the context, compactly.
// MarshalNodeJSONLD does the same for one node.
//
// Like json.Marshal, MarshalJSONLD does not validate g.
func MarshalJSONLD(g *graph.Graph, o JSONLDOptions) ([]byte, error) {
	if g == nil {
		return nil, fmt.Errorf("%w: nil graph", ErrNotNode)
	}
	return marshalJSONLD(g, o)
}

// MarshalNodeJSONLD returns one node of the model as compact JSON-LD 1.1,
// as MarshalJSONLD does a graph: the JSON that diplo.Marshal writes of n
// with an @context member first, with the options o. n is a node or a
// pointer to one (see graph.Node); a nil pointer is ErrNotNode.
//
// Like json.Marshal, MarshalNodeJSONLD does not validate n.
func MarshalNodeJSONLD(n graph.Node, o JSONLDOptions) ([]byte, error) {
	if graph.TypeOf(n) == "" {
		return nil, fmt.Errorf("%w: %T", ErrNotNode, n)
	}
	return marshalJSONLD(n, o)
}

// marshalJSONLD writes v, a graph or a node, as compact JSON-LD.
func marshalJSONLD(v any, o JSONLDOptions) ([]byte, error) {
	plain, err := diplo.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("schema: MarshalJSONLD: %w", err)
	}
	ctx := []byte(`"` + ContextURL + `"`)
	if o.InlineContext {
		ctx = contextObject
	}
	out := toJSONLD(make([]byte, 0, len(plain)+len(ctx)+len(plain)/4+16), plain, ctx)
	if o.Prefix == "" && o.Indent == "" {
		return out, nil
	}
	var b bytes.Buffer
	if err := json.Indent(&b, out, o.Prefix, o.Indent); err != nil {
		return nil, fmt.Errorf("schema: MarshalJSONLD: %w", err)
	}
	return b.Bytes(), nil
}

// isDateKey reports whether k is a member whose values are dates.
func isDateKey(k []byte) bool {
	switch string(k) {
	case "startDate", "endDate", "date", "effectiveDate", "founded", "published", "established", "closed":
		return true
	}
	return false
}

// toJSONLD copies src, the compact JSON of a node as diplo.Marshal writes
// it, to dst with the @context member ctx first: the rest is the plain
// JSON, byte for byte.
func toJSONLD(dst, src, ctx []byte) []byte {
	dst = append(dst, `{"@context":`...)
	dst = append(dst, ctx...)
	if len(src) > 2 {
		dst = append(dst, ',')
	}
	return append(dst, src[1:]...)
}

// UnmarshalJSONLD decodes compact JSON-LD written by MarshalJSONLD, or
// diplo JSON with or without the diplo @context, or the expanded or
// flattened JSON-LD a processor makes of it (no @context, full IRIs; the
// nodes of a flattened document are embedded again where they are
// referenced, the graph's members and blank nodes, and a person's
// diplo:holds goes back to its tenure as the tenure's person), into v, a pointer to a
// graph or a node of the model. No JSON-LD processor is involved: the
// context is read once into the mapping from IRIs back to members, and a
// property, class or value it does not define is ErrJSONLD at its path. It checks the top-level @context (absent,
// ContextURL, the context object of Context, or an array of those; anything
// else is ErrUnknownContext), turns typed date value objects back into
// strings, and decodes the rest leniently with diplo.Unmarshal, whose
// errors name JSON paths. Other JSON-LD keywords (@graph, @id, a nested
// @context) are ErrJSONLD: diplo JSON does not use them, and ignoring them
// would lose data silently.
func UnmarshalJSONLD(data []byte, v any) error {
	return unmarshalJSONLD(diplo.DecodeOptions{}, data, v)
}

// UnmarshalJSONLDStrict is like UnmarshalJSONLD but decodes as
// diplo.UnmarshalStrict does: unknown members and duplicate keys are
// errors.
func UnmarshalJSONLDStrict(data []byte, v any) error {
	return unmarshalJSONLD(diplo.DecodeOptions{Strict: true}, data, v)
}

// DecodeJSONLD is like UnmarshalJSONLD but decodes with the options o:
// strictly if o.Strict, and within o.Limits rather than the default
// limits, which are checked before the document is converted.
func DecodeJSONLD(data []byte, v any, o diplo.DecodeOptions) error {
	return unmarshalJSONLD(o, data, v)
}

// isNode reports whether v is a graph or a node of the model, or a
// non-nil pointer to one.
func isNode(v any) bool {
	switch v := v.(type) {
	case graph.Graph:
		return true
	case *graph.Graph:
		return v != nil
	case graph.Node:
		return graph.TypeOf(v) != ""
	}
	return false
}

func unmarshalJSONLD(o diplo.DecodeOptions, data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if !isNode(v) || rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("%w: UnmarshalJSONLD needs a non-nil pointer to one, not %T", ErrNotNode, v)
	}
	// The limits and the grammar are checked before anything is
	// allocated for the document: malformed JSON gets its line and
	// column, a document over a limit is refused unread.
	if err := o.Check(data); err != nil {
		return err
	}
	if isExpanded(data) {
		compact, err := fromExpanded(data)
		if err != nil {
			return err
		}
		data = compact
	}
	plain, err := fromJSONLD(data)
	if err != nil {
		return err
	}
	return o.Unmarshal(plain, v)
}

// maxDepth bounds the nesting of JSON-LD input; diplo JSON nests less than
// ten deep.
const maxDepth = 1000

// plainWriter rewrites a valid JSON-LD document into plain diplo JSON,
// value by value as the codec's Decoder reads them: members and values
// are copied as they are written (white space aside), the top-level
// @context is checked and dropped, and date value objects become strings.
type plainWriter struct {
	dec  *codec.Decoder
	in   []byte
	out  []byte
	path []step // for errors
}

// step is a member name (raw, with its quotes) or an array index.
type step struct {
	key   []byte
	index int
}

func (p *plainWriter) where(last ...step) string {
	s := ""
	for _, x := range append(p.path, last...) {
		if x.key == nil {
			s += "[" + strconv.Itoa(x.index) + "]"
			continue
		}
		s = check.JoinPath(s, codec.Unquote(x.key))
	}
	return s
}

func (p *plainWriter) fail(err error, last ...step) error {
	return &diplo.FieldError{Path: p.where(last...), Err: err}
}

// fromJSONLD returns the plain diplo JSON of a valid JSON document. The
// plain JSON is never longer than data, whose every byte it copies or
// drops (a date value object becomes its @value string, as written), so
// its buffer is allocated once, at the size of data, which the limits
// bound.
func fromJSONLD(data []byte) ([]byte, error) {
	p := &plainWriter{dec: codec.NewDecoder(data), in: data, out: make([]byte, 0, len(data))}
	if err := p.value(0, true); err != nil {
		return nil, err
	}
	return p.out, nil
}

// syntax reports a document that is not well-formed where the decoder
// stopped, which the check of the limits before rules out.
func (p *plainWriter) syntax(err error) error {
	return p.fail(fmt.Errorf("%w: %v", diplo.ErrJSON, err))
}

// token reads a delimiter and appends it.
func (p *plainWriter) token() error {
	tok, err := p.dec.ReadToken()
	if err != nil {
		return p.syntax(err)
	}
	p.out = append(p.out, byte(tok.Kind()))
	return nil
}

// value copies the next value; top is true for the document itself.
func (p *plainWriter) value(depth int, top bool) error {
	if depth > maxDepth {
		return p.fail(fmt.Errorf("%w: nested more than %d deep", ErrJSONLD, maxDepth))
	}
	switch p.dec.PeekKind() {
	case '{':
		return p.object(depth, top)
	case '[':
		if err := p.token(); err != nil {
			return err
		}
		for n := 0; p.dec.PeekKind() != ']'; n++ {
			if n > 0 {
				p.out = append(p.out, ',')
			}
			p.path = append(p.path, step{index: n})
			if err := p.value(depth+1, false); err != nil {
				return err
			}
			p.path = p.path[:len(p.path)-1]
		}
		return p.token()
	}
	v, err := p.dec.ReadValue()
	if err != nil {
		return p.syntax(err)
	}
	p.out = append(p.out, v...)
	return nil
}

func (p *plainWriter) object(depth int, top bool) error {
	if err := p.token(); err != nil {
		return err
	}
	first := true
	for p.dec.PeekKind() == '"' {
		name, err := p.dec.ReadValue()
		if err != nil {
			return p.syntax(err)
		}
		// The name as written, a slice of the document, which outlives
		// the Decoder's next read.
		end := int(p.dec.InputOffset())
		raw := p.in[end-len(name) : end]
		key := raw[1 : len(raw)-1]
		if bytes.IndexByte(raw, '\\') >= 0 {
			key = []byte(codec.Unquote(raw))
		}
		if len(key) > 0 && key[0] == '@' {
			if string(key) != "@context" || !top {
				return p.fail(fmt.Errorf("%w: keyword %s", ErrJSONLD, strconv.Quote(check.Quote(string(key)))), step{key: raw})
			}
			ctx, err := p.dec.ReadValue()
			if err != nil {
				return p.syntax(err)
			}
			if err := checkContext(json.RawMessage(ctx)); err != nil {
				return p.fail(err, step{key: raw})
			}
			continue
		}
		if !first {
			p.out = append(p.out, ',')
		}
		first = false
		p.out = append(p.out, raw...)
		p.out = append(p.out, ':')
		if isDateKey(key) {
			v, err := p.dec.ReadValue()
			if err != nil {
				return p.syntax(err)
			}
			if err := p.date(v, raw); err != nil {
				return err
			}
			continue
		}
		if isCoordinateKey(key) && p.dec.PeekKind() == '"' {
			// A coordinate as a string: what compaction makes of an
			// xsd:double literal read from RDF ("-9.0E1"). It is the same
			// literal to JSON-LD as the number, which diplo JSON writes.
			v, err := p.dec.ReadValue()
			if err != nil {
				return p.syntax(err)
			}
			f, err := codec.StringValue(v)
			if err != nil || !isJSONNumber(f) {
				return p.fail(fmt.Errorf("%w: %s is not a number", ErrJSONLD, strconv.Quote(check.Quote(f))), step{key: raw})
			}
			p.out = append(p.out, f...)
			continue
		}
		if isCountKey(key) && p.dec.PeekKind() == '"' {
			// A count as a string: what compaction makes of an
			// xsd:integer literal read from RDF ("11"). Any other string
			// is copied, for decoding to refuse at its path.
			v, err := p.dec.ReadValue()
			if err != nil {
				return p.syntax(err)
			}
			if n, err := codec.StringValue(v); err == nil && isInteger(n) {
				p.out = append(p.out, n...)
			} else {
				p.out = append(p.out, v...)
			}
			continue
		}
		p.path = append(p.path, step{key: raw})
		if err := p.value(depth+1, false); err != nil {
			return err
		}
		p.path = p.path[:len(p.path)-1]
	}
	return p.token()
}

func isCoordinateKey(k []byte) bool { return string(k) == "latitude" || string(k) == "longitude" }

// isCountKey reports whether k is the member of a vote's count that holds
// its number.
func isCountKey(k []byte) bool { return string(k) == "value" }

// isInteger reports whether s is the lexical form of an xsd:integer that
// JSON reads as an integer: an optional minus sign and decimal digits,
// with no leading zero.
func isInteger(s string) bool {
	d := s
	if d != "" && d[0] == '-' {
		d = d[1:]
	}
	if d == "" || len(d) > 18 || (d[0] == '0' && len(d) > 1) {
		return false
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return false
		}
	}
	return true
}

// isJSONNumber reports whether s is a number by the JSON grammar, which
// the canonical xsd:double form ("5.575E1") follows; "INF" and "NaN" are
// not.
func isJSONNumber(s string) bool {
	if s == "" || (s[0] != '-' && (s[0] < '0' || s[0] > '9')) {
		return false
	}
	var n json.Number
	return json.Unmarshal([]byte(s), &n) == nil
}

// datatypeIRIs maps the datatypes a date value object may name, compact or
// expanded, to what dateType returns.
var datatypeIRIs = func() map[string]int {
	m := map[string]int{}
	for i, d := range dateDatatypes {
		m[d.compact] = i
		m[d.nquads[1:len(d.nquads)-1]] = i
	}
	return m
}()

// date copies the value raw of a date member key: a string, or a value
// object {"@value": "...", "@type": "..."} whose type is an XSD type that
// agrees with the date's precision, or EDTF.
func (p *plainWriter) date(raw, key []byte) error {
	at := step{key: key}
	if raw[0] != '{' {
		// A string, or a value diplo.Unmarshal reports at its path.
		p.out = append(p.out, raw...)
		return nil
	}
	var vo map[string]json.RawMessage
	if err := json.Unmarshal(raw, &vo); err != nil {
		return p.fail(fmt.Errorf("%w: %v", diplo.ErrJSON, err), at)
	}
	var value, typ string
	for k, v := range vo {
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return p.fail(fmt.Errorf("%w: %s of a date is not a string", ErrJSONLD, strconv.Quote(check.Quote(k))), at)
		}
		switch k {
		case "@value":
			value = s
		case "@type":
			typ = s
		default:
			return p.fail(fmt.Errorf("%w: member %s in a date value object", ErrJSONLD, strconv.Quote(check.Quote(k))), at)
		}
	}
	if _, ok := vo["@value"]; !ok {
		return p.fail(fmt.Errorf("%w: date value object without @value", ErrJSONLD), at)
	}
	if typ != "" {
		dt, ok := datatypeIRIs[typ]
		if !ok {
			return p.fail(fmt.Errorf("%w: datatype %s is not a date datatype", ErrJSONLD, strconv.Quote(check.Quote(typ))), at)
		}
		// A date typed with another precision's datatype would change
		// meaning on the way back; EDTF fits every date.
		if d, err := diplo.ParseDate(value); err == nil && dt != dateEDTF && dt != dateType(d) {
			return p.fail(fmt.Errorf("%w: %s is not an %s", ErrJSONLD, strconv.Quote(check.Quote(value)), dateDatatypes[dt].compact), at)
		}
	}
	// The @value string as written: decoding gives value again.
	p.out = append(p.out, vo["@value"]...)
	return nil
}

// checkContext accepts the contexts of diplo JSON-LD: ContextURL, the
// context object, or an array of them.
func checkContext(raw json.RawMessage) error {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return fmt.Errorf("%w: %v", diplo.ErrJSON, err)
	}
	ok := knownContext(v)
	if arr, isArr := v.([]any); isArr {
		ok = len(arr) > 0
		for _, x := range arr {
			ok = ok && knownContext(x)
		}
	}
	if !ok {
		s := string(raw)
		if len(s) > diplo.MaxQuote {
			s = check.Quote(s)
		}
		return fmt.Errorf("%w: %s", ErrUnknownContext, s)
	}
	return nil
}

var decodedContext = sync.OnceValue(func() any {
	var v any
	if err := json.Unmarshal(contextObject, &v); err != nil {
		panic(err)
	}
	return v
})

func knownContext(v any) bool {
	if s, ok := v.(string); ok {
		return s == ContextURL
	}
	if m, ok := v.(map[string]any); ok {
		return reflect.DeepEqual(m, decodedContext())
	}
	return false
}
