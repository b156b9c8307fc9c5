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
	"time"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/schema"
)

// wantArgs checks that the arguments left after the flags of fs are
// those names, and gives a usage error naming the first one missing or
// the first one too many.
func wantArgs(fs *flag.FlagSet, names ...string) error {
	if fs.NArg() < len(names) {
		return usageErrorf("missing %s", names[fs.NArg()])
	}
	if fs.NArg() > len(names) {
		return usageErrorf("unexpected argument %q", fs.Arg(len(names)))
	}
	return nil
}

// subcommand is one command of diplo: its name, its arguments after the flags,
// what it does in one line, and, for the help, how many leading
// arguments come before the files (the format of import and export).
type subcommand struct {
	name, args, summary string
	// note, if set, is a paragraph of the help after the summary.
	note string
	lead int
	run  func(*env, []string) error
}

// commands lists the subcommands in the order the help gives them. help
// is run by run itself. It is set by init, since the commands look
// themselves up in it.
var commands []subcommand

func init() {
	commands = []subcommand{
		{name: "validate", args: "FILE...", summary: "check files against the JSON Schema and the model's rules", run: (*env).validate},
		{name: "schema", args: "[TYPE]", summary: "print a JSON Schema (default: the graph document)", lead: 1, run: (*env).schema},
		{name: "context", summary: "print the JSON-LD context", run: (*env).context},
		{name: "jsonld", args: "FILE", summary: "print a graph as JSON-LD", run: (*env).jsonld},
		{name: "rdf", args: "FILE", summary: "print a graph, or a stream of nodes, as N-Quads", run: (*env).rdf},
		{name: "json", args: "FILE", summary: "print a graph read from JSON-LD (compacted, expanded or flattened) as plain JSON", run: (*env).jsonCmd},
		{name: "import", args: "gdelt|icews|plover FILE", summary: "turn event-data records into a diplo graph (JSON)", lead: 1, run: (*env).importCmd,
			note: "The counts (records read, lifted, skipped by reason) go to standard error\nat the end, and the progress while it runs when standard error is a terminal."},
		{name: "export", args: "cameo|gdelt|plover FILE | tables FILE DIR", summary: "turn a diplo graph into coded event-data records, or into tables", lead: 1, run: (*env).exportCmd,
			note: "When standard error is a terminal, it shows the progress while export runs\nand the counts at the end.\n\ntables writes one CSV or Parquet file per table of the graph (see the\npackage tables) and dyads, the dyad-period table, into DIR, which it\ncreates; it refuses to overwrite a file without -force."},
		{name: "holder", args: "-on DATE -f FILE OFFICE", summary: "print who held an office on a date", note: holderNote, run: (*env).holder},
		{name: "merge", args: "FILE...", summary: "merge records of the same facts from several sources into one", run: (*env).mergeCmd, note: mergeNote},
		{name: "network", args: "FILE...", summary: "print the network of the actors of records as GEXF, GraphML or JSON", run: (*env).networkCmd,
			note: "Nodes are the actors; edges link two actors that met, signed the same accord,\nvoted alike or expelled one another, with the events behind each link.\nRecords given together are put end to end: an event in two counts once."},
		{name: "status", args: "-on DATE -f FILE ACCORD [PARTY]", summary: "print the status of an accord, and of its parties, on a date", note: statusNote, run: (*env).status},
		{name: "timeline", args: "[-from DATE] [-to DATE] [-kind KIND] -f FILE ACTOR [ACTOR]", summary: "print the events of an actor, or of two together, in time order", note: timelineNote, run: (*env).timeline},
		{name: "version", summary: "print the module version and VCS revision (also -version)", run: (*env).versionCmd},
		{name: "view", args: "RECORD...", summary: "write one HTML page showing records (timeline, accords, actors, statements)", run: (*env).viewCmd,
			note: "With -svg, it writes the timeline or the accords' lifecycles of one record\nas an SVG document. The page loads nothing and runs only its own script."},
		{name: "help", args: "[COMMAND]", summary: "print this help, or a command's (also -h, -help)"},
	}
}

// lookup returns the command called name.
func lookup(name string) (subcommand, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return subcommand{}, false
}

// exportFormats and importFormats are the formats export and import take.
var (
	exportFormats = []string{"cameo", "gdelt", "plover"}
	importFormats = []string{"gdelt", "icews", "plover"}
)

// help writes the overall help to w.
func help(w io.Writer) {
	var b strings.Builder
	b.WriteString("Diplo validates, converts and inspects diplo records.\n\nusage: diplo COMMAND [flags] [arguments]\n\ncommands:\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-9s %s\n", c.name, c.summary)
	}
	b.WriteString(`
FILE may be - for standard input. Flags go before the other arguments.
Run 'diplo help COMMAND' for the flags of a command.

exit status:
  0  success
  1  a document is invalid (its problems are printed)
  2  a usage error, a file that cannot be read (even if others are invalid),
     a row import cannot read, or output that cannot be written

node types:
`)
	for _, t := range graph.NodeTypes() {
		fmt.Fprintf(&b, "  %s\n", t)
	}
	io.WriteString(w, b.String())
}

// errHelp marks a command whose help was printed on request: exit status 0.
var errHelp = errors.New("help printed")

// usageErrorf returns a usage error with a message.
func usageErrorf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

// parse parses the flags of the command fs names from args. -h and -help
// print the command's help to standard output and give errHelp; a flag
// that is not defined, or a flag after the first argument that is not
// one (which the flag package would take for an argument), gives a usage
// error naming it.
func (e *env) parse(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		commandHelp(e.stdout, fs)
		return errHelp
	}
	if err != nil {
		return usageErrorf("%v", err)
	}
	if k := len(args) - fs.NArg(); k > 0 && args[k-1] == "--" {
		return nil // what follows -- is arguments, whatever they look like
	}
	c, _ := lookup(fs.Name())
	for i, a := range fs.Args() {
		if len(a) < 2 || a[0] != '-' {
			continue
		}
		name, _, _ := strings.Cut(a, "=")
		if name == "-h" || name == "-help" || name == "--help" {
			commandHelp(e.stdout, fs) // asked for after the arguments
			return errHelp
		}
		if fs.Lookup(strings.TrimLeft(name, "-")) == nil {
			return usageErrorf("flag provided but not defined: %s", name)
		}
		if i > c.lead {
			return usageErrorf("flag %s after the file name; flags go before files", name)
		}
		return usageErrorf("flag %s after %s; flags go before it", name, fs.Arg(0))
	}
	return nil
}

// commandHelp writes the help of the command fs names, with its flags,
// to w.
func commandHelp(w io.Writer, fs *flag.FlagSet) {
	c, _ := lookup(fs.Name())
	var b strings.Builder
	fmt.Fprintf(&b, "usage: diplo %s", c.name)
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		b.WriteString(" [flags]")
	}
	if c.args != "" {
		b.WriteString(" " + c.args)
	}
	fmt.Fprintf(&b, "\n\n%s%s.\n", strings.ToUpper(c.summary[:1]), c.summary[1:])
	if strings.Contains(c.args, "FILE") {
		b.WriteString("FILE may be - for standard input.\n")
	}
	if c.note != "" {
		b.WriteString("\n" + c.note + "\n")
	}
	if n > 0 {
		b.WriteString("\nflags:\n")
		fs.SetOutput(&b)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	io.WriteString(w, b.String())
}

// errUsage marks errors that call for a hint at the help and exit status
// 2.
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
	return runEnv(env{stdin: stdin, stdout: stdout, stderr: stderr}, args)
}

// runEnv is run with the standard streams, the test of a terminal and
// the clock of e.
func runEnv(e env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	if len(args) == 0 {
		help(stderr)
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	env := &e
	env.stdout = out
	name, rest := args[0], args[1:]
	var err error
	switch name {
	case "-version", "--version":
		name = "version"
	case "-h", "-help", "--help":
		name = "help"
	}
	hint := "run 'diplo help " + name + "' for usage"
	if c, ok := lookup(name); ok && c.run != nil {
		err = c.run(env, rest)
	} else if ok {
		err = env.help(rest)
		hint = "run 'diplo help' for usage"
	} else {
		err = usageErrorf("unknown command %q", name)
		hint = "run 'diplo help' for usage"
	}
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	var inv *invalidError
	switch {
	case err == nil, errors.Is(err, errHelp):
		return 0
	case errors.Is(err, errUsage):
		msg := strings.TrimPrefix(err.Error(), errUsage.Error()+": ")
		if msg == errUsage.Error() {
			msg = "wrong arguments"
		}
		prefix := "diplo " + name
		if _, ok := lookup(name); !ok {
			prefix = "diplo"
		}
		fmt.Fprintf(stderr, "%s: %s\n%s\n", prefix, msg, hint)
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

// help prints the overall help, or, given the name of a command, its
// help.
func (e *env) help(args []string) error {
	fs := flag.NewFlagSet("help", flag.ContinueOnError)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	switch fs.NArg() {
	case 0:
		help(e.stdout)
		return nil
	case 1:
	default:
		return usageErrorf("too many arguments: help takes one command")
	}
	c, ok := lookup(fs.Arg(0))
	if !ok {
		return usageErrorf("unknown command %q", fs.Arg(0))
	}
	if c.run == nil {
		commandHelp(e.stdout, fs)
		return nil
	}
	return c.run(e, []string{"-h"})
}

// context prints the JSON-LD context.
func (e *env) context(args []string) error {
	fs := flag.NewFlagSet("context", flag.ContinueOnError)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageErrorf("unexpected argument %q", fs.Arg(0))
	}
	_, err := e.stdout.Write(schema.Context())
	return err
}

// versionCmd prints the version.
func (e *env) versionCmd(args []string) error {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageErrorf("unexpected argument %q", fs.Arg(0))
	}
	_, err := fmt.Fprintln(e.stdout, "diplo", version())
	return err
}

// version returns the module version the command was built from,
// "(devel)" for a build from a work tree, followed by the VCS revision
// and "dirty" for a work tree with changes, when the build recorded them.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(devel)"
	}
	return buildVersion(info)
}

// buildVersion returns the version that info records.
func buildVersion(info *debug.BuildInfo) string {
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = " dirty"
			}
		}
	}
	if rev != "" {
		v += " " + rev + dirty
	}
	return v
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
	// terminal reports whether standard error is a terminal, where import
	// and export show their progress, and now reads the clock that paces
	// it; nil means isTerminal and time.Now.
	terminal func(io.Writer) bool
	now      func() time.Time
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

// parseDoc parses the flags of a command that reads one document, FILE:
// the command's own flags, defined on fs, and the document flags of d,
// which it defines. It returns the name of the file and the decoding
// options the flags give.
func (e *env) parseDoc(fs *flag.FlagSet, d *docFlags, args []string) (name string, o diplo.DecodeOptions, err error) {
	d.convertFlags(fs)
	if err := e.parse(fs, args); err != nil {
		return "", o, err
	}
	if err := wantArgs(fs, "FILE"); err != nil {
		return "", o, err
	}
	o, err = d.options()
	if err != nil {
		return "", o, err
	}
	return fs.Arg(0), o, nil
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
	if k := codec.KindAt(data); k != '{' {
		return &invalidError{name: name, err: &diplo.FieldError{Err: fmt.Errorf("%w: the document is %s, not a JSON object", diplo.ErrJSON, codec.KindPhrase(k))}}
	}
	return nil
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
		err = schema.DecodeJSONLD(data, g, o)
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
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	typ := "diplo"
	switch fs.NArg() {
	case 0:
	case 1:
		typ = fs.Arg(0)
	default:
		return usageErrorf("unexpected argument %q: schema takes one TYPE", fs.Arg(1))
	}
	b, err := schema.JSONSchema(typ)
	if errors.Is(err, schema.ErrUnknownSchema) {
		// A name that is not one of the types is a usage error, as
		// validate's -type.
		return usageErrorf("unknown type %q (types: %s)", typ, strings.Join(schema.SchemaTypes(), ", "))
	}
	if err != nil {
		return err
	}
	_, err = e.stdout.Write(b)
	return err
}

func (e *env) jsonld(args []string) error {
	fs := flag.NewFlagSet("jsonld", flag.ContinueOnError)
	inline := fs.Bool("inline", false, "embed the context instead of referring to it")
	var d docFlags
	name, o, err := e.parseDoc(fs, &d, args)
	if err != nil {
		return err
	}
	g, err := e.loadGraph(name, o, d.noValidate)
	if err != nil {
		return err
	}
	b, err := schema.MarshalJSONLD(g, schema.JSONLDOptions{InlineContext: *inline, Indent: "  "})
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
	var d docFlags
	name, o, err := e.parseDoc(fs, &d, args)
	if err != nil {
		return err
	}
	data, err := e.readDoc(name, o.Limits.MaxBytes)
	if err != nil {
		if errors.Is(err, diplo.ErrLimit) {
			return &invalidError{name: name, err: err}
		}
		return err
	}
	// Expanded and flattened JSON-LD may be an array: no object check.
	g := new(graph.Graph)
	err = schema.DecodeJSONLD(data, g, o)
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

func (e *env) rdf(args []string) error {
	fs := flag.NewFlagSet("rdf", flag.ContinueOnError)
	nodes := fs.Bool("nodes", false, "read a stream of nodes, one JSON node per line, in constant memory")
	var d docFlags
	name, o, err := e.parseDoc(fs, &d, args)
	if err != nil {
		return err
	}
	if *nodes {
		f, err := e.reader(name)
		if err != nil {
			return err
		}
		defer f.Close()
		return rdfNodes(name, graph.NewNodeReader(f, o), schema.NewNQuadsNodeWriter(e.stdout), !d.noValidate)
	}
	g, err := e.loadGraph(name, o, d.noValidate)
	if err != nil {
		return err
	}
	return schema.WriteNQuads(e.stdout, g)
}

// rdfNodes writes the N-Quads of each node r reads, validated on its own
// if validate, to w, and stops at the first node that fails, having
// written those before it.
func rdfNodes(name string, r *graph.NodeReader, w *schema.NQuadsNodeWriter, validate bool) (err error) {
	defer func() {
		if ferr := w.Flush(); ferr != nil && err == nil {
			err = fmt.Errorf("%s: line %d: %w", name, r.Line(), ferr)
		}
	}()
	for {
		n, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err == nil && validate {
			if verr := n.Validate(); verr != nil {
				err = &graph.LineError{Line: r.Line(), Err: verr}
			}
		}
		if err != nil {
			if le, ok := errors.AsType[*graph.LineError](err); ok {
				return &invalidError{name: fmt.Sprintf("%s: line %d", name, le.Line), err: le.Err}
			}
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := w.Write(n); err != nil {
			return fmt.Errorf("%s: line %d: %w", name, r.Line(), err)
		}
	}
}
