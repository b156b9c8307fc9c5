package main

import (
	"bytes"
	bin "encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/bits"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/schema"
)

// validator is a node type the command can validate: its Go value and its
// compiled JSON Schema.
type validator interface{ Validate() error }

// newNode returns a fresh value of the document type typ: "graph" (or
// "diplo"), or a node type in lower case ("person").
func newNode(typ string) (validator, bool) {
	if typ == "graph" || typ == "diplo" {
		return new(graph.Graph), true
	}
	for _, t := range graph.NodeTypes() {
		if strings.ToLower(string(t)) == typ {
			return t.New(), true
		}
	}
	return nil, false
}

// schemas holds the schemas compiled so far, by document type. A schema
// is compiled when the first document that passes the limits needs it.
var schemas struct {
	sync.Mutex
	m map[string]*compiled
}

// compiled is the JSON Schema of a document type, ready to validate the
// elements of its top-level lists one at a time.
type compiled struct {
	// whole validates the document: the lists of items are emptied
	// before it does.
	whole *jsonschema.Schema
	// items validate the elements of the top-level lists, by member
	// name.
	items map[string]*jsonschema.Schema
}

// compiledSchema returns the compiled JSON Schema of typ.
func compiledSchema(typ string) (*compiled, error) {
	schemas.Lock()
	defer schemas.Unlock()
	if c, ok := schemas.m[typ]; ok {
		return c, nil
	}
	c, err := compileSchema(typ)
	if err != nil {
		return nil, err
	}
	if schemas.m == nil {
		schemas.m = map[string]*compiled{}
	}
	schemas.m[typ] = c
	return c, nil
}

// compileSchema compiles the JSON Schema of typ with no network access and
// the project's formats asserted. A top-level member whose schema is an
// array of items and nothing else (no minItems, uniqueItems...) gets the
// schema of its items, so that a list is checked one element at a time:
// checking it whole is the same, and costs memory for every element.
func compileSchema(typ string) (*compiled, error) {
	raw, err := schema.JSONSchema(typ)
	if err != nil {
		return nil, err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	var top struct {
		ID         string                                `json:"$id"`
		Properties map[string]map[string]json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(raw, &top); err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.UseLoader(offline{})
	c.AssertFormat()
	for _, name := range []string{"edtf", "iri"} {
		check, ok := schema.JSONSchemaFormat(name)
		if !ok {
			return nil, fmt.Errorf("no check for format %q", name)
		}
		c.RegisterFormat(&jsonschema.Format{Name: name, Validate: func(v any) error {
			s, ok := v.(string)
			if !ok {
				return nil
			}
			return check(s)
		}})
	}
	if err := c.AddResource(top.ID, doc); err != nil {
		return nil, err
	}
	whole, err := c.Compile(top.ID)
	if err != nil {
		return nil, err
	}
	out := &compiled{whole: whole, items: map[string]*jsonschema.Schema{}}
	for name, prop := range top.Properties {
		if !onlyItems(prop) {
			continue
		}
		items, err := c.Compile(top.ID + "#/properties/" + strings.NewReplacer("~", "~0", "/", "~1").Replace(name) + "/items")
		if err != nil {
			return nil, err
		}
		out.items[name] = items
	}
	return out, nil
}

// onlyItems reports whether the schema of a member says that it is an
// array of items and nothing more.
func onlyItems(prop map[string]json.RawMessage) bool {
	if string(prop["type"]) != `"array"` || prop["items"] == nil {
		return false
	}
	for k := range prop {
		switch k {
		case "type", "items", "description", "title", "$comment":
		default:
			return false
		}
	}
	return true
}

// offline refuses every URL: schemas are embedded and nothing is fetched.
type offline struct{}

func (offline) Load(url string) (any, error) {
	return nil, fmt.Errorf("not fetching %s: diplo works offline", url)
}

// validate checks each file and prints its problems. It returns an
// *invalidError when a file is invalid, and an error when a file cannot be
// read; it checks every file either way.
func (e *env) validate(args []string) error {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	typ := fs.String("type", "graph", "document type: "+strings.Join(schema.SchemaTypes(), ", "))
	var d docFlags
	d.limitFlags(fs)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageErrorf("missing FILE")
	}
	if _, ok := newNode(*typ); !ok {
		return usageErrorf("unknown type %q (types: %s)", *typ, strings.Join(schema.SchemaTypes(), ", "))
	}
	o, err := d.options()
	if err != nil {
		return err
	}
	o.Strict = true
	var unreadable, invalid bool
	for _, name := range fs.Args() {
		problems, err := e.validateFile(name, *typ, o)
		if err != nil {
			fmt.Fprintf(e.stderr, "diplo: %v\n", err)
			unreadable = true
			continue
		}
		if len(problems) > 0 {
			invalid = true
			printProblems(e.stdout, name+": ", problems)
		}
	}
	switch {
	case unreadable:
		return errPrinted
	case invalid:
		return &invalidError{name: "validate"} // the problems are printed
	}
	return nil
}

// validateFile reads and checks one document, and returns its problems,
// or an error if it cannot be read. The limits come first: nothing else,
// the JSON Schema validator included, reads a document that crosses them.
//
// A graph document in a file larger than diplo.DefaultMaxBytes is first
// read as a stream (streamFile): one that is the canonical encoding of a
// valid value is valid without ever being held whole.
func (e *env) validateFile(name, typ string, o diplo.DecodeOptions) ([]problem, error) {
	if streamFile(name, typ, o) {
		return nil, nil
	}
	tried, valid := e.mappedValid(name, typ, o)
	if valid {
		return nil, nil
	}
	data, err := e.readDoc(name, o.Limits.MaxBytes)
	if err != nil {
		if errors.Is(err, diplo.ErrLimit) {
			return fieldErrors(err), nil
		}
		return nil, err
	}
	// A plain document that is the canonical encoding of a valid value
	// is valid. canonicalValid checks the limits before it decodes
	// (diplo's decoding does), as checkDoc does, so that a document that
	// passes them is checked once; one that does not is found out, and
	// its problem reported, by checkDoc. A document that names a JSON-LD
	// context near its start is left to problems, which looks at it
	// after the limits.
	if !tried && !contextFirst(data) {
		tried = true
		node, _ := newNode(typ)
		if canonicalValid(data, node, o) {
			return nil, nil
		}
	}
	var inv *invalidError
	if err := checkDoc(name, data, o); errors.As(err, &inv) {
		return fieldErrors(inv.err), nil
	}
	sch, err := compiledSchema(typ)
	if err != nil {
		return nil, fmt.Errorf("compiling the %s schema: %w", typ, err)
	}
	found, more := problems(sch, typ, data, o, tried)
	if more {
		// The problems left uncounted.
		found = append(found, problem{path: moreProblems})
	}
	return found, nil
}

// contextHead is how much of the start of a document contextFirst
// searches.
const contextHead = 4096

// contextFirst reports whether the first contextHead bytes of data name
// "@context": the document is likely JSON-LD, whose context comes first,
// and is not worth trying as the canonical encoding of a value.
//
// The answer only saves work. A document that canonicalValid accepts is,
// but for white space, what diplo.Marshal writes, which has no member
// "@context" (isJSONLD is false for it), so trying it first, whatever it
// names and where, changes no verdict; a JSON-LD document that names its
// context later pays one decoding in vain.
func contextFirst(data []byte) bool {
	return bytes.Contains(data[:min(len(data), contextHead)], []byte("@context"))
}

// mappedValid tries canonicalValid on the document in the file name, or
// standard input for "-" when it is a regular file, mapped into memory
// rather than read (mapFile): reading copies the file into a buffer the
// runtime first clears, which took about a fifth of the command's
// processor time on a canonical document of 18 MB. tried says that
// canonicalValid ran, and valid what it answered. When tried is false (a
// file that is not regular or not mapped, over MaxBytes, changed in size
// since it was opened, likely JSON-LD, or that faulted), validateFile
// reads the document and goes on as if this had not been called: the
// mapping moves no file's offset, so standard input is then read from
// its start. Standard input found valid is left at its end, as reading
// it would.
//
// Nothing of the mapping outlives the call: the value decoded is
// dropped, and canonicalValid reports a bool. A file cut short while
// mapped makes reading a page past its new end fault; with
// debug.SetPanicOnFault that is a panic, recovered here, and the file is
// then read. Any other panic is recovered too: the document read will
// meet it again, and report it as before.
func (e *env) mappedValid(name, typ string, o diplo.DecodeOptions) (tried, valid bool) {
	if !mapFiles {
		return false, false
	}
	var f *os.File
	if name == "-" {
		in, ok := e.stdin.(*os.File)
		if !ok {
			return false, false
		}
		f = in
	} else {
		var err error
		if f, err = os.Open(name); err != nil {
			return false, false
		}
		defer f.Close()
	}
	size := regularSize(f)
	if size <= 0 || size > int64(o.Limits.Effective().MaxBytes) {
		return false, false
	}
	data, unmap, ok := mapFile(f, int(size))
	if !ok {
		return false, false
	}
	defer unmap()
	if fi, err := f.Stat(); err != nil || fi.Size() != size || contextFirst(data) {
		return false, false
	}
	tried, valid = guarded(func() bool {
		node, _ := newNode(typ)
		return canonicalValid(data, node, o)
	})
	if valid && name == "-" {
		// Where reading it would have left standard input: at its end,
		// for a "-" that comes again.
		if _, err := f.Seek(size, io.SeekStart); err != nil {
			return false, false
		}
	}
	if valid {
		mapped.Add(1)
	}
	return tried, valid
}

// mapFiles says whether mappedValid maps files; the tests turn it off to
// compare.
var mapFiles = true

// mapped counts the documents that mappedValid found valid, for the
// tests.
var mapped atomic.Int64

// guarded runs f with a fault on reading memory made a panic
// (debug.SetPanicOnFault), and recovers any panic: ran is false then.
func guarded(f func() bool) (ran, ok bool) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if recover() != nil {
			ran, ok = false, false
		}
	}()
	return true, f()
}

// problems returns the problems of one document, which passed the limits of
// o; more reports that the JSON Schema step stopped before the end, having
// found more than maxProblems. A plain JSON document that canonicalValid
// accepts has none (tried says that canonicalValid has already refused
// data). Any other is checked in full: the JSON Schema and the model
// (strict decoding and Validate) are both asked; where both find a
// problem at the same path, the model's message, which names the bad
// value, is kept.
func problems(sch *compiled, typ string, data []byte, o diplo.DecodeOptions, tried bool) (found []problem, more bool) {
	ld := isJSONLD(data)
	if !ld && !tried {
		node, _ := newNode(typ)
		if canonicalValid(data, node, o) {
			return nil, false
		}
	}
	node, _ := newNode(typ)
	plain := data
	if ld {
		// A JSON-LD document is read through the context, then checked in
		// its plain form, which is what the schema describes.
		if err := schema.DecodeJSONLD(data, node, o); err != nil {
			return fieldErrors(err), false
		}
		b, err := diplo.Marshal(node)
		if err != nil {
			return []problem{{path: "", msg: err.Error(), model: true}}, false
		}
		plain = b
	}
	found, more = schemaCheck(sch, plain, maxProblems+1)
	decoded := true
	if !ld {
		if err := o.Unmarshal(data, node); err != nil {
			found = append(found, fieldErrors(err)...)
			decoded = false
		}
	}
	if decoded {
		if err := node.Validate(); err != nil {
			found = append(found, fieldErrors(err)...)
		}
	}
	return found, more
}

// canonicalValid reports whether data, a plain JSON document, is within
// the limits of o and valid, schema and model, because it is the
// canonical encoding of a valid value: decoded into node, a new value
// (leniently: decoding in place, without the copy a strict decoder
// makes; diplo's decoding checks the limits before anything else reads
// data), node passes Validate, and schemaCannotObject holds. A canonical
// document has no member diplo does not define and no duplicate member
// (diplo.Marshal writes neither), so strict decoding gives the same
// value, with no error.
//
// The decoder reports the form of data as it decodes it
// (diplo.DecodeOptions.UnmarshalForm): when it vouches that data is the
// canonical encoding of node, data need not be encoded again, and its
// report of the strings "" and "und" stands for schemaMayObject's search
// (null, the third value that search finds, is not in a document the
// decoder vouches for: it leaves null to the library's decoder). When it
// cannot vouch, schemaCannotObject encodes node and compares, as before.
func canonicalValid(data []byte, node validator, o diplo.DecodeOptions) bool {
	o.Strict = false
	form, err := o.UnmarshalForm(data, node)
	if err != nil || node.Validate() != nil {
		return false
	}
	if form.Canonical {
		return !form.EmptyOrUnd
	}
	return schemaCannotObject(data, node)
}

// schemaRuns counts the runs of the JSON Schema step, for the tests.
var schemaRuns atomic.Int64

// schemaCannotObject reports whether the JSON Schema is sure to accept
// data, a document that strict decoding into node and node.Validate
// accepted: data is, but for whitespace between tokens, the bytes
// diplo.Marshal writes for node, and those bytes hold none of the values
// that only the schema refuses. node has passed strict decoding (or
// lenient decoding of a document that, being canonical, strict decoding
// accepts alike) and Validate.
//
// The schema and the model judge alike but for the rules listed as
// schema-only in the schema package's differential test
// (TestJSONSchemaDifferential): null values, member names in another case,
// "" for an optional value, codes in a form diplo does not write, a
// coordinate left out, a source language "und". Each of them is either a
// form of the input that diplo.Marshal does not write (a name's case, a
// code's form, a missing coordinate, which the model reads as 0 and
// diplo.Marshal writes), so that data is not its bytes, or a value that
// appears in its bytes (null, "", "und", in any case), which sends data
// to the schema. FuzzValidateSchemaSkip checks that the schema accepts
// every document this lets through.
func schemaCannotObject(data []byte, node validator) bool {
	if schemaMayObject(data) {
		return false
	}
	return canonicalEqual(data, node)
}

// canonicalEqual reports whether data is, but for whitespace between
// tokens, the bytes diplo.Marshal writes for node. A graph is encoded a
// node at a time, as diplo.Marshal lays out its lists, and compared as it
// goes, so that the comparison holds no second copy of a large document.
func canonicalEqual(data []byte, node validator) bool {
	c := codec.NewSpaceEqual(data)
	g, ok := node.(*graph.Graph)
	if !ok {
		b, err := diplo.Marshal(node)
		if err != nil {
			return false
		}
		c.FeedWhole(b)
		return c.End()
	}
	head, err := diplo.Marshal(&graph.Graph{ID: g.ID, Type: g.Type, Title: g.Title})
	if err != nil || len(head) < 2 || head[len(head)-1] != '}' {
		return false
	}
	c.FeedWhole(head[:len(head)-1])
	var last graph.NodeType
	var buf []byte
	for _, n := range g.Nodes() {
		if !c.OK() {
			return false
		}
		if t := graph.TypeOf(n); t != last {
			if last != "" {
				c.FeedWhole([]byte("]"))
			}
			name := t.List()
			if name == "" {
				return false
			}
			buf = append(append(append(buf[:0], `,"`...), name...), `":[`...)
			c.FeedWhole(buf)
			last = t
		} else {
			c.FeedWhole([]byte(","))
		}
		if buf, err = diplo.AppendJSON(buf[:0], n); err != nil {
			return false
		}
		c.FeedWhole(buf)
	}
	if last != "" {
		c.FeedWhole([]byte("]"))
	}
	c.FeedWhole([]byte("}"))
	return c.End()
}

// schemaMayObject reports whether data holds a value that only the JSON
// Schema refuses: null, "" or "und" in any case (see schemaCannotObject).
// It reads the bytes, not the values, so it also finds them in a longer
// string or a member name: it may send a document to the schema that
// need not go, never the other way.
//
// It makes one pass, eight bytes at a time, with the eight that follow
// in view: it marks in each byte whether it is a quotation mark, an 'n'
// or an 'l', and only where those marks fall as in "", "und" or null
// (a quotation mark four bytes after another, or an 'n' with 'l' two and
// three bytes after) are the bytes looked at one by one.
func schemaMayObject(data []byte) bool {
	i := 0
	if len(data) >= 16 {
		q, n, l := marks(bin.LittleEndian.Uint64(data))
		for ; i+16 <= len(data); i += 8 {
			q2, n2, l2 := marks(bin.LittleEndian.Uint64(data[i+8:]))
			// The marks of the next byte, and of the bytes 2, 3 and 4
			// further on, in the place of this one's.
			next := q>>8 | q2<<56
			far := q>>32 | q2<<32
			l2on, l3on := l>>16|l2<<48, l>>24|l2<<40
			for c := q&(next|far) | n&l2on&l3on; c != 0; c &= c - 1 {
				if mayObjectAt(data, i+bits.TrailingZeros64(c)>>3) {
					return true
				}
			}
			q, n, l = q2, n2, l2
		}
	}
	for ; i < len(data); i++ {
		if mayObjectAt(data, i) {
			return true
		}
	}
	return false
}

const (
	quoteBytes = 0x2222222222222222 // '"' in each byte
	nBytes     = 0x6e6e6e6e6e6e6e6e // 'n' in each byte
	lBytes     = 0x6c6c6c6c6c6c6c6c // 'l' in each byte
	low7       = 0x7f7f7f7f7f7f7f7f
)

// marks returns, for the eight bytes of w, the high bit of each byte set
// where it is a quotation mark (q), an 'n' (n) and an 'l' (l).
func marks(w uint64) (q, n, l uint64) {
	return zeroBytes(w ^ quoteBytes), zeroBytes(w ^ nBytes), zeroBytes(w ^ lBytes)
}

// zeroBytes returns w with the high bit of each byte set where that byte
// of w is zero, and every other bit clear (exact: no carry crosses
// bytes).
func zeroBytes(w uint64) uint64 {
	return ^((w&low7 + low7) | w | low7)
}

// mayObjectAt reports whether data at i begins null, "" or "und" in any
// case.
func mayObjectAt(data []byte, i int) bool {
	rest := data[i:]
	switch {
	case rest[0] == 'n':
		return len(rest) >= 4 && rest[1] == 'u' && rest[2] == 'l' && rest[3] == 'l'
	case rest[0] != '"' || len(rest) < 2:
		return false
	case rest[1] == '"':
		return true
	}
	return len(rest) >= 5 && rest[1]|0x20 == 'u' && rest[2]|0x20 == 'n' && rest[3]|0x20 == 'd' && rest[4] == '"'
}

// schemaCheck validates a document, which passed the limits, against the
// JSON Schema, and returns its problems, at most limit of them: more
// reports that it stopped there. The elements of the top-level lists are
// validated one at a time, and then the document without them.
//
// The validator is third-party code: a panic in it becomes a problem of
// the document rather than the end of the command.
func schemaCheck(c *compiled, data []byte, limit int) (found []problem, more bool) {
	schemaRuns.Add(1)
	defer func() {
		if r := recover(); r != nil {
			found, more = []problem{{msg: fmt.Sprintf("schema: the JSON Schema validator failed on this document: %v", r)}}, false
		}
	}()
	validate := func(sch *jsonschema.Schema, raw []byte, prefix string) bool {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			found = append(found, problem{path: prefix, msg: fmt.Sprintf("%v: %v", diplo.ErrJSON, err)})
		} else if err := sch.Validate(inst); err != nil {
			for _, p := range schemaProblems(err) {
				p.path = check.JoinPath(prefix, p.path)
				found = append(found, p)
			}
		}
		return len(found) < limit
	}
	// The document without its lists, and the elements one by one.
	skeleton := []byte{'{'}
	// The split reads the document as encoding/json did before: names
	// given twice and invalid UTF-8 are the schema's and the model's to
	// report, not the split's.
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '{' {
		validate(c.whole, data, "")
		return found, false
	}
	for dec.PeekKind() != '}' {
		tok, err := dec.ReadToken()
		if err != nil {
			validate(c.whole, data, "")
			return found, false
		}
		name := tok.String()
		if len(skeleton) > 1 {
			skeleton = append(skeleton, ',')
		}
		skeleton, _ = appendJSON(skeleton, name)
		skeleton = append(skeleton, ':')
		items := c.items[name]
		if items == nil || dec.PeekKind() != '[' {
			raw, err := dec.ReadValue()
			if err != nil {
				validate(c.whole, data, "")
				return found, false
			}
			skeleton = append(skeleton, raw...)
			continue
		}
		skeleton = append(skeleton, '[', ']')
		if _, err := dec.ReadToken(); err != nil { // [
			validate(c.whole, data, "")
			return found, false
		}
		for i := 0; dec.PeekKind() != ']'; i++ {
			raw, err := dec.ReadValue()
			if err != nil {
				validate(c.whole, data, "")
				return found, false
			}
			if !validate(items, raw, check.IndexPath(codec.Join("", name), i)) {
				return found, true
			}
		}
		if _, err := dec.ReadToken(); err != nil { // ]
			validate(c.whole, data, "")
			return found, false
		}
	}
	if _, err := dec.ReadToken(); err != nil { // }
		validate(c.whole, data, "")
		return found, false
	}
	skeleton = append(skeleton, '}')
	validate(c.whole, skeleton, "")
	return found, len(found) >= limit
}

// appendJSON appends v as JSON.
func appendJSON(b []byte, v any) ([]byte, error) {
	raw, err := json.Marshal(v)
	return append(b, raw...), err
}

// problem is one finding at a path; model findings win over schema ones.
type problem struct {
	path, msg string
	model     bool
	omitted   int // with path moreProblems: the errors the model did not list
}

// render keeps, per path, the model's findings if there are any and the
// schema's otherwise, and sorts them by path. The schema's findings are
// few (schemaCheck stops after maxProblems+1), so only their paths are
// looked up among the model's.
func render(ps []problem) []problem {
	schemaAt := map[string]bool{} // schema paths; true once the model has a finding there
	for _, p := range ps {
		if !p.model {
			schemaAt[p.path] = false
		}
	}
	if len(schemaAt) > 0 {
		for _, p := range ps {
			if _, ok := schemaAt[p.path]; ok && p.model {
				schemaAt[p.path] = true
			}
		}
	}
	kept := make([]problem, 0, len(ps))
	for _, p := range ps {
		if p.model || !schemaAt[p.path] {
			kept = append(kept, p)
		}
	}
	slices.SortFunc(kept, func(a, b problem) int {
		if c := check.ComparePaths(a.path, b.path); c != 0 {
			return c
		}
		if c := strings.Compare(a.msg, b.msg); c != 0 {
			return c
		}
		if a.model == b.model {
			return 0
		}
		if a.model {
			return -1
		}
		return 1
	})
	return slices.CompactFunc(kept, func(a, b problem) bool { return a.path == b.path && a.msg == b.msg })
}

// fieldErrors turns a diplo error into problems, one per field error.
func fieldErrors(err error) []problem {
	var es diplo.Errors
	if errors.As(err, &es) {
		out := make([]problem, 0, len(es))
		for _, e := range es {
			var cut *diplo.OmittedErrors
			if errors.As(e, &cut) {
				out = append(out, problem{path: moreProblems, omitted: cut.Count})
				continue
			}
			out = append(out, problem{path: e.Path, msg: e.Err.Error(), model: true})
		}
		return out
	}
	var fe *diplo.FieldError
	if errors.As(err, &fe) {
		return []problem{{path: fe.Path, msg: fe.Err.Error(), model: true}}
	}
	return []problem{{msg: err.Error(), model: true}}
}

func line(path, msg string) string {
	if path == "" {
		path = "(document)"
	}
	return path + ": " + msg
}

var printer = message.NewPrinter(language.English)

// schemaProblems turns a JSON Schema validation error into problems with
// diplo paths. The failed keywords under one value (the alternatives of a
// oneOf, say) become one problem.
func schemaProblems(err error) []problem {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return []problem{{msg: err.Error()}}
	}
	var leaves []*jsonschema.ValidationError
	var walk func(*jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			leaves = append(leaves, e)
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	byPath := map[string][]*jsonschema.ValidationError{}
	var order []string
	for _, l := range leaves {
		p := jsonPath(l.InstanceLocation)
		if _, ok := byPath[p]; !ok {
			order = append(order, p)
		}
		byPath[p] = append(byPath[p], l)
	}
	out := make([]problem, 0, len(order))
	for _, p := range order {
		ls := byPath[p]
		if len(ls) == 1 {
			if ap, ok := ls[0].ErrorKind.(*kind.AdditionalProperties); ok {
				// The validator lists them in the order of a Go map's
				// iteration, which changes from run to run.
				slices.Sort(ap.Properties)
			}
			kw := strings.Join(ls[0].ErrorKind.KeywordPath(), "/")
			out = append(out, problem{path: p, msg: "schema: " + kw + ": " + check.Quote(ls[0].ErrorKind.LocalizedString(printer))})
			continue
		}
		out = append(out, problem{path: p, msg: fmt.Sprintf("schema: the value matches none of the %d forms the schema allows", len(ls))})
	}
	return out
}

// jsonPath turns JSON Pointer tokens into a diplo path: events[0].kind.
func jsonPath(tokens []string) string {
	var b strings.Builder
	for _, t := range tokens {
		if _, err := strconv.Atoi(t); err == nil {
			b.WriteString("[" + t + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(t)
	}
	return b.String()
}
