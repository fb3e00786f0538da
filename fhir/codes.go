package fhir

// This file holds the R4 value sets of the codes the package emits. Each code
// type is a string whose IsValid reports whether it is one of the codes of
// its R4 value set; the zero value (the empty string) is never valid.

// oneOf reports whether s is one of codes.
func oneOf(s string, codes ...string) bool {
	for _, c := range codes {
		if s == c {
			return true
		}
	}
	return false
}

// GoalLifecycleStatus is Goal.lifecycleStatus, bound (required) to
// http://hl7.org/fhir/ValueSet/goal-status.
//
// The zero value is not a valid code. A GoalLifecycleStatus is a string and
// is safe for concurrent use.
type GoalLifecycleStatus string

// The R4 goal-status codes.
const (
	GoalProposed       GoalLifecycleStatus = "proposed"         // GoalProposed: suggested, not yet agreed.
	GoalPlanned        GoalLifecycleStatus = "planned"          // GoalPlanned: intended, not yet started.
	GoalAccepted       GoalLifecycleStatus = "accepted"         // GoalAccepted: agreed.
	GoalActive         GoalLifecycleStatus = "active"           // GoalActive: being pursued.
	GoalOnHold         GoalLifecycleStatus = "on-hold"          // GoalOnHold: paused.
	GoalCompleted      GoalLifecycleStatus = "completed"        // GoalCompleted: no longer pursued because it was met.
	GoalCancelled      GoalLifecycleStatus = "cancelled"        // GoalCancelled: stopped before it was met.
	GoalEnteredInError GoalLifecycleStatus = "entered-in-error" // GoalEnteredInError: recorded by mistake.
	GoalRejected       GoalLifecycleStatus = "rejected"         // GoalRejected: proposed and declined.
)

// IsValid reports whether s is an R4 goal-status code.
func (s GoalLifecycleStatus) IsValid() bool {
	return oneOf(string(s), "proposed", "planned", "accepted", "active", "on-hold", "completed",
		"cancelled", "entered-in-error", "rejected")
}

// RequestStatus is CarePlan.status, bound (required) to
// http://hl7.org/fhir/ValueSet/request-status.
//
// The zero value is not a valid code. A RequestStatus is a string and is safe
// for concurrent use.
type RequestStatus string

// The R4 request-status codes.
const (
	RequestDraft          RequestStatus = "draft"            // RequestDraft: being written, not yet actionable.
	RequestActive         RequestStatus = "active"           // RequestActive: in force.
	RequestOnHold         RequestStatus = "on-hold"          // RequestOnHold: paused.
	RequestRevoked        RequestStatus = "revoked"          // RequestRevoked: ended before completion.
	RequestCompleted      RequestStatus = "completed"        // RequestCompleted: done.
	RequestEnteredInError RequestStatus = "entered-in-error" // RequestEnteredInError: recorded by mistake.
	RequestUnknown        RequestStatus = "unknown"          // RequestUnknown: the status is not known.
)

// IsValid reports whether s is an R4 request-status code.
func (s RequestStatus) IsValid() bool {
	return oneOf(string(s), "draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown")
}

// CarePlanIntent is CarePlan.intent, bound (required) to
// http://hl7.org/fhir/ValueSet/care-plan-intent. R4 allows four codes only:
// "directive" was added in R4B and is rejected here.
//
// The zero value is not a valid code. A CarePlanIntent is a string and is
// safe for concurrent use.
type CarePlanIntent string

// The R4 care-plan-intent codes.
const (
	IntentProposal CarePlanIntent = "proposal" // IntentProposal: a suggestion, not yet agreed.
	IntentPlan     CarePlanIntent = "plan"     // IntentPlan: an intention to act.
	IntentOrder    CarePlanIntent = "order"    // IntentOrder: a request to act.
	IntentOption   CarePlanIntent = "option"   // IntentOption: one of several choices.
)

// IsValid reports whether i is one of the four R4 care-plan-intent codes.
func (i CarePlanIntent) IsValid() bool {
	return oneOf(string(i), "proposal", "plan", "order", "option")
}

// ActivityStatus is CarePlan.activity.detail.status, bound (required) to
// http://hl7.org/fhir/ValueSet/care-plan-activity-status.
//
// The zero value is not a valid code. An ActivityStatus is a string and is
// safe for concurrent use.
type ActivityStatus string

// The R4 care-plan-activity-status codes.
const (
	ActivityNotStarted     ActivityStatus = "not-started"      // ActivityNotStarted: not begun.
	ActivityScheduled      ActivityStatus = "scheduled"        // ActivityScheduled: planned for a time.
	ActivityInProgress     ActivityStatus = "in-progress"      // ActivityInProgress: under way.
	ActivityOnHold         ActivityStatus = "on-hold"          // ActivityOnHold: paused.
	ActivityCompleted      ActivityStatus = "completed"        // ActivityCompleted: done.
	ActivityCancelled      ActivityStatus = "cancelled"        // ActivityCancelled: will not be done.
	ActivityStopped        ActivityStatus = "stopped"          // ActivityStopped: begun and ended early.
	ActivityUnknown        ActivityStatus = "unknown"          // ActivityUnknown: the status is not known.
	ActivityEnteredInError ActivityStatus = "entered-in-error" // ActivityEnteredInError: recorded by mistake.
)

// IsValid reports whether s is an R4 care-plan-activity-status code.
func (s ActivityStatus) IsValid() bool {
	return oneOf(string(s), "not-started", "scheduled", "in-progress", "on-hold", "completed",
		"cancelled", "stopped", "unknown", "entered-in-error")
}

// ActivityKind is CarePlan.activity.detail.kind, bound (required) to
// http://hl7.org/fhir/ValueSet/care-plan-activity-kind: the resource type the
// activity would be if it were requested on its own.
//
// The zero value is not a valid code. An ActivityKind is a string and is safe
// for concurrent use.
type ActivityKind string

// The R4 care-plan-activity-kind codes.
const (
	KindAppointment          ActivityKind = "Appointment"          // KindAppointment: a meeting.
	KindCommunicationRequest ActivityKind = "CommunicationRequest" // KindCommunicationRequest: a message to send.
	KindDeviceRequest        ActivityKind = "DeviceRequest"        // KindDeviceRequest: a device to supply.
	KindMedicationRequest    ActivityKind = "MedicationRequest"    // KindMedicationRequest: a medication.
	KindNutritionOrder       ActivityKind = "NutritionOrder"       // KindNutritionOrder: a diet.
	KindTask                 ActivityKind = "Task"                 // KindTask: a task someone does.
	KindServiceRequest       ActivityKind = "ServiceRequest"       // KindServiceRequest: a service.
	KindVisionPrescription   ActivityKind = "VisionPrescription"   // KindVisionPrescription: eyewear.
)

// IsValid reports whether k is an R4 care-plan-activity-kind code.
func (k ActivityKind) IsValid() bool {
	return oneOf(string(k), "Appointment", "CommunicationRequest", "DeviceRequest", "MedicationRequest",
		"NutritionOrder", "Task", "ServiceRequest", "VisionPrescription")
}

// ObservationStatus is Observation.status, bound (required) to
// http://hl7.org/fhir/ValueSet/observation-status.
//
// The zero value is not a valid code. An ObservationStatus is a string and is
// safe for concurrent use.
type ObservationStatus string

// The R4 observation-status codes.
const (
	ObservationRegistered     ObservationStatus = "registered"       // ObservationRegistered: expected, no result yet.
	ObservationPreliminary    ObservationStatus = "preliminary"      // ObservationPreliminary: early, may change.
	ObservationFinal          ObservationStatus = "final"            // ObservationFinal: complete and verified.
	ObservationAmended        ObservationStatus = "amended"          // ObservationAmended: changed after final.
	ObservationCorrected      ObservationStatus = "corrected"        // ObservationCorrected: amended to fix an error.
	ObservationCancelled      ObservationStatus = "cancelled"        // ObservationCancelled: not made.
	ObservationEnteredInError ObservationStatus = "entered-in-error" // ObservationEnteredInError: recorded by mistake.
	ObservationUnknown        ObservationStatus = "unknown"          // ObservationUnknown: the status is not known.
)

// IsValid reports whether s is an R4 observation-status code.
func (s ObservationStatus) IsValid() bool {
	return oneOf(string(s), "registered", "preliminary", "final", "amended", "corrected", "cancelled",
		"entered-in-error", "unknown")
}

// ListStatus is List.status, bound (required) to
// http://hl7.org/fhir/ValueSet/list-status.
//
// The zero value is not a valid code. A ListStatus is a string and is safe
// for concurrent use.
type ListStatus string

// The R4 list-status codes.
const (
	ListCurrent        ListStatus = "current"          // ListCurrent: in use.
	ListRetired        ListStatus = "retired"          // ListRetired: no longer used.
	ListEnteredInError ListStatus = "entered-in-error" // ListEnteredInError: recorded by mistake.
)

// IsValid reports whether s is an R4 list-status code.
func (s ListStatus) IsValid() bool {
	return oneOf(string(s), "current", "retired", "entered-in-error")
}

// ListMode is List.mode, bound (required) to
// http://hl7.org/fhir/ValueSet/list-mode.
//
// The zero value is not a valid code. A ListMode is a string and is safe for
// concurrent use.
type ListMode string

// The R4 list-mode codes.
const (
	ListWorking  ListMode = "working"  // ListWorking: a list kept up to date, as the PCO priorities organizer is.
	ListSnapshot ListMode = "snapshot" // ListSnapshot: a list as it was at one time.
	ListChanges  ListMode = "changes"  // ListChanges: a list of changes.
)

// IsValid reports whether m is an R4 list-mode code.
func (m ListMode) IsValid() bool {
	return oneOf(string(m), "working", "snapshot", "changes")
}

// CareTeamStatus is CareTeam.status, bound (required) to
// http://hl7.org/fhir/ValueSet/care-team-status.
//
// The zero value is not a valid code. A CareTeamStatus is a string and is
// safe for concurrent use.
type CareTeamStatus string

// The R4 care-team-status codes.
const (
	CareTeamProposed       CareTeamStatus = "proposed"         // CareTeamProposed: being formed.
	CareTeamActive         CareTeamStatus = "active"           // CareTeamActive: in use.
	CareTeamSuspended      CareTeamStatus = "suspended"        // CareTeamSuspended: paused.
	CareTeamInactive       CareTeamStatus = "inactive"         // CareTeamInactive: no longer in use.
	CareTeamEnteredInError CareTeamStatus = "entered-in-error" // CareTeamEnteredInError: recorded by mistake.
)

// IsValid reports whether s is an R4 care-team-status code.
func (s CareTeamStatus) IsValid() bool {
	return oneOf(string(s), "proposed", "active", "suspended", "inactive", "entered-in-error")
}

// ConsentState is Consent.status, bound (required) to
// http://hl7.org/fhir/ValueSet/consent-state-codes.
//
// The zero value is not a valid code. A ConsentState is a string and is safe
// for concurrent use.
type ConsentState string

// The R4 consent-state-codes.
const (
	ConsentDraft          ConsentState = "draft"            // ConsentDraft: being written.
	ConsentProposed       ConsentState = "proposed"         // ConsentProposed: offered, not yet agreed.
	ConsentActive         ConsentState = "active"           // ConsentActive: in force.
	ConsentRejected       ConsentState = "rejected"         // ConsentRejected: declined.
	ConsentInactive       ConsentState = "inactive"         // ConsentInactive: no longer in force.
	ConsentEnteredInError ConsentState = "entered-in-error" // ConsentEnteredInError: recorded by mistake.
)

// IsValid reports whether s is an R4 consent-state code.
func (s ConsentState) IsValid() bool {
	return oneOf(string(s), "draft", "proposed", "active", "rejected", "inactive", "entered-in-error")
}

// ProvisionType is Consent.provision.type, bound (required) to
// http://hl7.org/fhir/ValueSet/consent-provision-type.
//
// The zero value is not a valid code. A ProvisionType is a string and is safe
// for concurrent use.
type ProvisionType string

// The R4 consent-provision-type codes.
const (
	ProvisionDeny   ProvisionType = "deny"   // ProvisionDeny: the actions are refused.
	ProvisionPermit ProvisionType = "permit" // ProvisionPermit: the actions are allowed.
)

// IsValid reports whether t is "deny" or "permit".
func (t ProvisionType) IsValid() bool { return t == ProvisionDeny || t == ProvisionPermit }

// EntityRole is Provenance.entity.role, bound (required) to
// http://hl7.org/fhir/ValueSet/provenance-entity-role.
//
// The zero value is not a valid code. An EntityRole is a string and is safe
// for concurrent use.
type EntityRole string

// The R4 provenance-entity-role codes.
const (
	EntityDerivation EntityRole = "derivation" // EntityDerivation: the target was derived from it.
	EntityRevision   EntityRole = "revision"   // EntityRevision: the target is a revision of it.
	EntityQuotation  EntityRole = "quotation"  // EntityQuotation: the target quotes it.
	EntitySource     EntityRole = "source"     // EntitySource: it is the source of the target.
	EntityRemoval    EntityRole = "removal"    // EntityRemoval: the target removed it.
)

// IsValid reports whether r is an R4 provenance-entity-role code.
func (r EntityRole) IsValid() bool {
	return oneOf(string(r), "derivation", "revision", "quotation", "source", "removal")
}

// AuditAction is AuditEvent.action, bound (required) to
// http://hl7.org/fhir/ValueSet/audit-event-action.
//
// The zero value is not a valid code. An AuditAction is a string and is safe
// for concurrent use.
type AuditAction string

// The R4 audit-event-action codes.
const (
	AuditCreate  AuditAction = "C" // AuditCreate: create.
	AuditRead    AuditAction = "R" // AuditRead: read, view or print.
	AuditUpdate  AuditAction = "U" // AuditUpdate: update.
	AuditDelete  AuditAction = "D" // AuditDelete: delete.
	AuditExecute AuditAction = "E" // AuditExecute: execute, such as a search or a disclosure.
)

// IsValid reports whether a is one of C, R, U, D, E.
func (a AuditAction) IsValid() bool { return oneOf(string(a), "C", "R", "U", "D", "E") }

// AuditOutcome is AuditEvent.outcome, bound (required) to
// http://hl7.org/fhir/ValueSet/audit-event-outcome.
//
// The zero value is not a valid code. An AuditOutcome is a string and is safe
// for concurrent use.
type AuditOutcome string

// The R4 audit-event-outcome codes.
const (
	OutcomeSuccess      AuditOutcome = "0"  // OutcomeSuccess: the action succeeded.
	OutcomeMinorFailure AuditOutcome = "4"  // OutcomeMinorFailure: it failed and was retried.
	OutcomeSerious      AuditOutcome = "8"  // OutcomeSerious: it failed, the request could not be met.
	OutcomeMajorFailure AuditOutcome = "12" // OutcomeMajorFailure: it failed and the system is unavailable.
)

// IsValid reports whether o is one of 0, 4, 8, 12.
func (o AuditOutcome) IsValid() bool { return oneOf(string(o), "0", "4", "8", "12") }

// BundleType is Bundle.type, bound (required) to
// http://hl7.org/fhir/ValueSet/bundle-type.
//
// The zero value is not a valid code. A BundleType is a string and is safe
// for concurrent use.
type BundleType string

// The R4 bundle-type codes.
const (
	BundleDocument            BundleType = "document"             // BundleDocument: a document, Composition first.
	BundleMessage             BundleType = "message"              // BundleMessage: a message, MessageHeader first.
	BundleTransaction         BundleType = "transaction"          // BundleTransaction: a transaction to process.
	BundleTransactionResponse BundleType = "transaction-response" // BundleTransactionResponse: its response.
	BundleBatch               BundleType = "batch"                // BundleBatch: a batch to process.
	BundleBatchResponse       BundleType = "batch-response"       // BundleBatchResponse: its response.
	BundleHistory             BundleType = "history"              // BundleHistory: a history list.
	BundleSearchset           BundleType = "searchset"            // BundleSearchset: search results.
	BundleCollection          BundleType = "collection"           // BundleCollection: a set of resources; what Export emits.
)

// IsValid reports whether t is an R4 bundle-type code.
func (t BundleType) IsValid() bool {
	return oneOf(string(t), "document", "message", "transaction", "transaction-response", "batch",
		"batch-response", "history", "searchset", "collection")
}

// Gender is RelatedPerson.gender, bound (required) to
// http://hl7.org/fhir/ValueSet/administrative-gender.
//
// The zero value is not a valid code. A Gender is a string and is safe for
// concurrent use.
type Gender string

// The R4 administrative-gender codes.
const (
	GenderMale    Gender = "male"    // GenderMale: male.
	GenderFemale  Gender = "female"  // GenderFemale: female.
	GenderOther   Gender = "other"   // GenderOther: other.
	GenderUnknown Gender = "unknown" // GenderUnknown: not known.
)

// IsValid reports whether g is an R4 administrative-gender code.
func (g Gender) IsValid() bool { return oneOf(string(g), "male", "female", "other", "unknown") }

// ContactSystem is ContactPoint.system, bound (required) to
// http://hl7.org/fhir/ValueSet/contact-point-system.
//
// The zero value is not a valid code. A ContactSystem is a string and is safe
// for concurrent use.
type ContactSystem string

// The R4 contact-point-system codes.
const (
	ContactPhone ContactSystem = "phone" // ContactPhone: a telephone number.
	ContactFax   ContactSystem = "fax"   // ContactFax: a fax number.
	ContactEmail ContactSystem = "email" // ContactEmail: an email address.
	ContactPager ContactSystem = "pager" // ContactPager: a pager number.
	ContactURL   ContactSystem = "url"   // ContactURL: a web address.
	ContactSMS   ContactSystem = "sms"   // ContactSMS: a number for text messages.
	ContactOther ContactSystem = "other" // ContactOther: something else.
)

// IsValid reports whether s is an R4 contact-point-system code.
func (s ContactSystem) IsValid() bool {
	return oneOf(string(s), "phone", "fax", "email", "pager", "url", "sms", "other")
}

// ContactUse is ContactPoint.use, bound (required) to
// http://hl7.org/fhir/ValueSet/contact-point-use.
//
// The zero value is not a valid code. A ContactUse is a string and is safe
// for concurrent use.
type ContactUse string

// The R4 contact-point-use codes.
const (
	ContactHome   ContactUse = "home"   // ContactHome: at home.
	ContactWork   ContactUse = "work"   // ContactWork: at work.
	ContactTemp   ContactUse = "temp"   // ContactTemp: for a while.
	ContactOld    ContactUse = "old"    // ContactOld: no longer in use.
	ContactMobile ContactUse = "mobile" // ContactMobile: a mobile device.
)

// IsValid reports whether u is an R4 contact-point-use code.
func (u ContactUse) IsValid() bool { return oneOf(string(u), "home", "work", "temp", "old", "mobile") }

// IdentifierUse is Identifier.use, bound (required) to
// http://hl7.org/fhir/ValueSet/identifier-use.
//
// The zero value is not a valid code. An IdentifierUse is a string and is
// safe for concurrent use.
type IdentifierUse string

// The R4 identifier-use codes.
const (
	IdentifierUsual     IdentifierUse = "usual"     // IdentifierUsual: the one normally used.
	IdentifierOfficial  IdentifierUse = "official"  // IdentifierOfficial: the most reliable.
	IdentifierTemp      IdentifierUse = "temp"      // IdentifierTemp: temporary.
	IdentifierSecondary IdentifierUse = "secondary" // IdentifierSecondary: for a narrow context.
	IdentifierOld       IdentifierUse = "old"       // IdentifierOld: no longer in use.
)

// IsValid reports whether u is an R4 identifier-use code.
func (u IdentifierUse) IsValid() bool {
	return oneOf(string(u), "usual", "official", "temp", "secondary", "old")
}

// ConsentDataMeaning is Consent.provision.data.meaning, bound (required) to
// http://hl7.org/fhir/ValueSet/consent-data-meaning.
//
// The zero value is not a valid code. A ConsentDataMeaning is a string and is
// safe for concurrent use.
type ConsentDataMeaning string

// The R4 consent-data-meaning codes.
const (
	MeaningInstance   ConsentDataMeaning = "instance"   // MeaningInstance: the resource itself.
	MeaningRelated    ConsentDataMeaning = "related"    // MeaningRelated: the resource and what it links to.
	MeaningDependents ConsentDataMeaning = "dependents" // MeaningDependents: the resource and what depends on it.
	MeaningAuthoredBy ConsentDataMeaning = "authoredby" // MeaningAuthoredBy: what the referenced party wrote.
)

// IsValid reports whether m is an R4 consent-data-meaning code.
func (m ConsentDataMeaning) IsValid() bool {
	return oneOf(string(m), "instance", "related", "dependents", "authoredby")
}

// QuestionnaireItemType is Questionnaire.item.type, bound (required) to
// http://hl7.org/fhir/ValueSet/item-type.
//
// The zero value is not a valid code. A QuestionnaireItemType is a string
// and is safe for concurrent use.
type QuestionnaireItemType string

// IsValid reports whether t is an R4 item-type code.
func (t QuestionnaireItemType) IsValid() bool {
	return oneOf(string(t), "group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time",
		"string", "text", "url", "choice", "open-choice", "attachment", "reference", "quantity")
}

// PublicationStatus is the status of a conformance resource (Questionnaire,
// CodeSystem, ValueSet, StructureDefinition, NamingSystem), bound (required)
// to http://hl7.org/fhir/ValueSet/publication-status.
//
// The zero value is not a valid code. A PublicationStatus is a string and is
// safe for concurrent use.
type PublicationStatus string

// The R4 publication-status codes.
const (
	PublicationDraft   PublicationStatus = "draft"   // PublicationDraft: not ready for use.
	PublicationActive  PublicationStatus = "active"  // PublicationActive: ready for use; what this package publishes.
	PublicationRetired PublicationStatus = "retired" // PublicationRetired: no longer to be used.
	PublicationUnknown PublicationStatus = "unknown" // PublicationUnknown: not known.
)

// IsValid reports whether s is an R4 publication-status code.
func (s PublicationStatus) IsValid() bool {
	return oneOf(string(s), "draft", "active", "retired", "unknown")
}

// ResponseStatus is QuestionnaireResponse.status, bound (required) to
// http://hl7.org/fhir/ValueSet/questionnaire-answers-status.
//
// The zero value is not a valid code. A ResponseStatus is a string and is
// safe for concurrent use.
type ResponseStatus string

// The R4 questionnaire-answers-status codes.
const (
	ResponseInProgress     ResponseStatus = "in-progress"      // ResponseInProgress: being filled in.
	ResponseCompleted      ResponseStatus = "completed"        // ResponseCompleted: done; what Export writes.
	ResponseAmended        ResponseStatus = "amended"          // ResponseAmended: changed after completion.
	ResponseEnteredInError ResponseStatus = "entered-in-error" // ResponseEnteredInError: recorded by mistake.
	ResponseStopped        ResponseStatus = "stopped"          // ResponseStopped: abandoned before completion.
)

// IsValid reports whether s is an R4 questionnaire-answers-status code.
func (s ResponseStatus) IsValid() bool {
	return oneOf(string(s), "in-progress", "completed", "amended", "entered-in-error", "stopped")
}

// TaskStatus is Task.status, bound (required) to
// http://hl7.org/fhir/ValueSet/task-status.
//
// The zero value is not a valid code. A TaskStatus is a string and is safe
// for concurrent use.
type TaskStatus string

// The R4 task-status codes this package writes; IsValid accepts them all.
const (
	TaskRequested      TaskStatus = "requested"        // TaskRequested: a step not done yet.
	TaskCompleted      TaskStatus = "completed"        // TaskCompleted: a step done.
	TaskCancelled      TaskStatus = "cancelled"        // TaskCancelled: stopped before it was done.
	TaskEnteredInError TaskStatus = "entered-in-error" // TaskEnteredInError: recorded by mistake.
)

// IsValid reports whether s is an R4 task-status code.
func (s TaskStatus) IsValid() bool {
	return oneOf(string(s), "draft", "requested", "received", "accepted", "rejected", "ready", "cancelled",
		"in-progress", "on-hold", "failed", "completed", "entered-in-error")
}

// TaskIntent is Task.intent, bound (required) to
// http://hl7.org/fhir/ValueSet/task-intent.
//
// The zero value is not a valid code. A TaskIntent is a string and is safe
// for concurrent use.
type TaskIntent string

// TaskIntentPlan is the intent of a step of a plan.
const TaskIntentPlan TaskIntent = "plan"

// IsValid reports whether i is an R4 task-intent code.
func (i TaskIntent) IsValid() bool {
	return oneOf(string(i), "unknown", "proposal", "plan", "order", "original-order", "reflex-order",
		"filler-order", "instance-order", "option")
}

// HTTPVerb is Bundle.entry.request.method, bound (required) to
// http://hl7.org/fhir/ValueSet/http-verb.
//
// The zero value is not a valid code. An HTTPVerb is a string and is safe for
// concurrent use.
type HTTPVerb string

// HTTPPut is the method of each entry of a transaction [Export] writes.
const HTTPPut HTTPVerb = "PUT"

// IsValid reports whether v is an R4 http-verb code.
func (v HTTPVerb) IsValid() bool {
	return oneOf(string(v), "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH")
}
