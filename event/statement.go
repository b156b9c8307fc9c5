package event

import (
	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// Statement is something said or published: a quote, remarks, a joint
// statement, a communiqué, a readout of a call. Its text is kept in the
// language it was said in, with any translations marked as such (see
// diplo.Text). A statement known to exist whose words the record does not
// hold (a readout reported but not published) has no text and says why in
// Wording; it can still be known by its title and identifiers (a United
// Nations document symbol).
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
	// Title of the statement, if it has one: the name of a communiqué or
	// declaration ("Joint Statement of the Leaders of the G7").
	Title diplo.Text `json:"title,omitempty"`
	// Text of the statement, in its original language and translations.
	// It is required unless Wording says why the record lacks it.
	Text diplo.Text `json:"text,omitempty"`
	// Wording says why the statement has no text: its words were not
	// published, or are not quoted. It is empty when Text holds them.
	Wording Wording `json:"wording,omitempty"`
	// About lists the nodes the statement concerns (an accord, a state).
	About []diplo.ID `json:"about,omitempty"`
	// Identifiers in external systems (a United Nations document symbol,
	// a URL).
	Identifiers []diplo.Identifier `json:"identifiers,omitempty"`
	// Attribution says where the statement was reported and by whom.
	diplo.Attribution
	// Claims hold what sources say of the statement where they may
	// disagree (its date, who made it).
	Claims []diplo.Claim `json:"claims,omitempty"`
}

// StatementType names the node type of Statement.
type StatementType struct{}

// TypeName implements diplo.Named.
func (StatementType) TypeName() string { return "Statement" }

// Validate checks the kind, that there is a speaker and a text with an
// original, or else a Wording that says why there is none, and the
// references.
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
	c.Add("title", s.Title.Validate())
	switch {
	case s.Wording == "":
		// The words of a statement are its substance: required unless
		// the statement says why the record lacks them.
		c.Add("text", check.Text(s.Text))
	case len(s.Text) > 0:
		// A statement whose words are unknown has no text.
		c.Add("wording", check.NewValueError("wording of a statement with a text", string(s.Wording), diplo.ErrInconsistent))
		c.Add("text", s.Text.Validate())
	default:
		c.Add("wording", wordings.Check(s.Wording))
	}
	// A statement's text must be kept in the language it was made in: a
	// text of translations only has lost its original.
	if len(s.Text) > 0 && !hasOriginal(s.Text) {
		c.Add("text", check.NewValueError("text", "translations only", diplo.ErrLanguage))
	}
	check.IDs(&c, "about", s.About)
	check.Identifiers(&c, "identifiers", s.Identifiers)
	c.Add("", s.Attribution.Validate())
	for i, cl := range s.Claims {
		c.AddIndex("claims", i, cl.Validate())
	}
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
