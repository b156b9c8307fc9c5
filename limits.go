package diplo

import (
	"fmt"
	"io"

	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/limit"
)

// ErrLimit reports input that crosses a decoding limit: a document, a
// string, an array or a nesting deeper than Limits allow. Its message
// names the limit and the size found:
//
//	events[3].description.fr: limit exceeded: string of 2097152 bytes exceeds MaxString 1048576
//
// It is limit.ErrExceeded, the error the row readers wrap too.
var ErrLimit = limit.ErrExceeded

// The default limits (those of package limit), sized for real records
// with a wide margin: a graph of tens of thousands of events (60 MB of
// JSON) fits. A document over a limit is rejected before decoding
// allocates anything for it.
const (
	// DefaultMaxBytes is the default size limit of a document: 64 MiB.
	DefaultMaxBytes = limit.DefaultMaxBytes
	// DefaultMaxDepth is the default nesting limit: 64 levels of arrays
	// and objects.
	DefaultMaxDepth = limit.DefaultMaxDepth
	// DefaultMaxString is the default limit of one string, member name or
	// number: 1 MiB.
	DefaultMaxString = limit.DefaultMaxString
	// DefaultMaxArray is the default limit of elements in one array:
	// 1,000,000.
	DefaultMaxArray = limit.DefaultMaxArray
	// DefaultMaxObjects is the default limit of objects in a document:
	// 1,000,000.
	DefaultMaxObjects = limit.DefaultMaxObjects
)

// NoLimit, as the value of a field of Limits, lifts that limit. Any
// negative value does the same. It is limit.None.
const NoLimit = limit.None

// MaxDepthCap is the deepest nesting that decoding accepts even with no
// depth limit: that of encoding/json, which rejects deeper documents.
const MaxDepthCap = limit.MaxDepthCap

// Limits bound what decoding accepts, so that a hostile document cannot
// exhaust memory or time. Each field is a limit: zero means its default,
// a negative value (NoLimit) means none. See limit.Limits, which it is,
// for what each field bounds and where the limits apply.
type Limits = limit.Limits

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
	return o.check(data, nil, nil)
}

// check is Check, telling lists the lengths of the top-level lists (see
// codec.ScanLists) and recording in lengths, unless it is nil, the length
// of each array (see codec.ScanLengths).
func (o DecodeOptions) check(data []byte, lists func(rawKey []byte, n int), lengths *codec.Lengths) error {
	l := o.Limits.Effective()
	if len(data) > l.MaxBytes {
		return &FieldError{Err: fmt.Errorf("%w: document of %d bytes exceeds MaxBytes %d", ErrLimit, len(data), l.MaxBytes)}
	}
	lim := codec.ScanLimits{MaxDepth: l.MaxDepth, MaxString: l.MaxString, MaxArray: l.MaxArray, MaxObjects: l.MaxObjects}
	var e *codec.ScanError
	if lengths != nil {
		e = codec.ScanLengths(data, lim, lists, lengths)
	} else {
		e = codec.ScanLists(data, lim, lists)
	}
	if e == nil {
		return nil
	}
	var err error
	switch e.Kind {
	case codec.ScanSyntax:
		return syntaxError(data)
	case codec.ScanUTF8:
		err = fmt.Errorf("%w: %s", ErrJSON, e.Detail)
	case codec.ScanDepth:
		if l.MaxDepth == MaxDepthCap {
			err = fmt.Errorf("%w: depth %d exceeds MaxDepth %d (the cap of encoding/json)", ErrLimit, e.Size, e.Max)
		} else {
			err = fmt.Errorf("%w: depth %d exceeds MaxDepth %d", ErrLimit, e.Size, e.Max)
		}
	case codec.ScanString:
		what, more := "string", ""
		if e.Key {
			what = "member name"
		}
		if e.AtLeast {
			more = "more than "
		}
		err = fmt.Errorf("%w: %s of %s%d bytes exceeds MaxString %d", ErrLimit, what, more, e.Size, e.Max)
	case codec.ScanNumber:
		err = fmt.Errorf("%w: number of %d bytes exceeds MaxString %d", ErrLimit, e.Size, e.Max)
	case codec.ScanArray:
		err = fmt.Errorf("%w: array of more than %d elements exceeds MaxArray %d", ErrLimit, e.Max, e.Max)
	case codec.ScanObjects:
		err = fmt.Errorf("%w: object %d exceeds MaxObjects %d", ErrLimit, e.Size, e.Max)
	case codec.ScanFloat:
		// A well-formed number that float64 does not hold exactly: a
		// value outside the range of its type, as ErrRange says, not
		// malformed JSON.
		err = fmt.Errorf("%w: number %s %s", ErrRange, check.Quote(string(data[e.Offset:e.Offset+e.Size])), e.Detail)
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
