package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	parisDoc  = "../../examples/paris-agreement/testdata/paris-agreement.golden.json"
	maliDoc   = "../../examples/russia-mali/testdata/russia-mali.golden.json"
	parisName = "Paris Agreement"
)

// TestQuestionsGolden compares the output of status, holder and timeline
// on the Paris Agreement and Russia–Mali examples with the files in
// testdata/questions (rewritten with -update).
func TestQuestionsGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"status-paris", []string{"status", "-on", "2020-12-01", "-f", parisDoc, parisName}},
		{"status-paris-us-month", []string{"status", "-on", "2021-02", "-f", parisDoc, parisName, "US"}},
		{"status-paris-us-json", []string{"status", "-json", "-on", "2019-11-04", "-f", parisDoc, parisName, "United States of America"}},
		{"status-mali-nuclear", []string{"status", "-on", "2025-06-23", "-f", maliDoc, "Agreement on cooperation in the peaceful use of nuclear energy"}},
		{"holder-paris", []string{"holder", "-on", "2016-04-22", "-f", parisDoc, "Secretary-General of the United Nations"}},
		{"holder-paris-year", []string{"holder", "-on", "2017", "-f", parisDoc, "United States Secretary of State"}},
		{"holder-mali", []string{"holder", "-on", "2025-06-23", "-f", maliDoc, "President of the Transition of Mali"}},
		{"holder-mali-json", []string{"holder", "-json", "-on", "2025-06-23", "-f", maliDoc, "President of the Transition of Mali"}},
		{"timeline-paris-us", []string{"timeline", "-f", parisDoc, "US"}},
		{"timeline-mali", []string{"timeline", "-f", maliDoc, "ML"}},
		{"timeline-mali-pair-day", []string{"timeline", "-from", "2025-06-23", "-to", "2025-06-23", "-f", maliDoc, "RU", "ML"}},
		{"timeline-mali-kind-json", []string{"timeline", "-json", "-kind", "signing-ceremony", "-f", maliDoc, "Republic of Mali"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runIn(nil, tc.args...)
			require.Equal(t, 0, code, errOut)
			assert.Empty(t, errOut)
			golden := filepath.Join("testdata", "questions", tc.name+".txt")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create it")
			assert.Equal(t, string(want), out, "output differs from %s; run go test -update if the change is meant", golden)
		})
	}
}

// TestQuestionsErrors checks the exit status and the message of each way
// a question can go wrong.
func TestQuestionsErrors(t *testing.T) {
	// Two accords with one title: an ambiguous name.
	doc, err := os.ReadFile(parisDoc)
	require.NoError(t, err)
	twice := strings.Replace(string(doc), `"en": "United Nations Framework Convention on Climate Change"`, `"en": "Paris Agreement"`, 1)
	require.NotEqual(t, string(doc), twice)
	ambiguous := writeFile(t, "ambiguous.json", []byte(twice))
	invalid := writeFile(t, "invalid.json", []byte(`{"accords":[{"id":"urn:x:a","type":"Accord","kind":"treaty"}]}`))
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"ambiguous name", []string{"status", "-on", "2020-01-01", "-f", ambiguous, parisName}, 2,
			"2 accords are named \"Paris Agreement\"; give the ID of one:\n  urn:uuid:"},
		{"unknown accord", []string{"status", "-on", "2020-01-01", "-f", parisDoc, "Kyoto Protocol"}, 2, `no accord with the ID or name "Kyoto Protocol" in the record`},
		{"unknown party", []string{"status", "-on", "2020-01-01", "-f", parisDoc, parisName, "ZZ"}, 2, `no party with the ID or name "ZZ"`},
		{"unknown office", []string{"holder", "-on", "2020-01-01", "-f", parisDoc, "King"}, 2, `no office with the ID or name "King"`},
		{"unknown actor", []string{"timeline", "-f", parisDoc, "Atlantis"}, 2, `no actor with the ID or name "Atlantis"`},
		{"standard input twice", []string{"timeline", "-f", "-", "-f", "-", "US"}, 2, "standard input (-) can be read once"},
		{"no record", []string{"holder", "-on", "2020-01-01", "Secretary-General of the United Nations"}, 2, "missing -f FILE"},
		{"no date", []string{"status", "-f", parisDoc, parisName}, 2, "missing -on DATE"},
		{"bad date", []string{"holder", "-on", "2020-13-01", "-f", parisDoc, "x"}, 2, `-on: out of range: date "2020-13-01"`},
		{"uncertain date", []string{"status", "-on", "2020?", "-f", parisDoc, parisName}, 2, "not an uncertain or approximate one"},
		{"bad kind", []string{"timeline", "-kind", "picnic", "-f", parisDoc, "US"}, 2, "-kind:"},
		{"no accord", []string{"status", "-on", "2020-01-01", "-f", parisDoc}, 2, "missing ACCORD"},
		{"three actors", []string{"timeline", "-f", parisDoc, "US", "FR", "UN"}, 2, `unexpected argument "UN"`},
		{"invalid record", []string{"status", "-on", "2020-01-01", "-f", invalid, "x"}, 1, "accords[0].title"},
		{"missing file", []string{"holder", "-on", "2020-01-01", "-f", "no-such-file.json", "x"}, 2, "no-such-file.json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runIn(nil, tc.args...)
			assert.Equal(t, tc.code, code, errOut)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tc.msg)
		})
	}
}

// TestQuestionsStdin checks that -f - reads the record from standard
// input, as the other commands read FILE -.
func TestQuestionsStdin(t *testing.T) {
	doc, err := os.ReadFile(parisDoc)
	require.NoError(t, err)
	fromFile, _, code := runIn(nil, "timeline", "-f", parisDoc, "US")
	require.Equal(t, 0, code)
	out, errOut, code := runIn(doc, "timeline", "-f", "-", "US")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, fromFile, out)
	assert.Contains(t, out, "signing-ceremony")
}

// TestQuestionsMergedRecords checks that several -f records are merged
// before the question: the three published accounts of the Russia–Mali
// visit (examples/visit-sources) give Goïta one visit and the 2023 summit, in whatever order the
// files come, and the answer equals the one asked of the output of diplo
// merge.
func TestQuestionsMergedRecords(t *testing.T) {
	dir := "../../examples/visit-sources/records/"
	files := []string{dir + "article.json", dir + "abamako.json", dir + "anadolu.json"}
	ask := func(fs ...string) (string, string) {
		args := []string{"timeline", "-json"}
		for _, f := range fs {
			args = append(args, "-f", f)
		}
		out, errOut, code := runIn(nil, append(args, "Assimi Goïta")...)
		require.Equal(t, 0, code, errOut)
		return out, errOut
	}
	out, errOut := ask(files...)
	assert.Contains(t, errOut, "merged 3 records:")
	reversed, _ := ask(files[2], files[1], files[0])
	assert.Equal(t, out, reversed, "the order of the records changes the answer")

	merged, mergeErr, code := runIn(nil, append([]string{"merge"}, files...)...)
	require.Equal(t, 0, code, mergeErr)
	fromMerged, _, code := runIn([]byte(merged), "timeline", "-json", "-f", "-", "Assimi Goïta")
	require.Equal(t, 0, code)
	assert.Equal(t, fromMerged, out, "asking of several records differs from asking of their merge")

	one, _ := ask(files[0])
	assert.NotEqual(t, one, out, "the merge added nothing to the first record's answer")
}
