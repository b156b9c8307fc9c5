package alloctest_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/internal/alloctest"
)

var sink []byte

func TestLeastAllocated(t *testing.T) {
	n := alloctest.LeastAllocated(3, func() { sink = make([]byte, 1<<20) })
	assert.GreaterOrEqual(t, n, uint64(1<<20))
	assert.Less(t, n, uint64(1<<20+64<<10))
	assert.Less(t, alloctest.LeastAllocated(3, func() {}), uint64(4<<10))
}
