package limit

import (
	"errors"
	"math"
)

// ErrExceeded reports input that crosses a decoding limit: a document, a
// string, an array or a nesting deeper than Limits allow. Its message
// names the limit and the size found:
//
//	events[3].description.fr: limit exceeded: string of 2097152 bytes exceeds MaxString 1048576
var ErrExceeded = errors.New("limit exceeded")

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

// None, as the value of a field of Limits, lifts that limit. Any
// negative value does the same.
const None = -1

// MaxDepthCap is the deepest nesting that decoding accepts even with no
// depth limit: that of encoding/json, which rejects deeper documents.
const MaxDepthCap = 10000

// Limits bound what decoding accepts, so that a hostile document cannot
// exhaust memory or time. Each field is a limit: zero means its default
// (DefaultMaxBytes, ...), a negative value (None) means none. The zero
// value gives the defaults.
//
// Limits are checked in a single pass over the bytes before encoding/json
// decodes anything, so a document over a limit costs no more memory than
// the pass itself (about a kilobyte, whatever the document's size). Crossing a limit gives a
// *diplo.FieldError whose path is the place where it was crossed, wrapping
// ErrExceeded (which package diplo names ErrLimit).
//
// The same pass refuses a number that float64 does not hold exactly in
// the decimal sense: parsing it must give a finite float64 whose shortest
// decimal is the same number. So 1e1000001 (overflow), 1e-400 (rounded
// to 0), 12.345678901234567890123 (more digits than float64 keeps) and
// 9007199254740993 (2^53+1) each give a *diplo.FieldError at the number's
// path wrapping diplo.ErrRange, while 0.1, -0, 1E3 and 1.50 are accepted. No number
// is rounded silently.
//
// # Where the limits apply
//
// Every reader of the library applies them before any other work:
//
//   - Documents (diplo.Unmarshal, UnmarshalStrict, DecodeOptions.Decode, graph's
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
//   - Rows (eventdata/gdelt and eventdata/icews, ReaderOptions.Limits): after
//     any gzip or zip decompression, MaxBytes bounds one line (one row) and
//     MaxString one tab-separated field of it; the other limits do not
//     apply. A line over either is read no further than its limit and ends
//     the reading with an error wrapping ErrExceeded. The input as a whole is
//     not bounded, since these readers hold one line at a time.
//   - Lifting rows into a graph (eventdata/dyad.Lifter): a record whose copied
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
