package actor_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/internal/modeltest"
)

func FuzzUnmarshal(f *testing.F) {
	for _, name := range []string{"person", "state", "organization", "office", "tenure", "delegation", "mission"} {
		b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"urn:x","type":"Tenure","person":"urn:p","office":"urn:o","startDate":"2021-05-24?","qualifiers":["transitional","interim"]}`))
	f.Add([]byte(`{"id":"urn:x","name":{"EN":"a","en":"b","iw":"c","en-t-fr":"d"},"country":"mli","kind":"ngo","of":"urn:s","person":"urn:p","office":"urn:o","represents":"urn:s"}`))
	f.Add([]byte(`{"id":"urn:x","type":"Organization","kind":"club","founded":"-0044"}`))
	f.Add([]byte(`{"id":"urn:x","type":"Mission","kind":"embassy","sending":"urn:a","receiving":"urn:a","seat":{"country":"jp"},"closed":"1941","established":"1952"}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		modeltest.DecodeStable[actor.Person](t, data)
		modeltest.DecodeStable[actor.State](t, data)
		modeltest.DecodeStable[actor.Organization](t, data)
		modeltest.DecodeStable[actor.Office](t, data)
		modeltest.DecodeStable[actor.Tenure](t, data)
		modeltest.DecodeStable[actor.Delegation](t, data)
		modeltest.DecodeStable[actor.Mission](t, data)
	})
}
