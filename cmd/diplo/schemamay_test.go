package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

// mayObjectByContains is schemaMayObject as a search for each form:
// null, "" and each of the eight cases of "und".
func mayObjectByContains(data []byte) bool {
	if bytes.Contains(data, []byte("null")) || bytes.Contains(data, []byte(`""`)) {
		return true
	}
	for mask := range 8 {
		v := []byte(`"und"`)
		for k := range 3 {
			if mask&(1<<k) != 0 {
				v[1+k] &^= 0x20
			}
		}
		if bytes.Contains(data, v) {
			return true
		}
	}
	return false
}

// TestSchemaMayObject checks the one-pass search for the values only the
// JSON Schema refuses against a search for each of their forms.
func TestSchemaMayObject(t *testing.T) {
	tests := []struct {
		data string
		want bool
	}{
		{`{"a":"b"}`, false},
		{`{"a":null}`, true},
		{`{"a":"nul"}`, false},
		{`{"a":""}`, true},
		{`{"a":"x\""}`, true},
		{`{"lang":"und"}`, true},
		{`{"lang":"UnD"}`, true},
		{`{"lang":"undo"}`, false},
		{`{"lang":"\"und\""}`, true},
		{`{"lang":"und`, false},
		{`"`, false},
		{``, false},
		{`{"a":"b","c":"d"}`, false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, schemaMayObject([]byte(tc.data)), tc.data)
		assert.Equal(t, mayObjectByContains([]byte(tc.data)), schemaMayObject([]byte(tc.data)), tc.data)
	}
}

// TestSchemaMayObjectPlaces checks the search with each form, and each
// near miss, at every place in a document long enough to be read eight
// bytes at a time: at the start and the end, and across the eight-byte
// words it reads.
func TestSchemaMayObjectPlaces(t *testing.T) {
	forms := map[string]bool{
		`null`: true, `""`: true, `"und"`: true, `"UNd"`: true, `"uNd"`: true,
		`nul`: false, `nUll`: false, `"un"`: false, `"undo"`: false, `"ünd"`: false, `n"ll`: false,
	}
	for form, want := range forms {
		for at := range 40 {
			data := append(bytes.Repeat([]byte("a"), at), form...)
			data = append(data, bytes.Repeat([]byte("b"), 40-at)...)
			for _, d := range [][]byte{data, data[:at+len(form)]} {
				assert.Equal(t, want, schemaMayObject(d), "%q", d)
				assert.Equal(t, mayObjectByContains(d), schemaMayObject(d), "%q", d)
			}
		}
	}
}

// FuzzSchemaMayObject checks schemaMayObject against a search for each
// form on any bytes.
func FuzzSchemaMayObject(f *testing.F) {
	for _, s := range []string{`{"a":"UND"}`, `""`, `nul"l`, `"un"d"`, `{"a":"b"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		assert.Equal(t, mayObjectByContains(data), schemaMayObject(data), "%q", data)
	})
}
