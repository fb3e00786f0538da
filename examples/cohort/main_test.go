package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/internal/cohort"
)

var update = flag.Bool("update", false, "rewrite golden files")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	assert.Equal(t, string(want), string(got), "%s differs; run go test -update and review the diff", path)
}

func TestSyntheticCohortGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"-synthetic", "12", "-seed", "3"}, nil, &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	assert.Empty(t, errOut.String())
	golden(t, "synthetic12.csv", out.Bytes())

	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	assert.Equal(t, "person_id,series_id,plan_id,version,replaces,p,criterion,score,weight,points,rubric", lines[0])
	assert.Len(t, lines, 1+12*16, "one row per plan and criterion")
}

// TestSameAsRecoverykit: cohort is recoverykit score, flags, files and exit
// codes included.
func TestSameAsRecoverykit(t *testing.T) {
	var plans, e bytes.Buffer
	require.Equal(t, 0, run([]string{"-synthetic", "30", "-seed", "4", "-emit"}, nil, &plans, &e))
	input := plans.String() + "{bad\n"
	for _, args := range [][]string{
		{"-at", "2026-03-02T10:00:00Z"},
		{"-at", "2026-03-02T10:00:00Z", "-format", "ndjson", "-workers", "1"},
		{"-at", "2026-03-02T10:00:00Z", "-strict"},
		{},
	} {
		var want, wantErr, got, gotErr bytes.Buffer
		wantCode := cohort.Main("cohort", append([]string{"score"}, args...), strings.NewReader(input), &want, &wantErr)
		gotCode := run(args, strings.NewReader(input), &got, &gotErr)
		assert.Equal(t, wantCode, gotCode, args)
		assert.Equal(t, want.String(), got.String(), args)
		assert.Equal(t, wantErr.String(), gotErr.String(), args)
	}
}
