package event_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/modeltest"
)

func FuzzUnmarshal(f *testing.F) {
	for _, name := range []string{"event", "participant", "relation", "characterisation", "statement", "statuschange", "deadline"} {
		b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"urn:x","type":"Event","kind":"sumit"}`))
	f.Add([]byte(`{"id":"urn:x","kind":"summit","startDate":"2025-06-23T14:30+03:00","endDate":"2025~","location":{"coordinates":{"latitude":91,"longitude":0}}}`))
	f.Add([]byte(`{"id":"urn:x","kind":"quote","speakers":["urn:a","urn:a"],"text":{"en-t-fr":"x","und":"y"},"sources":["urn:s"],"note":{"fr":"z"}}`))
	f.Add([]byte(`{"id":"urn:x","kind":"summit","status":"held","statusHistory":[{"status":"cancelled","date":"2025-06","location":{"country":"ML"}},{"status":"","date":"2024"}],"deadlines":[{"date":"2025-06-01T12:00Z"},{}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		modeltest.DecodeStable[event.Event](t, data)
		modeltest.DecodeStable[event.StatusChange](t, data)
		modeltest.DecodeStable[event.Deadline](t, data)
		modeltest.DecodeStable[event.Participant](t, data)
		modeltest.DecodeStable[event.Relation](t, data)
		modeltest.DecodeStable[event.Characterisation](t, data)
		modeltest.DecodeStable[event.Statement](t, data)
	})
}
