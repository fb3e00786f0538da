package fhir_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/fhir"
)

// FuzzImport checks that Import never panics, and that whatever it accepts
// exports again and imports to the same plan.
func FuzzImport(f *testing.F) {
	golden, err := os.ReadFile(goldenBundle)
	require.NoError(f, err)
	f.Add(golden)
	f.Add([]byte(foreignBundle))
	for _, s := range []string{
		`{"resourceType":"Bundle","type":"collection"}`,
		`{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"CarePlan","status":"draft","intent":"plan","subject":{"identifier":{"value":"P"}},"id":"60000000-0000-4000-8000-000000000009","created":"2026-03-02"}}]}`,
		`{"resourceType":"Bundle","entry":[{"fullUrl":"urn:x"}]}`,
		`{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient"}}]}`,
		`[]`, `null`, `{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Bundle","entry":[]}}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, _, err := fhir.Import(b)
		if err != nil {
			return
		}
		again, err := fhir.Export(p, nil)
		require.NoError(t, err, "an imported plan is valid, so it exports")
		raw, err := json.Marshal(again)
		require.NoError(t, err)
		q, _, err := fhir.Import(raw)
		require.NoError(t, err)
		assert.Equal(t, p, q)
	})
}
