package fhir

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

// ErrMalformed is wrapped by every error [Import] returns for a bundle it
// cannot read: not JSON, not a Bundle, no CarePlan or more than one, or an
// entry that is malformed (see [EntryError]).
var ErrMalformed = errors.New("fhir: malformed bundle")

// EntryError reports a malformed entry of a bundle: its JSON does not decode,
// it breaks its R4 rules, or it does not hold what the plan needs (a Goal id
// that is not a UUID, a reference to a goal that is not in the bundle). It
// wraps [ErrMalformed] and the cause, which is often a
// *recovery.ValidationError naming the field and rule.
//
// The zero value names no entry. An EntryError is safe for concurrent reads
// once returned.
type EntryError struct {
	// Index is the position of the entry in Bundle.entry, from 0.
	Index int
	// ResourceType is the entry's resourceType, if it could be read, or
	// "[invalid]" if it is not shaped like a resource type name, so that the
	// message never echoes text from the bundle.
	ResourceType string
	// Err is the cause.
	Err error
}

// Error returns "fhir: malformed bundle: entry <i> (<type>): <cause>".
func (e *EntryError) Error() string {
	t := e.ResourceType
	if t == "" {
		t = "?"
	}
	msg := ErrMalformed.Error() + ": entry " + strconv.Itoa(e.Index) + " (" + t + ")"
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns [ErrMalformed] and the cause, for errors.Is and errors.As.
func (e *EntryError) Unwrap() []error { return []error{ErrMalformed, e.Err} }

// SkipReason says why [Import] left an entry out of the plan.
//
// The zero value is not a valid SkipReason. A SkipReason is a string and is
// safe for concurrent use.
type SkipReason string

// The reasons an entry is skipped.
const (
	// SkipUnknownType is a resource type this package does not model, such
	// as a Patient.
	SkipUnknownType SkipReason = "unknown-type"
	// SkipNotInPlan is a resource of a known type that the plan does not
	// point to, or that holds no part of a plan: a Goal the CarePlan does not
	// list, an Observation that is neither a listed strength, a statement in
	// the CarePlan's supportingInfo nor a GAS score of a goal of the plan,
	// and every AuditEvent and Provenance (the audit trail is exported for
	// the record, not read back).
	SkipNotInPlan SkipReason = "not-in-plan"
)

// IsValid reports whether r is one of the defined skip reasons.
func (r SkipReason) IsValid() bool {
	return r == SkipUnknownType || r == SkipNotInPlan
}

// Skipped is an entry [Import] did not read into the plan.
//
// The zero value names no entry. A Skipped is a plain value, safe for
// concurrent use.
type Skipped struct {
	// Index is the position of the entry in Bundle.entry, from 0.
	Index int `json:"index"`
	// ResourceType is the entry's resourceType, or "[invalid]" if it is not
	// shaped like a resource type name.
	ResourceType string `json:"resourceType"`
	// ID is the resource's id, if it has one, or "[invalid]" if it breaks
	// the R4 id pattern: a Skipped holds no text from the bundle beyond
	// well-formed names and ids, so it can be logged.
	ID string `json:"id,omitempty"`
	// Reason says why it was skipped.
	Reason SkipReason `json:"reason"`
}

// entry is one decoded bundle entry; entries[i] is Bundle.entry[i].
type entry struct {
	index int
	res   Resource
	used  bool
}

// importer holds the decoded entries of one import.
type importer struct {
	entries []entry
	byURL   map[string]int // fullUrl, "Type/id" and "urn:uuid:id" -> index in entries
}

// Import reads a bundle made by [Export] (or another system following the
// same mapping, see the package comment) back into a plan. For every field
// FHIR carries, Import(Export(p)) equals p; the package comment lists the
// fields that do not travel.
//
// Entries it does not read are returned in skipped, in bundle order: a
// resource type the package does not model, or a known resource the plan does
// not use. A malformed bundle is an error wrapping [ErrMalformed]: an
// [*EntryError] names the position of a malformed entry. A bundle that reads
// into an invalid plan returns the plan's *recovery.ValidationError. A bundle
// over [MaxImportBytes], [MaxDepth] or [MaxBundleDepth] is an error wrapping
// [ErrLimit], found in one pass before anything is decoded, so Import's time
// and memory grow linearly with the size of b. JSON that does not decode is
// a [*DecodeError], which names the offset or the field, never the value.
// Import never panics, whatever the bytes, and its errors quote no text or
// number from b.
func Import(b []byte) (p recovery.Plan, skipped []Skipped, err error) {
	if err := checkLimits(b); err != nil {
		return recovery.Plan{}, nil, err
	}
	var raw struct {
		ResourceType string `json:"resourceType"`
		Entry        []struct {
			FullURL  string          `json:"fullUrl"`
			Resource json.RawMessage `json:"resource"`
		} `json:"entry"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return recovery.Plan{}, nil, fmt.Errorf("%w: %w", ErrMalformed, jsonError(err))
	}
	if raw.ResourceType != "Bundle" {
		return recovery.Plan{}, nil, fmt.Errorf("%w: %w", ErrMalformed, &TypeError{Want: "Bundle", Got: shown(typeNameRE, raw.ResourceType)})
	}
	im := &importer{entries: make([]entry, 0, len(raw.Entry)), byURL: make(map[string]int, 2*len(raw.Entry))}
	carePlan := -1
	for i, e := range raw.Entry {
		if len(e.Resource) == 0 || string(e.Resource) == "null" {
			return recovery.Plan{}, nil, &EntryError{Index: i, Err: errors.New("no resource")}
		}
		r, err := decodeResource(e.Resource)
		if err != nil {
			return recovery.Plan{}, nil, &EntryError{Index: i, ResourceType: shown(typeNameRE, typeOf(e.Resource)), Err: jsonError(err)}
		}
		if err := r.Validate(); err != nil {
			return recovery.Plan{}, nil, &EntryError{Index: i, ResourceType: r.ResourceType(), Err: err}
		}
		im.entries = append(im.entries, entry{index: i, res: r})
		if e.FullURL != "" {
			im.byURL[e.FullURL] = i
		}
		if id := resourceID(r); id != "" {
			im.byURL[r.ResourceType()+"/"+id] = i
			if _, err := uuid.Parse(id); err == nil {
				im.byURL["urn:uuid:"+id] = i
			}
		}
		if _, ok := r.(CarePlan); ok {
			if carePlan >= 0 {
				return recovery.Plan{}, nil, &EntryError{Index: i, ResourceType: "CarePlan", Err: errors.New("a second CarePlan: a bundle holds one plan")}
			}
			carePlan = i
		}
	}
	if carePlan < 0 {
		return recovery.Plan{}, nil, fmt.Errorf("%w: no CarePlan", ErrMalformed)
	}
	p, err = im.plan(carePlan)
	if err != nil {
		return recovery.Plan{}, nil, err
	}
	for _, e := range im.entries {
		if e.used {
			continue
		}
		s := Skipped{Index: e.index, ResourceType: shown(typeNameRE, e.res.ResourceType()),
			ID: shown(idRE, resourceID(e.res)), Reason: SkipNotInPlan}
		if _, ok := e.res.(OtherResource); ok {
			s.Reason = SkipUnknownType
		}
		skipped = append(skipped, s)
	}
	if err := p.Validate(); err != nil {
		return recovery.Plan{}, nil, err
	}
	return p, skipped, nil
}

// typeOf returns the resourceType of raw JSON, or "".
func typeOf(b []byte) string {
	rt, _ := resourceTypeOf(b)
	return rt
}

// resourceID returns the id of r, or "" for a type without one here.
func resourceID(r Resource) string {
	switch v := r.(type) {
	case CarePlan:
		return v.ID
	case Goal:
		return v.ID
	case Observation:
		return v.ID
	case List:
		return v.ID
	case RelatedPerson:
		return v.ID
	case CareTeam:
		return v.ID
	case Consent:
		return v.ID
	case Provenance:
		return v.ID
	case AuditEvent:
		return v.ID
	case Bundle:
		return v.ID
	case OtherResource:
		var head struct {
			ID string `json:"id"`
		}
		if json.Unmarshal(v.JSON, &head) == nil {
			return head.ID
		}
	}
	return ""
}

// resolve returns the entry a reference points to, by fullUrl or by
// "Type/id", or -1.
func (im *importer) resolve(r Reference) int {
	if i, ok := im.byURL[r.Reference]; ok {
		return i
	}
	return -1
}

// problems collects what is wrong with one entry while reading it.
type problems struct {
	c validate.Collector
}

func (ps *problems) uuid(path, s string) uuid.UUID {
	id, err := uuid.Parse(s)
	if err != nil || id == uuid.Nil {
		ps.c.Add(path, "uuid")
		return uuid.Nil
	}
	return id
}

func (ps *problems) time(path string, s DateTime) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := s.Time()
	if err != nil {
		ps.c.Add(path, validate.RuleValid)
	}
	return t
}

func (ps *problems) err(index int, typ string) error {
	if err := ps.c.Err(); err != nil {
		return &EntryError{Index: index, ResourceType: typ, Err: err}
	}
	return nil
}

// uuidOf returns the UUID a reference names: "urn:uuid:<id>", "Type/<id>", or
// an identifier whose value is "urn:uuid:<id>".
func uuidOf(r Reference) (uuid.UUID, bool) {
	s := r.Reference
	if s == "" && r.Identifier.System == SystemURI {
		s = r.Identifier.Value
	}
	if i := strings.LastIndexAny(s, ":/"); i >= 0 {
		s = s[i+1:]
	}
	id, err := uuid.Parse(s)
	return id, err == nil && id != uuid.Nil
}

func (im *importer) plan(at int) (recovery.Plan, error) {
	im.entries[at].used = true
	cp := im.entries[at].res.(CarePlan)
	var ps problems
	p := recovery.Plan{
		ID:       ps.uuid("id", cp.ID),
		Version:  1,
		Status:   recovery.Status(cp.Status),
		PersonID: phi.ID(personID(cp.Subject)),
		Vision:   phi.Words(cp.Description),
		Created:  ps.time("created", cp.Created),
	}
	if cp.Meta.VersionID != "" {
		v, err := strconv.Atoi(cp.Meta.VersionID)
		if err != nil || v < 1 {
			ps.c.Add("meta.versionId", "min")
		}
		p.Version = v
	}
	if len(cp.Replaces) > 0 {
		id, ok := uuidOf(cp.Replaces[0])
		if !ok {
			ps.c.Add("replaces[0]", "uuid")
		}
		p.Replaces = id
	}
	for i, e := range cp.Extension {
		if e.URL == ExtReviewed {
			p.Reviewed = ps.time(validate.Elem("extension", i), e.ValueDateTime)
		}
	}
	for i, r := range cp.Contributor {
		p.CoCreators = append(p.CoCreators, coCreatorOf(r, validate.Elem("contributor", i), &ps))
	}
	// Goals, in the CarePlan's order, with their steps.
	goalAt := make(map[uuid.UUID]int, len(cp.Goal))
	for i, r := range cp.Goal {
		k := im.resolve(r)
		g, ok := im.entryAs(k, "Goal")
		if !ok {
			ps.c.Add(validate.Elem("goal", i), validate.RuleExists)
			continue
		}
		sg, err := im.goal(k, g.(Goal))
		if err != nil {
			return recovery.Plan{}, err
		}
		goalAt[sg.ID] = len(p.Goals)
		p.Goals = append(p.Goals, sg)
	}
	for i, a := range cp.Activity {
		if len(a.Detail.Goal) == 0 || a.Detail.Description == "" {
			continue // not a step of a goal: nothing the plan can hold
		}
		path := validate.Elem("activity", i)
		gid, ok := uuidOf(a.Detail.Goal[0])
		n, found := goalAt[gid]
		if !ok || !found {
			ps.c.Add(path+".detail.goal[0]", validate.RuleExists)
			continue
		}
		s := goals.Step{
			ID:     ps.uuid(path+".id", a.ID),
			Action: phi.Words(a.Detail.Description),
			Due:    ps.time(path+".detail.scheduledPeriod.end", a.Detail.ScheduledPeriod.End),
		}
		if a.Detail.Status == ActivityCompleted && len(a.Progress) > 0 {
			s.Done = ps.time(path+".progress[0].time", a.Progress[0].Time)
		}
		p.Goals[n].Steps = append(p.Goals[n].Steps, s)
	}
	if err := ps.err(at, "CarePlan"); err != nil {
		return recovery.Plan{}, err
	}
	if err := im.lists(&p, goalAt); err != nil {
		return recovery.Plan{}, err
	}
	if err := im.statements(&p, cp); err != nil {
		return recovery.Plan{}, err
	}
	if err := im.gasScores(&p, goalAt); err != nil {
		return recovery.Plan{}, err
	}
	if err := im.supporters(&p); err != nil {
		return recovery.Plan{}, err
	}
	return p, nil
}

// entryAs returns the resource at position k if it has type typ, and marks
// it used.
func (im *importer) entryAs(k int, typ string) (Resource, bool) {
	if k < 0 || im.entries[k].res.ResourceType() != typ {
		return nil, false
	}
	im.entries[k].used = true
	return im.entries[k].res, true
}

// personID returns the person's ID from a reference: its identifier value,
// or else the literal reference.
func personID(r Reference) string {
	if r.Identifier.Value != "" {
		return r.Identifier.Value
	}
	return r.Reference
}

func coCreatorOf(r Reference, path string, ps *problems) recovery.CoCreator {
	var c recovery.CoCreator
	for _, e := range r.Extension {
		if e.URL == ExtCoCreatorRole {
			c.Role = sdm.Role(e.ValueCode)
		}
	}
	if c.Role == "" {
		switch r.Type {
		case "Patient":
			c.Role = sdm.RolePerson
		case "Practitioner", "PractitionerRole":
			c.Role = sdm.RoleProvider
		default:
			c.Role = sdm.RoleSupporter
		}
	}
	if r.Type == "RelatedPerson" && r.Reference != "" {
		id, ok := uuidOf(r)
		if !ok {
			ps.c.Add(path, "uuid")
		}
		c.SupporterID = id
	}
	return c
}

func (im *importer) goal(k int, g Goal) (goals.SMARTGoal, error) {
	var ps problems
	out := goals.SMARTGoal{
		ID:        ps.uuid("id", g.ID),
		Statement: phi.Words(g.Description.Text),
		Status:    goals.Status(g.LifecycleStatus),
	}
	for _, c := range g.Category {
		if code := c.CodeIn(SystemLifeArea); code != "" {
			out.Area = life.Area(code)
		}
	}
	for _, c := range g.Category {
		if out.Area == "" {
			out.Area = pcoDomainArea[c.CodeIn(SystemPCOGoalDomain)]
		}
	}
	if g.StartDate != "" {
		t, err := g.StartDate.Time()
		if err != nil {
			ps.c.Add("startDate", validate.RuleValid)
		}
		out.Start = t
	}
	var gas *goals.GAS
	for i, t := range g.Target {
		if t.Measure.HasCoding(SystemLOINC, LOINCGASReported) {
			if gas == nil {
				gas = &goals.GAS{}
			}
		} else if out.Measure == "" {
			out.Measure = phi.Words(t.Measure.Text)
		}
		if out.Due.IsZero() && t.DueDate != "" {
			d, err := t.DueDate.Time()
			if err != nil {
				ps.c.Add(validate.Elem("target", i)+".dueDate", validate.RuleValid)
			}
			out.Due = d
		}
	}
	for i, e := range g.Extension {
		path := validate.Elem("extension", i)
		switch e.URL {
		case ExtGoalTerm:
			out.Term = goals.Term(e.ValueCode)
		case ExtGoalConfidence:
			if e.ValueInteger != nil {
				v := *e.ValueInteger
				out.Confidence = &v
			}
		case ExtGoalBuildsOn:
			id, ok := uuidOf(e.ValueReference)
			if !ok {
				ps.c.Add(path+".valueReference", "uuid")
			}
			out.BuildsOn = append(out.BuildsOn, id)
		case ExtGAS:
			if gas == nil {
				gas = &goals.GAS{}
			}
		case ExtGASImportance, ExtGASDifficulty:
			if gas == nil {
				gas = &goals.GAS{}
			}
			if e.ValueInteger != nil {
				if e.URL == ExtGASImportance {
					gas.ImportanceRating = *e.ValueInteger
				} else {
					gas.DifficultyRating = *e.ValueInteger
				}
			}
		}
	}
	if out.Term == "" {
		out.Term = goals.TermShort // a goal with a target date, as FHIR goals mostly are
	}
	out.Attainment = gas
	if len(g.Note) > 0 {
		out.Why = phi.Words(g.Note[0].Text)
	}
	return out, ps.err(im.entries[k].index, "Goal")
}

// pcoDomainArea maps the PCO goal domains that name one life area to it, for
// goals written by other systems. The others (access-to-services, legal,
// caregiver-needs, end-of-life) span areas and are not mapped.
var pcoDomainArea = map[string]life.Area{
	"housing":                       life.AreaHousing,
	"social-functioning":            life.AreaSocial,
	"independence":                  life.AreaPersonal,
	"improving-health-and-wellness": life.AreaHealth,
	"physical-function":             life.AreaHealth,
	"managing-conditions":           life.AreaHealth,
	"medication-management":         life.AreaHealth,
	"emotional-and-mental-health":   life.AreaHealth,
}

// lists reads the strengths List into the assessment and the ranking and
// timeline Lists into the goals' Importance and Order.
func (im *importer) lists(p *recovery.Plan, goalAt map[uuid.UUID]int) error {
	for k := range im.entries {
		l, ok := im.entries[k].res.(List)
		if !ok {
			continue
		}
		kind := l.Code.CodeIn(SystemListKind)
		var ps problems
		switch kind {
		case "strengths":
			if p.Strengths.ID != uuid.Nil {
				continue // one assessment per plan; a second list is skipped
			}
			im.entries[k].used = true
			a := strengths.Assessment{ID: ps.uuid("id", l.ID), AssessedAt: ps.time("date", l.Date)}
			type prio struct {
				id   uuid.UUID
				rank int
			}
			var prios []prio
			for i, e := range l.Entry {
				path := validate.Elem("entry", i)
				r, ok := im.entryAs(im.resolve(e.Item), "Observation")
				if !ok {
					ps.c.Add(path+".item", validate.RuleExists)
					continue
				}
				s := strengthOf(r.(Observation), &ps, path+".item")
				a.Strengths = append(a.Strengths, s)
				for _, x := range e.Extension {
					if x.URL == ExtRank && x.ValueInteger != nil {
						prios = append(prios, prio{s.ID, *x.ValueInteger})
					}
				}
			}
			slices.SortStableFunc(prios, func(a, b prio) int { return cmp.Compare(a.rank, b.rank) })
			for _, x := range prios {
				a.Priorities = append(a.Priorities, x.id)
			}
			p.Strengths = a
		case "goal-ranking", "goal-timeline":
			im.entries[k].used = true
			for i, e := range l.Entry {
				id, ok := uuidOf(e.Item)
				n, found := goalAt[id]
				if !ok || !found {
					ps.c.Add(validate.Elem("entry", i)+".item", validate.RuleExists)
					continue
				}
				rank := i + 1
				for _, x := range e.Extension {
					if x.URL == ExtRank && x.ValueInteger != nil {
						rank = *x.ValueInteger
					}
				}
				if kind == "goal-ranking" {
					p.Goals[n].Importance = rank
				} else {
					p.Goals[n].Order = rank
				}
			}
		}
		if err := ps.err(im.entries[k].index, "List"); err != nil {
			return err
		}
	}
	return nil
}

// strengthOf reads an eLTSS Strength Observation.
func strengthOf(o Observation, ps *problems, path string) strengths.Strength {
	s := strengths.Strength{ID: ps.uuid(path+".id", o.ID), Statement: phi.Words(o.ValueString)}
	for _, c := range o.Category {
		for _, x := range c.Coding {
			switch x.System {
			case SystemLifeArea:
				s.Area = life.Area(x.Code)
			case SystemStrengthKind:
				s.Kind = strengths.Kind(x.Code)
			case SystemStrengthTimeframe:
				s.Timeframe = strengths.Timeframe(x.Code)
			case SystemStrengthSource:
				s.Source = strengths.Source(x.Code)
			}
		}
	}
	return s
}

// statements reads the assessment's statements: the Observations in
// CarePlan.supportingInfo coded as a need, an ability or a preference, in
// that order.
func (im *importer) statements(p *recovery.Plan, cp CarePlan) error {
	for _, r := range cp.SupportingInfo {
		k := im.resolve(r)
		if k < 0 {
			continue
		}
		o, ok := im.entries[k].res.(Observation)
		kind := o.Code.CodeIn(SystemStatementKind)
		if !ok || kind == "" {
			continue
		}
		im.entries[k].used = true
		var ps problems
		s := strengths.Aspect{ID: ps.uuid("id", o.ID), Kind: strengths.AspectKind(kind), Text: phi.Words(o.ValueString)}
		for _, c := range o.Category {
			if code := c.CodeIn(SystemLifeArea); code != "" {
				s.Area = life.Area(code)
			}
		}
		if err := ps.err(im.entries[k].index, "Observation"); err != nil {
			return err
		}
		p.Strengths.Aspects = append(p.Strengths.Aspects, s)
	}
	return nil
}

// gasScores reads the PCO GAS score Observations whose focus is a goal of the
// plan: 107332-9 is the baseline, the three follow-up codes the follow-up.
func (im *importer) gasScores(p *recovery.Plan, goalAt map[uuid.UUID]int) error {
	for k := range im.entries {
		o, ok := im.entries[k].res.(Observation)
		if !ok || len(o.Focus) == 0 {
			continue
		}
		code := o.Code.CodeIn(SystemLOINC)
		followUp := code == LOINCGASPatientFollowUp || code == LOINCGASPractitionerFollowUp || code == LOINCGASCaregiverFollowUp
		if code != LOINCGASReported && !followUp {
			continue
		}
		id, ok := uuidOf(o.Focus[0])
		n, found := goalAt[id]
		if !ok || !found {
			continue
		}
		l, ok := gasLevel(o.ValueCodeableConcept.CodeIn(SystemLOINC))
		if !ok {
			var ps problems
			ps.c.Add("valueCodeableConcept", validate.RuleValid)
			return ps.err(im.entries[k].index, "Observation")
		}
		im.entries[k].used = true
		g := &p.Goals[n]
		if g.Attainment == nil {
			g.Attainment = &goals.GAS{}
		}
		level := goals.Level(l)
		if followUp {
			g.Attainment.FollowUp = &level
		} else {
			g.Attainment.Baseline = &level
		}
	}
	return nil
}

// supporters reads the RelatedPersons, in bundle order, with their
// involvement (CareTeam membership) and consents, and the person's
// agreement to the plan.
func (im *importer) supporters(p *recovery.Plan) error {
	at := map[uuid.UUID]int{}
	for k := range im.entries {
		r, ok := im.entries[k].res.(RelatedPerson)
		if !ok {
			continue
		}
		im.entries[k].used = true
		var ps problems
		s := recovery.Supporter{ID: ps.uuid("id", r.ID)}
		if len(r.Name) > 0 {
			s.Name = phi.Name(r.Name[0].Text)
			if s.Name == "" {
				s.Name = phi.Name(strings.TrimSpace(strings.Join(r.Name[0].Given, " ") + " " + r.Name[0].Family))
			}
		}
		for _, c := range r.Relationship {
			if code := c.CodeIn(SystemSupporterRole); code != "" {
				s.Role = recovery.SupporterRole(code)
			} else if s.Relationship == "" {
				s.Relationship = phi.Words(c.Text)
			}
		}
		for _, t := range r.Telecom {
			switch {
			case t.System == ContactPhone && s.Phone == "":
				s.Phone = phi.Phone(t.Value)
			case t.System == ContactEmail && s.Email == "":
				s.Email = phi.Email(t.Value)
			}
		}
		if err := ps.err(im.entries[k].index, "RelatedPerson"); err != nil {
			return err
		}
		at[s.ID] = len(p.Supports)
		p.Supports = append(p.Supports, s)
	}
	for k := range im.entries {
		switch r := im.entries[k].res.(type) {
		case CareTeam:
			im.entries[k].used = true
			for _, m := range r.Participant {
				if id, ok := uuidOf(m.Member); ok {
					if n, found := at[id]; found {
						p.Supports[n].ConsentToInvolve = true
					}
				}
			}
		case Consent:
			var ps problems
			switch {
			case r.Scope.HasCoding(SystemConsentScope, "treatment"):
				im.entries[k].used = true
				p.AgreedAt = ps.time("dateTime", r.DateTime)
			case r.Scope.HasCoding(SystemConsentScope, "patient-privacy") && r.Provision != nil:
				for _, a := range r.Provision.Actor {
					id, ok := uuidOf(a.Reference)
					n, found := at[id]
					if !ok || !found {
						continue
					}
					im.entries[k].used = true
					p.Supports[n].ConsentToShare = r.Provision.Type == ProvisionPermit
					p.Supports[n].ConsentedAt = ps.time("dateTime", r.DateTime)
				}
			}
			if err := ps.err(im.entries[k].index, "Consent"); err != nil {
				return err
			}
		}
	}
	return nil
}
