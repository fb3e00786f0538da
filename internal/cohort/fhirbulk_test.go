package cohort_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/fhir"
	"github.com/recoverykit/recovery/internal/cohort"
	"github.com/recoverykit/recovery/recoverytest"
)

// writeExport writes plans as a FHIR Bulk Data export in dir: one NDJSON file
// per resource type, the resources of every plan in each, as a $export
// server writes them.
func writeExport(t *testing.T, dir string, plans []recovery.Plan) {
	t.Helper()
	files := map[string]*bytes.Buffer{}
	for _, p := range plans {
		b, err := fhir.Export(p, nil)
		require.NoError(t, err)
		require.NoError(t, fhir.WriteNDJSON(b, func(typ string) (io.Writer, error) {
			if files[typ] == nil {
				files[typ] = &bytes.Buffer{}
			}
			return files[typ], nil
		}))
	}
	for typ, buf := range files {
		name := typ + ".ndjson"
		data := buf.Bytes()
		if typ == "Goal" {
			name, data = name+".gz", gz(t, buf.String())
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
}

// TestFHIRBulkInput: plans read from a FHIR Bulk Data export give the same
// tables as the same plans, as fhir.Import reads each one's bundle, read as
// JSON Lines.
func TestFHIRBulkInput(t *testing.T) {
	plans := append(recoverytest.Plans(3, 30), recoverytest.Scenario())
	dir := t.TempDir()
	writeExport(t, dir, plans)

	var lines strings.Builder
	for _, p := range plans {
		b, err := fhir.Export(p, nil)
		require.NoError(t, err)
		raw, err := json.Marshal(b)
		require.NoError(t, err)
		q, _, err := fhir.Import(raw)
		require.NoError(t, err)
		lines.WriteString(planLine(t, q) + "\n")
	}
	for _, cmd := range []string{"score", "goals", "decisions", "readiness"} {
		code, want, errOut := run(t, strings.NewReader(lines.String()), cmd, "-at", at)
		require.Equal(t, 0, code, errOut)
		code, got, errOut := run(t, nil, cmd, "-at", at, "-fhir", dir)
		require.Equal(t, 0, code, errOut)
		assert.Empty(t, errOut)
		assert.Equal(t, want, got, cmd)
	}

	// A bad line, a resource without a type, and a CarePlan whose goal is
	// missing are rejected; the other plans are read.
	goals := filepath.Join(dir, "Goal.ndjson.gz")
	require.NoError(t, os.Remove(goals))
	var goalLines []string
	for _, p := range plans[:2] {
		b, err := fhir.Export(p, nil)
		require.NoError(t, err)
		require.NoError(t, fhir.WriteNDJSON(b, func(typ string) (io.Writer, error) {
			if typ != "Goal" {
				return io.Discard, nil
			}
			return writerFunc(func(p []byte) (int, error) {
				goalLines = append(goalLines, strings.TrimSuffix(string(p), "\n"))
				return len(p), nil
			}), nil
		}))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Goal.ndjson"), []byte(`{"resourceType": "Goal", "id": "my-secret`+"\n"+`{"id": "x"}`+"\n"+strings.Join(goalLines, "\n")+"\n"), 0o644))
	rejects := filepath.Join(t.TempDir(), "rejects.ndjson")
	summary := filepath.Join(t.TempDir(), "summary.json")
	code, out, errOut := run(t, nil, "score", "-at", at, "-fhir", "-rejects", rejects, "-summary", summary, dir)
	require.Equal(t, 0, code, errOut)
	rows := readRejects(t, rejects)
	g := filepath.Join(dir, "Goal.ndjson")
	assert.Contains(t, rows, rejectRow{g, 1, "json-syntax", "byte 41"})
	assert.Contains(t, rows, rejectRow{g, 2, "fhir-resource-type", ""})
	raw, err := os.ReadFile(rejects)
	require.NoError(t, err)
	assert.NotContains(t, string(raw), "my-secret")
	s := readSummary(t, summary)
	assert.Equal(t, 2, s.Counts.Plans, "only the plans whose goals are in the export")
	assert.Equal(t, len(plans)-2+2, s.Counts.Rejected)
	for _, p := range plans[:2] {
		assert.Contains(t, out, p.ID.String())
	}
	for _, r := range rows {
		if r.Source == filepath.Join(dir, "CarePlan.ndjson") {
			assert.Contains(t, []string{"fhir-malformed", "exists", "required"}, r.Rule, r)
		}
	}

	code, _, _ = run(t, nil, "score", "-at", at, "-fhir", "-keep", "site", dir)
	assert.Equal(t, cohort.ExitUsage, code)
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
