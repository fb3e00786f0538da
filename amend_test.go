package recovery_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/deidentify"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/recoverytest"
)

func TestSeries(t *testing.T) {
	first := uuid.MustParse("60000000-0000-4000-8000-000000000001")
	named := uuid.MustParse("60000000-0000-4000-8000-0000000000ff")
	tests := []struct {
		name string
		plan recovery.Plan
		want uuid.UUID
	}{
		{"first version names its series", recovery.Plan{ID: first, Version: 1}, first},
		{"explicit series on version 1", recovery.Plan{ID: first, Version: 1, SeriesID: named}, named},
		{"later version", recovery.Plan{ID: uuid.MustParse("60000000-0000-4000-8000-000000000002"), Version: 2, SeriesID: first}, first},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.plan.Series())
		})
	}
}

func TestValidateSeries(t *testing.T) {
	v1 := recoverytest.Scenario()
	next := uuid.MustParse("60000000-0000-4000-8000-000000000099")
	tests := []struct {
		name   string
		mutate func(p *recovery.Plan)
		path   string
		rule   string
	}{
		{"version 2 without series", func(p *recovery.Plan) { p.SeriesID = uuid.Nil }, "seriesId", "required"},
		{"version 2 names itself the series", func(p *recovery.Plan) { p.SeriesID = p.ID }, "seriesId", "distinct"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := recovery.Amend(v1, next, v1.Created.Add(time.Hour))
			require.NoError(t, p.Validate())
			tc.mutate(&p)
			var ve *recovery.ValidationError
			require.ErrorAs(t, p.Validate(), &ve)
			assert.True(t, ve.Has(tc.path, tc.rule), "want %s %s, got %v", tc.path, tc.rule, ve.Problems)
		})
	}
	t.Run("version 1 may name its series", func(t *testing.T) {
		p := v1.Clone()
		p.SeriesID = p.ID
		assert.NoError(t, p.Validate())
		p.SeriesID = next
		assert.NoError(t, p.Validate())
	})
}

func TestAmend(t *testing.T) {
	at := recoverytest.ScenarioAt.Add(30 * 24 * time.Hour)
	id2 := uuid.MustParse("60000000-0000-4000-8000-000000000002")
	id3 := uuid.MustParse("60000000-0000-4000-8000-000000000003")
	v1 := recoverytest.Scenario()
	v1.Reviewed = v1.Created.Add(time.Hour)
	require.NotZero(t, v1.AgreedAt, "the scenario is agreed")
	before, err := json.Marshal(v1)
	require.NoError(t, err)

	v2 := recovery.Amend(v1, id2, at)
	v3 := recovery.Amend(v2, id3, at.Add(time.Hour))
	tests := []struct {
		name     string
		got      recovery.Plan
		prev     recovery.Plan
		id       uuid.UUID
		version  int
		replaces uuid.UUID
	}{
		{"first amendment", v2, v1, id2, 2, v1.ID},
		{"second amendment", v3, v2, id3, 3, id2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.id, tc.got.ID)
			assert.Equal(t, tc.version, tc.got.Version)
			assert.Equal(t, tc.replaces, tc.got.Replaces)
			assert.Equal(t, v1.ID, tc.got.Series(), "the series is the first version's ID")
			assert.Equal(t, v1.ID, tc.got.SeriesID)
			assert.Zero(t, tc.got.AgreedAt, "the person agrees again")
			assert.Zero(t, tc.got.Reviewed)
			assert.Equal(t, tc.prev.Status, tc.got.Status)
			assert.Equal(t, tc.prev.Goals, tc.got.Goals)
			assert.Equal(t, tc.prev.Vision, tc.got.Vision)
			require.NoError(t, tc.got.Validate())
		})
	}
	t.Run("prev is never changed", func(t *testing.T) {
		v2.Goals[0].Statement = "changed in the amendment"
		v2.Goals[0].Steps[0].Action = "changed too"
		v2.Overdose.NaloxoneLocation = "changed"
		v2.Supports[0].Name = "changed"
		v2.Strengths.Strengths[0].Statement = "changed"
		after, err := json.Marshal(v1)
		require.NoError(t, err)
		assert.JSONEq(t, string(before), string(after))
	})
}

func TestClone(t *testing.T) {
	tests := []struct {
		name string
		plan recovery.Plan
	}{
		{"scenario", recoverytest.Scenario()},
		{"sparse", recoverytest.SparseScenario()},
		{"zero", recovery.Plan{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.plan.Clone()
			assert.Equal(t, tc.plan, c)
			if len(c.Goals) > 0 {
				c.Goals[0].Statement = "changed"
				c.Goals[0].BuildsOn = append(c.Goals[0].BuildsOn[:0], uuid.Nil)
				assert.NotEqual(t, tc.plan.Goals[0].Statement, c.Goals[0].Statement)
			}
			if c.Overdose != nil {
				assert.NotSame(t, tc.plan.Overdose, c.Overdose)
			}
			if len(c.Supports) > 0 {
				assert.NotSame(t, &tc.plan.Supports[0], &c.Supports[0])
			}
		})
	}
}

func TestStatusIn(t *testing.T) {
	at := recoverytest.ScenarioAt.Add(24 * time.Hour)
	v1 := recoverytest.Scenario()
	v2 := recovery.Amend(v1, uuid.MustParse("60000000-0000-4000-8000-000000000002"), at)
	draft := recovery.Amend(v1, uuid.MustParse("60000000-0000-4000-8000-000000000003"), at)
	draft.Status = recovery.StatusDraft
	other := recovery.Amend(recoverytest.SparseScenario(), uuid.MustParse("60000000-0000-4000-8000-000000000004"), at)
	other.Replaces = v1.ID // same Replaces, another series: not v1's amendment
	tests := []struct {
		name   string
		p      recovery.Plan
		series []recovery.Plan
		want   recovery.Status
	}{
		{"alone", v1, []recovery.Plan{v1}, recovery.StatusActive},
		{"replaced", v1, []recovery.Plan{v1, v2}, recovery.StatusRevoked},
		{"replaced, listed after", v1, []recovery.Plan{v2, v1}, recovery.StatusRevoked},
		{"the latest", v2, []recovery.Plan{v1, v2}, recovery.StatusActive},
		{"a draft amendment supersedes nothing", v1, []recovery.Plan{v1, draft}, recovery.StatusActive},
		{"another series", v1, []recovery.Plan{v1, other}, recovery.StatusActive},
		{"nothing known", v1, nil, recovery.StatusActive},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.p.StatusIn(tc.series))
			assert.Equal(t, recovery.StatusActive, tc.p.Status, "the stored status is not rewritten")
		})
	}
}

func TestAmendKeepsGoalsIndependent(t *testing.T) {
	v1 := recoverytest.Scenario()
	v2 := recovery.Amend(v1, uuid.MustParse("60000000-0000-4000-8000-000000000002"), v1.Created.Add(time.Hour))
	v2.Goals[0].Status = goals.StatusCompleted
	assert.Equal(t, goals.StatusActive, v1.Goals[0].Status)
}

func TestDeidentifiedVersionsKeepTheirSeries(t *testing.T) {
	key := []byte("a research key of at least 32 bytes!")
	v1 := recoverytest.Scenario()
	v2 := recovery.Amend(v1, uuid.MustParse("60000000-0000-4000-8000-000000000002"), v1.Created.Add(time.Hour))
	tests := []struct {
		name string
		opts *deidentify.Options
	}{
		{"defaults", nil},
		{"keep text", &deidentify.Options{KeepText: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d1, d2 := deidentify.Plan(v1, key, tc.opts), deidentify.Plan(v2, key, tc.opts)
			assert.NotEqual(t, v1.ID, d1.ID, "IDs are pseudonyms")
			assert.Equal(t, d1.Series(), d2.Series(), "the versions stay one series")
			assert.Equal(t, d1.ID, d2.Replaces)
			assert.Equal(t, recovery.StatusRevoked, d1.StatusIn([]recovery.Plan{d1, d2}))
		})
	}
}
