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

// validate checks each file and prints its problems; invalid reports
// whether any file was invalid.
func (e *env) validate(args []string) (invalid bool, err error) {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	typ := fs.String("type", "graph", "document type: "+strings.Join(schema.SchemaTypes(), ", "))
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		return false, errUsage
	}
	if _, ok := newNode(*typ); !ok {
		return false, fmt.Errorf("unknown type %q (types: %s)", *typ, strings.Join(schema.SchemaTypes(), ", "))
	}
	sch, err := compileSchema(*typ)
	if err != nil {
		return false, fmt.Errorf("compiling the %s schema: %w", *typ, err)
	}
	for _, name := range fs.Args() {
		data, err := e.read(name)
		if err != nil {
			return invalid, err
		}
		problems := check(sch, *typ, data)
		for _, p := range problems {
			fmt.Fprintf(e.stdout, "%s: %s\n", name, p)
		}
		if len(problems) > 0 {
			invalid = true
		}
	}
	return invalid, nil
}

// check returns the problems of one document, one line per path, as
// "path: message", sorted by path. The JSON Schema and the model are both
// asked; where both find a problem at the same path, the model's message,
// which names the bad value, is kept.
func check(sch *jsonschema.Schema, typ string, data []byte) []string {
	node, _ := newNode(typ)
	plain := data
	ld := isJSONLD(data)
	if ld {
		// A JSON-LD document is read through the context, then checked in
		// its plain form, which is what the schema describes.
		if err := schema.UnmarshalJSONLDStrict(data, node); err != nil {
			return render(fieldErrors(err))
		}
		b, err := diplo.Marshal(node)
		if err != nil {
			return []string{line("", err.Error())}
		}
		plain = b
	}
	var found []problem
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(plain))
	if err != nil {
		return render(fieldErrors(&diplo.FieldError{Err: fmt.Errorf("%w: %v", diplo.ErrJSON, err)}))
	}
	if err := sch.Validate(inst); err != nil {
		found = append(found, schemaProblems(err)...)
	}
	decoded := true
	if !ld {
		if err := (diplo.DecodeOptions{Strict: true}).Unmarshal(data, node); err != nil {
			found = append(found, fieldErrors(err)...)
			decoded = false
		}
	}
	if decoded {
		if err := node.Validate(); err != nil {
			found = append(found, fieldErrors(err)...)
		}
	}
	return render(found)
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
