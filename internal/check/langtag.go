package check

// RepeatedSingleton returns the first singleton (a subtag of one letter or
// digit that opens an extension, such as the "u" of "en-u-ca-buddhist")
// that tag names a second time before its private-use part, in lower
// case, and whether there is one. RFC 5646, section 2.2.6, allows each
// singleton once: golang.org/x/text/language accepts a tag that repeats
// one, but reads it back as another tag ("aa-u-00-u-00-00" becomes
// "aa-u-00-u-00"), so a value written with it would not read back.
func RepeatedSingleton(tag string) (byte, bool) {
	var seen uint64 // bit c-'0' for a digit, 10+c-'a' for a letter
	start := 0
	for i := 0; i <= len(tag); i++ {
		if i < len(tag) && tag[i] != '-' && tag[i] != '_' {
			continue
		}
		if i-start == 1 {
			c := tag[start] | 0x20 // lower case; digits keep their bits
			if c == 'x' {
				return 0, false // private use: anything may follow
			}
			if start == 0 {
				// A tag that opens with a singleton other than "x" is
				// grandfathered ("i-klingon"); x/text judges it.
				start = i + 1
				continue
			}
			var bit uint
			switch {
			case c >= '0' && c <= '9':
				bit = uint(c - '0')
			case c >= 'a' && c <= 'z':
				bit = 10 + uint(c-'a')
			default:
				start = i + 1
				continue
			}
			if seen&(1<<bit) != 0 {
				return c, true
			}
			seen |= 1 << bit
		}
		start = i + 1
	}
	return 0, false
}
