package jsonscan

import "github.com/diplo-go/diplo/internal/codec"

// Join appends a member name to a path, as codec.Join does.
func Join(path, key string) string { return codec.Join(path, key) }
