package diplo

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCountryTable checks that countryOf, which reads codes of two
// capital letters from a table, gives what the regions of x/text give, for
// every code of two or three letters in any case.
func TestCountryTable(t *testing.T) {
	letters := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	for _, a := range []byte(letters) {
		for _, b := range []byte(letters + "09") {
			s := string([]byte{a, b})
			c, ok := countryOf(s)
			wc, wok := parseCountry(s)
			assert.Equal(t, wok, ok, s)
			assert.Equal(t, wc, c, s)
			if a <= 'Z' {
				for _, x := range []byte("AMSZ") {
					s3 := s + string(x)
					c, ok := countryOf(s3)
					wc, wok := parseCountry(s3)
					assert.Equal(t, wok, ok, s3)
					assert.Equal(t, wc, c, s3)
				}
			}
		}
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = countryOf("FR") }))
}
