package fhir_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/fhir"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/recoverytest"
)

// carried returns what Import(Export(p)) must equal: p itself, with every
// time in UTC except a goal's Start and Due, which keep their zone (see the
// package comment).
func carried(p recovery.Plan) recovery.Plan { return utc(p) }

func roundTrip(t *testing.T, p recovery.Plan, opts *fhir.Options) (recovery.Plan, []fhir.Skipped) {
	t.Helper()
	b, err := fhir.Export(p, opts)
	require.NoError(t, err)
	raw, err := json.Marshal(b)
	require.NoError(t, err)
	got, skipped, err := fhir.Import(raw)
	require.NoError(t, err)
	return got, skipped
}

func TestRoundTrip(t *testing.T) {
	amended := scenarioPlan()
	amended.ID, amended.Version, amended.Replaces, amended.SeriesID = id("60000000", 2), 2, id("60000000", 1), id("60000000", 1)
	unranked := scenarioPlan()
	for i := range unranked.Goals {
		unranked.Goals[i].Importance, unranked.Goals[i].Order = 0, 0
	}
	unranked.Goals[2].Importance = 7 // a gap before it
	noConsents := scenarioPlan()
	for i := range noConsents.Supports {
		noConsents.Supports[i].ConsentToInvolve, noConsents.Supports[i].ConsentToShare = false, false
	}
	noConsents.Supports[1].ConsentedAt = noConsents.Created // consent asked, sharing declined
	noConsents.AgreedAt = noConsents.AgreedAt.AddDate(0, 0, 0)
	bare := recovery.Plan{ID: id("60000000", 9), Version: 1, Status: recovery.StatusDraft, PersonID: "P-0002", Created: at}
	cases := map[string]recovery.Plan{
		"scenario":    scenarioPlan(),
		"amended":     amended,
		"unranked":    unranked,
		"no consents": noConsents,
		"bare":        bare,
	}
	for name, p := range cases {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, p.Validate())
			got, _ := roundTrip(t, p, nil)
			assert.Equal(t, carried(p), got)
		})
	}
}

// TestRoundTripCarriesCrisisPlansAndDecisions checks that the parts that
// travel as QuestionnaireResponses come back whole.
func TestRoundTripCarriesCrisisPlansAndDecisions(t *testing.T) {
	var p recovery.Plan
	for _, q := range recoverytest.Plans(8, 60) {
		if q.Overdose != nil && q.Safety != nil && len(q.Decisions) > 0 {
			p = q
			break
		}
	}
	require.NotNil(t, p.Overdose, "a synthetic plan with crisis plans and decisions")
	require.NoError(t, p.Validate())
	got, _ := roundTrip(t, p, nil)
	require.NotNil(t, got.Overdose)
	require.NotNil(t, got.Safety)
	require.NotEmpty(t, got.Decisions)
	assert.Equal(t, carried(p), got)
}

func TestImportReportsSkippedEntries(t *testing.T) {
	b, err := fhir.Export(scenarioPlan(), &fhir.Options{Trail: scenarioTrail()})
	require.NoError(t, err)
	patient := fhir.OtherResource{Type: "Patient", JSON: json.RawMessage(`{"resourceType":"Patient","id":"p1"}`)}
	b.Entry = append(b.Entry[:2], append([]fhir.BundleEntry{{FullURL: "urn:uuid:p1", Resource: patient}}, b.Entry[2:]...)...)
	raw, err := json.Marshal(b)
	require.NoError(t, err)
	p, skipped, err := fhir.Import(raw)
	require.NoError(t, err)
	assert.Equal(t, carried(scenarioPlan()), p)
	require.NotEmpty(t, skipped)
	assert.Equal(t, fhir.Skipped{Index: 2, ResourceType: "Patient", ID: "p1", Reason: fhir.SkipUnknownType}, skipped[0])
	counts := map[string]int{}
	for _, s := range skipped[1:] {
		assert.Equal(t, fhir.SkipNotInPlan, s.Reason)
		counts[s.ResourceType]++
	}
	assert.Equal(t, map[string]int{"AuditEvent": 3, "Provenance": 2}, counts)
}

func TestImportMalformed(t *testing.T) {
	good, err := fhir.Export(scenarioPlan(), nil)
	require.NoError(t, err)
	raw, err := json.Marshal(good)
	require.NoError(t, err)
	goal := `{"fullUrl":"urn:uuid:10000000-0000-4000-8000-000000000001","resource":{"resourceType":"Goal","id":"10000000-0000-4000-8000-000000000001",`
	tests := []struct {
		name       string
		in         string
		index      int    // entry index of an *EntryError, -1 for a bundle-level error, -2 for any entry
		path, rule string // a validation problem the cause must list, if any
	}{
		{"not json", `{"resourceType":`, -1, "", ""},
		{"not a bundle", `{"resourceType":"Patient"}`, -1, "", ""},
		{"no careplan", `{"resourceType":"Bundle","type":"collection"}`, -1, "", ""},
		{"goal status bogus", strings.Replace(string(raw), `"lifecycleStatus":"planned"`, `"lifecycleStatus":"bogus"`, 1), 1, "lifecycleStatus", "valid"},
		{"goal without id or fullUrl", strings.Replace(string(raw), goal, `{"resource":{"resourceType":"Goal",`, 1), 0, "goal[0]", "exists"},
		{"no bundle type", strings.Replace(string(raw), `"type":"collection",`, ``, 1), -1, "type", "required"},
		{"unknown bundle type", strings.Replace(string(raw), `"type":"collection"`, `"type":"bag"`, 1), -1, "type", "valid"},
		{"repeated fullUrl", strings.Replace(string(raw), `"fullUrl":"urn:uuid:10000000-0000-4000-8000-000000000002"`, `"fullUrl":"urn:uuid:10000000-0000-4000-8000-000000000001"`, 1), -1, "entry[2].fullUrl", "bdl-7"},
		{"modifierExtension", strings.Replace(string(raw), goal, goal+`"modifierExtension":[{"url":"https://example.org/not-really","valueBoolean":true}],`, 1), 1, "modifierExtension", "modifier"},
		{"nested modifierExtension", strings.Replace(string(raw), `"target":[{`, `"target":[{"modifierExtension":[{"url":"https://example.org/x","valueBoolean":true}],`, 1), -2, "target[0].modifierExtension", "modifier"},
		{"another patient", strings.Replace(string(raw), `"value":"P-0001"}},"startDate"`, `"value":"P-0002"}},"startDate"`, 1), -2, "subject", "subject"},
		{"careplan entered in error", strings.Replace(string(raw), `"status":"active","intent":"plan"`, `"status":"entered-in-error","intent":"plan"`, 1), 0, "status", "not-in-force"},
		{"entry without resource", strings.Replace(string(raw), `"entry":[`, `"entry":[{"fullUrl":"urn:x"},`, 1), 0, "", ""},
		{"careplan wrong type", strings.Replace(string(raw), `"intent":"plan"`, `"intent":3`, 1), 0, "", ""},
		{"careplan directive", strings.Replace(string(raw), `"intent":"plan"`, `"intent":"directive"`, 1), 0, "intent", "valid"},
		{"two careplans", strings.Replace(string(raw), `"entry":[`, `"entry":[{"resource":{"resourceType":"CarePlan","status":"active","intent":"plan","subject":{"reference":"urn:x"}}},`, 1), 1, "", ""},
		{"empty object", strings.Replace(string(raw), `"subject":{`, `"category":[{}],"subject":{`, 1), 0, "category[0]", "empty"},
		{"note without text", strings.Replace(string(raw), `"subject":{`, `"note":[{}],"subject":{`, 1), 0, "note[0].text", "required"},
		{"step for a goal not in the plan", strings.Replace(string(raw), `"reasonReference":{"reference":"urn:uuid:10000000-0000-4000-8000-000000000004"`, `"reasonReference":{"reference":"urn:uuid:10000000-0000-4000-8000-000000000099"`, 1), 0, "activity[0].reference", "exists"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := fhir.Import([]byte(tt.in))
			require.Error(t, err)
			assert.ErrorIs(t, err, fhir.ErrMalformed)
			var ee *fhir.EntryError
			switch {
			case tt.index == -1:
				assert.False(t, errors.As(err, &ee), "%v", err)
			case tt.index == -2: // an entry error at whichever index
				require.ErrorAs(t, err, &ee)
			default:
				require.ErrorAs(t, err, &ee)
				assert.Equal(t, tt.index, ee.Index, "%v", err)
			}
			if tt.path != "" {
				var ve *validate.Error
				require.ErrorAs(t, err, &ve)
				assert.True(t, ve.Has(tt.path, tt.rule), "%v", ve.Problems)
			}
		})
	}
}

func TestImportInvalidPlan(t *testing.T) {
	b, err := fhir.Export(scenarioPlan(), nil)
	require.NoError(t, err)
	cp := b.Entry[0].Resource.(fhir.CarePlan)
	cp.Status = fhir.RequestUnknown // an R4 code a recovery plan does not use
	b.Entry[0].Resource = cp
	raw, err := json.Marshal(b)
	require.NoError(t, err)
	_, _, err = fhir.Import(raw)
	var ve *validate.Error
	require.ErrorAs(t, err, &ve)
	assert.ErrorIs(t, err, recovery.ErrInvalid)
	assert.True(t, ve.Has("status", "valid"), "%v", ve.Problems)
}

// TestRoundTripSynthetic checks the round trip, the R4 schema and the
// invariants on synthetic plans of every richness, from a one-goal draft to
// a plan with every part filled in.
func TestRoundTripSynthetic(t *testing.T) {
	plans := recoverytest.Plans(8, 60)
	require.Len(t, plans, 60)
	for i, p := range plans {
		b, err := fhir.Export(p, nil)
		require.NoError(t, err, "plan %d", i)
		require.NoError(t, b.Validate(), "plan %d", i)
		raw, err := json.Marshal(b)
		require.NoError(t, err)
		assert.Empty(t, invariantProblems(raw), "plan %d", i)
		for j, e := range b.Entry {
			r, err := json.Marshal(e.Resource)
			require.NoError(t, err)
			require.NoError(t, schemaErr(t, r), "plan %d entry %d", i, j)
		}
		got, skipped, err := fhir.Import(raw)
		require.NoError(t, err, "plan %d", i)
		assert.Empty(t, skipped, "plan %d", i)
		assert.Equal(t, carried(p), got, "plan %d", i)
	}
}

// utc returns a copy of p with every time in UTC, as Import returns them,
// except a goal's Start and Due, which come back in their own zone.
func utc(p recovery.Plan) recovery.Plan {
	raw, err := json.Marshal(p)
	if err != nil {
		panic(err)
	}
	var q recovery.Plan
	if err := json.Unmarshal(raw, &q); err != nil {
		panic(err)
	}
	toUTC(reflect.ValueOf(&q).Elem())
	for i := range q.Goals {
		q.Goals[i].Start, q.Goals[i].Due = p.Goals[i].Start, p.Goals[i].Due
	}
	return q
}

// toUTC sets every non-zero time.Time reachable from v to UTC.
func toUTC(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			toUTC(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			toUTC(v.Index(i))
		}
	case reflect.Struct:
		if t, ok := v.Interface().(time.Time); ok {
			if !t.IsZero() {
				v.Set(reflect.ValueOf(t.UTC()))
			}
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				toUTC(v.Field(i))
			}
		}
	}
}

// foreignBundle is written the way another system might write a plan:
// relative literal references, a Patient resource, a narrative, a PCO goal
// domain instead of a life area, the PCO GAS extension with its own level
// texts, a practitioner follow-up score.
const foreignGoal = "10000000-0000-4000-8000-0000000000aa"

var foreignBundle = `{"resourceType":"Bundle","type":"collection","entry":[
	 {"fullUrl":"https://ehr.example.org/fhir/Patient/123","resource":{"resourceType":"Patient","id":"123"}},
	 {"resource":{"resourceType":"CarePlan","id":"60000000-0000-4000-8000-0000000000aa","status":"active","intent":"plan",
	   "text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">plan</div>"},
	   "subject":{"reference":"Patient/123"},"created":"2026-03-02T10:00:00+01:00","goal":[{"reference":"Goal/` + foreignGoal + `"}]}},
	 {"resource":{"resourceType":"Goal","id":"` + foreignGoal + `","lifecycleStatus":"active",
	   "description":{"text":"I want to practice being present with family"},"subject":{"reference":"Patient/123"},
	   "category":[{"coding":[{"system":"http://hl7.org/fhir/us/pco/CodeSystem/pco-goal-domains-temporary","code":"social-functioning"}]}],
	   "startDate":"2026-03-02","target":[{"measure":{"coding":[{"system":"http://loinc.org","code":"107332-9"}]},"dueDate":"2026-07-31"}],
	   "extension":[{"url":"http://hl7.org/fhir/us/pco/StructureDefinition/pco-goal-attainment-scaling","extension":[
	     {"url":"level","valueCoding":{"system":"http://loinc.org","code":"LA34481-4"}},{"url":"text","valueString":"3 times a month"}]}],
	   "outcomeCode":[{"text":"not modelled"}]}},
	 {"resource":{"resourceType":"Observation","id":"gas-1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"107333-7"}]},
	   "focus":[{"reference":"Goal/` + foreignGoal + `"}],"valueCodeableConcept":{"coding":[{"system":"http://loinc.org","code":"LA34480-6"}]}}}
	]}`

// TestImportForeignBundle reads foreignBundle.
func TestImportForeignBundle(t *testing.T) {
	p, skipped, err := fhir.Import([]byte(foreignBundle))
	require.NoError(t, err)
	assert.Equal(t, "Patient/123", string(p.PersonID))
	assert.Equal(t, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), p.Created)
	require.Len(t, p.Goals, 1)
	goal := p.Goals[0]
	assert.Equal(t, "I want to practice being present with family", string(goal.Statement))
	assert.Equal(t, life.AreaSocial, goal.Area, "from the PCO goal domain")
	assert.Equal(t, goals.TermShort, goal.Term, "the default")
	assert.Equal(t, time.Date(2026, 7, 31, 0, 0, 0, 0, time.UTC), goal.Due, "the due date of the GAS target is the goal's")
	require.NotNil(t, goal.Attainment)
	require.NotNil(t, goal.Attainment.FollowUp)
	assert.EqualValues(t, 1, *goal.Attainment.FollowUp)
	assert.Equal(t, []fhir.Skipped{{Index: 0, ResourceType: "Patient", ID: "123", Reason: fhir.SkipUnknownType}}, skipped)
}

func TestEntryErrorWithoutCause(t *testing.T) {
	e := &fhir.EntryError{Index: 3, ResourceType: "Goal"}
	assert.Equal(t, "fhir: malformed bundle: entry 3 (Goal)", e.Error())
	assert.ErrorIs(t, e, fhir.ErrMalformed)
}
