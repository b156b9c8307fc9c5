package limit_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/limit"
)

func TestEffective(t *testing.T) {
	defaults := limit.Limits{
		MaxBytes:   limit.DefaultMaxBytes,
		MaxDepth:   limit.DefaultMaxDepth,
		MaxString:  limit.DefaultMaxString,
		MaxArray:   limit.DefaultMaxArray,
		MaxObjects: limit.DefaultMaxObjects,
	}
	tests := []struct {
		name string
		in   limit.Limits
		want limit.Limits
	}{
		{"zero gives the defaults", limit.Limits{}, defaults},
		{"set values stay", limit.Limits{MaxBytes: 10, MaxDepth: 3, MaxString: 4, MaxArray: 5, MaxObjects: 6},
			limit.Limits{MaxBytes: 10, MaxDepth: 3, MaxString: 4, MaxArray: 5, MaxObjects: 6}},
		{"None lifts a limit", limit.Limits{MaxBytes: limit.None, MaxString: -7, MaxArray: limit.None, MaxObjects: limit.None},
			limit.Limits{MaxBytes: math.MaxInt, MaxDepth: limit.DefaultMaxDepth, MaxString: math.MaxInt, MaxArray: math.MaxInt, MaxObjects: math.MaxInt}},
		{"depth is capped", limit.Limits{MaxDepth: limit.None}, func() limit.Limits { l := defaults; l.MaxDepth = limit.MaxDepthCap; return l }()},
		{"depth over the cap", limit.Limits{MaxDepth: limit.MaxDepthCap + 1}, func() limit.Limits { l := defaults; l.MaxDepth = limit.MaxDepthCap; return l }()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.in.Effective())
		})
	}
}

// TestDiploAliases checks that package diplo's names are this package's:
// a diplo.Limits is a limit.Limits, and an error wrapping one sentinel
// wraps the other.
func TestDiploAliases(t *testing.T) {
	var l limit.Limits = diplo.Limits{MaxBytes: 1}
	assert.Equal(t, 1, l.MaxBytes)
	assert.ErrorIs(t, diplo.ErrLimit, limit.ErrExceeded)
	assert.Equal(t, limit.None, diplo.NoLimit)
	assert.Equal(t, limit.MaxDepthCap, diplo.MaxDepthCap)
	assert.Equal(t, limit.DefaultMaxBytes, diplo.DefaultMaxBytes)
	assert.Equal(t, "limit exceeded", limit.ErrExceeded.Error())
}
