package codec

// ScanParts scans a document read in parts, such as the elements of a list one
// at a time: each part is scanned as Scan does, and the count of its
// objects returned, so that the caller can hold the whole document to a
// limit on objects by adding up the counts of its parts. A ScanParts keeps its
// stack from one part to the next. The zero value is ready to use.
type ScanParts struct {
	stack []frame
}

// Scan is codec.Scan that also returns the number of objects in data: those
// scanned before the problem, if there is one.
func (p *ScanParts) Scan(data []byte, lim ScanLimits) (int, *ScanError) {
	s := scanner{data: data, lim: lim, stack: p.stack[:0]}
	_, e := s.run(0)
	p.stack = s.stack
	return s.objects, e
}
