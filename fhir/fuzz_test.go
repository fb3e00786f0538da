package fhir_test

import (
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	recovery "github.com/recoverykit/recovery"
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
		// At and over the limits, and values an error must not echo.
		bundleOf(nested(fhir.MaxBundleDepth-1, "resource")),
		bundleOf(nested(fhir.MaxBundleDepth, "RESOURCE")),
		deepArray(fhir.MaxDepth + 1),
		bundleOf(`{"resourceType":"Goal","id":"g","extension":[{"url":"u","valueInteger":212555014799999999999}]}`),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, _, err := fhir.Import(b)
		if err != nil {
			if !errors.Is(err, fhir.ErrMalformed) && !errors.Is(err, recovery.ErrInvalid) {
				t.Fatalf("Import returned %T, neither ErrMalformed nor the plan's validation error", err)
			}
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
