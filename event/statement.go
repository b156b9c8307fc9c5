package event

import (
	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// Statement is something said or published: a quote, remarks, a joint
// statement, a communiqué, a readout of a call. Its text is kept in the
// language it was said in, with any translations marked as such (see
// diplo.Text).
type Statement struct {
	// ID of the node.
	ID diplo.ID `json:"id"`
	// Type is always "Statement" in JSON.
	Type diplo.TypeName[StatementType] `json:"type"`
	// Kind of statement.
	Kind StatementKind `json:"kind"`
	// Speakers are the persons, states, organisations, offices,
	// delegations or missions who made the statement.
	Speakers []diplo.ID `json:"speakers"`
	// Occasion is the event at which it was made.
	Occasion diplo.ID `json:"occasion,omitempty"`
	// Date when it was made.
	Date diplo.Date `json:"date,omitzero"`
	// Text of the statement, in its original language and translations.
	Text diplo.Text `json:"text"`
	// About lists the nodes the statement concerns (an accord, a state).
	About []diplo.ID `json:"about,omitempty"`
	// Attribution says where the statement was reported and by whom.
	diplo.Attribution
}

// StatementType names the node type of Statement.
type StatementType struct{}

// TypeName implements diplo.Named.
func (StatementType) TypeName() string { return "Statement" }

// Validate checks the kind, that there is a speaker and a text with an
// original, and the references.
func (s Statement) Validate() error {
	var c check.Collector
	c.Add("id", s.ID.Validate())
	c.Add("kind", statementKinds.Check(s.Kind))
	if len(s.Speakers) == 0 {
		c.Add("speakers", diplo.ErrRequired)
	}
	check.IDs(&c, "speakers", s.Speakers)
	if !s.Occasion.IsZero() {
		c.Add("occasion", s.Occasion.Validate())
	}
	c.Add("text", check.Text(s.Text))
	// A statement's text must be kept in the language it was made in: a
	// text of translations only has lost its original.
	if len(s.Text) > 0 && !hasOriginal(s.Text) {
		c.Add("text", check.NewValueError("text", "translations only", diplo.ErrLanguage))
	}
	check.IDs(&c, "about", s.About)
	c.Add("", s.Attribution.Validate())
	return c.Err()
}

// hasOriginal reports whether t holds a value that is not a translation, as
// t.Original does, without sorting the tags: a tag without the -t-
// extension is an original, and the tags that have one are looked at only
// when no such tag is found.
func hasOriginal(t diplo.Text) bool {
	for tag := range t {
		if _, ok := tag.Extension('t'); !ok {
			return true
		}
	}
	for tag := range t {
		if _, tr := diplo.TranslatedFrom(tag); !tr {
			return true
		}
	}
	return false
}
