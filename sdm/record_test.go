package sdm_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/sdm"
)

var (
	at      = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	recID   = uuid.MustParse("40000000-0000-4000-8000-000000000001")
	optA    = uuid.MustParse("41000000-0000-4000-8000-000000000001")
	optB    = uuid.MustParse("41000000-0000-4000-8000-000000000002")
	optWait = uuid.MustParse("41000000-0000-4000-8000-000000000003")
	goal3   = uuid.MustParse("10000000-0000-4000-8000-000000000003")
	peerID  = uuid.MustParse("50000000-0000-4000-8000-000000000001")
)

// complete returns a decided record that meets every quality criterion.
func complete() sdm.DecisionRecord {
	return sdm.DecisionRecord{
		ID:       recID,
		Question: "Where should I get naloxone training?",
		Options: []sdm.Option{
			{ID: optA, Name: "community program", Benefits: []phi.Note{"free"}, Harms: []phi.Note{"evening only"},
				Evidence: "trained lay people reverse overdoses", Source: "public health guidance"},
			{ID: optB, Name: "online course", Benefits: []phi.Note{"any time"}, Harms: []phi.Note{"no hands-on practice"},
				Evidence: "online courses teach the steps", Source: "decision aid"},
			{ID: optWait, Name: "wait for now", Benefits: []phi.Note{"no rush"}, Harms: []phi.Note{"no kit meanwhile"},
				Evidence: "no training means no kit from the program", Source: "peer experience"},
		},
		WhatMatters:    []phi.Words{"learning with people who have been there"},
		Participants:   []sdm.Participant{{Role: sdm.RolePerson}, {ID: peerID, Role: sdm.RolePeer, Name: "Jordan", Consent: true}},
		Recommended:    optA,
		Chosen:         optA,
		ChosenBy:       []sdm.Role{sdm.RolePerson, sdm.RolePeer},
		Stage:          sdm.StageDecided,
		DecidedAt:      at,
		RevisitBy:      at.AddDate(0, 0, 14),
		RisksDiscussed: true,
		Goals:          []uuid.UUID{goal3},
	}
}

type problem struct{ path, rule string }

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(r *sdm.DecisionRecord)
		want []problem // nil: valid
	}{
		{name: "complete", edit: func(*sdm.DecisionRecord) {}},
		{name: "team talk needs no options", edit: func(r *sdm.DecisionRecord) {
			r.Stage, r.Options, r.Chosen, r.Recommended, r.DecidedAt = sdm.StageTeamTalk, nil, uuid.Nil, uuid.Nil, time.Time{}
		}},
		{name: "deciding does not need a recommendation", edit: func(r *sdm.DecisionRecord) { r.Recommended = uuid.Nil }},
		{name: "missing id and question", edit: func(r *sdm.DecisionRecord) { r.ID, r.Question = uuid.Nil, "" },
			want: []problem{{"id", "required"}, {"question", "required"}}},
		{name: "unknown stage", edit: func(r *sdm.DecisionRecord) { r.Stage = "thinking" },
			want: []problem{{"stage", "valid"}}},
		{name: "empty stage", edit: func(r *sdm.DecisionRecord) { r.Stage = "" },
			want: []problem{{"stage", "valid"}}},
		{name: "option without id or name", edit: func(r *sdm.DecisionRecord) { r.Options[1].ID, r.Options[1].Name = uuid.Nil, "" },
			want: []problem{{"options[1].id", "required"}, {"options[1].name", "required"}}},
		{name: "duplicate option id", edit: func(r *sdm.DecisionRecord) { r.Options[2].ID = optB },
			want: []problem{{"options[2].id", "unique"}}},
		{name: "option talk with one option", edit: func(r *sdm.DecisionRecord) {
			r.Stage, r.Options = sdm.StageOptionTalk, r.Options[:1]
		}, want: []problem{{"options", "min"}}},
		{name: "deferred with no options", edit: func(r *sdm.DecisionRecord) {
			r.Stage, r.Options, r.Chosen, r.Recommended = sdm.StageDeferred, nil, uuid.Nil, uuid.Nil
		}, want: []problem{{"options", "min"}}},
		{name: "person missing", edit: func(r *sdm.DecisionRecord) { r.Participants = r.Participants[1:] },
			want: []problem{{"participants", "has-person"}}},
		{name: "bad participant role", edit: func(r *sdm.DecisionRecord) { r.Participants[1].Role = "boss" },
			want: []problem{{"participants[1].role", "valid"}}},
		{name: "bad chosenBy role", edit: func(r *sdm.DecisionRecord) { r.ChosenBy = []sdm.Role{sdm.RolePerson, "committee"} },
			want: []problem{{"chosenBy[1]", "valid"}}},
		{name: "chosen option not listed", edit: func(r *sdm.DecisionRecord) { r.Chosen = uuid.New() },
			want: []problem{{"chosen", "exists"}}},
		{name: "recommended option not listed", edit: func(r *sdm.DecisionRecord) { r.Recommended = uuid.New() },
			want: []problem{{"recommended", "exists"}}},
		{name: "decided without choice or date", edit: func(r *sdm.DecisionRecord) { r.Chosen, r.DecidedAt = uuid.Nil, time.Time{} },
			want: []problem{{"chosen", "required"}, {"decidedAt", "required"}}},
		{name: "revisit before decision", edit: func(r *sdm.DecisionRecord) { r.RevisitBy = at.Add(-time.Hour) },
			want: []problem{{"revisitBy", "after-decided"}}},
		{name: "zero and repeated goals", edit: func(r *sdm.DecisionRecord) { r.Goals = []uuid.UUID{goal3, uuid.Nil, goal3} },
			want: []problem{{"goals[1]", "required"}, {"goals[2]", "unique"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := complete()
			tt.edit(&r)
			err := r.Validate()
			if tt.want == nil {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, recovery.ErrInvalid)
			var ve *validate.Error
			require.ErrorAs(t, err, &ve)
			for _, p := range tt.want {
				assert.True(t, ve.Has(p.path, p.rule), "want %s %s in %v", p.path, p.rule, err)
			}
			assert.Len(t, ve.Problems, len(tt.want), "problems: %v", err)
		})
	}
}

func TestValidateNeverEchoesText(t *testing.T) {
	r := complete()
	r.ID = uuid.Nil
	r.Stage = "secret-stage"
	r.Participants = []sdm.Participant{{Role: "Jordan", Name: "Jordan"}}
	err := r.Validate()
	require.Error(t, err)
	for _, s := range []string{"Jordan", "naloxone", "secret-stage", "people who have been there"} {
		assert.NotContains(t, err.Error(), s)
	}
}

func TestValidateDoesNotMutate(t *testing.T) {
	r := complete()
	before, err := json.Marshal(r)
	require.NoError(t, err)
	_ = r.Validate()
	_ = r.Quality()
	_ = r.HonorsChoice()
	after, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, string(before), string(after))
}

func TestHonorsChoice(t *testing.T) {
	tests := []struct {
		name string
		edit func(r *sdm.DecisionRecord)
		want bool
	}{
		{name: "person chose the recommended option", edit: func(*sdm.DecisionRecord) {}, want: true},
		{name: "no recommendation, risks talked through", edit: func(r *sdm.DecisionRecord) { r.Recommended = uuid.Nil }, want: true},
		{name: "differs and risks discussed", edit: func(r *sdm.DecisionRecord) { r.Chosen = optWait }, want: true},
		{name: "differs and risks not recorded", edit: func(r *sdm.DecisionRecord) { r.Chosen, r.RisksDiscussed = optWait, false }, want: false},
		{name: "same as recommendation, options with harms, risks not recorded", edit: func(r *sdm.DecisionRecord) { r.RisksDiscussed = false }, want: false},
		{name: "no recommendation, options with harms, risks not recorded", edit: func(r *sdm.DecisionRecord) {
			r.Recommended, r.RisksDiscussed = uuid.Nil, false
		}, want: false},
		{name: "no option lists a harm, risks not recorded", edit: func(r *sdm.DecisionRecord) {
			for i := range r.Options {
				r.Options[i].Harms = []phi.Note{""}
			}
			r.RisksDiscussed = false
		}, want: true},
		{name: "chosen by the provider alone", edit: func(r *sdm.DecisionRecord) { r.ChosenBy = []sdm.Role{sdm.RoleProvider} }, want: false},
		{name: "nothing chosen", edit: func(r *sdm.DecisionRecord) { r.Chosen = uuid.Nil }, want: false},
		{name: "chosen option not listed", edit: func(r *sdm.DecisionRecord) { r.Chosen = uuid.New() }, want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := complete()
			tt.edit(&r)
			assert.Equal(t, tt.want, r.HonorsChoice())
		})
	}
}

func TestEnums(t *testing.T) {
	for _, r := range sdm.Roles() {
		assert.True(t, r.IsValid(), r)
		assert.Equal(t, strings.ToLower(string(r)), string(r))
	}
	for _, s := range sdm.Stages() {
		assert.True(t, s.IsValid(), s)
	}
	assert.Equal(t, []sdm.Stage{"team-talk", "option-talk", "decision-talk", "decided", "deferred"}, sdm.Stages())
	assert.False(t, sdm.Role("").IsValid())
	assert.False(t, sdm.Stage("").IsValid())
	assert.False(t, sdm.Stage("Team-Talk").IsValid())
}

func TestJSONRoundTrip(t *testing.T) {
	r := complete()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	for _, key := range []string{`"whatMatters"`, `"chosenBy"`, `"decidedAt"`, `"revisitBy"`, `"risksDiscussed"`, `"stage":"decided"`} {
		assert.Contains(t, string(b), key)
	}
	var got sdm.DecisionRecord
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, r, got)

	// Optional IDs and times are left out when zero.
	min := sdm.DecisionRecord{ID: recID, Question: "q", Stage: sdm.StageTeamTalk, Participants: []sdm.Participant{{Role: sdm.RolePerson}}}
	b, err = json.Marshal(min)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"40000000-0000-4000-8000-000000000001","question":"q","participants":[{"role":"person"}],"stage":"team-talk"}`, string(b))
}

func TestLogValueRedacts(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	r := complete()
	log.Info("decision", "record", r, "option", r.Options[0], "participant", r.Participants[1])
	out := buf.String()
	assert.Contains(t, out, recID.String())
	assert.Contains(t, out, `"stage":"decided"`)
	for _, s := range []string{"Jordan", "naloxone", "community program", "free", "been there"} {
		assert.NotContains(t, out, s)
	}
	for _, s := range []string{r.String(), r.Options[0].String(), r.Participants[1].String(), fmt.Sprint(r)} {
		assert.NotContains(t, s, "Jordan")
		assert.NotContains(t, s, "naloxone")
	}

	// Text put in a code field of an unvalidated record is not echoed.
	r.Stage = "waiting for Jordan"
	r.Participants[1].Role = "Jordan"
	buf.Reset()
	log.Info("decision", "record", r, "participant", r.Participants[1])
	for _, s := range []string{buf.String(), r.String(), r.Participants[1].String()} {
		assert.NotContains(t, s, "Jordan")
		assert.Contains(t, s, "[invalid]")
	}
}
