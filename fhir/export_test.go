package fhir_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/fhir"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/validate"
)

var (
	update    = flag.Bool("update", false, "rewrite golden files")
	bundleOut = flag.String("bundle-out", "", "also write the seed scenario's bundle (with its audit trail) to this file, for .ci/run")
	bundleDir = flag.String("bundle-dir", "", "write the bundles of the whole-plan test plans to this folder, for the external checkers of .ci/run")
)

const goldenBundle = "testdata/peersupport.bundle.json"

// encode returns the bundle as indented JSON with a final newline, as the
// golden file stores it.
func encode(t testing.TB, b fhir.Bundle) []byte {
	t.Helper()
	out, err := json.MarshalIndent(b, "", "  ")
	require.NoError(t, err)
	return append(out, '\n')
}

func exportScenario(t testing.TB) fhir.Bundle {
	t.Helper()
	b, err := fhir.Export(scenarioPlan(), &fhir.Options{Trail: scenarioTrail(), Timestamp: at})
	require.NoError(t, err)
	return b
}

// TestGoldenBundle pins the seed scenario's bundle, byte for byte. Run with
// -update to rewrite it after a deliberate change, and read the diff.
func TestGoldenBundle(t *testing.T) {
	got := encode(t, exportScenario(t))
	if *bundleOut != "" {
		require.NoError(t, os.WriteFile(*bundleOut, got, 0o644))
	}
	if *update {
		require.NoError(t, os.WriteFile(goldenBundle, got, 0o644))
	}
	want, err := os.ReadFile(goldenBundle)
	require.NoError(t, err)
	assertSameLines(t, string(want), string(got))
}

// assertSameLines compares two texts line by line and reports the first
// difference with its line number, rather than both whole texts.
func assertSameLines(t *testing.T, want, got string) {
	t.Helper()
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) && i < len(g); i++ {
		if w[i] != g[i] {
			assert.Equal(t, w[i], g[i], "first difference at line %d (run with -update to accept)", i+1)
			return
		}
	}
	assert.Equal(t, len(w), len(g), "line count (run with -update to accept)")
}

// TestExportIsValidR4 checks every exported resource of the scenario, and
// of variants of it, against the official R4 schema, the package's own
// Validate, and the invariants the schema cannot express.
func TestExportIsValidR4(t *testing.T) {
	sparse := scenarioPlan()
	sparse.Goals, sparse.Supports, sparse.CoCreators = nil, nil, nil
	sparse.Strengths = scenarioPlan().Strengths
	sparse.Strengths.Priorities = nil
	amended := scenarioPlan()
	amended.ID, amended.Version, amended.Replaces, amended.SeriesID = id("60000000", 2), 2, id("60000000", 1), id("60000000", 1)
	cases := map[string]struct {
		plan recovery.Plan
		opts *fhir.Options
	}{
		"scenario with trail": {scenarioPlan(), &fhir.Options{Trail: scenarioTrail(), Timestamp: at}},
		"scenario":            {scenarioPlan(), nil},
		"sparse":              {sparse, nil},
		"amended":             {amended, &fhir.Options{PersonSystem: "https://example.org/ids"}},
	}
	// The whole bundle goes through the schema's ResourceList, a oneOf of
	// every R4 resource type: slow, so once; each resource is checked on its
	// own in every case.
	whole := "scenario with trail"
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			b, err := fhir.Export(tc.plan, tc.opts)
			require.NoError(t, err)
			require.NoError(t, b.Validate())
			raw := encode(t, b)
			if name == whole {
				assert.NoError(t, schemaErr(t, raw), "the bundle as a whole")
			}
			assert.Empty(t, invariantProblems(raw))
			for i, e := range b.Entry {
				r, err := json.Marshal(e.Resource)
				require.NoError(t, err)
				assert.NoError(t, schemaErr(t, r), "entry %d %s", i, e.Resource.ResourceType())
				assert.Equal(t, "urn:uuid:"+resourceID(t, r), e.FullURL, "entry %d", i)
			}
		})
	}
}

func resourceID(t testing.TB, b []byte) string {
	var v struct {
		ID string `json:"id"`
	}
	require.NoError(t, json.Unmarshal(b, &v))
	return v.ID
}

func TestExportIsDeterministic(t *testing.T) {
	first := encode(t, exportScenario(t))
	for range 3 {
		assert.True(t, bytes.Equal(first, encode(t, exportScenario(t))))
	}
}

func TestExportDoesNotChangeThePlan(t *testing.T) {
	p := scenarioPlan()
	before, err := json.Marshal(p)
	require.NoError(t, err)
	_, err = fhir.Export(p, nil)
	require.NoError(t, err)
	after, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, string(before), string(after))
}

func TestExportRejectsAnInvalidPlan(t *testing.T) {
	p := scenarioPlan()
	p.Goals[1].Status = "bogus"
	_, err := fhir.Export(p, nil)
	var ve *validate.Error
	require.ErrorAs(t, err, &ve)
	assert.ErrorIs(t, err, recovery.ErrInvalid)
	assert.True(t, ve.Has("goals[1].status", "valid"), "%v", ve.Problems)
}

// TestRankingListOrder checks that the ranking and timeline Lists hold the
// goals in the person's order, ties in plan order, with the person's own
// numbers on the entries.
func TestRankingListOrder(t *testing.T) {
	b := exportScenario(t)
	lists := map[string]fhir.List{}
	for _, e := range b.Entry {
		if l, ok := e.Resource.(fhir.List); ok {
			lists[l.Code.CodeIn(fhir.SystemListKind)] = l
		}
	}
	order := func(l fhir.List) (ids []string, ranks []int) {
		for _, e := range l.Entry {
			ids = append(ids, filepath.Base(e.Item.Reference)[len("uuid:")+4:])
			ranks = append(ranks, *e.Extension[0].ValueInteger)
		}
		return ids, ranks
	}
	ids, ranks := order(lists["goal-ranking"])
	assert.Equal(t, []string{"000000000001", "000000000004", "000000000003", "000000000002", "000000000005"}, lastParts(ids))
	assert.Equal(t, []int{1, 2, 3, 4, 4}, ranks)
	ids, ranks = order(lists["goal-timeline"])
	assert.Equal(t, []string{"000000000004", "000000000003", "000000000001", "000000000005", "000000000002"}, lastParts(ids))
	assert.Equal(t, []int{1, 2, 3, 4, 5}, ranks)
}

func lastParts(ids []string) []string {
	out := make([]string, len(ids))
	for i, s := range ids {
		out[i] = s[len(s)-12:]
	}
	return out
}

func TestCarePlanIntent(t *testing.T) {
	draft := scenarioPlan()
	draft.Status = recovery.StatusDraft
	agreedDraft := draft
	draft.AgreedAt = time.Time{}
	tests := []struct {
		name string
		plan recovery.Plan
		want fhir.CarePlanIntent
	}{
		{"active", scenarioPlan(), fhir.IntentPlan},
		{"draft not yet agreed", draft, fhir.IntentProposal},
		{"draft the person agreed to", agreedDraft, fhir.IntentPlan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := fhir.Export(tt.plan, nil)
			require.NoError(t, err)
			cp, ok := b.Entry[0].Resource.(fhir.CarePlan)
			require.True(t, ok)
			assert.Equal(t, tt.want, cp.Intent)
			assert.True(t, cp.Intent.IsValid())
		})
	}
}

func TestExportOptions(t *testing.T) {
	p := scenarioPlan()
	texts := map[goals.Level]string{goals.LevelExpected: "I go to one training this month"}
	b, err := fhir.Export(p, &fhir.Options{
		PersonSystem: "https://clinic.example.org/pseudonyms",
		AuditSource:  "clinic-app",
		Trail:        scenarioTrail()[:1],
		GASLevelText: func(goal uuid.UUID, l goals.Level) string {
			if goal != p.Goals[2].ID {
				t.Errorf("asked for the text of goal %s, which has no GAS", goal)
			}
			return texts[l] // "" for the others: the default
		},
	})
	require.NoError(t, err)
	var gas fhir.Goal
	var event fhir.AuditEvent
	for _, e := range b.Entry {
		switch r := e.Resource.(type) {
		case fhir.Goal:
			if r.ID == p.Goals[2].ID.String() {
				gas = r
			}
			assert.Equal(t, "https://clinic.example.org/pseudonyms", r.Subject.Identifier.System)
		case fhir.AuditEvent:
			event = r
		}
	}
	var levels []string
	for _, x := range gas.Extension {
		if x.URL == fhir.ExtGAS {
			levels = append(levels, x.Extension[1].ValueString)
		}
	}
	assert.Equal(t, []string{"level +2", "level +1", "I go to one training this month", "level -1", "level -2"}, levels)
	assert.Equal(t, "clinic-app", event.Source.Observer.Display)
}

func TestExportRejectsAnInvalidTrail(t *testing.T) {
	trail := scenarioTrail()
	trail[1].Action = "shred"
	_, err := fhir.Export(scenarioPlan(), &fhir.Options{Trail: trail})
	var ve *validate.Error
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("action", "valid"), "%v", ve.Problems)
	assert.Contains(t, err.Error(), "trail[1]")
}

// TestBundleBytesAgree checks that the three ways to the bytes give the same
// bytes: MarshalJSON, AppendJSON into a reused buffer (with other bytes
// before it), and json.Marshal, which re-scans MarshalJSON's output.
func TestBundleBytesAgree(t *testing.T) {
	var buf []byte
	for i, p := range wholePlans(t)[:12] {
		b, err := fhir.Export(p, &fhir.Options{Transaction: i%2 == 1})
		require.NoError(t, err)
		direct, err := b.MarshalJSON()
		require.NoError(t, err)
		require.True(t, json.Valid(direct))
		viaJSON, err := json.Marshal(b)
		require.NoError(t, err)
		assert.Equal(t, string(viaJSON), string(direct), "plan %d", i)
		buf, err = b.AppendJSON(append(buf[:0], "prefix"...))
		require.NoError(t, err)
		assert.Equal(t, "prefix"+string(direct), string(buf), "plan %d", i)
	}
}
