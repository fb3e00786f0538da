package fhir_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/fhir"
)

func TestWriteNDJSON(t *testing.T) {
	b := exportScenario(t)
	files := map[string]*bytes.Buffer{}
	var order []string
	err := fhir.WriteNDJSON(b, func(rt string) (io.Writer, error) {
		require.NotContains(t, files, rt, "open is called once per type")
		files[rt] = &bytes.Buffer{}
		order = append(order, rt)
		return files[rt], nil
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"CarePlan", "Goal", "Observation", "Task", "List", "RelatedPerson", "CareTeam", "Consent", "AuditEvent", "Provenance"}, order)

	lines := 0
	for rt, buf := range files {
		text := buf.String()
		require.True(t, strings.HasSuffix(text, "\n"), rt)
		for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
			lines++
			assert.NotContains(t, line, "\n ", "no whitespace inside a line")
			var v map[string]any
			require.NoError(t, json.Unmarshal([]byte(line), &v), rt)
			assert.Equal(t, rt, v["resourceType"], "one resource type per file")
			var compact bytes.Buffer
			require.NoError(t, json.Compact(&compact, []byte(line)))
			assert.Equal(t, compact.String(), line, "lines are compact")
			assert.NoError(t, schemaErr(t, []byte(line)))
		}
	}
	assert.Equal(t, len(b.Entry), lines, "every resource once")

	// The first lines of the Goal file are the plan's goals, in plan order.
	first := strings.SplitN(files["Goal"].String(), "\n", 2)[0]
	assert.Contains(t, first, `"id":"10000000-0000-4000-8000-000000000001"`)
}

func TestWriteNDJSONIsDeterministic(t *testing.T) {
	write := func() string {
		var all bytes.Buffer
		require.NoError(t, fhir.WriteNDJSON(exportScenario(t), func(rt string) (io.Writer, error) {
			all.WriteString("# " + rt + "\n")
			return &all, nil
		}))
		return all.String()
	}
	assert.Equal(t, write(), write())
}

func TestWriteNDJSONErrors(t *testing.T) {
	b := exportScenario(t)
	boom := errors.New("disk full")
	err := fhir.WriteNDJSON(b, func(rt string) (io.Writer, error) {
		if rt == "Goal" {
			return nil, boom
		}
		return io.Discard, nil
	})
	assert.ErrorIs(t, err, boom)
	assert.Contains(t, err.Error(), "Goal")

	err = fhir.WriteNDJSON(b, func(string) (io.Writer, error) { return failWriter{boom}, nil })
	assert.ErrorIs(t, err, boom)
	assert.Contains(t, err.Error(), "entry 0")
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }
