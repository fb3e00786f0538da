package fhir

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
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
	// SkipNotInForce is a resource whose status says it does not hold, so
	// it is read as nothing: a Consent that is not active or whose
	// provision's period has ended (R4 marks Consent.status a modifier), a
	// CareTeam that is not active or whose period has ended, a
	// RelatedPerson that is not active, and an Observation, List, Task or
	// QuestionnaireResponse entered in error. A reference to one (a step's
	// Task, a strength, a crisis plan) is read as no reference. A Goal
	// entered in error is read with that status, which a goal can have.
	SkipNotInForce SkipReason = "not-in-force"
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
	return r == SkipUnknownType || r == SkipNotInPlan || r == SkipNotInForce
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
	id    uuid.UUID // the resource's UUID (see [ForeignID]), or uuid.Nil
	used  bool
	void  bool // not in force (see SkipNotInForce): read as nothing
}

// importer holds the decoded entries of one import.
type importer struct {
	entries []entry
	byURL   map[string]int // fullUrl, "Type/id" and "urn:uuid:id" -> index in entries
	now     time.Time      // the bundle's timestamp, or the time of the import
}

// ForeignID returns the UUID [Import] gives a resource whose id is not a
// UUID, such as the "123" a FHIR server assigns: a name-based (SHA-1, in
// the URL namespace) UUID of the entry's fullUrl, or of "Type/id" when the
// fullUrl is empty or a URN. The same resource read again gets the same
// UUID, so a host can find, or recompute, which plan part a server's
// resource became; the plan has no field for the server's own id.
func ForeignID(fullURL, resourceType, id string) uuid.UUID {
	key := fullURL
	if key == "" || strings.HasPrefix(key, "urn:") {
		key = resourceType + "/" + id
	}
	return uuid.NewSHA1(uuid.NameSpaceURL, []byte(key))
}

// entryID returns the UUID of a resource: its id if that is a UUID, else
// the UUID of a "urn:uuid:" fullUrl, else [ForeignID], else uuid.Nil for a
// resource with neither id nor fullUrl.
func entryID(fullURL, typ, id string) uuid.UUID {
	if u, err := uuid.Parse(id); err == nil && len(id) == 36 && u != uuid.Nil {
		return u
	}
	if rest, ok := strings.CutPrefix(fullURL, "urn:uuid:"); ok {
		if u, err := uuid.Parse(rest); err == nil && len(rest) == 36 && u != uuid.Nil {
			return u
		}
	}
	if id == "" && fullURL == "" {
		return uuid.Nil
	}
	return ForeignID(fullURL, typ, id)
}

// Import reads a bundle made by [Export] (or another system following the
// same mapping, see the package comment) back into a plan. For every plan p
// that passes Validate, Import(Export(p)) equals p, its times in UTC except
// a goal's Start and Due, which keep their zone.
//
// Entries it does not read are returned in skipped, in bundle order: a
// resource type the package does not model, a known resource the plan does
// not use, or a resource not in force (see [SkipNotInForce]). A malformed
// bundle is an error wrapping [ErrMalformed]: no or an unknown Bundle.type,
// a repeated fullUrl (a *recovery.ValidationError with rule bdl-7 at
// entry[i].fullUrl), or an [*EntryError] naming the position of a malformed
// entry and the rule it breaks: among others an unknown modifierExtension
// anywhere in it (rule "modifier"), or a subject, patient or for that is
// not the CarePlan's person (rule "subject"). A bundle that reads into an
// invalid plan returns the plan's *recovery.ValidationError. A bundle over
// [MaxImportBytes], [MaxDepth] or [MaxBundleDepth] is an error wrapping
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
		ResourceType string     `json:"resourceType"`
		Type         BundleType `json:"type"`
		Timestamp    Instant    `json:"timestamp"`
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
	var bc validate.Collector
	switch {
	case raw.Type == "":
		bc.Add("type", "required")
	case !raw.Type.IsValid():
		bc.Add("type", "valid")
	}
	if raw.Timestamp != "" && !raw.Timestamp.IsValid() {
		bc.Add("timestamp", "valid")
	}
	seen := make(map[string]bool, len(raw.Entry))
	for i, e := range raw.Entry {
		if e.FullURL != "" {
			if seen[e.FullURL] {
				bc.Add(validate.Elem("entry", i)+".fullUrl", "bdl-7")
			}
			seen[e.FullURL] = true
		}
	}
	if err := bc.Err(); err != nil {
		return recovery.Plan{}, nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	im := &importer{entries: make([]entry, 0, len(raw.Entry)), byURL: make(map[string]int, 2*len(raw.Entry)), now: time.Now()}
	if raw.Timestamp != "" {
		im.now, _ = raw.Timestamp.Time()
	}
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
		if path, ok := modifierExtension(e.Resource); ok {
			var c validate.Collector
			c.Add(path, "modifier")
			return recovery.Plan{}, nil, &EntryError{Index: i, ResourceType: shown(typeNameRE, r.ResourceType()), Err: c.Err()}
		}
		id := resourceID(r)
		im.entries = append(im.entries, entry{index: i, res: r, id: entryID(e.FullURL, r.ResourceType(), id)})
		if e.FullURL != "" {
			im.byURL[e.FullURL] = i
		}
		if id != "" {
			key := r.ResourceType() + "/" + id
			if _, dup := im.byURL[key]; dup && !isOther(r) {
				var c validate.Collector
				c.Add("id", "unique") // a second resource of this type with this id
				return recovery.Plan{}, nil, &EntryError{Index: i, ResourceType: r.ResourceType(), Err: c.Err()}
			}
			im.byURL[key] = i
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
	if err := im.checkSubjects(carePlan); err != nil {
		return recovery.Plan{}, nil, err
	}
	im.markVoid()
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
		switch {
		case e.void:
			s.Reason = SkipNotInForce
		case isOther(e.res):
			s.Reason = SkipUnknownType
		}
		skipped = append(skipped, s)
	}
	if err := p.Validate(); err != nil {
		return recovery.Plan{}, nil, err
	}
	return p, skipped, nil
}

func isOther(r Resource) bool {
	_, ok := r.(OtherResource)
	return ok
}

// modifierExtension returns the path of the first modifierExtension with
// content anywhere in the resource b, and true; this package knows no
// modifier extension, and R4 forbids reading a resource whose modifiers it
// does not understand. The path names elements only when they are shaped
// like element names, so it quotes no text of b.
func modifierExtension(b []byte) (string, bool) {
	if !bytes.Contains(b, []byte(`"modifierExtension"`)) {
		return "", false
	}
	var v any
	if json.Unmarshal(b, &v) != nil {
		return "", false
	}
	var find func(v any, path string) (string, bool)
	find = func(v any, path string) (string, bool) {
		switch x := v.(type) {
		case map[string]any:
			if m, ok := x["modifierExtension"]; ok {
				if a, isArr := m.([]any); !isArr || len(a) > 0 {
					return join(path, "modifierExtension"), true
				}
			}
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				name := k
				if !elementNameRE.MatchString(k) {
					name = "[invalid]"
				}
				if p, ok := find(x[k], join(path, name)); ok {
					return p, true
				}
			}
		case []any:
			for i, e := range x {
				if p, ok := find(e, validate.Elem(path, i)); ok {
					return p, true
				}
			}
		}
		return "", false
	}
	return find(v, "")
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// elementNameRE is the shape of an R4 JSON element name.
var elementNameRE = regexp.MustCompile(`^_?[A-Za-z][A-Za-z0-9]{0,63}$`)

// subjectOf returns the reference to the person a resource is about, and
// false for a resource type without one that Import reads.
func subjectOf(r Resource) (Reference, string, bool) {
	switch v := r.(type) {
	case Goal:
		return v.Subject, "subject", true
	case Observation:
		return v.Subject, "subject", true
	case List:
		return v.Subject, "subject", true
	case RelatedPerson:
		return v.Patient, "patient", true
	case CareTeam:
		return v.Subject, "subject", true
	case Consent:
		return v.Patient, "patient", true
	case Task:
		return v.For, "for", true
	case QuestionnaireResponse:
		return v.Subject, "subject", true
	}
	return Reference{}, "", false
}

// samePerson reports whether a and b can name the same person: equal
// identifiers, or literal references to the same entry or URL. References
// of different kinds cannot be compared and are taken as the same.
func (im *importer) samePerson(a, b Reference) bool {
	if a.Identifier.Value != "" && b.Identifier.Value != "" {
		return a.Identifier.System == b.Identifier.System && a.Identifier.Value == b.Identifier.Value
	}
	if a.Reference != "" && b.Reference != "" {
		if ka, kb := im.resolve(a), im.resolve(b); ka >= 0 || kb >= 0 {
			return ka == kb
		}
		return a.Reference == b.Reference
	}
	return true
}

// checkSubjects reports the first entry whose subject (patient, for) is not
// the CarePlan's person.
func (im *importer) checkSubjects(carePlan int) error {
	person := im.entries[carePlan].res.(CarePlan).Subject
	for _, e := range im.entries {
		r, field, ok := subjectOf(e.res)
		if !ok || r.isZero() || im.samePerson(person, r) {
			continue
		}
		var c validate.Collector
		c.Add(field, "subject")
		return &EntryError{Index: e.index, ResourceType: e.res.ResourceType(), Err: c.Err()}
	}
	return nil
}

// ended reports whether period p ended before the import's time.
func (im *importer) ended(p Period) bool {
	if p.End == "" {
		return false
	}
	t, err := p.End.Time()
	return err == nil && t.Before(im.now)
}

// markVoid marks the entries that are not in force (see SkipNotInForce).
func (im *importer) markVoid() {
	for k := range im.entries {
		e := &im.entries[k]
		switch r := e.res.(type) {
		case Consent:
			e.void = r.Status != ConsentActive || (r.Provision != nil && im.ended(r.Provision.Period))
		case CareTeam:
			e.void = (r.Status != "" && r.Status != CareTeamActive) || im.ended(r.Period)
		case RelatedPerson:
			e.void = (r.Active != nil && !*r.Active) || im.ended(r.Period)
		case Observation:
			e.void = r.Status == "entered-in-error" || r.Status == "cancelled"
		case List:
			e.void = r.Status == "entered-in-error"
		case Task:
			e.void = r.Status == TaskEnteredInError
		case QuestionnaireResponse:
			e.void = r.Status == ResponseEnteredInError
		}
	}
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
	case Task:
		return v.ID
	case QuestionnaireResponse:
		return v.ID
	case Questionnaire:
		return v.ID
	case CodeSystem:
		return v.ID
	case ValueSet:
		return v.ID
	case StructureDefinition:
		return v.ID
	case NamingSystem:
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
	if r.Reference == "" {
		return -1
	}
	if i, ok := im.byURL[r.Reference]; ok {
		return i
	}
	// A version-specific reference, "Type/id/_history/v".
	if base, _, ok := strings.Cut(r.Reference, "/_history/"); ok {
		if i, ok := im.byURL[base]; ok {
			return i
		}
	}
	return -1
}

// refUUID returns the UUID of what r points to: the UUID of the entry it
// resolves to (see [ForeignID]), else the UUID the reference names.
func (im *importer) refUUID(r Reference) (uuid.UUID, bool) {
	if k := im.resolve(r); k >= 0 {
		id := im.entries[k].id
		return id, id != uuid.Nil
	}
	return uuidOf(r)
}

// voidRef reports whether r resolves to an entry that is not in force.
func (im *importer) voidRef(r Reference) bool {
	k := im.resolve(r)
	return k >= 0 && im.entries[k].void
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

// entryUUID records rule "uuid" at path for an entry without id or fullUrl.
func (ps *problems) entryUUID(path string, id uuid.UUID) uuid.UUID {
	if id == uuid.Nil {
		ps.c.Add(path, "uuid")
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
	if cp.Status == "entered-in-error" {
		ps.c.Add("status", "not-in-force")
		return recovery.Plan{}, ps.err(at, "CarePlan")
	}
	p := recovery.Plan{
		ID:       ps.entryUUID("id", im.entries[at].id),
		Version:  1,
		Status:   recovery.Status(cp.Status),
		PersonID: phi.ID(personID(cp.Subject)),
		Vision:   phi.Words(cp.Description),
		Language: cp.Language,
		Created:  ps.time("created", cp.Created),
	}
	if cp.Meta.VersionID != "" {
		v, err := strconv.Atoi(cp.Meta.VersionID)
		if err != nil || v < 1 {
			ps.c.Add("meta.versionId", "min")
		}
		p.Version = v
	}
	// The identifier names the plan's series; a first version's series is
	// its own ID, left implicit.
	for _, idf := range cp.Identifier {
		if id, ok := uuidOf(Reference{Identifier: idf}); ok && id != p.ID {
			p.SeriesID = id
			break
		}
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
		p.CoCreators = append(p.CoCreators, im.coCreatorOf(r, validate.Elem("contributor", i), &ps))
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
		path := validate.Elem("activity", i)
		var (
			s    goals.Step
			goal Reference
		)
		switch {
		case !a.Reference.isZero():
			k := im.resolve(a.Reference)
			if k < 0 || im.entries[k].void {
				continue // a request not in the bundle, or not in force
			}
			t, ok := im.entries[k].res.(Task)
			if !ok {
				continue // not a step: nothing the plan can hold
			}
			im.entries[k].used = true
			goal = t.ReasonReference
			if goal.isZero() {
				goal = t.Focus
			}
			if goal.isZero() || t.Description == "" {
				continue
			}
			var ts problems
			s = goals.Step{
				ID:     ts.entryUUID("id", im.entries[k].id),
				Action: phi.Words(t.Description),
				Due:    ts.time("restriction.period.end", t.Restriction.Period.End),
			}
			if t.Status == TaskCompleted {
				s.Done = ts.time("executionPeriod.end", t.ExecutionPeriod.End)
			}
			if err := ts.err(im.entries[k].index, "Task"); err != nil {
				return recovery.Plan{}, err
			}
			path = path + ".reference"
		case len(a.Detail.Goal) > 0 && a.Detail.Description != "":
			// The inline form earlier versions wrote, and other systems may.
			goal = a.Detail.Goal[0]
			s = goals.Step{
				ID:     ps.uuid(path+".id", a.ID),
				Action: phi.Words(a.Detail.Description),
				Due:    ps.time(path+".detail.scheduledPeriod.end", a.Detail.ScheduledPeriod.End),
			}
			if a.Detail.Status == ActivityCompleted && len(a.Progress) > 0 {
				s.Done = ps.time(path+".progress[0].time", a.Progress[0].Time)
			}
			path = path + ".detail.goal[0]"
		default:
			continue // not a step of a goal: nothing the plan can hold
		}
		gid, ok := im.refUUID(goal)
		n, found := goalAt[gid]
		if !ok || !found {
			ps.c.Add(path, validate.RuleExists)
			continue
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
	if err := im.responses(&p, at, cp); err != nil {
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

func (im *importer) coCreatorOf(r Reference, path string, ps *problems) recovery.CoCreator {
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
		id, ok := im.refUUID(r)
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
		ID:        ps.entryUUID("id", im.entries[k].id),
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
		out.Start = elementTime(t, g.StartDateElement, "_startDate", &ps)
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
			out.Due = elementTime(d, t.DueDateElement, validate.Elem("target", i)+"._dueDate", &ps)
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
			id, ok := im.refUUID(e.ValueReference)
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

// elementTime returns the time a goal's date was cut from: the instant of
// the date's [ExtInstant] extension, in the zone its tz-code names when that
// zone is known here and gives the same offset at that instant (else with
// the instant's own offset), or day, the date alone, without that extension.
func elementTime(day time.Time, e *Element, path string, ps *problems) time.Time {
	if e == nil {
		return day
	}
	var t time.Time
	zone := ""
	for i, x := range e.Extension {
		switch x.URL {
		case ExtInstant:
			v, err := time.Parse(time.RFC3339Nano, string(x.ValueInstant))
			if err != nil {
				ps.c.Add(validate.Elem(path+".extension", i), "valid")
				return day
			}
			t = v
		case ExtTZCode:
			zone = x.ValueCode
		}
	}
	if t.IsZero() {
		return day
	}
	_, off := t.Zone()
	if zone == "" {
		if off == 0 {
			return t.UTC()
		}
		return t.In(time.FixedZone("", off))
	}
	if loc := location(zone); loc != nil {
		if _, o := t.In(loc).Zone(); o == off {
			return t.In(loc)
		}
	}
	return t.In(time.FixedZone(zone, off))
}

// locations caches the zones [location] loaded (loading one reads the zone
// database); only zones that exist are kept, so the cache is bounded by the
// database whatever names bundles hold.
var locations sync.Map // string -> *time.Location

// location returns the IANA zone called name, or nil if it is not known.
func location(name string) *time.Location {
	if v, ok := locations.Load(name); ok {
		return v.(*time.Location)
	}
	if name == "" || name == "Local" || len(name) > 64 {
		return nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	locations.Store(name, loc)
	return loc
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
		if !ok || im.entries[k].void {
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
			a := strengths.Assessment{ID: ps.entryUUID("id", im.entries[k].id), AssessedAt: ps.time("date", l.Date)}
			type prio struct {
				id   uuid.UUID
				rank int
			}
			var prios []prio
			for i, e := range l.Entry {
				path := validate.Elem("entry", i)
				if im.voidRef(e.Item) {
					continue
				}
				ek := im.resolve(e.Item)
				r, ok := im.entryAs(ek, "Observation")
				if !ok {
					ps.c.Add(path+".item", validate.RuleExists)
					continue
				}
				s := strengthOf(r.(Observation), im.entries[ek].id, &ps, path+".item")
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
				id, ok := im.refUUID(e.Item)
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
func strengthOf(o Observation, id uuid.UUID, ps *problems, path string) strengths.Strength {
	s := strengths.Strength{ID: ps.entryUUID(path+".id", id), Statement: phi.Words(o.ValueString)}
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
		if k < 0 || im.entries[k].void {
			continue
		}
		o, ok := im.entries[k].res.(Observation)
		kind := o.Code.CodeIn(SystemStatementKind)
		if !ok || kind == "" {
			continue
		}
		im.entries[k].used = true
		var ps problems
		s := strengths.Aspect{ID: ps.entryUUID("id", im.entries[k].id), Kind: strengths.AspectKind(kind), Text: phi.Words(o.ValueString)}
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
		if !ok || len(o.Focus) == 0 || im.entries[k].void {
			continue
		}
		code := o.Code.CodeIn(SystemLOINC)
		followUp := code == LOINCGASPatientFollowUp || code == LOINCGASPractitionerFollowUp || code == LOINCGASCaregiverFollowUp
		if code != LOINCGASReported && !followUp {
			continue
		}
		id, ok := im.refUUID(o.Focus[0])
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

// supporters reads the RelatedPersons in force, in the order of the
// supporters List (then bundle order for any it does not list), with their
// involvement (membership of an active CareTeam, in a participation that
// has not ended) and consents (active Consents only), and the person's
// agreement to the plan.
func (im *importer) supporters(p *recovery.Plan) error {
	order := map[int]int{} // entry -> place in the supporters List
	for k := range im.entries {
		l, ok := im.entries[k].res.(List)
		if !ok || im.entries[k].void || l.Code.CodeIn(SystemListKind) != "supporters" || len(order) > 0 {
			continue
		}
		im.entries[k].used = true
		for i, e := range l.Entry {
			if j := im.resolve(e.Item); j >= 0 {
				if _, dup := order[j]; !dup {
					order[j] = i
				}
			}
		}
	}
	people := make([]int, 0, len(im.entries))
	for k := range im.entries {
		if _, ok := im.entries[k].res.(RelatedPerson); ok && !im.entries[k].void {
			people = append(people, k)
		}
	}
	slices.SortStableFunc(people, func(a, b int) int {
		ra, oka := order[a]
		rb, okb := order[b]
		switch {
		case oka && okb:
			return cmp.Compare(ra, rb)
		case oka:
			return -1
		case okb:
			return 1
		}
		return 0
	})
	at := map[uuid.UUID]int{}
	for _, k := range people {
		r := im.entries[k].res.(RelatedPerson)
		im.entries[k].used = true
		var ps problems
		s := recovery.Supporter{ID: ps.entryUUID("id", im.entries[k].id)}
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
		if im.entries[k].void {
			continue
		}
		switch r := im.entries[k].res.(type) {
		case CareTeam:
			im.entries[k].used = true
			for _, m := range r.Participant {
				if im.ended(m.Period) {
					continue
				}
				if id, ok := im.refUUID(m.Member); ok {
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
					id, ok := im.refUUID(a.Reference)
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

// responses reads the QuestionnaireResponses of this package's forms (see
// [Questionnaires]) into the crisis plans and decisions: those in the
// CarePlan's supportingInfo in that order, then those based on the CarePlan
// in bundle order. A second response to a crisis-plan form is skipped.
func (im *importer) responses(p *recovery.Plan, at int, cp CarePlan) error {
	ks := make([]int, 0, len(cp.SupportingInfo))
	for _, r := range cp.SupportingInfo {
		if k := im.resolve(r); k >= 0 {
			ks = append(ks, k)
		}
	}
	for k := range im.entries {
		if r, ok := im.entries[k].res.(QuestionnaireResponse); ok && !slices.Contains(ks, k) {
			for _, b := range r.BasedOn {
				if im.resolve(b) == at {
					ks = append(ks, k)
					break
				}
			}
		}
	}
	for _, k := range ks {
		r, ok := im.entries[k].res.(QuestionnaireResponse)
		if !ok || im.entries[k].void || im.entries[k].used {
			continue
		}
		f, ok := formOfCanonical(r.Questionnaire)
		if !ok {
			continue // another system's form
		}
		switch {
		case f.url == FormOverdose && p.Overdose != nil,
			f.url == FormSafety && p.Safety != nil,
			f.url == FormToolbox && p.Toolbox != nil:
			continue
		}
		im.entries[k].used = true
		var ps problems
		v := reflect.New(f.typ).Elem()
		v.FieldByName("ID").Set(reflect.ValueOf(ps.entryUUID("id", im.entries[k].id)))
		im.readItems(r.Item, v, formItems()[f.url], "item", &ps)
		if err := ps.err(im.entries[k].index, "QuestionnaireResponse"); err != nil {
			return err
		}
		switch x := v.Addr().Interface().(type) {
		case *crisis.OverdosePlan:
			p.Overdose = x
		case *crisis.SafetyPlan:
			p.Safety = x
		case *crisis.Toolbox:
			p.Toolbox = x
		case *sdm.DecisionRecord:
			p.Decisions = append(p.Decisions, *x)
		}
	}
	return nil
}
