package diplo

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo/internal/check"
)

// oldTextValidate is Text.Validate before a text of one entry was looked
// up by a guessed tag: the rule that Validate keeps.
func oldTextValidate(t Text) error {
	if len(t) == 0 {
		return nil
	}
	var c check.Collector
	for tag, s := range t {
		if tag == language.Und {
			key := tag.String()
			c.Add(key, check.NewValueError("language tag", key, ErrLanguage))
			continue
		}
		if (s == "" || s[0] <= ' ' || s[0] >= 0x80) && strings.TrimSpace(s) == "" {
			c.Add(tag.String(), ErrRequired)
			continue
		}
		if err := check.String(s); err != nil {
			c.Add(tag.String(), err)
		}
	}
	return c.Err()
}

// TestTextValidateSame holds Text.Validate to the old rule on texts of
// one, two and three entries, each tag a guess or not, with each guess
// in place, valid values and values that break each part of the rule.
func TestTextValidateSame(t *testing.T) {
	tags := append(textGuesses[:],
		language.Und, language.MustParse("en-t-fr"), language.MustParse("fr-ML"),
		language.Italian, language.MustParse("iw"), language.Make("x-private"))
	values := []string{"Moscou", "", " ", " \t\n", "é", " x", "a\x00b", "a\u202eb", "\xff", "ok\u0085", "Délégation", "\u00a0"}
	var texts []Text
	for i, tag := range tags {
		for _, v := range values {
			texts = append(texts,
				Text{tag: v},
				Text{tag: v, tags[(i+1)%len(tags)]: "x"},
				Text{tag: v, tags[(i+2)%len(tags)]: values[(i+3)%len(values)], tags[(i+5)%len(tags)]: "y"})
		}
	}
	defer textGuess.Store(textGuess.Load())
	for g := range textGuesses {
		for _, tx := range texts {
			textGuess.Store(uint32(g))
			want := oldTextValidate(tx)
			got := tx.Validate()
			if want == nil {
				assert.NoError(t, got, "%v, guess %v", tx, textGuesses[g])
				continue
			}
			require.Error(t, got, "%v, guess %v", tx, textGuesses[g])
			assert.Equal(t, want.Error(), got.Error(), "%v, guess %v", tx, textGuesses[g])
			for _, sentinel := range []error{ErrLanguage, ErrRequired, ErrSyntax} {
				assert.Equal(t, errors.Is(want, sentinel), errors.Is(got, sentinel), "%v, guess %v: %v", tx, textGuesses[g], sentinel)
			}
		}
	}
}

// TestTextGuess checks that a text of one entry whose tag is a guess
// makes it the next guess, and that one of another tag, or of more
// entries, leaves the guess as it was.
func TestTextGuess(t *testing.T) {
	defer textGuess.Store(textGuess.Load())
	for i, tag := range textGuesses {
		require.NoError(t, Text{tag: "x"}.Validate())
		assert.Equal(t, uint32(i), textGuess.Load(), "after %v", tag)
		// Not a guess, and more than one entry: the guess stays.
		require.NoError(t, Text{language.Italian: "x"}.Validate())
		require.NoError(t, Text{textGuesses[(i+1)%len(textGuesses)]: "x", language.Italian: "y"}.Validate())
		assert.Equal(t, uint32(i), textGuess.Load(), "after %v", tag)
	}
}

// TestTextValidateGuessAllocs checks that validating a text of one entry
// allocates nothing, its tag guessed or not.
func TestTextValidateGuessAllocs(t *testing.T) {
	defer textGuess.Store(textGuess.Load())
	fr, it := Text{language.French: "Moscou"}, Text{language.Italian: "Mosca"}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = fr.Validate() }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = it.Validate(); _ = fr.Validate() }))
}

// TestBlankSame holds blank to strings.TrimSpace(s) == "", the rule it
// replaces, on white space of one, two and three bytes, other
// characters and bytes that are not UTF-8, alone and in pairs.
func TestBlankSame(t *testing.T) {
	parts := []string{"", " ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2028", "\u3000", "\u200b", "\ufeff",
		"x", "é", "반", "\xff", "\xc2", "\xe3\x80", "\x00", "\x1f"}
	for _, a := range parts {
		for _, b := range parts {
			s := a + b
			assert.Equal(t, strings.TrimSpace(s) == "", blank(s), "%q", s)
		}
	}
}
