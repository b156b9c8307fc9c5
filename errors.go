package diplo

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
	ErrRequired = errors.New("diplo: required")
	// ErrSyntax reports text that does not have the form of its type: a date
	// that is not EDTF, an id that is not an IRI, an identifier that does not
	// match its scheme.
	ErrSyntax = errors.New("diplo: syntax error")
	// ErrRange reports a value of the right form outside its range: month 13,
	// 30 February, a latitude of 91.
	ErrRange = errors.New("diplo: out of range")
	// ErrUnknown reports a value outside a closed vocabulary: an event kind,
	// role, status, qualifier or domain that the library does not define.
	ErrUnknown = errors.New("diplo: unknown value")
	// ErrLanguage reports a missing, undetermined or malformed BCP 47 tag.
	ErrLanguage = errors.New("diplo: invalid language tag")
	// ErrCountry reports a code that is not an ISO 3166-1 country.
	ErrCountry = errors.New("diplo: unknown country code")
	// ErrDuplicate reports two nodes with the same id, or a value listed twice
	// where it may appear once.
	ErrDuplicate = errors.New("diplo: duplicate")
	// ErrReference reports an id that names no node of the expected type.
	ErrReference = errors.New("diplo: unresolved reference")
	// ErrCycle reports a cycle where the graph must be acyclic, such as an
	// event that is, through its parts, a part of itself.
	ErrCycle = errors.New("diplo: cycle")
	// ErrOrder reports dates in an impossible order: an end before its start,
	// a ratification before the signature.
	ErrOrder = errors.New("diplo: dates out of order")
	// ErrInconsistent reports facts that contradict each other, such as a
	// signatory acting for a state that is not a party to the accord.
	ErrInconsistent = errors.New("diplo: inconsistent")
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
type Errors []*FieldError

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

// Collector gathers the errors of a validation and prefixes their paths. Its
// zero value is ready to use and allocates nothing until an error is added,
// so validating a valid value costs no allocation.
type Collector struct {
	errs Errors
}

// Add records err at path. If err is a *FieldError or an Errors, path is
// prefixed to each of their paths. A nil err is ignored.
func (c *Collector) Add(path string, err error) {
	if err == nil {
		return
	}
	var fe *FieldError
	var es Errors
	switch {
	case errors.As(err, &es):
		for _, e := range es {
			c.errs = append(c.errs, &FieldError{Path: JoinPath(path, e.Path), Err: e.Err})
		}
	case errors.As(err, &fe):
		c.errs = append(c.errs, &FieldError{Path: JoinPath(path, fe.Path), Err: fe.Err})
	default:
		c.errs = append(c.errs, &FieldError{Path: path, Err: err})
	}
}

// AddIndex records err at field[i]; see Add.
func (c *Collector) AddIndex(field string, i int, err error) {
	if err == nil {
		return
	}
	c.Add(IndexPath(field, i), err)
}

// Len reports how many errors were gathered.
func (c *Collector) Len() int { return len(c.errs) }

// Err returns nil when nothing was gathered, the single *FieldError when one
// was, and otherwise an Errors list sorted by path.
func (c *Collector) Err() error {
	switch len(c.errs) {
	case 0:
		return nil
	case 1:
		return c.errs[0]
	}
	out := slices.Clone(c.errs)
	SortErrors(out)
	return out
}

// SortErrors sorts errs by path, comparing array indices as numbers, so that
// events[2] comes before events[10]. The sort is stable.
func SortErrors(errs Errors) {
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

// Error returns a message such as `diplo: unknown value: event kind "sumit"`.
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
