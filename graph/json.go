package graph

import (
	"io"

	"github.com/diplo-go/diplo"
)

// Unmarshal decodes a graph from JSON leniently: object members the graph
// does not define are ignored and dropped. Errors name the JSON path of the
// bad value (events[3].kind). It does not validate; call Validate.
func Unmarshal(data []byte) (*Graph, error) {
	return unmarshal(diplo.DecodeOptions{}, data)
}

// UnmarshalStrict decodes a graph from JSON, rejecting unknown object
// members and duplicate keys with their paths.
func UnmarshalStrict(data []byte) (*Graph, error) {
	return unmarshal(diplo.DecodeOptions{Strict: true}, data)
}

// Read decodes a graph from r with the options o. It reads at most
// o.Limits.MaxBytes+1 bytes (64 MiB by default) of r: a longer stream
// fails with diplo.ErrLimit without being read whole.
func Read(r io.Reader, o diplo.DecodeOptions) (*Graph, error) {
	g := new(Graph)
	if err := o.Decode(r, g); err != nil {
		return nil, err
	}
	return g, nil
}

func unmarshal(o diplo.DecodeOptions, data []byte) (*Graph, error) {
	g := new(Graph)
	if err := o.Unmarshal(data, g); err != nil {
		return nil, err
	}
	return g, nil
}
