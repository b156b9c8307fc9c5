package eventdata_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/gdelt"
	"github.com/diplo-go/diplo/eventdata/icews"
	"github.com/diplo-go/diplo/eventdata/plover"
)

// TestOneSentinelPerMeaning checks that an error of a row reader matches
// the one sentinel of its meaning, whichever package names it: a GDELT
// row cut short is icews.ErrColumnCount too, a bad ICEWS number is
// diplo.ErrSyntax, and malformed PLOVER JSON is diplo.ErrJSON.
func TestOneSentinelPerMeaning(t *testing.T) {
	_, err := gdelt.NewReader(strings.NewReader("1\t2\t3\n"), gdelt.ReaderOptions{}).Read()
	assert.ErrorIs(t, err, gdelt.ErrColumnCount)
	assert.ErrorIs(t, err, icews.ErrColumnCount)

	_, err = plover.NewDecoder(strings.NewReader(`[{"id":`), plover.DecoderOptions{}).Decode()
	assert.ErrorIs(t, err, plover.ErrJSON)
	assert.ErrorIs(t, err, diplo.ErrJSON)

	for _, pair := range [][2]error{
		{gdelt.ErrSyntax, diplo.ErrSyntax}, {icews.ErrSyntax, diplo.ErrSyntax},
		{gdelt.ErrRange, diplo.ErrRange}, {icews.ErrRange, diplo.ErrRange},
		{gdelt.ErrMissing, icews.ErrMissing}, {gdelt.ErrEncoding, icews.ErrEncoding},
		{gdelt.ErrLineTooLong, icews.ErrLineTooLong}, {gdelt.ErrFieldTooLong, icews.ErrFieldTooLong},
		{gdelt.ErrTruncated, icews.ErrTruncated}, {gdelt.ErrCompressed, icews.ErrCompressed},
		{plover.ErrRequired, diplo.ErrRequired}, {plover.ErrUnknownField, diplo.ErrUnknownField},
	} {
		assert.True(t, errors.Is(pair[0], pair[1]), "%v is not %v", pair[0], pair[1])
	}
}
