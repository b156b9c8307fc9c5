package main

import (
	"bytes"
	"encoding/xml"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestView(t *testing.T) {
	paris := filepath.Join("..", "..", "examples", "paris-agreement", "testdata", "paris-agreement.golden.json")
	mali := filepath.Join("..", "..", "examples", "russia-mali", "testdata", "russia-mali.golden.json")
	hostile := filepath.Join("..", "..", "view", "testdata", "hostile.json")
	cases := []struct {
		name   string
		args   []string
		code   int
		out    string // a prefix of standard output
		errout string // a part of standard error
	}{
		{"page", []string{"view", paris}, 0, "<!DOCTYPE html>", ""},
		{"two records", []string{"view", paris, mali}, 0, "<!DOCTYPE html>", ""},
		{"timeline", []string{"view", "-svg", "timeline", paris}, 0, "<?xml", ""},
		{"lifecycle", []string{"view", "-svg", "lifecycle", paris}, 0, "<?xml", ""},
		{"invalid record", []string{"view", hostile}, 1, "", "states[1].id"},
		{"invalid record shown", []string{"view", "-no-validate", hostile}, 0, "<!DOCTYPE html>", ""},
		{"no record", []string{"view"}, 2, "", "missing RECORD"},
		{"unknown picture", []string{"view", "-svg", "map", paris}, 2, "", `unknown picture "map"`},
		{"one record for a picture", []string{"view", "-svg", "timeline", paris, mali}, 2, "", "-svg takes one RECORD"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out, errout bytes.Buffer
			code := run(tc.args, strings.NewReader(""), &out, &errout)
			assert.Equal(t, tc.code, code, errout.String())
			assert.True(t, strings.HasPrefix(out.String(), tc.out), out.String()[:min(out.Len(), 80)])
			assert.Contains(t, errout.String(), tc.errout)
			if tc.out == "<?xml" {
				var root struct{ XMLName xml.Name }
				require.NoError(t, xml.Unmarshal(out.Bytes(), &root))
				assert.Equal(t, "svg", root.XMLName.Local)
			}
			if tc.name == "two records" {
				assert.Equal(t, 2, strings.Count(out.String(), `<section class="record"`))
			}
		})
	}
}
