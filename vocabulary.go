package diplo

import (
	"slices"

	"github.com/diplo-go/diplo/internal/check"
)

// Term is one value of a controlled vocabulary, with its definition.
type Term[T ~string] struct {
	// Value is the value as it appears in JSON ("official-visit").
	Value T
	// Description defines the value in one sentence.
	Description string
}

// Vocabulary is a closed set of values of a string type, such as the event
// kinds or the accord domains, each with a definition. The model packages
// build one per vocabulary type and give it out from a function
// (event.Kinds(), Domains); it parses and checks values and gives the
// definitions to documentation and schema generators.
//
// A Vocabulary is an immutable value: copies share their terms, which no
// method changes, and Terms and Values return fresh slices. It is safe for
// concurrent use. The zero Vocabulary has no terms.
type Vocabulary[T ~string] struct {
	what  string
	terms []Term[T]
	index map[T]int
	// slots is a table of the terms by a hash of their length and three
	// of their bytes (see slot) without collisions: slots[slot(x)] is one
	// more than the index of the only term that x may be, or 0. It is nil
	// when no seed up to maxSeed gives a table without collisions; index
	// answers then.
	slots []uint16
	seed  uint32
	shift uint8
}

// maxSeed is the most seeds NewVocabulary tries for slots.
const maxSeed = 4096

// NewVocabulary returns the vocabulary of the given terms, in their order.
// what names the vocabulary in error messages ("event kind"). It panics on
// a duplicate or empty value, which is a programming error.
func NewVocabulary[T ~string](what string, terms ...Term[T]) Vocabulary[T] {
	v := Vocabulary[T]{what: what, terms: slices.Clone(terms), index: make(map[T]int, len(terms))}
	for i, t := range terms {
		if _, dup := v.index[t.Value]; dup || t.Value == "" {
			panic("diplo: bad vocabulary term " + string(t.Value) + " in " + what)
		}
		v.index[t.Value] = i
	}
	v.slots, v.seed, v.shift = slotTable(v.terms)
	return v
}

// slotTable finds a seed that gives each term a slot of its own in a
// table of at least twice as many slots as terms, and returns the table;
// nil if there is none.
func slotTable[T ~string](terms []Term[T]) ([]uint16, uint32, uint8) {
	if len(terms) == 0 || len(terms) >= 1<<14 {
		return nil, 0, 0
	}
	bits := uint8(1)
	for 1<<bits < 2*len(terms) {
		bits++
	}
	shift := 32 - bits
	table := make([]uint16, 1<<bits)
	for seed := uint32(1); seed < maxSeed; seed++ {
		m := seed*0x9E3779B1 | 1
		clear(table)
		ok := true
		for i, t := range terms {
			k := slotKey(t.Value) * m >> shift
			if table[k] != 0 {
				ok = false
				break
			}
			table[k] = uint16(i + 1)
		}
		if ok {
			return table, m, shift
		}
	}
	return nil, 0, 0
}

// slotKey packs the length of s, which is not empty, and its first, middle
// and last bytes.
func slotKey[S ~string | ~[]byte](s S) uint32 {
	n := len(s)
	return uint32(n)<<24 ^ uint32(s[0])<<16 ^ uint32(s[n/2])<<8 ^ uint32(s[n-1])
}

// find returns the index of the term whose value is s.
func find[T ~string](v *Vocabulary[T], s string) (int, bool) {
	if v.slots == nil {
		i, ok := v.index[T(s)]
		return i, ok
	}
	// findSlot written out for a string, which saves a call on the
	// checks of every node.
	if len(s) == 0 {
		return 0, false
	}
	i := int(v.slots[slotKey(s)*v.seed>>v.shift]) - 1
	if i < 0 || string(v.terms[i].Value) != s {
		return 0, false
	}
	return i, true
}

// findSlot returns the index of the term whose value is s, by slots,
// which is not nil.
func findSlot[T ~string, S ~string | ~[]byte](v *Vocabulary[T], s S) (int, bool) {
	if len(s) == 0 {
		return 0, false
	}
	i := int(v.slots[slotKey(s)*v.seed>>v.shift]) - 1
	if i < 0 || string(v.terms[i].Value) != string(s) {
		return 0, false
	}
	return i, true
}

// Name returns what the vocabulary names, as given to NewVocabulary.
func (v Vocabulary[T]) Name() string { return v.what }

// Has reports whether x belongs to the vocabulary.
func (v Vocabulary[T]) Has(x T) bool {
	_, ok := find(&v, string(x))
	return ok
}

// Parse returns s as a value of the vocabulary, or a *ValueError wrapping
// ErrUnknown that names the vocabulary and the value.
func (v Vocabulary[T]) Parse(s string) (T, error) {
	if _, ok := find(&v, s); !ok {
		return "", unknown(v.what, s)
	}
	return T(s), nil
}

// Check returns nil for a value of the vocabulary, ErrRequired for the empty
// value, and the error of Parse otherwise.
func (v Vocabulary[T]) Check(x T) error {
	if x == "" {
		return ErrRequired
	}
	if _, ok := find(&v, string(x)); !ok {
		return unknown(v.what, string(x))
	}
	return nil
}

// unknown returns the error of Parse for s, not in the vocabulary what.
func unknown(what, s string) error { return check.NewValueError(what, s, ErrUnknown) }

// Values returns the values in the order of their definition.
func (v Vocabulary[T]) Values() []T {
	out := make([]T, len(v.terms))
	for i, t := range v.terms {
		out[i] = t.Value
	}
	return out
}

// Terms returns the terms with their definitions.
func (v Vocabulary[T]) Terms() []Term[T] { return slices.Clone(v.terms) }

// Description returns the definition of x, or "" if x is not in the
// vocabulary.
func (v Vocabulary[T]) Description(x T) string {
	if i, ok := find(&v, string(x)); ok {
		return v.terms[i].Description
	}
	return ""
}

// Unmarshal parses b into *x; types of the vocabulary call it from their
// UnmarshalText method. The empty text gives the empty value, which is what
// a missing value marshals to, so that every decoded value encodes and
// decodes again; Validate reports it where a value is required.
func (v Vocabulary[T]) Unmarshal(x *T, b []byte) error {
	if len(b) == 0 {
		*x = ""
		return nil
	}
	// The value stored is the vocabulary's own, so that decoding a value
	// allocates no string; the lookup converts b without copying it.
	var i int
	var ok bool
	if v.slots != nil {
		i, ok = findSlot(&v, b)
	} else {
		i, ok = v.index[T(b)]
	}
	if !ok {
		return check.NewValueError(v.what, string(b), ErrUnknown)
	}
	*x = v.terms[i].Value
	return nil
}

// Define returns the term of value x with its definition; it keeps
// vocabulary tables short.
func Define[T ~string](x T, description string) Term[T] {
	return Term[T]{Value: x, Description: description}
}
