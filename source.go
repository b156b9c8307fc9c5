package diplo

import (
	"net/url"
	"strings"

	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/iri"
	"golang.org/x/text/language"
)

// Source is a document that reports facts: a communiqué, a news article, a
// transcript. Sources are nodes of a graph; facts cite them by ID.
type Source struct {
	// ID of the source node.
	ID ID `json:"id"`
	// Type is always "Source" in JSON.
	Type TypeName[SourceType] `json:"type"`
	// URL where the source can be read.
	URL string `json:"url,omitempty"`
	// Title of the document.
	Title Text `json:"title,omitempty"`
	// Publisher names who published it ("Kremlin", "Anadolu Agency").
	Publisher Text `json:"publisher,omitempty"`
	// PublisherID is the actor that published it, when it is in the graph.
	PublisherID ID `json:"publisherId,omitempty"`
	// Published is the publication date.
	Published Date `json:"published,omitzero"`
	// Language of the document.
	Language language.Tag `json:"language,omitzero"`
}

// SourceType names the node type of Source.
type SourceType struct{}

// TypeName implements Named.
func (SourceType) TypeName() string { return "Source" }

// Validate checks that the source has an ID and a URL or a title, that the
// URL is an absolute http(s) URL, and that its texts and language are valid.
func (s Source) Validate() error {
	var c check.Collector
	c.Add("id", s.ID.Validate())
	if s.URL == "" && len(s.Title) == 0 {
		c.Add("url", ErrRequired)
	}
	if s.URL != "" {
		if !isWebURL(s.URL) {
			c.Add("url", check.NewValueError("url", s.URL, ErrSyntax))
		}
	}
	c.Add("title", s.Title.Validate())
	c.Add("publisher", s.Publisher.Validate())
	if !s.PublisherID.IsZero() {
		c.Add("publisherId", s.PublisherID.Validate())
	}
	return c.Err()
}

// Attribution says where a claim comes from: the sources that report it and
// the actors it is attributed to ("according to a Kremlin communiqué").
// Two attributions of the same fact may disagree; a record keeps both
// rather than choosing.
type Attribution struct {
	// Sources cite Source nodes by ID.
	Sources []ID `json:"sources,omitempty"`
	// By names the actors the claim is attributed to.
	By []ID `json:"by,omitempty"`
	// Note says how the source puts it, in its own words ("selon un
	// communiqué du Kremlin").
	Note Text `json:"note,omitempty"`
}

// IsZero reports whether the attribution is empty.
func (a Attribution) IsZero() bool { return len(a.Sources) == 0 && len(a.By) == 0 && len(a.Note) == 0 }

// Validate checks the IDs and the note.
func (a Attribution) Validate() error {
	var c check.Collector
	check.IDs(&c, "sources", a.Sources)
	check.IDs(&c, "by", a.By)
	c.Add("note", a.Note.Validate())
	return c.Err()
}

// Claim is a statement about a node that a source makes and others may
// contradict: one report calls an agreement a framework agreement, another
// says a commission meets every six months. Property is the JSON name of the
// field the claim is about, or a free term; Value is the claimed value as
// text, and Quantity the claimed value where it is a number ("23
// diplomats", "1.5 billion US dollars"). A claim is attributed by the rule
// ClaimAttributed.
type Claim struct {
	// Property is the field or aspect the claim concerns ("kind",
	// "meetingFrequency").
	Property string `json:"property"`
	// Value is the claimed value ("framework-agreement", "every six
	// months"), as the JSON of that field would hold it, or as free text.
	// It may be left out when Quantity gives the value.
	Value Text `json:"value,omitempty"`
	// Quantity is the claimed value when it is a number of things or a
	// sum of money.
	Quantity Quantity `json:"quantity,omitzero"`
	// Attribution says who claims it.
	Attribution
}

// Validate checks that the claim names a property and a value or a
// quantity, and that its attribution is valid and follows the rule
// ClaimAttributed.
func (cl Claim) Validate() error {
	var c check.Collector
	if cl.Property == "" {
		c.Add("property", ErrRequired)
	} else {
		c.Add("property", check.String(cl.Property))
	}
	if cl.Quantity.IsZero() {
		c.Add("value", check.Text(cl.Value))
	} else {
		c.Add("value", cl.Value.Validate())
		c.Add("quantity", cl.Quantity.Validate())
	}
	// The rule ClaimAttributed.
	if len(cl.Sources) == 0 && len(cl.By) == 0 {
		c.Add("sources", BrokenAttribution(ClaimAttributed, ErrRequired,
			"a claim names the actor who makes it (by) or cites a source (sources); a note alone does neither"))
	}
	c.Add("", cl.Attribution.Validate())
	return c.Err()
}

// isWebURL reports whether s is an absolute http or https URL with a host
// that is also an IRI: url.Parse accepts it, its scheme is http or https
// in any case, its host is not empty, and checkIRI accepts it.
func isWebURL(s string) bool {
	if iri.SimpleWebURL(s) {
		return true
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && checkIRI(s) == nil
}

// webScheme returns the length of the "http://" or "https://" prefix of s,
// in any case, or 0 when s has neither.
func webScheme(s string) int {
	for _, p := range [...]string{"http://", "https://"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return len(p)
		}
	}
	return 0
}
