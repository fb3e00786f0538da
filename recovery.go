package recovery

import (
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/recoverykit/recovery/internal/enum"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/redact"
	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/internal/walk"
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
func Statuses() []Status { return statuses.Values() }

var statuses = enum.Of(StatusDraft, StatusActive, StatusOnHold, StatusRevoked, StatusCompleted)

// IsValid reports whether s is one of the defined statuses.
func (s Status) IsValid() bool { return statuses.Has(s) }

// Index returns the position of s in [Statuses], or -1 if s is not valid.
func (s Status) Index() int { return statuses.Index(s) }

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
func SupporterRoles() []SupporterRole { return supporterRoles.Values() }

var supporterRoles = enum.Of(SupporterRoleFamily, SupporterRoleFriend, SupporterRoleCommunity, SupporterRolePeerSpecialist, SupporterRoleProvider)

// IsValid reports whether r is one of the defined roles.
func (r SupporterRole) IsValid() bool { return supporterRoles.Has(r) }

// Index returns the position of r in [SupporterRoles], or -1 if r is not valid.
func (r SupporterRole) Index() int { return supporterRoles.Index(r) }

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
	ID uuid.UUID `json:"id" validate:"required" id:"supporter"`
	// Name is how the person names the supporter ("Sam"). Required.
	Name phi.Name `json:"name" validate:"required,max=200"`
	// Role is who the supporter is to the person. Required.
	Role SupporterRole `json:"role" validate:"valid"`
	// Relationship is the relationship in the person's words ("my brother").
	// Optional.
	Relationship phi.Words `json:"relationship,omitempty" validate:"max=200"`
	// Phone is the supporter's number, checked for shape as a crisis
	// contact's is (rule "phone"). Optional.
	Phone phi.Phone `json:"phone,omitempty" validate:"omitempty,phone"`
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
	ConsentedAt time.Time `json:"consentedAt,omitzero" validate:"year"`
}

// Validate checks the supporter. It returns nil or a *[ValidationError]
// listing every problem: "required" on id, name (blank too) and role ("valid"
// for a role that is not defined), "max" on name and relationship, "phone" on
// a phone number that is not shaped like one, "email" on an email address that
// is not shaped like one. No problem carries a value.
func (s Supporter) Validate() error {
	var c validate.Collector
	s.check(&c)
	return c.Err()
}

// check records the problems [Supporter.Validate] reports.
func (s *Supporter) check(c *validate.Collector) {
	validate.Tags(c, "", s, s.tagsHold())
	if s.Name != "" && phi.Blank(s.Name) {
		c.Add("name", "required")
	}
}

// String returns the supporter's ID and codes, never the name or number: for
// example "supporter 50000000-0000-4000-8000-000000000003 family involve=true share=false".
func (s Supporter) String() string {
	return "supporter " + s.ID.String() + " " + redact.Code(s.Role) +
		" involve=" + strconv.FormatBool(s.ConsentToInvolve) +
		" share=" + strconv.FormatBool(s.ConsentToShare)
}

// GoString implements [fmt.GoStringer]: %#v prints what [Supporter.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (s Supporter) GoString() string { return s.String() }

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
	SupporterID uuid.UUID `json:"supporterId,omitzero" ref:"supporter"`
}

// String returns the co-creator's role and supporter ID: for example
// "co-creator peer 50000000-0000-4000-8000-000000000001". A role that is not
// defined prints as "[invalid]".
func (c CoCreator) String() string {
	return "co-creator " + redact.Code(c.Role) + " " + c.SupporterID.String()
}

// GoString implements [fmt.GoStringer]: %#v prints what [CoCreator.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (c CoCreator) GoString() string { return c.String() }

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
// next Version, Replaces pointing at the version it amends, and the same
// series identity ([Plan.Series]); [Amend] makes one. A replaced version keeps
// the Status it was written with; [Plan.StatusIn] gives its status within its
// series.
//
// Parts of a plan refer to each other by ID (a goal builds on strengths, a
// decision serves goals, a crisis contact is a supporter); [Plan.Validate]
// checks that every reference resolves and that no ID is used twice.
//
// The person's words (Vision, statements, goals, steps, crisis plans,
// decisions) and the supporters' names and numbers are personal health
// information: [Plan.LogValue] logs IDs, codes and counts only, and
// [Plan.String] prints the ID, version and status. Use deidentify.Plan before
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
	// SeriesID identifies the plan across its versions: every version of one
	// plan carries the same SeriesID, while ID, Version and Replaces tell the
	// versions apart. [Plan.Series] returns it. On version 1 the zero ID means
	// that the series is named by the version's own ID, so a first version
	// needs no second ID; from version 2 on it is required and differs from
	// the version's ID. [Amend] carries it over.
	SeriesID uuid.UUID `json:"seriesId,omitzero"`
	// Status is where the plan stands. Required.
	Status Status `json:"status" validate:"valid"`
	// PersonID is the pseudonymous ID of the person whose plan it is: never a
	// name or a record number. Required.
	PersonID phi.ID `json:"personId" validate:"required,max=128"`
	// Language is the language the plan is written in, a BCP 47 tag ("en",
	// "en-US", "es", "es-MX"); "" means "en". It chooses the grammar with
	// which the plan's words are read ([goals.TextOptions].Language).
	// Optional; a tag that is not well formed fails Validate with the rule
	// "bcp47".
	Language string `json:"language,omitempty"`
	// Vision is the person's vision for their life, in their own words.
	Vision phi.Words `json:"vision,omitempty" validate:"max=2000"`
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
	AgreedAt time.Time `json:"agreedAt,omitzero" validate:"year"`
	// Created is when this version was created. Required.
	Created time.Time `json:"created" validate:"year"`
	// Reviewed is when the plan was last reviewed with the person; the zero
	// time means not yet.
	Reviewed time.Time `json:"reviewed,omitzero" validate:"year"`
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
//	seriesId                          required from version 2 on; distinct: not the version's own
//	                                  ID from version 2 on (version 1 may leave it zero)
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
	validate.Tags(&c, "", &p, p.tagsHold())
	if p.Version > 1 && p.Replaces == uuid.Nil {
		c.Add("replaces", "required")
	}
	if p.Replaces != uuid.Nil && p.Replaces == p.ID {
		c.Add("replaces", "distinct")
	}
	if p.Language != "" && !wellFormedLanguage(p.Language) {
		c.Add("language", "bcp47")
	}
	if p.Version > 1 {
		switch p.SeriesID {
		case uuid.Nil:
			c.Add("seriesId", "required")
		case p.ID:
			c.Add("seriesId", "distinct")
		}
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
		var sc validate.Collector
		if p.Supports[i].check(&sc); sc.Len() > 0 { // the path is built only for a problem
			c.Nested(validate.Elem("supports", i), sc.Err())
		}
	}
	for i := range p.CoCreators {
		var cc validate.Collector
		validate.Tags(&cc, "", &p.CoCreators[i], p.CoCreators[i].tagsHold())
		if cc.Len() > 0 { // the path is built only for a problem
			c.Nested(validate.Elem("coCreators", i), cc.Err())
		}
	}

	p.checkIDs(&c)
	return c.Err()
}

// commonLanguages are tags that language.Parse accepts, and that plans
// carry most: [wellFormedLanguage] accepts them without parsing.
var commonLanguages = [...]string{"en", "es", "en-US", "es-US", "es-MX", "es-419"}

// wellFormedLanguage reports whether tag is a BCP 47 tag that
// language.Parse accepts; the common tags are answered without parsing.
func wellFormedLanguage(tag string) bool {
	for _, t := range commonLanguages {
		if tag == t {
			return true
		}
	}
	_, err := language.Parse(tag)
	return err == nil
}

// assessmentIsZero reports whether a is the zero Assessment: nothing recorded.
func assessmentIsZero(a strengths.Assessment) bool {
	return a.ID == uuid.Nil && a.AssessedAt.IsZero() && len(a.Strengths) == 0 &&
		len(a.Aspects) == 0 && len(a.Priorities) == 0
}

// checkIDs reports, from one walk of the plan by type, every ID defined more
// than once and every reference that does not resolve.
//
// An ID is defined by a field named "id" in JSON; a field tagged
// id:"<kind>" also makes it a target of references of that kind (a
// strength, a goal, a supporter). A reference is a field tagged
// ref:"<kind>". A repeat is reported at each occurrence after the first,
// unless both occurrences sit in the same part, which reports its own
// repeats (two steps of one goal, two options of one decision, a strength
// and an aspect of the assessment).
func (p *Plan) checkIDs(c *validate.Collector) {
	if p.idsResolve() {
		return // the common case, found without building a single path
	}
	type def struct {
		id    uuid.UUID
		path  string
		scope string
	}
	type ref struct {
		id   uuid.UUID
		kind string
		path string
	}
	var defs []def
	var refs []ref
	targets := make(map[string]map[uuid.UUID]bool)
	walk.Walk(p, walk.Visitor{ID: func(f walk.Field, id uuid.UUID) {
		if id == uuid.Nil {
			return // a missing ID is reported as required by its part
		}
		if kind := f.Tag.Get("ref"); kind != "" {
			refs = append(refs, ref{id, kind, f.Path()})
			return
		}
		if f.Name() != "id" {
			return
		}
		path := f.Path()
		defs = append(defs, def{id, path, scopeOf(path)})
		if kind := f.Tag.Get("id"); kind != "" {
			if targets[kind] == nil {
				targets[kind] = make(map[uuid.UUID]bool)
			}
			targets[kind][id] = true
		}
	}})
	first := make(map[uuid.UUID]int, len(defs))
	for i, d := range defs {
		j, seen := first[d.id]
		if !seen {
			first[d.id] = i
			continue
		}
		if d.scope == "" || d.scope != defs[j].scope {
			c.Add(d.path, "unique")
		}
	}
	for _, r := range refs {
		if !targets[r.kind][r.id] {
			c.Add(r.path, "exists")
		}
	}
}

// idsResolve reports whether no ID of the plan is defined twice and every
// reference resolves: [Plan.checkIDs]'s question for a valid plan, answered
// without building paths or reflecting on the plan ([forEachID] is written
// out from the plan's types). A repeat inside one part makes it false too;
// the full check then sorts out who reports it.
func (p *Plan) idsResolve() bool {
	// Up to smallIDs of each are held on the stack, so that a typical plan's
	// check allocates nothing.
	var defBuf, refBuf [smallIDs]idKind
	defs, refs := defBuf[:0], refBuf[:0]
	forEachID(p, func(id uuid.UUID, def bool, kind string) {
		if id == uuid.Nil {
			return
		}
		if def {
			defs = append(defs, idKind{id, kind})
		} else {
			refs = append(refs, idKind{id, kind})
		}
	})
	if len(defs) <= smallIDs {
		// A plan of a few dozen IDs: a scan of the list beats hashing it.
		for i := 1; i < len(defs); i++ {
			for j := range i {
				if defs[i].id == defs[j].id {
					return false
				}
			}
		}
	refs:
		for _, r := range refs {
			for _, d := range defs {
				if d.id == r.id {
					if d.kind != r.kind {
						return false
					}
					continue refs
				}
			}
			return false
		}
		return true
	}
	seen := make(map[uuid.UUID]string, len(defs)) // an ID and the kind of target it is, if any
	for _, d := range defs {
		if _, dup := seen[d.id]; dup {
			return false
		}
		seen[d.id] = d.kind
	}
	for _, r := range refs {
		if kind, found := seen[r.id]; !found || kind != r.kind {
			return false
		}
	}
	return true
}

// smallIDs is the most IDs that [Plan.idsResolve] checks by scanning a list
// rather than through a map: the pairs it compares grow with the square of
// the IDs, a map's work with their number.
const smallIDs = 64

// idKind is an ID with the kind of target it is or refers to.
type idKind struct {
	id   uuid.UUID
	kind string
}

// scopeOf returns the part that checks the ID at path for repeats: for
// "goals[1].steps[0].id" the goal, "goals[1]"; for "strengths.aspects[0].id"
// the assessment, "strengths"; "" for an ID in a list of the plan itself
// ("goals[1].id") or of no list ("overdose.id").
func scopeOf(path string) string {
	path = strings.TrimSuffix(path, ".id")
	i := strings.LastIndexByte(path, '[')
	if i < 0 {
		return ""
	}
	j := strings.LastIndexByte(path[:i], '.')
	if j < 0 {
		return ""
	}
	return path[:j]
}

// String returns the plan's ID, version and status, never the person's words
// or ID: for example "plan 60000000-0000-4000-8000-000000000001 v1 active".
// A status that is not defined prints as "[invalid]", here and in LogValue,
// as do the codes of the plan's parts.
func (p Plan) String() string {
	return "plan " + p.ID.String() + " v" + strconv.Itoa(p.Version) + " " + redact.Code(p.Status)
}

// GoString implements [fmt.GoStringer]: %#v prints what [Plan.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (p Plan) GoString() string { return p.String() }

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
	if p.SeriesID != uuid.Nil {
		attrs = append(attrs, slog.String("seriesId", p.SeriesID.String()))
	}
	if !p.AgreedAt.IsZero() {
		attrs = append(attrs, slog.Time("agreedAt", p.AgreedAt))
	}
	if !p.Reviewed.IsZero() {
		attrs = append(attrs, slog.Time("reviewed", p.Reviewed))
	}
	return slog.GroupValue(attrs...)
}
