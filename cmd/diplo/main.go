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
	"strings"

	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/schema"
)

const usage = `usage:
  diplo validate [-type TYPE] FILE...
  diplo schema [TYPE]
  diplo context
  diplo jsonld [-inline] FILE
  diplo rdf [-nodes] FILE
  diplo import [-nodes] [-skip-bad-rows] gdelt|icews|plover FILE
  diplo export cameo|gdelt|plover FILE
FILE may be - for standard input.
`

// errUsage marks errors that call for the usage text and exit status 2.
var errUsage = errors.New("usage")

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status.
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
		var invalid bool
		invalid, err = env.validate(rest)
		if err == nil && invalid {
			return 1
		}
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
	case "import":
		err = env.importCmd(rest)
	case "export":
		err = env.exportCmd(rest)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "diplo: unknown command %q\n", cmd)
		fmt.Fprint(stderr, usage)
		return 2
	}
	if err != nil {
		out.Flush()
		if errors.Is(err, errUsage) {
			fmt.Fprint(stderr, usage)
		} else {
			fmt.Fprintf(stderr, "diplo: %v\n", err)
		}
		return 2
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "diplo: %v\n", err)
		return 2
	}
	return 0
}

type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// open returns the contents of a file, or of standard input for "-".
func (e *env) read(name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(e.stdin)
	}
	return os.ReadFile(name)
}

// reader opens a file, or standard input for "-", for streaming.
func (e *env) reader(name string) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(e.stdin), nil
	}
	return os.Open(name)
}

// isJSONLD reports whether a document carries a top-level @context.
func isJSONLD(data []byte) bool {
	if !bytes.Contains(data, []byte("@context")) {
		return false // plain diplo JSON: no need to parse it here
	}
	var probe struct {
		Context json.RawMessage `json:"@context"`
	}
	return json.Unmarshal(data, &probe) == nil && len(probe.Context) > 0
}

// loadGraph decodes a graph from plain diplo JSON or from JSON-LD.
func loadGraph(data []byte) (*graph.Graph, error) {
	if isJSONLD(data) {
		g := new(graph.Graph)
		if err := schema.UnmarshalJSONLD(data, g); err != nil {
			return nil, err
		}
		return g, nil
	}
	return graph.Unmarshal(data)
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
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		return errUsage
	}
	data, err := e.read(fs.Arg(0))
	if err != nil {
		return err
	}
	g, err := loadGraph(data)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
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

func (e *env) rdf(args []string) error {
	fs := flag.NewFlagSet("rdf", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	nodes := fs.Bool("nodes", false, "read a stream of nodes, one JSON node per line, in constant memory")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		return errUsage
	}
	name := fs.Arg(0)
	if *nodes {
		f, err := e.reader(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r := graph.NewNodeReader(f, graph.DecodeOptions{Strict: true})
		for {
			n, err := r.Next()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			if err := schema.WriteNodeNQuads(e.stdout, n); err != nil {
				return fmt.Errorf("%s: line %d: %w", name, r.Line(), err)
			}
		}
	}
	data, err := e.read(name)
	if err != nil {
		return err
	}
	g, err := loadGraph(data)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return schema.WriteNQuads(e.stdout, g)
}
