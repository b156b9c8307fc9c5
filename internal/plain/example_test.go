package plain_test

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/diplo-go/diplo/internal/plain"
	"github.com/diplo-go/diplo/internal/synth"
)

func ExampleFromGraph() {
	g := synth.Graph(4)
	p := plain.FromGraph(g)
	a, _ := json.Marshal(g)
	b, _ := json.Marshal(p)
	fmt.Println("same JSON:", bytes.Equal(a, b))
	fmt.Println(p.Events[0].Kind, p.Events[0].Start, p.Events[0].Name["fr"])
	// Output:
	// same JSON: true
	// bilateral-talks 2000-01-04 Entretiens Colombie – Andorre
}
