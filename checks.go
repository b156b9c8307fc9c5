package diplo

// ValidateIdentifiers validates each identifier of a list at field[i], and
// reports an identifier listed twice as ErrDuplicate.
func ValidateIdentifiers(c *Collector, field string, ids []Identifier) {
	for i, id := range ids {
		c.AddIndex(field, i, id.Validate())
		for _, p := range ids[:i] {
			if p == id {
				c.AddIndex(field, i, NewValueError("identifier", id.String(), ErrDuplicate))
				break
			}
		}
	}
}

// ValidateTopics validates each topic of a list at field[i], and reports a
// domain listed twice as ErrDuplicate.
func ValidateTopics(c *Collector, field string, ts []Topic) {
	for i, t := range ts {
		c.AddIndex(field, i, t.Validate())
		if t.Domain == "" {
			continue
		}
		for _, p := range ts[:i] {
			if p.Domain == t.Domain && len(t.Label) == 0 && len(p.Label) == 0 {
				c.Add(IndexPath(field, i)+".domain", NewValueError("domain", string(t.Domain), ErrDuplicate))
				break
			}
		}
	}
}
