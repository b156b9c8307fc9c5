package plover_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/plover"
)

// fuzzLimits are the limits FuzzDecoder decodes with, small enough for
// the fuzzer to cross.
var fuzzLimits = diplo.Limits{MaxBytes: 4096, MaxDepth: 16, MaxString: 512, MaxArray: 256, MaxObjects: 256}

// FuzzDecoder checks that the decoder never panics, that it stops, that
// its errors name a place, and that every record it decodes is written
// and read back equal.
func FuzzDecoder(f *testing.F) {
	f.Add([]byte(`[{"id":"a","date":"2000-01-01","source":[{"actorText":"Hungarian","code":"HUN","sector":"GOV"}],"target":"","event":"AGREE","context":"diplomatic, military","textInfo":"(SRC: x)","dead":"3","eventLoc":{"name":"Geneva","country code":"CH"}}]`))
	f.Add([]byte("{\"id\":\"b\",\"actor\":[{\"code\":\"USA\",\"entity_text\":\"US\"}],\"event\":[\"CONSULT\"],\"mode\":[\"visit\"],\"event_loc\":{\"lat\":1.5,\"lon\":-2}}\n{\"id\":\"c\"}\n"))
	f.Add([]byte(`[{"id":"x","zeta":{"a":[1,2.50,null]},"actor":null,"source":[{"code":"FRA","rank":1e3}],"text_info":{"text_story":["a","b"],"start":0}}]`))
	f.Add([]byte("{\n\"id\" : \"PHOXv1-20160724-0042\",\n\"date\" : 2016-07-24,\n\"event\" : [\"CONSULT\"]\n}"))
	f.Add([]byte(`[{"id":"a","id":"b"}]`))
	f.Add([]byte("\xef\xbb\xbf[]"))
	// Byte order marks and blank lines.
	f.Add([]byte("\xef\xbb\xbf[{\"id\":\"a\"},\n\n{\"id\":\"b\"}]"))
	f.Add([]byte("\xef\xbb\xbf\r\n\r\n{\"id\":\"a\"}\r\n\r\n{\"id\":\"b\"}\r\n"))
	f.Add([]byte("{\"id\":\"a\"}\n\xef\xbb\xbf{\"id\":\"b\"}"))
	// Over the limits of fuzzLimits, each followed by a good record.
	f.Add([]byte(`[{"id":"a","text":"` + strings.Repeat("x", fuzzLimits.MaxBytes) + `"},{"id":"b"}]`))
	f.Add([]byte(`{"id":"a","x":` + strings.Repeat("[", 20) + strings.Repeat("]", 20) + "}\n{\"id\":\"b\"}"))
	f.Add([]byte(`[{"id":"` + strings.Repeat("é", 300) + `"},{"id":"b"}]`))
	f.Add([]byte(`[{"event":[` + strings.Repeat(`"AGREE",`, 300) + `"AGREE"]},{"id":"b"}]`))
	f.Add([]byte(`[{"actor":[` + strings.Repeat(`{},`, 300) + `{}]},{"id":"b"}]`))
	f.Add([]byte(`[{"id":"a"}, ` + strings.Repeat("1", 5000) + `, {"id":"b"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := plover.NewDecoder(bytes.NewReader(data), plover.DecoderOptions{Limits: fuzzLimits})
		var recs []plover.Record
		var last error
		for calls := 0; ; calls++ {
			require.LessOrEqual(t, calls, len(data)+2, "calls of Decode on %d bytes: the decoder does not stop", len(data))
			r, err := d.Decode()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil && err == last {
				break // a syntax error: the decoder stops there
			}
			last = err
			if err != nil {
				var fe *plover.FieldError
				require.True(t, errors.As(err, &fe) || errors.Is(err, plover.ErrJSON), "error %v (%T) names no place", err, err)
				if errors.Is(err, diplo.ErrLimit) {
					require.NotNil(t, fe, "limit error %v names no place", err)
				}
				require.LessOrEqual(t, len(err.Error()), 1000, "length of the error")
				continue
			}
			recs = append(recs, r)
		}
		var buf bytes.Buffer
		require.NoError(t, plover.WriteAll(&buf, recs), "a decoded record does not encode")
		back, err := plover.ReadAll(bytes.NewReader(buf.Bytes()), plover.DecoderOptions{})
		require.NoError(t, err, "output does not decode:\n%s", buf.Bytes())
		require.Len(t, back, len(recs), "records read back")
		for i := range recs {
			require.Equal(t, recs[i], back[i], "record %d differs after a round trip:\n%s", i, buf.Bytes())
		}
	})
}

// FuzzParseDate checks that ParseDate accepts exactly what it writes
// back.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2000-01-01", "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2000-1-1", "+200-01-01", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := plover.ParseDate(s)
		if err != nil {
			require.True(t, errors.Is(err, plover.ErrSyntax) || errors.Is(err, plover.ErrRange), "ParseDate(%q): %v", s, err)
			require.True(t, d.IsZero(), "ParseDate(%q) = %v with its error", s, d)
			return
		}
		require.Equal(t, s, d.String(), "ParseDate(%q)", s)
		b, err := d.MarshalText()
		require.NoError(t, err, "MarshalText")
		require.Equal(t, s, string(b), "MarshalText")
	})
}
