package main

import (
	"flag"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/graph"
)

var update = flag.Bool("update", false, "rewrite the golden help files in testdata/help")

// TestHelpGolden compares the overall help and each command's help with
// testdata/help/NAME.txt (diplo.txt for the overall help), and checks
// that the three ways of asking for a command's help print it once, on
// standard output, with exit status 0.
func TestHelpGolden(t *testing.T) {
	names := []string{"diplo"}
	for _, c := range commands {
		names = append(names, c.name)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			ways := [][]string{{"help", name}, {name, "-h"}, {name, "-help"}, {name, "x", "-h"}}
			if name == "diplo" {
				ways = [][]string{{"help"}, {"-h"}, {"-help"}}
			}
			out, errOut, code := runIn(nil, ways[0]...)
			require.Equal(t, 0, code, errOut)
			golden := filepath.Join("testdata", "help", name+".txt")
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create it")
			assert.Equal(t, string(want), out, "help differs from %s; run go test -update if the change is meant", golden)
			assert.Empty(t, errOut)
			assert.Equal(t, 1, strings.Count(out, "usage: diplo"), "the usage line is printed once")
			for _, args := range ways[1:] {
				o, e, c := runIn(nil, args...)
				assert.Equal(t, 0, c, "%v", args)
				assert.Equal(t, out, o, "%v", args)
				assert.Empty(t, e, "%v", args)
			}
		})
	}
}

// TestHelpContents checks what the helps must hold whatever their
// wording: every command, the exit statuses, every node type, and every
// flag of a command in its help.
func TestHelpContents(t *testing.T) {
	out, _, code := runIn(nil, "help")
	require.Equal(t, 0, code)
	for _, c := range commands {
		assert.Regexp(t, `(?m)^  `+c.name+` +\S`, out, "command %s has a line", c.name)
	}
	for _, s := range []string{"0  success", "1  a document is invalid", "2  a usage error"} {
		assert.Contains(t, out, s)
	}
	for _, typ := range graph.NodeTypes() {
		assert.Regexp(t, `(?m)^  `+string(typ)+`$`, out)
	}
	flags := map[string][]string{
		"validate": {"-type", "-max-bytes", "-max-objects"},
		"jsonld":   {"-inline", "-lenient", "-no-validate", "-max-bytes", "-max-objects"},
		"rdf":      {"-nodes", "-lenient", "-no-validate", "-max-bytes", "-max-objects"},
		"json":     {"-lenient", "-no-validate", "-max-bytes", "-max-objects"},
		"import":   {"-nodes", "-skip-bad-rows"},
		"export":   {"-lenient", "-no-validate", "-max-bytes", "-max-objects"},
	}
	for cmd, fs := range flags {
		out, _, code := runIn(nil, "help", cmd)
		require.Equal(t, 0, code, cmd)
		for _, f := range fs {
			assert.Regexp(t, `(?m)^  `+f+`\b`, out, "%s help lists %s", cmd, f)
		}
	}
}

// TestUsageErrorMessages checks that each usage error says what was wrong,
// then hints at the help of the command, with exit status 2 and nothing
// on standard output.
func TestUsageErrorMessages(t *testing.T) {
	file := writeFile(t, "g.json", []byte(eventDoc("48.87")))
	tests := []struct {
		args []string
		msg  string
		hint string
	}{
		{[]string{"jsonld", file, "-inline"}, "diplo jsonld: flag -inline after the file name; flags go before files", "jsonld"},
		{[]string{"validate", file, "-type", "event"}, "diplo validate: flag -type after the file name; flags go before files", "validate"},
		{[]string{"import", "gdelt", "-nodes", file}, "diplo import: flag -nodes after gdelt; flags go before it", "import"},
		{[]string{"export", "gdelt", file, "-lenient"}, "diplo export: flag -lenient after the file name; flags go before files", "export"},
		{[]string{"bogus"}, `diplo: unknown command "bogus"`, ""},
		{[]string{"help", "bogus"}, `diplo help: unknown command "bogus"`, ""},
		{[]string{"help", "a", "b"}, "diplo help: too many arguments: help takes one command", ""},
		{[]string{"export", "bogus"}, `diplo export: unknown format "bogus" (formats: cameo, gdelt, plover, tables)`, "export"},
		{[]string{"export", "csv", file}, `diplo export: unknown format "csv" (formats: cameo, gdelt, plover, tables)`, "export"},
		{[]string{"import", "csv", file}, `diplo import: unknown format "csv" (formats: gdelt, icews, plover)`, "import"},
		{[]string{"export"}, "diplo export: missing the format (cameo, gdelt, plover)", "export"},
		{[]string{"export", "gdelt"}, "diplo export: missing FILE", "export"},
		{[]string{"import", "gdelt"}, "diplo import: missing FILE", "import"},
		{[]string{"jsonld"}, "diplo jsonld: missing FILE", "jsonld"},
		{[]string{"rdf"}, "diplo rdf: missing FILE", "rdf"},
		{[]string{"json"}, "diplo json: missing FILE", "json"},
		{[]string{"validate"}, "diplo validate: missing FILE", "validate"},
		{[]string{"jsonld", file, file}, `diplo jsonld: unexpected argument "` + file + `"`, "jsonld"},
		{[]string{"context", "x"}, `diplo context: unexpected argument "x"`, "context"},
		{[]string{"version", "x"}, `diplo version: unexpected argument "x"`, "version"},
		{[]string{"jsonld", "-bogus", file}, "diplo jsonld: flag provided but not defined: -bogus", "jsonld"},
		{[]string{"import", "-skip-bad-row", "gdelt", file}, "diplo import: flag provided but not defined: -skip-bad-row", "import"},
		{[]string{"rdf", "-max-objects", "x", file}, `diplo rdf: invalid value "x" for flag -max-objects: parse error`, "rdf"},
		{[]string{"validate", "-max-bytes", "0", file}, "diplo validate: -max-bytes and -max-objects must be positive", "validate"},
		{[]string{"validate", "-type", "bogus", file}, `diplo validate: unknown type "bogus"`, "validate"},
		{[]string{"schema", "bogus"}, `diplo schema: unknown type "bogus" (types: `, "schema"},
	}
	for _, tt := range tests {
		out, errOut, code := runIn(nil, tt.args...)
		assert.Equal(t, 2, code, "%v", tt.args)
		assert.Empty(t, out, "%v", tt.args)
		lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
		require.Len(t, lines, 2, "%v: %q", tt.args, errOut)
		assert.True(t, strings.HasPrefix(lines[0], tt.msg), "%v: got %q, want %q", tt.args, lines[0], tt.msg)
		hint := "run 'diplo help' for usage"
		if tt.hint != "" {
			hint = "run 'diplo help " + tt.hint + "' for usage"
		}
		assert.Equal(t, hint, lines[1], "%v", tt.args)
	}
}

// TestFlagsAfterDoubleDash checks that what follows -- is taken for files,
// not for misplaced flags.
func TestFlagsAfterDoubleDash(t *testing.T) {
	_, errOut, code := runIn(nil, "validate", "--", "-no-such-file")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-no-such-file: no such file")
	assert.NotContains(t, errOut, "flags go before")
}

// TestBuildVersion checks the version printed for the build information
// a binary may carry.
func TestBuildVersion(t *testing.T) {
	tests := []struct {
		name string
		info debug.BuildInfo
		want string
	}{
		{"work tree without VCS", debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "(devel)"},
		{"no version", debug.BuildInfo{}, "(devel)"},
		{"module", debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "v1.2.3"},
		{"work tree", debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef"}, {Key: "vcs.modified", Value: "false"}}}, "(devel) 0123456789abcdef"},
		{"dirty work tree", debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef"}, {Key: "vcs.modified", Value: "true"}}}, "(devel) 0123456789abcdef dirty"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, buildVersion(&tt.info), tt.name)
	}
	for _, arg := range []string{"version", "-version", "--version"} {
		out, errOut, code := runIn(nil, arg)
		assert.Equal(t, 0, code, arg)
		assert.Equal(t, "diplo "+version()+"\n", out, arg)
		assert.Empty(t, errOut, arg)
	}
}
