package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExportTables writes the tables of an example as CSV and as
// Parquet: one file per table and the dyads, each CSV with its header.
func TestExportTables(t *testing.T) {
	const doc = "../../examples/russia-mali/testdata/russia-mali.golden.json"
	for _, format := range []string{"csv", "parquet"} {
		dir := filepath.Join(t.TempDir(), "out")
		_, errOut, code := runDiplo(t, nil, "export", "-format", format, "-period", "year", "tables", doc, dir)
		require.Equal(t, 0, code, errOut)
		files, err := filepath.Glob(filepath.Join(dir, "*."+format))
		require.NoError(t, err)
		assert.Len(t, files, 42, format)
		for _, f := range files {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			if format == "parquet" {
				assert.Equal(t, "PAR1", string(data[:4]), f)
				assert.Equal(t, "PAR1", string(data[len(data)-4:]), f)
			} else {
				assert.NotEmpty(t, data, f)
			}
		}
		if format == "csv" {
			dyads, err := os.ReadFile(filepath.Join(dir, "dyads.csv"))
			require.NoError(t, err)
			assert.Contains(t, string(dyads), "\n2025,https://w3id.org/diplo/id/state/ML,MLIGOV,ML,https://w3id.org/diplo/id/state/RU,RUSGOV,RU,Event,official-visit,042,CONSULT,visit,1,1\n")
		}
		assert.Contains(t, errOut, "events[5]: not in the dyads")
	}
}

// TestExportTablesRefusesToOverwrite checks that export tables writes
// nothing when a file it would write exists, and overwrites with -force.
func TestExportTablesRefusesToOverwrite(t *testing.T) {
	const doc = "../../examples/russia-mali/testdata/russia-mali.golden.json"
	dir := t.TempDir()
	existing := filepath.Join(dir, "events.csv")
	require.NoError(t, os.WriteFile(existing, []byte("mine\n"), 0o666))
	_, errOut, code := runDiplo(t, nil, "export", "tables", doc, dir)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "events.csv exists; use -force")
	data, err := os.ReadFile(existing)
	require.NoError(t, err)
	assert.Equal(t, "mine\n", string(data))
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	assert.Len(t, files, 1, "nothing else written")

	_, errOut, code = runDiplo(t, nil, "export", "-force", "tables", doc, dir)
	require.Equal(t, 0, code, errOut)
	data, err = os.ReadFile(existing)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(data), "id,kind,status,"))
}

// TestExportTablesErrors checks the usage errors (exit status 2, before
// anything is read or written) and an invalid record (exit status 1).
func TestExportTablesErrors(t *testing.T) {
	const doc = "../../examples/russia-mali/testdata/russia-mali.golden.json"
	dir := filepath.Join(t.TempDir(), "out")
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"format", []string{"export", "-format", "xlsx", "tables", doc, dir}, 2, `unknown -format "xlsx"`},
		{"period", []string{"export", "-period", "week", "tables", doc, dir}, 2, `unknown -period "week"`},
		{"formulas with parquet", []string{"export", "-format", "parquet", "-neutralise-formulas", "tables", doc, dir}, 2, "csv only"},
		{"no dir", []string{"export", "tables", doc}, 2, "missing DIR"},
		{"tables flag with gdelt", []string{"export", "-format", "csv", "gdelt", doc}, 2, "-format applies to tables only"},
		{"limit", []string{"export", "-max-bytes", "10", "tables", doc, dir}, 1, "exceeds MaxBytes"},
		{"missing file", []string{"export", "tables", "nonexistent.json", dir}, 2, "nonexistent.json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errOut, code := runDiplo(t, nil, tc.args...)
			assert.Equal(t, tc.code, code, errOut)
			assert.Contains(t, errOut, tc.msg)
			_, err := os.Stat(dir)
			assert.True(t, os.IsNotExist(err), "nothing written")
		})
	}
}
