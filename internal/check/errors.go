package check

import (
	"errors"
	"slices"
	"strconv"
	"strings"
)

// Sentinel errors. Every error that Validate or a parser returns wraps one of
// them, so callers can test the kind of problem with errors.Is whatever the
// path.
var (
	// ErrRequired reports a field that must be set and is empty.
	ErrRequired = errors.New("required")
	// ErrSyntax reports text that does not have the form of its type: a date
	// that is not EDTF, an id that is not an IRI, an identifier that does not
	// match its scheme.
	ErrSyntax = errors.New("syntax error")
	// ErrRange reports a value of the right form outside its range: month 13,
	// 30 February, a latitude of 91.
	ErrRange = errors.New("out of range")
	// ErrUnknown reports a value outside a closed vocabulary: an event kind,
	// role, status, qualifier or domain that the library does not define.
	ErrUnknown = errors.New("unknown value")
	// ErrLanguage reports a missing, undetermined or malformed BCP 47 tag.
	ErrLanguage = errors.New("invalid language tag")
	// ErrCountry reports a code that is not an ISO 3166-1 country.
	ErrCountry = errors.New("unknown country code")
	// ErrDuplicate reports two nodes with the same id, or a value listed twice
	// where it may appear once.
	ErrDuplicate = errors.New("duplicate")
	// ErrReference reports an id that names no node of the expected type.
	ErrReference = errors.New("unresolved reference")
	// ErrCycle reports a cycle where the graph must be acyclic, such as an
	// event that is, through its parts, a part of itself.
	ErrCycle = errors.New("cycle")
	// ErrOrder reports dates in an impossible order: an end before its start,
	// a ratification before the signature.
	ErrOrder = errors.New("dates out of order")
	// ErrInconsistent reports facts that contradict each other, such as a
	// signatory acting for a state that is not a party to the accord.
	ErrInconsistent = errors.New("inconsistent")
	// ErrUnknownField reports, in strict decoding, an object member that the
	// type does not define.
	ErrUnknownField = errors.New("unknown field")
	// ErrJSON reports input that is not well-formed JSON, or a JSON value of
	// the wrong type for its place (a number where a string belongs).
	ErrJSON = errors.New("malformed JSON")
)

// A FieldError records a broken rule and the JSON path of the value that
// breaks it, such as accords[1].signatories[0].party. Paths use the JSON
// names of fields; an empty path means the value itself.
//
// FieldError is modelled on io/fs.PathError: Err is the underlying error,
// usually one of the sentinel errors of this package or wrapping one.
type FieldError struct {
	Path string
	Err  error
}

// Error returns "path: message", or the message alone for an empty path.
func (e *FieldError) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *FieldError) Unwrap() error { return e.Err }

// Errors is a list of field errors sorted by path. Validate methods return
// an Errors value when more than one rule is broken, so that every problem
// is reported at once. It unwraps to its elements, so errors.Is and errors.As
// look into every one of them.
//
// A list holds at most MaxErrors field errors. When a validation finds
// more, the list holds the first MaxErrors found, sorted by path, followed
// by one last entry with an empty path whose Err is an *OmittedErrors that
// counts the errors left out ("too many errors: 12345 more not
// listed"); it wraps ErrTooMany, and Omitted returns its count. errors.Is
// and errors.As still look into every listed error.
type Errors []*FieldError

// MaxErrors is the most field errors that a Collector, and so every
// Validate method, lists. The errors found past it are counted, not
// listed: the list ends with an *OmittedErrors that says how many (see
// Errors). A thousand errors say what is wrong with a record; past that,
// listing each would only cost time and memory (a hostile graph can break
// a rule millions of times).
const MaxErrors = 1000

// ErrTooMany reports that a validation found more errors than MaxErrors
// and left the rest out of its list; the *OmittedErrors that closes the
// list wraps it.
var ErrTooMany = errors.New("too many errors")

// OmittedErrors closes an Errors list that was cut at MaxErrors: Count is
// the number of errors found but not listed. It wraps ErrTooMany.
type OmittedErrors struct {
	Count int
}

// Error returns "too many errors: N more not listed".
func (e *OmittedErrors) Error() string {
	return ErrTooMany.Error() + ": " + strconv.Itoa(e.Count) + " more not listed"
}

// Unwrap returns ErrTooMany.
func (e *OmittedErrors) Unwrap() error { return ErrTooMany }

// Error joins the messages of the list, one per line.
func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the elements of the list.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// Omitted returns the number of errors that were found but left out of the
// list because it reached MaxErrors, or 0 when the list is complete.
func (es Errors) Omitted() int {
	if len(es) == 0 {
		return 0
	}
	if o := omitted(es[len(es)-1]); o != nil {
		return o.Count
	}
	return 0
}

// omitted returns the *OmittedErrors that e holds, or nil.
func omitted(e *FieldError) *OmittedErrors {
	if e == nil || e.Path != "" {
		return nil
	}
	o, _ := e.Err.(*OmittedErrors)
	return o
}

// Collector gathers the errors of a validation and prefixes their paths. Its
// zero value is ready to use and allocates nothing until an error is added,
// so validating a valid value costs no allocation.
//
// A Collector keeps the first MaxErrors errors added and counts the others
// without building their paths, so that gathering costs time in proportion
// to the number of errors however many there are; Err then ends its list
// with an *OmittedErrors (see Errors).
type Collector struct {
	errs Errors
	more int // errors added past MaxErrors
}

// Add records err at path. If err is a *FieldError or an Errors, path is
// prefixed to each of their paths. A nil err is ignored. Once MaxErrors
// errors are recorded, further errors are only counted, and an Errors list
// that ends in an *OmittedErrors adds its count.
func (c *Collector) Add(path string, err error) {
	// Small enough to be inlined: most checks add nil, which then costs
	// no call.
	if err != nil {
		c.add(path, err)
	}
}

// add is Add for an error that is not nil.
func (c *Collector) add(path string, err error) {
	var fe *FieldError
	var es Errors
	switch {
	case errors.As(err, &es):
		for _, e := range es {
			if o := omitted(e); o != nil {
				c.more += o.Count
				continue
			}
			if c.full() {
				c.more++
				continue
			}
			c.errs = append(c.errs, &FieldError{Path: JoinPath(path, e.Path), Err: e.Err})
		}
	case c.full():
		c.more++
	case errors.As(err, &fe):
		c.errs = append(c.errs, &FieldError{Path: JoinPath(path, fe.Path), Err: fe.Err})
	default:
		c.errs = append(c.errs, &FieldError{Path: path, Err: err})
	}
}

// full reports whether the Collector holds MaxErrors errors already.
func (c *Collector) full() bool { return len(c.errs) >= MaxErrors }

// AddIndex records err at field[i]; see Add. Once the Collector is full it
// counts err without writing the path.
func (c *Collector) AddIndex(field string, i int, err error) {
	if err != nil {
		c.addIndex(field, i, err)
	}
}

// addIndex is AddIndex for an error that is not nil.
func (c *Collector) addIndex(field string, i int, err error) {
	if c.full() {
		var es Errors
		if !errors.As(err, &es) {
			c.more++
			return
		}
	}
	c.Add(IndexPath(field, i), err)
}

// Len reports how many errors were gathered, counting those past
// MaxErrors that are not listed.
func (c *Collector) Len() int { return len(c.errs) + c.more }

// Err returns nil when nothing was gathered, the single *FieldError when one
// was, and otherwise an Errors list sorted by path, of at most MaxErrors
// errors followed, when more were gathered, by an *OmittedErrors entry
// that counts them (see Errors).
func (c *Collector) Err() error {
	if len(c.errs) == 0 && c.more == 0 {
		return nil
	}
	return c.err()
}

// err is Err for a Collector that gathered errors.
func (c *Collector) err() error {
	switch {
	case len(c.errs) == 1 && c.more == 0:
		return c.errs[0]
	}
	out := make(Errors, len(c.errs), len(c.errs)+1)
	copy(out, c.errs)
	SortErrors(out)
	if c.more > 0 {
		out = append(out, &FieldError{Err: &OmittedErrors{Count: c.more}})
	}
	return out
}

// SortErrors sorts errs by path, comparing array indices as numbers, so that
// events[2] comes before events[10]. The sort is stable.
// An *OmittedErrors entry that closes the list stays last.
func SortErrors(errs Errors) {
	if n := len(errs); n > 0 && omitted(errs[n-1]) != nil {
		errs = errs[:n-1]
	}
	slices.SortStableFunc(errs, func(a, b *FieldError) int { return ComparePaths(a.Path, b.Path) })
}

// ComparePaths orders two JSON paths, comparing runs of digits as numbers.
func ComparePaths(a, b string) int {
	for a != "" && b != "" {
		if isDigit(a[0]) && isDigit(b[0]) {
			na, ra := digits(a)
			nb, rb := digits(b)
			if c := compareNumeric(na, nb); c != 0 {
				return c
			}
			a, b = ra, rb
			continue
		}
		if a[0] != b[0] {
			if a[0] < b[0] {
				return -1
			}
			return 1
		}
		a, b = a[1:], b[1:]
	}
	return len(a) - len(b)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func digits(s string) (string, string) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return s[:i], s[i:]
}

func compareNumeric(a, b string) int {
	a = strings.TrimLeft(a, "0")
	b = strings.TrimLeft(b, "0")
	if len(a) != len(b) {
		return len(a) - len(b)
	}
	return strings.Compare(a, b)
}

// JoinPath joins a parent and a child path with a dot, or without one when
// the child is an index ("[2]") or either side is empty.
func JoinPath(parent, child string) string {
	switch {
	case parent == "":
		return child
	case child == "":
		return parent
	case child[0] == '[':
		return parent + child
	}
	return parent + "." + child
}

// IndexPath returns field[i].
func IndexPath(field string, i int) string {
	return field + "[" + strconv.Itoa(i) + "]"
}

// ValueError is an error about a particular value, such as an unknown kind.
// It names the value (quoted and cut to a short prefix, so hostile input is
// never echoed at length) and wraps a sentinel error.
type ValueError struct {
	// What names the kind of value: "event kind", "date".
	What string
	// Value is the offending text, cut to at most MaxQuote bytes.
	Value string
	// Err is the sentinel or underlying error.
	Err error
}

// MaxQuote is the longest prefix of a bad value that errors quote.
const MaxQuote = 64

// NewValueError returns a *ValueError for value, cutting it to MaxQuote bytes.
func NewValueError(what, value string, err error) *ValueError {
	return &ValueError{What: what, Value: Quote(value), Err: err}
}

// Error returns a message such as `unknown value: event kind "sumit"`.
func (e *ValueError) Error() string {
	return e.Err.Error() + ": " + e.What + " " + strconv.Quote(e.Value)
}

// Unwrap returns the underlying error.
func (e *ValueError) Unwrap() error { return e.Err }

// Quote cuts s to at most MaxQuote bytes, on a rune boundary, marking the cut
// with "...".
func Quote(s string) string {
	if len(s) <= MaxQuote {
		return s
	}
	cut := MaxQuote
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "..."
}
