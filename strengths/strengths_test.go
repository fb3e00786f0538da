package strengths_test

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

	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/strengths"
)

var at = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

// sid returns the fixed strength ID number n.
func sid(n int) uuid.UUID {
	return uuid.MustParse(fmt.Sprintf("20000000-0000-4000-8000-%012d", n))
}

// tid returns the fixed statement ID number n.
func tid(n int) uuid.UUID {
	return uuid.MustParse(fmt.Sprintf("21000000-0000-4000-8000-%012d", n))
}

func strength(n int, a life.Area, k strengths.Kind, t strengths.Timeframe, src strengths.Source, text string) strengths.Strength {
	return strengths.Strength{ID: sid(n), Area: a, Kind: k, Timeframe: t, Source: src, Statement: phi.Words(text)}
}

// sample is a valid assessment used across the tests.
func sample() strengths.Assessment {
	return strengths.Assessment{
		ID:         uuid.MustParse("22000000-0000-4000-8000-000000000001"),
		AssessedAt: at,
		Strengths: []strengths.Strength{
			strength(1, life.AreaSocial, strengths.KindRelationship, strengths.TimeframeCurrent, strengths.SourceSelf, "My brother Sam always picks up when I call"),
			strength(2, life.AreaEmployment, strengths.KindSkill, strengths.TimeframePast, strengths.SourceSelf, "I worked five years as a line cook"),
			strength(3, life.AreaPersonal, strengths.KindQuality, strengths.TimeframeCurrent, strengths.SourcePeer, "Keeps showing up, even on hard days"),
			strength(4, life.AreaHousing, strengths.KindInterest, strengths.TimeframeDesired, strengths.SourceSelf, "I'd like a place with a kitchen"),
			strength(5, life.AreaSocial, strengths.KindRelationship, strengths.TimeframeDesired, strengths.SourceSelf, "I want to see my brother again"),
		},
		Aspects: []strengths.Aspect{
			{ID: tid(1), Area: life.AreaHousing, Kind: strengths.AspectNeed, Text: "I need a quiet place to sleep"},
			{ID: tid(2), Area: life.AreaHealth, Kind: strengths.AspectPreference, Text: "I prefer morning meetings"},
		},
		Priorities: []uuid.UUID{sid(5), sid(1)},
	}
}

func TestEnums(t *testing.T) {
	tests := []struct {
		name  string
		all   []string
		valid func(string) bool
		bad   []string
	}{
		{"Kind", toStrings(strengths.Kinds()), func(s string) bool { return strengths.Kind(s).IsValid() },
			[]string{"", "Quality", "strength", "deficit"}},
		{"Timeframe", toStrings(strengths.Timeframes()), func(s string) bool { return strengths.Timeframe(s).IsValid() },
			[]string{"", "Current", "future", "now"}},
		{"Source", toStrings(strengths.Sources()), func(s string) bool { return strengths.Source(s).IsValid() },
			[]string{"", "Self", "clinician", "other"}},
		{"StatementKind", toStrings(strengths.AspectKinds()), func(s string) bool { return strengths.AspectKind(s).IsValid() },
			[]string{"", "Need", "skill", "want"}},
	}
	want := map[string][]string{
		"Kind":          {"quality", "skill", "interest", "relationship", "resource"},
		"Timeframe":     {"current", "desired", "past"},
		"Source":        {"self", "peer", "family", "provider"},
		"StatementKind": {"need", "ability", "preference"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, want[tt.name], tt.all)
			for _, v := range tt.all {
				assert.True(t, tt.valid(v), v)
			}
			for _, v := range tt.bad {
				assert.False(t, tt.valid(v), v)
			}
		})
	}
	k := strengths.Kinds()
	k[0] = "changed"
	assert.Equal(t, strengths.KindQuality, strengths.Kinds()[0], "Kinds must return a fresh slice")
	tf := strengths.Timeframes()
	tf[0] = "changed"
	assert.Equal(t, strengths.TimeframeCurrent, strengths.Timeframes()[0], "Timeframes must return a fresh slice")
}

func toStrings[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

type problem struct{ path, rule string }

// validateCases is shared by TestAssessmentValidate and FuzzAssessmentJSON.
func validateCases() []struct {
	name string
	edit func(*strengths.Assessment)
	want []problem
} {
	return []struct {
		name string
		edit func(*strengths.Assessment)
		want []problem
	}{
		{"valid", func(*strengths.Assessment) {}, nil},
		{"no strengths yet is valid", func(a *strengths.Assessment) {
			a.Strengths, a.Aspects, a.Priorities = nil, nil, nil
		}, nil},
		{"zero", func(a *strengths.Assessment) { *a = strengths.Assessment{} },
			[]problem{{"id", "required"}, {"assessedAt", "required"}}},
		{"strength codes", func(a *strengths.Assessment) {
			a.Strengths[1].Area = "work"
			a.Strengths[1].Kind = ""
			a.Strengths[1].Timeframe = "Future"
			a.Strengths[1].Source = "clinician"
		}, []problem{{"strengths[1].area", "valid"}, {"strengths[1].kind", "valid"},
			{"strengths[1].timeframe", "valid"}, {"strengths[1].source", "valid"}}},
		{"blank statement", func(a *strengths.Assessment) { a.Strengths[2].Statement = " \t\n" },
			[]problem{{"strengths[2].statement", "required"}}},
		{"empty statement", func(a *strengths.Assessment) { a.Strengths[0].Statement = "" },
			[]problem{{"strengths[0].statement", "required"}}},
		{"nil strength id", func(a *strengths.Assessment) {
			a.Strengths[3].ID = uuid.Nil
		}, []problem{{"strengths[3].id", "required"}}},
		{"duplicate strength id", func(a *strengths.Assessment) { a.Strengths[3].ID = sid(2) },
			[]problem{{"strengths[3].id", "unique"}}},
		{"statement reuses a strength id", func(a *strengths.Assessment) { a.Aspects[1].ID = sid(1) },
			[]problem{{"aspects[1].id", "unique"}}},
		{"statement fields", func(a *strengths.Assessment) {
			a.Aspects[0] = strengths.Aspect{Area: "home", Kind: "wish", Text: "  "}
		}, []problem{{"aspects[0].id", "required"}, {"aspects[0].area", "valid"},
			{"aspects[0].kind", "valid"}, {"aspects[0].text", "required"}}},
		{"priority names no strength", func(a *strengths.Assessment) {
			a.Priorities = []uuid.UUID{sid(1), sid(9), tid(1), uuid.Nil}
		}, []problem{{"priorities[1]", "exists"}, {"priorities[2]", "exists"}, {"priorities[3]", "exists"}}},
		{"repeated priority", func(a *strengths.Assessment) {
			a.Priorities = []uuid.UUID{sid(1), sid(4), sid(1)}
		}, []problem{{"priorities[2]", "unique"}}},
	}
}

func TestAssessmentValidate(t *testing.T) {
	for _, tt := range validateCases() {
		t.Run(tt.name, func(t *testing.T) {
			a := sample()
			tt.edit(&a)
			err := a.Validate()
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, validate.ErrInvalid)
			var ve *validate.Error
			require.ErrorAs(t, err, &ve)
			var got []problem
			for _, p := range ve.Problems {
				got = append(got, problem{p.Path, p.Rule})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestValidateMessagesCarryNoText(t *testing.T) {
	a := sample()
	a.Strengths[0].Area = "somewhere"
	a.Aspects[0].Kind = "wish"
	a.Strengths[1].ID = sid(1)
	err := a.Validate()
	require.Error(t, err)
	for _, s := range a.Strengths {
		assert.NotContains(t, err.Error(), s.Statement)
	}
	assert.NotContains(t, err.Error(), "somewhere")
	assert.NotContains(t, err.Error(), "wish")
}

func TestElementValidate(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want []problem
	}{
		{"strength ok", strength(1, life.AreaHealth, strengths.KindSkill, strengths.TimeframePast, strengths.SourceFamily, "I cook").Validate(), nil},
		{"strength zero", strengths.Strength{}.Validate(), []problem{{"id", "required"}, {"area", "valid"},
			{"kind", "valid"}, {"timeframe", "valid"}, {"source", "valid"}, {"statement", "required"}}},
		{"statement ok", strengths.Aspect{ID: tid(1), Area: life.AreaLeisure, Kind: strengths.AspectAbility, Text: "I can swim"}.Validate(), nil},
		{"statement zero", strengths.Aspect{}.Validate(), []problem{{"id", "required"}, {"area", "valid"},
			{"kind", "valid"}, {"text", "required"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.want == nil {
				assert.NoError(t, tt.err)
				return
			}
			var ve *validate.Error
			require.ErrorAs(t, tt.err, &ve)
			var got []problem
			for _, p := range ve.Problems {
				got = append(got, problem{p.Path, p.Rule})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCoverage(t *testing.T) {
	tests := []struct {
		name  string
		in    []strengths.Strength
		want  map[life.Area][3]int // current, desired, past; missing areas are all zero
		total int
	}{
		{"none", nil, nil, 0},
		{"sample", sample().Strengths, map[life.Area][3]int{
			life.AreaSocial: {1, 1, 0}, life.AreaEmployment: {0, 0, 1}, life.AreaPersonal: {1, 0, 0}, life.AreaHousing: {0, 1, 0},
		}, 5},
		{"invalid codes are not counted", []strengths.Strength{
			strength(1, "work", strengths.KindSkill, strengths.TimeframeCurrent, strengths.SourceSelf, "I"),
			strength(2, life.AreaLeisure, strengths.KindSkill, "future", strengths.SourceSelf, "I"),
			strength(3, life.AreaLeisure, strengths.KindSkill, strengths.TimeframePast, strengths.SourceSelf, "I"),
			strength(4, life.AreaLeisure, strengths.KindSkill, strengths.TimeframePast, strengths.SourceSelf, "I"),
		}, map[life.Area][3]int{life.AreaLeisure: {0, 0, 2}}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := strengths.Assessment{Strengths: tt.in}.Coverage()
			require.Len(t, c.Areas, len(life.Areas()))
			for i, a := range life.Areas() {
				ac := c.Areas[i]
				require.Equal(t, a, ac.Area, "life order")
				w := tt.want[a]
				assert.Equal(t, w, [3]int{ac.Current, ac.Desired, ac.Past}, a)
				assert.Equal(t, w[0]+w[1]+w[2], ac.Total(), a)
				for j, tf := range strengths.Timeframes() {
					assert.Equal(t, w[j], ac.Count(tf), "%s %s", a, tf)
					assert.Equal(t, w[j], c.Count(a, tf), "%s %s", a, tf)
				}
			}
			assert.Equal(t, tt.total, c.Total())
			assert.Zero(t, c.Count("work", strengths.TimeframeCurrent))
			assert.Zero(t, c.Count(life.AreaSocial, "future"))
		})
	}
}

func TestGaps(t *testing.T) {
	all := life.Areas()
	tests := []struct {
		name string
		in   []strengths.Strength
		want []life.Area
	}{
		{"none recorded: every area is an opening", nil, all},
		{"sample", sample().Strengths, []life.Area{life.AreaHealth, life.AreaEmployment, life.AreaEducation, life.AreaHousing,
			life.AreaCultural, life.AreaSpiritual, life.AreaFinances, life.AreaLeisure}},
		{"desired and past do not close a gap", []strengths.Strength{
			strength(1, life.AreaHealth, strengths.KindSkill, strengths.TimeframeDesired, strengths.SourceSelf, "I"),
			strength(2, life.AreaHealth, strengths.KindSkill, strengths.TimeframePast, strengths.SourceSelf, "I"),
		}, all},
		{"invalid area ignored", []strengths.Strength{
			strength(1, "work", strengths.KindSkill, strengths.TimeframeCurrent, strengths.SourceSelf, "I"),
		}, all},
	}
	full := make([]strengths.Strength, 0, len(all))
	for i, a := range all {
		full = append(full, strength(i+1, a, strengths.KindQuality, strengths.TimeframeCurrent, strengths.SourceSelf, "I"))
	}
	tests = append(tests, struct {
		name string
		in   []strengths.Strength
		want []life.Area
	}{"every area has a current strength", full, nil})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, strengths.Assessment{Strengths: tt.in}.Gaps())
		})
	}
}

func TestFirstPerson(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"I can cook", true},
		{"i can cook", true},
		{"I", true},
		{"I, for one, am patient", true},
		{"I'm patient", true},
		{"I’m patient", true},
		{"Im patient", true},
		{"I've worked as a cook", true},
		{"Ive worked as a cook", true},
		{"I'll keep trying", true},
		{"I'd like a garden", true},
		{"My brother Sam", true},
		{"MY brother", true},
		{"Me and my brother", true},
		{"Mine is a big family", true},
		{"Myself, I like music", true},
		{"  \t“My brother Sam”", true},
		{"- i'm patient", true},
		{"• I listen well", true},
		{"\"I am brave\"", true},
		{"(I think) I'm a good cook", true},
		{"", false},
		{"   ", false},
		{"Good at fixing things", false},
		{"It helps me", false},
		{"Ill at ease", false},
		{"Id card", false},
		{"In the mornings I walk", false},
		{"Is patient", false},
		{"Mystery novels", false},
		{"Meals with family", false},
		{"1. I cook", false},
		{"He is kind", false},
		{"We cook together", false},
		{"I'mpatient", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, strengths.FirstPerson(tt.in))
		})
	}
}

func TestPersonDriven(t *testing.T) {
	tests := []struct {
		name string
		in   []strengths.Strength
		want float64
	}{
		{"no strengths", nil, 0},
		{"sample: four of five are self and first person", sample().Strengths, 0.8},
		{"self but not first person", []strengths.Strength{
			strength(1, life.AreaHealth, strengths.KindSkill, strengths.TimeframeCurrent, strengths.SourceSelf, "Good cook"),
		}, 0},
		{"first person but named by a provider", []strengths.Strength{
			strength(1, life.AreaHealth, strengths.KindSkill, strengths.TimeframeCurrent, strengths.SourceProvider, "I cook"),
		}, 0},
		{"one of three", []strengths.Strength{
			strength(1, life.AreaHealth, strengths.KindSkill, strengths.TimeframeCurrent, strengths.SourceSelf, "I cook"),
			strength(2, life.AreaHealth, strengths.KindSkill, strengths.TimeframeCurrent, strengths.SourceFamily, "My son cooks"),
			strength(3, life.AreaHealth, strengths.KindSkill, strengths.TimeframeCurrent, strengths.SourcePeer, "Cooks well"),
		}, 1.0 / 3},
		{"all", []strengths.Strength{
			strength(1, life.AreaHealth, strengths.KindSkill, strengths.TimeframeCurrent, strengths.SourceSelf, "I cook"),
			strength(2, life.AreaSocial, strengths.KindRelationship, strengths.TimeframePast, strengths.SourceSelf, "My aunt"),
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, strengths.Assessment{Strengths: tt.in}.PersonDriven(), 1e-12)
		})
	}
}

func ids(ss []strengths.Strength) []int {
	out := make([]int, len(ss))
	for i, s := range ss {
		out[i] = int(s.ID[15])
	}
	return out
}

func TestRanked(t *testing.T) {
	many := make([]uuid.UUID, 0, 12)
	for _, n := range []int{5, 3, 9, 9, 1, 2, 4, 7, 8, 6, 5, 3} {
		many = append(many, sid(n))
	}
	tests := []struct {
		name       string
		priorities []uuid.UUID
		want       []int
	}{
		{"no priorities: input order", nil, []int{1, 2, 3, 4, 5}},
		{"sample priorities", []uuid.UUID{sid(5), sid(1)}, []int{5, 1, 2, 3, 4}},
		{"one priority", []uuid.UUID{sid(3)}, []int{3, 1, 2, 4, 5}},
		{"all, reversed", []uuid.UUID{sid(5), sid(4), sid(3), sid(2), sid(1)}, []int{5, 4, 3, 2, 1}},
		{"unknown and repeated skipped", []uuid.UUID{sid(9), sid(2), uuid.Nil, sid(2), sid(4)}, []int{2, 4, 1, 3, 5}},
		{"many priorities use the index path", many, []int{5, 3, 1, 2, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := sample()
			a.Priorities = tt.priorities
			before := sample().Strengths
			got := a.Ranked()
			assert.Equal(t, tt.want, ids(got))
			assert.Equal(t, before, a.Strengths, "input not modified")
			got[0].Statement = "changed"
			assert.Equal(t, before, a.Strengths, "result does not alias the input")
		})
	}
	t.Run("duplicate strength IDs: the first wins", func(t *testing.T) {
		a := sample()
		a.Strengths[3].ID = sid(2)
		a.Priorities = []uuid.UUID{sid(2)}
		got := a.Ranked()
		require.Len(t, got, 5)
		assert.Equal(t, []strengths.Strength{a.Strengths[1], a.Strengths[0], a.Strengths[2], a.Strengths[3], a.Strengths[4]}, got)
	})
}

func TestLookup(t *testing.T) {
	a := sample()
	tests := []struct {
		id     uuid.UUID
		wantOK bool
		want   int
	}{
		{sid(1), true, 0},
		{sid(4), true, 3},
		{sid(9), false, -1},
		{tid(1), false, -1}, // a statement, not a strength
		{uuid.Nil, false, -1},
	}
	for _, tt := range tests {
		t.Run(tt.id.String(), func(t *testing.T) {
			got, ok := a.Strength(tt.id)
			assert.Equal(t, tt.wantOK, ok)
			if tt.wantOK {
				assert.Equal(t, a.Strengths[tt.want], got)
			} else {
				assert.Equal(t, strengths.Strength{}, got)
			}
		})
	}
}

func TestForArea(t *testing.T) {
	tests := []struct {
		area life.Area
		want []int
	}{
		{life.AreaSocial, []int{1, 5}},
		{life.AreaEmployment, []int{2}},
		{life.AreaLeisure, nil},
		{"work", nil},
	}
	for _, tt := range tests {
		t.Run(string(tt.area), func(t *testing.T) {
			a := sample()
			got := a.ForArea(tt.area)
			if tt.want == nil {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tt.want, ids(got))
			got[0].Statement = "changed"
			assert.Equal(t, sample(), a, "result does not alias the input")
		})
	}
}

func TestCatalog(t *testing.T) {
	c := strengths.Catalog()
	curriculum := []string{"Courage", "Resilience", "Leadership", "Teamwork", "Clear communication",
		"Strong work ethic", "Humility", "Empathy", "Asks for help"}
	require.GreaterOrEqual(t, len(c), len(curriculum))
	for i, name := range curriculum {
		assert.Equal(t, name, c[i].Name, "curriculum example %d", i)
	}
	perKind := map[strengths.Kind]int{}
	names := map[string]bool{}
	for _, s := range c {
		assert.True(t, s.Kind.IsValid(), s.Name)
		assert.False(t, names[s.Name], "duplicate %q", s.Name)
		names[s.Name] = true
		perKind[s.Kind]++
	}
	for _, k := range strengths.Kinds() {
		assert.GreaterOrEqual(t, perKind[k], 3, k)
	}
	c[0].Name = "changed"
	assert.Equal(t, "Courage", strengths.Catalog()[0].Name, "Catalog must return a fresh slice")
}

func TestPrompt(t *testing.T) {
	seen := map[string]bool{}
	for _, a := range life.Areas() {
		for _, tf := range strengths.Timeframes() {
			p := strengths.Prompt(a, tf)
			require.NotEmpty(t, p, "%s %s", a, tf)
			assert.True(t, strings.HasSuffix(p, "?"), "a question: %q", p)
			assert.Less(t, len(p), 100, "short: %q", p)
			assert.False(t, seen[p], "repeated prompt %q", p)
			seen[p] = true
			for _, w := range []string{"problem", "weak", "deficit", "wrong", "fail", "lack", "can't", "unable"} {
				assert.NotContains(t, strings.ToLower(p), w, "strengths-based: %q", p)
			}
		}
	}
	tests := []struct {
		area life.Area
		tf   strengths.Timeframe
	}{
		{"", strengths.TimeframeCurrent},
		{"work", strengths.TimeframeDesired},
		{life.AreaHealth, ""},
		{life.AreaHealth, "future"},
	}
	for _, tt := range tests {
		assert.Empty(t, strengths.Prompt(tt.area, tt.tf), "%q %q", tt.area, tt.tf)
	}
}

func TestRedaction(t *testing.T) {
	a := sample()
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	log.Info("saved", "assessment", a, "strength", a.Strengths[0], "statement", a.Aspects[0])
	out := buf.String()
	texts := []string{}
	for _, s := range a.Strengths {
		texts = append(texts, string(s.Statement))
	}
	for _, s := range a.Aspects {
		texts = append(texts, string(s.Text))
	}
	for _, txt := range texts {
		assert.NotContains(t, out, txt)
	}
	assert.Contains(t, out, a.ID.String())
	assert.Contains(t, out, sid(1).String())
	assert.Contains(t, out, tid(1).String())
	assert.Contains(t, out, `"strengths":5`)
	assert.Contains(t, out, `"statement":"[redacted]"`)
	assert.Contains(t, out, `"text":"[redacted]"`)

	tests := []struct {
		name string
		got  string
		want string
	}{
		{"strength", a.Strengths[0].String(), "strength 20000000-0000-4000-8000-000000000001 social/relationship/current/self"},
		{"statement", a.Aspects[0].String(), "statement 21000000-0000-4000-8000-000000000001 housing/need"},
		{"assessment", a.String(), "assessment 22000000-0000-4000-8000-000000000001 strengths=5 aspects=2 priorities=2"},
		{"fmt uses String", fmt.Sprint(a.Strengths[1]), "strength 20000000-0000-4000-8000-000000000002 employment/skill/past/self"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.got, tt.name)
	}

	var empty bytes.Buffer
	slog.New(slog.NewJSONHandler(&empty, nil)).Info("x", "s", strengths.Strength{})
	assert.Contains(t, empty.String(), `"statement":""`)
}

func TestJSON(t *testing.T) {
	a := sample()
	b, err := json.Marshal(a)
	require.NoError(t, err)
	for _, key := range []string{`"id":`, `"assessedAt":"2026-03-02T10:00:00Z"`, `"strengths":[`, `"aspects":[`,
		`"priorities":[`, `"area":"social"`, `"kind":"relationship"`, `"timeframe":"current"`, `"source":"self"`,
		`"statement":"My brother`, `"text":"I need`} {
		assert.Contains(t, string(b), key)
	}
	var back strengths.Assessment
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, a, back)
	assert.NoError(t, back.Validate())

	empty, err := json.Marshal(strengths.Assessment{ID: a.ID, AssessedAt: at})
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"22000000-0000-4000-8000-000000000001","assessedAt":"2026-03-02T10:00:00Z"}`, string(empty))
}
