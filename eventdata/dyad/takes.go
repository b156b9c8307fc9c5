package dyad

// TakesCAMEO reports whether the Lifter may lift a record of CAMEO code
// code. It is false when Add and AddRecord refuse every record of the
// code, whatever else it holds, as not diplomatic (ReasonNotDiplomatic,
// ErrNotDiplomatic): they then look at nothing of the record but its
// CAMEO. The empty code gives true, since a record without one is lifted
// or refused after its PLOVER coding. True does not promise a record is
// lifted: it may still be refused for its date, its fields or its actors.
//
// A reader of a large file can use it to convert in full only the rows a
// Lifter may take (gdelt.Reader.ReadRecordIf), and still pass AddRecord
// the record of a refused row holding only its CAMEO code: AddRecord
// counts it as ReasonNotDiplomatic, as it would the whole record, so
// the Lifter's counts are those of reading every row in full. It can
// ask TakesCAMEO for every row: the answer depends only on
// the code, and is kept, for the codes of one to four digits (all of
// GDELT's and ICEWS's) in an array indexed by the code, for others with
// the Lifter's other derivations.
func (l *Lifter) TakesCAMEO(code string) bool {
	i, ok := codeSlot(code)
	if !ok {
		return code == "" || l.cameoLifting(code).err == nil
	}
	if l.takes == nil {
		l.takes = new([codeSlots]uint8)
	}
	switch l.takes[i] {
	case takesYes:
		return true
	case takesNo:
		return false
	}
	t := l.cameoLifting(code).err == nil
	l.takes[i] = takesNo
	if t {
		l.takes[i] = takesYes
	}
	return t
}

// The answers TakesCAMEO keeps, by codeSlot; zero is a code not asked
// yet.
const (
	takesYes = 1 + iota
	takesNo
)

// codeSlot returns the place of a code of one to four ASCII digits among
// all such codes, below codeSlots: the codes of n digits, read as
// numbers, follow those of fewer. It reports false for any other code.
func codeSlot(code string) (int, bool) {
	n := len(code)
	if n < 1 || n > 4 {
		return 0, false
	}
	i := 0
	for j := range n {
		d := code[j] - '0'
		if d > 9 {
			return 0, false
		}
		i = i*10 + int(d)
	}
	return slotBase[n] + i, true
}

// slotBase[n] is the first slot of the codes of n digits; codeSlots is
// the number of slots, those of the codes of one to four digits.
var slotBase = [...]int{1: 0, 2: 10, 3: 110, 4: 1110}

const codeSlots = 1110 + 10000
