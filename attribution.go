package diplo

// AttributionRule is the short, stable name of a rule of attribution:
// who a claim or a characterisation is attributed to, and where it is
// reported. The rules are written once, here; Claim.Validate and
// event.Characterisation.Validate enforce them and report a broken one as
// an *AttributionError that names it.
type AttributionRule string

// The rules of attribution.
const (
	// ClaimAttributed: a claim names the actor who makes it (by) or cites
	// a source that reports it (sources); a note alone does neither
	// (ErrRequired, at the claim's sources).
	ClaimAttributed AttributionRule = "claim-attributed"
	// CharacterisationAttributed: a characterisation names who used the
	// term (by), or cites where it was used: the statement (statement) or
	// a source that reports it (sources) (ErrRequired, at by).
	CharacterisationAttributed AttributionRule = "characterisation-attributed"
	// CharacterisationCited: a characterisation attributed to an actor
	// cites the statement in which the actor used the term or a source
	// that reports it: words are quoted from somewhere (ErrRequired, at
	// sources).
	CharacterisationCited AttributionRule = "characterisation-cited"
)

// AttributionRules returns the rules of attribution, in the order of their
// declaration. It returns a new slice on each call.
func AttributionRules() []AttributionRule {
	return []AttributionRule{ClaimAttributed, CharacterisationAttributed, CharacterisationCited}
}

// AttributionError is the error of a rule of attribution. Validate
// reports it inside a *FieldError whose path is the field at fault:
//
//	claims[0].sources: attribution rule "claim-attributed": required: a claim names the actor who makes it (by) or cites a source (sources); a note alone does neither
//
// errors.Is finds its sentinel (ErrRequired); errors.As finds the
// AttributionError and its Rule.
type AttributionError struct {
	// Rule is the rule broken.
	Rule AttributionRule
	// Err is the sentinel of the kind of fault.
	Err error
	// Message says what the rule asks.
	Message string
}

// Error returns the rule's name, the sentinel's message and the rule's.
func (e *AttributionError) Error() string {
	return `attribution rule "` + string(e.Rule) + `": ` + e.Err.Error() + ": " + e.Message
}

// Unwrap returns the sentinel.
func (e *AttributionError) Unwrap() error { return e.Err }

// BrokenAttribution returns the error of rule, broken as msg says, with
// the sentinel err.
func BrokenAttribution(rule AttributionRule, err error, msg string) *AttributionError {
	return &AttributionError{Rule: rule, Err: err, Message: msg}
}
