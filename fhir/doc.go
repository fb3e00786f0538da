// Package fhir exchanges a person-centered recovery plan ([recovery.Plan]) as
// HL7 FHIR R4, so that a plan can leave the app it was written in and go with
// the person to their next provider.
//
// [Export] turns a plan into an R4 collection [Bundle]; [Import] reads such a
// bundle back; [WriteNDJSON] writes a bundle as FHIR Bulk Data NDJSON for
// research pipelines. The R4 resources are small hand-written structs
// ([CarePlan], [Goal], [Observation], [List], [RelatedPerson], [CareTeam],
// [Consent], [Provenance], [AuditEvent]) that encode with encoding/json.
//
//	b, err := fhir.Export(plan, nil)
//	if err != nil { ... }                 // the plan is invalid
//	out, err := json.Marshal(b)            // application/fhir+json
//	...
//	plan2, skipped, err := fhir.Import(out)
//
// # Valid R4, by construction and by test
//
// Codes are typed strings checked against their R4 value sets by IsValid
// ([GoalLifecycleStatus], [CarePlanIntent], which allows only the four R4
// intents and so rejects the R4B "directive", [ListMode], [ConsentState] and
// the others). Every field is omitted when empty, so [Export] never writes
// "{}", "[]", "" or a zero-value code, and Validate reports the empty
// elements a hand-built resource could still hold (a Coding{} in a slice).
// Each resource's Validate checks
// required elements, codes, the formats of [Date], [DateTime] and [Instant],
// the invariants JSON Schema cannot express and empty elements, and returns
// a *recovery.ValidationError. Its rule codes are "required", "valid" (a code
// outside its value set, a malformed date), "empty" (an element that would be
// written as {}), "id" (an id outside [A-Za-z0-9-.]{1,64}), "one-value", and
// the R4 invariant names gol-1, cpl-3, ext-1, lst-1, lst-2, ppc-1 and ppc-2
// (which stands for ppc-2 to ppc-5: a patient is required for the consent
// scopes this package writes); a Bundle reports a repeated fullUrl (bdl-7)
// as "unique".
//
// The package's tests validate every exported resource against the official
// R4 JSON schema (fhir.schema.json, vendored under testdata) and check the
// same invariants again on the JSON; CI also validates the seed scenario's
// bundle with FHIR.js, an independent validator.
//
// # The mapping
//
// Every reference inside the bundle is "urn:uuid:<id>", the entry's fullUrl;
// the plan's own UUIDs become resource ids, and the few resources without a
// UUID of their own (the Lists, the CareTeam, the Consents, the GAS score
// Observations) get name-based UUIDs derived from the plan's, so the same
// plan always gives the same bytes. The person is referred to by identifier
// only (system [Options.PersonSystem], value Plan.PersonID): no Patient
// resource is written, so no name or birth date leaves with the plan.
//
//	Plan field                  FHIR R4
//	--------------------------  -------------------------------------------------------------
//	ID                          CarePlan.id, CarePlan.identifier (urn:ietf:rfc:3986, urn:uuid:<id>)
//	Version, Replaces           CarePlan.meta.versionId, CarePlan.replaces (by identifier)
//	Status                      CarePlan.status (same codes)
//	(derived)                   CarePlan.intent: "proposal" for a draft not yet agreed, else "plan"
//	PersonID                    subject / patient / expressedBy identifier of every resource
//	Vision                      CarePlan.description
//	Created, Reviewed           CarePlan.created, extension plan-reviewed
//	AgreedAt                    Consent (scope treatment, permit, data -> the CarePlan).dateTime
//	CoCreators                  CarePlan.contributor, role in extension co-creator-role
//	Goals (order)               one Goal each, CarePlan.goal in plan order
//	Strengths.Strengths         one eLTSS Strength Observation each (code strength, valueString),
//	                            in CarePlan.supportingInfo
//	Strengths.Statements        one Observation each (code: need, ability or preference in
//	                            statement-kind; category life-area; valueString), in
//	                            CarePlan.supportingInfo after the strengths
//	Strengths.ID, AssessedAt    List "strengths": id, date; entries in recorded order
//	Strengths.Priorities        extension rank on those List entries
//	Supports                    one RelatedPerson each, in plan order
//
//	SMARTGoal field             FHIR R4 Goal
//	--------------------------  -------------------------------------------------------------
//	ID, Statement               id, description.text (the person's words)
//	Area, Term, Status          category (life-area), extension goal-term, lifecycleStatus
//	Importance                  List "goal-ranking": entry order = rank (PCO Personal Priorities
//	                            Organizer), the person's number in extension rank (ties kept)
//	Order                       List "goal-timeline", the same way
//	Measure, Due                target[0].measure.text, target[0].dueDate
//	Start                       startDate
//	Why                         note[0].text, authored by the person
//	Confidence                  extension goal-confidence
//	BuildsOn                    extension goal-builds-on -> the strength Observations
//	Steps                       CarePlan.activity: id = step ID, detail.kind Task,
//	                            detail.description = Action, detail.goal -> the Goal,
//	                            detail.scheduledPeriod.end = Due, detail.status completed with
//	                            progress[0].time = Done (else not-started)
//	Attainment                  PCO extension pco-goal-attainment-scaling, once per level +2..-2
//	                            with its LOINC answer (LA34479-8 ... LA34484-8); a target whose
//	                            measure is LOINC 107332-9; Observations focused on the Goal for
//	                            the baseline (107332-9) and the follow-up (107334-5, patient
//	                            follow-up); ratings in extensions gas-importance, gas-difficulty
//	(derived)                   achievementStatus: achieved for a completed goal; for an active,
//	                            accepted or on-hold goal improving, worsening or no-change from
//	                            the GAS follow-up against the baseline, else improving once a step
//	                            is done, else in-progress; none otherwise
//
//	Supporter field             FHIR R4
//	--------------------------  -------------------------------------------------------------
//	ID, Name                    RelatedPerson.id, name[0].text
//	Role, Relationship          relationship[0] (supporter-role), relationship[1].text
//	Phone, Email                telecom (phone, email)
//	ConsentToInvolve            a participant of the CareTeam "Circle of support"
//	ConsentToShare, ConsentedAt Consent (scope patient-privacy) whose provision permits, or
//	                            denies, the supporter (actor IRCP) access to the CarePlan;
//	                            dateTime = ConsentedAt
//
// Steps are inline activity details, as the eLTSS IG writes a "Step or
// Action". R5 removes CarePlan.activity.detail and the PCO IG already forbids
// it in favour of a reference to a Task per step; a later version of this
// package may write Tasks, and Import would then read both.
//
// Where R4 has no element for a field, it travels in an extension or a code
// of this module, under [Base] (see the Ext... and System... constants);
// other systems may ignore them.
//
// # The audit trail
//
// With [Options.Trail], each audit.Event becomes an AuditEvent in the IHE
// Basic Audit Log Patterns RESTful shape (type rest, subtype create, update,
// delete or read, the actor as the requesting agent and the recording system
// as the destination agent (DICOM 110152), the changed resource as
// a System Object entity whose details hold the sequence number, version,
// hash chain links and changed JSON paths, and the person as the Patient
// entity), and each event that changed content also becomes a Provenance
// (target, recorded, activity from v3-DataOperation, the actor as author).
//
// # Round trip, and what is lost
//
// For every plan p that passes Validate, Import of the JSON of Export(p)
// returns a plan equal to p in every field listed above, with times in UTC.
// Not carried:
//
//   - the crisis plans (Overdose, Safety, Toolbox): R4 has no resource for
//     a safety or overdose plan. The eLTSS IG carries a risk plan only as a
//     document (RiskAssessment to DocumentReference), which Import could not
//     read back into fields; a structured form (a CarePlan per crisis plan,
//     or a Questionnaire and QuestionnaireResponse) needs a profile of its
//     own, and its headings must stay codes, since the safety-plan wording
//     is under licence;
//   - the shared decisions (Decisions): R4 has no resource for a decision
//     made together, its options and the person's choice; parts fit in a
//     Communication, a Task or a QuestionnaireResponse (for the SDM scores),
//     but not the whole record without a profile of its own;
//   - the time of day of a goal's Start and Due: FHIR writes them as dates
//     (the calendar day in the time's own location), so they come back as
//     midnight UTC of that day; step dates and all other times travel to the
//     nanosecond;
//   - the location of times: they come back in UTC, the same instants;
//   - the audit trail: it is exported for the record and skipped on import.
//
// Import reads the bundle entry by entry. A resource type the package does
// not model, and a known resource the plan does not use, is reported in the
// returned [Skipped] list. Within a resource, elements the package does not
// model (a narrative, an outcomeCode, an activity given by reference rather
// than inline) are ignored, as encoding/json ignores unknown fields. For goals
// written by other systems, a goal without a life-area code takes its area
// from a PCO goal domain that names one (housing, social-functioning,
// independence, and the health domains), and a goal without a term is
// short-term. A malformed entry (bad JSON, a broken R4 rule, a
// Goal id that is not a UUID, a step pointing at a goal not in the plan) is
// an [*EntryError] with the entry's index, wrapping [ErrMalformed]; a bundle
// that reads into an invalid plan returns the plan's validation error.
//
// # Limits
//
// Import reads untrusted bytes, so before decoding it checks them in one
// pass against [MaxImportBytes] (64 MiB), [MaxDepth] (64 levels of JSON
// objects and arrays) and [MaxBundleDepth] (4 levels of resources inside
// bundle entries, counting the entries of a Bundle held in an entry as one
// level more); a bundle over a limit is an error wrapping [ErrLimit]. Within
// the limits, time and memory grow linearly with the size of the input
// (BenchmarkImportGrowth). Import's errors quote no value from the bundle: a
// JSON value that does not decode is a [*DecodeError] naming its offset or
// field and the type expected, and a [*TypeError] or [Skipped] holds a type
// name or id only when it is shaped like one.
//
// # Bulk export
//
// [WriteNDJSON] writes one file per resource type, one resource per line, as
// a FHIR Bulk Data $export does (application/fhir+ndjson), in a deterministic
// order.
//
// # Concurrency
//
// Export, Import and WriteNDJSON are pure functions: they keep no state and
// are safe to call from several goroutines. The resource types are plain
// values whose slices are shared by copies. The zero value of every datatype
// ([Coding], [CodeableConcept], [Reference], [Period], ...) is the absent
// element, which encoding leaves out; a resource's zero value lacks its
// required elements, as each type's doc says.
package fhir
