package recovery_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

func TestPlanValidateFixtures(t *testing.T) {
	require.NoError(t, richPlan().Validate())
	require.NoError(t, sparsePlan().Validate())
}

func TestPlanValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(p *recovery.Plan)
		path   string
		rule   string
	}{
		{"no id", func(p *recovery.Plan) { p.ID = uuid.Nil }, "id", "required"},
		{"version 0", func(p *recovery.Plan) { p.Version = 0 }, "version", "min"},
		{"bad status", func(p *recovery.Plan) { p.Status = "entered-in-error" }, "status", "valid"},
		{"no person", func(p *recovery.Plan) { p.PersonID = "" }, "personId", "required"},
		{"language not a tag", func(p *recovery.Plan) { p.Language = "Spanish please" }, "language", "bcp47"},
		{"language unknown", func(p *recovery.Plan) { p.Language = "xx-zz-12345678901" }, "language", "bcp47"},
		{"no created", func(p *recovery.Plan) { p.Created = time.Time{} }, "created", "required"},
		{"version 2 without replaces", func(p *recovery.Plan) { p.Version = 2 }, "replaces", "required"},
		{"replaces itself", func(p *recovery.Plan) { p.Version = 2; p.Replaces = p.ID }, "replaces", "distinct"},
		{"agreed before created", func(p *recovery.Plan) { p.AgreedAt = p.Created.Add(-1) }, "agreedAt", "after-created"},
		{"reviewed before created", func(p *recovery.Plan) { p.Reviewed = p.Created.Add(-1) }, "reviewed", "after-created"},
		{"goal step due before start", func(p *recovery.Plan) { p.Goals[1].Steps[0].Due = p.Goals[1].Start.Add(-1) }, "goals[1].steps[0].due", "after-start"},
		{"goal without statement", func(p *recovery.Plan) { p.Goals[2].Statement = "" }, "goals[2].statement", "required"},
		{"strength without statement", func(p *recovery.Plan) { p.Strengths.Strengths[1].Statement = " " }, "strengths.strengths[1].statement", "required"},
		{"overdose contact bad phone", func(p *recovery.Plan) { p.Overdose.CheckIn.Phone = "call me" }, "overdose.checkIn.phone", "phone"},
		{"decision chosen missing", func(p *recovery.Plan) { p.Decisions[0].Chosen = id(recoverytest.KindOption, 9) }, "decisions[0].chosen", "exists"},
		{"supporter bad phone", func(p *recovery.Plan) { p.Supports[2].Phone = "x" }, "supports[2].phone", "phone"},
		{"supporter bad email", func(p *recovery.Plan) { p.Supports[1].Email = "alex" }, "supports[1].email", "email"},
		{"supporter blank name", func(p *recovery.Plan) { p.Supports[0].Name = "  " }, "supports[0].name", "required"},
		{"supporter bad role", func(p *recovery.Plan) { p.Supports[0].Role = "boss" }, "supports[0].role", "valid"},
		{"co-creator bad role", func(p *recovery.Plan) { p.CoCreators[0].Role = "" }, "coCreators[0].role", "valid"},
		{"co-creator unknown supporter", func(p *recovery.Plan) { p.CoCreators[1].SupporterID = id(recoverytest.KindSupporter, 9) }, "coCreators[1].supporterId", "exists"},
		{"goal id reused by a strength", func(p *recovery.Plan) { p.Goals[0].ID = id(recoverytest.KindStrength, 1) }, "goals[0].id", "unique"},
		{"step id reused across goals", func(p *recovery.Plan) { p.Goals[1].Steps[0].ID = id(recoverytest.KindStep, 1) }, "goals[1].steps[0].id", "unique"},
		{"supporter id reused", func(p *recovery.Plan) { p.Supports[2].ID = id(recoverytest.KindSupporter, 1) }, "supports[2].id", "unique"},
		{"decision id is the plan id", func(p *recovery.Plan) { p.Decisions[0].ID = p.ID }, "decisions[0].id", "unique"},
		{"overdose id is a goal id", func(p *recovery.Plan) { p.Overdose.ID = id(recoverytest.KindGoal, 2) }, "overdose.id", "unique"},
		{"option id is a goal id", func(p *recovery.Plan) { p.Decisions[0].Options[1].ID = id(recoverytest.KindGoal, 2) }, "decisions[0].options[1].id", "unique"},
		{"builds on unknown strength", func(p *recovery.Plan) { p.Goals[3].BuildsOn = []uuid.UUID{id(recoverytest.KindStrength, 9)} }, "goals[3].buildsOn[0]", "exists"},
		{"decision serves unknown goal", func(p *recovery.Plan) { p.Decisions[0].Goals = []uuid.UUID{id(recoverytest.KindGoal, 9)} }, "decisions[0].goals[0]", "exists"},
		{"participant unknown supporter", func(p *recovery.Plan) { p.Decisions[0].Participants[1].ID = id(recoverytest.KindSupporter, 9) }, "decisions[0].participants[1].id", "exists"},
		{"measure unknown instrument", func(p *recovery.Plan) {
			p.Decisions[0].Measures = []sdm.MeasureResponse{{Instrument: "phq-9", Respondent: sdm.RolePerson, AnsweredAt: p.Created, Items: []int{1}}}
		}, "decisions[0].measures[0].instrument", "valid"},
		{"measure wrong item count", func(p *recovery.Plan) {
			p.Decisions[0].Measures = []sdm.MeasureResponse{{Instrument: sdm.InstrumentSURE, Respondent: sdm.RolePerson, AnsweredAt: p.Created, Items: []int{1, 1, 1}}}
		}, "decisions[0].measures[0].items", "len"},
		{"measure item off the scale", func(p *recovery.Plan) {
			p.Decisions[0].Measures = []sdm.MeasureResponse{{Instrument: sdm.InstrumentOPTION5, AnsweredAt: p.Created, Items: []int{0, 0, 5, 0, 0}}}
		}, "decisions[0].measures[0].items[2]", "max"},
		{"measure version unsupported", func(p *recovery.Plan) {
			p.Decisions[0].Measures = []sdm.MeasureResponse{{Instrument: sdm.InstrumentSDMQ9, Version: sdm.CollaboRATEVersion5, Respondent: sdm.RolePerson, AnsweredAt: p.Created, Items: make([]int, 9)}}
		}, "decisions[0].measures[0].version", "unsupported"},
		{"naloxone carrier unknown supporter", func(p *recovery.Plan) { p.Overdose.NaloxoneCarrier.SupporterID = id(recoverytest.KindSupporter, 9) }, "overdose.naloxoneCarrier.supporterId", "exists"},
		{"check-in unknown supporter", func(p *recovery.Plan) { p.Overdose.CheckIn.SupporterID = id(recoverytest.KindSupporter, 9) }, "overdose.checkIn.supporterId", "exists"},
		{"safety contact unknown supporter", func(p *recovery.Plan) {
			p.Safety = &crisis.SafetyPlan{ID: id(recoverytest.KindCrisis, 2), AskForHelp: []crisis.Contact{{Name: "Sam", SupporterID: id(recoverytest.KindSupporter, 9)}}}
		}, "safety.askForHelp[0].supporterId", "exists"},
		{"toolbox without id", func(p *recovery.Plan) { p.Toolbox = &crisis.Toolbox{} }, "toolbox.id", "required"},
		{"assessment without id", func(p *recovery.Plan) { p.Strengths.ID = uuid.Nil }, "strengths.id", "required"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := richPlan()
			tc.mutate(&p)
			err := p.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, recovery.ErrInvalid)
			var ve *recovery.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.True(t, ve.Has(tc.path, tc.rule), "want %s %s, got %v", tc.path, tc.rule, ve.Problems)
			seen := map[recovery.Problem]bool{}
			for _, pr := range ve.Problems {
				assert.False(t, seen[pr], "reported twice: %v", pr)
				seen[pr] = true
			}
		})
	}
}

func TestPlanValidateReportsPartRepeatsOnce(t *testing.T) {
	p := richPlan()
	p.Goals[0].Steps = append(p.Goals[0].Steps, goals.Step{ID: p.Goals[0].Steps[0].ID, Action: "I will write it down"})
	p.Strengths.Strengths[2].ID = p.Strengths.Strengths[0].ID
	p.Strengths.Priorities = nil
	err := p.Validate()
	var ve *recovery.ValidationError
	require.ErrorAs(t, err, &ve)
	count := map[string]int{}
	for _, pr := range ve.Problems {
		count[pr.String()]++
	}
	assert.Equal(t, 1, count["goals[0].steps[1].id: unique"], ve.Problems)
	assert.Equal(t, 1, count["strengths.strengths[2].id: unique"], ve.Problems)
}

func TestPlanValidateZeroAssessmentAllowed(t *testing.T) {
	p := richPlan()
	p.Strengths = strengths.Assessment{}
	for i := range p.Goals {
		p.Goals[i].BuildsOn = nil
	}
	assert.NoError(t, p.Validate())
}

func TestPlanValidateZero(t *testing.T) {
	err := recovery.Plan{}.Validate()
	var ve *recovery.ValidationError
	require.ErrorAs(t, err, &ve)
	for _, want := range []string{"id: required", "version: min=1", "status: valid", "personId: required", "created: required"} {
		assert.Contains(t, err.Error(), want)
	}
}

func TestPlanErrorsCarryNoValues(t *testing.T) {
	p := richPlan()
	p.Supports[0].Phone = "not-a-phone-Jordan"
	p.Supports[1].Email = "alex-at-example"
	p.Goals[0].Steps[0].Due = p.Goals[0].Start.Add(-1)
	err := p.Validate()
	require.Error(t, err)
	for _, secret := range []string{"Jordan", "alex", "brother", "P-0001"} {
		assert.NotContains(t, err.Error(), secret)
	}
}

func TestPlanRedaction(t *testing.T) {
	p := richPlan()
	var buf bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&buf, nil))
	logger.Info("plan", "plan", p, "supporter", p.Supports[2])
	out := buf.String() + p.String() + p.Supports[2].String()
	for _, secret := range []string{"Sam", "555-01", "brother", "home of my own", "alex@", "P-0001"} {
		assert.NotContains(t, out, secret)
	}
	assert.Contains(t, out, p.ID.String())
	assert.Equal(t, "plan 60000000-0000-4000-8000-000000000001 v1 active", p.String())
	assert.Equal(t, "supporter 50000000-0000-4000-8000-000000000003 family involve=true share=true", p.Supports[2].String())
}

func TestPlanEnums(t *testing.T) {
	for _, s := range recovery.Statuses() {
		assert.True(t, s.IsValid(), s)
	}
	assert.Equal(t, []recovery.Status{"draft", "active", "on-hold", "revoked", "completed"}, recovery.Statuses())
	assert.False(t, recovery.Status("unknown").IsValid())
	natural := map[recovery.SupporterRole]bool{}
	for _, r := range recovery.SupporterRoles() {
		assert.True(t, r.IsValid(), r)
		natural[r] = r.Natural()
	}
	assert.Equal(t, map[recovery.SupporterRole]bool{"family": true, "friend": true, "community": true, "peer-specialist": false, "provider": false}, natural)
	assert.False(t, recovery.SupporterRole("").IsValid())
}

func TestPlanJSONRoundTrip(t *testing.T) {
	p := richPlan()
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var back recovery.Plan
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, p, back)
	for _, key := range []string{`"personId"`, `"vision"`, `"strengths"`, `"goals"`, `"overdose"`, `"decisions"`, `"supports"`, `"coCreators"`, `"agreedAt"`, `"created"`, `"reviewed"`, `"consentToInvolve"`, `"consentToShare"`} {
		assert.Contains(t, string(b), key)
	}
	assert.False(t, strings.Contains(string(b), `"replaces"`), "zero replaces is omitted")
}

// Long lists (more than the 16 IDs scanned directly) resolve references
// through a map; the answers must be the same.
func TestPlanReferencesInLongLists(t *testing.T) {
	p := richPlan()
	base := p.Strengths.Strengths[0]
	p.Strengths.Strengths = nil
	for n := 1; n <= 20; n++ {
		st := base
		st.ID = id(recoverytest.KindStrength, n)
		p.Strengths.Strengths = append(p.Strengths.Strengths, st)
	}
	p.Strengths.Priorities = nil
	for i := range p.Goals {
		p.Goals[i].BuildsOn = []uuid.UUID{id(recoverytest.KindStrength, 20)}
	}
	require.NoError(t, p.Validate())
	q := quality.Score(p, at, nil)
	c, ok := q.Criterion(quality.CriterionBuildsOnStrengths)
	require.True(t, ok)
	assert.InDelta(t, 1, c.Score, 1e-9)

	p.Goals[2].BuildsOn = []uuid.UUID{id(recoverytest.KindStrength, 21)}
	err := p.Validate()
	var ve *recovery.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.True(t, ve.Has("goals[2].buildsOn[0]", "exists"))
	assert.Len(t, ve.Problems, 1)
	c, _ = quality.Score(p, at, nil).Criterion(quality.CriterionBuildsOnStrengths)
	assert.InDelta(t, 5.0/6, c.Score, 1e-9)
}

func TestPlanValidateLanguage(t *testing.T) {
	for _, tag := range []string{"", "en", "es", "es-MX", "en-US", "es-419"} {
		p := richPlan()
		p.Language = tag
		assert.NoError(t, p.Validate(), tag)
	}
}

// TestPlanValidateIDsAtAnySize checks the ID checks on the scenario plan and on
// the same plan with a hundred more strengths, past the size at which the
// check of a valid plan changes method: the same problems at both sizes.
func TestPlanValidateIDsAtAnySize(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(p *recovery.Plan)
		want   []recovery.Problem
	}{
		{"valid", func(*recovery.Plan) {}, nil},
		{"builds on a goal", func(p *recovery.Plan) { p.Goals[1].BuildsOn = []uuid.UUID{p.Goals[0].ID} },
			[]recovery.Problem{{Path: "goals[1].buildsOn[0]", Rule: "exists"}}},
		{"supporter id is a goal id", func(p *recovery.Plan) { p.Supports[2].ID = p.Goals[0].ID },
			[]recovery.Problem{{Path: "supports[2].id", Rule: "unique"}}},
		{"co-creator unknown supporter", func(p *recovery.Plan) { p.CoCreators[1].SupporterID = id(recoverytest.KindSupporter, 9) },
			[]recovery.Problem{{Path: "coCreators[1].supporterId", Rule: "exists"}}},
		{"decision serves a strength", func(p *recovery.Plan) { p.Decisions[0].Goals = []uuid.UUID{p.Strengths.Strengths[0].ID} },
			[]recovery.Problem{{Path: "decisions[0].goals[0]", Rule: "exists"}}},
	}
	for _, extra := range []int{0, 100} {
		for _, tc := range tests {
			t.Run(fmt.Sprint(tc.name, " +", extra), func(t *testing.T) {
				p := richPlan()
				base := p.Strengths.Strengths[0]
				for n := range extra {
					st := base
					st.ID = id(recoverytest.KindStrength, 100+n)
					p.Strengths.Strengths = append(p.Strengths.Strengths, st)
				}
				tc.mutate(&p)
				err := p.Validate()
				if tc.want == nil {
					require.NoError(t, err)
					return
				}
				var ve *recovery.ValidationError
				require.ErrorAs(t, err, &ve)
				assert.Equal(t, tc.want, ve.Problems)
			})
		}
	}
}
