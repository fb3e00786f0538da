package goals_test

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/phi"
)

// TestCheckReadsWhatItNeeds checks that CheckWith, which reads a goal's
// texts only while a reading can still change a reason, gives the reasons
// that reading every text gives: the documented rules, applied here to
// AnalyzeText's reading of the statement and of every step, on goals
// assembled at random from the evaluation sentences (read as English or as
// Spanish) with every status, blank and filled statements and measures,
// valid and invalid areas, a start date or none, due dates to come and gone,
// and steps with and without a due date.
func TestCheckReadsWhatItNeeds(t *testing.T) {
	f, err := os.Open("testdata/eval/goals_en.jsonl")
	require.NoError(t, err)
	defer f.Close()
	var texts []phi.Words
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var row struct{ Text string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &row))
		texts = append(texts, phi.Words(row.Text))
	}
	require.NoError(t, sc.Err())
	require.Greater(t, len(texts), 100)

	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	r := rand.New(rand.NewPCG(1, 2))
	pick := func() phi.Words { return texts[r.IntN(len(texts))] }
	statuses := goals.Statuses()
	areas := []life.Area{"", life.AreaHousing, life.AreaHealth, "not-an-area"}
	for n := range 6000 {
		g := goals.SMARTGoal{Statement: pick(), Status: statuses[r.IntN(len(statuses))], Area: areas[r.IntN(len(areas))]}
		switch r.IntN(4) {
		case 0:
			g.Measure = "3 times a week"
		case 1:
			g.Measure = " \t " // blank
		}
		switch r.IntN(4) {
		case 0:
			g.Due = at.AddDate(0, 1, 0)
		case 1:
			g.Due = at.AddDate(0, -1, 0)
		}
		if r.IntN(3) == 0 {
			g.Start = at.AddDate(0, 0, -r.IntN(60))
		}
		switch r.IntN(6) {
		case 0:
			g.Statement = ""
		case 1:
			g.Statement = "  "
		}
		var opts *goals.TextOptions
		if r.IntN(3) == 0 {
			opts = &goals.TextOptions{Language: "es"}
		}
		ref := g.Start
		if ref.IsZero() {
			ref = at
		}
		for range r.IntN(4) {
			s := goals.Step{Action: pick()}
			if r.IntN(6) == 0 {
				s.Due = at.AddDate(0, 0, 7)
			}
			g.Steps = append(g.Steps, s)
		}

		// Every text read.
		st := goals.AnalyzeText(string(g.Statement), ref, opts)
		var concrete, amount, deadline, dated bool
		for _, s := range g.Steps {
			a := goals.AnalyzeText(string(s.Action), ref, opts)
			concrete = concrete || a.Actionable() && !a.Vague()
			amount = amount || a.Measurable()
			deadline = deadline || a.TimeLimited()
			dated = dated || !s.Due.IsZero()
		}
		var want [5]goals.Reason
		switch {
		case concrete:
			want[0] = goals.ReasonConcreteStep
		case phi.Blank(g.Statement):
			want[0] = goals.ReasonNoStatement
		case !st.Vague() && g.Area.IsValid():
			want[0] = goals.ReasonClearStatement
		default:
			want[0] = goals.ReasonVagueWording
		}
		switch {
		case !phi.Blank(g.Measure):
			want[1] = goals.ReasonMeasureSet
		case st.Measurable():
			want[1] = goals.ReasonAmountInStatement
		case amount:
			want[1] = goals.ReasonAmountInSteps
		default:
			want[1] = goals.ReasonNoMeasure
		}
		switch {
		case !g.Due.IsZero() && (!g.Due.Before(at) || g.Status.Ended()):
			want[4] = goals.ReasonDueDate
		case dated:
			want[4] = goals.ReasonStepsDated
		case st.TimeLimited() || deadline:
			want[4] = goals.ReasonDeadlineInText
		case !g.Due.IsZero():
			want[4] = goals.ReasonDuePassed
		default:
			want[4] = goals.ReasonNoDate
		}

		got := goals.CheckWith(g, at, opts).Verdicts
		require.Len(t, got, 5)
		for _, i := range []int{0, 1, 4} {
			require.Equal(t, want[i], got[i].Reason, "goal %d, criterion %s", n, got[i].Criterion)
		}
	}
}

// TestAppendVerdicts checks that AppendVerdicts appends exactly CheckWith's
// verdicts, after what dst holds, and that a buffer of five serves a goal
// without allocating.
func TestAppendVerdicts(t *testing.T) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	g := goals.SMARTGoal{Statement: "I will call 3 landlords by Friday", Status: goals.StatusActive, Area: life.AreaHousing}
	want := goals.CheckWith(g, at, nil).Verdicts
	require.Len(t, want, 5)
	require.Equal(t, want, goals.AppendVerdicts(nil, g, at, nil))
	prefix := []goals.Verdict{{Criterion: goals.CriterionSpecific}}
	got := goals.AppendVerdicts(prefix, g, at, nil)
	require.Equal(t, append([]goals.Verdict{{Criterion: goals.CriterionSpecific}}, want...), got)
	var buf [5]goals.Verdict
	allocs := testing.AllocsPerRun(50, func() { goals.AppendVerdicts(buf[:0], g, at, nil) })
	require.Zero(t, allocs)
}
