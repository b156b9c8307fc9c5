package synth_test

import (
	"fmt"

	"github.com/diplo-go/diplo/internal/synth"
)

func ExampleGraph() {
	g := synth.Graph(10000)
	fmt.Println("valid:", g.Validate() == nil)
	fmt.Println("nodes:", g.Len())
	fmt.Println("events:", len(g.Events), "accords:", len(g.Accords), "states:", len(g.States))
	v := g.Events[3]
	fmt.Println(v.Kind, v.Start, v.End, len(v.Parts), "parts")
	// Output:
	// valid: true
	// nodes: 33874
	// events: 10000 accords: 2500 states: 193
	// state-visit 2000-01-03 2000-01-05 3 parts
}
