package check_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/internal/check"
)

func TestRepeatedSingleton(t *testing.T) {
	tests := []struct {
		tag  string
		c    byte
		want bool
	}{
		{"", 0, false},
		{"en", 0, false},
		{"en-t-fr", 0, false},
		{"en-u-ca-buddhist-t-fr", 0, false},
		{"en-u-ca-x-u-ca", 0, false},    // the second "u" is private use
		{"x-a-a", 0, false},             // private use only
		{"i-klingon", 0, false},         // a grandfathered tag's "i" opens it
		{"en-a-bb-1-cc-9-dd", 0, false}, // digits are singletons too
		{"AA-u-00-00-u-00-00", 'u', true},
		{"aa-u-00-u-00-00", 'u', true},
		{"en-t-fr-T-de", 't', true},
		{"en_a_bb_a_cc", 'a', true},
		{"en-1-aa-1-bb", '1', true},
		{"en-u-ca-t-fr-u-nu", 'u', true},
	}
	for _, tt := range tests {
		c, ok := check.RepeatedSingleton(tt.tag)
		assert.Equal(t, tt.want, ok, tt.tag)
		assert.Equal(t, tt.c, c, tt.tag)
	}
}
