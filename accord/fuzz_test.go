package accord_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/internal/modeltest"
)

func FuzzUnmarshal(f *testing.F) {
	for _, name := range []string{"accord", "signatory", "action", "relation"} {
		b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"urn:x","kind":"treaty","title":{"en":"x"},"parties":["urn:a"],"actions":[{"kind":"signature","date":"2020-06-01","party":"urn:a"},{"kind":"ratification","date":"2020-01-01","party":"urn:a"}]}`))
	f.Add([]byte(`{"id":"urn:x","kind":"treaty","title":{"en":"x"},"signatories":[{"person":"urn:p","party":"urn:b"}],"languages":["und","en-t-fr"]}`))
	f.Add([]byte(`{"id":"urn:x","kind":"treaty","title":{"en":"x"},"actions":[{"kind":"entry-into-force","date":"1990-09-02"},{"kind":"signature","date":"2002?","party":"urn:b"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		modeltest.DecodeStable[accord.Accord](t, data)
		modeltest.DecodeStable[accord.Signatory](t, data)
		modeltest.DecodeStable[accord.Action](t, data)
		modeltest.DecodeStable[accord.Relation](t, data)
	})
}
