package dyad

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
)

// TestEnglish checks that english gives what Text.GetTag(language.English)
// gives, which it answers without a language matcher for a Text of one
// value or with an "en" value.
func TestEnglish(t *testing.T) {
	tags := []string{"en", "en-GB", "en-US", "en-Latn", "fr", "fr-t-en", "en-t-fr", "ru", "zh-Hans", "sco", "und-Latn", "ar", "es-419"}
	texts := []diplo.Text{nil, {}}
	for _, a := range tags {
		texts = append(texts, diplo.Text{language.MustParse(a): "1 " + a})
		for _, b := range tags {
			if a != b {
				texts = append(texts, diplo.Text{language.MustParse(a): "1 " + a, language.MustParse(b): "2 " + b})
			}
			for _, c := range []string{"en", "fr", "en-GB", "de"} {
				if c != a && c != b && a != b {
					texts = append(texts, diplo.Text{language.MustParse(a): "1 " + a, language.MustParse(b): "2 " + b, language.MustParse(c): "3 " + c})
				}
			}
		}
	}
	for _, tx := range texts {
		want, _ := tx.GetTag(language.English)
		assert.Equal(t, want, english(tx), "%v", tx)
	}
}
