package diplo

import (
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/diplo-go/diplo/internal/jsonscan"
)

// ErrLimit reports input that crosses a decoding limit: a document, a
// string, an array or a nesting deeper than Limits allow. Its message
// names the limit and the size found:
//
//	events[3].description.fr: diplo: limit exceeded: string of 2097152 bytes exceeds MaxString 1048576
var ErrLimit = errors.New("diplo: limit exceeded")

// The default limits, sized for real records with a wide margin: a graph
// of tens of thousands of events (60 MB of JSON) fits. A document over a
// limit is rejected before decoding allocates anything for it.
const (
	// DefaultMaxBytes is the default size limit of a document: 64 MiB.
	DefaultMaxBytes = 64 << 20
	// DefaultMaxDepth is the default nesting limit: 64 levels of arrays
	// and objects. A graph nests about six deep.
	DefaultMaxDepth = 64
	// DefaultMaxString is the default limit of one string, member name or
	// number: 1 MiB.
	DefaultMaxString = 1 << 20
	// DefaultMaxArray is the default limit of elements in one array:
	// 1,000,000.
	DefaultMaxArray = 1_000_000
	// DefaultMaxObjects is the default limit of objects in a document:
	// 1,000,000. Every node of a graph is one object, and so are its
	// texts, places, participants and other nested values.
	DefaultMaxObjects = 1_000_000
)

// NoLimit, as the value of a field of Limits, lifts that limit. Any
// negative value does the same.
const NoLimit = -1

// MaxDepthCap is the deepest nesting that decoding accepts even with no
// depth limit: that of encoding/json, which rejects deeper documents.
const MaxDepthCap = 10000

// Limits bound what decoding accepts, so that a hostile document cannot
// exhaust memory or time. Each field is a limit: zero means its default
// (DefaultMaxBytes, ...), a negative value (NoLimit) means none. The zero
// value gives the defaults.
//
// Limits are checked in a single pass over the bytes before encoding/json
// decodes anything, so a document over a limit costs no more memory than
// the pass itself (about a kilobyte, whatever the document's size). Crossing a limit gives a
// *FieldError whose path is the place where it was crossed, wrapping
// ErrLimit.
//
// The same pass refuses a number that float64 does not hold exactly in
// the decimal sense: parsing it must give a finite float64 whose shortest
// decimal is the same number. So 1e1000001 (overflow), 1e-400 (rounded
// to 0), 12.345678901234567890123 (more digits than float64 keeps) and
// 9007199254740993 (2^53+1) each give a *FieldError at the number's path
// wrapping ErrRange, while 0.1, -0, 1E3 and 1.50 are accepted. No number
// is rounded silently.
//
// # Where the limits apply
//
// Every reader of the library applies them before any other work:
//
//   - Documents (Unmarshal, UnmarshalStrict, DecodeOptions.Decode, graph's
//     Unmarshal and Read): all five limits, to the whole document. Readers
//     of a stream read at most MaxBytes+1 bytes of it.
//   - JSON-LD (schema.UnmarshalJSONLD): the same, checked before the
//     document is converted; the plain-JSON copy it makes is never larger
//     than its input.
//   - Streams of records (graph.NodeReader, plover.Decoder): each record
//     is a document. MaxBytes bounds the JSON of one record (one line of a
//     node stream), of which at most MaxBytes+1 bytes are buffered before
//     it is refused; the other limits apply within the record. The number
//     of records is not limited: these readers hold one record at a time.
//   - Rows (eventdata/gdelt and eventdata/icews, option WithLimits): after
//     any gzip or zip decompression, MaxBytes bounds one line (one row) and
//     MaxString one tab-separated field of it; the other limits do not
//     apply. A line over either is read no further than its limit and ends
//     the reading with an error wrapping ErrLimit. The input as a whole is
//     not bounded, since these readers hold one line at a time.
//   - Lifting rows into a graph (eventdata.Lifter): a record whose copied
//     field is longer than DefaultMaxString is refused and counted, so
//     that the graph it writes reads back under the default limits.
//   - The diplo command: every subcommand that reads a document reads at
//     most MaxBytes+1 bytes of it and checks the limits before anything
//     else, the JSON Schema step of "diplo validate" included; its
//     -max-bytes and -max-objects flags set MaxBytes and MaxObjects.
type Limits struct {
	// MaxBytes is the size of a document in bytes. Readers read at most
	// MaxBytes+1 bytes of a stream before failing.
	MaxBytes int
	// MaxDepth is the nesting of arrays and objects: [] and {} are at
	// depth 1. It cannot exceed MaxDepthCap.
	MaxDepth int
	// MaxString is the size of one string or member name, in bytes of
	// its decoded UTF-8 (an escape such as \u00e9 counts two), or of one
	// number as written.
	MaxString int
	// MaxArray is the number of elements of one array.
	MaxArray int
	// MaxObjects is the number of objects in a document, at any depth.
	// It bounds the memory of what a document decodes into: each object
	// becomes a Go value, and "{}" can stand for a 400-byte event. At
	// the default, a hostile graph of a million empty events (3 MB of
	// JSON) decodes into about 400 MB; services that take untrusted
	// documents should lower MaxObjects with MaxBytes.
	MaxObjects int
}

// Effective returns the limits that apply: defaults for zero fields,
// math.MaxInt for lifted ones, and a depth of at most MaxDepthCap.
func (l Limits) Effective() Limits {
	pick := func(v, def int) int {
		switch {
		case v == 0:
			return def
		case v < 0:
			return math.MaxInt
		}
		return v
	}
	return Limits{
		MaxBytes:   pick(l.MaxBytes, DefaultMaxBytes),
		MaxDepth:   min(pick(l.MaxDepth, DefaultMaxDepth), MaxDepthCap),
		MaxString:  pick(l.MaxString, DefaultMaxString),
		MaxArray:   pick(l.MaxArray, DefaultMaxArray),
		MaxObjects: pick(l.MaxObjects, DefaultMaxObjects),
	}
}

// Check checks data against the limits of o, and checks that it is
// well-formed JSON whose strings are valid UTF-8, in one pass that
// allocates nothing per value. It returns nil or a *FieldError naming the
// place of the first problem: ErrLimit for a limit crossed, ErrJSON for
// malformed JSON (with its line and column), for invalid UTF-8 and for an
// escaped UTF-16 surrogate that is not half of a pair ("\ud800"), which
// encoding/json would silently replace with U+FFFD.
//
// Unmarshal calls Check first; call it to vet a document without decoding
// it.
func (o DecodeOptions) Check(data []byte) error {
	return o.check(data, nil)
}

// check is Check, telling lists the lengths of the top-level lists (see
// jsonscan.ScanLists).
func (o DecodeOptions) check(data []byte, lists func(rawKey []byte, n int)) error {
	l := o.Limits.Effective()
	if len(data) > l.MaxBytes {
		return &FieldError{Err: fmt.Errorf("%w: document of %d bytes exceeds MaxBytes %d", ErrLimit, len(data), l.MaxBytes)}
	}
	e := jsonscan.ScanLists(data, jsonscan.Limits{MaxDepth: l.MaxDepth, MaxString: l.MaxString, MaxArray: l.MaxArray, MaxObjects: l.MaxObjects}, lists)
	if e == nil {
		return nil
	}
	var err error
	switch e.Kind {
	case jsonscan.Syntax:
		return syntaxError(data)
	case jsonscan.UTF8:
		err = fmt.Errorf("%w: %s", ErrJSON, e.Detail)
	case jsonscan.Depth:
		if l.MaxDepth == MaxDepthCap {
			err = fmt.Errorf("%w: depth %d exceeds MaxDepth %d (the cap of encoding/json)", ErrLimit, e.Size, e.Max)
		} else {
			err = fmt.Errorf("%w: depth %d exceeds MaxDepth %d", ErrLimit, e.Size, e.Max)
		}
	case jsonscan.String:
		what, more := "string", ""
		if e.Key {
			what = "member name"
		}
		if e.AtLeast {
			more = "more than "
		}
		err = fmt.Errorf("%w: %s of %s%d bytes exceeds MaxString %d", ErrLimit, what, more, e.Size, e.Max)
	case jsonscan.Number:
		err = fmt.Errorf("%w: number of %d bytes exceeds MaxString %d", ErrLimit, e.Size, e.Max)
	case jsonscan.Array:
		err = fmt.Errorf("%w: array of more than %d elements exceeds MaxArray %d", ErrLimit, e.Max, e.Max)
	case jsonscan.Objects:
		err = fmt.Errorf("%w: object %d exceeds MaxObjects %d", ErrLimit, e.Size, e.Max)
	case jsonscan.Float:
		// A well-formed number that float64 does not hold exactly: a
		// value outside the range of its type, as ErrRange says, not
		// malformed JSON.
		err = fmt.Errorf("%w: number %s %s", ErrRange, Quote(string(data[e.Offset:e.Offset+e.Size])), e.Detail)
	default:
		err = fmt.Errorf("%w: %v", ErrJSON, e)
	}
	return &FieldError{Path: e.Path, Err: err}
}

// Read reads one document from r, up to the end of the stream, without
// decoding it. It reads at most MaxBytes+1 bytes: a longer stream fails
// with a *FieldError wrapping ErrLimit without being read whole, and a
// reader that knows its length (a Len method, as bytes.Reader has) fails
// unread. Errors reading r are returned as they are.
func (o DecodeOptions) Read(r io.Reader) ([]byte, error) {
	max := o.Limits.Effective().MaxBytes
	if sized, ok := r.(interface{ Len() int }); ok && sized.Len() > max {
		// A bytes.Reader, strings.Reader or bytes.Buffer knows its
		// length: a document too long is rejected unread.
		return nil, &FieldError{Err: fmt.Errorf("%w: document of %d bytes exceeds MaxBytes %d", ErrLimit, sized.Len(), max)}
	}
	data, more, err := readAtMost(r, max)
	if err != nil {
		return nil, err
	}
	if more {
		return nil, &FieldError{Err: fmt.Errorf("%w: document of more than %d bytes exceeds MaxBytes %d", ErrLimit, max, max)}
	}
	return data, nil
}

// Decode reads one JSON document from r, as Read does, and decodes it
// into v as Unmarshal does.
func (o DecodeOptions) Decode(r io.Reader, v any) error {
	data, err := o.Read(r)
	if err != nil {
		return err
	}
	return o.Unmarshal(data, v)
}

// readAtMost reads r to its end, or to limit bytes and one more, and
// reports whether there was more. Its buffer doubles from 64 KiB up to
// limit bytes, so that reading n bytes allocates less than 2n+64 KiB.
func readAtMost(r io.Reader, limit int) (data []byte, more bool, err error) {
	buf := make([]byte, 0, min(limit, 64<<10))
	for {
		if len(buf) == cap(buf) {
			if len(buf) == limit {
				var one [1]byte
				n, err := io.ReadFull(r, one[:])
				if n > 0 {
					return buf, true, nil
				}
				if err == io.EOF {
					return buf, false, nil
				}
				return nil, false, err
			}
			grown := make([]byte, len(buf), min(limit, max(2*cap(buf), 512)))
			copy(grown, buf)
			buf = grown
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, false, nil
		}
		if err != nil {
			return nil, false, err
		}
	}
}
