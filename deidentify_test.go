package recovery_test

import (
	"encoding/json"
	"math"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/sdm"
)

var testKey = []byte("0123456789abcdef0123456789abcdef")

// identifyingPlan is the rich plan with every field that can carry a name, a
// phone number or an email address filled in.
func identifyingPlan() recovery.Plan {
	p := richPlan()
	p.Safety = &crisis.SafetyPlan{
		ID:               id(kCrisis, 2),
		WarningSigns:     []string{"I stop answering Sam at 555-0144"},
		AskForHelp:       []crisis.Contact{{Name: "Sam", Relationship: "brother", Phone: "555-0144", SupporterID: id(kSupporter, 3), Consent: true}},
		ProfessionalHelp: []crisis.Contact{{Name: "Dr. Rivera", Phone: "(555) 014-9999"}},
		Reviewed:         at,
	}
	p.Toolbox = &crisis.Toolbox{ID: id(kCrisis, 3), Tools: []crisis.Tool{{Section: crisis.SectionCalmDown, Text: "Call Alex on +1 555 014 2222"}}}
	p.Decisions[0].Participants[1].Name = "Jordan"
	p.Strengths.Strengths[0].Statement = "Sam and I were always close; mail me at sam.doe@example.org."
	return p
}

func TestDeidentifyRemovesNamesPhonesEmails(t *testing.T) {
	p := identifyingPlan()
	out := recovery.Deidentify(p, testKey, nil)
	b, err := json.Marshal(out)
	require.NoError(t, err)
	enc := string(b)
	for _, secret := range []string{
		"Sam", "Alex", "Jordan", "Rivera", "brother", // names and relationships
		"555-0142", "555-0143", "555-0144", "014-9999", "014 2222", // phones
		"alex@example.org", "sam.doe@example.org", "@example.org", // emails
		"P-0001",                                                                                                               // the person ID
		"60000000-0000-4000-8000-000000000001", "10000000-0000-4000-8000-000000000004", "50000000-0000-4000-8000-000000000003", // IDs
		"backpack", "home of my own", // free text
	} {
		assert.False(t, regexp.MustCompile(`\b`+regexp.QuoteMeta(secret)+`\b`).MatchString(enc), "%q is still in the export", secret)
	}
	assert.Contains(t, enc, `"911"`, "emergency short numbers are services and stay")
	assert.Contains(t, enc, recovery.Pseudonym(testKey, "P-0001"))
}

func TestDeidentifyKeepTextScrubsContacts(t *testing.T) {
	out := recovery.Deidentify(identifyingPlan(), testKey, &recovery.DeidentifyOptions{KeepText: true})
	assert.Equal(t, "Sam and I were always close; mail me at "+recovery.RemovedEmail+".", out.Strengths.Strengths[0].Statement,
		"names in kept text are not found by rule (documented); emails are")
	assert.Equal(t, "Call Alex on "+recovery.RemovedPhone, out.Toolbox.Tools[0].Text)
	assert.Equal(t, "I stop answering Sam at "+recovery.RemovedPhone, out.Safety.WarningSigns[0])
	assert.Equal(t, richPlan().Vision, out.Vision)
	assert.Equal(t, "contact", out.Safety.AskForHelp[0].Name)
	assert.Equal(t, "supporter 3", out.Supports[2].Name)
	assert.Equal(t, recovery.RemovedPhone, out.Supports[2].Phone)
	assert.Equal(t, recovery.RemovedEmail, out.Supports[1].Email)
	assert.Empty(t, out.Supports[0].Email)
}

func TestDeidentifyValidAndLinked(t *testing.T) {
	p := identifyingPlan()
	require.NoError(t, p.Validate())
	out := recovery.Deidentify(p, testKey, nil)
	require.NoError(t, out.Validate(), "references still resolve and required fields stay filled")

	// Same key, same pseudonyms; another key, others.
	again := recovery.Deidentify(p, testKey, nil)
	assert.Equal(t, out, again)
	other := recovery.Deidentify(p, []byte("another key"), nil)
	assert.NotEqual(t, out.PersonID, other.PersonID)
	assert.NotEqual(t, out.ID, other.ID)

	// IDs map one to one, and references follow.
	assert.Equal(t, out.Goals[0].BuildsOn[0], out.Strengths.Strengths[0].ID)
	assert.Equal(t, out.Decisions[0].Goals[0], out.Goals[2].ID)
	assert.Equal(t, out.Decisions[0].Chosen, out.Decisions[0].Options[0].ID)
	assert.Equal(t, out.Overdose.CheckIn.SupporterID, out.Supports[0].ID)
	assert.Equal(t, uuid.Version(8), out.ID.Version())
	assert.Equal(t, uuid.RFC4122, out.ID.Variant())
	assert.Equal(t, "participant", out.Decisions[0].Participants[1].Name)
	assert.Equal(t, sdm.RolePeer, out.Decisions[0].Participants[1].Role)
}

func TestDeidentifyDatesKeepIntervals(t *testing.T) {
	p := richPlan()
	out := recovery.Deidentify(p, testKey, nil)
	shift := recovery.DateShift(testKey, p.PersonID, nil)
	require.NotZero(t, shift)
	assert.LessOrEqual(t, shift.Abs(), time.Duration(recovery.DefaultMaxShiftDays)*24*time.Hour)
	assert.Zero(t, shift%(24*time.Hour), "whole days")
	assert.True(t, out.Created.Equal(p.Created.Add(shift)))
	assert.Equal(t, time.UTC, out.Created.Location())
	assert.Equal(t, p.Reviewed.Sub(p.Created), out.Reviewed.Sub(out.Created))
	assert.Equal(t, p.Goals[3].Steps[0].Due.Sub(p.Goals[3].Start), out.Goals[3].Steps[0].Due.Sub(out.Goals[3].Start))
	assert.Equal(t, p.Overdose.NaloxoneExpires.Sub(p.Created), out.Overdose.NaloxoneExpires.Sub(out.Created))
	assert.True(t, out.Replaces == uuid.Nil, "a zero ID stays zero")

	small := recovery.DateShift(testKey, p.PersonID, &recovery.DeidentifyOptions{MaxShiftDays: 3})
	assert.LessOrEqual(t, small.Abs(), 3*24*time.Hour)
	assert.NotZero(t, small)

	// Different people get different shifts (with overwhelming likelihood
	// for these two fixed IDs and key).
	assert.NotEqual(t, shift, recovery.DateShift(testKey, "P-0002", nil))
}

func TestDeidentifyScoresLikeTheOriginal(t *testing.T) {
	p := identifyingPlan()
	orig := recovery.Score(p, at, nil)
	shift := recovery.DateShift(testKey, p.PersonID, nil)
	deid := recovery.Score(recovery.Deidentify(p, testKey, nil), at.Add(shift), nil)
	for i, c := range orig.Criteria {
		switch c.Criterion {
		case recovery.CriterionOwnWords, recovery.CriterionStrengthsLanguage, recovery.CriterionSMARTGoals:
			continue // these read the words
		}
		assert.InDelta(t, c.Score, deid.Criteria[i].Score, eps, c.Criterion)
	}
}

func TestDeidentifyDoesNotModifyInput(t *testing.T) {
	p := identifyingPlan()
	before, err := json.Marshal(p)
	require.NoError(t, err)
	out := recovery.Deidentify(p, testKey, nil)
	out.Goals[0].Steps[0].Action = "changed"
	out.Goals[0].BuildsOn[0] = uuid.Nil
	out.Overdose.OtherSteps[0] = "changed"
	out.Decisions[0].Goals[0] = uuid.Nil
	after, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))
}

func TestDeidentifyEmptyPlan(t *testing.T) {
	out := recovery.Deidentify(recovery.Plan{}, nil, nil)
	assert.True(t, strings.HasPrefix(out.PersonID, "px-"))
	assert.Nil(t, out.Goals)
	assert.Nil(t, out.Overdose)
	assert.True(t, out.Created.IsZero())
}

func TestDeidentifyKeepsVersionsLinked(t *testing.T) {
	v1 := richPlan()
	v2 := richPlan()
	v2.ID, v2.Version, v2.Replaces = id(kPlan, 9), 2, v1.ID
	d1 := recovery.Deidentify(v1, testKey, nil)
	d2 := recovery.Deidentify(v2, testKey, nil)
	assert.Equal(t, d1.ID, d2.Replaces)
	assert.Equal(t, d1.PersonID, d2.PersonID)
	assert.Equal(t, d1.Goals[0].ID, d2.Goals[0].ID)
}

func TestDateShiftBounds(t *testing.T) {
	day := 24 * time.Hour
	tests := []struct {
		name    string
		maxDays int
		bound   int
	}{
		{"default", 0, recovery.DefaultMaxShiftDays},
		{"negative means default", -5, recovery.DefaultMaxShiftDays},
		{"one day", 1, 1},
		{"a week", 7, 7},
		{"huge bound is limited", math.MaxInt, recovery.LimitMaxShiftDays},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, person := range []string{"P-0001", "P-0002", "P-0003", "P-0004", "P-0005"} {
				d := recovery.DateShift(testKey, person, &recovery.DeidentifyOptions{MaxShiftDays: tt.maxDays})
				assert.NotZero(t, d)
				assert.Zero(t, d%day, "whole days")
				assert.LessOrEqual(t, d.Abs(), time.Duration(tt.bound)*day)
			}
		})
	}
}
