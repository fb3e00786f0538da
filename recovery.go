package recovery

import (
	"bytes"
	"log/slog"
	"slices"
	"strconv"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/redact"
	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

// Label is the title under which a plan is shown or exported: the curriculum
// module asks that a recovery plan be "clearly labeled as a recovery plan".
// The fhir package can write it as CarePlan.title.
const Label = "Person-Centered Recovery Plan"

// Status is where a recovery plan stands. The codes are the FHIR R4
// CarePlan.status (request-status) codes a plan can take in practice, so a plan
// maps onto a FHIR CarePlan without translation.
//
// The zero value is not a valid Status. Status is a string and is safe for
// concurrent use.
type Status string

// The statuses of a plan, in FHIR's order.
const (
	// StatusDraft is a plan still being written with the person; it is not in
	// effect yet.
	StatusDraft Status = "draft"
	// StatusActive is the plan in effect.
	StatusActive Status = "active"
	// StatusOnHold is a plan paused for now, to be taken up again.
	StatusOnHold Status = "on-hold"
	// StatusRevoked is a plan withdrawn before it was completed, for example
	// because a new version replaced it.
	StatusRevoked Status = "revoked"
	// StatusCompleted is a plan whose work is done.
	StatusCompleted Status = "completed"
)

// Statuses returns every Status in FHIR's order: draft, active, on-hold,
// revoked, completed. It returns a new slice on each call.
func Statuses() []Status {
	return []Status{StatusDraft, StatusActive, StatusOnHold, StatusRevoked, StatusCompleted}
}

// IsValid reports whether s is one of the defined statuses.
func (s Status) IsValid() bool {
	switch s {
	case StatusDraft, StatusActive, StatusOnHold, StatusRevoked, StatusCompleted:
		return true
	}
	return false
}

// SupporterRole is who a supporter is to the person, stored as a lower-case
// code.
//
// The zero value is not a valid SupporterRole. SupporterRole is a string and is
// safe for concurrent use.
type SupporterRole string

// The roles in a person's circle of support, in the order
// [SupporterRoles] returns them.
const (
	// SupporterRoleFamily is someone the person counts as family: the person defines
	// who that is.
	SupporterRoleFamily SupporterRole = "family"
	// SupporterRoleFriend is a friend, partner or neighbour.
	SupporterRoleFriend SupporterRole = "friend"
	// SupporterRoleCommunity is someone from the person's community: a sponsor or
	// mutual-aid peer, a mentor, a faith leader, a coach, an employer.
	SupporterRoleCommunity SupporterRole = "community"
	// SupporterRolePeerSpecialist is a peer support specialist: a paid supporter with
	// lived experience of recovery.
	SupporterRolePeerSpecialist SupporterRole = "peer-specialist"
	// SupporterRoleProvider is a clinician, case manager or other service provider.
	SupporterRoleProvider SupporterRole = "provider"
)

// SupporterRoles returns every SupporterRole in the fixed order family,
// friend, community, peer-specialist, provider. It returns a new slice on each
// call.
func SupporterRoles() []SupporterRole {
	return []SupporterRole{SupporterRoleFamily, SupporterRoleFriend, SupporterRoleCommunity, SupporterRolePeerSpecialist, SupporterRoleProvider}
}

// IsValid reports whether r is one of the defined roles.
func (r SupporterRole) IsValid() bool {
	switch r {
	case SupporterRoleFamily, SupporterRoleFriend, SupporterRoleCommunity, SupporterRolePeerSpecialist, SupporterRoleProvider:
		return true
	}
	return false
}

// Natural reports whether r is a natural (unpaid) support: family, a friend or
// someone from the community, as CARF 2.C and the CMS HCBS checklist ask plans
// to include besides paid services.
func (r SupporterRole) Natural() bool {
	return r == SupporterRoleFamily || r == SupporterRoleFriend || r == SupporterRoleCommunity
}

// Supporter is one person in the circle of support, as the person defines it,
// family included, with the person's consent to involve them and to let them
// see the plan.
//
// Name, Relationship, Phone and Email are personal information:
// [Supporter.LogValue] redacts them and [Supporter.String] prints the ID and
// codes only. The zero value is not a valid Supporter (it needs an ID, a name
// and a role). A Supporter holds no slices or pointers and is safe for
// concurrent use.
type Supporter struct {
	// ID identifies the supporter; the caller assigns it. Crisis contacts,
	// decision participants and co-creators refer to the supporter by it.
	// Required.
	ID uuid.UUID `json:"id" validate:"required"`
	// Name is how the person names the supporter ("Sam"). Required.
	Name phi.Name `json:"name" validate:"required,max=200"`
	// Role is who the supporter is to the person. Required.
	Role SupporterRole `json:"role" validate:"valid"`
	// Relationship is the relationship in the person's words ("my brother").
	// Optional.
	Relationship phi.Words `json:"relationship,omitempty" validate:"max=200"`
	// Phone is the supporter's number, checked for shape as
	// [crisis.IsPhone] does (rule "phone"). Optional.
	Phone phi.Phone `json:"phone,omitempty"`
	// Email is the supporter's email address (rule "email"). Optional.
	Email phi.Email `json:"email,omitempty" validate:"omitempty,max=254,email"`
	// ConsentToInvolve records that the person agrees to involve the
	// supporter in their recovery planning.
	ConsentToInvolve bool `json:"consentToInvolve,omitempty"`
	// ConsentToShare records that the person agrees to let the supporter see
	// the plan.
	ConsentToShare bool `json:"consentToShare,omitempty"`
	// ConsentedAt is when the person gave (or last confirmed) the consents;
	// the zero time means not recorded.
	ConsentedAt time.Time `json:"consentedAt,omitzero"`
}

// Validate checks the supporter. It returns nil or a *[ValidationError]
// listing every problem: "required" on id, name (blank too) and role ("valid"
// for a role that is not defined), "max" on name and relationship, "phone" on
// a phone number that is not shaped like one, "email" on an email address that
// is not shaped like one. No problem carries a value.
func (s Supporter) Validate() error {
	var c validate.Collector
	c.Struct("", s)
	if s.Name != "" && phi.Blank(s.Name) {
		c.Add("name", "required")
	}
	if s.Phone != "" && !crisis.IsPhone(string(s.Phone)) {
		c.Add("phone", "phone")
	}
	return c.Err()
}

// String returns the supporter's ID and codes, never the name or number: for
// example "supporter 50000000-0000-4000-8000-000000000003 family involve=true share=false".
func (s Supporter) String() string {
	return "supporter " + s.ID.String() + " " + redact.Code(s.Role) +
		" involve=" + strconv.FormatBool(s.ConsentToInvolve) +
		" share=" + strconv.FormatBool(s.ConsentToShare)
}

// LogValue implements [slog.LogValuer]: it logs the ID, role and consents and
// replaces the name, relationship, phone and email with "[redacted]" when set.
func (s Supporter) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", s.ID.String()),
		slog.String("role", redact.Code(s.Role)),
		slog.String("name", redact.Text(s.Name)),
		slog.String("relationship", redact.Text(s.Relationship)),
		slog.String("phone", redact.Text(s.Phone)),
		slog.String("email", redact.Text(s.Email)),
		slog.Bool("consentToInvolve", s.ConsentToInvolve),
		slog.Bool("consentToShare", s.ConsentToShare),
	)
}

// CoCreator is someone who wrote the plan with the person: the person
// themselves, or a provider, peer, family member or supporter, linked to the
// circle of support by SupporterID where they are in it.
//
// The zero value is not valid (it needs a role). A CoCreator holds no text and
// is safe for concurrent use.
type CoCreator struct {
	// Role is the part they played, with the codes of [sdm.Role]: person,
	// provider, peer, family, supporter.
	Role sdm.Role `json:"role" validate:"valid"`
	// SupporterID is the ID of the co-creator among the plan's Supports; the
	// zero ID means no link (usual for the person and for a provider outside
	// the circle of support).
	SupporterID uuid.UUID `json:"supporterId,omitzero"`
}

// String returns the co-creator's role and supporter ID: for example
// "co-creator peer 50000000-0000-4000-8000-000000000001". A role that is not
// defined prints as "[invalid]".
func (c CoCreator) String() string {
	return "co-creator " + redact.Code(c.Role) + " " + c.SupporterID.String()
}

// LogValue implements [slog.LogValuer]: it logs the role and supporter ID; a
// role that is not defined is logged as "[invalid]", so text put in the role
// field never reaches a log.
func (c CoCreator) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("role", redact.Code(c.Role)),
		slog.String("supporterId", c.SupporterID.String()),
	)
}

// Plan is a person-centered recovery plan, labeled as one: the person's
// vision for their life in their own words, their strengths, their goals with
// the steps towards them, their crisis plans, the decisions they made with
// their team, and their circle of support, with who wrote it, when the person
// agreed to it and when it was last reviewed.
//
// A plan is never overwritten: an amendment is a new Plan with its own ID, the
// next Version, and Replaces pointing at the version it amends.
//
// Parts of a plan refer to each other by ID (a goal builds on strengths, a
// decision serves goals, a crisis contact is a supporter); [Plan.Validate]
// checks that every reference resolves and that no ID is used twice.
//
// The person's words (Vision, statements, goals, steps, crisis plans,
// decisions) and the supporters' names and numbers are personal health
// information: [Plan.LogValue] logs IDs, codes and counts only, and
// [Plan.String] prints the ID, version and status. Use [Deidentify] before
// exporting plans for research.
//
// The zero value is an empty plan that does not pass Validate (ID, Version,
// Status, PersonID and Created are required); a zero Strengths assessment
// means none is recorded yet. A Plan is a plain value: safe for concurrent
// reads, but its slices and pointers are shared by copies.
type Plan struct {
	// ID identifies this version of the plan; the caller assigns it.
	// Required.
	ID uuid.UUID `json:"id" validate:"required"`
	// Version is the plan's version number, 1 for the first. Required.
	Version int `json:"version" validate:"min=1"`
	// Replaces is the ID of the version this one amends; the zero ID for the
	// first version. Required from version 2 on.
	Replaces uuid.UUID `json:"replaces,omitzero"`
	// Status is where the plan stands. Required.
	Status Status `json:"status" validate:"valid"`
	// PersonID is the pseudonymous ID of the person whose plan it is: never a
	// name or a record number. Required.
	PersonID string `json:"personId" validate:"required,max=128"`
	// Vision is the person's vision for their life, in their own words.
	Vision phi.Words `json:"vision,omitempty"`
	// Strengths is the person's strengths assessment; the zero Assessment
	// means none is recorded yet.
	Strengths strengths.Assessment `json:"strengths,omitzero" validate:"-"`
	// Goals are the person's goals, short- and long-term, in the order they
	// were recorded.
	Goals []goals.SMARTGoal `json:"goals,omitempty"`
	// Overdose is the person's pocket overdose prevention plan, if they have
	// one.
	Overdose *crisis.OverdosePlan `json:"overdose,omitempty" validate:"-"`
	// Safety is the person's safety plan, if they have one.
	Safety *crisis.SafetyPlan `json:"safety,omitempty" validate:"-"`
	// Toolbox is the person's wellness toolbox, if they have one.
	Toolbox *crisis.Toolbox `json:"toolbox,omitempty" validate:"-"`
	// Decisions are the shared decisions made while planning.
	Decisions []sdm.DecisionRecord `json:"decisions,omitempty"`
	// Supports is the circle of support, as the person defines it.
	Supports []Supporter `json:"supports,omitempty"`
	// CoCreators are the people who wrote the plan, the person first among
	// them in a person-driven plan.
	CoCreators []CoCreator `json:"coCreators,omitempty"`
	// AgreedAt is when the person agreed to the plan; the zero time means not
	// yet.
	AgreedAt time.Time `json:"agreedAt,omitzero"`
	// Created is when this version was created. Required.
	Created time.Time `json:"created"`
	// Reviewed is when the plan was last reviewed with the person; the zero
	// time means not yet.
	Reviewed time.Time `json:"reviewed,omitzero"`
}

// Validate checks the whole plan: its own fields, every part (with the part's
// path as prefix, for example "goals[1].steps[0].due") and every reference
// between parts. It returns nil or a *[ValidationError] that wraps
// [ErrInvalid] and lists every problem. Besides the parts' own rules, the
// codes are:
//
//	id, personId, created             required
//	version                           min=1
//	status                            valid
//	replaces                          required from version 2 on; distinct: not the plan's own ID
//	agreedAt, reviewed                after-created: not before Created
//	strengths...                      the assessment's rules, unless it is the zero Assessment
//	goals[i]..., decisions[i]...      the goal's and decision's rules
//	overdose..., safety..., toolbox...  the crisis plans' rules
//	supports[i]...                    [Supporter.Validate]
//	coCreators[i].role                valid
//	coCreators[i].supporterId         exists: a supporter of the plan
//	<path>.id                         unique: an ID defined once across the whole plan
//	                                  (plan, assessment, strengths, statements, goals,
//	                                  steps, crisis plans, decisions, options, supporters)
//	goals[i].buildsOn[j]              exists: a strength in the assessment
//	decisions[i].goals[j]             exists: a goal of the plan
//	decisions[i].participants[j].id   exists: a supporter of the plan (when set)
//	overdose.naloxoneCarrier.supporterId, overdose.checkIn.supporterId,
//	safety.<step>[j].supporterId      exists: a supporter of the plan (when set)
//
// An ID repeated inside one part that already checks it (two steps of one goal,
// two options of one decision, strengths and statements of the assessment) is
// reported once, by the part. No problem carries a value of the plan.
func (p Plan) Validate() error {
	var c validate.Collector
	c.Struct("", p)
	if p.Version > 1 && p.Replaces == uuid.Nil {
		c.Add("replaces", "required")
	}
	if p.Replaces != uuid.Nil && p.Replaces == p.ID {
		c.Add("replaces", "distinct")
	}
	if p.Created.IsZero() {
		c.Add("created", "required")
	} else {
		if !p.AgreedAt.IsZero() && p.AgreedAt.Before(p.Created) {
			c.Add("agreedAt", "after-created")
		}
		if !p.Reviewed.IsZero() && p.Reviewed.Before(p.Created) {
			c.Add("reviewed", "after-created")
		}
	}

	// The parts.
	if !assessmentIsZero(p.Strengths) {
		c.Nested("strengths", p.Strengths.Validate())
	}
	for i := range p.Goals {
		if err := p.Goals[i].Validate(); err != nil { // the path is built only for a problem
			c.Nested(validate.Elem("goals", i), err)
		}
	}
	if p.Overdose != nil {
		c.Nested("overdose", p.Overdose.Validate())
	}
	if p.Safety != nil {
		c.Nested("safety", p.Safety.Validate())
	}
	if p.Toolbox != nil {
		c.Nested("toolbox", p.Toolbox.Validate())
	}
	for i := range p.Decisions {
		if err := p.Decisions[i].Validate(); err != nil { // the path is built only for a problem
			c.Nested(validate.Elem("decisions", i), err)
		}
	}
	for i := range p.Supports {
		if err := p.Supports[i].Validate(); err != nil { // the path is built only for a problem
			c.Nested(validate.Elem("supports", i), err)
		}
	}
	for i, cc := range p.CoCreators {
		c.Struct(validate.Elem("coCreators", i), cc)
	}

	p.checkIDs(&c)
	p.checkReferences(&c)
	return c.Err()
}

// assessmentIsZero reports whether a is the zero Assessment: nothing recorded.
func assessmentIsZero(a strengths.Assessment) bool {
	return a.ID == uuid.Nil && a.AssessedAt.IsZero() && len(a.Strengths) == 0 &&
		len(a.Aspects) == 0 && len(a.Priorities) == 0
}

// idDef is one ID defined in a plan, with where: the part (kind) and the
// indices that build its path, computed only when a problem is reported.
type idDef struct {
	id    uuid.UUID
	seq   int // position in plan order
	kind  idKind
	i, j  int
	scope int // the part that checks its own IDs for repeats; 0 for none
}

type idKind uint8

const (
	idPlan idKind = iota
	idAssessment
	idStrength
	idStatement
	idGoal
	idStep
	idOverdose
	idSafety
	idToolbox
	idDecision
	idOption
	idSupporter
)

func (d idDef) path() string {
	switch d.kind {
	case idAssessment:
		return "strengths.id"
	case idStrength:
		return "strengths." + validate.Elem("strengths", d.i) + ".id"
	case idStatement:
		return "strengths." + validate.Elem("aspects", d.i) + ".id"
	case idGoal:
		return validate.Elem("goals", d.i) + ".id"
	case idStep:
		return validate.Elem("goals", d.i) + "." + validate.Elem("steps", d.j) + ".id"
	case idOverdose:
		return "overdose.id"
	case idSafety:
		return "safety.id"
	case idToolbox:
		return "toolbox.id"
	case idDecision:
		return validate.Elem("decisions", d.i) + ".id"
	case idOption:
		return validate.Elem("decisions", d.i) + "." + validate.Elem("options", d.j) + ".id"
	case idSupporter:
		return validate.Elem("supports", d.i) + ".id"
	}
	return "id"
}

// checkIDs reports IDs defined more than once across the plan, at each
// repeat after the first, in plan order. It sorts the IDs instead of hashing
// them: no map, one allocation.
func (p Plan) checkIDs(c *validate.Collector) {
	n := 1 + 1 + len(p.Strengths.Strengths) + len(p.Strengths.Aspects) + len(p.Goals) + 3 + len(p.Decisions) + len(p.Supports)
	for _, g := range p.Goals {
		n += len(g.Steps)
	}
	for _, d := range p.Decisions {
		n += len(d.Options)
	}
	defs := make([]idDef, 0, n)
	add := func(kind idKind, i, j, scope int, id uuid.UUID) {
		if id != uuid.Nil { // a missing ID is reported as required by the part
			defs = append(defs, idDef{id: id, seq: len(defs), kind: kind, i: i, j: j, scope: scope})
		}
	}
	add(idPlan, 0, 0, 0, p.ID)
	if !assessmentIsZero(p.Strengths) {
		add(idAssessment, 0, 0, 0, p.Strengths.ID)
		for i, st := range p.Strengths.Strengths {
			add(idStrength, i, 0, 1, st.ID)
		}
		for i, st := range p.Strengths.Aspects {
			add(idStatement, i, 0, 1, st.ID)
		}
	}
	for i, g := range p.Goals {
		add(idGoal, i, 0, 0, g.ID)
		for j, st := range g.Steps {
			add(idStep, i, j, 2+2*i, st.ID)
		}
	}
	if p.Overdose != nil {
		add(idOverdose, 0, 0, 0, p.Overdose.ID)
	}
	if p.Safety != nil {
		add(idSafety, 0, 0, 0, p.Safety.ID)
	}
	if p.Toolbox != nil {
		add(idToolbox, 0, 0, 0, p.Toolbox.ID)
	}
	for i, d := range p.Decisions {
		add(idDecision, i, 0, 0, d.ID)
		for j, o := range d.Options {
			add(idOption, i, j, 3+2*i, o.ID)
		}
	}
	for i, sp := range p.Supports {
		add(idSupporter, i, 0, 0, sp.ID)
	}

	slices.SortFunc(defs, func(a, b idDef) int {
		if c := bytes.Compare(a.id[:], b.id[:]); c != 0 {
			return c
		}
		return a.seq - b.seq
	})
	var repeats []idDef
	for k := 1; k < len(defs); k++ {
		if defs[k].id != defs[k-1].id {
			continue
		}
		first := k - 1
		for first > 0 && defs[first-1].id == defs[k].id {
			first--
		}
		if s := defs[k].scope; s != 0 && s == defs[first].scope {
			continue // the part reports it
		}
		repeats = append(repeats, defs[k])
	}
	slices.SortFunc(repeats, func(a, b idDef) int { return a.seq - b.seq })
	for _, d := range repeats {
		c.Add(d.path(), "unique")
	}
}

// idIndex answers whether an ID is among the items of a part: by scanning
// the items for short lists and through a map for long ones, so a typical plan
// allocates nothing.
type idIndex[T any] struct {
	items []T
	id    func(*T) uuid.UUID
	set   map[uuid.UUID]bool // for long lists only
}

const lookupScan = 16

func newIDIndex[T any](items []T, id func(*T) uuid.UUID) idIndex[T] {
	x := idIndex[T]{items: items, id: id}
	if len(items) > lookupScan {
		x.set = make(map[uuid.UUID]bool, len(items))
		for i := range items {
			x.set[id(&items[i])] = true
		}
	}
	return x
}

func (x idIndex[T]) has(id uuid.UUID) bool {
	if x.set != nil {
		return x.set[id]
	}
	for i := range x.items {
		if x.id(&x.items[i]) == id {
			return true
		}
	}
	return false
}

func strengthID(s *strengths.Strength) uuid.UUID { return s.ID }
func goalID(g *goals.SMARTGoal) uuid.UUID        { return g.ID }
func supporterID(s *Supporter) uuid.UUID         { return s.ID }

// checkReferences reports references that do not resolve.
func (p Plan) checkReferences(c *validate.Collector) {
	strengthIDs := newIDIndex(p.Strengths.Strengths, strengthID)
	goalIDs := newIDIndex(p.Goals, goalID)
	supporterIDs := newIDIndex(p.Supports, supporterID)
	supporter := func(path func() string, id uuid.UUID) {
		if id != uuid.Nil && !supporterIDs.has(id) {
			c.Add(path(), "exists")
		}
	}

	for i, g := range p.Goals {
		for j, id := range g.BuildsOn {
			if id != uuid.Nil && !strengthIDs.has(id) {
				c.Add(validate.Elem("goals", i)+"."+validate.Elem("buildsOn", j), "exists")
			}
		}
	}
	for i, d := range p.Decisions {
		for j, id := range d.Goals {
			if id != uuid.Nil && !goalIDs.has(id) {
				c.Add(validate.Elem("decisions", i)+"."+validate.Elem("goals", j), "exists")
			}
		}
		for j, pt := range d.Participants {
			supporter(func() string { return validate.Elem("decisions", i) + "." + validate.Elem("participants", j) + ".id" }, pt.ID)
		}
	}
	if o := p.Overdose; o != nil {
		supporter(func() string { return "overdose.naloxoneCarrier.supporterId" }, o.NaloxoneCarrier.SupporterID)
		supporter(func() string { return "overdose.checkIn.supporterId" }, o.CheckIn.SupporterID)
	}
	if s := p.Safety; s != nil {
		for _, step := range [...]struct {
			name     string
			contacts []crisis.Contact
		}{
			{"distractionPeople", s.DistractionPeople},
			{"askForHelp", s.AskForHelp},
			{"professionalHelp", s.ProfessionalHelp},
		} {
			for j, ct := range step.contacts {
				supporter(func() string { return "safety." + validate.Elem(step.name, j) + ".supporterId" }, ct.SupporterID)
			}
		}
	}
	for i, cc := range p.CoCreators {
		supporter(func() string { return validate.Elem("coCreators", i) + ".supporterId" }, cc.SupporterID)
	}
}

// String returns the plan's ID, version and status, never the person's words
// or ID: for example "plan 60000000-0000-4000-8000-000000000001 v1 active".
// A status that is not defined prints as "[invalid]", here and in LogValue,
// as do the codes of the plan's parts.
func (p Plan) String() string {
	return "plan " + p.ID.String() + " v" + strconv.Itoa(p.Version) + " " + redact.Code(p.Status)
}

// LogValue implements [slog.LogValuer]: it logs the plan's ID, version,
// status, dates and the count of each part, and none of the person's words,
// the person ID, or a supporter's name or number.
func (p Plan) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.String("id", p.ID.String()),
		slog.Int("version", p.Version),
		slog.String("status", redact.Code(p.Status)),
		slog.String("vision", redact.Text(p.Vision)),
		slog.Int("strengths", len(p.Strengths.Strengths)),
		slog.Int("goals", len(p.Goals)),
		slog.Int("decisions", len(p.Decisions)),
		slog.Int("supports", len(p.Supports)),
		slog.Bool("overdosePlan", p.Overdose != nil),
		slog.Bool("safetyPlan", p.Safety != nil),
		slog.Bool("toolbox", p.Toolbox != nil),
		slog.Time("created", p.Created),
	}
	if p.Replaces != uuid.Nil {
		attrs = append(attrs, slog.String("replaces", p.Replaces.String()))
	}
	if !p.AgreedAt.IsZero() {
		attrs = append(attrs, slog.Time("agreedAt", p.AgreedAt))
	}
	if !p.Reviewed.IsZero() {
		attrs = append(attrs, slog.Time("reviewed", p.Reviewed))
	}
	return slog.GroupValue(attrs...)
}
