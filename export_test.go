package diplo

// Delegations returns how many values Marshal and AppendJSON have handed
// to encoding/json so far.
func Delegations() int64 { return delegations.Load() }
