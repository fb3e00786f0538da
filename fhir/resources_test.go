package fhir_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/fhir"
	"github.com/recoverykit/recovery/internal/validate"
)

func ptr[T any](v T) *T { return &v }

var person = fhir.Reference{Type: "Patient", Identifier: fhir.Identifier{System: "urn:example:person", Value: "P-0001"}}

// sampleResources holds one valid value of each resource type, filled with
// the elements the package emits.
func sampleResources() map[string]fhir.Resource {
	goalRef := fhir.Reference{Reference: "urn:uuid:10000000-0000-4000-8000-000000000004", Type: "Goal"}
	return map[string]fhir.Resource{
		"Goal": fhir.Goal{
			ID:              "10000000-0000-4000-8000-000000000004",
			LifecycleStatus: fhir.GoalActive,
			Extension: []fhir.Extension{{URL: "http://hl7.org/fhir/us/pco/StructureDefinition/pco-goal-attainment-scaling",
				Extension: []fhir.Extension{
					{URL: "level", ValueCoding: fhir.Coding{System: "http://loinc.org", Code: "LA34481-4"}},
					{URL: "text", ValueString: "expected"},
				}}},
			AchievementStatus: fhir.CodeableConcept{Coding: []fhir.Coding{{System: "http://terminology.hl7.org/CodeSystem/goal-achievement", Code: "in-progress"}}},
			Description:       fhir.CodeableConcept{Text: "I want to find a place to live"},
			Subject:           person,
			StartDate:         "2026-03-02",
			Target: []fhir.GoalTarget{{Measure: fhir.CodeableConcept{Text: "signed lease"},
				DetailString: "a lease", DueDate: "2026-06-01"}},
			ExpressedBy: person,
		},
		"CarePlan": fhir.CarePlan{
			ID: "60000000-0000-4000-8000-000000000001", Status: fhir.RequestActive, Intent: fhir.IntentPlan,
			Subject: person, Created: "2026-03-02T10:00:00Z", Goal: []fhir.Reference{goalRef},
			Activity: []fhir.CarePlanActivity{{ID: "11000000-0000-4000-8000-000000000001",
				Detail: fhir.CarePlanActivityDetail{Kind: fhir.KindTask, Status: fhir.ActivityNotStarted,
					Goal: []fhir.Reference{goalRef}, Description: "look for rentals",
					ScheduledPeriod: fhir.Period{End: "2026-03-09"}}}},
		},
		"Observation": fhir.Observation{
			ID: "20000000-0000-4000-8000-000000000001", Status: fhir.ObservationFinal,
			Code:    fhir.CodeableConcept{Coding: []fhir.Coding{{System: "http://hl7.org/fhir/us/eltss/CodeSystem/eltss-observation-codes-temporary", Code: "strength"}}},
			Subject: person, ValueString: "my brother", EffectiveDateTime: "2026-03-02T10:00:00Z",
		},
		"List": fhir.List{
			ID: "list-rank", Status: fhir.ListCurrent, Mode: fhir.ListWorking, Subject: person,
			Entry: []fhir.ListEntry{{Item: goalRef, Extension: []fhir.Extension{{URL: "urn:example:rank", ValueInteger: ptr(1)}}}},
		},
		"RelatedPerson": fhir.RelatedPerson{
			ID: "50000000-0000-4000-8000-000000000002", Patient: person, Active: ptr(true),
			Name:         []fhir.HumanName{{Text: "Alex"}},
			Telecom:      []fhir.ContactPoint{{System: fhir.ContactPhone, Value: "555-0142", Use: fhir.ContactMobile}},
			Relationship: []fhir.CodeableConcept{{Coding: []fhir.Coding{{System: "http://terminology.hl7.org/CodeSystem/v3-RoleCode", Code: "FRND"}}}},
		},
		"CareTeam": fhir.CareTeam{
			ID: "careteam", Status: fhir.CareTeamActive, Subject: person,
			Participant: []fhir.CareTeamParticipant{{Member: fhir.Reference{Reference: "urn:uuid:50000000-0000-4000-8000-000000000002", Type: "RelatedPerson"}}},
		},
		"Consent": fhir.Consent{
			ID: "consent", Status: fhir.ConsentActive,
			Scope:    fhir.CodeableConcept{Coding: []fhir.Coding{{System: fhir.SystemConsentScope, Code: "patient-privacy"}}},
			Category: []fhir.CodeableConcept{{Coding: []fhir.Coding{{System: "http://loinc.org", Code: "59284-0"}}}},
			Patient:  person, DateTime: "2026-03-02T10:00:00Z",
			PolicyRule: fhir.CodeableConcept{Coding: []fhir.Coding{{System: "http://terminology.hl7.org/CodeSystem/v3-ActCode", Code: "OPTIN"}}},
			Provision: &fhir.ConsentProvision{Type: fhir.ProvisionPermit, Actor: []fhir.ConsentActor{{
				Role:      fhir.CodeableConcept{Coding: []fhir.Coding{{System: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", Code: "IRCP"}}},
				Reference: fhir.Reference{Reference: "urn:uuid:50000000-0000-4000-8000-000000000001"}}}},
		},
		"Provenance": fhir.Provenance{
			ID: "prov", Target: []fhir.Reference{goalRef}, Recorded: "2026-03-02T10:00:00Z",
			Agent:  []fhir.ProvenanceAgent{{Who: person}},
			Entity: []fhir.ProvenanceEntity{{Role: fhir.EntityRevision, What: goalRef}},
		},
		"AuditEvent": fhir.AuditEvent{
			ID: "audit", Type: fhir.Coding{System: "http://terminology.hl7.org/CodeSystem/audit-event-type", Code: "rest"},
			Action: fhir.AuditUpdate, Recorded: "2026-03-02T10:00:00Z", Outcome: fhir.OutcomeSuccess,
			Agent:  []fhir.AuditEventAgent{{Who: person, Requestor: true}},
			Source: fhir.AuditEventSource{Observer: fhir.Reference{Display: "recoverykit"}},
			Entity: []fhir.AuditEventEntity{{What: goalRef, Detail: []fhir.AuditEventDetail{{Type: "hash", ValueString: "abc"}}}},
		},
	}
}

func TestSampleResourcesAreValidR4(t *testing.T) {
	samples := sampleResources()
	require.Len(t, samples, 9)
	for name, r := range samples {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, name, r.ResourceType())
			require.NoError(t, r.Validate())
			b, err := json.Marshal(r)
			require.NoError(t, err)
			assert.NoError(t, schemaErr(t, b))
			assert.Empty(t, invariantProblems(b))
		})
	}
}

func TestResourceJSONRoundTrip(t *testing.T) {
	for name, r := range sampleResources() {
		t.Run(name, func(t *testing.T) {
			b, err := json.Marshal(fhir.Bundle{Type: fhir.BundleCollection, Entry: []fhir.BundleEntry{{FullURL: "urn:uuid:x", Resource: r}}})
			require.NoError(t, err)
			var back fhir.Bundle
			require.NoError(t, json.Unmarshal(b, &back))
			require.Len(t, back.Entry, 1)
			assert.Equal(t, r, back.Entry[0].Resource)
		})
	}
}

func TestUnmarshalWrongResourceType(t *testing.T) {
	var g fhir.Goal
	err := json.Unmarshal([]byte(`{"resourceType":"Patient","lifecycleStatus":"active"}`), &g)
	var te *fhir.TypeError
	require.ErrorAs(t, err, &te)
	assert.Equal(t, "Goal", te.Want)
	assert.Equal(t, "Patient", te.Got)
}

// TestValidateRules breaks one rule at a time and checks that Validate reports
// it with its path and rule code, and, where noted, that the R4 schema
// catches it too or cannot.
func TestValidateRules(t *testing.T) {
	s := sampleResources()
	goal := s["Goal"].(fhir.Goal)
	plan := s["CarePlan"].(fhir.CarePlan)
	consent := s["Consent"].(fhir.Consent)
	list := s["List"].(fhir.List)
	audit := s["AuditEvent"].(fhir.AuditEvent)
	tests := []struct {
		name         string
		r            fhir.Resource
		path, rule   string
		schemaCatchs bool
	}{
		{"goal status bogus", with(goal, func(g *fhir.Goal) { g.LifecycleStatus = "bogus" }), "lifecycleStatus", "valid", true},
		{"goal status missing", with(goal, func(g *fhir.Goal) { g.LifecycleStatus = "" }), "lifecycleStatus", "required", false},
		{"goal description missing", with(goal, func(g *fhir.Goal) { g.Description = fhir.CodeableConcept{} }), "description", "required", false},
		{"goal gol-1", with(goal, func(g *fhir.Goal) { g.Target[0].Measure = fhir.CodeableConcept{} }), "target[0].measure", "gol-1", false},
		{"goal due not a day", with(goal, func(g *fhir.Goal) { g.Target[0].DueDate = "2025-13-45" }), "target[0].dueDate", "valid", true},
		{"goal due Feb 30", with(goal, func(g *fhir.Goal) { g.Target[0].DueDate = "2026-02-30" }), "target[0].dueDate", "valid", false},
		{"goal empty coding", with(goal, func(g *fhir.Goal) { g.AchievementStatus.Coding = []fhir.Coding{{}} }), "achievementStatus.coding[0]", "empty", false},
		{"goal empty concept", with(goal, func(g *fhir.Goal) { g.Priority = fhir.CodeableConcept{Coding: []fhir.Coding{}} }), "priority", "empty", false},
		{"goal ext-1", with(goal, func(g *fhir.Goal) { g.Extension[0].ValueString = "x" }), "extension[0]", "ext-1", false},
		{"goal bad id", with(goal, func(g *fhir.Goal) { g.ID = "has space" }), "id", "id", true},
		{"careplan directive", with(plan, func(p *fhir.CarePlan) { p.Intent = "directive" }), "intent", "valid", false},
		{"careplan status", with(plan, func(p *fhir.CarePlan) { p.Status = "whatever" }), "status", "valid", false},
		{"careplan cpl-3", with(plan, func(p *fhir.CarePlan) {
			p.Activity[0].Reference = fhir.Reference{Reference: "Task/1"}
		}), "activity[0]", "cpl-3", false},
		{"careplan detail status", with(plan, func(p *fhir.CarePlan) { p.Activity[0].Detail.Status = "" }), "activity[0].detail.status", "required", false},
		{"careplan empty activity", with(plan, func(p *fhir.CarePlan) { p.Activity = []fhir.CarePlanActivity{{}} }), "activity[0]", "empty", false},
		{"consent ppc-1", with(consent, func(k *fhir.Consent) { k.PolicyRule = fhir.CodeableConcept{} }), "policy", "ppc-1", false},
		{"consent ppc-2", with(consent, func(k *fhir.Consent) { k.Patient = fhir.Reference{} }), "patient", "ppc-2", false},
		{"consent category", with(consent, func(k *fhir.Consent) { k.Category = nil }), "category", "required", true},
		{"consent actor role", with(consent, func(k *fhir.Consent) {
			p := *k.Provision
			p.Actor = []fhir.ConsentActor{{Reference: p.Actor[0].Reference}}
			k.Provision = &p
		}), "provision.actor[0].role", "required", true},
		{"list lst-2", with(list, func(l *fhir.List) { l.Entry[0].Deleted = ptr(false) }), "entry[0].deleted", "lst-2", false},
		{"list mode", with(list, func(l *fhir.List) { l.Mode = "" }), "mode", "required", false},
		{"audit outcome 3", with(audit, func(e *fhir.AuditEvent) { e.Outcome = "3" }), "outcome", "valid", true},
		{"audit no agent", with(audit, func(e *fhir.AuditEvent) { e.Agent = nil }), "agent", "required", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.r.Validate()
			var ve *validate.Error
			require.ErrorAs(t, err, &ve)
			assert.True(t, errors.Is(err, validate.ErrInvalid))
			assert.True(t, ve.Has(tt.path, tt.rule), "want %s %s, got %v", tt.path, tt.rule, ve.Problems)
			b, err := json.Marshal(tt.r)
			require.NoError(t, err)
			if tt.schemaCatchs {
				assert.Error(t, schemaErr(t, b), "the schema catches this")
			}
		})
	}
}

// with returns a deep copy of r changed by f; the copy goes through JSON so
// that f never changes the shared sample.
func with[T fhir.Resource](r T, f func(*T)) fhir.Resource {
	b, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	var c T
	if err := json.Unmarshal(b, &c); err != nil {
		panic(err)
	}
	f(&c)
	return c
}

func TestDates(t *testing.T) {
	sydney := time.FixedZone("AEDT", 11*3600)
	assert.Equal(t, fhir.Date("2026-03-09"), fhir.DateOf(time.Date(2026, 3, 9, 0, 0, 0, 0, sydney)), "the day as the person wrote it")
	assert.Equal(t, fhir.Date(""), fhir.DateOf(time.Time{}))
	assert.Equal(t, fhir.DateTime("2026-03-02T10:00:00.5Z"), fhir.DateTimeOf(time.Date(2026, 3, 2, 21, 0, 0, 5e8, sydney)))
	for _, tt := range []struct {
		in    string
		date  bool
		dt    bool
		instn bool
	}{
		{"2026", true, true, false},
		{"2026-03", true, true, false},
		{"2026-03-02", true, true, false},
		{"2026-02-30", false, false, false},
		{"2025-13-45", false, false, false},
		{"2026-03-02T10:00:00Z", false, true, true},
		{"2026-03-02T10:00:00+14:00", false, true, true},
		{"2026-03-02T10:00:00", false, false, false},
		{"2026-03-02T24:00:00Z", false, false, false},
		{"0000", false, false, false},
		{"", false, false, false},
	} {
		assert.Equal(t, tt.date, fhir.Date(tt.in).IsValid(), "date %q", tt.in)
		assert.Equal(t, tt.dt, fhir.DateTime(tt.in).IsValid(), "dateTime %q", tt.in)
		assert.Equal(t, tt.instn, fhir.Instant(tt.in).IsValid(), "instant %q", tt.in)
	}
	got, err := fhir.DateTime("2026-03-02T21:00:00+11:00").Time()
	require.NoError(t, err)
	assert.Equal(t, time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC), got)
}
