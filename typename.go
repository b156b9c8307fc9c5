package diplo

import (
	"reflect"

	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/codec"
)

// Named is implemented by the empty marker types that name a node type
// ("Person", "Event") or the type of an embedded object ("Place",
// "GeoCoordinates"). Their Type field is a TypeName of the marker.
// TypeName returns the same name every time it is called: Marshal reads
// it once per type and writes that name from then on.
type Named interface {
	TypeName() string
}

// TypeName is the type field of a node: in JSON it is always the node
// type's name ("type": "Event"), which JSON-LD reads as the node's class.
// It has no state, so struct literals need not set it. Decoding accepts the
// name of the type, or an absent field, and rejects any other name.
type TypeName[T Named] struct{}

// String returns the type's name.
func (TypeName[T]) String() string {
	var t T
	return t.TypeName()
}

// AppendText implements encoding.TextAppender: it appends the type's name.
func (n TypeName[T]) AppendText(b []byte) ([]byte, error) { return append(b, n.String()...), nil }

// MarshalText implements encoding.TextMarshaler: it writes the type's name.
func (n TypeName[T]) MarshalText() ([]byte, error) { return []byte(n.String()), nil }

// constantText is what the encoder asks of a type whose text is the same
// for every value and every call (codec.RegisterConstantText): a
// TypeName's text is its type's name.
type constantText interface{ constantText() }

func (TypeName[T]) constantText() {}

func init() { codec.RegisterConstantText(reflect.TypeFor[constantText]()) }

// UnmarshalText implements encoding.TextUnmarshaler: it accepts only the
// type's name.
func (n *TypeName[T]) UnmarshalText(b []byte) error {
	if string(b) != n.String() {
		return check.NewValueError("node type (want "+n.String()+")", string(b), ErrUnknown)
	}
	return nil
}
