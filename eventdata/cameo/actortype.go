package cameo

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// ActorType is a CAMEO actor type code, the three-letter role or sector
// that follows the country in a CAMEO actor code ("GOV" in "MLIGOV").
type ActorType struct {
	// Code is the three-letter code: "GOV", "MIL", "REB".
	Code string `json:"code"`
	// Label is GDELT's label: "Government", "Military", "Rebels".
	Label string `json:"label"`
}

// LookupActorType returns the actor type with the given code ("GOV").
func LookupActorType(code string) (ActorType, bool) {
	t := actorTypeTable()
	i, ok := t.index[code]
	if !ok {
		return ActorType{}, false
	}
	return t.types[i], true
}

// ActorTypes returns the CAMEO actor types in the order of GDELT's
// CAMEO.type.txt. That file lists UIS (Unidentified State Actor) twice; it
// appears here once, at its first place. The slice is a fresh copy.
func ActorTypes() []ActorType {
	return slices.Clone(actorTypeTable().types)
}

type typeTable struct {
	types []ActorType
	index map[string]int
	rows  int // data rows in the file, duplicates included
}

var actorTypeTable = sync.OnceValue(func() typeTable {
	t, err := parseActorTypes(actorTypesTxt)
	if err != nil {
		panic(err) // the embedded table is checked by the tests
	}
	return t
})

// parseActorTypes reads CAMEO.type.txt: a "CODE TAB LABEL" header, then
// one code per line. A code listed twice must carry the same label.
func parseActorTypes(data []byte) (typeTable, error) {
	t := typeTable{index: map[string]int{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			if text != "CODE\tLABEL" {
				return typeTable{}, fmt.Errorf("cameo: CAMEO.type.txt line 1: header %s, want \"CODE\\tLABEL\"", quote(text))
			}
			continue
		}
		code, label, ok := strings.Cut(text, "\t")
		if !ok || len(code) != 3 || label == "" || strings.Contains(label, "\t") {
			return typeTable{}, fmt.Errorf("cameo: CAMEO.type.txt line %d: want a 3-letter code, a tab and a label", line)
		}
		t.rows++
		if i, dup := t.index[code]; dup {
			if t.types[i].Label != label {
				return typeTable{}, fmt.Errorf("cameo: CAMEO.type.txt line %d: code %s listed again with another label", line, code)
			}
			continue
		}
		t.index[code] = len(t.types)
		t.types = append(t.types, ActorType{Code: code, Label: label})
	}
	if err := sc.Err(); err != nil {
		return typeTable{}, fmt.Errorf("cameo: CAMEO.type.txt: %w", err)
	}
	return t, nil
}
