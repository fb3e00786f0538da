package fhir_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/fhir"
)

// TestCodes checks every code type against its R4 value set: each code is
// valid, and near misses (empty, wrong case, a code of a later release or of
// another value set) are not.
func TestCodes(t *testing.T) {
	tests := []struct {
		name    string
		valid   func(string) bool
		codes   []string
		invalid []string
	}{
		{"goal-status", func(s string) bool { return fhir.GoalLifecycleStatus(s).IsValid() },
			[]string{"proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled", "entered-in-error", "rejected"},
			[]string{"", "Active", "in-progress"}},
		{"request-status", func(s string) bool { return fhir.RequestStatus(s).IsValid() },
			[]string{"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
			[]string{"", "whatever", "cancelled"}},
		{"care-plan-intent", func(s string) bool { return fhir.CarePlanIntent(s).IsValid() },
			[]string{"proposal", "plan", "order", "option"},
			[]string{"", "directive", "Plan"}},
		{"care-plan-activity-status", func(s string) bool { return fhir.ActivityStatus(s).IsValid() },
			[]string{"not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled", "stopped", "unknown", "entered-in-error"},
			[]string{"", "done"}},
		{"care-plan-activity-kind", func(s string) bool { return fhir.ActivityKind(s).IsValid() },
			[]string{"Appointment", "CommunicationRequest", "DeviceRequest", "MedicationRequest", "NutritionOrder", "Task", "ServiceRequest", "VisionPrescription"},
			[]string{"", "task", "Goal"}},
		{"observation-status", func(s string) bool { return fhir.ObservationStatus(s).IsValid() },
			[]string{"registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"},
			[]string{"", "Final"}},
		{"list-status", func(s string) bool { return fhir.ListStatus(s).IsValid() },
			[]string{"current", "retired", "entered-in-error"}, []string{"", "active"}},
		{"list-mode", func(s string) bool { return fhir.ListMode(s).IsValid() },
			[]string{"working", "snapshot", "changes"}, []string{"", "ranked"}},
		{"care-team-status", func(s string) bool { return fhir.CareTeamStatus(s).IsValid() },
			[]string{"proposed", "active", "suspended", "inactive", "entered-in-error"}, []string{"", "on-hold"}},
		{"consent-state-codes", func(s string) bool { return fhir.ConsentState(s).IsValid() },
			[]string{"draft", "proposed", "active", "rejected", "inactive", "entered-in-error"}, []string{"", "not-done"}},
		{"consent-provision-type", func(s string) bool { return fhir.ProvisionType(s).IsValid() },
			[]string{"deny", "permit"}, []string{"", "allow"}},
		{"consent-data-meaning", func(s string) bool { return fhir.ConsentDataMeaning(s).IsValid() },
			[]string{"instance", "related", "dependents", "authoredby"}, []string{"", "authored-by"}},
		{"provenance-entity-role", func(s string) bool { return fhir.EntityRole(s).IsValid() },
			[]string{"derivation", "revision", "quotation", "source", "removal"}, []string{"", "instantiates"}},
		{"audit-event-action", func(s string) bool { return fhir.AuditAction(s).IsValid() },
			[]string{"C", "R", "U", "D", "E"}, []string{"", "c", "X"}},
		{"audit-event-outcome", func(s string) bool { return fhir.AuditOutcome(s).IsValid() },
			[]string{"0", "4", "8", "12"}, []string{"", "3", "success"}},
		{"bundle-type", func(s string) bool { return fhir.BundleType(s).IsValid() },
			[]string{"document", "message", "transaction", "transaction-response", "batch", "batch-response", "history", "searchset", "collection"},
			[]string{"", "subscription-notification"}},
		{"administrative-gender", func(s string) bool { return fhir.Gender(s).IsValid() },
			[]string{"male", "female", "other", "unknown"}, []string{"", "M"}},
		{"contact-point-system", func(s string) bool { return fhir.ContactSystem(s).IsValid() },
			[]string{"phone", "fax", "email", "pager", "url", "sms", "other"}, []string{"", "tel"}},
		{"contact-point-use", func(s string) bool { return fhir.ContactUse(s).IsValid() },
			[]string{"home", "work", "temp", "old", "mobile"}, []string{"", "cell"}},
		{"identifier-use", func(s string) bool { return fhir.IdentifierUse(s).IsValid() },
			[]string{"usual", "official", "temp", "secondary", "old"}, []string{"", "primary"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range tt.codes {
				assert.True(t, tt.valid(c), "%q is an R4 code", c)
			}
			for _, c := range tt.invalid {
				assert.False(t, tt.valid(c), "%q is not", c)
			}
		})
	}
}

// TestEntryResourceType reads resources whose resourceType is not the first
// key, after values of every JSON kind, as other systems may write them.
func TestEntryResourceType(t *testing.T) {
	tests := []struct {
		in, want string
		err      bool
	}{
		{`{"resourceType":"Goal","lifecycleStatus":"active"}`, "Goal", false},
		{`{"id":"x","meta":{"tag":[{"code":"}]\"{"}]},"n":-1.5e3,"b":true,"z":null,"resourceType":"Patient"}`, "Patient", false},
		{` { "text" : "a\"b\\" , "resourceType" : "Basic" } `, "Basic", false},
		{`{"resource\u0054ype":"Basic"}`, "Basic", false},
		{`{"id":"x"}`, "", true},
		{`{"id":"x",}`, "", true},
		{`[1,2]`, "", true},
		{`{"meta":{"a":[1,2}`, "", true},
		{`{"id":"unterminated`, "", true},
	}
	for _, tt := range tests {
		var e fhir.BundleEntry
		err := json.Unmarshal([]byte(`{"resource":`+tt.in+`}`), &e)
		if tt.err {
			assert.Error(t, err, tt.in)
			continue
		}
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, e.Resource.ResourceType(), tt.in)
	}
}
