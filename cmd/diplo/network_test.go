package main

import (
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNetworkGolden checks that diplo network writes, for every example,
// the files the network package's golden test holds, in each format.
func TestNetworkGolden(t *testing.T) {
	files, err := filepath.Glob("../../examples/*/testdata/*.golden.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".golden.json")
		for _, format := range networkFormats {
			t.Run(name+"."+format, func(t *testing.T) {
				want, err := os.ReadFile(filepath.Join("..", "..", "network", "testdata", name+"."+format))
				require.NoError(t, err)
				out, errOut, code := runIn(nil, "network", "-format", format, f)
				require.Equal(t, 0, code, errOut)
				assert.Equal(t, string(want), out)
				assert.Empty(t, errOut)
			})
		}
	}
}

// TestNetworkRecords checks that records given together are put end to
// end (the same record twice gives its network once) and that -kinds
// keeps the kinds named.
func TestNetworkRecords(t *testing.T) {
	f := "../../examples/russia-mali/testdata/russia-mali.golden.json"
	once, _, code := runIn(nil, "network", "-format", "json", f)
	require.Equal(t, 0, code)
	twice, errOut, code := runIn(nil, "network", "-format", "json", f, f)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, once, twice)

	other := "../../examples/skripal-expulsions/testdata/skripal-expulsions.golden.json"
	both, errOut, code := runIn(nil, "network", "-format", "json", f, other)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, both, `"kind": "expelled"`)
	assert.Contains(t, both, `"kind": "met"`)

	signed, errOut, code := runIn(nil, "network", "-format", "json", "-kinds", "signed-with, expelled", f, other)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, signed, `"kind": "signed-with"`)
	assert.Contains(t, signed, `"kind": "expelled"`)
	assert.NotContains(t, signed, `"kind": "met"`)
}

// TestNetworkErrors checks the exit statuses and messages of diplo
// network: 2 for usage and unreadable files, 1 for documents that are
// invalid or cross a limit, -max-pairs included, named with their file
// and the path within it.
func TestNetworkErrors(t *testing.T) {
	mali := "../../examples/russia-mali/testdata/russia-mali.golden.json"
	skripal := "../../examples/skripal-expulsions/testdata/skripal-expulsions.golden.json"
	invalid := writeFile(t, "invalid.json", []byte(`{"events":[{"id":"urn:x:e","type":"Event","kind":"summit","participants":[{"actor":"urn:x:nobody","role":"host"}]}]}`))
	meeting := writeFile(t, "meeting.json", []byte(`{"events":[{"id":"urn:x:e","type":"Event","kind":"summit","participants":[`+
		`{"actor":"urn:x:a","role":"host"},{"actor":"urn:x:b","role":"guest"},{"actor":"urn:x:c","role":"guest"}]}]}`))
	cases := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no file", []string{"network"}, 2, "diplo network: missing FILE"},
		{"unknown format", []string{"network", "-format", "dot", mali}, 2, `unknown format "dot" (formats: gexf, graphml, json)`},
		{"unknown kind", []string{"network", "-kinds", "met,friends", mali}, 2, `unknown kind of link "friends"`},
		{"max-pairs not positive", []string{"network", "-max-pairs", "0", mali}, 2, "-max-pairs must be positive"},
		{"missing file", []string{"network", mali, "no-such-file.json"}, 2, "no-such-file.json"},
		{"invalid record", []string{"network", mali, invalid}, 1, "invalid.json: events[0].participants[0].actor"},
		{"invalid record, not validated", []string{"network", "-no-validate", invalid}, 0, ""},
		{"limit before work", []string{"network", "-max-bytes", "100", mali}, 1, "MaxBytes 100"},
		{"max-pairs in the first record", []string{"network", "-no-validate", "-max-pairs", "2", meeting, mali}, 1, "meeting.json: events[0].participants: limit exceeded: 3 pairs of actors exceed MaxPairs 2"},
		{"max-pairs in the second record", []string{"network", "-no-validate", "-max-pairs", "4", skripal, meeting}, 1, "meeting.json: events[0].participants: limit exceeded: 7 pairs of actors exceed MaxPairs 4"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runIn(nil, tc.args...)
			assert.Equal(t, tc.code, code, errOut)
			if tc.code != 0 {
				assert.Empty(t, out)
				assert.Contains(t, errOut, tc.msg)
			}
		})
	}
}

// TestNetworkHostileRecord writes the network of a record whose names
// hold markup, control characters, bidi overrides, noncharacters and a
// 180 kB string (read with -no-validate: the model refuses control
// characters) and checks that encoding/xml reads every node and edge of
// the GEXF and the GraphML.
func TestNetworkHostileRecord(t *testing.T) {
	for _, format := range []string{"gexf", "graphml"} {
		out, errOut, code := runIn(nil, "network", "-no-validate", "-format", format, "../../network/testdata/hostile-record.json")
		require.Equal(t, 0, code, errOut)
		d := xml.NewDecoder(strings.NewReader(out))
		nodes, edges := 0, 0
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			require.NoError(t, err, format)
			if el, ok := tok.(xml.StartElement); ok {
				switch el.Name.Local {
				case "node":
					nodes++
				case "edge":
					edges++
				}
			}
		}
		assert.Equal(t, 6, nodes, format)
		assert.Equal(t, 15, edges, format)
		assert.Contains(t, out, "nul␀bell␇esc␛unit␟", format)
		assert.Contains(t, out, "&lt;b&gt;bold&lt;/b&gt; &amp; &#34;quoted&#34;", format)
	}
}
