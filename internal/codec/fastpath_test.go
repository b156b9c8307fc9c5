package codec

import (
	"fmt"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNameWord checks nameWord, which compares a short member name as one
// word, against nameIs, which compares it byte by byte: for names of one
// to seven bytes and documents that hold them, other names, a prefix or
// an extension of them, white space before or after the colon, no colon,
// and fewer than eight bytes left, with the form followed or not, both
// read the same (the offset and end after), note the same form and
// report the same.
func TestNameWord(t *testing.T) {
	names := []string{"a", "id", "kind", "title", "sourceX", "places", "role"}
	tails := []string{`: 1`, `:1`, `:`, `: `, ` : "x"`, "\t:1", `"`, ``, `x": 1`, `,`, `;1`}
	for _, name := range names {
		word, mask := nameWordOf(name)
		for _, other := range []string{name, name[:len(name)-1], name + "s", "X" + name[1:], name[:len(name)-1] + "\\"} {
			for _, tail := range tails {
				for _, pad := range []string{"", "                "} {
					for _, canon := range []bool{false, true} {
						doc := []byte(`"` + other + `"` + tail + pad)
						slow := decState{data: doc, lim: noLimits, canon: canon}
						fast := decState{data: doc, lim: noLimits, canon: canon}
						want := slow.nameIs(name)
						got := fast.nameWord(name, word, mask, true)
						assert.Equal(t, want, got, "name %q in %q", name, doc)
						assert.Equal(t, slow.i, fast.i, "name %q in %q", name, doc)
						assert.Equal(t, slow.end, fast.end, "name %q in %q", name, doc)
						assert.Equal(t, slow.canon, fast.canon, "name %q in %q", name, doc)
						assert.Equal(t, slow.blank, fast.blank, "name %q in %q", name, doc)
					}
				}
			}
		}
	}
	// A longer name has no word (mask 0): nameWord is nameIs.
	for _, doc := range []string{`"identifiers":["x"]`, `"identifier":1`, `"identifiersX":1`, `"identifiers" :1`} {
		slow := decState{data: []byte(doc), lim: noLimits}
		fast := decState{data: []byte(doc), lim: noLimits}
		assert.Equal(t, slow.nameIs("identifiers"), fast.nameWord("identifiers", 0, 0, true), "%q", doc)
		assert.Equal(t, slow.i, fast.i, "%q", doc)
		assert.False(t, fast.nameWord("identifiers", 0, 0, false), "%q: not plain", doc)
	}
}

// TestReadChecked checks readString's path for a document that Scan has
// checked (readChecked) against its other path, which checks as it
// reads: for strings plain, escaped, not ASCII, empty, long and at the
// end of the document, followed by white space or not, both return the
// same text and error and leave the reader at the same place.
func TestReadChecked(t *testing.T) {
	for _, doc := range []string{
		`"fr"`, `"fr" ,1`, `""`, "\"Moscou\"\n\t:", `"urn:uuid:99c927d0-8f2f-5163-a845-befe007dff2a",`,
		`"a \"b\""`, `"\u00e9t\u00e9"  ]`, `"Москва"`, `"été à Paris, 22–26 juin 2025"}`, `"abcdefgh\\"`,
		`"abcdefghijklmnop"`, `"abcdefghijklmnop\n"`,
	} {
		for _, lim := range []ScanLimits{noLimits, {MaxDepth: 10, MaxString: 4, MaxArray: 10, MaxObjects: 10}} {
			fast := decState{data: []byte(doc), lim: lim, checked: true}
			slow := decState{data: []byte(doc), lim: lim}
			want, wantErr := slow.readString()
			got, err := fast.readString()
			assert.Equal(t, string(want), string(got), "%q", doc)
			assert.Equal(t, wantErr, err, "%q", doc)
			assert.Equal(t, slow.i, fast.i, "%q", doc)
			assert.Equal(t, slow.end, fast.end, "%q", doc)
		}
	}
}

// TestStringCache checks the cache of strings with the hashes it keeps:
// each of many IDs of one length (which share their first bytes) and
// short codes comes back as its own text, a string made again while its
// entry holds it is the same string, and a cleared cache holds none.
func TestStringCache(t *testing.T) {
	var c stringCache
	var sc stringChunks
	var all []string
	for i := range 4 * len(c) {
		all = append(all, fmt.Sprintf("urn:uuid:00000000-0000-5000-8000-%012d", i), fmt.Sprintf("c%d", i%97))
	}
	for _, s := range all {
		a := c.make([]byte(s), &sc, 1<<20)
		b := c.make([]byte(s), &sc, 1<<20)
		require.Equal(t, s, a)
		require.Equal(t, s, b)
		assert.Equal(t, unsafe.StringData(a), unsafe.StringData(b), "%s made twice", s)
	}
	clear(c[:])
	for _, e := range c {
		require.Empty(t, e.s)
	}
	for _, s := range all[:10] {
		require.Equal(t, s, c.make([]byte(s), &sc, 1<<20))
	}
}
