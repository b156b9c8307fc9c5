package main

import (
	"bytes"
	"io"
	"testing"

	"github.com/diplo-go/diplo/internal/scaling"
)

// BenchmarkAppendIndent indents the nodes "diplo import -nodes" writes
// for the GDELT sample, one at a time, as the graph document's spool
// does; rows/cpu-s counts nodes.
func BenchmarkAppendIndent(b *testing.B) {
	var out bytes.Buffer
	if code := run([]string{"import", "-nodes", "gdelt", gdeltSample}, nil, &out, io.Discard); code != 0 {
		b.Fatalf("exit %d", code)
	}
	nodes := bytes.Split(bytes.TrimSuffix(out.Bytes(), []byte("\n")), []byte("\n"))
	var dst []byte
	scaling.RowsLoop(b, len(nodes), func() {
		for _, n := range nodes {
			dst = appendIndent(dst[:0], n, "    ", "  ")
		}
	})
}
