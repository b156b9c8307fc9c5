package diplo

import "slices"

// ValidateIdentifiers validates each identifier of a list at field[i], and
// reports an identifier listed twice as ErrDuplicate, at each later
// occurrence. Its time is linear in the length of the list (see SmallList).
func ValidateIdentifiers(c *Collector, field string, ids []Identifier) {
	var seen map[Identifier]struct{}
	if len(ids) > SmallList {
		seen = make(map[Identifier]struct{}, len(ids))
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

// ValidateTopics validates each topic of a list at field[i], and reports a
// domain listed twice without a label as ErrDuplicate, at each later
// occurrence. Its time is linear in the length of the list (see
// SmallList).
func ValidateTopics(c *Collector, field string, ts []Topic) {
	var seen map[Domain]struct{}
	if len(ts) > SmallList {
		seen = make(map[Domain]struct{}, len(ts))
	}
	for i, t := range ts {
		c.AddIndex(field, i, t.Validate())
		if t.Domain == "" || len(t.Label) != 0 {
			continue
		}
		if seen != nil {
			if _, dup := seen[t.Domain]; !dup {
				seen[t.Domain] = struct{}{}
				continue
			}
		} else if !slices.ContainsFunc(ts[:i], func(p Topic) bool { return p.Domain == t.Domain && len(p.Label) == 0 }) {
			continue
		}
		c.Add(IndexPath(field, i)+".domain", NewValueError("domain", string(t.Domain), ErrDuplicate))
	}
}
