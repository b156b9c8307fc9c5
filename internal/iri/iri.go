package iri

import (
	"fmt"
	"net/netip"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Error reports why a string is not accepted, and where.
type Error struct {
	// Offset is the byte offset in the checked string of the character
	// or part at fault.
	Offset int
	// Rune is the character at fault, or -1 when the fault is not one
	// valid character (invalid UTF-8, a missing scheme, a malformed host,
	// a reserved scheme).
	Rune rune
	// Reason says what is wrong.
	Reason string
}

// Error returns a message such as
// "U+202E RIGHT-TO-LEFT OVERRIDE (bidirectional control) at byte 12".
func (e *Error) Error() string {
	if e.Rune < 0 {
		return fmt.Sprintf("%s at byte %d", e.Reason, e.Offset)
	}
	return fmt.Sprintf("%s %s at byte %d", Describe(e.Rune), e.Reason, e.Offset)
}

func fault(offset int, r rune, reason string) *Error {
	return &Error{Offset: offset, Rune: r, Reason: reason}
}

// Describe names a character for an error message: "U+202E RIGHT-TO-LEFT
// OVERRIDE" for the characters that Check refuses as spoofing and a few
// others, `"<" (U+003C)` for printable ASCII, and the code point alone
// otherwise. The names are those of the Unicode Character Database; the
// package keeps only these few, as the full table of names would weigh
// more than a megabyte in every program.
func Describe(r rune) string {
	switch {
	case r == utf8.RuneError:
		return "U+FFFD REPLACEMENT CHARACTER"
	case 0x20 < r && r < 0x7f:
		return fmt.Sprintf("%q (U+%04X)", r, r)
	}
	if name, ok := names[r]; ok {
		return fmt.Sprintf("U+%04X %s", r, name)
	}
	switch {
	case 0xFE00 <= r && r <= 0xFE0F:
		return fmt.Sprintf("U+%04X VARIATION SELECTOR-%d", r, r-0xFE00+1)
	case 0xE0100 <= r && r <= 0xE01EF:
		return fmt.Sprintf("U+%04X VARIATION SELECTOR-%d", r, r-0xE0100+17)
	}
	return fmt.Sprintf("U+%04X", r)
}

// names are the Unicode names of the characters most often met in
// spoofing, and of the white space and controls of ASCII.
var names = map[rune]string{
	0x0000:  "NULL",
	0x0009:  "CHARACTER TABULATION",
	0x000A:  "LINE FEED",
	0x000D:  "CARRIAGE RETURN",
	0x0020:  "SPACE",
	0x007F:  "DELETE",
	0x00A0:  "NO-BREAK SPACE",
	0x00AD:  "SOFT HYPHEN",
	0x034F:  "COMBINING GRAPHEME JOINER",
	0x061C:  "ARABIC LETTER MARK",
	0x115F:  "HANGUL CHOSEONG FILLER",
	0x1160:  "HANGUL JUNGSEONG FILLER",
	0x180E:  "MONGOLIAN VOWEL SEPARATOR",
	0x200B:  "ZERO WIDTH SPACE",
	0x200C:  "ZERO WIDTH NON-JOINER",
	0x200D:  "ZERO WIDTH JOINER",
	0x200E:  "LEFT-TO-RIGHT MARK",
	0x200F:  "RIGHT-TO-LEFT MARK",
	0x2028:  "LINE SEPARATOR",
	0x2029:  "PARAGRAPH SEPARATOR",
	0x202A:  "LEFT-TO-RIGHT EMBEDDING",
	0x202B:  "RIGHT-TO-LEFT EMBEDDING",
	0x202C:  "POP DIRECTIONAL FORMATTING",
	0x202D:  "LEFT-TO-RIGHT OVERRIDE",
	0x202E:  "RIGHT-TO-LEFT OVERRIDE",
	0x2060:  "WORD JOINER",
	0x2061:  "FUNCTION APPLICATION",
	0x2062:  "INVISIBLE TIMES",
	0x2063:  "INVISIBLE SEPARATOR",
	0x2064:  "INVISIBLE PLUS",
	0x2066:  "LEFT-TO-RIGHT ISOLATE",
	0x2067:  "RIGHT-TO-LEFT ISOLATE",
	0x2068:  "FIRST STRONG ISOLATE",
	0x2069:  "POP DIRECTIONAL ISOLATE",
	0x3000:  "IDEOGRAPHIC SPACE",
	0x3164:  "HANGUL FILLER",
	0xFEFF:  "ZERO WIDTH NO-BREAK SPACE",
	0xFFA0:  "HALFWIDTH HANGUL FILLER",
	0xE0001: "LANGUAGE TAG",
	0xE007F: "CANCEL TAG",
}

// Spoofing returns the reason a character is refused as one that makes
// text print other than it reads ("(bidirectional control)", "(invisible
// format character)", ...), or "" for a character it allows. See the
// package documentation.
func Spoofing(r rune) string {
	if r < utf8.RuneSelf {
		switch {
		case r == ' ':
			return "(white space)"
		case r < 0x20 || r == 0x7f:
			return "(control character)"
		}
		return ""
	}
	switch {
	case unicode.Is(unicode.Bidi_Control, r):
		return "(bidirectional control)"
	case unicode.Is(unicode.Cf, r):
		return "(invisible format character)"
	case unicode.Is(unicode.Variation_Selector, r), unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r):
		return "(invisible character)"
	case unicode.IsSpace(r):
		return "(white space)"
	case unicode.IsControl(r):
		return "(control character)"
	}
	return ""
}

// CheckText returns an *Error for the first character of s that Spoofing
// refuses or the first byte of invalid UTF-8, and nil if there is none. It
// is the part of the rule that applies to any identifier value.
func CheckText(s string) error {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c <= 0x20 || c == 0x7f {
				return fault(i, rune(c), Spoofing(rune(c)))
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return fault(i, -1, "invalid UTF-8")
		}
		if why := Spoofing(r); why != "" {
			return fault(i, r, why)
		}
		i += n
	}
	return nil
}

// Character classes of ASCII in IRIs (RFC 3987, section 2.2).
const (
	unreserved = 1 << iota // ALPHA DIGIT - . _ ~
	subDelim               // ! $ & ' ( ) * + , ; =
	colonAt                // : @
)

var ascii = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("-._~", byte(c)) >= 0:
			t[c] = unreserved
		case strings.IndexByte("!$&'()*+,;=", byte(c)) >= 0:
			t[c] = subDelim
		case c == ':' || c == '@':
			t[c] = colonAt
		}
	}
	return t
}()

// ucschar reports whether r is a ucschar of RFC 3987.
func ucschar(r rune) bool {
	switch {
	case 0xA0 <= r && r <= 0xD7FF, 0xF900 <= r && r <= 0xFDCF, 0xFDF0 <= r && r <= 0xFFEF:
		return true
	case 0x10000 <= r && r <= 0xEFFFD:
		// Every plane but the last two, less its last two code points,
		// and less U+E0000-U+E0FFF.
		return r&0xFFFF <= 0xFFFD && (r < 0xE0000 || r > 0xE0FFF)
	}
	return false
}

// iprivate reports whether r is an iprivate character of RFC 3987, which
// only the query may hold.
func iprivate(r rune) bool {
	return 0xE000 <= r && r <= 0xF8FF || 0xF0000 <= r && r <= 0xFFFFD || 0x100000 <= r && r <= 0x10FFFD
}

// Part of an IRI, for what it may hold.
const (
	inHost = iota
	inUser
	inPath
	inQuery
	inFragment
)

// plain holds, for each byte, a bit per part (1<<inHost, ...) that is set
// when the byte is an ASCII character that the part holds as it is: not a
// stop character of the part, not "%", not the start of a multi-byte
// character. scan skips a run of them in a loop of its own.
var plain = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		k := ascii[c]
		if k&(unreserved|subDelim) != 0 {
			t[c] = 1<<inHost | 1<<inUser | 1<<inPath | 1<<inQuery | 1<<inFragment
		}
		switch c {
		case ':':
			t[c] = 1<<inUser | 1<<inPath | 1<<inQuery | 1<<inFragment
		case '@', '/':
			t[c] = 1<<inPath | 1<<inQuery | 1<<inFragment
		case '?':
			t[c] = 1<<inQuery | 1<<inFragment
		case '#':
			t[c] = 1 << inFragment
		}
	}
	return t
}()

// scan checks s[i:] up to the first ASCII byte in stop (or the end) as
// characters of part p, and returns where it stopped. stop is the part's
// own: "?#" for the path, "#" for the query, ":" for the host, "" for the
// user and the fragment.
func scan(s string, i int, p int, stop string) (int, error) {
	m := uint8(1) << p
	for i < len(s) {
		// The common case: a run of characters the part holds as they
		// are, eight at a time (b's length spares the bounds checks).
		for i+8 <= len(s) {
			b := s[i : i+8]
			if plain[b[0]]&plain[b[1]]&plain[b[2]]&plain[b[3]]&plain[b[4]]&plain[b[5]]&plain[b[6]]&plain[b[7]]&m == 0 {
				break
			}
			i += 8
		}
		for i < len(s) && plain[s[i]]&m != 0 {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if strings.IndexByte(stop, c) >= 0 {
				return i, nil
			}
			if c != '%' {
				if why := Spoofing(rune(c)); why != "" {
					return i, fault(i, rune(c), why)
				}
				return i, fault(i, rune(c), "(not allowed here in an IRI)")
			}
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return i, fault(i, -1, "\"%\" not followed by two hex digits")
			}
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return i, fault(i, -1, "invalid UTF-8")
		}
		if why := Spoofing(r); why != "" {
			return i, fault(i, r, why)
		}
		if !ucschar(r) && !(p == inQuery && iprivate(r)) {
			return i, fault(i, r, "(not allowed in an IRI)")
		}
		i += n
	}
	return i, nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

const noScheme = `no scheme (such as "https:" or "urn:")`

// schemeEnd returns the index of the colon after the scheme of s, or an
// error.
func schemeEnd(s string) (int, error) {
	if len(s) == 0 || schemeChars[s[0]] != schemeLetter {
		return 0, fault(0, -1, noScheme)
	}
	for i := 1; i < len(s); i++ {
		switch schemeChars[s[i]] {
		case schemeLetter, schemeOther:
		case schemeColon:
			return i, nil
		default:
			return 0, fault(0, -1, noScheme)
		}
	}
	return 0, fault(0, -1, noScheme)
}

// What a byte may be in a scheme: a letter (anywhere), a digit, "+", "-"
// or "." (after the first), the colon that ends it, or nothing.
const (
	schemeNone = iota
	schemeLetter
	schemeOther
	schemeColon
)

var schemeChars = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = schemeLetter
		case '0' <= c && c <= '9', c == '+', c == '-', c == '.':
			t[c] = schemeOther
		case c == ':':
			t[c] = schemeColon
		}
	}
	return t
}()

// Check reports whether s is an IRI by the rule of the package
// documentation: nil if it is, an *Error otherwise.
func Check(s string) error {
	_, _, err := check(s)
	return err
}

// check is Check; it also returns the index of the colon after the
// scheme, and whether the scheme is http or https, for CheckID.
func check(s string) (colon int, web bool, err error) {
	colon, err = schemeEnd(s)
	if err != nil {
		return 0, false, err
	}
	i := colon + 1
	if i == len(s) {
		return 0, false, fault(i, -1, "nothing after the scheme")
	}
	web = isWeb(s[:colon])
	if len(s) >= i+2 && s[i] == '/' && s[i+1] == '/' {
		if simpleAuthority(s[i+2:]) {
			return colon, web, nil
		}
		if i, err = authority(s, i+2, web); err != nil {
			return 0, false, err
		}
	} else if web {
		return 0, false, fault(i, -1, "no host (an http or https IRI has \"//\" and a host after its scheme)")
	} else if simple(s[i:]) {
		return colon, web, nil
	}
	if i, err = scan(s, i, inPath, "?#"); err != nil {
		return 0, false, err
	}
	if i < len(s) && s[i] == '?' {
		if i, err = scan(s, i+1, inQuery, "#"); err != nil {
			return 0, false, err
		}
	}
	if i < len(s) && s[i] == '#' {
		// The fragment may hold "#", as net/url and WHATWG URLs read
		// it, although RFC 3987 does not allow it.
		if _, err = scan(s, i+1, inFragment, ""); err != nil {
			return 0, false, err
		}
	}
	return colon, web, nil
}

// simpleAuthority reports whether s, what follows "//" in an IRI, is
// made of simple characters (see simple) and has a host of one or more
// such characters other than ":" before its first "/" (or the end): an
// authority that is a registered name with no user and no port, and a
// path that needs no more checking. Such an IRI passes check, whose
// slower way is taken when simpleAuthority says false.
func simpleAuthority(s string) bool {
	host := s
	if slash := strings.IndexByte(s, '/'); slash >= 0 {
		host = s[:slash]
	}
	return host != "" && strings.IndexByte(host, ':') < 0 && simple(s)
}

// simple reports whether every byte of s is a simple character: an ASCII
// letter or digit, "-", ".", "/" or ":". Every part of an IRI after the
// scheme holds them as they are, but for the host, which holds no "/"
// and ends at ":", and the "//" that opens an authority; so a string
// after the scheme's colon that does not start with "//" and is simple
// is a path that check accepts (the usual urn:uuid: IDs), and one that
// does is an authority that simpleAuthority may accept.
//
// It reads eight bytes at a time (the last eight again for a tail), each
// word tested by arithmetic (see simple8), which measured fewer
// instructions than a table look-up per byte.
func simple(s string) bool {
	n := len(s)
	if n < 8 {
		for i := 0; i < n; i++ {
			// The byte among seven "-", which are simple.
			if !simple8(uint64(s[i]) | 0x2d2d2d2d2d2d2d00) {
				return false
			}
		}
		return true
	}
	if n <= 40 {
		// Five words that cover s, in one test without a branch: from
		// 0, 8, 16 and 24, each moved back to end at the end of s where
		// s is shorter, and the last eight bytes. The 36 bytes after
		// urn:uuid: are one such test.
		a, b, c := load64(s, 0), load64(s, min(8, n-8)), load64(s, min(16, n-8))
		d, e := load64(s, min(24, n-8)), load64(s, n-8)
		return (a|b|c|d|e)&high8 == 0 &&
			simpleBits(a)&simpleBits(b)&simpleBits(c)&simpleBits(d)&simpleBits(e) == high8
	}
	i := 0
	// Four words at once, their tests folded into two words (their
	// bytes' high bits, and simpleBits), so that the constants are loaded
	// once and there is one branch: a urn:uuid: ID's 36 bytes are one
	// such step and the last eight bytes.
	for ; i+32 <= n; i += 32 {
		a, b, c, d := load64(s, i), load64(s, i+8), load64(s, i+16), load64(s, i+24)
		if (a|b|c|d)&high8 != 0 || simpleBits(a)&simpleBits(b)&simpleBits(c)&simpleBits(d) != high8 {
			return false
		}
	}
	for ; i+8 <= n; i += 8 {
		if !simple8(load64(s, i)) {
			return false
		}
	}
	return n%8 == 0 || simple8(load64(s, n-8))
}

// simple8 reports whether each of the eight bytes of x is simple (see
// simple). For a byte b below 0x80, b+(0x80-lo) has its high bit set when
// b >= lo, and b+(0x7f-hi) when b > hi, with no carry into the next byte:
// the first without the second says lo <= b <= hi. The letters are tested
// in lower case (b|0x20), the rest ("-", ".", "/", digits, ":", which are
// 0x2d-0x3a) as they are.
func simple8(x uint64) bool {
	return x&high8 == 0 && simpleBits(x) == high8
}

// high8 is the high bit of each byte of a word.
const high8 = 0x8080808080808080

// simpleBits returns, for a word x of bytes below 0x80, a word whose high
// bit of each byte is set when that byte is simple, and whose other bits
// are clear (see simple8). For a byte of 0x80 or above its answer means
// nothing.
func simpleBits(x uint64) uint64 {
	const ones = 0x0101010101010101
	t := x | 0x2020202020202020
	letter := (t + (0x80-'a')*ones) &^ (t + (0x7f-'z')*ones)
	other := (x + (0x80-'-')*ones) &^ (x + (0x7f-':')*ones)
	return (letter | other) & high8
}

// load64 returns the eight bytes of s from i as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// isWeb reports whether the scheme s, which schemeEnd accepted, is http or
// https in any case.
func isWeb(s string) bool {
	switch len(s) {
	case 4:
		return s[0]|0x20 == 'h' && s[1]|0x20 == 't' && s[2]|0x20 == 't' && s[3]|0x20 == 'p'
	case 5:
		return s[0]|0x20 == 'h' && s[1]|0x20 == 't' && s[2]|0x20 == 't' && s[3]|0x20 == 'p' && s[4]|0x20 == 's'
	}
	return false
}

// authority checks the authority that starts at s[start], after "//", and
// returns where it ends.
func authority(s string, start int, web bool) (int, error) {
	end := start
	for end < len(s) && s[end] != '/' && s[end] != '?' && s[end] != '#' {
		end++
	}
	host := start
	if at := strings.IndexByte(s[start:end], '@'); at >= 0 {
		if _, err := scan(s[:start+at], start, inUser, ""); err != nil {
			return 0, err
		}
		host = start + at + 1
	}
	var i int
	if host < end && s[host] == '[' {
		closing := strings.IndexByte(s[host:end], ']')
		if closing < 0 {
			return 0, fault(host, -1, "malformed host (\"[\" without \"]\")")
		}
		if err := ipLiteral(s[host+1:host+closing], host); err != nil {
			return 0, err
		}
		i = host + closing + 1
	} else {
		var err error
		if i, err = scan(s[:end], host, inHost, ":"); err != nil {
			return 0, err
		}
		if i == host && web {
			return 0, fault(host, -1, "empty host")
		}
	}
	if i < end {
		if s[i] != ':' {
			return 0, fault(i, rune(s[i]), "(not allowed after the host)")
		}
		for j := i + 1; j < end; j++ {
			if c := s[j]; c < '0' || c > '9' {
				return 0, fault(j, -1, "port not a number")
			}
		}
	}
	return end, nil
}

// ipLiteral checks the inside of "[...]": an IPv6 address without a zone,
// or an IPvFuture ("v" hex "." ...). at is the offset of "[".
func ipLiteral(lit string, at int) error {
	if len(lit) > 0 && (lit[0] == 'v' || lit[0] == 'V') {
		hex, rest, ok := strings.Cut(lit[1:], ".")
		if !ok || hex == "" || rest == "" {
			return fault(at, -1, "malformed host (IPvFuture)")
		}
		for i := 0; i < len(hex); i++ {
			if !isHex(hex[i]) {
				return fault(at, -1, "malformed host (IPvFuture)")
			}
		}
		for i := 0; i < len(rest); i++ {
			c := rest[i]
			if c >= utf8.RuneSelf || ascii[c]&(unreserved|subDelim) == 0 && c != ':' {
				return fault(at, -1, "malformed host (IPvFuture)")
			}
		}
		return nil
	}
	a, err := netip.ParseAddr(lit)
	if err != nil || !a.Is6() || a.Zone() != "" || strings.IndexByte(lit, '%') >= 0 {
		return fault(at, -1, "malformed host (not an IPv6 address)")
	}
	return nil
}

// Unreserved reports whether s is not empty and made only of the
// unreserved characters of ASCII (letters, digits, "-", ".", "_", "~"),
// which an IRI may hold anywhere after its scheme: appended to an IRI that
// ends in a path or a fragment, s leaves it an IRI.
func Unreserved(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ascii[c]&unreserved == 0 {
			return false
		}
	}
	return true
}
