package diplo

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/codec"
)

// DecodeOptions configure Unmarshal. The zero value decodes leniently.
type DecodeOptions struct {
	// Strict rejects object members that the Go type does not define and
	// member names used twice in one object, comparing names as decoding
	// does: "date" and "Date" set one field, and "fr" and "FR" are one
	// language tag of a Text. Without it, unknown members
	// are ignored (encoding/json's behaviour: they are not kept, so a
	// lenient round trip drops them) and, of duplicate members, the last
	// one wins.
	Strict bool
	// MaxErrors caps how many errors a failed decode reports; 0 means 10.
	MaxErrors int
	// Limits bound the size, nesting, strings and arrays of a document;
	// the zero value gives the defaults (DefaultMaxBytes, ...).
	Limits Limits
}

// Unmarshal decodes the JSON document data into v, which must be a non-nil
// pointer, leniently; see DecodeOptions.
//
// A document decoded into a struct, such as a graph or a node, must be a
// JSON object: when v points to a struct (through any number of
// pointers) that has no UnmarshalJSON or UnmarshalText method of its
// own, a document that is null, an array, a string, a number or a
// boolean is refused with an ErrJSON at path "" ("document is null, not
// an object"), where encoding/json would leave the struct unchanged or
// fail with a type error. Other types decode as encoding/json decodes
// them: a Date from a string, a Text or a map from an object or null, a
// slice from an array or null.
func Unmarshal(data []byte, v any) error { return DecodeOptions{}.Unmarshal(data, v) }

// UnmarshalStrict decodes data into v, rejecting unknown fields and
// duplicate keys.
func UnmarshalStrict(data []byte, v any) error {
	return DecodeOptions{Strict: true}.Unmarshal(data, v)
}

// Unmarshal decodes data into v. It first checks data against o.Limits
// and the JSON grammar in one pass (see Check): a document over a limit
// fails with ErrLimit before anything is allocated for it, and invalid
// UTF-8 in a string fails with ErrJSON rather than being replaced. A
// document decoded into a struct must be an object (see the function
// Unmarshal). It then
// decodes with internal/codec (go-json-experiment/json with the rules of
// encoding/json v1; strict decoding rejects unknown members and duplicate
// names in the same pass), and when that fails, decodes the document
// again, going on past each bad value, to name the JSON path of every
// value that does not decode, up to MaxErrors of them: the
// error is a *FieldError, or an Errors list, whose paths read like
// events[3].kind and whose messages name the bad value ("diplo: unknown
// value: event kind \"sumit\""). Malformed JSON is reported with its line
// and column, as an ErrJSON with an empty path.
//
// Unmarshal does not validate: call Validate on the result for the rules
// that concern meaning.
//
// The strings of a decoded value do not hold on to data, but they share
// memory with each other: the decoder copies a document's strings of up
// to 512 bytes into chunks of at most 8 KiB (one allocation per chunk
// rather than per string), so a string kept after the rest of the value
// is dropped keeps its chunk in memory. To keep a few strings of a large
// document for long, copy them (strings.Clone).
func (o DecodeOptions) Unmarshal(data []byte, v any) error {
	return o.unmarshal(data, v, nil)
}

// Form describes the bytes of a document that UnmarshalForm decoded.
type Form struct {
	// Canonical reports that the document is, but for white space
	// between tokens, the bytes that Marshal writes for the value
	// decoded. It is false whenever the decoder cannot vouch for it
	// as it reads, which includes documents in canonical form that it
	// does not judge (a value it leaves to another decoder, a string it
	// does not follow).
	Canonical bool
	// EmptyOrUnd reports, of a canonical document, that one of its
	// strings (a member's value, an element, a Text's key or value) is
	// "" or "und" in any case.
	EmptyOrUnd bool
}

// UnmarshalForm is Unmarshal, and reports as well the Form of data, as
// the decoder found it while decoding: whether data is the canonical
// encoding of the value decoded, so that a caller need not encode it
// again to know. v must point to a zero value (a new graph or node);
// decoding into a value that holds something merges into it, and the
// form is then reported as not canonical. On error the Form is zero.
func (o DecodeOptions) UnmarshalForm(data []byte, v any) (Form, error) {
	var form codec.Form
	if err := o.unmarshal(data, v, &form); err != nil {
		return Form{}, err
	}
	return Form{Canonical: form.Canonical, EmptyOrUnd: form.Blank}, nil
}

// unmarshal is Unmarshal; with form not nil, it fills in the form of
// data as the codec's decoders found it.
func (o DecodeOptions) unmarshal(data []byte, v any, form *codec.Form) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("diplo: Unmarshal needs a non-nil pointer, not %T", v)
	}
	// The check counts the elements of the lists of a top-level object,
	// so that the slices they decode into are allocated once, not grown
	// step by step (which allocates about five times as much).
	var count func([]byte, int)
	var sizer *codec.Sizer
	if len(data) >= sizeListsFrom {
		sizer = codec.NewSizer(rv.Elem())
	}
	if sizer != nil {
		count = sizer.Count
	}
	lengths := lengthsPool.Get().(*codec.Lengths)
	defer lengthsPool.Put(lengths)
	if err := o.check(data, count, lengths); err != nil {
		return err
	}
	if wantsObject(rv.Type().Elem()) {
		if kind := documentKind(data); kind != "object" {
			return &FieldError{Err: fmt.Errorf("%w: document is %s, not an object", ErrJSON, kind)}
		}
	}
	var err error
	if form != nil && rv.Elem().IsZero() {
		// The form is that of the value decoded only from a zero value
		// (the sizer's empty slices aside).
		if sizer != nil {
			sizer.Apply()
		}
		*form, err = codec.UnmarshalForm(data, v, o.Strict, lengths)
	} else {
		if sizer != nil {
			sizer.Apply()
		}
		err = codec.UnmarshalLengths(data, v, o.Strict, lengths)
	}
	if err == nil {
		return nil
	}
	located := codec.Locate(data, rv.Type().Elem(), o.Strict, o.maxErrors())
	if len(located) == 0 {
		return &FieldError{Err: fmt.Errorf("%w: %v", ErrJSON, err)}
	}
	return o.convert(located)
}

// lengthsPool keeps the lengths of arrays that Unmarshal's check records
// for the codec's decoders.
var lengthsPool = sync.Pool{New: func() any { return new(codec.Lengths) }}

func (o DecodeOptions) maxErrors() int {
	if o.MaxErrors <= 0 {
		return 10
	}
	return o.MaxErrors
}

func (o DecodeOptions) convert(located []*codec.Error) error {
	var c check.Collector
	for _, e := range located {
		err := e.Err
		switch {
		case errors.Is(err, codec.ErrUnknownField):
			err = ErrUnknownField
		case errors.Is(err, codec.ErrDuplicateKey):
			err = fmt.Errorf("%w key", ErrDuplicate)
		case errors.Is(err, codec.ErrType):
			err = fmt.Errorf("%w: %s", ErrJSON, trimPrefix(e.Err.Error(), codec.ErrType.Error()+": "))
		default:
			var ke *codec.KeyError
			switch {
			case errors.As(err, &ke):
				if ke.Type == languageTagType {
					err = check.NewValueError("language tag", ke.Key, ErrLanguage)
				} else {
					err = check.NewValueError("key", ke.Key, ErrSyntax)
				}
			case isSentinel(err):
			case e.Type == languageTagType:
				// The UnmarshalText error of golang.org/x/text/language.
				err = fmt.Errorf("%w: %w", ErrLanguage, err)
			case e.Type != nil:
				// Another type's UnmarshalText or UnmarshalJSON error.
				err = fmt.Errorf("%w: %w", ErrSyntax, err)
			default:
				err = fmt.Errorf("%w: %w", ErrJSON, err)
			}
		}
		c.Add(e.Path, err)
	}
	return c.Err()
}

// sentinels are the errors that every decoding error wraps one of.
var sentinels = []error{ErrRequired, ErrSyntax, ErrRange, ErrUnknown, ErrLanguage, ErrCountry,
	ErrDuplicate, ErrReference, ErrCycle, ErrOrder, ErrInconsistent, ErrUnknownField, ErrJSON, ErrLimit}

func isSentinel(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

func trimPrefix(s, p string) string {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}

var languageTagType = reflect.TypeFor[language.Tag]()

var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// sizeListsFrom is the size of a document from which Unmarshal sizes its
// top-level lists before decoding them. Below it the lists are short, and
// the codec's decoders gather a list's elements in a scratch array and
// copy them once into one of the right length anyway; the sizer's own
// work was 5 % of reading a stream of nodes a line at a time.
const sizeListsFrom = 64 << 10

// wantsObject reports whether a document decoded into a value of type t
// must be a JSON object: t is a struct, or a pointer to one, that decodes
// with encoding/json's rules for structs rather than with a method of
// its own.
func wantsObject(t reflect.Type) bool {
	if w, ok := wantsObjectCache.Load(t); ok {
		return w.(bool)
	}
	w := wantsObjectOf(t)
	wantsObjectCache.Store(t, w)
	return w
}

// wantsObjectCache holds wantsObject's answer by type: asking the type
// for its methods each time was 4 % of reading a node stream.
var wantsObjectCache sync.Map // reflect.Type → bool

// wantsObjectOf is wantsObject without the cache.
func wantsObjectOf(t reflect.Type) bool {
	for {
		if t.Implements(jsonUnmarshalerType) || t.Implements(textUnmarshalerType) {
			return false
		}
		if t.Kind() != reflect.Pointer {
			pt := reflect.PointerTo(t)
			return t.Kind() == reflect.Struct && !pt.Implements(jsonUnmarshalerType) && !pt.Implements(textUnmarshalerType)
		}
		t = t.Elem()
	}
}

// documentKind names the kind of the JSON value that starts data, which is
// well-formed JSON: "object", or a phrase such as "an array".
func documentKind(data []byte) string {
	if k := codec.KindAt(data); k != '{' {
		return codec.KindPhrase(k)
	}
	return "object"
}

// syntaxError describes malformed JSON with the line and column (both
// counted from 1, columns in characters) of the offending character, or of
// the place just after the end of the input when the input stops short.
func syntaxError(data []byte) error {
	var v any
	err := json.Unmarshal(data, &v)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		// Offset counts the bytes read, the offending one included.
		off := min(int(se.Offset), len(data))
		if off > 0 && off <= len(data) && !strings.HasPrefix(se.Error(), "unexpected end") {
			off--
		}
		line, col := 1, 1
		for _, b := range data[:off] {
			switch {
			case b == '\n':
				line, col = line+1, 1
			case utf8.RuneStart(b):
				col++
			}
		}
		return &FieldError{Err: fmt.Errorf("%w: line %d, column %d: %v", ErrJSON, line, col, se)}
	}
	if err == nil {
		err = errors.New("invalid JSON")
	}
	return &FieldError{Err: fmt.Errorf("%w: %v", ErrJSON, err)}
}
