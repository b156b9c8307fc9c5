package codec

import "bytes"

// SpaceEqual compares a document with compact JSON fed to it in parts, as
// if the white space between the document's tokens were not there: the
// parts, joined, must be the document's bytes but for that white space.
// It compares as it goes, so that a caller can encode a large value a
// piece at a time and hold no second copy of the document. Start it with
// NewSpaceEqual; Feed the parts; End says whether all matched.
type SpaceEqual struct {
	doc []byte
	i   int // the bytes of doc before i match what was fed
	ok  bool
	// Where what was fed ends: in a string, just after its backslash.
	// A part may end inside a string, and the next one goes on with it.
	inString, escaped bool
}

// NewSpaceEqual returns a SpaceEqual for the document doc.
func NewSpaceEqual(doc []byte) SpaceEqual { return SpaceEqual{doc: doc, ok: true} }

// Feed compares the next bytes of the document with p, compact JSON or a
// piece of it (a piece may end anywhere, inside a string too).
func (c *SpaceEqual) Feed(p []byte) {
	if c.ok && !c.inString && c.matchAsIs(p) {
		c.inString, c.escaped = stringState(p, false, false)
		return
	}
	c.feedBytes(p)
}

// FeedWhole is Feed for a part that begins and ends outside any string
// (whole values, punctuation, an object's members but for its closing
// brace), fed where the parts before it also ended outside one: a part
// the document holds as it is, with no white space in it, is matched by
// one comparison of bytes, with no look at what is in it.
func (c *SpaceEqual) FeedWhole(p []byte) {
	if c.ok && !c.inString && c.matchAsIs(p) {
		return
	}
	c.feedBytes(p)
}

// matchAsIs reports whether the document holds p as it is at the next
// token, outside any string, and if so moves past it.
func (c *SpaceEqual) matchAsIs(p []byte) bool {
	c.i = SkipSpace(c.doc, c.i)
	if bytes.HasPrefix(c.doc[c.i:], p) {
		c.i += len(p)
		return true
	}
	return false
}

// feedBytes compares p with the document byte by byte, skipping the
// document's white space outside strings.
func (c *SpaceEqual) feedBytes(p []byte) {
	if !c.ok {
		return
	}
	for _, want := range p {
		if !c.inString {
			c.i = SkipSpace(c.doc, c.i)
		}
		if c.i == len(c.doc) || c.doc[c.i] != want {
			c.ok = false
			return
		}
		c.i++
		c.inString, c.escaped = stringState([]byte{want}, c.inString, c.escaped)
	}
}

// stringState returns whether JSON text p, read from a state in or out
// of a string (and just after a backslash in one), ends in a string, and
// just after a backslash.
func stringState(p []byte, inString, escaped bool) (bool, bool) {
	for _, b := range p {
		switch {
		case escaped:
			escaped = false
		case b == '\\' && inString:
			escaped = true
		case b == '"':
			inString = !inString
		}
	}
	return inString, escaped
}

// OK reports whether what was fed so far matched.
func (c *SpaceEqual) OK() bool { return c.ok }

// End reports whether the whole document matched what was fed, which
// ended outside any string.
func (c *SpaceEqual) End() bool {
	if c.inString {
		return false
	}
	c.i = SkipSpace(c.doc, c.i)
	return c.ok && c.i == len(c.doc)
}
