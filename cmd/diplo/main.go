package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/schema"
)

const usage = `usage:
  diplo validate [-type TYPE] [-max-bytes N] [-max-objects N] FILE...
  diplo schema [TYPE]
  diplo context
  diplo jsonld [-inline] [-lenient] [-no-validate] [-max-bytes N] [-max-objects N] FILE
  diplo rdf [-nodes] [-lenient] [-no-validate] [-max-bytes N] [-max-objects N] FILE
  diplo json [-lenient] [-no-validate] [-max-bytes N] [-max-objects N] FILE
  diplo import [-nodes] [-skip-bad-rows] gdelt|icews|plover FILE
  diplo export [-lenient] [-no-validate] [-max-bytes N] [-max-objects N] cameo|gdelt|plover FILE
  diplo version
  diplo help
FILE may be - for standard input. Run "go doc github.com/diplo-go/diplo/cmd/diplo"
for the flags and the exit status.
`

// errUsage marks errors that call for the usage text and exit status 2.
var errUsage = errors.New("usage")

// errPrinted marks a failure, exit status 2, whose message is printed
// already.
var errPrinted = errors.New("failed")

// maxProblems is the most problems printed for one document; the others
// are counted on one more line.
const maxProblems = 100

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status: 0 on
// success, 1 when a document is invalid, 2 on a usage error or a failure
// to read or write.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	env := &env{stdin: stdin, stdout: out, stderr: stderr}
	var err error
	switch cmd, rest := args[0], args[1:]; cmd {
	case "validate":
		err = env.validate(rest)
	case "schema":
		err = env.schema(rest)
	case "context":
		if len(rest) != 0 {
			err = errUsage
			break
		}
		_, err = out.Write(schema.Context())
	case "jsonld":
		err = env.jsonld(rest)
	case "rdf":
		err = env.rdf(rest)
	case "json":
		err = env.jsonCmd(rest)
	case "import":
		err = env.importCmd(rest)
	case "export":
		err = env.exportCmd(rest)
	case "version", "-version", "--version":
		if len(rest) != 0 {
			err = errUsage
			break
		}
		fmt.Fprintln(out, "diplo", version())
	case "help", "-h", "-help", "--help":
		if len(rest) != 0 {
			fmt.Fprintf(stderr, "diplo: help takes no arguments\n")
			fmt.Fprint(stderr, usage)
			return 2
		}
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "diplo: unknown command %q\n", cmd)
		fmt.Fprint(stderr, usage)
		return 2
	}
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	var inv *invalidError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		if msg := strings.TrimPrefix(err.Error(), errUsage.Error()+": "); msg != errUsage.Error() {
			fmt.Fprintf(stderr, "diplo: %s\n", msg)
		}
		fmt.Fprint(stderr, usage)
	case errors.Is(err, errPrinted):
	case errors.As(err, &inv):
		if inv.err != nil {
			printProblems(stderr, "diplo: "+inv.name+": ", fieldErrors(inv.err))
		}
		return 1
	default:
		fmt.Fprintf(stderr, "diplo: %v\n", err)
	}
	return 2
}

// version returns the module version the command was built from, or
// "(devel)" for a build from a work tree.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

// invalidError is a document that is not valid (exit status 1), as
// opposed to a file that cannot be read (exit status 2). Its problems,
// if err is set, are printed one per line, prefixed with the file name.
type invalidError struct {
	name string
	err  error // nil when the problems were printed already
}

func (e *invalidError) Error() string {
	if e.err == nil {
		return e.name + ": invalid"
	}
	return e.name + ": " + e.err.Error()
}

type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// docFlags are the flags of the commands that read diplo documents.
type docFlags struct {
	maxBytes, maxObjects int
	// lenient and noValidate are the opt-outs of the conversion commands.
	lenient, noValidate bool
}

// limitFlags defines the limit flags on fs.
func (d *docFlags) limitFlags(fs *flag.FlagSet) {
	fs.IntVar(&d.maxBytes, "max-bytes", diplo.DefaultMaxBytes, "read at most `N` bytes of a document (of a line with -nodes)")
	fs.IntVar(&d.maxObjects, "max-objects", diplo.DefaultMaxObjects, "accept at most `N` JSON objects in a document")
}

// convertFlags defines the limit flags and the opt-outs on fs.
func (d *docFlags) convertFlags(fs *flag.FlagSet) {
	d.limitFlags(fs)
	fs.BoolVar(&d.lenient, "lenient", false, "ignore object members that diplo does not define, instead of failing")
	fs.BoolVar(&d.noValidate, "no-validate", false, "convert without checking the rules of the model (references, dates in order...)")
}

// options returns the decoding options the flags ask for, or a usage
// error for a limit that is not positive.
func (d *docFlags) options() (diplo.DecodeOptions, error) {
	if d.maxBytes <= 0 || d.maxObjects <= 0 {
		return diplo.DecodeOptions{}, fmt.Errorf("%w: -max-bytes and -max-objects must be positive", errUsage)
	}
	return diplo.DecodeOptions{
		Strict:    !d.lenient,
		MaxErrors: maxProblems + 1,
		Limits:    diplo.Limits{MaxBytes: d.maxBytes, MaxObjects: d.maxObjects},
	}, nil
}

// open opens a file, or standard input for "-". size is the length of a
// regular file, and -1 otherwise.
func (e *env) open(name string) (r io.ReadCloser, size int64, err error) {
	size = -1
	if name == "-" {
		// Standard input redirected from a file has a length too.
		if f, ok := e.stdin.(*os.File); ok {
			size = regularSize(f)
		}
		return io.NopCloser(e.stdin), size, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, err
	}
	return f, regularSize(f), nil
}

// regularSize returns the length of f if it is a regular file, read from
// its start, and -1 otherwise.
func regularSize(f *os.File) int64 {
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return -1
	}
	if pos, err := f.Seek(0, io.SeekCurrent); err == nil && pos == 0 {
		return fi.Size()
	}
	return -1
}

// reader opens a file, or standard input for "-", for streaming.
func (e *env) reader(name string) (io.ReadCloser, error) {
	r, _, err := e.open(name)
	return r, err
}

// readDoc reads the document in the file name, or standard input for "-",
// reading at most max+1 bytes of it. A document longer than max bytes
// gives a *diplo.FieldError wrapping diplo.ErrLimit; a regular file that
// is too long is not read at all. Other errors are those of reading.
func (e *env) readDoc(name string, max int) ([]byte, error) {
	f, size, err := e.open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if size > int64(max) {
		return nil, &diplo.FieldError{Err: fmt.Errorf("%w: document of %d bytes exceeds MaxBytes %d", diplo.ErrLimit, size, max)}
	}
	var data []byte
	if size >= 0 {
		// A regular file is read into a buffer of its length, which
		// reading into a growing buffer would double.
		data, err = readSized(f, int(size), max)
	} else {
		data, err = diplo.DecodeOptions{Limits: diplo.Limits{MaxBytes: max}}.Read(f)
	}
	var fe *diplo.FieldError
	if err != nil && !errors.As(err, &fe) {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return data, err
}

// readSized reads r, a file of size bytes at most max, to its end: into a
// buffer of size bytes, then, if the file has grown since, what follows,
// within max bytes in all.
func readSized(r io.Reader, size, max int) ([]byte, error) {
	data := make([]byte, size)
	n, err := io.ReadFull(r, data)
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return data[:n], nil // the file has shrunk
	}
	if err != nil {
		return nil, err
	}
	var one [1]byte
	if _, err := io.ReadFull(r, one[:]); err == io.EOF {
		return data, nil
	} else if err != nil {
		return nil, err
	}
	if size >= max {
		return nil, &diplo.FieldError{Err: fmt.Errorf("%w: document of more than %d bytes exceeds MaxBytes %d", diplo.ErrLimit, max, max)}
	}
	// Up to max bytes in all, and one more to tell that there are more.
	room := max - size - 1
	rest, err := io.ReadAll(io.LimitReader(r, int64(room)+1))
	if err != nil {
		return nil, err
	}
	if len(rest) > room {
		return nil, &diplo.FieldError{Err: fmt.Errorf("%w: document of more than %d bytes exceeds MaxBytes %d", diplo.ErrLimit, max, max)}
	}
	return append(append(data, one[0]), rest...), nil
}

// checkDoc applies the limits of o to data, the document name, and checks
// that it is a JSON object, before anything else reads it. It returns nil
// or an *invalidError.
func checkDoc(name string, data []byte, o diplo.DecodeOptions) error {
	if err := o.Check(data); err != nil {
		return &invalidError{name: name, err: err}
	}
	if i := bytes.IndexFunc(data, func(r rune) bool { return !isSpace(r) }); i < 0 || data[i] != '{' {
		return &invalidError{name: name, err: &diplo.FieldError{Err: fmt.Errorf("%w: the document is %s, not a JSON object", diplo.ErrJSON, jsonKind(data[max(i, 0):]))}}
	}
	return nil
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// jsonKind names the kind of the JSON value data starts with.
func jsonKind(data []byte) string {
	if len(data) == 0 {
		return "empty"
	}
	switch data[0] {
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// loadGraph reads the graph in the file name, plain diplo JSON or
// JSON-LD: limits first, then decoding as o says, then, unless
// noValidate, the rules of the model. An invalid document gives an
// *invalidError.
func (e *env) loadGraph(name string, o diplo.DecodeOptions, noValidate bool) (*graph.Graph, error) {
	data, err := e.readDoc(name, o.Limits.MaxBytes)
	if err != nil {
		if errors.Is(err, diplo.ErrLimit) {
			return nil, &invalidError{name: name, err: err}
		}
		return nil, err
	}
	if err := checkDoc(name, data, o); err != nil {
		return nil, err
	}
	g := new(graph.Graph)
	if isJSONLD(data) {
		err = schema.DecodeJSONLD(o, data, g)
	} else {
		err = o.Unmarshal(data, g)
	}
	if err == nil && !noValidate {
		err = g.Validate()
	}
	if err != nil {
		return nil, &invalidError{name: name, err: err}
	}
	return g, nil
}

// isJSONLD reports whether a document, which passed the limits, carries a
// top-level @context.
func isJSONLD(data []byte) bool {
	if !bytes.Contains(data, []byte("@context")) {
		return false // plain diplo JSON: no need to parse it here
	}
	var probe struct {
		Context json.RawMessage `json:"@context"`
	}
	return json.Unmarshal(data, &probe) == nil && len(probe.Context) > 0
}

// moreProblems, as the path of a problem, marks a list of problems that
// stops short: with omitted 0, the JSON Schema step found more than
// maxProblems and stopped; otherwise the model's error list was cut at
// diplo.MaxErrors and omitted is the number of errors it did not list.
const moreProblems = "\x00more"

// printProblems prints problems, sorted, one per line after prefix, at
// most maxProblems of them, and then how many more there are.
func printProblems(w io.Writer, prefix string, ps []problem) {
	atLeast, omitted := "", 0
	rest := make([]problem, 0, len(ps))
	for _, p := range ps {
		switch {
		case p.path != moreProblems:
			rest = append(rest, p)
		case p.omitted == 0:
			atLeast = "at least "
		default:
			omitted += p.omitted
		}
	}
	kept := render(rest)
	for i, p := range kept {
		if i == maxProblems {
			break
		}
		fmt.Fprintf(w, "%s%s\n", prefix, line(p.path, p.msg))
	}
	if more := max(len(kept)-maxProblems, 0) + omitted; more > 0 {
		fmt.Fprintf(w, "%s... and %s%d more problems\n", prefix, atLeast, more)
	}
}

func (e *env) schema(args []string) error {
	typ := "diplo"
	switch len(args) {
	case 0:
	case 1:
		typ = args[0]
	default:
		return errUsage
	}
	b, err := schema.JSONSchema(typ)
	if err != nil {
		return fmt.Errorf("%w (types: %s)", err, strings.Join(schema.SchemaTypes(), ", "))
	}
	_, err = e.stdout.Write(b)
	return err
}

func (e *env) jsonld(args []string) error {
	fs := flag.NewFlagSet("jsonld", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	inline := fs.Bool("inline", false, "embed the context instead of referring to it")
	var d docFlags
	d.convertFlags(fs)
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		return errUsage
	}
	o, err := d.options()
	if err != nil {
		return err
	}
	g, err := e.loadGraph(fs.Arg(0), o, d.noValidate)
	if err != nil {
		return err
	}
	opts := []schema.JSONLDOption{schema.WithIndent("", "  ")}
	if *inline {
		opts = append(opts, schema.WithInlineContext())
	}
	b, err := schema.MarshalJSONLD(g, opts...)
	if err != nil {
		return err
	}
	if _, err := e.stdout.Write(b); err != nil {
		return err
	}
	if !bytes.HasSuffix(b, []byte("\n")) {
		_, err = io.WriteString(e.stdout, "\n")
	}
	return err
}

// jsonCmd prints a graph read from JSON-LD (compacted with the diplo
// context, expanded or flattened) or plain JSON as plain diplo JSON.
func (e *env) jsonCmd(args []string) error {
	fs := flag.NewFlagSet("json", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var d docFlags
	d.convertFlags(fs)
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		return errUsage
	}
	o, err := d.options()
	if err != nil {
		return err
	}
	name := fs.Arg(0)
	data, err := e.readDoc(name, o.Limits.MaxBytes)
	if err != nil {
		if errors.Is(err, diplo.ErrLimit) {
			return &invalidError{name: name, err: err}
		}
		return err
	}
	// Expanded and flattened JSON-LD may be an array: no object check.
	g := new(graph.Graph)
	err = schema.DecodeJSONLD(o, data, g)
	if err == nil && !d.noValidate {
		err = g.Validate()
	}
	if err != nil {
		return &invalidError{name: name, err: err}
	}
	b, err := diplo.MarshalIndent(g, "", "  ")
	if err != nil {
		return err
	}
	_, err = e.stdout.Write(append(b, '\n'))
	return err
}

// nquadsBuffer is the size of the buffer rdf -nodes writes N-Quads
// through: at least that of the buffer schema.WriteNodeNQuads would
// otherwise allocate for each node (32 KiB).
const nquadsBuffer = 64 << 10

func (e *env) rdf(args []string) error {
	fs := flag.NewFlagSet("rdf", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	nodes := fs.Bool("nodes", false, "read a stream of nodes, one JSON node per line, in constant memory")
	var d docFlags
	d.convertFlags(fs)
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		return errUsage
	}
	o, err := d.options()
	if err != nil {
		return err
	}
	name := fs.Arg(0)
	if *nodes {
		f, err := e.reader(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r := graph.NewNodeReader(f, o)
		// One buffer for every node: schema.WriteNodeNQuads writes
		// through a bufio.Writer that is at least 32 KiB, and a writer
		// of that size or more is used as it is rather than given a
		// buffer of its own for each node.
		nq := bufio.NewWriterSize(e.stdout, nquadsBuffer)
		for {
			n, err := r.Next()
			if err == io.EOF {
				return nil
			}
			var le *graph.LineError
			if err == nil && !d.noValidate {
				if verr := n.Validate(); verr != nil {
					err = &graph.LineError{Line: r.Line(), Err: verr}
				}
			}
			if errors.As(err, &le) {
				return &invalidError{name: fmt.Sprintf("%s: line %d", name, le.Line), err: le.Err}
			}
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			if err := schema.WriteNodeNQuads(nq, n); err != nil {
				return fmt.Errorf("%s: line %d: %w", name, r.Line(), err)
			}
		}
	}
	g, err := e.loadGraph(name, o, d.noValidate)
	if err != nil {
		return err
	}
	return schema.WriteNQuads(e.stdout, g)
}
