package graph

import (
	"strconv"
	"strings"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// Rule is the short, stable name of a rule that spans nodes, as the
// package documentation lists it ("signer-takes-part").
type Rule string

// The rules that span nodes, which Graph.Validate checks and the package
// documentation states.
const (
	// RuleUniqueID: no two nodes share an ID (diplo.ErrDuplicate).
	RuleUniqueID Rule = "unique-id"
	// RuleReference: every reference names a node of the graph
	// (diplo.ErrReference).
	RuleReference Rule = "reference"
	// RuleReferenceType: every reference names a node of a type its field
	// admits (diplo.ErrReference).
	RuleReferenceType Rule = "reference-type"
	// RulePartCycle: no event is, through its parts, a part of itself
	// (diplo.ErrCycle).
	RulePartCycle Rule = "part-cycle"
	// RulePartWithinWhole: a held part of a held event does not lie
	// outside the event's span (diplo.ErrInconsistent).
	RulePartWithinWhole Rule = "part-within-whole"
	// RuleActionWithinEvent: an accord action taken at an event is dated
	// within it (diplo.ErrInconsistent).
	RuleActionWithinEvent Rule = "action-within-event"
	// RuleSignerTakesPart: whoever signs an accord at an event takes part
	// in it (diplo.ErrInconsistent).
	RuleSignerTakesPart Rule = "signer-takes-part"
	// RuleStatementWithinOccasion: a statement made on an occasion is not
	// dated outside it (diplo.ErrInconsistent).
	RuleStatementWithinOccasion Rule = "statement-within-occasion"
	// RuleVoteWithinEvent: a vote taken at an event is dated within it
	// (diplo.ErrInconsistent).
	RuleVoteWithinEvent Rule = "vote-within-event"
	// RuleVoteAgreesWithMotion: a vote is taken by the body of its motion,
	// and its result agrees with the motion's status and method
	// (diplo.ErrInconsistent).
	RuleVoteAgreesWithMotion Rule = "vote-agrees-with-motion"
	// RuleAccreditationSides: an event that is a step of accreditation
	// names one sending and one receiving side, different states or
	// organisations, and its envoy and recipient are persons
	// (diplo.ErrInconsistent).
	RuleAccreditationSides Rule = "accreditation-sides"
	// RuleEnvoyAccredited: the sides of a step of accreditation whose
	// envoy holds an office of a mission at its date are that mission's
	// (diplo.ErrInconsistent).
	RuleEnvoyAccredited Rule = "envoy-accredited"
	// RuleConcurrentAccreditation: a tenure accredited to further sides
	// is a tenure of an office of a mission, and those sides are not the
	// mission's own receiving side (diplo.ErrInconsistent).
	RuleConcurrentAccreditation Rule = "concurrent-accreditation"
	// RuleMissionRole: a mission takes part in an event as an institution
	// does, not in a role that a person plays nor as a side of a step of
	// accreditation (diplo.ErrInconsistent).
	RuleMissionRole Rule = "mission-role"
	// RuleCauseBeforeEffect: the event that another is caused by
	// (event.CausedBy) does not begin after the effect is over: after
	// the end of the effect's span and the last change of its status
	// (diplo.ErrOrder).
	RuleCauseBeforeEffect Rule = "cause-before-effect"
)

// Rules returns the rules that span nodes, in the order of the package
// documentation. It returns a new slice on each call.
func Rules() []Rule {
	return []Rule{RuleUniqueID, RuleReference, RuleReferenceType, RulePartCycle,
		RulePartWithinWhole, RuleActionWithinEvent, RuleSignerTakesPart, RuleStatementWithinOccasion,
		RuleVoteWithinEvent, RuleVoteAgreesWithMotion,
		RuleAccreditationSides, RuleEnvoyAccredited, RuleConcurrentAccreditation, RuleMissionRole, RuleCauseBeforeEffect}
}

// RuleError is the error of a rule that spans nodes. Graph.Validate
// reports it inside a *diplo.FieldError whose path is the field that
// breaks the rule; its message names the nodes by their label in the
// record's own language where they have one, with the ID after it:
//
//	accords[0].signatories[1].person: inconsistent: witness "Menachem Begin" (urn:uuid:…) is not a participant of "Signing ceremony" (urn:uuid:…)
//
// errors.Is finds its sentinel (diplo.ErrInconsistent and the others);
// errors.As finds the RuleError and its Rule.
type RuleError struct {
	// Rule is the rule broken.
	Rule Rule
	// Message says how, naming the nodes.
	Message string
	// Err is the sentinel of the kind of rule: diplo.ErrDuplicate,
	// diplo.ErrReference, diplo.ErrCycle or diplo.ErrInconsistent.
	Err error
}

// Error returns the sentinel's message and the rule's, such as
// `inconsistent: witness "Menachem Begin" (urn:uuid:…) is not a
// participant of "Signing ceremony" (urn:uuid:…)`.
func (e *RuleError) Error() string { return e.Err.Error() + ": " + e.Message }

// Unwrap returns the sentinel.
func (e *RuleError) Unwrap() error { return e.Err }

// broke reports at p that rule is broken, as the message says.
func (v checker) broke(p string, rule Rule, err error, msg string) {
	v.c.Add(p, &RuleError{Rule: rule, Message: msg, Err: err})
}

// name returns how messages name the node of id: its label in quotes and
// its ID in brackets, or its ID alone when it has no label or is not in
// the graph.
func (v checker) name(id diplo.ID) string {
	if l := v.label(id); l != "" {
		return strconv.Quote(check.Quote(l)) + " (" + check.Quote(string(id)) + ")"
	}
	return check.Quote(string(id))
}

// label returns the label of the node of id (the name of an actor or
// event, the title of an accord or source, the symbol or else the title
// of a resolution) in the record's own language,
// that of the graph's title, or else in the language it was recorded in
// (its original); "" when it has none.
func (v checker) label(id diplo.ID) string {
	r, ok := v.get(id)
	if !ok {
		return ""
	}
	var t diplo.Text
	g := v.g
	switch r.Type {
	case PersonNode:
		t = g.Persons[r.Index].Name
	case StateNode:
		t = g.States[r.Index].Name
	case OrganizationNode:
		t = g.Organizations[r.Index].Name
	case OfficeNode:
		t = g.Offices[r.Index].Name
	case DelegationNode:
		t = g.Delegations[r.Index].Name
	case MissionNode:
		t = g.Missions[r.Index].Name
	case EventNode:
		t = g.Events[r.Index].Name
	case AccordNode:
		t = g.Accords[r.Index].Title
	case ResolutionNode:
		// A resolution is known by its symbol.
		if s := g.Resolutions[r.Index].Symbol; s != "" {
			return s
		}
		t = g.Resolutions[r.Index].Title
	case SourceNode:
		t = g.Sources[r.Index].Title
	}
	// The record's own language is that of the graph's title.
	if lang, _, ok := g.Title.Original(); ok {
		if s, ok := t[lang]; ok {
			return s
		}
	}
	if _, s, ok := t.Original(); ok {
		return s
	}
	return t.String()
}

// fieldWords gives the word by which messages call what a field names,
// where it is not the field's name (or, for a list, its singular).
var fieldWords = map[string]string{
	"actor":        "participant",
	"representing": "party represented",
	"represents":   "party represented",
	"partOf":       "parent",
	"createdBy":    "founding accord",
	"of":           "holder",
	"creates":      "organisation created",
	"by":           "actor credited",
	"about":        "subject",
	"publisherId":  "publisher",
	"parties":      "party",
	"sending":      "sending side",
	"receiving":    "receiving side",
	"accreditedTo": "side accredited to",
}

// word returns what messages call the value at p: the field's word
// (fieldWords), or its name, made singular for a list element ("speakers[0]"
// is a speaker).
func word(p path) string {
	if w, ok := fieldWords[p.name]; ok {
		return w
	}
	if p.index >= 0 {
		return strings.TrimSuffix(p.name, "s")
	}
	return p.name
}

// when writes a span as messages give it: one date for a span of one
// (2025-06-23), else the EDTF interval (2025-06-22/2025-06-23).
func when(iv diplo.Interval) string {
	if iv.Start == iv.End && !iv.OpenStart && !iv.OpenEnd && !iv.Start.IsZero() {
		return iv.Start.String()
	}
	return iv.String()
}

// typeList writes node types as "a Person, State or Organization".
func typeList(types []NodeType) string {
	var b strings.Builder
	for i, t := range types {
		switch {
		case i == 0:
			b.WriteString(article(t))
			continue
		case i == len(types)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(string(t))
	}
	return b.String()
}
