package fhir

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/sdm"
)

// Options configures [Export]. A nil *Options, or the zero value, means the
// defaults. Options holds a slice and a function; share one between
// goroutines only if neither is changed.
type Options struct {
	// PersonSystem is the identifier system of Plan.PersonID in every
	// reference to the person. Empty means [DefaultPersonSystem].
	PersonSystem string
	// Timestamp is the Bundle.timestamp; the zero time leaves it out, which
	// keeps the output a function of the plan alone.
	Timestamp time.Time
	// Trail, if not empty, is exported as one AuditEvent per event (IHE
	// BALP shape) and one Provenance per event that changed content.
	Trail []audit.Event
	// AuditSource names the system that recorded the trail
	// (AuditEvent.source.observer.display). Empty means "recoverykit".
	AuditSource string
	// GASLevelText returns the text of a Goal Attainment Scaling level of a
	// goal, for the PCO extension, whose text is required. Nil means the
	// level itself, as "level +2" or "level -1": goals.GAS records levels,
	// not their descriptions, so a host app that keeps descriptions supplies
	// them here.
	GASLevelText func(goal uuid.UUID, level goals.Level) string
	// Transaction makes Export write a "transaction" bundle, which a FHIR
	// server accepts when it is posted to its base (a "collection" is
	// refused there): each entry gets a request PUT "Type/<id>", so the
	// server keeps the ids. False writes a "collection".
	Transaction bool
	// PurposeOfUse is the v3 PurposeOfUse code of the audit events'
	// requesting agent (BALP). Empty means "TREAT".
	PurposeOfUse string
}

func (o *Options) personSystem() string {
	if o == nil || o.PersonSystem == "" {
		return DefaultPersonSystem
	}
	return o.PersonSystem
}

func (o *Options) auditSource() string {
	if o == nil || o.AuditSource == "" {
		return "recoverykit"
	}
	return o.AuditSource
}

func (o *Options) purposeOfUse() string {
	if o == nil || o.PurposeOfUse == "" {
		return "TREAT"
	}
	return o.PurposeOfUse
}

func (o *Options) gasText(goal uuid.UUID, l goals.Level) string {
	if o != nil && o.GASLevelText != nil {
		if s := o.GASLevelText(goal, l); s != "" {
			return s
		}
	}
	return "level " + l.String()
}

// urn returns the fullUrl and literal reference of the resource with this
// ID: "urn:uuid:<id>".
func urn(id uuid.UUID) string {
	// One allocation rather than the two of "urn:uuid:" + id.String().
	const hex = "0123456789abcdef"
	var b [45]byte
	copy(b[:], "urn:uuid:")
	j := 9
	for i, x := range id {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b[j] = '-'
			j++
		}
		b[j], b[j+1] = hex[x>>4], hex[x&0xf]
		j += 2
	}
	return string(b[:])
}

// derived returns the fixed ID of a resource derived from the part with ID
// id, such as the ranking List of a plan: a name-based (SHA-1) UUID, so the
// same plan always gives the same IDs.
func derived(id uuid.UUID, name string) uuid.UUID { return uuid.NewSHA1(id, []byte(name)) }

func ref(typ string, id uuid.UUID) Reference { return Reference{Reference: urn(id), Type: typ} }

func coded(system, code string) CodeableConcept {
	return CodeableConcept{Coding: []Coding{{System: system, Code: code}}}
}

func intExt(url string, v int) Extension { return Extension{URL: url, ValueInteger: &v} }

// exporter holds what the parts of one export share.
type exporter struct {
	opts   *Options
	plan   recovery.Plan
	person Reference
	bundle Bundle
	urns   map[uuid.UUID]string // urn of each ID met, so each is made once
	slab   []Coding             // Codings handed out one at a time by coded
}

// urn returns "urn:uuid:<id>", made once per ID in an export.
func (x *exporter) urn(id uuid.UUID) string {
	if u, ok := x.urns[id]; ok {
		return u
	}
	u := urn(id)
	x.urns[id] = u
	return u
}

// id returns the resource id of ID id: the end of its urn, with no
// allocation of its own.
func (x *exporter) id(id uuid.UUID) string { return x.urn(id)[len("urn:uuid:"):] }

func (x *exporter) ref(typ string, id uuid.UUID) Reference {
	return Reference{Reference: x.urn(id), Type: typ}
}

// coded returns a CodeableConcept of one Coding, taken from a slab shared by
// the export (one allocation for many codes).
func (x *exporter) coded(system, code string) CodeableConcept {
	if len(x.slab) == cap(x.slab) {
		x.slab = make([]Coding, 0, 64)
	}
	x.slab = append(x.slab, Coding{System: system, Code: code})
	n := len(x.slab)
	return CodeableConcept{Coding: x.slab[n-1 : n : n]}
}

func (x *exporter) add(id uuid.UUID, r Resource) {
	e := BundleEntry{FullURL: x.urn(id), Resource: r}
	if x.opts != nil && x.opts.Transaction {
		e.Request = &BundleRequest{Method: HTTPPut, URL: r.ResourceType() + "/" + x.id(id)}
	}
	x.bundle.Entry = append(x.bundle.Entry, e)
}

// Export returns the plan as an R4 "collection" Bundle (a "transaction"
// with [Options.Transaction]): first the CarePlan, then one Goal per goal
// (with its GAS score Observations after it), one Task per step, the
// strength and statement Observations and the Lists of the strengths, the
// ranking and the timeline, one RelatedPerson per supporter and the
// supporters List, the CareTeam, the Consents, one QuestionnaireResponse per
// crisis plan and decision and, if opts has a trail, its AuditEvents and
// Provenances. Each entry's fullUrl is "urn:uuid:<id>" and references inside
// the bundle use it. The package comment has the mapping, field by field.
// Get the bytes with the bundle's MarshalJSON (see the package comment).
//
// Export validates p first and returns its *recovery.ValidationError if p is
// invalid; it does not change p. The output is deterministic: the same plan
// and options give the same bundle, and so the same JSON bytes.
func Export(p recovery.Plan, opts *Options) (Bundle, error) {
	if err := p.Validate(); err != nil {
		return Bundle{}, err
	}
	for i, e := range optsTrail(opts) {
		if err := e.Validate(); err != nil {
			return Bundle{}, fmt.Errorf("fhir: trail[%d]: %w", i, err)
		}
	}
	x := &exporter{
		opts: opts,
		plan: p,
		urns: make(map[uuid.UUID]string, 16+2*len(p.Goals)+len(p.Supports)+len(p.Strengths.Strengths)),
		person: Reference{Type: "Patient",
			Identifier: Identifier{System: opts.personSystem(), Value: string(p.PersonID)}},
	}
	x.bundle.Type = BundleCollection
	if opts != nil && opts.Transaction {
		x.bundle.Type = BundleTransaction
	}
	if opts != nil {
		x.bundle.Timestamp = InstantOf(opts.Timestamp)
	}
	steps := 0
	for _, g := range p.Goals {
		steps += len(g.Steps)
	}
	n := 8 + len(p.Goals)*3 + steps + len(p.Strengths.Strengths) + len(p.Strengths.Aspects) + len(p.Supports)*2 +
		len(p.Decisions) + len(optsTrail(opts))*2
	x.bundle.Entry = make([]BundleEntry, 0, n)

	x.add(p.ID, x.carePlan())
	for _, g := range p.Goals {
		x.add(g.ID, x.goal(g))
		x.gasScores(g)
	}
	for _, g := range p.Goals {
		for _, s := range g.Steps {
			x.add(s.ID, x.task(g.ID, s))
		}
	}
	x.strengths()
	x.goalLists()
	x.supporters()
	x.consents()
	x.responses()
	x.trail()
	return x.bundle, nil
}

func optsTrail(o *Options) []audit.Event {
	if o == nil {
		return nil
	}
	return o.Trail
}

func (x *exporter) carePlan() CarePlan {
	p := x.plan
	cp := CarePlan{
		ID:          x.id(p.ID),
		Meta:        Meta{VersionID: strconv.Itoa(p.Version)},
		Language:    p.Language,
		Identifier:  []Identifier{{System: SystemURI, Value: x.urn(p.Series())}},
		Status:      RequestStatus(p.Status),
		Intent:      intent(p),
		Title:       recovery.Label,
		Description: string(p.Vision),
		Subject:     x.person,
		Created:     DateTimeOf(p.Created),
	}
	if p.Replaces != uuid.Nil {
		// The version replaced, by its resource id: the identifier names
		// the series, which every version shares.
		cp.Replaces = []Reference{{Reference: "CarePlan/" + x.id(p.Replaces), Type: "CarePlan"}}
	}
	if !p.Reviewed.IsZero() {
		cp.Extension = []Extension{{URL: ExtReviewed, ValueDateTime: DateTimeOf(p.Reviewed)}}
	}
	if len(p.CoCreators) > 0 {
		cp.Contributor = make([]Reference, 0, len(p.CoCreators))
	}
	for _, c := range p.CoCreators {
		cp.Contributor = append(cp.Contributor, x.coCreator(c))
	}
	if n := len(p.Strengths.Strengths) + len(p.Strengths.Aspects) + len(p.Decisions) + 3; n > 3 || p.Overdose != nil || p.Safety != nil || p.Toolbox != nil {
		cp.SupportingInfo = make([]Reference, 0, n)
	}
	if len(p.Goals) > 0 {
		cp.Goal = make([]Reference, 0, len(p.Goals))
	}
	steps := 0
	for _, g := range p.Goals {
		steps += len(g.Steps)
	}
	if steps > 0 {
		cp.Activity = make([]CarePlanActivity, 0, steps)
	}
	if x.careTeamMembers() > 0 {
		cp.CareTeam = []Reference{x.ref("CareTeam", derived(p.ID, "care-team"))}
	}
	for _, s := range p.Strengths.Strengths {
		cp.SupportingInfo = append(cp.SupportingInfo, x.ref("Observation", s.ID))
	}
	for _, s := range p.Strengths.Aspects {
		cp.SupportingInfo = append(cp.SupportingInfo, x.ref("Observation", s.ID))
	}
	for _, g := range p.Goals {
		cp.Goal = append(cp.Goal, x.ref("Goal", g.ID))
	}
	for _, id := range responseIDs(p) {
		cp.SupportingInfo = append(cp.SupportingInfo, x.ref("QuestionnaireResponse", id))
	}
	for _, g := range p.Goals {
		for _, s := range g.Steps {
			cp.Activity = append(cp.Activity, CarePlanActivity{Reference: x.ref("Task", s.ID)})
		}
	}
	return cp
}

// responseIDs returns the IDs of the plan's QuestionnaireResponses, in the
// order Export writes them: the overdose plan, the safety plan, the
// wellness toolbox, then the decisions in plan order.
func responseIDs(p recovery.Plan) []uuid.UUID {
	var ids []uuid.UUID
	if p.Overdose != nil {
		ids = append(ids, p.Overdose.ID)
	}
	if p.Safety != nil {
		ids = append(ids, p.Safety.ID)
	}
	if p.Toolbox != nil {
		ids = append(ids, p.Toolbox.ID)
	}
	for _, d := range p.Decisions {
		ids = append(ids, d.ID)
	}
	return ids
}

// responses adds one QuestionnaireResponse per crisis plan and decision.
func (x *exporter) responses() {
	p := x.plan
	if p.Overdose != nil {
		x.add(p.Overdose.ID, x.response(FormOverdose, p.Overdose.ID, reflect.ValueOf(*p.Overdose)))
	}
	if p.Safety != nil {
		x.add(p.Safety.ID, x.response(FormSafety, p.Safety.ID, reflect.ValueOf(*p.Safety)))
	}
	if p.Toolbox != nil {
		x.add(p.Toolbox.ID, x.response(FormToolbox, p.Toolbox.ID, reflect.ValueOf(*p.Toolbox)))
	}
	for _, d := range p.Decisions {
		x.add(d.ID, x.response(FormDecision, d.ID, reflect.ValueOf(d)))
	}
}

// intent returns CarePlan.intent: "proposal" for a draft the person has not
// agreed to yet, "plan" otherwise. R4 allows proposal, plan, order and
// option only.
func intent(p recovery.Plan) CarePlanIntent {
	if p.Status == recovery.StatusDraft && p.AgreedAt.IsZero() {
		return IntentProposal
	}
	return IntentPlan
}

// coCreator returns the contributor reference of c, with its role in an
// extension: the person, the supporter's RelatedPerson, or, for someone
// outside the circle of support, a reference by type only.
func (x *exporter) coCreator(c recovery.CoCreator) Reference {
	var r Reference
	switch {
	case c.SupporterID != uuid.Nil:
		r = x.ref("RelatedPerson", c.SupporterID)
	case c.Role == sdm.RolePerson:
		r = x.person
	case c.Role == sdm.RoleProvider:
		r = Reference{Type: "Practitioner"}
	default:
		r = Reference{Type: "RelatedPerson"}
	}
	r.Extension = []Extension{{URL: ExtCoCreatorRole, ValueCode: string(c.Role)}}
	return r
}

// task returns the Task of one step of goal: the action, the goal as the
// reason, the due time as the restriction's end, and, once done, status
// completed with the time in executionPeriod.end.
func (x *exporter) task(goal uuid.UUID, s goals.Step) Task {
	t := Task{
		ID:              x.id(s.ID),
		BasedOn:         []Reference{x.ref("CarePlan", x.plan.ID)},
		Status:          TaskRequested,
		Intent:          TaskIntentPlan,
		Description:     string(s.Action),
		For:             x.person,
		ReasonReference: x.ref("Goal", goal),
	}
	if !s.Due.IsZero() {
		t.Restriction.Period.End = DateTimeOf(s.Due)
	}
	if s.IsDone() {
		t.Status = TaskCompleted
		t.ExecutionPeriod.End = DateTimeOf(s.Done)
	}
	return t
}

func (x *exporter) goal(g goals.SMARTGoal) Goal {
	out := Goal{
		ID:               x.id(g.ID),
		LifecycleStatus:  GoalLifecycleStatus(g.Status),
		Category:         []CodeableConcept{x.coded(SystemLifeArea, string(g.Area))},
		Description:      CodeableConcept{Text: string(g.Statement)},
		Subject:          x.person,
		StartDate:        DateOf(g.Start),
		StartDateElement: dateElement(g.Start),
		ExpressedBy:      x.person,
	}
	out.AchievementStatus = achievement(g)
	n := 2 + len(g.BuildsOn) // one allocation for the goal's extensions
	if g.Attainment != nil {
		n += 7
	}
	out.Extension = make([]Extension, 0, n)
	if g.Term != "" {
		out.Extension = append(out.Extension, Extension{URL: ExtGoalTerm, ValueCode: string(g.Term)})
	}
	if g.Confidence != nil {
		out.Extension = append(out.Extension, intExt(ExtGoalConfidence, *g.Confidence))
	}
	for _, s := range g.BuildsOn {
		out.Extension = append(out.Extension, Extension{URL: ExtGoalBuildsOn, ValueReference: x.ref("Observation", s)})
	}
	if g.Measure != "" || !g.Due.IsZero() {
		t := GoalTarget{DueDate: DateOf(g.Due), DueDateElement: dateElement(g.Due)}
		if g.Measure != "" {
			t.Measure = CodeableConcept{Text: string(g.Measure)}
		}
		out.Target = append(out.Target, t)
	}
	if a := g.Attainment; a != nil {
		parts := make([]Extension, 0, 10) // the five levels' level and text
		for l := goals.LevelMuchMore; l >= goals.LevelMuchLess; l-- {
			k := len(parts)
			parts = append(parts,
				Extension{URL: "level", ValueCoding: Coding{System: SystemLOINC, Code: gasAnswer(int(l))}},
				Extension{URL: "text", ValueString: x.opts.gasText(g.ID, l)})
			out.Extension = append(out.Extension, Extension{URL: ExtGAS, Extension: parts[k : k+2 : k+2]})
		}
		if a.ImportanceRating > 0 {
			out.Extension = append(out.Extension, intExt(ExtGASImportance, a.ImportanceRating))
		}
		if a.DifficultyRating > 0 {
			out.Extension = append(out.Extension, intExt(ExtGASDifficulty, a.DifficultyRating))
		}
		out.Target = append(out.Target, GoalTarget{Measure: x.coded(SystemLOINC, LOINCGASReported)})
	}
	if g.Why != "" {
		out.Note = []Annotation{{AuthorReference: x.person, Text: string(g.Why)}}
	}
	return out
}

// dateElement returns the primitive extensions of a goal's date cut from
// t: the whole instant with t's offset and, if t's location has a name,
// that IANA zone (core tz-code). Nil for the zero time.
func dateElement(t time.Time) *Element {
	if t.IsZero() {
		return nil
	}
	ext := make([]Extension, 1, 2)
	ext[0] = Extension{URL: ExtInstant, ValueInstant: Instant(t.Format(time.RFC3339Nano))}
	if z := t.Location().String(); z != "" && z != "Local" {
		ext = append(ext, Extension{URL: ExtTZCode, ValueCode: z})
	}
	return &Element{Extension: ext}
}

// achievement returns Goal.achievementStatus, derived from the goal (see
// the package comment): achieved for a completed goal; for a goal being
// worked on, improving, worsening or no-change from the GAS follow-up
// against the baseline, else improving once a step is done, else
// in-progress; nothing for other statuses.
func achievement(g goals.SMARTGoal) CodeableConcept {
	code := ""
	switch g.Status {
	case goals.StatusCompleted:
		code = "achieved"
	case goals.StatusActive, goals.StatusAccepted, goals.StatusOnHold:
		code = "in-progress"
		switch a := g.Attainment; {
		case a != nil && a.FollowUp != nil && a.Baseline != nil && *a.FollowUp > *a.Baseline:
			code = "improving"
		case a != nil && a.FollowUp != nil && a.Baseline != nil && *a.FollowUp < *a.Baseline:
			code = "worsening"
		case a != nil && a.FollowUp != nil && a.Baseline != nil:
			code = "no-change"
		case g.Progress().Done > 0:
			code = "improving"
		}
	}
	if code == "" {
		return CodeableConcept{}
	}
	return coded(SystemGoalAchievement, code)
}

// gasScores adds the PCO GAS score Observations of g: the baseline
// (107332-9) and, if rated, the follow-up (107334-5, patient follow-up).
func (x *exporter) gasScores(g goals.SMARTGoal) {
	a := g.Attainment
	if a == nil {
		return
	}
	obs := func(name, code string, l goals.Level, at time.Time) {
		id := derived(g.ID, name)
		x.add(id, Observation{
			ID:                   x.id(id),
			Status:               ObservationFinal,
			Code:                 x.coded(SystemLOINC, code),
			Subject:              x.person,
			Focus:                []Reference{x.ref("Goal", g.ID)},
			EffectiveDateTime:    DateTimeOf(at),
			Performer:            []Reference{x.person},
			ValueCodeableConcept: x.coded(SystemLOINC, gasAnswer(int(l))),
		})
	}
	// goals.GAS keeps levels, not when they were rated: the baseline is
	// dated when the goal started (else when the plan was created), the
	// follow-up when the plan was last reviewed (else created).
	if a.Baseline != nil {
		obs("gas-baseline", LOINCGASReported, *a.Baseline, cmp.Or(g.Start, x.plan.Created))
	}
	if a.FollowUp != nil {
		obs("gas-follow-up", LOINCGASPatientFollowUp, *a.FollowUp, cmp.Or(x.plan.Reviewed, x.plan.Created))
	}
}

// strengths adds one eLTSS Strength Observation per strength, one
// Observation per statement (need, ability or preference), and the strengths
// List: the assessment, entries in recorded order, each prioritized entry
// with its place in the person's priorities.
func (x *exporter) strengths() {
	a := x.plan.Strengths
	if a.ID == uuid.Nil {
		return
	}
	at := DateTimeOf(a.AssessedAt)
	for _, s := range a.Strengths {
		x.add(s.ID, Observation{
			ID:     x.id(s.ID),
			Status: ObservationFinal,
			Category: []CodeableConcept{
				x.coded(SystemLifeArea, string(s.Area)),
				x.coded(SystemStrengthKind, string(s.Kind)),
				x.coded(SystemStrengthTimeframe, string(s.Timeframe)),
				x.coded(SystemStrengthSource, string(s.Source)),
			},
			Code:              x.coded(SystemELTSSObservation, "strength"),
			Subject:           x.person,
			EffectiveDateTime: at,
			ValueString:       string(s.Statement),
		})
	}
	for _, s := range a.Aspects {
		x.add(s.ID, Observation{
			ID:                x.id(s.ID),
			Status:            ObservationFinal,
			Category:          []CodeableConcept{x.coded(SystemLifeArea, string(s.Area))},
			Code:              x.coded(SystemStatementKind, string(s.Kind)),
			Subject:           x.person,
			EffectiveDateTime: at,
			ValueString:       string(s.Text),
		})
	}
	l := List{
		ID:      x.id(a.ID),
		Status:  ListCurrent,
		Mode:    ListWorking,
		Title:   "Strengths",
		Code:    x.coded(SystemListKind, "strengths"),
		Subject: x.person,
		Date:    at,
	}
	for _, s := range a.Strengths {
		e := ListEntry{Item: x.ref("Observation", s.ID)}
		for i, p := range a.Priorities {
			if p == s.ID {
				e.Extension = []Extension{intExt(ExtRank, i+1)}
				break
			}
		}
		l.Entry = append(l.Entry, e)
	}
	x.add(a.ID, l)
}

// goalLists adds the person's ranking and timeline of goals as Lists, as
// the PCO Personal Priorities Organizer does: entry order is the person's
// order (rank, then plan order for ties), and each entry carries the
// person's own number so ties and gaps survive. Goals not yet ranked or
// placed are left out of that list.
func (x *exporter) goalLists() {
	p := x.plan
	list := func(name, title, order string, key func(goals.SMARTGoal) int) {
		l := List{
			Status:    ListCurrent,
			Mode:      ListWorking,
			Title:     title,
			Code:      x.coded(SystemListKind, name),
			Subject:   x.person,
			Source:    x.person,
			OrderedBy: x.coded(SystemListOrder, order),
		}
		idx := make([]int, 0, len(p.Goals))
		for i, g := range p.Goals {
			if key(g) > 0 {
				idx = append(idx, i)
			}
		}
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(key(p.Goals[a]), key(p.Goals[b])) })
		if len(idx) == 0 {
			return
		}
		l.Entry = make([]ListEntry, 0, len(idx))
		ranks := make([]int, len(idx)) // one allocation for every entry's rank
		for n, i := range idx {
			g := p.Goals[i]
			ranks[n] = key(g)
			l.Entry = append(l.Entry, ListEntry{Item: x.ref("Goal", g.ID),
				Extension: []Extension{{URL: ExtRank, ValueInteger: &ranks[n]}}})
		}
		id := derived(p.ID, name)
		l.ID = x.id(id)
		x.add(id, l)
	}
	list("goal-ranking", "The goals as the person ranks them", "priority",
		func(g goals.SMARTGoal) int { return g.Importance })
	list("goal-timeline", "The goals in the order the person will work on them", "user",
		func(g goals.SMARTGoal) int { return g.Order })
}

func (x *exporter) careTeamMembers() int {
	n := 0
	for _, s := range x.plan.Supports {
		if s.ConsentToInvolve {
			n++
		}
	}
	return n
}

// supporters adds one RelatedPerson per supporter and the CareTeam of those
// who agreed to be involved.
func (x *exporter) supporters() {
	p := x.plan
	for _, s := range p.Supports {
		rp := RelatedPerson{
			ID:           x.id(s.ID),
			Patient:      x.person,
			Relationship: []CodeableConcept{x.coded(SystemSupporterRole, string(s.Role))},
			Name:         []HumanName{{Text: string(s.Name)}},
		}
		if s.Relationship != "" {
			rp.Relationship = append(rp.Relationship, CodeableConcept{Text: string(s.Relationship)})
		}
		if s.Phone != "" {
			rp.Telecom = append(rp.Telecom, ContactPoint{System: ContactPhone, Value: string(s.Phone)})
		}
		if s.Email != "" {
			rp.Telecom = append(rp.Telecom, ContactPoint{System: ContactEmail, Value: string(s.Email)})
		}
		x.add(s.ID, rp)
	}
	if len(p.Supports) > 0 {
		// The circle of support in the person's order, which entry order
		// alone would not keep through a server.
		id := derived(p.ID, "supporters")
		l := List{
			ID:        x.id(id),
			Status:    ListCurrent,
			Mode:      ListWorking,
			Title:     "Circle of support",
			Code:      x.coded(SystemListKind, "supporters"),
			Subject:   x.person,
			OrderedBy: x.coded(SystemListOrder, "user"),
			Entry:     make([]ListEntry, 0, len(p.Supports)),
		}
		for _, s := range p.Supports {
			l.Entry = append(l.Entry, ListEntry{Item: x.ref("RelatedPerson", s.ID)})
		}
		x.add(id, l)
	}
	if x.careTeamMembers() == 0 {
		return
	}
	id := derived(p.ID, "care-team")
	t := CareTeam{
		ID:      x.id(id),
		Status:  CareTeamActive,
		Name:    "Circle of support",
		Subject: x.person,
	}
	for _, s := range p.Supports {
		if s.ConsentToInvolve {
			t.Participant = append(t.Participant, CareTeamParticipant{
				Role:   []CodeableConcept{x.coded(SystemSupporterRole, string(s.Role))},
				Member: x.ref("RelatedPerson", s.ID),
			})
		}
	}
	x.add(id, t)
}

// consents adds the person's agreement to the plan (scope treatment) and,
// per supporter with a consent date or consent to see the plan, a privacy
// Consent that permits (or, without that consent, denies) the supporter
// access to the plan.
func (x *exporter) consents() {
	p := x.plan
	category := []CodeableConcept{x.coded(SystemLOINC, LOINCConsent)}
	planData := []ConsentData{{Meaning: MeaningRelated, Reference: x.ref("CarePlan", p.ID)}}
	if !p.AgreedAt.IsZero() {
		id := derived(p.ID, "consent-agreement")
		x.add(id, Consent{
			ID:         x.id(id),
			Status:     ConsentActive,
			Scope:      x.coded(SystemConsentScope, "treatment"),
			Category:   category,
			Patient:    x.person,
			DateTime:   DateTimeOf(p.AgreedAt),
			Performer:  []Reference{x.person},
			PolicyRule: x.coded(SystemActCode, "OPTIN"),
			Provision:  &ConsentProvision{Type: ProvisionPermit, Data: planData},
		})
	}
	for _, s := range p.Supports {
		if s.ConsentedAt.IsZero() && !s.ConsentToShare {
			continue
		}
		typ := ProvisionDeny
		if s.ConsentToShare {
			typ = ProvisionPermit
		}
		id := derived(s.ID, "consent-share")
		x.add(id, Consent{
			ID:         x.id(id),
			Status:     ConsentActive,
			Scope:      x.coded(SystemConsentScope, "patient-privacy"),
			Category:   category,
			Patient:    x.person,
			DateTime:   DateTimeOf(s.ConsentedAt),
			Performer:  []Reference{x.person},
			PolicyRule: x.coded(SystemActCode, "OPTIN"),
			Provision: &ConsentProvision{
				Type: typ,
				Actor: []ConsentActor{{
					Role:      x.coded(SystemParticipationType, "IRCP"),
					Reference: x.ref("RelatedPerson", s.ID),
				}},
				Action: []CodeableConcept{x.coded(SystemConsentAction, "access")},
				Data:   planData,
			},
		})
	}
}

// restful maps an audit action to the BALP AuditEvent.subtype.
func restful(a audit.Action) string {
	switch a {
	case audit.ActionCreate:
		return "create"
	case audit.ActionUpdate:
		return "update"
	case audit.ActionDelete:
		return "delete"
	case audit.ActionView, audit.ActionExport, audit.ActionShare:
		return "read"
	}
	return ""
}

// trail adds the audit trail: one AuditEvent per event in the IHE BALP
// RESTful pattern, and one Provenance per event that changed content.
func (x *exporter) trail() {
	for _, e := range optsTrail(x.opts) {
		what := x.auditTarget(e)
		who := Reference{Identifier: Identifier{System: SystemAuditActor, Value: e.Actor.ID}}
		read := restful(e.Action) == "read"
		// BALP: on a read the server is the source of the data (DICOM
		// 110153 Source Role ID); on a change it is the destination (110152).
		serverRole := "110152"
		if read {
			serverRole = "110153"
		}
		ae := AuditEvent{
			ID:       x.id(e.ID),
			Type:     Coding{System: SystemAuditEventType, Code: "rest"},
			Action:   AuditAction(e.Action.FHIR()),
			Recorded: InstantOf(e.At),
			Outcome:  AuditOutcome(e.Outcome.FHIR()),
			Agent: []AuditEventAgent{
				{
					// BALP: the client, as the information recipient (IRCP),
					// the user who asked, with their role and purpose of use.
					Type:         x.coded(SystemParticipationType, "IRCP"),
					Role:         []CodeableConcept{x.coded(SystemAuditRole, string(e.Actor.Role))},
					Who:          who,
					Requestor:    true,
					PurposeOfUse: []CodeableConcept{x.coded(SystemPurposeOfUse, x.opts.purposeOfUse())},
				},
				{
					Type:      x.coded(SystemDICOM, serverRole),
					Who:       Reference{Display: x.opts.auditSource()},
					Requestor: false,
				},
			},
			Source: AuditEventSource{Observer: Reference{Display: x.opts.auditSource()}},
			Entity: []AuditEventEntity{
				{
					What:   what,
					Type:   Coding{System: SystemAuditEntityType, Code: "2"},
					Role:   Coding{System: SystemObjectRole, Code: "4"},
					Detail: auditDetails(e),
				},
				{
					What: x.person,
					Type: Coding{System: SystemAuditEntityType, Code: "1"},
					Role: Coding{System: SystemObjectRole, Code: "1"},
				},
			},
		}
		if s := restful(e.Action); s != "" {
			ae.Subtype = []Coding{{System: SystemRestfulInteraction, Code: s}}
		}
		if e.Reason != "" {
			ae.PurposeOfEvent = []CodeableConcept{x.coded(SystemAuditReason, e.Reason)}
		}
		x.add(e.ID, ae)
		if !e.Action.ChangesContent() {
			continue
		}
		id := derived(e.ID, "provenance")
		x.add(id, Provenance{
			ID:       x.id(id),
			Target:   []Reference{what},
			Recorded: InstantOf(e.At),
			Activity: x.coded(SystemDataOperation, strings.ToUpper(string(e.Action))),
			Agent: []ProvenanceAgent{{
				Type: x.coded(SystemProvenanceAgentType, "author"),
				Role: []CodeableConcept{x.coded(SystemAuditRole, string(e.Actor.Role))},
				Who:  who,
			}},
		})
	}
}

// auditTarget returns the reference of what an event changed or read: a
// literal, version-specific reference "CarePlan/<id>/_history/<version>"
// when it is this version of the plan, whose CarePlan is in the bundle (an
// event names the plan's series and the version), and a logical reference by
// identifier otherwise, which for another version of the series is the
// identifier that every version's CarePlan carries.
func (x *exporter) auditTarget(e audit.Event) Reference {
	p := &x.plan
	if e.Subject == p.Series() {
		if e.Version == uint64(p.Version) {
			return Reference{Reference: "CarePlan/" + x.id(p.ID) + "/_history/" + strconv.Itoa(p.Version), Type: "CarePlan"}
		}
		return Reference{Type: "CarePlan", Identifier: Identifier{System: SystemURI, Value: x.urn(e.Subject)}}
	}
	return Reference{Identifier: Identifier{System: SystemURI, Value: x.urn(e.Subject)}}
}

// auditDetails returns the entity details of an event: sequence number,
// version, hash chain links and changed paths (JSON pointers, never values).
func auditDetails(e audit.Event) []AuditEventDetail {
	d := []AuditEventDetail{
		{Type: "seq", ValueString: strconv.FormatUint(e.Seq, 10)},
		{Type: "version", ValueString: strconv.FormatUint(e.Version, 10)},
	}
	if !e.Prev.IsZero() {
		d = append(d, AuditEventDetail{Type: "prev", ValueString: e.Prev.String()})
	}
	if !e.Hash.IsZero() {
		d = append(d, AuditEventDetail{Type: "hash", ValueString: e.Hash.String()})
	}
	for _, p := range e.Paths {
		if p != "" {
			d = append(d, AuditEventDetail{Type: "path", ValueString: p})
		}
	}
	return d
}
