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
// Lifter may take. The answer depends only on the code, and is cached
// with the Lifter's other derivations.
func (l *Lifter) TakesCAMEO(code string) bool {
	return code == "" || l.cameoLifting(code).err == nil
}
