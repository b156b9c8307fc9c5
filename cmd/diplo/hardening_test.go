package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runIn runs the command in this process and returns its output and exit
// status.
func runIn(stdin []byte, args ...string) (stdout, stderr string, code int) {
	var out, errb bytes.Buffer
	code = run(args, bytes.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// eventDoc is a valid graph of one event with coordinates; latitude is
// the text of its latitude.
func eventDoc(latitude string) string {
	return `{"events":[{"id":"urn:x:e1","type":"Event","kind":"summit","location":{"name":{"fr":"l'Élysée"},` +
		`"coordinates":{"latitude":` + latitude + `,"longitude":2.3166}}}]}`
}

// writeFile writes data to a file in a temporary directory and returns
// its name.
func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, data, 0o644))
	return p
}

// convertCommands are the commands that read a graph and print it in
// another form, with the arguments before the file.
var convertCommands = [][]string{{"rdf"}, {"jsonld"}, {"export", "cameo"}, {"export", "gdelt"}, {"export", "plover"}}

func TestEventDocValid(t *testing.T) {
	out, errOut, code := runIn([]byte(eventDoc("48.87")), "validate", "-")
	assert.Equal(t, 0, code, out+errOut)
	for _, c := range convertCommands {
		_, errOut, code := runIn([]byte(eventDoc("48.87")), append(c, "-")...)
		assert.Equal(t, 0, code, "%v: %s", c, errOut)
	}
}

// TestValidateHugeExponentNoPanic is the 157-byte document whose latitude
// is 1e1000001, on which the JSON Schema validator panicked inside
// math/big: the limits pass rejects the number first, with its path.
func TestValidateHugeExponentNoPanic(t *testing.T) {
	doc := []byte(eventDoc("1e1000001"))
	require.Len(t, doc, 157)
	out, errOut, code := runIn(doc, "validate", "-")
	assert.Equal(t, 1, code, errOut)
	assert.Equal(t, "-: events[0].location.coordinates.latitude: out of range: number 1e1000001 overflows float64\n", out)
	for _, c := range convertCommands {
		_, errOut, code := runIn(doc, append(c, "-")...)
		assert.Equal(t, 1, code, "%v", c)
		assert.Contains(t, errOut, "events[0].location.coordinates.latitude: out of range: number 1e1000001", "%v", c)
	}
}

// TestValidateManyHugeNumbers is a 56 KB file of 800 numbers like
// 1e999999, which the JSON Schema validator took seconds over: the limits
// pass rejects the first, and nothing else reads the file.
func TestValidateManyHugeNumbers(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"events":[`)
	for i := range 800 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":"urn:x:e%d","location":{"coordinates":{"latitude":1e999999}}}`, i)
	}
	b.WriteString(`]}`)
	doc := []byte(b.String())
	require.Greater(t, len(doc), 50_000)
	require.Equal(t, 800, bytes.Count(doc, []byte("1e999999")))
	out, _, code := runIn(doc, "validate", "-")
	assert.Equal(t, 1, code)
	assert.Equal(t, "-: events[0].location.coordinates.latitude: out of range: number 1e999999 overflows float64\n", out)
}

// TestMaxBytesBoundedMemory gives every command that reads a document a
// file of 8 MiB with -max-bytes 64 KiB, from a file and from standard
// input: it is rejected after reading at most 64 KiB and a byte, in
// memory bounded by a few times the limit, not by the file.
func TestMaxBytesBoundedMemory(t *testing.T) {
	const limit = 64 << 10
	doc := []byte(`{"events":[` + strings.Repeat(`{"id":"urn:x:1"},`, 8<<20/17) + `{}]}`)
	file := writeFile(t, "big.json", doc)
	commands := append([][]string{{"validate"}}, convertCommands...)
	for _, c := range commands {
		for _, from := range []string{"file", "stdin", "stdin redirected from the file"} {
			t.Run(strings.Join(c, " ")+" from "+from, func(t *testing.T) {
				args := append(append([]string{c[0], "-max-bytes", "65536"}, c[1:]...), file)
				if from != "file" {
					args[len(args)-1] = "-"
				}
				least := uint64(1 << 62)
				for range 5 {
					var stdin io.Reader = bytes.NewReader(doc)
					if from == "stdin redirected from the file" {
						f, err := os.Open(file)
						require.NoError(t, err)
						defer f.Close()
						stdin = f
					}
					var before, after runtime.MemStats
					var o, e bytes.Buffer
					runtime.GC()
					runtime.ReadMemStats(&before)
					code := run(args, stdin, &o, &e)
					runtime.ReadMemStats(&after)
					out, errOut := o.String(), e.String()
					require.Equal(t, 1, code, out+errOut)
					assert.Contains(t, out+errOut, "limit exceeded: document of ")
					assert.Contains(t, out+errOut, "exceeds MaxBytes 65536")
					least = min(least, after.TotalAlloc-before.TotalAlloc)
				}
				t.Logf("%d bytes allocated for a document of %d bytes", least, len(doc))
				assert.Less(t, least, uint64(4*limit+64<<10))
			})
		}
	}
}

// TestConvertStrict checks that the conversion commands reject a member
// diplo does not define (start_date for startDate), naming its path,
// unless -lenient is given.
func TestConvertStrict(t *testing.T) {
	doc := []byte(strings.Replace(eventDoc("48.87"), `"kind":"summit"`, `"kind":"summit","start_date":"2025-06-22"`, 1))
	for _, c := range convertCommands {
		out, errOut, code := runIn(doc, append(c, "-")...)
		assert.Equal(t, 1, code, "%v", c)
		assert.Empty(t, out, "%v", c)
		assert.Equal(t, "diplo: -: events[0].start_date: unknown field\n", errOut, "%v", c)
		args := append(append([]string{c[0], "-lenient"}, c[1:]...), "-")
		_, errOut, code = runIn(doc, args...)
		assert.Equal(t, 0, code, "%v: %s", args, errOut)
	}
}

// TestConvertValidates checks that the conversion commands reject a
// reference to no node, naming its path, unless -no-validate is given.
func TestConvertValidates(t *testing.T) {
	doc := []byte(strings.Replace(eventDoc("48.87"), `"kind":"summit"`, `"kind":"summit","participants":[{"actor":"urn:x:nobody","role":"host"}]`, 1))
	for _, c := range convertCommands {
		out, errOut, code := runIn(doc, append(c, "-")...)
		assert.Equal(t, 1, code, "%v", c)
		assert.Empty(t, out, "%v", c)
		assert.Contains(t, errOut, "diplo: -: events[0].participants[0].actor: unresolved reference", "%v", c)
		args := append(append([]string{c[0], "-no-validate"}, c[1:]...), "-")
		_, errOut, code = runIn(doc, args...)
		assert.Equal(t, 0, code, "%v: %s", args, errOut)
	}
}

// TestNotAnObject checks that every command that reads a document
// rejects one that is not a JSON object.
func TestNotAnObject(t *testing.T) {
	commands := append([][]string{{"validate"}}, convertCommands...)
	for _, doc := range []string{`null`, `[]`, `1`, ` "graph" `, `[{"events":[]}]`} {
		for _, c := range commands {
			out, errOut, code := runIn([]byte(doc), append(c, "-")...)
			assert.Equal(t, 1, code, "%v on %s", c, doc)
			assert.Contains(t, out+errOut, "-: (document): malformed JSON: the document is ", "%v on %s", c, doc)
		}
	}
}

// TestValidateSeveralFiles checks that validate checks every file it is
// given and reports each.
func TestValidateSeveralFiles(t *testing.T) {
	valid := writeFile(t, "valid.json", []byte(eventDoc("48.87")))
	huge := writeFile(t, "huge.json", []byte(eventDoc("1e1000001")))
	tiny := writeFile(t, "tiny.json", []byte(eventDoc("1e-400")))
	missing := filepath.Join(t.TempDir(), "missing.json")

	out, errOut, code := runIn(nil, "validate", huge, valid, tiny)
	assert.Equal(t, 1, code)
	assert.Equal(t, huge+": events[0].location.coordinates.latitude: out of range: number 1e1000001 overflows float64\n"+
		tiny+": events[0].location.coordinates.latitude: out of range: number 1e-400 underflows float64, which rounds it to 0\n", out)
	assert.Empty(t, errOut)

	out, errOut, code = runIn(nil, "validate", missing, huge, valid)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "missing.json")
	assert.Contains(t, out, huge+": events[0].location.coordinates.latitude")

	out, errOut, code = runIn(nil, "validate", valid, valid)
	assert.Equal(t, 0, code, out+errOut)
	assert.Empty(t, out+errOut)
}

// TestValidateOutputCapped checks that validate prints at most
// maxProblems problems for a document and counts the others.
func TestValidateOutputCapped(t *testing.T) {
	doc := []byte(`{"events":[` + strings.Repeat(`{},`, 5000) + `{}]}`)
	out, _, code := runIn(doc, "validate", "-")
	assert.Equal(t, 1, code)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, maxProblems+1)
	assert.Regexp(t, `^-: \.\.\. and (at least )?\d+ more problems$`, lines[maxProblems])
	for _, l := range lines[:maxProblems] {
		assert.True(t, strings.HasPrefix(l, "-: events["), l)
	}
}

func TestHelpAndVersion(t *testing.T) {
	var usage strings.Builder
	help(&usage)
	for _, arg := range []string{"help", "-h", "-help", "--help"} {
		out, errOut, code := runIn(nil, arg)
		assert.Equal(t, 0, code, arg)
		assert.Equal(t, usage.String(), out, arg)
		assert.Empty(t, errOut, arg)
	}
	for _, arg := range []string{"version", "-version"} {
		out, errOut, code := runIn(nil, arg)
		assert.Equal(t, 0, code, arg)
		assert.Regexp(t, `^diplo \S+\n$`, out, arg)
		assert.Empty(t, errOut, arg)
	}
	for _, args := range [][]string{{"version", "x"}, {"help", "x"}, {"validate", "-max-bytes", "0", "-"}, {"rdf", "-max-objects", "-1", "-"}, {"export", "csv", "-"}} {
		_, errOut, code := runIn(nil, args...)
		assert.Equal(t, 2, code, "%v", args)
		assert.Contains(t, errOut, "for usage", "%v", args)
	}
}
