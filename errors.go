package diplo

import "github.com/diplo-go/diplo/internal/check"

// Sentinel errors. Every error that Validate, a parser or a decoder returns
// wraps one of them, so callers can test the kind of problem with errors.Is
// whatever the path.
var (
	// ErrRequired reports a field that must be set and is empty.
	ErrRequired = check.ErrRequired
	// ErrSyntax reports text that does not have the form of its type: a date
	// that is not EDTF, an id that is not an IRI, an identifier that does not
	// match its scheme.
	ErrSyntax = check.ErrSyntax
	// ErrRange reports a value of the right form outside its range: month 13,
	// 30 February, a latitude of 91.
	ErrRange = check.ErrRange
	// ErrUnknown reports a value outside a closed vocabulary: an event kind,
	// role, status, qualifier or domain that the library does not define.
	ErrUnknown = check.ErrUnknown
	// ErrLanguage reports a missing, undetermined or malformed BCP 47 tag.
	ErrLanguage = check.ErrLanguage
	// ErrCountry reports a code that is not an ISO 3166-1 country.
	ErrCountry = check.ErrCountry
	// ErrDuplicate reports two nodes with the same id, or a value listed twice
	// where it may appear once.
	ErrDuplicate = check.ErrDuplicate
	// ErrReference reports an id that names no node of the expected type.
	ErrReference = check.ErrReference
	// ErrCycle reports a cycle where the graph must be acyclic, such as an
	// event that is, through its parts, a part of itself.
	ErrCycle = check.ErrCycle
	// ErrOrder reports dates in an impossible order: an end before its start,
	// a ratification before the signature.
	ErrOrder = check.ErrOrder
	// ErrInconsistent reports facts that contradict each other, such as a
	// signatory acting for a state that is not a party to the accord.
	ErrInconsistent = check.ErrInconsistent
	// ErrUnknownField reports, in strict decoding, an object member that the
	// type does not define.
	ErrUnknownField = check.ErrUnknownField
	// ErrJSON reports input that is not well-formed JSON, or a JSON value of
	// the wrong type for its place (a number where a string belongs).
	ErrJSON = check.ErrJSON
	// ErrTooMany reports that a validation found more errors than MaxErrors
	// and left the rest out of its list; the *OmittedErrors that closes the
	// list wraps it.
	ErrTooMany = check.ErrTooMany
)

// A FieldError records a broken rule and the JSON path of the value that
// breaks it, such as accords[1].signatories[0].party. Paths use the JSON
// names of fields; an empty path means the value itself.
//
// FieldError is modelled on io/fs.PathError: its field Path is the path,
// its field Err the underlying error, usually one of the sentinel errors
// of this package or wrapping one. Its Error method returns "path:
// message", or the message alone for an empty path; Unwrap returns Err.
// Find it with errors.As:
//
//	var fe *diplo.FieldError
//	if errors.As(err, &fe) {
//		fmt.Println(fe.Path)
//	}
type FieldError = check.FieldError

// Errors is a list of *FieldError sorted by path, comparing array indices
// as numbers (events[2] before events[10]). Validate methods return an
// Errors value when more than one rule is broken, so that every problem
// is reported at once. Its Error method joins the messages, one per line;
// Unwrap returns the elements, so errors.Is and errors.As look into every
// one of them.
//
// A list holds at most MaxErrors field errors. When a validation finds
// more, the list holds the first MaxErrors found, sorted by path, followed
// by one last entry with an empty path whose Err is an *OmittedErrors that
// counts the errors left out ("too many errors: 12345 more not listed");
// it wraps ErrTooMany, and the method Omitted returns its count, or 0 for
// a complete list.
type Errors = check.Errors

// MaxErrors is the most field errors that a Validate method lists. The
// errors found past it are counted, not listed: the list ends with an
// *OmittedErrors that says how many (see Errors). A thousand errors say
// what is wrong with a record; past that, listing each would only cost
// time and memory (a hostile graph can break a rule millions of times).
const MaxErrors = check.MaxErrors

// OmittedErrors closes an Errors list that was cut at MaxErrors: its field
// Count is the number of errors found but not listed. Its message is "diplo: too
// many errors: N more not listed"; it unwraps to ErrTooMany.
type OmittedErrors = check.OmittedErrors

// ValueError is an error about a particular value, such as an unknown kind
// or a date that does not parse. Its fields are What, the kind of value
// ("event kind", "date"); Value, the offending text, quoted in the message
// and cut to at most MaxQuote bytes, so hostile input is never echoed at
// length; and Err, the sentinel or underlying error, which Unwrap returns.
// Its message reads `unknown value: event kind "sumit"`.
type ValueError = check.ValueError

// MaxQuote is the longest prefix of a bad value that errors quote.
const MaxQuote = check.MaxQuote
