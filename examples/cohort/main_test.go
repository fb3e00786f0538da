package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/recoverytest"
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
	golden(t, "synthetic12.csv", out.Bytes())
	golden(t, "synthetic12.summary", errOut.Bytes())

	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	assert.Equal(t, "plan_id,version,p,criterion,score", lines[0])
	assert.Len(t, lines, 1+12*16, "one row per plan and criterion")
}

// TestFileMatchesSynthetic: the same plans read as JSON Lines score the same.
func TestFileMatchesSynthetic(t *testing.T) {
	var plans, errOut bytes.Buffer
	require.Equal(t, 0, run([]string{"-synthetic", "12", "-seed", "3", "-emit"}, nil, &plans, &errOut))
	assert.Empty(t, errOut.String())
	assert.Equal(t, 12, strings.Count(plans.String(), "\n"))

	var fromFile, fileErr bytes.Buffer
	require.Equal(t, 0, run([]string{"-at", "2026-03-02T10:00:00Z", "-"}, &plans, &fromFile, &fileErr))
	var synthOut, synthErr bytes.Buffer
	require.Equal(t, 0, run([]string{"-synthetic", "12", "-seed", "3"}, nil, &synthOut, &synthErr))
	assert.Equal(t, synthOut.String(), fromFile.String())
	assert.Equal(t, synthErr.String(), fileErr.String())
}

func TestBadLinesReportedAndSkipped(t *testing.T) {
	good := recoverytest.Plans(5, 2)
	g0, err := json.Marshal(good[0])
	require.NoError(t, err)
	g1, err := json.Marshal(good[1])
	require.NoError(t, err)
	invalid := good[1]
	invalid.PersonID = ""
	invalid.Supports = nil // leaves dangling supporter references too
	bad, err := json.Marshal(invalid)
	require.NoError(t, err)

	input := strings.Join([]string{
		string(g0),            // 1 ok
		`{"id": "not a uuid"`, // 2 syntax
		"",                    // 3 blank, skipped silently
		`{"version": "one"}`,  // 4 wrong type
		string(bad),           // 5 invalid plan
		`{"vision": "` + strings.Repeat("x", 300000) + `"}`, // 6 too long
		string(g1) + "\r", // 7 ok, CRLF
	}, "\n")
	var out, errOut bytes.Buffer
	code := run([]string{"-at", "2026-03-02T10:00:00Z", "-max-line", "200000"}, strings.NewReader(input), &out, &errOut)
	require.Equal(t, 0, code, "bad lines never stop the run")
	rep := errOut.String()
	assert.Contains(t, rep, "line 2: json-syntax at byte")
	assert.Contains(t, rep, "line 4: json-type at version")
	assert.Contains(t, rep, "line 5: personId: required")
	assert.Contains(t, rep, "line 6: too-long")
	assert.NotContains(t, rep, "line 1:")
	assert.NotContains(t, rep, "line 3:")
	assert.NotContains(t, rep, "line 7:")
	assert.NotContains(t, rep, "not a uuid", "the content of a line is never echoed")
	assert.Contains(t, rep, "plans read: 6\nvalid: 2\ninvalid: 4\n")
	assert.Equal(t, 1+2*16, strings.Count(out.String(), "\n"))
	assert.Contains(t, out.String(), good[0].ID.String())
	assert.Contains(t, out.String(), good[1].ID.String())
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-synthetic", "-1"},
		{"-emit"},
		{"-synthetic", "2", "file.jsonl"},
		{"a", "b"},
		{"-at", "yesterday", "-synthetic", "1"},
		{"-nope"},
		{"-workers", "0"},
		{"-workers", "1025"},
		{"-workers", "100000000"},
		{"-max-line", "0"},
		{"-max-line", strconv.Itoa(recovery.MaxPlanBytes + 1)},
	} {
		var out, errOut bytes.Buffer
		assert.Equal(t, 2, run(args, strings.NewReader(""), &out, &errOut), args)
		assert.NotEmpty(t, errOut.String(), args)
	}
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run([]string{"testdata/does-not-exist.jsonl"}, nil, &out, &errOut))
}

// TestFlagLimits checks -workers and -max-line at their upper limits.
func TestFlagLimits(t *testing.T) {
	for _, args := range [][]string{
		{"-workers", "1024"},
		{"-max-line", strconv.Itoa(recovery.MaxPlanBytes)},
	} {
		var out, errOut bytes.Buffer
		assert.Equal(t, 0, run(append(args, "-synthetic", "3"), nil, &out, &errOut), args)
		assert.Contains(t, errOut.String(), "plans read: 3", args)
	}
}

func TestEmptyInput(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run([]string{"-at", "2026-03-02T10:00:00Z"}, strings.NewReader(""), &out, &errOut))
	assert.Equal(t, "plan_id,version,p,criterion,score\n", out.String())
	assert.Contains(t, errOut.String(), "plans read: 0\n")
	assert.Contains(t, errOut.String(), "total             -")
}

func TestQuantiles(t *testing.T) {
	d := newDist(25)
	for _, x := range []float64{1, 2, 3, 4, 5, 6, 7, 8} {
		d.add(x)
	}
	assert.Equal(t, 2.0, d.quantile(0.25))
	assert.Equal(t, 4.0, d.quantile(0.5))
	assert.Equal(t, 6.0, d.quantile(0.75))
	d.add(4.1666666)
	assert.Equal(t, 4.17, d.quantile(5.0/9), "values are binned to the nearest 0.01")
	d.add(99) // out of range values land in the end bins
	assert.Equal(t, 25.0, d.quantile(1))
}

// TestWorkersSameOutput: the output does not depend on the number of workers.
func TestWorkersSameOutput(t *testing.T) {
	var plans, e bytes.Buffer
	require.Equal(t, 0, run([]string{"-synthetic", "300", "-seed", "9", "-emit"}, nil, &plans, &e))
	input := plans.String() + "{bad\n" + plans.String()
	var want, wantErr bytes.Buffer
	require.Equal(t, 0, run([]string{"-workers", "1", "-at", "2026-03-02T10:00:00Z"}, strings.NewReader(input), &want, &wantErr))
	for _, n := range []string{"2", "3", "8"} {
		var got, gotErr bytes.Buffer
		require.Equal(t, 0, run([]string{"-workers", n, "-at", "2026-03-02T10:00:00Z"}, strings.NewReader(input), &got, &gotErr))
		assert.Equal(t, want.String(), got.String(), n)
		assert.Equal(t, wantErr.String(), gotErr.String(), n)
	}
	assert.Contains(t, wantErr.String(), "line 301: json-syntax")
	assert.Contains(t, wantErr.String(), "plans read: 601\nvalid: 600\ninvalid: 1\n")
}

// TestWriteErrorStops: a failing output stops the run with exit code 1.
func TestWriteErrorStops(t *testing.T) {
	var errOut bytes.Buffer
	assert.Equal(t, 1, run([]string{"-synthetic", "5000"}, nil, failWriter{}, &errOut))
	assert.Contains(t, errOut.String(), "cohort: disk full")
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
