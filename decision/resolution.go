package decision

import (
	"regexp"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// Resolution is a text that a multilateral body is asked to adopt or has
// adopted: a resolution, a decision, an amendment or a procedural motion,
// from its draft to its adoption, rejection or withdrawal. It plays the
// part of Popolo's Motion; the votes taken on it are Vote nodes that name
// it as their motion.
type Resolution struct {
	// ID of the node.
	ID diplo.ID `json:"id"`
	// Type is always "Resolution" in JSON.
	Type diplo.TypeName[ResolutionType] `json:"type"`
	// Kind of resolution.
	Kind Kind `json:"kind"`
	// Status says whether it is a draft, or was adopted, rejected or
	// withdrawn.
	Status Status `json:"status"`
	// Symbol is the document symbol the body gives it, such as a United
	// Nations document symbol ("S/RES/2623 (2022)", "A/RES/ES-11/1",
	// "S/2022/155" for a draft) or a conference's ("1/CP.21").
	Symbol string `json:"symbol,omitempty"`
	// Title of the resolution, in its languages.
	Title diplo.Text `json:"title,omitempty"`
	// Body is the organisation that adopts it or is asked to: the UN
	// Security Council, the General Assembly, a council of a regional
	// organisation, a conference of the parties.
	Body diplo.ID `json:"body"`
	// Date of adoption, rejection or withdrawal; for a draft, of its
	// submission.
	Date diplo.Date `json:"date,omitzero"`
	// Text of the resolution, or an excerpt, in its languages.
	Text diplo.Text `json:"text,omitempty"`
	// Sponsors are the states and organisations that submitted or
	// sponsored it.
	Sponsors []diplo.ID `json:"sponsors,omitempty"`
	// Method says how the body decided: by a vote, by consensus, without
	// a vote or by acclamation.
	Method Method `json:"method,omitempty"`
	// Identifiers in external systems (Wikidata, the UN Digital Library's
	// URL).
	Identifiers []diplo.Identifier `json:"identifiers,omitempty"`
	// Sources cite the Source nodes that report the resolution.
	Sources []diplo.ID `json:"sources,omitempty"`
	// Claims hold what sources say of the resolution where they may
	// disagree.
	Claims []diplo.Claim `json:"claims,omitempty"`
}

// ResolutionType names the node type of Resolution.
type ResolutionType struct{}

// TypeName implements diplo.Named.
func (ResolutionType) TypeName() string { return "Resolution" }

// Label returns how the resolution is named: its symbol, else its title
// in its original language.
func (r Resolution) Label() string {
	if r.Symbol != "" {
		return r.Symbol
	}
	if _, s, ok := r.Title.Original(); ok {
		return s
	}
	return r.Title.String()
}

// Validate checks the resolution on its own: the fields, that it has a
// symbol or a title, and that its method agrees with its status. Rules
// that need other nodes (that its body is an organisation, that the votes
// on it agree with it) are checked by the graph that holds it.
func (r Resolution) Validate() error {
	var c check.Collector
	c.Add("id", r.ID.Validate())
	c.Add("kind", kinds.Check(r.Kind))
	c.Add("status", statuses.Check(r.Status))
	if r.Symbol != "" {
		c.Add("symbol", CheckSymbol(r.Symbol))
	}
	// A resolution is known by its symbol or its title: with neither,
	// nothing names it.
	if r.Symbol == "" && len(r.Title) == 0 {
		c.Add("title", diplo.ErrRequired)
	}
	c.Add("title", r.Title.Validate())
	c.Add("body", r.Body.Validate())
	c.Add("text", r.Text.Validate())
	check.IDs(&c, "sponsors", r.Sponsors)
	if r.Method != "" {
		c.Add("method", methods.Check(r.Method))
		// Only a vote rejects: consensus, a decision without a vote and
		// acclamation adopt.
		if r.Method != ByVote && methods.Has(r.Method) && r.Status != Adopted && r.Status != "" {
			c.Add("method", check.NewValueError("method", string(r.Method), diplo.ErrInconsistent))
		}
	}
	check.Identifiers(&c, "identifiers", r.Identifiers)
	check.IDs(&c, "sources", r.Sources)
	for i, cl := range r.Claims {
		c.AddIndex("claims", i, cl.Validate())
	}
	return c.Err()
}

// MaxSymbol is the longest document symbol accepted, in bytes: United
// Nations symbols run to some 40 characters
// ("A/HRC/WG.6/45/L.10/Rev.1/Add.1").
const MaxSymbol = 100

// SymbolPattern is the form of a document symbol, as a regular expression
// that Go's regexp and JSON Schema's ECMA-262 read alike: components of
// ASCII letters and digits, joined inside by single dots or hyphens,
// separated by slashes, and optionally a closing session or year in
// brackets, after a space or not.
const SymbolPattern = `^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*(?:/[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*)*(?: ?\([A-Za-z0-9]+\))?$`

var symbolRE = regexp.MustCompile(SymbolPattern)

// CheckSymbol checks the form of a document symbol: a United Nations
// document symbol or the like ("S/RES/2623 (2022)", "A/RES/ES-11/1",
// "A/C.3/78/L.4/Rev.1", "A/RES/377(V)", "1/CP.21"), as SymbolPattern
// says, of at most MaxSymbol bytes. It returns nil or a
// *diplo.ValueError that wraps diplo.ErrSyntax.
func CheckSymbol(s string) error {
	if len(s) > MaxSymbol || !symbolRE.MatchString(s) {
		return check.NewValueError("document symbol", s, diplo.ErrSyntax)
	}
	return nil
}
