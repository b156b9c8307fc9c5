package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/schema"
)

// validator is a node type the command can validate: its Go value and its
// compiled JSON Schema.
type validator interface{ Validate() error }

// newNode returns a fresh value of the document type typ.
func newNode(typ string) (validator, bool) {
	switch typ {
	case "graph", "diplo":
		return new(graph.Graph), true
	case "person":
		return new(actor.Person), true
	case "state":
		return new(actor.State), true
	case "organization":
		return new(actor.Organization), true
	case "office":
		return new(actor.Office), true
	case "tenure":
		return new(actor.Tenure), true
	case "delegation":
		return new(actor.Delegation), true
	case "event":
		return new(event.Event), true
	case "statement":
		return new(event.Statement), true
	case "accord":
		return new(accord.Accord), true
	case "source":
		return new(diplo.Source), true
	}
	return nil, false
}

// schemas holds the schemas compiled so far, by document type. A schema
// is compiled when the first document that passes the limits needs it.
var schemas struct {
	sync.Mutex
	m map[string]*jsonschema.Schema
}

// compiledSchema returns the compiled JSON Schema of typ.
func compiledSchema(typ string) (*jsonschema.Schema, error) {
	schemas.Lock()
	defer schemas.Unlock()
	if sch, ok := schemas.m[typ]; ok {
		return sch, nil
	}
	sch, err := compileSchema(typ)
	if err != nil {
		return nil, err
	}
	if schemas.m == nil {
		schemas.m = map[string]*jsonschema.Schema{}
	}
	schemas.m[typ] = sch
	return sch, nil
}

// compileSchema compiles the JSON Schema of typ with no network access and
// the project's formats asserted.
func compileSchema(typ string) (*jsonschema.Schema, error) {
	raw, err := schema.JSONSchema(typ)
	if err != nil {
		return nil, err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	var id struct {
		ID string `json:"$id"`
	}
	if err := json.Unmarshal(raw, &id); err != nil {
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
	if err := c.AddResource(id.ID, doc); err != nil {
		return nil, err
	}
	return c.Compile(id.ID)
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
	fs.SetOutput(e.stderr)
	typ := fs.String("type", "graph", "document type: "+strings.Join(schema.SchemaTypes(), ", "))
	var d docFlags
	d.limitFlags(fs)
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		return errUsage
	}
	if _, ok := newNode(*typ); !ok {
		return fmt.Errorf("unknown type %q (types: %s)", *typ, strings.Join(schema.SchemaTypes(), ", "))
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
func (e *env) validateFile(name, typ string, o diplo.DecodeOptions) ([]problem, error) {
	data, err := e.readDoc(name, o.Limits.MaxBytes)
	if err != nil {
		if errors.Is(err, diplo.ErrLimit) {
			return fieldErrors(err), nil
		}
		return nil, err
	}
	var inv *invalidError
	if err := checkDoc(name, data, o); errors.As(err, &inv) {
		return fieldErrors(inv.err), nil
	}
	sch, err := compiledSchema(typ)
	if err != nil {
		return nil, fmt.Errorf("compiling the %s schema: %w", typ, err)
	}
	return check(sch, typ, data, o), nil
}

// check returns the problems of one document, which passed the limits of
// o. The JSON Schema and the model are both asked; where both find a
// problem at the same path, the model's message, which names the bad
// value, is kept.
func check(sch *jsonschema.Schema, typ string, data []byte, o diplo.DecodeOptions) []problem {
	node, _ := newNode(typ)
	plain := data
	ld := isJSONLD(data)
	if ld {
		// A JSON-LD document is read through the context, then checked in
		// its plain form, which is what the schema describes.
		if err := schema.UnmarshalJSONLDStrict(data, node); err != nil {
			return fieldErrors(err)
		}
		b, err := diplo.Marshal(node)
		if err != nil {
			return []problem{{"", err.Error(), true}}
		}
		plain = b
	}
	found := schemaCheck(sch, plain)
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
	return found
}

// schemaCheck validates a document against the JSON Schema. The validator
// is third-party code: a panic in it becomes a problem of the document
// rather than the end of the command.
func schemaCheck(sch *jsonschema.Schema, data []byte) (found []problem) {
	defer func() {
		if r := recover(); r != nil {
			found = []problem{{"", fmt.Sprintf("schema: the JSON Schema validator failed on this document: %v", r), false}}
		}
	}()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return []problem{{"", fmt.Sprintf("%v: %v", diplo.ErrJSON, err), false}}
	}
	if err := sch.Validate(inst); err != nil {
		return schemaProblems(err)
	}
	return nil
}

// problem is one finding at a path; model findings win over schema ones.
type problem struct {
	path, msg string
	model     bool
}

// render keeps, per path, the model's findings if there are any and the
// schema's otherwise, and formats them sorted by path.
func render(ps []problem) []string {
	byModel := map[string]bool{}
	for _, p := range ps {
		if p.model {
			byModel[p.path] = true
		}
	}
	var kept []problem
	for _, p := range ps {
		if p.model || !byModel[p.path] {
			kept = append(kept, p)
		}
	}
	slices.SortStableFunc(kept, func(a, b problem) int {
		if c := diplo.ComparePaths(a.path, b.path); c != 0 {
			return c
		}
		return strings.Compare(a.msg, b.msg)
	})
	kept = slices.Compact(kept)
	out := make([]string, len(kept))
	for i, p := range kept {
		out[i] = line(p.path, p.msg)
	}
	return out
}

// fieldErrors turns a diplo error into problems, one per field error.
func fieldErrors(err error) []problem {
	var es diplo.Errors
	if errors.As(err, &es) {
		out := make([]problem, len(es))
		for i, e := range es {
			out[i] = problem{e.Path, e.Err.Error(), true}
		}
		return out
	}
	var fe *diplo.FieldError
	if errors.As(err, &fe) {
		return []problem{{fe.Path, fe.Err.Error(), true}}
	}
	return []problem{{"", err.Error(), true}}
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
		return []problem{{"", err.Error(), false}}
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
			kw := strings.Join(ls[0].ErrorKind.KeywordPath(), "/")
			out = append(out, problem{p, "schema: " + kw + ": " + diplo.Quote(ls[0].ErrorKind.LocalizedString(printer)), false})
			continue
		}
		out = append(out, problem{p, fmt.Sprintf("schema: the value matches none of the %d forms the schema allows", len(ls)), false})
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
