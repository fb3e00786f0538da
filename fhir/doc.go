// Package fhir exchanges a person-centered recovery plan ([recovery.Plan]) as
// HL7 FHIR R4, so that a plan can leave the app it was written in and go with
// the person to their next provider, whole: goals and steps, strengths,
// supporters and consents, the crisis plans and the shared decisions.
//
// [Export] turns a plan into an R4 collection [Bundle] (or, with
// [Options.Transaction], a transaction a FHIR server accepts at its base);
// [Import] reads such a bundle back, and reads other systems' bundles
// safely; [WriteNDJSON] writes a bundle as FHIR Bulk Data NDJSON for research
// pipelines; [Conformance] and [PackageFiles] give the FHIR package of the
// forms, codes and extensions the bundles use. The R4 resources are small
// hand-written structs ([CarePlan], [Goal], [Task], [Observation], [List],
// [RelatedPerson], [CareTeam], [Consent], [QuestionnaireResponse],
// [Provenance], [AuditEvent], and the conformance types) that encode with
// encoding/json.
//
//	b, err := fhir.Export(plan, nil)
//	if err != nil { ... }                 // the plan is invalid
//	out, err := b.MarshalJSON()            // application/fhir+json
//	...
//	plan2, skipped, err := fhir.Import(out)
//
// # Getting the bytes
//
// Call the bundle's MarshalJSON method: it writes each resource once, and
// what it returns is already compact, valid JSON. json.Marshal(b) gives the
// same bytes but, as it does for every MarshalJSON, scans and compacts them
// a second time: BenchmarkBundleBytes measures both against a plan decode
// in one run.
//
// # Valid R4, by construction and by test
//
// Codes are typed strings checked against their R4 value sets by IsValid
// ([GoalLifecycleStatus], [CarePlanIntent], which allows only the four R4
// intents and so rejects the R4B "directive", [ListMode], [ConsentState],
// [TaskStatus], [ResponseStatus] and the others). Every field is omitted
// when empty, so [Export] never writes "{}", "[]", "" or a zero-value code,
// and Validate reports the empty elements a hand-built resource could still
// hold (a Coding{} in a slice). Each resource's Validate checks required
// elements, codes, the formats of [Date], [DateTime] and [Instant], the
// invariants JSON Schema cannot express and empty elements, and returns a
// *recovery.ValidationError. Its rule codes are "required", "valid" (a code
// outside its value set, a malformed date), "empty" (an element that would
// be written as {}), "id" (an id outside [A-Za-z0-9-.]{1,64}), "one-value",
// and the R4 invariant names gol-1, cpl-3, ext-1, lst-1, lst-2, ppc-1,
// ppc-2 (which stands for ppc-2 to ppc-5: a patient is required for the
// consent scopes this package writes), qrs-1, que-1, que-9 and bdl-3; a
// Bundle reports a repeated fullUrl (bdl-7) as "unique".
//
// Four independent checkers accept what Export writes, and each is shown to
// reject a broken resource of every kind it checks: the package's tests
// validate every exported resource against the official R4 JSON schema
// (fhir.schema.json, vendored under testdata) and check the invariants again
// on the JSON; CI runs FHIR.js, the R4 FHIRPath invariants (ele-1, ext-1,
// dom-2/4/5, ref-1, gol-1, cpl-3, lst-1..3, ppc-1..5, obs-6/7, qrs-1/2,
// que-1/2, csd-1, bdl-1..12, with the npm fhirpath engine and its R4 model)
// and google/fhir's strict R4 parser (the test-only module fhir/conformance)
// on the seed plans, 500 synthetic plans and the conformance package.
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
//	ID                          CarePlan.id
//	Series()                    CarePlan.identifier (urn:ietf:rfc:3986, urn:uuid:<series>), shared
//	                            by every version and named by the trail's Provenance targets
//	Version, Replaces           CarePlan.meta.versionId, CarePlan.replaces ("CarePlan/<id>")
//	Status                      CarePlan.status (same codes)
//	(derived)                   CarePlan.intent: "proposal" for a draft not yet agreed, else "plan"
//	PersonID                    subject / patient / for / expressedBy identifier of every resource
//	Vision                      CarePlan.description
//	Language                    CarePlan.language (BCP 47)
//	Created, Reviewed           CarePlan.created, extension plan-reviewed
//	AgreedAt                    Consent (scope treatment, permit, data -> the CarePlan).dateTime
//	CoCreators                  CarePlan.contributor, role in extension co-creator-role
//	Goals (order)               one Goal each, CarePlan.goal in plan order
//	Strengths.Strengths         one eLTSS Strength Observation each (code strength, valueString),
//	                            in CarePlan.supportingInfo
//	Strengths.Aspects           one Observation each (code: need, ability or preference in
//	                            statement-kind; category life-area; valueString), in
//	                            CarePlan.supportingInfo after the strengths
//	Strengths.ID, AssessedAt    List "strengths": id, date; entries in recorded order
//	Strengths.Priorities        extension rank on those List entries
//	Overdose, Safety, Toolbox   one QuestionnaireResponse each (see "The forms"), in
//	                            CarePlan.supportingInfo after the statements
//	Decisions (order)           one QuestionnaireResponse each, after the crisis plans
//	Supports (order)            one RelatedPerson each, and List "supporters" in plan order
//
//	SMARTGoal field             FHIR R4 Goal
//	--------------------------  -------------------------------------------------------------
//	ID, Statement               id, description.text (the person's words)
//	Area, Term, Status          category (life-area), extension goal-term, lifecycleStatus
//	Importance                  List "goal-ranking": entry order = rank (PCO Personal Priorities
//	                            Organizer), the person's number in extension rank (ties kept)
//	Order                       List "goal-timeline", the same way
//	Measure                     target[0].measure.text
//	Start, Due                  startDate, target[0].dueDate: the calendar day in the time's own
//	                            zone, with the whole instant (its offset kept) in extension
//	                            instant and the IANA zone in the core extension tz-code, both
//	                            on the date element (_startDate, _dueDate)
//	Why                         note[0].text, authored by the person
//	Confidence                  extension goal-confidence
//	BuildsOn                    extension goal-builds-on -> the strength Observations
//	Steps (order)               one Task each, referenced from CarePlan.activity.reference in
//	                            plan order: id = step ID, description = Action,
//	                            reasonReference -> the Goal, basedOn -> the CarePlan, for = the
//	                            person, restriction.period.end = Due, status requested, or
//	                            completed with executionPeriod.end = Done
//	Attainment                  PCO extension pco-goal-attainment-scaling, once per level +2..-2
//	                            with its LOINC answer (LA34479-8 ... LA34484-8); a target whose
//	                            measure is LOINC 107332-9; Observations focused on the Goal for
//	                            the baseline (107332-9) and the follow-up (107334-5, patient
//	                            follow-up), each with the person as performer and an
//	                            effectiveDateTime (the baseline: the goal's Start, else the
//	                            plan's Created; the follow-up: the plan's Reviewed, else
//	                            Created), as PCO requires; ratings in extensions
//	                            gas-importance, gas-difficulty
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
// Steps are Tasks because both the PCO and the eLTSS IGs forbid
// CarePlan.activity.detail (R5 removes it) and require activity.reference;
// Import also reads steps written inline as activity.detail (kind Task,
// description, goal, scheduledPeriod.end, progress[0].time when completed),
// as earlier versions of this package and some systems write them.
//
// Where R4 has no element for a field, it travels in an extension or a code
// of this module, under [Base] (see the Ext... and System... constants); each
// is defined in the conformance package, and other systems may ignore them.
//
// # The forms
//
// R4 has no resource for a safety plan, an overdose prevention plan, a
// wellness toolbox or a decision made together, so each travels as a
// QuestionnaireResponse (status completed, subject the person, basedOn the
// CarePlan, listed in CarePlan.supportingInfo) against a Questionnaire this
// package publishes ([Questionnaires]): [FormOverdose], [FormSafety],
// [FormToolbox] and [FormDecision], version [FormVersion], named in
// QuestionnaireResponse.questionnaire as "<url>|<version>". The response's
// id is the crisis plan's or decision's ID. Each item stands for one field:
// its linkId, and its code in [SystemPlanItem], is the field's JSON path
// ("naloxoneCarrier.phone"), and its text in the Questionnaire is that same
// neutral code, so no heading wording, and no licensed safety-plan wording,
// ships: the host shows its own. Free text is valueString; a time
// valueDateTime (to the nanosecond, in UTC); a yes/no valueBoolean; a code
// (channel, risk, toolbox section, role, stage, SDM instrument, CollaboRATE
// version) valueCoding in a code system of this module; a number
// valueInteger; an option's ID valueUri "urn:uuid:<id>"; a supporter or a
// goal valueReference to the RelatedPerson or Goal. A list of texts, codes
// or numbers is one item whose answers keep the list's order; a contact, an
// option, a participant, a tool, a cue or a decision's measure response is
// a group item, repeated in order for a list (a response's answers are its
// "measures.items" item, numbers in item order, never the instrument's
// wording), and a contact who is a supporter answers its supporterId
// item with a reference to their RelatedPerson. Fields left empty have no
// item.
//
// The eLTSS IG's "emergency backup plan" (a child CarePlan with partOf) is
// not written: the responses carry every field of the crisis plans, and a
// second, looser copy would leave Import two versions to reconcile. An EHR
// that does not read questionnaires still finds each response, typed by its
// form, in the CarePlan's supportingInfo.
//
// # The conformance package
//
// [Conformance] returns, and [PackageFiles] lays out as a FHIR package
// (package/package.json, named [PackageName], and one
// package/<Type>-<id>.json per resource), a StructureDefinition for every
// extension of this module, a CodeSystem and a ValueSet for every code
// system of this module (the item codes, the forms' answer codes, the plan's
// enums), the NamingSystems of the identifier systems, and the
// Questionnaires. Every canonical URL under [Base] that Export writes names
// one of them. The package is committed under fhir/package; a test checks
// that it is what the code generates (go test ./fhir -run TestPackageIsCurrent
// -update rewrites it).
//
// # The audit trail
//
// With [Options.Trail], each audit.Event becomes an AuditEvent in the IHE
// Basic Audit Log Patterns RESTful shape: type rest, subtype create, update,
// delete or read; the client agent typed v3-ParticipationType IRCP with the
// actor (their role, and purpose of use from v3 PurposeOfUse,
// [Options.PurposeOfUse], TREAT by default) as the requestor; the recording
// system as DICOM 110152 (destination) on a change and 110153 (source) on a
// read; the plan as a System Object entity with role 4 (domain resource)
// whose details hold the sequence number, version, hash chain links and
// changed JSON paths; the person as the Patient entity (role 1). An event
// that changed content also becomes a Provenance (target, recorded, activity
// from v3-DataOperation, the actor as author). An event names the plan's
// series as its subject and the version it made or read; both resources point
// at this version with a literal, version-specific reference
// "CarePlan/<id>/_history/<version>", at another version of the series by the
// series identifier that every version's CarePlan carries, and at anything
// else by identifier. The Provenances of a trail so count what
// audit.Authorship counts for the series.
//
// # Round trip: nothing is lost
//
// For every plan p that passes Validate, Import of the JSON of Export(p)
// returns a plan equal to p in every field. Tested on the seed plans, a plan
// with every field filled, a plan in other time zones and 500 synthetic
// plans with crisis plans, decisions and Goal Attainment Scaling records,
// which between them set every field (TestWholePlanTravels). What does not
// come back as it was, and why:
//
//   - the location of times other than a goal's Start and Due: they come
//     back as the same instants, in UTC. R4 dateTime and instant carry an
//     offset, not a zone, and the plan's times are instants; a goal's Start
//     and Due carry the zone (tz-code) because their calendar day depends on
//     it. A goal's zone comes back when the zone database here knows it
//     (else with its offset only);
//   - the audit trail: it is exported for the record, not part of the plan,
//     and skipped on import;
//   - derived elements (CarePlan.intent, Goal.achievementStatus, the GAS
//     level texts of [Options.GASLevelText] and the dates of the GAS score
//     Observations): they are computed from the plan, so Import does not
//     read them back.
//
// # Reading other systems' bundles
//
// Import reads the bundle entry by entry. A resource type the package does
// not model, a known resource the plan does not use, and a resource that is
// not in force are reported in the returned [Skipped] list. Within a
// resource, elements the package does not model (a narrative, an
// outcomeCode) are ignored, as encoding/json ignores unknown fields; but a
// modifierExtension anywhere in a resource is an error (rule "modifier"),
// since R4 forbids reading a resource whose modifiers the reader does not
// know, and this package knows none. Modifier elements are honoured: a
// Consent that is not active, or whose provision's period has ended, is no
// consent; a CareTeam that is not active or has ended, and a participation
// that has ended, involve no one; a RelatedPerson that is not active, and an
// Observation, List, Task or QuestionnaireResponse entered in error, hold no
// data; a CarePlan entered in error is an error ("not-in-force"). Periods
// are compared with Bundle.timestamp, else the time of the import. A
// resource whose subject (patient, for) is not the CarePlan's person is an
// error (rule "subject").
//
// Ids a server assigned ("123") are normal in bundles read back from a
// server: each resource's UUID is its id if that is a UUID, else that of a
// "urn:uuid:" fullUrl, else [ForeignID], a name-based UUID of its fullUrl,
// the same on every read; references resolve by fullUrl, "Type/id" or
// "Type/id/_history/v". Supporters come back in the order of the
// "supporters" List, whatever the entry order, then in entry order. For
// goals written by other systems, a goal without a life-area code takes its
// area from a PCO goal domain that names one (housing, social-functioning,
// independence, and the health domains), and a goal without a term is
// short-term. A response to a form this package does not publish is skipped;
// an item its form lacks ("linkId"), an answer of the wrong type or code
// system ("valid") and a second answer to a single field ("max") are
// errors.
//
// Errors name the entry and the rule, never text of the bundle: a missing or
// unknown Bundle.type, and a repeated fullUrl (bdl-7, at entry[i].fullUrl),
// are bundle-level errors wrapping [ErrMalformed] and a
// *recovery.ValidationError; a malformed entry (bad JSON, a broken R4 rule,
// an entry with neither id nor fullUrl, a second resource with the same type
// and id, a step pointing at a goal not in the plan) is an [*EntryError]
// with the entry's index, wrapping [ErrMalformed]; a bundle that reads into
// an invalid plan returns the plan's validation error.
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
