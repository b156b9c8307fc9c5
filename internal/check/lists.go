package check

import (
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// SmallList is the longest list that the list checks search for repeats
// pairwise, which allocates nothing; longer lists are searched with a map,
// in time linear in their length.
const SmallList = 16

// IDs validates each id of a list at field[i], and reports an id listed
// twice as ErrDuplicate, at each later occurrence. Its time is linear in
// the length of the list: a list longer than SmallList is checked for
// repeats with a map taken from a pool, a shorter one pairwise, so that
// neither allocates.
func IDs[S interface {
	~string
	Validate() error
}](c *Collector, field string, ids []S) {
	// Small enough to be inlined: most lists of IDs (a node's sources,
	// an attribution's) are empty, which then costs no call.
	if len(ids) != 0 {
		checkIDs(c, field, ids)
	}
}

// checkIDs is IDs for a list that is not empty.
func checkIDs[S interface {
	~string
	Validate() error
}](c *Collector, field string, ids []S) {
	var seen map[string]struct{}
	if len(ids) > SmallList {
		s := getSet(len(ids))
		defer putSet(s)
		seen = s.m
	}
	for i, id := range ids {
		if err := id.Validate(); err != nil {
			c.AddIndex(field, i, err)
			continue
		}
		if seen != nil {
			if _, dup := seen[string(id)]; !dup {
				seen[string(id)] = struct{}{}
				continue
			}
		} else if !slices.Contains(ids[:i], id) {
			continue
		}
		c.AddIndex(field, i, NewValueError("id", string(id), ErrDuplicate))
	}
}

// set is a set of strings that IDs takes from sets and returns cleared, so
// that validating many long lists does not allocate a map for each.
type set struct {
	m    map[string]struct{}
	peak int // the most entries the map has held
}

var sets sync.Pool

// getSet returns an empty set for a list of n ids. A map kept from a much
// longer list is dropped rather than reused, since clearing a map costs
// time in proportion to the most entries it ever held.
func getSet(n int) *set {
	s, _ := sets.Get().(*set)
	if s == nil || s.peak > 4*n+1024 {
		s = &set{m: make(map[string]struct{}, n)}
	}
	return s
}

func putSet(s *set) {
	s.peak = max(s.peak, len(s.m))
	clear(s.m)
	sets.Put(s)
}

// Identifiers validates each identifier of a list at field[i], and reports
// an identifier listed twice as ErrDuplicate, at each later occurrence.
// Its time is linear in the length of the list (see SmallList).
func Identifiers[T interface {
	comparable
	Validate() error
	String() string
}](c *Collector, field string, ids []T) {
	// Small enough to be inlined, as IDs is.
	if len(ids) != 0 {
		checkIdentifiers(c, field, ids)
	}
}

// checkIdentifiers is Identifiers for a list that is not empty.
func checkIdentifiers[T interface {
	comparable
	Validate() error
	String() string
}](c *Collector, field string, ids []T) {
	var seen map[T]struct{}
	if len(ids) > SmallList {
		seen = make(map[T]struct{}, len(ids))
	}
	for i, id := range ids {
		c.AddIndex(field, i, id.Validate())
		if seen != nil {
			if _, dup := seen[id]; !dup {
				seen[id] = struct{}{}
				continue
			}
		} else if !slices.Contains(ids[:i], id) {
			continue
		}
		c.AddIndex(field, i, NewValueError("identifier", id.String(), ErrDuplicate))
	}
}

// Topics validates each topic of a list at field[i], and reports a domain
// listed twice without a label as ErrDuplicate, at field[i].domain of each
// later occurrence. domain returns the domain of a topic that has no
// label, and "" for any other. Its time is linear in the length of the
// list (see SmallList).
func Topics[T interface{ Validate() error }, D ~string](c *Collector, field string, ts []T, domain func(T) D) {
	// Small enough to be inlined, as IDs is.
	if len(ts) != 0 {
		checkTopics(c, field, ts, domain)
	}
}

// checkTopics is Topics for a list that is not empty.
func checkTopics[T interface{ Validate() error }, D ~string](c *Collector, field string, ts []T, domain func(T) D) {
	var seen map[D]struct{}
	if len(ts) > SmallList {
		seen = make(map[D]struct{}, len(ts))
	}
	for i, t := range ts {
		c.AddIndex(field, i, t.Validate())
		d := domain(t)
		if d == "" {
			continue
		}
		if seen != nil {
			if _, dup := seen[d]; !dup {
				seen[d] = struct{}{}
				continue
			}
		} else if !slices.ContainsFunc(ts[:i], func(p T) bool { return domain(p) == d }) {
			continue
		}
		c.Add(IndexPath(field, i)+".domain", NewValueError("domain", string(d), ErrDuplicate))
	}
}

// String reports ErrSyntax for a string that is not valid UTF-8 or holds
// a control character other than tab, newline and carriage return.
func String(s string) error {
	// Sixteen bytes at a time while they are printable ASCII, as most
	// text is, with one branch for both words; from the first word that
	// is not, the loop below reads on.
	i := 0
	for ; i+16 <= len(s); i += 16 {
		if unprintable(load64(s, i))|unprintable(load64(s, i+8)) != 0 {
			break
		}
	}
	for i < len(s) {
		// Eight bytes at a time while they are printable ASCII (see
		// unprintable), and the last eight bytes at once when fewer than
		// eight are left, less those before i, checked already. Of eight
		// that are not, the bytes before the first that unprintable
		// marks are printable ASCII and skipped at once.
		if i+8 <= len(s) {
			m := unprintable(load64(s, i))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
		} else if len(s) >= 8 {
			m := unprintable(load64(s, len(s)-8)) >> (8 * (i - (len(s) - 8)))
			if m == 0 {
				return nil
			}
			i += bits.TrailingZeros64(m) >> 3
		}
		c := s[i]
		if c < utf8.RuneSelf {
			// The ASCII control characters are C0 and DEL.
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f {
				return NewValueError("text", s, ErrSyntax)
			}
			i++
			continue
		}
		// A character of two bytes (Latin, Greek, Cyrillic, Hebrew,
		// Arabic ...): a lead byte C2-DF and a continuation byte. Of
		// them only U+0080-U+009F (C2 80-C2 9F) are controls: above
		// U+00FF unicode.IsControl is false.
		if c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			if c == 0xc2 && s[i+1] < 0xa0 {
				return NewValueError("text", s, ErrSyntax)
			}
			i += 2
			continue
		}
		// A character of three bytes (the rest of the basic plane: CJK,
		// Hangul, typographic quotes and dashes): a lead byte E0-EF and
		// two continuation bytes, of which the first is A0-BF after E0
		// (shorter forms are overlong) and 80-9F after ED (above are the
		// surrogates). None is a control.
		if c >= 0xe0 && c <= 0xef && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 &&
			(c != 0xe0 || s[i+1] >= 0xa0) && (c != 0xed || s[i+1] < 0xa0) {
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || unicode.IsControl(r) {
			return NewValueError("text", s, ErrSyntax)
		}
		i += n
	}
	return nil
}

// unprintable returns zero when the eight bytes of x are printable ASCII:
// none at or above 0x80, none below 0x20 (which would borrow from its
// high bit), none 0x7f (which the XOR makes zero). Otherwise it sets the
// high bit of each byte that is not, and may set it in bytes above one
// below 0x20 or of 0x7f (a borrow moves up), so that its lowest bit
// marks the first byte that is not printable ASCII.
func unprintable(x uint64) uint64 {
	y := x ^ 0x7f7f7f7f7f7f7f7f
	return (x | (x - 0x2020202020202020) | (y - 0x0101010101010101)) & 0x8080808080808080
}

// load64 returns the eight bytes of s from i, the first in the lowest
// byte.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Text reports ErrRequired for an empty text (a diplo.Text: a map from
// language tags to strings) and otherwise validates it.
func Text[T interface {
	~map[K]V
	Validate() error
}, K comparable, V any](t T) error {
	if len(t) == 0 {
		return ErrRequired
	}
	return t.Validate()
}
