package fhir

import (
	"reflect"
	"regexp"

	"github.com/recoverykit/recovery/internal/validate"
)

// Resource is an R4 resource that can stand in a [Bundle] entry. Every
// resource type of this package implements it, and so does [OtherResource],
// which holds a resource of a type this package does not model.
type Resource interface {
	// ResourceType returns the R4 resource type name, such as "Goal".
	ResourceType() string
	// Validate checks the resource against its R4 definition: required
	// elements, value-set codes, primitive formats, invariants and empty
	// elements. It returns nil or a *recovery.ValidationError.
	Validate() error
}

// idRE is the R4 pattern of a resource id.
var idRE = regexp.MustCompile(`^[A-Za-z0-9\-\.]{1,64}$`)

// check runs the rules every resource shares on v: the resource id, the
// struct rules, the empty-element rule and ext-1 on its extensions.
func check(c *validate.Collector, id string, v any, ext []Extension) {
	if id != "" && !idRE.MatchString(id) {
		c.Add("id", "id")
	}
	c.Struct("", v)
	checkEmpty(c, "", reflect.ValueOf(v))
	checkExtensions(c, "extension", ext)
}

// Goal is an R4 Goal: an outcome a person wants to reach.
//
// The zero value is not a valid Goal (lifecycleStatus, description and
// subject are required).
//
// Its fields are the R4 elements of the same JSON name
// (https://hl7.org/fhir/R4/goal.html); only the elements this package
// reads or writes are present.
//
// A Goal is a plain value, safe for concurrent reads; copies share its
// slices.
type Goal struct {
	ID                string              `json:"id,omitempty"`
	Meta              Meta                `json:"meta,omitzero"`
	Extension         []Extension         `json:"extension,omitempty" validate:"dive"`
	Identifier        []Identifier        `json:"identifier,omitempty" validate:"dive"`
	LifecycleStatus   GoalLifecycleStatus `json:"lifecycleStatus,omitempty" validate:"required,valid"`
	AchievementStatus CodeableConcept     `json:"achievementStatus,omitzero"`
	Category          []CodeableConcept   `json:"category,omitempty" validate:"dive"`
	Priority          CodeableConcept     `json:"priority,omitzero"`
	Description       CodeableConcept     `json:"description,omitzero" validate:"required"`
	Subject           Reference           `json:"subject,omitzero" validate:"required"`
	StartDate         Date                `json:"startDate,omitempty" validate:"omitempty,valid"`
	StartDateElement  *Element            `json:"_startDate,omitempty"`
	Target            []GoalTarget        `json:"target,omitempty" validate:"dive"`
	StatusDate        Date                `json:"statusDate,omitempty" validate:"omitempty,valid"`
	StatusReason      string              `json:"statusReason,omitempty"`
	ExpressedBy       Reference           `json:"expressedBy,omitzero"`
	Addresses         []Reference         `json:"addresses,omitempty" validate:"dive"`
	Note              []Annotation        `json:"note,omitempty" validate:"dive"`
}

// GoalTarget is Goal.target: what will be measured, the value to reach and
// when.
//
// The zero value has no elements set. A GoalTarget is a plain value, safe for
// concurrent reads; copies share its slices.
type GoalTarget struct {
	Measure               CodeableConcept `json:"measure,omitzero"`
	DetailString          string          `json:"detailString,omitempty"`
	DetailInteger         *int            `json:"detailInteger,omitempty"`
	DetailCodeableConcept CodeableConcept `json:"detailCodeableConcept,omitzero"`
	DueDate               Date            `json:"dueDate,omitempty" validate:"omitempty,valid"`
	DueDateElement        *Element        `json:"_dueDate,omitempty"`
}

// ResourceType returns "Goal".
func (Goal) ResourceType() string { return "Goal" }

// Validate checks g. Besides the struct rules it reports:
//
//	target[i].measure   gol-1    a detail is given without a measure
//	extension[i]        ext-1    an extension has both or neither a value and extensions
//	...                 empty    an element would be written as {}
//	id                  id       the id breaks the R4 id pattern
func (g Goal) Validate() error {
	var c validate.Collector
	check(&c, g.ID, g, g.Extension)
	if g.StartDateElement != nil {
		checkExtensions(&c, "_startDate.extension", g.StartDateElement.Extension)
	}
	for i, t := range g.Target {
		if t.DueDateElement != nil {
			checkExtensions(&c, validate.Elem("target", i)+"._dueDate.extension", t.DueDateElement.Extension)
		}
		hasDetail := t.DetailString != "" || t.DetailInteger != nil || !reflect.ValueOf(t.DetailCodeableConcept).IsZero()
		if hasDetail && reflect.ValueOf(t.Measure).IsZero() {
			c.Add(validate.Elem("target", i)+".measure", "gol-1")
		}
	}
	return c.Err()
}

// checkExtensions reports ext-1 for each extension, nested ones included,
// that has both a value and nested extensions, or neither.
func checkExtensions(c *validate.Collector, path string, exts []Extension) {
	for i, e := range exts {
		p := validate.Elem(path, i)
		n := e.values()
		if (n == 0) == (len(e.Extension) == 0) || n > 1 {
			c.Add(p, "ext-1")
		}
		checkExtensions(c, p+".extension", e.Extension)
	}
}

// CarePlan is an R4 CarePlan: the person's plan, pointing to its goals,
// supporting information and care team, with its activities inline.
//
// The zero value is not a valid CarePlan (status, intent and subject are
// required).
//
// Its fields are the R4 elements of the same JSON name
// (https://hl7.org/fhir/R4/careplan.html); only the elements this package
// reads or writes are present.
//
// A CarePlan is a plain value, safe for concurrent reads; copies share its
// slices.
type CarePlan struct {
	ID             string             `json:"id,omitempty"`
	Meta           Meta               `json:"meta,omitzero"`
	Language       string             `json:"language,omitempty"`
	Extension      []Extension        `json:"extension,omitempty" validate:"dive"`
	Identifier     []Identifier       `json:"identifier,omitempty" validate:"dive"`
	Replaces       []Reference        `json:"replaces,omitempty" validate:"dive"`
	Status         RequestStatus      `json:"status,omitempty" validate:"required,valid"`
	Intent         CarePlanIntent     `json:"intent,omitempty" validate:"required,valid"`
	Category       []CodeableConcept  `json:"category,omitempty" validate:"dive"`
	Title          string             `json:"title,omitempty"`
	Description    string             `json:"description,omitempty"`
	Subject        Reference          `json:"subject,omitzero" validate:"required"`
	Period         Period             `json:"period,omitzero"`
	Created        DateTime           `json:"created,omitempty" validate:"omitempty,valid"`
	Author         Reference          `json:"author,omitzero"`
	Contributor    []Reference        `json:"contributor,omitempty" validate:"dive"`
	CareTeam       []Reference        `json:"careTeam,omitempty" validate:"dive"`
	SupportingInfo []Reference        `json:"supportingInfo,omitempty" validate:"dive"`
	Goal           []Reference        `json:"goal,omitempty" validate:"dive"`
	Activity       []CarePlanActivity `json:"activity,omitempty" validate:"dive"`
	Note           []Annotation       `json:"note,omitempty" validate:"dive"`
}

// CarePlanActivity is CarePlan.activity: one action, given by a reference to
// a request or inline as a detail, never both (invariant cpl-3).
//
// The zero value has no elements set. A CarePlanActivity is a plain value,
// safe for concurrent reads; copies share its slices.
type CarePlanActivity struct {
	// ID is the element id of the activity; this package puts the step's
	// UUID here.
	ID                     string                 `json:"id,omitempty"`
	Extension              []Extension            `json:"extension,omitempty" validate:"dive"`
	OutcomeCodeableConcept []CodeableConcept      `json:"outcomeCodeableConcept,omitempty" validate:"dive"`
	OutcomeReference       []Reference            `json:"outcomeReference,omitempty" validate:"dive"`
	Progress               []Annotation           `json:"progress,omitempty" validate:"dive"`
	Reference              Reference              `json:"reference,omitzero"`
	Detail                 CarePlanActivityDetail `json:"detail,omitzero" validate:"omitzero"`
}

// CarePlanActivityDetail is CarePlan.activity.detail: an activity described
// inline.
//
// The zero value has no elements set. A CarePlanActivityDetail is a plain
// value, safe for concurrent reads; copies share its slices.
type CarePlanActivityDetail struct {
	Kind            ActivityKind    `json:"kind,omitempty" validate:"omitempty,valid"`
	Code            CodeableConcept `json:"code,omitzero"`
	Goal            []Reference     `json:"goal,omitempty" validate:"dive"`
	Status          ActivityStatus  `json:"status,omitempty" validate:"required,valid"`
	StatusReason    CodeableConcept `json:"statusReason,omitzero"`
	DoNotPerform    *bool           `json:"doNotPerform,omitempty"`
	ScheduledPeriod Period          `json:"scheduledPeriod,omitzero"`
	ScheduledString string          `json:"scheduledString,omitempty"`
	Performer       []Reference     `json:"performer,omitempty" validate:"dive"`
	Description     string          `json:"description,omitempty"`
}

// ResourceType returns "CarePlan".
func (CarePlan) ResourceType() string { return "CarePlan" }

// Validate checks p. Besides the struct rules it reports:
//
//	activity[i]   cpl-3   the activity has both a reference and a detail
//	activity[i]   empty   the activity has neither
//	id, ...       id, empty, ext-1 as for [Goal.Validate]
func (p CarePlan) Validate() error {
	var c validate.Collector
	check(&c, p.ID, p, p.Extension)
	for i, a := range p.Activity {
		path := validate.Elem("activity", i)
		if !a.Reference.isZero() && !reflect.ValueOf(a.Detail).IsZero() {
			c.Add(path, "cpl-3")
		}
		checkExtensions(&c, path+".extension", a.Extension)
	}
	return c.Err()
}

// Observation is an R4 Observation. This package uses it for strengths (the
// eLTSS Strength pattern), for the needs, abilities and preferences of a
// strengths assessment, and for Goal Attainment Scaling scores (the PCO GAS
// score pattern).
//
// The zero value is not a valid Observation (status and code are required).
//
// Its fields are the R4 elements of the same JSON name
// (https://hl7.org/fhir/R4/observation.html); only the elements this package
// reads or writes are present.
//
// An Observation is a plain value, safe for concurrent reads; copies share
// its slices.
type Observation struct {
	ID                   string            `json:"id,omitempty"`
	Meta                 Meta              `json:"meta,omitzero"`
	Extension            []Extension       `json:"extension,omitempty" validate:"dive"`
	Identifier           []Identifier      `json:"identifier,omitempty" validate:"dive"`
	Status               ObservationStatus `json:"status,omitempty" validate:"required,valid"`
	Category             []CodeableConcept `json:"category,omitempty" validate:"dive"`
	Code                 CodeableConcept   `json:"code,omitzero" validate:"required"`
	Subject              Reference         `json:"subject,omitzero"`
	Focus                []Reference       `json:"focus,omitempty" validate:"dive"`
	EffectiveDateTime    DateTime          `json:"effectiveDateTime,omitempty" validate:"omitempty,valid"`
	Issued               Instant           `json:"issued,omitempty" validate:"omitempty,valid"`
	Performer            []Reference       `json:"performer,omitempty" validate:"dive"`
	ValueString          string            `json:"valueString,omitempty"`
	ValueInteger         *int              `json:"valueInteger,omitempty"`
	ValueBoolean         *bool             `json:"valueBoolean,omitempty"`
	ValueCodeableConcept CodeableConcept   `json:"valueCodeableConcept,omitzero"`
	Note                 []Annotation      `json:"note,omitempty" validate:"dive"`
}

// ResourceType returns "Observation".
func (Observation) ResourceType() string { return "Observation" }

// Validate checks o. Besides the struct rules it reports:
//
//	value   one-value   more than one value[x] is set
//	id, ...             id, empty, ext-1 as for [Goal.Validate]
func (o Observation) Validate() error {
	var c validate.Collector
	check(&c, o.ID, o, o.Extension)
	n := 0
	for _, set := range []bool{o.ValueString != "", o.ValueInteger != nil, o.ValueBoolean != nil,
		!reflect.ValueOf(o.ValueCodeableConcept).IsZero()} {
		if set {
			n++
		}
	}
	if n > 1 {
		c.Add("value", "one-value")
	}
	return c.Err()
}

// List is an R4 List. This package uses it for the person's ranking and
// timeline of goals, as the PCO Personal Priorities Organizer does: entry
// order is rank order.
//
// The zero value is not a valid List (status and mode are required).
//
// Its fields are the R4 elements of the same JSON name
// (https://hl7.org/fhir/R4/list.html); only the elements this package
// reads or writes are present.
//
// A List is a plain value, safe for concurrent reads; copies share its
// slices.
type List struct {
	ID          string          `json:"id,omitempty"`
	Meta        Meta            `json:"meta,omitzero"`
	Extension   []Extension     `json:"extension,omitempty" validate:"dive"`
	Identifier  []Identifier    `json:"identifier,omitempty" validate:"dive"`
	Status      ListStatus      `json:"status,omitempty" validate:"required,valid"`
	Mode        ListMode        `json:"mode,omitempty" validate:"required,valid"`
	Title       string          `json:"title,omitempty"`
	Code        CodeableConcept `json:"code,omitzero"`
	Subject     Reference       `json:"subject,omitzero"`
	Date        DateTime        `json:"date,omitempty" validate:"omitempty,valid"`
	Source      Reference       `json:"source,omitzero"`
	OrderedBy   CodeableConcept `json:"orderedBy,omitzero"`
	Note        []Annotation    `json:"note,omitempty" validate:"dive"`
	Entry       []ListEntry     `json:"entry,omitempty" validate:"dive"`
	EmptyReason CodeableConcept `json:"emptyReason,omitzero"`
}

// ListEntry is List.entry: one item of the list.
//
// The zero value has no elements set. A ListEntry is a plain value, safe for
// concurrent reads; copies share its slices.
type ListEntry struct {
	Extension []Extension     `json:"extension,omitempty" validate:"dive"`
	Flag      CodeableConcept `json:"flag,omitzero"`
	Deleted   *bool           `json:"deleted,omitempty"`
	Date      DateTime        `json:"date,omitempty" validate:"omitempty,valid"`
	Item      Reference       `json:"item,omitzero" validate:"required"`
}

// ResourceType returns "List".
func (List) ResourceType() string { return "List" }

// Validate checks l. Besides the struct rules it reports:
//
//	emptyReason        lst-1   an emptyReason on a list with entries
//	entry[i].deleted   lst-2   deleted used on a list whose mode is not "changes"
//	id, ...                    id, empty, ext-1 as for [Goal.Validate]
func (l List) Validate() error {
	var c validate.Collector
	check(&c, l.ID, l, l.Extension)
	if len(l.Entry) > 0 && !reflect.ValueOf(l.EmptyReason).IsZero() {
		c.Add("emptyReason", "lst-1")
	}
	for i, e := range l.Entry {
		if e.Deleted != nil && l.Mode != ListChanges {
			c.Add(validate.Elem("entry", i)+".deleted", "lst-2")
		}
		checkExtensions(&c, validate.Elem("entry", i)+".extension", e.Extension)
	}
	return c.Err()
}

// RelatedPerson is an R4 RelatedPerson: someone in the person's life who
// supports them, such as a peer specialist, a friend or a brother.
//
// The zero value is not a valid RelatedPerson (patient is required).
//
// Its fields are the R4 elements of the same JSON name
// (https://hl7.org/fhir/R4/relatedperson.html); only the elements this package
// reads or writes are present.
//
// A RelatedPerson is a plain value, safe for concurrent reads; copies share
// its slices.
type RelatedPerson struct {
	ID           string            `json:"id,omitempty"`
	Meta         Meta              `json:"meta,omitzero"`
	Extension    []Extension       `json:"extension,omitempty" validate:"dive"`
	Identifier   []Identifier      `json:"identifier,omitempty" validate:"dive"`
	Active       *bool             `json:"active,omitempty"`
	Patient      Reference         `json:"patient,omitzero" validate:"required"`
	Relationship []CodeableConcept `json:"relationship,omitempty" validate:"dive"`
	Name         []HumanName       `json:"name,omitempty" validate:"dive"`
	Telecom      []ContactPoint    `json:"telecom,omitempty" validate:"dive"`
	Gender       Gender            `json:"gender,omitempty" validate:"omitempty,valid"`
	Period       Period            `json:"period,omitzero"`
}

// ResourceType returns "RelatedPerson".
func (RelatedPerson) ResourceType() string { return "RelatedPerson" }

// Validate checks r: the struct rules and the id, empty and ext-1 rules of
// [Goal.Validate].
func (r RelatedPerson) Validate() error {
	var c validate.Collector
	check(&c, r.ID, r, r.Extension)
	return c.Err()
}

// CareTeam is an R4 CareTeam: the people who support the person in their
// plan.
//
// The zero value is a valid, empty CareTeam.
//
// Its fields are the R4 elements of the same JSON name
// (https://hl7.org/fhir/R4/careteam.html); only the elements this package
// reads or writes are present.
//
// A CareTeam is a plain value, safe for concurrent reads; copies share its
// slices.
type CareTeam struct {
	ID          string                `json:"id,omitempty"`
	Meta        Meta                  `json:"meta,omitzero"`
	Extension   []Extension           `json:"extension,omitempty" validate:"dive"`
	Identifier  []Identifier          `json:"identifier,omitempty" validate:"dive"`
	Status      CareTeamStatus        `json:"status,omitempty" validate:"omitempty,valid"`
	Category    []CodeableConcept     `json:"category,omitempty" validate:"dive"`
	Name        string                `json:"name,omitempty"`
	Subject     Reference             `json:"subject,omitzero"`
	Period      Period                `json:"period,omitzero"`
	Participant []CareTeamParticipant `json:"participant,omitempty" validate:"dive"`
	Note        []Annotation          `json:"note,omitempty" validate:"dive"`
}

// CareTeamParticipant is CareTeam.participant: a member and their roles.
//
// The zero value has no elements set. A CareTeamParticipant is a plain value,
// safe for concurrent reads; copies share its slices.
type CareTeamParticipant struct {
	Role   []CodeableConcept `json:"role,omitempty" validate:"dive"`
	Member Reference         `json:"member,omitzero"`
	Period Period            `json:"period,omitzero"`
}

// ResourceType returns "CareTeam".
func (CareTeam) ResourceType() string { return "CareTeam" }

// Validate checks t: the struct rules and the id, empty and ext-1 rules of
// [Goal.Validate].
func (t CareTeam) Validate() error {
	var c validate.Collector
	check(&c, t.ID, t, t.Extension)
	return c.Err()
}

// Consent is an R4 Consent: what the person agreed to, about whom, and the
// rules (provisions) that apply.
//
// The zero value is not a valid Consent (status, scope, category and, for
// the scope codes this package uses, patient are required).
//
// Its fields are the R4 elements of the same JSON name
// (https://hl7.org/fhir/R4/consent.html); only the elements this package
// reads or writes are present.
//
// A Consent is a plain value, safe for concurrent reads; copies share its
// slices.
type Consent struct {
	ID           string                `json:"id,omitempty"`
	Meta         Meta                  `json:"meta,omitzero"`
	Extension    []Extension           `json:"extension,omitempty" validate:"dive"`
	Identifier   []Identifier          `json:"identifier,omitempty" validate:"dive"`
	Status       ConsentState          `json:"status,omitempty" validate:"required,valid"`
	Scope        CodeableConcept       `json:"scope,omitzero" validate:"required"`
	Category     []CodeableConcept     `json:"category,omitempty" validate:"required,min=1,dive"`
	Patient      Reference             `json:"patient,omitzero"`
	DateTime     DateTime              `json:"dateTime,omitempty" validate:"omitempty,valid"`
	Performer    []Reference           `json:"performer,omitempty" validate:"dive"`
	Organization []Reference           `json:"organization,omitempty" validate:"dive"`
	Policy       []ConsentPolicy       `json:"policy,omitempty" validate:"dive"`
	PolicyRule   CodeableConcept       `json:"policyRule,omitzero"`
	Verification []ConsentVerification `json:"verification,omitempty" validate:"dive"`
	Provision    *ConsentProvision     `json:"provision,omitempty"`
}

// ConsentPolicy is Consent.policy: a policy the consent refers to.
//
// The zero value has no elements set. A ConsentPolicy is a plain value, safe
// for concurrent reads; copies share its slices.
type ConsentPolicy struct {
	Authority string `json:"authority,omitempty"`
	URI       string `json:"uri,omitempty"`
}

// ConsentVerification is Consent.verification: whether, by whom and when the
// consent was checked with the person.
//
// The zero value has no elements set. A ConsentVerification is a plain value,
// safe for concurrent reads; copies share its slices.
type ConsentVerification struct {
	Verified         bool      `json:"verified"`
	VerifiedWith     Reference `json:"verifiedWith,omitzero"`
	VerificationDate DateTime  `json:"verificationDate,omitempty" validate:"omitempty,valid"`
}

// ConsentProvision is Consent.provision: a rule permitting or denying
// actions, with nested exceptions.
//
// The zero value has no elements set. A ConsentProvision is a plain value,
// safe for concurrent reads; copies share its slices.
type ConsentProvision struct {
	Type       ProvisionType      `json:"type,omitempty" validate:"omitempty,valid"`
	Period     Period             `json:"period,omitzero"`
	Actor      []ConsentActor     `json:"actor,omitempty" validate:"dive"`
	Action     []CodeableConcept  `json:"action,omitempty" validate:"dive"`
	Purpose    []Coding           `json:"purpose,omitempty" validate:"dive"`
	DataPeriod Period             `json:"dataPeriod,omitzero"`
	Data       []ConsentData      `json:"data,omitempty" validate:"dive"`
	Provision  []ConsentProvision `json:"provision,omitempty" validate:"dive"`
}

// ConsentActor is Consent.provision.actor: who the rule is about, and in what
// role. Both are required.
//
// The zero value has no elements set. A ConsentActor is a plain value, safe
// for concurrent reads; copies share its slices.
type ConsentActor struct {
	Role      CodeableConcept `json:"role,omitzero" validate:"required"`
	Reference Reference       `json:"reference,omitzero" validate:"required"`
}

// ConsentData is Consent.provision.data: a resource the rule is about, and
// how (meaning: instance, related, dependents or authoredby). Both are
// required.
//
// The zero value has no elements set. A ConsentData is a plain value, safe
// for concurrent reads; copies share its slices.
type ConsentData struct {
	Meaning   ConsentDataMeaning `json:"meaning,omitempty" validate:"required,valid"`
	Reference Reference          `json:"reference,omitzero" validate:"required"`
}

// ResourceType returns "Consent".
func (Consent) ResourceType() string { return "Consent" }

// SystemConsentScope is the code system of Consent.scope.
const SystemConsentScope = "http://terminology.hl7.org/CodeSystem/consentscope"

// Validate checks k. Besides the struct rules it reports:
//
//	policy    ppc-1   neither policy nor policyRule is given
//	patient   ppc-2   scope patient-privacy, research, adr or treatment
//	                  without a patient (R4 ppc-2 to ppc-5)
//	provision empty   the provision would be written as {}
//	id, ...           id, empty, ext-1 as for [Goal.Validate]
func (k Consent) Validate() error {
	var c validate.Collector
	check(&c, k.ID, k, k.Extension)
	if len(k.Policy) == 0 && reflect.ValueOf(k.PolicyRule).IsZero() {
		c.Add("policy", "ppc-1")
	}
	for _, code := range []string{"patient-privacy", "research", "adr", "treatment"} {
		if k.Scope.HasCoding(SystemConsentScope, code) && k.Patient.isZero() {
			c.Add("patient", "ppc-2")
			break
		}
	}
	if k.Provision != nil && writesNothing(reflect.ValueOf(*k.Provision)) {
		c.Add("provision", "empty")
	}
	return c.Err()
}

// Provenance is an R4 Provenance: who did what to which resources, and
// when.
//
// The zero value is not a valid Provenance (target, recorded and agent are
// required).
//
// Its fields are the R4 elements of the same JSON name
// (https://hl7.org/fhir/R4/provenance.html); only the elements this package
// reads or writes are present.
//
// A Provenance is a plain value, safe for concurrent reads; copies share its
// slices.
type Provenance struct {
	ID               string             `json:"id,omitempty"`
	Meta             Meta               `json:"meta,omitzero"`
	Extension        []Extension        `json:"extension,omitempty" validate:"dive"`
	Target           []Reference        `json:"target,omitempty" validate:"required,min=1,dive"`
	OccurredDateTime DateTime           `json:"occurredDateTime,omitempty" validate:"omitempty,valid"`
	Recorded         Instant            `json:"recorded,omitempty" validate:"required,valid"`
	Policy           []string           `json:"policy,omitempty" validate:"dive,required"`
	Reason           []CodeableConcept  `json:"reason,omitempty" validate:"dive"`
	Activity         CodeableConcept    `json:"activity,omitzero"`
	Agent            []ProvenanceAgent  `json:"agent,omitempty" validate:"required,min=1,dive"`
	Entity           []ProvenanceEntity `json:"entity,omitempty" validate:"dive"`
}

// ProvenanceAgent is Provenance.agent: who took part, and how.
//
// The zero value has no elements set. A ProvenanceAgent is a plain value,
// safe for concurrent reads; copies share its slices.
type ProvenanceAgent struct {
	Type       CodeableConcept   `json:"type,omitzero"`
	Role       []CodeableConcept `json:"role,omitempty" validate:"dive"`
	Who        Reference         `json:"who,omitzero" validate:"required"`
	OnBehalfOf Reference         `json:"onBehalfOf,omitzero"`
}

// ProvenanceEntity is Provenance.entity: a resource used in the activity.
//
// The zero value has no elements set. A ProvenanceEntity is a plain value,
// safe for concurrent reads; copies share its slices.
type ProvenanceEntity struct {
	Role EntityRole `json:"role,omitempty" validate:"required,valid"`
	What Reference  `json:"what,omitzero" validate:"required"`
}

// ResourceType returns "Provenance".
func (Provenance) ResourceType() string { return "Provenance" }

// Validate checks p: the struct rules and the id, empty and ext-1 rules of
// [Goal.Validate].
func (p Provenance) Validate() error {
	var c validate.Collector
	check(&c, p.ID, p, p.Extension)
	return c.Err()
}

// AuditEvent is an R4 AuditEvent, in the shape the IHE Basic Audit Log
// Patterns (BALP) give it.
//
// The zero value is not a valid AuditEvent (type, recorded, agent and
// source are required).
//
// Its fields are the R4 elements of the same JSON name
// (https://hl7.org/fhir/R4/auditevent.html); only the elements this package
// reads or writes are present.
//
// An AuditEvent is a plain value, safe for concurrent reads; copies share its
// slices.
type AuditEvent struct {
	ID             string             `json:"id,omitempty"`
	Meta           Meta               `json:"meta,omitzero"`
	Extension      []Extension        `json:"extension,omitempty" validate:"dive"`
	Type           Coding             `json:"type,omitzero" validate:"required"`
	Subtype        []Coding           `json:"subtype,omitempty" validate:"dive"`
	Action         AuditAction        `json:"action,omitempty" validate:"omitempty,valid"`
	Period         Period             `json:"period,omitzero"`
	Recorded       Instant            `json:"recorded,omitempty" validate:"required,valid"`
	Outcome        AuditOutcome       `json:"outcome,omitempty" validate:"omitempty,valid"`
	OutcomeDesc    string             `json:"outcomeDesc,omitempty"`
	PurposeOfEvent []CodeableConcept  `json:"purposeOfEvent,omitempty" validate:"dive"`
	Agent          []AuditEventAgent  `json:"agent,omitempty" validate:"required,min=1,dive"`
	Source         AuditEventSource   `json:"source,omitzero" validate:"required"`
	Entity         []AuditEventEntity `json:"entity,omitempty" validate:"dive"`
}

// AuditEventAgent is AuditEvent.agent: an actor in the event. Requestor is
// required by R4 and always written.
//
// The zero value has no elements set. An AuditEventAgent is a plain value,
// safe for concurrent reads; copies share its slices.
type AuditEventAgent struct {
	Type         CodeableConcept   `json:"type,omitzero"`
	Role         []CodeableConcept `json:"role,omitempty" validate:"dive"`
	Who          Reference         `json:"who,omitzero"`
	AltID        string            `json:"altId,omitempty"`
	Name         string            `json:"name,omitempty"`
	Requestor    bool              `json:"requestor"`
	PurposeOfUse []CodeableConcept `json:"purposeOfUse,omitempty" validate:"dive"`
}

// AuditEventSource is AuditEvent.source: the system that reported the
// event.
//
// The zero value has no elements set. An AuditEventSource is a plain value,
// safe for concurrent reads; copies share its slices.
type AuditEventSource struct {
	Site     string    `json:"site,omitempty"`
	Observer Reference `json:"observer,omitzero" validate:"required"`
	Type     []Coding  `json:"type,omitempty" validate:"dive"`
}

// AuditEventEntity is AuditEvent.entity: a resource or object the event was
// about.
//
// The zero value has no elements set. An AuditEventEntity is a plain value,
// safe for concurrent reads; copies share its slices.
type AuditEventEntity struct {
	What        Reference          `json:"what,omitzero"`
	Type        Coding             `json:"type,omitzero"`
	Role        Coding             `json:"role,omitzero"`
	Lifecycle   Coding             `json:"lifecycle,omitzero"`
	Name        string             `json:"name,omitempty"`
	Description string             `json:"description,omitempty"`
	Detail      []AuditEventDetail `json:"detail,omitempty" validate:"dive"`
}

// AuditEventDetail is AuditEvent.entity.detail: a named value. Type and one
// value are required.
//
// The zero value has no elements set. An AuditEventDetail is a plain value,
// safe for concurrent reads; copies share its slices.
type AuditEventDetail struct {
	Type        string `json:"type" validate:"required"`
	ValueString string `json:"valueString" validate:"required"`
}

// ResourceType returns "AuditEvent".
func (AuditEvent) ResourceType() string { return "AuditEvent" }

// Validate checks e: the struct rules and the id, empty and ext-1 rules of
// [Goal.Validate].
func (e AuditEvent) Validate() error {
	var c validate.Collector
	check(&c, e.ID, e, e.Extension)
	return c.Err()
}
