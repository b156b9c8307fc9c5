package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeClock is a clock that moves on by step at every reading.
type fakeClock struct {
	t    time.Time
	step time.Duration
}

func (c *fakeClock) now() time.Time {
	c.t = c.t.Add(c.step)
	return c.t
}

// terminalEnv is an env whose standard error is taken for a terminal and
// whose clock is c.
func terminalEnv(stdout, stderr io.Writer, c *fakeClock) env {
	return env{stdout: stdout, stderr: stderr, terminal: func(io.Writer) bool { return true }, now: c.now}
}

// TestProgressWriter checks the pacing of the line of progress: the
// clock is read once every progressCheck calls of due, a line is due at
// most once every progressEvery, show writes it over the last one and
// done clears it; a nil progress (standard error not a terminal) writes
// nothing.
func TestProgressWriter(t *testing.T) {
	for _, tc := range []struct {
		name  string
		step  time.Duration // the clock's advance at each reading
		calls int
		want  int // lines due
	}{
		{"clock faster than the pace", time.Second, 10 * progressCheck, 10},
		{"clock at the pace", progressEvery, 10 * progressCheck, 10},
		{"clock slower than the pace", progressEvery / 2, 10 * progressCheck, 5},
		{"fewer calls than a check", time.Hour, progressCheck - 1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var errOut bytes.Buffer
			c := &fakeClock{t: time.Unix(0, 0), step: tc.step}
			e := terminalEnv(io.Discard, &errOut, c)
			p := e.newProgress()
			require.NotNil(t, p)
			readings := 0
			p.now = func() time.Time { readings++; return c.now() }
			due := 0
			for range tc.calls {
				if p.due() {
					due++
					p.show("n")
				}
			}
			assert.Equal(t, tc.want, due)
			assert.Equal(t, tc.calls/progressCheck, readings, "clock readings")
			assert.Equal(t, strings.Repeat("\rn\x1b[K", due), errOut.String())
			p.done()
			if due > 0 {
				assert.True(t, strings.HasSuffix(errOut.String(), "\r\x1b[K"), "done clears the line: %q", errOut.String())
			} else {
				assert.Empty(t, errOut.String(), "done with no line shown writes nothing")
			}
		})
	}

	var nilp *progress
	assert.False(t, nilp.due())
	nilp.show("x")
	nilp.done()

	e := env{stderr: new(bytes.Buffer)}
	assert.Nil(t, e.newProgress(), "a buffer is not a terminal")
}

// TestIsTerminal checks that neither a regular file nor a pipe nor
// /dev/null (a character device) counts as a terminal.
func TestIsTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f), "regular file")
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	defer w.Close()
	assert.False(t, isTerminal(w), "pipe")
	if null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0); err == nil {
		defer null.Close()
		assert.False(t, isTerminal(null), os.DevNull)
	}
	assert.False(t, isTerminal(new(bytes.Buffer)), "buffer")
}

// TestImportExportSilentOffTerminal checks that import and export write
// no progress when standard error is a file: import's standard error is
// its one line of counts, export's is empty for a graph it codes whole.
func TestImportExportSilentOffTerminal(t *testing.T) {
	dir := t.TempDir()
	errFile, err := os.Create(filepath.Join(dir, "stderr"))
	require.NoError(t, err)
	defer errFile.Close()
	var out bytes.Buffer
	require.Zero(t, run([]string{"import", "gdelt", gdeltSample}, nil, &out, errFile))
	graphFile := filepath.Join(dir, "graph.json")
	require.NoError(t, os.WriteFile(graphFile, out.Bytes(), 0o644))
	got, err := os.ReadFile(errFile.Name())
	require.NoError(t, err)
	assert.Regexp(t, `^diplo: [^\r\x1b]*: 2111 records read, [^\r\x1b]*\n$`, string(got))

	for _, format := range exportFormats {
		require.NoError(t, errFile.Truncate(0))
		_, err = errFile.Seek(0, io.SeekStart)
		require.NoError(t, err)
		require.Zero(t, run([]string{"export", format, graphFile}, nil, io.Discard, errFile), format)
		got, err := os.ReadFile(errFile.Name())
		require.NoError(t, err)
		assert.NotContains(t, string(got), "\r", format)
		assert.NotContains(t, string(got), "records written", format)
	}
}

// TestImportProgressOnTerminal checks import and export on a terminal
// whose clock runs fast: lines of progress with the counts so far, each
// written over the last, then the line cleared before the counts at the
// end.
func TestImportProgressOnTerminal(t *testing.T) {
	var out, errOut bytes.Buffer
	c := &fakeClock{t: time.Unix(0, 0), step: time.Second}
	require.Zero(t, runEnv(terminalEnv(&out, &errOut, c), []string{"import", "gdelt", gdeltSample}), errOut.String())
	lines := strings.Split(errOut.String(), "\r")
	require.Greater(t, len(lines), 3, "%q", errOut.String())
	assert.Empty(t, lines[0])
	// 2,111 rows, a line every progressCheck rows: lines of 256, 512...
	assert.Regexp(t, `^diplo: .*sample-A.tsv: 256 records read, \d+ lifted into events, .*\x1b\[K$`, lines[1])
	assert.Regexp(t, `^diplo: .*sample-A.tsv: 512 records read, `, lines[2])
	last := lines[len(lines)-1]
	assert.Regexp(t, `^\x1b\[Kdiplo: .*sample-A.tsv: 2111 records read, \d+ lifted into events, .*\n$`, last)
	assert.NotContains(t, last[3:], "\x1b")

	graphFile := filepath.Join(t.TempDir(), "graph.json")
	require.NoError(t, os.WriteFile(graphFile, out.Bytes(), 0o644))
	for _, format := range exportFormats {
		errOut.Reset()
		require.Zero(t, runEnv(terminalEnv(io.Discard, &errOut, c), []string{"export", format, graphFile}), format)
		s := errOut.String()
		assert.Contains(t, s, "\rdiplo: "+graphFile+": reading the graph\x1b[K", format)
		assert.Contains(t, s, "\r\x1b[K", format)
		assert.Regexp(t, `\r\x1b\[K(diplo: [^\r]*not coded[^\r]*\n)*diplo: [^\r]*: \d+ records written, \d+ parts of the graph not coded.*\n$`, s, format)
	}
}
