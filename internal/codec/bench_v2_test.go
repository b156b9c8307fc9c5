package codec_test

import (
	"testing"

	"github.com/diplo-go/diplo/internal/codec"
)

// BenchmarkCodecEncodePlain encodes the plain structs with the codec,
// the fastest encoder of them in the main module.
func BenchmarkCodecEncodePlain(b *testing.B) {
	for _, d := range benchDocs(b) {
		b.Run("plain-codec/"+d.name, func(b *testing.B) {
			loop(b, len(d.data), func() error { _, err := codec.Marshal(d.plain); return err })
		})
	}
}
