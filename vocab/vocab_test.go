package vocab_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/internal/planschema"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/strengths"
	"github.com/recoverykit/recovery/vocab"
)

// TestBuiltinComplete fails when any code, rule or card text lacks a label
// and help, or a message, in a built-in language.
func TestBuiltinComplete(t *testing.T) {
	c := vocab.New()
	require.Equal(t, []language.Tag{language.English, language.Spanish}, c.Languages())
	for _, l := range c.Languages() {
		assert.Empty(t, c.Missing(l), "%s lacks wording", l)
	}
}

// TestBuiltinNoStaleKeys fails when a built-in file words a key no enum,
// rule or card has.
func TestBuiltinNoStaleKeys(t *testing.T) {
	known := map[string]bool{}
	for _, e := range vocab.Enums() {
		known[e.Name] = true
		for _, c := range e.Codes {
			known[e.Name+"/"+c] = true
		}
	}
	rules := map[string]bool{}
	for _, r := range vocab.Rules() {
		rules[r] = true
	}
	for _, k := range vocab.CardTexts() {
		known[k] = true
	}
	for _, lang := range []string{"en", "es"} {
		b, err := os.ReadFile("messages/" + lang + ".json")
		require.NoError(t, err)
		e, err := vocab.ParseEntries(b)
		require.NoError(t, err)
		for k := range e.Terms {
			assert.True(t, known[k], "%s: term %s", lang, k)
		}
		for k := range e.Messages {
			if strings.HasPrefix(k, "strengths.Prompt/") {
				parts := strings.Split(k, "/")
				assert.True(t, len(parts) == 3 && life.Area(parts[1]).IsValid() && strengths.Timeframe(parts[2]).IsValid(), "%s: %s", lang, k)
				continue
			}
			if rule, ok := strings.CutPrefix(k, "rule/"); ok {
				rule, _, _ = strings.Cut(rule, "/")
				assert.True(t, rules[rule], "%s: message %s", lang, k)
				continue
			}
			assert.True(t, known[k], "%s: message %s", lang, k)
		}
	}
}

// TestEnumsCoverSchema checks that every enum of the plan's JSON Schema is
// worded here, under the same name and with the same codes.
func TestEnumsCoverSchema(t *testing.T) {
	byName := map[string]vocab.Enum{}
	for _, e := range vocab.Enums() {
		byName[e.Name] = e
	}
	for _, e := range planschema.Enums() {
		name := planschema.DefName(e.Type)
		v, ok := byName[name]
		if !assert.True(t, ok, name) {
			continue
		}
		require.Len(t, v.Codes, len(e.Values), name)
		for i, val := range e.Values {
			b, err := json.Marshal(val)
			require.NoError(t, err)
			code := strings.Trim(string(b), `"`)
			if name == "goals.Level" && !strings.HasPrefix(code, "-") && code != "0" {
				code = "+" + code
			}
			assert.Equal(t, code, v.Codes[i], name)
		}
	}
}

func TestVocabulary(t *testing.T) {
	c := vocab.New()
	for _, l := range c.Languages() {
		for _, e := range vocab.Enums() {
			v, ok := c.Vocabulary(e.Name, l)
			require.True(t, ok)
			assert.Equal(t, l.String(), v.Lang)
			require.Len(t, v.Terms, len(e.Codes), e.Name)
			labels := map[string]string{}
			for i, term := range v.Terms {
				assert.Equal(t, e.Codes[i], term.Code, "order of %s", e.Name)
				assert.NotEmpty(t, term.Label)
				if prev, dup := labels[term.Label]; dup {
					t.Errorf("%s %s: %s and %s share the label %q", l, e.Name, prev, term.Code, term.Label)
				}
				labels[term.Label] = term.Code
			}
		}
	}
	v, _ := c.Vocabulary("life.Area", language.Spanish)
	assert.Equal(t, "Área de vida", v.Label)
	assert.Equal(t, vocab.Term{Code: "housing", Label: "Vivienda", Help: "Un lugar seguro y estable donde vivir."}, v.Terms[5])
	_, ok := c.Vocabulary("life.Colour", language.English)
	assert.False(t, ok)
	term, ok := c.Term("life.Area", "wealth", language.English)
	assert.False(t, ok)
	assert.Equal(t, "wealth", term.Label)
}

func TestMatch(t *testing.T) {
	c := vocab.New()
	tests := []struct {
		tags []string
		want language.Tag
	}{
		{[]string{"es"}, language.Spanish},
		{[]string{"es-MX"}, language.Spanish},
		{[]string{"es-419"}, language.Spanish},
		{[]string{"en-GB"}, language.English},
		{[]string{"fr"}, language.English},
		{[]string{"fr", "es"}, language.Spanish},
		{[]string{"not a tag!"}, language.English},
		{nil, language.English},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, c.Match(tt.tags...), "%v", tt.tags)
	}
}

func TestMessage(t *testing.T) {
	c := vocab.New()
	tests := []struct {
		p      recovery.Problem
		en, es string
	}{
		{recovery.Problem{Path: "goals[1].steps[0].due", Rule: "after-start"},
			"Pick a date on or after the start.", "Elige una fecha igual o posterior al inicio."},
		{recovery.Problem{Path: "goals[0].statement", Rule: "max", Param: "500"},
			"Keep this to 500 characters or fewer.", "Usa 500 caracteres como máximo."},
		{recovery.Problem{Path: "supports[2].name", Rule: "max", Param: "1"},
			"Keep this to 1 character.", "Usa 1 carácter como máximo."},
		{recovery.Problem{Path: "overdose.emergencyNumbers", Rule: "max", Param: "10"},
			"Keep this to 10 items or fewer.", "Incluye 10 elementos como máximo."},
		{recovery.Problem{Path: "goals[0].confidence", Rule: "max", Param: "10"},
			"Use a number no larger than 10.", "Usa un número no mayor que 10."},
		{recovery.Problem{Path: "version", Rule: "min", Param: "1"},
			"Use a number of at least 1.", "Usa un número de al menos 1."},
		{recovery.Problem{Path: "goals[3].importance", Rule: "type", Param: "integer"},
			"Enter a whole number.", "Escribe un número entero."},
		{recovery.Problem{Path: "created", Rule: "date-time"},
			"Enter a date and a time.", "Indica una fecha y una hora."},
		{recovery.Problem{Path: "nowhere.at.all", Rule: "max", Param: "3"},
			"This is over the largest allowed.", "Supera el máximo permitido."},
		{recovery.Problem{Path: "id", Rule: "no-such-rule"},
			"Something went wrong checking this part.", "Algo salió mal al revisar esta parte."},
	}
	for _, tt := range tests {
		t.Run(tt.p.String(), func(t *testing.T) {
			assert.Equal(t, tt.en, c.Message(tt.p, language.English))
			assert.Equal(t, tt.es, c.Message(tt.p, c.Match("es-MX")))
		})
	}
}

// TestEveryReportedRuleHasMessage breaks plans in many ways and checks that
// every rule Validate and DecodePlan report is one of Rules, with its own
// message in each language.
func TestEveryReportedRuleHasMessage(t *testing.T) {
	c := vocab.New()
	rules := map[string]bool{}
	for _, r := range vocab.Rules() {
		rules[r] = true
	}
	edits := []func(m map[string]any){
		func(m map[string]any) { m["version"] = 0; m["replaces"] = m["id"]; delete(m, "status") },
		func(m map[string]any) {
			m["agreedAt"] = "2000-01-01T00:00:00Z"
			m["personId"] = strings.Repeat("x", 200)
		},
		func(m map[string]any) {
			g := m["goals"].([]any)[0].(map[string]any)
			g["start"], g["due"] = "2030-01-01T00:00:00Z", "2029-01-01T00:00:00Z"
			g["confidence"], g["statement"], g["area"] = 11, "", "wealth"
			g["buildsOn"] = []any{"10000000-0000-4000-8000-00000000dead"}
		},
		func(m map[string]any) { m["supports"].([]any)[0].(map[string]any)["phone"] = "call me" },
		func(m map[string]any) { m["supports"].([]any)[0].(map[string]any)["email"] = "nobody" },
		func(m map[string]any) { m["goals"] = append(m["goals"].([]any), m["goals"].([]any)[0]) },
		func(m map[string]any) {
			d := m["decisions"].([]any)[0].(map[string]any)
			d["participants"] = []any{map[string]any{"role": "provider"}}
			d["revisitBy"] = "2000-01-01T00:00:00Z"
		},
		func(m map[string]any) {
			m["version"] = "two"
			m["id"] = "x"
			m["created"] = "2026-03-02"
			m["extra"] = 1
		},
	}
	base, err := json.Marshal(recoverytest.Scenario())
	require.NoError(t, err)
	seen := map[string]bool{}
	for i, edit := range edits {
		var m map[string]any
		require.NoError(t, json.Unmarshal(base, &m))
		edit(m)
		b, err := json.Marshal(m)
		require.NoError(t, err)
		_, err = recovery.DecodeOptions{DisallowUnknownFields: true}.DecodePlan(bytes.NewReader(b))
		var ve *recovery.ValidationError
		require.True(t, errors.As(err, &ve), "edit %d: %v", i, err)
		for _, p := range ve.Problems {
			seen[p.Rule] = true
			assert.True(t, rules[p.Rule], "rule %s (at %s) is not in Rules", p.Rule, p.Path)
			for _, l := range c.Languages() {
				msg := c.Message(p, l)
				if p.Rule != "invalid" {
					assert.NotEqual(t, c.Text("rule/invalid", l), msg, "%s %s", l, p)
				}
			}
		}
	}
	assert.GreaterOrEqual(t, len(seen), 12, "the edits reach %v", seen)
}

func TestWith(t *testing.T) {
	base := vocab.New()
	fr := language.French
	c := base.With(fr, vocab.Entries{
		Terms:    map[string]vocab.Term{"life.Area/housing": {Label: "Logement", Help: "Un endroit sûr où vivre."}},
		Messages: map[string]string{"rule/after-start": "Choisissez une date après le début."},
	}).With(language.English, vocab.Entries{
		Messages: map[string]string{"rule/required": "Please fill this in."},
	})
	assert.Equal(t, []language.Tag{language.English, language.Spanish, fr}, c.Languages())
	assert.Equal(t, fr, c.Match("fr-CA"))
	term, ok := c.Term("life.Area", "housing", fr)
	assert.True(t, ok)
	assert.Equal(t, "Logement", term.Label)
	term, _ = c.Term("life.Area", "social", fr)
	assert.Equal(t, "Social", term.Label, "falls back to English")
	assert.Equal(t, "Choisissez une date après le début.", c.Message(recovery.Problem{Path: "due", Rule: "after-start"}, fr))
	assert.Equal(t, "Please fill this in.", c.Message(recovery.Problem{Path: "id", Rule: "required"}, language.English))
	assert.Equal(t, "Please fill this in.", c.Message(recovery.Problem{Path: "id", Rule: "required"}, fr))
	assert.Equal(t, "Completa este campo.", c.Message(recovery.Problem{Path: "id", Rule: "required"}, language.Spanish))
	assert.NotEmpty(t, c.Missing(fr))
	assert.NotContains(t, c.Missing(fr), "life.Area/housing")
	// The base catalogue is unchanged.
	assert.Equal(t, []language.Tag{language.English, language.Spanish}, base.Languages())
	assert.Equal(t, "Fill this in.", base.Message(recovery.Problem{Path: "id", Rule: "required"}, language.English))
	assert.Equal(t, language.English, base.Match("fr"))

	_, err := vocab.ParseEntries([]byte(`{"terms": {}, "colours": {}}`))
	assert.Error(t, err)
	e, err := vocab.ParseEntries([]byte(`{"messages": {"card/emergency": "Urgence"}}`))
	require.NoError(t, err)
	assert.Equal(t, "Urgence", base.With(fr, e).Text("card/emergency", fr))
}

// TestNoLicensedHeadings checks that no safety-plan label or help repeats a
// heading of the licensed safety plan template.
func TestNoLicensedHeadings(t *testing.T) {
	licensed := []string{
		"warning signs", "internal coping strategies", "social contacts and social settings",
		"people and social settings that provide distraction", "people whom i can ask for help",
		"professionals or agencies i can contact", "making the environment safe", "worth living for",
	}
	c := vocab.New()
	for _, l := range c.Languages() {
		for _, enum := range []string{"crisis.SafetyStep", "crisis.Field"} {
			v, _ := c.Vocabulary(enum, l)
			for _, term := range append(v.Terms, vocab.Term{Label: v.Label, Help: v.Help}) {
				for _, h := range licensed {
					assert.NotContains(t, strings.ToLower(term.Label+" "+term.Help), h, "%s %s", enum, term.Code)
				}
			}
		}
	}
}

// TestPackagesWording checks that the English prompts are the packages' own
// and that Spanish words each one differently.
func TestPackagesWording(t *testing.T) {
	c := vocab.New()
	for _, a := range life.Areas() {
		for _, tf := range strengths.Timeframes() {
			en := c.Text(vocab.PromptKey(a, tf), language.English)
			assert.Equal(t, strengths.Prompt(a, tf), en)
			es := c.Text(vocab.PromptKey(a, tf), language.Spanish)
			assert.NotEqual(t, en, es)
			assert.True(t, strings.HasPrefix(es, "¿") && strings.HasSuffix(es, "?"), es)
		}
	}
	assert.Equal(t, "¿Dónde te gustaría vivir y qué haría que se sintiera como tu hogar?",
		c.Text(vocab.PromptKey(life.AreaHousing, strengths.TimeframeDesired), c.Match("es-US")))
	for _, q := range quality.Criteria() {
		term, ok := c.Term("quality.Criterion", string(q), language.English)
		assert.True(t, ok)
		assert.Equal(t, q.Suggestion(), term.Help)
		es, _ := c.Term("quality.Criterion", string(q), language.Spanish)
		assert.NotEqual(t, term.Help, es.Help)
	}
	for _, f := range crisis.Fields() {
		term, ok := c.Term("crisis.Field", string(f), language.English)
		assert.True(t, ok)
		assert.Equal(t, f.Prompt(), term.Help)
		es, _ := c.Term("crisis.Field", string(f), language.Spanish)
		assert.NotEqual(t, term.Help, es.Help)
	}
}
