package view_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/view"
)

var update = flag.Bool("update", false, "rewrite the golden pages and pictures under testdata")

// record is a record the goldens are made of: every example's record,
// and the hostile record of testdata.
type record struct {
	name, file string
}

// records returns the examples' records (their committed JSON) and the
// hostile record.
func records(t *testing.T) []record {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "examples", "*", "testdata", "*.golden.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var out []record
	for _, f := range files {
		out = append(out, record{strings.TrimSuffix(filepath.Base(f), ".golden.json"), f})
	}
	return append(out, record{"hostile", filepath.Join("testdata", "hostile.json")})
}

// load decodes the record of a file.
func load(t *testing.T, file string) *graph.Graph {
	t.Helper()
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	g, err := graph.Unmarshal(data)
	require.NoError(t, err, file)
	return g
}

// golden compares got with the golden file, or rewrites it with -update.
func golden(t *testing.T, file string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(file, got, 0o644))
		return
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err, "run go test ./view -update")
	assert.Equal(t, string(want), string(got), "%s differs; run go test ./view -update", file)
}

// TestGolden writes the page and the two pictures of every record and
// compares them with testdata/NAME.html, NAME.timeline.svg and
// NAME.lifecycle.svg.
func TestGolden(t *testing.T) {
	for _, r := range records(t) {
		t.Run(r.name, func(t *testing.T) {
			g := load(t, r.file)
			var page, tl, lc bytes.Buffer
			require.NoError(t, view.WritePage(&page, g))
			require.NoError(t, view.WriteTimeline(&tl, g))
			require.NoError(t, view.WriteLifecycle(&lc, g))
			golden(t, filepath.Join("testdata", r.name+".html"), page.Bytes())
			golden(t, filepath.Join("testdata", r.name+".timeline.svg"), tl.Bytes())
			golden(t, filepath.Join("testdata", r.name+".lifecycle.svg"), lc.Bytes())
		})
	}
}

// wellFormed parses data as XML to its end with encoding/xml in strict
// mode and returns the first error, and the number of elements.
func wellFormed(data []byte) (int, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	n := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		if _, ok := tok.(xml.StartElement); ok {
			n++
		}
	}
}

// TestSVGWellFormed parses every picture of every record with
// encoding/xml: each is well-formed XML with an svg root.
func TestSVGWellFormed(t *testing.T) {
	for _, r := range records(t) {
		g := load(t, r.file)
		for name, write := range map[string]func(io.Writer, *graph.Graph) error{
			"timeline": view.WriteTimeline, "lifecycle": view.WriteLifecycle,
		} {
			t.Run(r.name+"/"+name, func(t *testing.T) {
				var b bytes.Buffer
				require.NoError(t, write(&b, g))
				n, err := wellFormed(b.Bytes())
				require.NoError(t, err)
				assert.Positive(t, n)
				var root struct {
					XMLName xml.Name
				}
				require.NoError(t, xml.Unmarshal(b.Bytes(), &root))
				assert.Equal(t, xml.Name{Space: "http://www.w3.org/2000/svg", Local: "svg"}, root.XMLName)
			})
		}
	}
}
