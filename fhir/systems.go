package fhir

// The URIs of the code systems, extensions and profiles this package uses.
// The ones under [Base] are this module's own: FHIR has no standard element
// for the fields they carry, so they travel as extensions and codes that
// [Import] reads back and other systems may ignore.
const (
	// Base is the prefix of this module's own code systems and extensions.
	Base = "https://github.com/recoverykit/recovery/fhir/"

	// DefaultPersonSystem is the identifier system of the person's
	// pseudonymous ID when [Options.PersonSystem] is empty.
	DefaultPersonSystem = Base + "NamingSystem/person-id"

	// SystemURI is the identifier system whose values are URIs; this package
	// uses it to name a plan version that is not in the bundle.
	SystemURI = "urn:ietf:rfc:3986"

	// SystemLOINC is LOINC.
	SystemLOINC = "http://loinc.org"
	// SystemGoalAchievement is the code system of Goal.achievementStatus.
	SystemGoalAchievement = "http://terminology.hl7.org/CodeSystem/goal-achievement"
	// SystemELTSSObservation is the eLTSS observation code system whose
	// "strength" code marks a strength Observation.
	SystemELTSSObservation = "http://hl7.org/fhir/us/eltss/CodeSystem/eltss-observation-codes-temporary"
	// SystemListOrder is the code system of List.orderedBy.
	SystemListOrder = "http://terminology.hl7.org/CodeSystem/list-order"
	// SystemActCode is the HL7 v3 ActCode system (consent policy codes).
	SystemActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
	// SystemParticipationType is the HL7 v3 ParticipationType system
	// (consent actor roles).
	SystemParticipationType = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
	// SystemConsentAction is the code system of Consent.provision.action.
	SystemConsentAction = "http://terminology.hl7.org/CodeSystem/consentaction"
	// SystemDataOperation is the HL7 v3 DataOperation system
	// (Provenance.activity).
	SystemDataOperation = "http://terminology.hl7.org/CodeSystem/v3-DataOperation"
	// SystemProvenanceAgentType is the code system of Provenance.agent.type.
	SystemProvenanceAgentType = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
	// SystemAuditEventType is the code system of AuditEvent.type.
	SystemAuditEventType = "http://terminology.hl7.org/CodeSystem/audit-event-type"
	// SystemRestfulInteraction is the code system of AuditEvent.subtype.
	SystemRestfulInteraction = "http://hl7.org/fhir/restful-interaction"
	// SystemAuditEntityType is the code system of AuditEvent.entity.type.
	SystemAuditEntityType = "http://terminology.hl7.org/CodeSystem/audit-entity-type"
	// SystemDICOM is the DICOM code system; BALP types the system that
	// records an audit event as 110152 (Destination Role ID).
	SystemDICOM = "http://dicom.nema.org/resources/ontology/DCM"
	// SystemPurposeOfUse is the HL7 v3 PurposeOfUse system (ActReason),
	// of AuditEvent.agent.purposeOfUse, as "TREAT".
	SystemPurposeOfUse = "http://terminology.hl7.org/CodeSystem/v3-ActReason"
	// SystemObjectRole is the code system of AuditEvent.entity.role.
	SystemObjectRole = "http://terminology.hl7.org/CodeSystem/object-role"

	// SystemPCOGoalDomain is the PCO IG's goal-domain code system. Import
	// reads a goal's life area from it when the goal has no life-area code.
	SystemPCOGoalDomain = "http://hl7.org/fhir/us/pco/CodeSystem/pco-goal-domains-temporary"

	// ExtGAS is the Person-Centered Outcomes IG Goal Attainment Scaling
	// extension: one per level, each with a "level" Coding (LOINC LL6900-6)
	// and a "text".
	ExtGAS = "http://hl7.org/fhir/us/pco/StructureDefinition/pco-goal-attainment-scaling"

	// SystemLifeArea holds the life.Area codes (Goal.category,
	// Observation.category).
	SystemLifeArea = Base + "CodeSystem/life-area"
	// SystemStrengthKind holds the strengths.Kind codes.
	SystemStrengthKind = Base + "CodeSystem/strength-kind"
	// SystemStrengthTimeframe holds the strengths.Timeframe codes.
	SystemStrengthTimeframe = Base + "CodeSystem/strength-timeframe"
	// SystemStrengthSource holds the strengths.Source codes.
	SystemStrengthSource = Base + "CodeSystem/strength-source"
	// SystemStatementKind holds the strengths.StatementKind codes (need,
	// ability, preference): the code of the Observation of an assessment's
	// statement, for which neither R4 nor eLTSS has a code.
	SystemStatementKind = Base + "CodeSystem/statement-kind"
	// SystemSupporterRole holds the recovery.SupporterRole codes.
	SystemSupporterRole = Base + "CodeSystem/supporter-role"
	// SystemListKind names the Lists this package writes: "goal-ranking",
	// "goal-timeline" and "strengths".
	SystemListKind = Base + "CodeSystem/list-kind"
	// SystemAuditRole holds the audit.Role codes of an audit actor.
	SystemAuditRole = Base + "CodeSystem/audit-role"
	// SystemAuditReason holds the reason codes of audit events.
	SystemAuditReason = Base + "CodeSystem/audit-reason"
	// SystemAuditActor is the identifier system of audit actor IDs.
	SystemAuditActor = Base + "NamingSystem/audit-actor"

	// ExtGoalTerm carries goals.Term (valueCode) on a Goal.
	ExtGoalTerm = Base + "StructureDefinition/goal-term"
	// ExtGoalConfidence carries the person's 0-10 confidence (valueInteger).
	ExtGoalConfidence = Base + "StructureDefinition/goal-confidence"
	// ExtGoalBuildsOn points from a Goal to a strength Observation it builds
	// on (valueReference), once per strength.
	ExtGoalBuildsOn = Base + "StructureDefinition/goal-builds-on"
	// ExtGASImportance carries the GAS importance rating 1-3 (valueInteger).
	ExtGASImportance = Base + "StructureDefinition/gas-importance"
	// ExtGASDifficulty carries the GAS difficulty rating 1-3 (valueInteger).
	ExtGASDifficulty = Base + "StructureDefinition/gas-difficulty"
	// ExtRank carries the person's own number on a List entry: the
	// importance rank, the timeline position or the strength priority
	// (valueInteger), so ties survive.
	ExtRank = Base + "StructureDefinition/rank"
	// ExtReviewed carries when the plan was last reviewed (valueDateTime) on
	// the CarePlan.
	ExtReviewed = Base + "StructureDefinition/plan-reviewed"
	// ExtInstant carries, on a goal's startDate or dueDate (as the
	// primitive extension "_startDate" or "_dueDate"), the whole instant
	// the date was cut from, with its offset (valueInstant), so that the
	// time of day travels.
	ExtInstant = Base + "StructureDefinition/instant"
	// ExtTZCode is the core extension for the IANA time zone of a date or
	// time (valueCode, such as "America/New_York"); it stands next to
	// [ExtInstant].
	ExtTZCode = "http://hl7.org/fhir/StructureDefinition/tz-code"
	// ExtCoCreatorRole carries a co-creator's role (valueCode, the sdm.Role
	// codes) on a CarePlan.contributor reference.
	ExtCoCreatorRole = Base + "StructureDefinition/co-creator-role"
)

// The LOINC codes of Goal Attainment Scaling in the PCO IG.
const (
	// LOINCGASReported is the GAS target measure and the baseline score code
	// (107332-9).
	LOINCGASReported = "107332-9"
	// LOINCGASPractitionerFollowUp is the practitioner follow-up score code.
	LOINCGASPractitionerFollowUp = "107333-7"
	// LOINCGASPatientFollowUp is the patient follow-up score code; [Export]
	// uses it for the follow-up level, which the person rates.
	LOINCGASPatientFollowUp = "107334-5"
	// LOINCGASCaregiverFollowUp is the caregiver follow-up score code.
	LOINCGASCaregiverFollowUp = "107331-1"
	// LOINCConsent is the LOINC code of a patient consent (Consent.category).
	LOINCConsent = "59284-0"
)

// gasAnswers are the LOINC answers of LL6900-6 from +2 down to -2.
var gasAnswers = [5]string{"LA34479-8", "LA34480-6", "LA34481-4", "LA34483-0", "LA34484-8"}

// gasAnswer returns the LOINC answer code of level l (-2..+2).
func gasAnswer(l int) string { return gasAnswers[2-l] }

// gasLevel returns the level of a LOINC answer code, and false if code is not
// one.
func gasLevel(code string) (int, bool) {
	for i, a := range gasAnswers {
		if a == code {
			return 2 - i, true
		}
	}
	return 0, false
}
