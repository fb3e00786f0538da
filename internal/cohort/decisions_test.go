package cohort_test

import (
	"encoding/csv"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/sdm"
)

// workedExamples are responses whose scores the published sources (or
// reference/instruments.md's computations from their rules) give, one per
// instrument and version, with the cells the decisions table must write.
var workedExamples = []struct {
	m                                      sdm.MeasureResponse
	version, score, top, conflict, respond string
	dcs                                    string // the five DCS subscale cells, joined by |
}{
	{sdm.MeasureResponse{Instrument: sdm.InstrumentSDMQ9, Respondent: sdm.RolePerson, Items: []int{5, 4, 3, 5, 5, 4, 4, 5, 5}},
		"", "88.88888888888889", "", "", "person", ""}, // raw 40 × 20/9
	{sdm.MeasureResponse{Instrument: sdm.InstrumentSDMQDoc, Respondent: sdm.RoleProvider, Items: []int{5, 5, 5, 5, 5, 5, 5, 5, 5}},
		"", "100", "", "", "provider", ""},
	{sdm.MeasureResponse{Instrument: sdm.InstrumentCollaboRATE, Respondent: sdm.RolePerson, Items: []int{9, 9, 9}},
		"10-point", "9", "true", "", "person", ""}, // a version left empty is the 10-point one
	{sdm.MeasureResponse{Instrument: sdm.InstrumentCollaboRATE, Version: sdm.CollaboRATEVersion10, Respondent: sdm.RoleFamily, Items: []int{9, 8, 9}},
		"10-point", "8.666666666666666", "false", "", "family", ""},
	{sdm.MeasureResponse{Instrument: sdm.InstrumentCollaboRATE, Version: sdm.CollaboRATEVersion5, Respondent: sdm.RolePerson, Items: []int{4, 4, 4}},
		"5-point", "", "", "", "person", ""}, // not scored: no published top-score rule
	{sdm.MeasureResponse{Instrument: sdm.InstrumentSURE, Respondent: sdm.RolePerson, Items: []int{1, 1, 0, 1}},
		"", "3", "", "true", "person", ""}, // 3 of 4: a positive screen
	{sdm.MeasureResponse{Instrument: sdm.InstrumentSURE, Respondent: sdm.RolePerson, Items: []int{1, 1, 1, 1}},
		"", "4", "", "false", "person", ""},
	{sdm.MeasureResponse{Instrument: sdm.InstrumentOPTION5, Items: []int{2, 1, 0, 3, 2}},
		"", "40", "", "", "", ""}, // raw 8 × 5
	{sdm.MeasureResponse{Instrument: sdm.InstrumentDCS, Respondent: sdm.RolePerson, Items: []int{1, 0, 1, 2, 1, 1, 0, 1, 2, 2, 3, 2, 1, 1, 0, 1}},
		sdm.DCSVersion, "29.6875", "", "false", "person", // 19/16 × 25, between the cut-offs
		"16.666666666666668|33.333333333333336|25|58.333333333333336|18.75"}, // 2/3, 4/3, 3/3, 7/3 and 3/4 × 25
	{sdm.MeasureResponse{Instrument: sdm.InstrumentDCS, Respondent: sdm.RolePerson, Items: []int{2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}},
		sdm.DCSVersion, "50", "", "true", "person", "50|50|50|50|50"}, // above 37.5
}

// dcsColumns are the decisions table's DCS subscale columns, in
// sdm.DCSSubscales order.
var dcsColumns = []string{"dcs_informed", "dcs_values_clarity", "dcs_support", "dcs_uncertainty", "dcs_effective_decision"}

// measuredPlan is the scenario with the worked examples on its decision, and
// a second decision with none.
func measuredPlan(t *testing.T) recovery.Plan {
	t.Helper()
	p := recoverytest.Scenario()
	d := &p.Decisions[0]
	for i, w := range workedExamples {
		m := w.m
		m.AnsweredAt = d.DecidedAt.Add(time.Duration(i+1) * time.Hour).In(time.FixedZone("", -5*3600))
		d.Measures = append(d.Measures, m)
	}
	p.Decisions = append(p.Decisions, sdm.DecisionRecord{ID: recoverytest.ScenarioID(recoverytest.KindDecision, 2),
		Question: "Should I ask Jordan to come to my next review?", Stage: sdm.StageTeamTalk,
		Participants: []sdm.Participant{{Role: sdm.RolePerson}}})
	require.NoError(t, p.Validate())
	return p
}

// TestDecisionMeasures: one row per decision and response, the scores of
// the published worked examples, and one row for a decision with none.
func TestDecisionMeasures(t *testing.T) {
	p := measuredPlan(t)
	path := filepath.Join(t.TempDir(), "s.json")
	code, out, errOut := run(t, strings.NewReader(planLine(t, p)+"\n"), "decisions", "-at", at, "-summary", path)
	require.Equal(t, 0, code, errOut)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	rows := recs[1:]
	require.Len(t, rows, len(workedExamples)+1)
	for i, w := range workedExamples {
		r := rows[i]
		assert.Equal(t, p.Decisions[0].ID.String(), r[col["decision_id"]])
		assert.Equal(t, "1", r[col["quality"]], "the decision's columns repeat on each response row")
		assert.Equal(t, strconv.Itoa(i+1), r[col["response"]])
		assert.Equal(t, string(w.m.Instrument), r[col["instrument"]], i)
		assert.Equal(t, w.version, r[col["instrument_version"]], i)
		assert.Equal(t, w.respond, r[col["respondent"]], i)
		want := p.Decisions[0].DecidedAt.Add(time.Duration(i+1) * time.Hour).UTC().Format(time.RFC3339)
		assert.Equal(t, want, r[col["answered_at"]], i)
		assert.Equal(t, w.score, r[col["score"]], i)
		assert.Equal(t, w.top, r[col["top_score"]], i)
		assert.Equal(t, w.conflict, r[col["conflict"]], i)
		var dcs []string
		for _, c := range dcsColumns {
			dcs = append(dcs, r[col[c]])
		}
		if w.dcs == "" {
			assert.Equal(t, "||||", strings.Join(dcs, "|"), "no DCS subscales on a %s row", w.m.Instrument)
		} else {
			assert.Equal(t, w.dcs, strings.Join(dcs, "|"), i)
		}
	}
	last := rows[len(rows)-1]
	assert.Equal(t, p.Decisions[1].ID.String(), last[col["decision_id"]])
	for _, c := range append([]string{"response", "instrument", "instrument_version", "respondent", "answered_at", "score", "top_score", "conflict"}, dcsColumns...) {
		assert.Empty(t, last[col[c]], c)
	}

	secondQuality, err := strconv.ParseFloat(last[col["quality"]], 64)
	require.NoError(t, err)

	// The summary counts each decision once for quality, and each scored
	// response once for its instrument.
	s := readSummary(t, path)
	want := map[string]struct {
		n    int
		mean float64
	}{
		"decision-quality": {2, (1 + secondQuality) / 2}, "sdm-q-9": {1, 800.0 / 9}, "sdm-q-doc": {1, 100},
		"collaborate-mean": {2, (9 + 26.0/3) / 2}, "collaborate-top": {2, 0.5},
		"sure": {2, 3.5}, "option-5": {1, 40}, "dcs": {2, (29.6875 + 50) / 2},
	}
	require.Len(t, s.Variables, len(want))
	for _, st := range s.Variables {
		w, ok := want[st.Name]
		require.True(t, ok, st.Name)
		assert.Equal(t, w.n, st.N, st.Name)
		require.NotNil(t, st.Mean, st.Name)
		assert.InDelta(t, w.mean, *st.Mean, 1e-9, st.Name)
	}
}
