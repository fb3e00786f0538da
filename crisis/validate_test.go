package crisis_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/internal/validate"
)

func TestContactValidate(t *testing.T) {
	tests := []struct {
		name string
		in   crisis.Contact
		want []validate.Problem
	}{
		{name: "complete", in: crisis.Contact{Name: "Alex", Phone: "555-0142", Channels: []crisis.Channel{crisis.ChannelText, crisis.ChannelPhone}, Consent: true}},
		{name: "name only", in: crisis.Contact{Name: "Alex"}},
		{name: "zero", in: crisis.Contact{}, want: []validate.Problem{{Path: "name", Rule: "required"}}},
		{
			name: "bad phone and channels",
			in:   crisis.Contact{Name: "Alex", Phone: "ask Sam", Channels: []crisis.Channel{"pigeon", crisis.ChannelText, crisis.ChannelText}},
			want: []validate.Problem{
				{Path: "phone", Rule: "phone"},
				{Path: "channels[0]", Rule: "valid"},
				{Path: "channels[2]", Rule: "unique"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.in.Validate()
			if tt.want == nil {
				require.NoError(t, err)
				return
			}
			var ve *validate.Error
			require.ErrorAs(t, err, &ve)
			assert.ErrorIs(t, err, validate.ErrInvalid)
			assert.Equal(t, tt.want, ve.Problems)
			assert.NotContains(t, err.Error(), "ask Sam")
		})
	}
}

// problemsOf returns the problems of err, or nil.
func problemsOf(t *testing.T, err error) []validate.Problem {
	t.Helper()
	if err == nil {
		return nil
	}
	var ve *validate.Error
	require.ErrorAs(t, err, &ve)
	assert.ErrorIs(t, err, validate.ErrInvalid)
	return ve.Problems
}

// secrets are values placed in invalid inputs that must never reach an error.
var secrets = []string{"Alex", "Jordan", "call Sam", "555-0142x", "my secret place"}

// assertProblems checks that err lists exactly want (nil: err is nil) and
// that its message carries none of the secrets.
func assertProblems(t *testing.T, err error, want []validate.Problem) {
	t.Helper()
	assert.Equal(t, want, problemsOf(t, err))
	if err != nil {
		for _, s := range secrets {
			assert.NotContains(t, err.Error(), s)
		}
	}
}

func TestOverdosePlanValidate(t *testing.T) {
	tests := []struct {
		name string
		in   func() crisis.OverdosePlan
		want []validate.Problem
	}{
		{name: "complete", in: examplePlan},
		{name: "only an ID", in: func() crisis.OverdosePlan { return crisis.OverdosePlan{ID: uuid.New()} }},
		{
			name: "empty", in: func() crisis.OverdosePlan { return crisis.OverdosePlan{} },
			want: []validate.Problem{{Path: "id", Rule: "required"}},
		},
		{
			name: "every field wrong",
			in: func() crisis.OverdosePlan {
				p := examplePlan()
				p.EmergencyNumbers = []phi.Phone{"911", "", "call Sam", "911"}
				p.NaloxoneCarrier = crisis.Contact{Name: "Alex", Phone: "555-0142x"}
				p.CheckIn = crisis.Contact{Phone: "555-0101", Consent: true}
				p.CheckInBy = []crisis.Channel{crisis.ChannelText, "fax", crisis.ChannelText}
				p.OtherSteps = []phi.Words{"ok", ""}
				p.RisksReviewed = []crisis.Risk{crisis.RiskMixing, "bad-luck"}
				return p
			},
			want: []validate.Problem{
				{Path: "emergencyNumbers[1]", Rule: "required"},
				{Path: "emergencyNumbers[2]", Rule: "phone"},
				{Path: "checkInBy[1]", Rule: "valid"},
				{Path: "otherSteps[1]", Rule: "required"},
				{Path: "risksReviewed[1]", Rule: "valid"},
				{Path: "emergencyNumbers[3]", Rule: "unique"},
				{Path: "checkInBy[2]", Rule: "unique"},
				{Path: "naloxoneCarrier.phone", Rule: "phone"},
				{Path: "checkIn.name", Rule: "required"},
			},
		},
		{
			name: "how to check in, with nobody to check in with",
			in: func() crisis.OverdosePlan {
				p := examplePlan()
				p.CheckIn = crisis.Contact{}
				return p
			},
			want: []validate.Problem{
				{Path: "checkInBy", Rule: "check-in"},
				{Path: "checkInHow", Rule: "check-in"},
			},
		},
		{
			name: "nobody to check in with, and no channels",
			in: func() crisis.OverdosePlan {
				p := examplePlan()
				p.CheckIn, p.CheckInBy, p.CheckInHow = crisis.Contact{}, nil, " "
				return p
			},
		},
		{
			name: "too long",
			in: func() crisis.OverdosePlan {
				p := examplePlan()
				p.NaloxoneLocation = phi.Words(strings.Repeat("x", 501))
				p.RisksReviewed = append(p.RisksReviewed, crisis.RiskMixing)
				return p
			},
			want: []validate.Problem{
				{Path: "naloxoneLocation", Rule: "max", Param: "500"},
				{Path: "risksReviewed[5]", Rule: "unique"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertProblems(t, tt.in().Validate(), tt.want) })
	}
}

func TestSafetyPlanValidate(t *testing.T) {
	tests := []struct {
		name string
		in   func() crisis.SafetyPlan
		want []validate.Problem
	}{
		{name: "complete", in: exampleSafetyPlan},
		{
			name: "empty", in: func() crisis.SafetyPlan { return crisis.SafetyPlan{} },
			want: []validate.Problem{{Path: "id", Rule: "required"}},
		},
		{
			name: "bad entries",
			in: func() crisis.SafetyPlan {
				p := exampleSafetyPlan()
				p.WarningSigns = append(p.WarningSigns, "")
				p.AskForHelp = append(p.AskForHelp, crisis.Contact{Phone: "555-0142", Channels: []crisis.Channel{"pager"}})
				p.ProfessionalHelp[1].Phone = "call Sam"
				p.ReasonsForLiving = make([]phi.Words, 21)
				return p
			},
			want: []validate.Problem{
				{Path: "warningSigns[2]", Rule: "required"},
				{Path: "reasonsForLiving", Rule: "max", Param: "20"},
				{Path: "askForHelp[1].name", Rule: "required"},
				{Path: "askForHelp[1].channels[0]", Rule: "valid"},
				{Path: "professionalHelp[1].phone", Rule: "phone"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertProblems(t, tt.in().Validate(), tt.want) })
	}
}

func TestToolboxValidate(t *testing.T) {
	tests := []struct {
		name string
		in   func() crisis.Toolbox
		want []validate.Problem
	}{
		{name: "complete", in: exampleToolbox},
		{
			name: "empty", in: func() crisis.Toolbox { return crisis.Toolbox{} },
			want: []validate.Problem{{Path: "id", Rule: "required"}},
		},
		{
			name: "bad entries",
			in: func() crisis.Toolbox {
				tb := exampleToolbox()
				tb.Tools = append(tb.Tools, crisis.Tool{Section: "wellness-plan", Text: "my secret place"}, crisis.Tool{Section: crisis.SectionSleep})
				tb.Triggers = append(tb.Triggers, crisis.Cue{Text: "Payday"})
				tb.EarlyWarningSigns = []crisis.Cue{{Action: "call Sam"}}
				return tb
			},
			want: []validate.Problem{
				{Path: "tools[4].section", Rule: "valid"},
				{Path: "tools[5].text", Rule: "required"},
				{Path: "triggers[1].action", Rule: "required"},
				{Path: "earlyWarningSigns[0].text", Rule: "required"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertProblems(t, tt.in().Validate(), tt.want) })
	}
}

func TestEnums(t *testing.T) {
	for _, c := range crisis.Channels() {
		assert.True(t, c.IsValid(), c)
	}
	for _, r := range crisis.Risks() {
		assert.True(t, r.IsValid(), r)
	}
	for i, s := range crisis.SafetySteps() {
		assert.True(t, s.IsValid(), s)
		assert.Equal(t, i+1, s.Number())
	}
	for _, s := range crisis.Sections() {
		assert.True(t, s.IsValid(), s)
	}
	seen := map[crisis.Field]bool{}
	for _, f := range crisis.Fields() {
		assert.True(t, f.IsValid(), f)
		assert.NotEmpty(t, f.Prompt())
		assert.False(t, seen[f], "repeated %s", f)
		seen[f] = true
	}
	assert.Len(t, crisis.Fields(), 21)
	for i, f := range crisis.Fields() {
		assert.Equal(t, i, f.Index(), f)
	}
	for i, r := range crisis.Risks() {
		assert.Equal(t, i, r.Index(), r)
	}
	for i, c := range crisis.Channels() {
		assert.Equal(t, i, c.Index(), c)
	}
	for i, s := range crisis.Sections() {
		assert.Equal(t, i, s.Index(), s)
	}
	assert.Equal(t, -1, crisis.Field("toolkit").Index())
	for _, bad := range []string{"", "Phone", "toolkit"} {
		assert.False(t, crisis.Channel(bad).IsValid())
		assert.False(t, crisis.Risk(bad).IsValid())
		assert.False(t, crisis.SafetyStep(bad).IsValid())
		assert.Zero(t, crisis.SafetyStep(bad).Number())
		assert.False(t, crisis.Section(bad).IsValid())
		assert.False(t, crisis.Field(bad).IsValid())
	}
	// Returned slices are fresh.
	rs := crisis.Risks()
	rs[0] = "changed"
	assert.Equal(t, crisis.RiskLostTolerance, crisis.Risks()[0])
}

func TestContactIsZero(t *testing.T) {
	assert.True(t, crisis.Contact{}.IsZero())
	assert.False(t, crisis.Contact{Consent: true}.IsZero())
	assert.False(t, crisis.Contact{Channels: []crisis.Channel{crisis.ChannelText}}.IsZero())
	assert.False(t, crisis.Contact{SupporterID: uuid.New()}.IsZero())
}

func TestJSONRoundTrip(t *testing.T) {
	values := []struct {
		in  any
		out any
	}{
		{examplePlan(), &crisis.OverdosePlan{}},
		{exampleSafetyPlan(), &crisis.SafetyPlan{}},
		{exampleToolbox(), &crisis.Toolbox{}},
		{crisis.OverdosePlan{ID: uuid.Nil}, &crisis.OverdosePlan{}},
	}
	for _, v := range values {
		b, err := json.Marshal(v.in)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, v.out))
		assert.Equal(t, v.in, reflect.ValueOf(v.out).Elem().Interface())
	}
	b, err := json.Marshal(crisis.OverdosePlan{ID: uuid.MustParse("30000000-0000-4000-8000-000000000001")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"30000000-0000-4000-8000-000000000001"}`, string(b), "empty fields are left out")
}
