package recovery_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/recoverytest"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/fhir"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/strengths"
)

// markerRE matches the markers markPlan writes into every free-text field,
// name and email ("ZQ007Q"), case-insensitively (an email is lower-cased).
var markerRE = regexp.MustCompile(`(?i)zq\d{3}q`)

// markPlan returns the scenario's plan, with a safety plan, a toolbox and a
// strengths statement added, in which every plain string field (free text,
// names, relationships, the person ID) starts with a unique marker, every email
// is built on one, and every phone number is a unique 555-01xx number listed in
// phones. Codes (typed strings) and public emergency numbers keep their values,
// so the plan is still valid.
func markPlan(t *testing.T) (p recovery.Plan, phones []string) {
	t.Helper()
	p = richPlan()
	p.Safety = &crisis.SafetyPlan{
		ID:                id(recoverytest.KindCrisis, 2),
		WarningSigns:      []phi.Words{"I stop answering my phone"},
		InternalCoping:    []phi.Words{"Walk around the block"},
		DistractionPeople: []crisis.Contact{{Name: "Sam", Relationship: "brother", Phone: "555-0177", Consent: true}},
		DistractionPlaces: []phi.Words{"The library on Fifth"},
		AskForHelp:        []crisis.Contact{{Name: "Jordan", Relationship: "peer specialist", Phone: "555-0101", Consent: true}},
		ProfessionalHelp:  []crisis.Contact{{Name: "Clinic front desk", Phone: "555-0123"}},
		SaferEnvironment:  []phi.Words{"Keep only a week of medication at home"},
		ReasonsForLiving:  []phi.Words{"My brother"},
		Reviewed:          at,
	}
	p.Toolbox = &crisis.Toolbox{
		ID:                id(recoverytest.KindCrisis, 3),
		Tools:             []crisis.Tool{{Section: crisis.SectionFeelBetter, Text: "A hot shower"}},
		Triggers:          []crisis.Cue{{Text: "Payday", Action: "Pay rent first"}},
		EarlyWarningSigns: []crisis.Cue{{Text: "Skipping meals", Action: "Eat with Sam"}},
		Reviewed:          at,
	}
	p.Strengths.Aspects = []strengths.Aspect{{ID: id(recoverytest.KindOther, 2), Area: life.AreaHousing, Kind: strengths.AspectNeed, Text: "A quiet place"}}

	n := 0
	var mark func(v reflect.Value, field string)
	mark = func(v reflect.Value, field string) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				mark(v.Elem(), field)
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					mark(v.Field(i), v.Type().Field(i).Name)
				}
			}
		case reflect.Slice:
			for i := range v.Len() {
				mark(v.Index(i), field)
			}
		case reflect.String:
			kind := phi.KindOf(v.Type())
			if kind == phi.KindNone && v.Type() != reflect.TypeFor[string]() || v.Len() == 0 || field == "EmergencyNumbers" {
				return // a code, an unset field, or 911/988
			}
			n++
			switch kind {
			case phi.KindPhone:
				phone := fmt.Sprintf("555-01%02d", 10+n)
				phones = append(phones, phone)
				v.SetString(phone)
			case phi.KindEmail:
				v.SetString(fmt.Sprintf("zq%03dq@example.org", n))
			default:
				v.SetString(fmt.Sprintf("ZQ%03dQ %s", n, v.String()))
			}
		}
	}
	mark(reflect.ValueOf(&p).Elem(), "")
	require.Greater(t, n, 40, "markers written")
	require.NoError(t, p.Validate(), "the marked plan is valid")
	return p, phones
}

// planParts returns the plan and each part of it that carries a person's
// words, a name or a number, for printing and logging.
func planParts(p recovery.Plan) []any {
	parts := []any{p, p.Strengths}
	for _, s := range p.Strengths.Strengths {
		parts = append(parts, s)
	}
	for _, s := range p.Strengths.Aspects {
		parts = append(parts, s)
	}
	for _, g := range p.Goals {
		parts = append(parts, g)
		for _, s := range g.Steps {
			parts = append(parts, s)
		}
	}
	if p.Overdose != nil {
		parts = append(parts, p.Overdose, *p.Overdose, p.Overdose.NaloxoneCarrier, p.Overdose.CheckIn)
	}
	if p.Safety != nil {
		parts = append(parts, p.Safety, *p.Safety)
		for _, cs := range [][]crisis.Contact{p.Safety.DistractionPeople, p.Safety.AskForHelp, p.Safety.ProfessionalHelp} {
			for _, c := range cs {
				parts = append(parts, c)
			}
		}
	}
	if p.Toolbox != nil {
		parts = append(parts, p.Toolbox, *p.Toolbox)
		for _, tl := range p.Toolbox.Tools {
			parts = append(parts, tl)
		}
		for _, c := range append(p.Toolbox.Triggers, p.Toolbox.EarlyWarningSigns...) {
			parts = append(parts, c)
		}
	}
	for _, d := range p.Decisions {
		parts = append(parts, d)
		for _, o := range d.Options {
			parts = append(parts, o)
		}
		for _, pt := range d.Participants {
			parts = append(parts, pt)
		}
	}
	for _, s := range p.Supports {
		parts = append(parts, s)
	}
	for _, c := range p.CoCreators {
		parts = append(parts, c)
	}
	return parts
}

// TestNoPHIInOutput breaks a plan whose every free-text field, name, phone and
// email is marked, in many ways, and checks that no marker reaches an error
// message, a String or %v/%+v print, a slog JSON log line, Score's findings
// or, for a valid plan, the FHIR export's error, prints and logs.
func TestNoPHIInOutput(t *testing.T) {
	other := id(recoverytest.KindOther, 99)
	tests := []struct {
		name   string
		break_ func(p *recovery.Plan)
		valid  bool
	}{
		{name: "valid", break_: func(*recovery.Plan) {}, valid: true},
		{name: "invalid enums", break_: func(p *recovery.Plan) {
			p.Status = "ZQ900Q"
			p.Goals[0].Area = "ZQ901Q"
			p.Goals[1].Term = "ZQ902Q"
			p.Goals[2].Status = "ZQ903Q"
			p.Strengths.Strengths[0].Kind = "ZQ904Q"
			p.Supports[0].Role = "ZQ905Q"
			p.Decisions[0].Stage = "ZQ906Q"
			p.Toolbox.Tools[0].Section = "ZQ907Q"
			p.CoCreators[0].Role = "ZQ908Q"
		}},
		{name: "missing IDs", break_: func(p *recovery.Plan) {
			p.ID = uuid.Nil
			p.Goals[0].ID = uuid.Nil
			p.Goals[1].Steps[0].ID = uuid.Nil
			p.Strengths.Strengths[1].ID = uuid.Nil
			p.Supports[2].ID = uuid.Nil
			p.Decisions[0].ID = uuid.Nil
			p.Decisions[0].Options[1].ID = uuid.Nil
			p.Safety.ID = uuid.Nil
			p.Toolbox.ID = uuid.Nil
		}},
		{name: "duplicate IDs", break_: func(p *recovery.Plan) {
			p.Goals[1].ID = p.Goals[0].ID
			p.Supports[1].ID = p.Goals[2].ID
			p.Strengths.Strengths[2].ID = p.Strengths.Strengths[0].ID
			p.Decisions[0].Options[1].ID = p.Decisions[0].Options[0].ID
		}},
		{name: "bad phones and emails", break_: func(p *recovery.Plan) {
			p.Supports[0].Phone = "ZQ910Q call my cell"
			p.Supports[1].Email = "ZQ911Q at home"
			p.Overdose.CheckIn.Phone = "ZQ912Q"
			p.Safety.AskForHelp[0].Phone = "ZQ913Q ask at the desk"
		}},
		{name: "dangling references", break_: func(p *recovery.Plan) {
			p.Goals[0].BuildsOn = append(p.Goals[0].BuildsOn, other)
			p.Decisions[0].Goals = []uuid.UUID{other}
			p.Decisions[0].Chosen = other
			p.Overdose.NaloxoneCarrier.SupporterID = other
			p.CoCreators[1].SupporterID = other
			p.Strengths.Priorities = []uuid.UUID{other}
		}},
		{name: "too long and blank", break_: func(p *recovery.Plan) {
			p.Vision = phi.Words(strings.Repeat("ZQ920Q ", 2000))
			p.Goals[0].Statement = phi.Words(strings.Repeat("ZQ921Q ", 200))
			p.Supports[0].Name = "   "
			p.Decisions[0].Question = phi.Words(strings.Repeat("ZQ922Q ", 300))
			p.Safety.WarningSigns = append(p.Safety.WarningSigns, "")
		}},
		{name: "dates out of order", break_: func(p *recovery.Plan) {
			p.Goals[0].Due = p.Goals[0].Start.Add(-48 * 3600e9)
			p.Version = 2
			p.Created = at.Add(48 * 3600e9)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, phones := markPlan(t)
			tt.break_(&p)
			leaks := func(where, out string) {
				t.Helper()
				assert.Empty(t, markerRE.FindAllString(out, 3), "%s shows the person's words: %s", where, out)
				for _, ph := range phones {
					assert.NotContains(t, out, ph, "%s shows a phone number", where)
				}
			}

			err := p.Validate()
			if tt.valid {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, recovery.ErrInvalid)
				leaks("Validate", err.Error())
				leaks("Validate %+v", fmt.Sprintf("%+v", err))
			}

			var log bytes.Buffer
			logger := slog.New(slog.NewJSONHandler(&log, nil))
			for i, part := range planParts(p) {
				where := fmt.Sprintf("part %d (%T)", i, part)
				leaks(where+" Sprint", fmt.Sprint(part))
				leaks(where+" %v", fmt.Sprintf("%v", part))
				leaks(where+" %+v", fmt.Sprintf("%+v", part))
				leaks(where+" %#v", fmt.Sprintf("%#v", part))
				log.Reset()
				logger.Info("part", "part", part)
				leaks(where+" slog", log.String())
			}
			ranking := goals.Rank(p.Goals)
			for i, g := range ranking {
				log.Reset()
				logger.Info("ranked", "ranked", g)
				leaks(fmt.Sprintf("ranked goal %d slog", i), log.String())
			}
			log.Reset()
			logger.Info("ranking", "ranking", ranking)
			leaks("the whole ranking in slog", log.String())
			var text bytes.Buffer
			slog.New(slog.NewTextHandler(&text, nil)).Info("ranking", "ranking", ranking, "plan", p)
			leaks("slog text handler", text.String())

			q := quality.Score(p, at, nil)
			js, err := json.Marshal(q)
			require.NoError(t, err)
			leaks("Score JSON", string(js))
			leaks("Score %+v", fmt.Sprintf("%+v", q))

			b, err := fhir.Export(p, nil)
			if !tt.valid {
				require.ErrorIs(t, err, recovery.ErrInvalid)
				leaks("fhir.Export", err.Error())
				return
			}
			require.NoError(t, err)
			leaks("bundle %v", fmt.Sprintf("%v", b))
			leaks("bundle %+v", fmt.Sprintf("%+v", b))
			log.Reset()
			logger.Info("bundle", "bundle", b)
			leaks("bundle slog", log.String())
			require.NotEmpty(t, b.Entry)
			for i, e := range b.Entry {
				where := fmt.Sprintf("entry %d (%s)", i, e.Resource.ResourceType())
				leaks(where+" %v", fmt.Sprintf("%v", e.Resource))
				leaks(where+" %+v", fmt.Sprintf("%+v", e.Resource))
				log.Reset()
				logger.Info("resource", "resource", e.Resource)
				leaks(where+" slog", log.String())
			}
			// The export itself carries the person's words: the marker must
			// be there, or this test checks nothing.
			out, err := json.Marshal(b)
			require.NoError(t, err)
			assert.Regexp(t, markerRE, string(out))
		})
	}
}

// TestNoPHIInImportErrors breaks the FHIR export of the marked plan in ways a
// sending system might (a bad date, id, code or reference) and checks that
// fhir.Import's error names none of the values it read.
func TestNoPHIInImportErrors(t *testing.T) {
	p, phones := markPlan(t)
	b, err := fhir.Export(p, nil)
	require.NoError(t, err)
	good, err := json.Marshal(b)
	require.NoError(t, err)
	tests := []struct {
		name     string
		old, new *regexp.Regexp
		repl     string
	}{
		{name: "bad date", old: regexp.MustCompile(`"created":"[^"]*"`), repl: `"created":"ZQ950Q 555-0199"`},
		{name: "bad goal id", old: regexp.MustCompile(`"resourceType":"Goal","id":"[^"]*"`), repl: `"resourceType":"Goal","id":"ZQ951Q"`},
		{name: "bad code", old: regexp.MustCompile(`"lifecycleStatus":"[^"]*"`), repl: `"lifecycleStatus":"ZQ952Q"`},
		{name: "bad reference", old: regexp.MustCompile(`"reference":"urn:uuid:[^"]*"`), repl: `"reference":"ZQ953Q"`},
		{name: "bad plan status", old: regexp.MustCompile(`"status":"active","intent"`), repl: `"status":"ZQ954Q","intent"`},
		{name: "wrong JSON type", old: regexp.MustCompile(`"description":"[^"]*"`), repl: `"description":["ZQ955Q"]`},
		{name: "marker resource type", old: regexp.MustCompile(`"resourceType":"RelatedPerson"`), repl: `"resourceType":"ZQ956Q"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Regexp(t, tt.old, string(good))
			bad := tt.old.ReplaceAllLiteralString(string(good), tt.repl)
			_, skipped, err := fhir.Import([]byte(bad))
			require.Error(t, err)
			require.True(t, errors.Is(err, recovery.ErrInvalid) || errors.Is(err, fhir.ErrMalformed), "%v", err)
			out := fmt.Sprintf("%v %+v", err, skipped)
			assert.Empty(t, markerRE.FindAllString(out, 3), out)
			for _, ph := range append(phones, "555-0199") {
				assert.NotContains(t, out, ph)
			}
		})
	}
}

// TestNoPHIInAuditEvents puts a person's words where an audit event's codes,
// actor ID, reason and paths belong and checks that neither Validate nor
// String nor LogValue echoes them.
func TestNoPHIInAuditEvents(t *testing.T) {
	e := audit.Event{
		Seq: 1, ID: id(recoverytest.KindOther, 50), At: at, Subject: id(recoverytest.KindPlan, 1), Version: 1,
		Actor:   audit.Actor{ID: "ZQ960Q Sam Smith", Role: "ZQ961Q"},
		Action:  "ZQ962Q",
		Paths:   []string{"/goals/0/ZQ963Q", "/goals/0/ZQ963Q"},
		Reason:  "ZQ964Q my brother asked",
		Outcome: "ZQ965Q",
	}
	var log bytes.Buffer
	slog.New(slog.NewJSONHandler(&log, nil)).Info("event", "event", e)
	err := e.Validate()
	require.ErrorIs(t, err, recovery.ErrInvalid)
	for where, out := range map[string]string{
		"Validate": err.Error(), "String": e.String(), "%+v": fmt.Sprintf("%+v", e), "slog": log.String(),
	} {
		assert.Empty(t, markerRE.FindAllString(out, 3), "%s: %s", where, out)
	}
}
