package codec_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/codec"
)

// BenchmarkLimitsPass measures what the check of the limits costs before
// a decode, by two tokenizers: internal/jsonscan's one-pass scanner, which
// Unmarshal runs, and the least that a pass over the jsontext Decoder's
// tokens would cost (it reads every token and keeps the depth, the
// length of the innermost array and the count of objects, but does not
// measure strings or numbers). The decode is the rest of a lenient
// Unmarshal.
func BenchmarkLimitsPass(b *testing.B) {
	lim := diplo.Limits{}.Effective()
	sl := codec.ScanLimits{MaxDepth: lim.MaxDepth, MaxString: lim.MaxString, MaxArray: lim.MaxArray, MaxObjects: lim.MaxObjects}
	for _, d := range benchDocs(b) {
		b.Run("jsonscan/"+d.name, func(b *testing.B) {
			loop(b, len(d.data), func() error {
				if e := codec.ScanLists(d.data, sl, func([]byte, int) {}); e != nil {
					return e
				}
				return nil
			})
		})
		b.Run("lengths/"+d.name, func(b *testing.B) {
			// The pass as Unmarshal runs it: recording the arrays' lengths.
			var lengths codec.Lengths
			loop(b, len(d.data), func() error {
				if e := codec.ScanLengths(d.data, sl, func([]byte, int) {}, &lengths); e != nil {
					return e
				}
				return nil
			})
		})
		b.Run("jsontext/"+d.name, func(b *testing.B) {
			dec := jsontext.NewDecoder(new(bytes.Buffer))
			var buf bytes.Buffer
			loop(b, len(d.data), func() error {
				buf.Reset()
				buf.Write(d.data)
				dec.Reset(&buf, jsontext.AllowDuplicateNames(true))
				objects, maxDepth, maxLen := 0, 0, 0
				for {
					tok, err := dec.ReadToken()
					if err == io.EOF {
						break
					}
					if err != nil {
						return err
					}
					switch tok.Kind() {
					case '{':
						objects++
					case '[':
					}
					maxDepth = max(maxDepth, dec.StackDepth())
					if _, n := dec.StackIndex(dec.StackDepth()); int(n) > maxLen {
						maxLen = int(n)
					}
				}
				if objects > lim.MaxObjects || maxDepth > lim.MaxDepth || maxLen > lim.MaxArray {
					return io.ErrUnexpectedEOF
				}
				return nil
			})
		})
	}
}
