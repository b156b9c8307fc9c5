package query_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/query"
)

// TestConcurrentQuestions asks every question of one index from many
// goroutines at once; with -race it checks that an Index is safe for
// concurrent use, and it checks that every goroutine gets the same
// answers.
func TestConcurrentQuestions(t *testing.T) {
	b := bigGraph(400)
	ix := query.New(b.g)
	want := make([]int, len(questions))
	for i, q := range questions {
		want[i] = q.ask(b, ix, i)
	}
	var wg sync.WaitGroup
	got := make([][]int, 8)
	for w := range got {
		wg.Go(func() {
			for i, q := range questions {
				got[w] = append(got[w], q.ask(b, ix, i))
			}
		})
	}
	wg.Wait()
	for _, g := range got {
		assert.Equal(t, want, g)
	}
}
