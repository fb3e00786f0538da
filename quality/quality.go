package quality

import (
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"

	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/walk"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

// RubricVersion names the version of the plan-quality rubric that [Score]
// applies. It changes whenever a criterion, its scoring rule or a default
// changes, so scores computed under different rubrics are never mixed up.
const RubricVersion = "4ps-2026.1"

// PointsPerP is what each of the four Ps is worth: 25 of 100 points.
const PointsPerP = 25.0

// DefaultReviewInterval is how recently a plan must have been reviewed with
// the person for criterion [CriterionReviewed]: 90 days.
const DefaultReviewInterval = 90 * 24 * time.Hour

// P is one of the 4 essential Ps of person-centered recovery planning
// (Tondora 2016, as the curriculum module names them): Philosophy (core values),
// Process (new ways of partnering), Plan (a concrete roadmap) and Purpose
// (meaningful outcomes).
//
// The zero value is not a valid P. P is a string and is safe for concurrent
// use.
type P string

// The four Ps, in the curriculum module's order.
const (
	// PPhilosophy is the plan's core values: the person's own words, a
	// vision, strengths and strengths-based language.
	PPhilosophy P = "philosophy"
	// PProcess is new ways of partnering: co-created and agreed, shared
	// decisions, natural supports, regular review.
	PProcess P = "process"
	// PPlan is a concrete roadmap: SMART goals, dated action steps, the
	// person's ranking and timeline, a crisis plan ready for a rainy day.
	PPlan P = "plan"
	// PPurpose is meaningful outcomes: the whole person, a life beyond
	// treatment, goals built on strengths and goals that matter to the person.
	PPurpose P = "purpose"
)

// Ps returns the four Ps in the curriculum module's order: philosophy, process, plan,
// purpose. It returns a new slice on each call.
func Ps() []P { return []P{PPhilosophy, PProcess, PPlan, PPurpose} }

// IsValid reports whether p is one of the four Ps.
func (p P) IsValid() bool {
	switch p {
	case PPhilosophy, PProcess, PPlan, PPurpose:
		return true
	}
	return false
}

// Principle is one of SAMHSA's 10 guiding principles of recovery (Working
// Definition of Recovery, 2012, PEP12-RECDEF), in publication order.
//
// The zero value is not a valid Principle. Principle is a string and is safe
// for concurrent use.
type Principle string

// The 10 guiding principles, in SAMHSA's order.
const (
	// PrincipleHope: recovery emerges from hope.
	PrincipleHope Principle = "hope"
	// PrinciplePersonDriven: recovery is person-driven.
	PrinciplePersonDriven Principle = "person-driven"
	// PrincipleManyPathways: recovery occurs via many pathways.
	PrincipleManyPathways Principle = "many-pathways"
	// PrincipleHolistic: recovery is holistic.
	PrincipleHolistic Principle = "holistic"
	// PrinciplePeers: recovery is supported by peers and allies.
	PrinciplePeers Principle = "peers-and-allies"
	// PrincipleRelationships: recovery is supported through relationship and
	// social networks.
	PrincipleRelationships Principle = "relationships"
	// PrincipleCulture: recovery is culturally based and influenced.
	PrincipleCulture Principle = "culture"
	// PrincipleTrauma: recovery is supported by addressing trauma.
	PrincipleTrauma Principle = "trauma"
	// PrincipleStrengths: recovery involves individual, family and community
	// strengths and responsibility.
	PrincipleStrengths Principle = "strengths-and-responsibility"
	// PrincipleRespect: recovery is based on respect.
	PrincipleRespect Principle = "respect"
)

// Principles returns the 10 guiding principles in SAMHSA's order. It returns
// a new slice on each call.
func Principles() []Principle {
	return []Principle{PrincipleHope, PrinciplePersonDriven, PrincipleManyPathways, PrincipleHolistic,
		PrinciplePeers, PrincipleRelationships, PrincipleCulture, PrincipleTrauma, PrincipleStrengths, PrincipleRespect}
}

// Number returns the principle's place in SAMHSA's list, 1 to 10, or 0 if p
// is not valid.
func (p Principle) Number() int {
	return slices.Index(Principles(), p) + 1
}

// IsValid reports whether p is one of the 10 guiding principles.
func (p Principle) IsValid() bool { return p.Number() > 0 }

// Criterion is the stable code of one criterion of the plan-quality rubric.
// The criteria, their scoring rules and sources are listed in the package
// documentation under "Plan quality".
//
// The zero value is not a valid Criterion. Criterion is a string and is safe
// for concurrent use.
type Criterion string

// The criteria, in rubric order: four per P, the Ps in the order of [Ps].
const (
	// CriterionOwnWords (philosophy): goals and strengths are in the
	// person's own words.
	CriterionOwnWords Criterion = "own-words"
	// CriterionStrengthsLanguage (philosophy): person-facing text is free of
	// deficit-based and stigmatizing terms ([recovery.CheckLanguage]).
	CriterionStrengthsLanguage Criterion = "strengths-language"
	// CriterionVision (philosophy): the person's vision for their life is
	// recorded.
	CriterionVision Criterion = "vision"
	// CriterionStrengthsIdentified (philosophy): several strengths, in more
	// than one area of life.
	CriterionStrengthsIdentified Criterion = "strengths-identified"

	// CriterionCoCreated (process): written with the person, and agreed by
	// them.
	CriterionCoCreated Criterion = "co-created"
	// CriterionSharedDecisions (process): decisions made with the shared
	// decision-making model.
	CriterionSharedDecisions Criterion = "shared-decisions"
	// CriterionNaturalSupports (process): supporters involved with the
	// person's consent, natural (unpaid) supports among them.
	CriterionNaturalSupports Criterion = "natural-supports"
	// CriterionReviewed (process): reviewed with the person within the review
	// interval.
	CriterionReviewed Criterion = "reviewed"

	// CriterionSMARTGoals (plan): short-term goals are SMART ([goals.Check]).
	CriterionSMARTGoals Criterion = "smart-goals"
	// CriterionActionSteps (plan): active goals have dated action steps.
	CriterionActionSteps Criterion = "action-steps"
	// CriterionRankedTimeline (plan): every goal ranked by the person and
	// placed on their timeline, each position once.
	CriterionRankedTimeline Criterion = "ranked-timeline"
	// CriterionCrisisReady (plan): a crisis plan ready for a rainy day
	// ([crisis.OverdosePlan.Readiness], [crisis.SafetyPlan.Readiness]).
	CriterionCrisisReady Criterion = "crisis-ready"

	// CriterionWholePerson (purpose): goals and strengths span the four
	// dimensions of recovery (health, home, purpose, community).
	CriterionWholePerson Criterion = "whole-person"
	// CriterionLongTermGoal (purpose): at least one long-term goal reaching
	// past treatment.
	CriterionLongTermGoal Criterion = "long-term-goal"
	// CriterionBuildsOnStrengths (purpose): goals build on recorded
	// strengths.
	CriterionBuildsOnStrengths Criterion = "builds-on-strengths"
	// CriterionWhyItMatters (purpose): goals say why they matter to the
	// person.
	CriterionWhyItMatters Criterion = "why-it-matters"
)

// Criteria returns every criterion in rubric order. It returns a new slice on
// each call.
func Criteria() []Criterion {
	out := make([]Criterion, len(rubric))
	for i := range rubric {
		out[i] = rubric[i].code
	}
	return out
}

// IsValid reports whether c is a criterion of the rubric.
func (c Criterion) IsValid() bool { return c.index() >= 0 }

// P returns the P the criterion belongs to, or "" if c is not valid.
func (c Criterion) P() P {
	if i := c.index(); i >= 0 {
		return rubric[i].p
	}
	return ""
}

// Principle returns the guiding principle the criterion serves, or "" if c is
// not valid.
func (c Criterion) Principle() Principle {
	if i := c.index(); i >= 0 {
		return rubric[i].principle
	}
	return ""
}

func (c Criterion) index() int {
	for i := range rubric {
		if rubric[i].code == c {
			return i
		}
	}
	return -1
}

// criterionDef is one row of the rubric: the criterion, its P, the principle
// it serves, and the suggestion a finding makes when it is not fully met.
type criterionDef struct {
	code       Criterion
	p          P
	principle  Principle
	suggestion string
}

// rubric is the rubric, in order; it is never written.
var rubric = [...]criterionDef{
	{CriterionOwnWords, PPhilosophy, PrinciplePersonDriven,
		"Invite the person to put these goals and strengths in their own words, starting with \"I\"."},
	{CriterionStrengthsLanguage, PPhilosophy, PrincipleRespect,
		"Reword these passages in person-first, recovery-oriented language; each note names the term's rule and CheckLanguage offers the preferred wording."},
	{CriterionVision, PPhilosophy, PrincipleHope,
		"Ask the person to describe the life they want, in their own words, and record it as their vision."},
	{CriterionStrengthsIdentified, PPhilosophy, PrincipleStrengths,
		"Explore more of the person's strengths, skills and supports, across several areas of their life."},
	{CriterionCoCreated, PProcess, PrinciplePersonDriven,
		"Write the plan together with the person and record when they agree to it."},
	{CriterionSharedDecisions, PProcess, PrincipleRespect,
		"Make the next choice together: lay out the options, what matters to the person, and record what they choose."},
	{CriterionNaturalSupports, PProcess, PrincipleRelationships,
		"Ask who the person counts on, family and friends included, and record their consent to involve them."},
	{CriterionReviewed, PProcess, PrincipleManyPathways,
		"Set a time with the person to look at the plan together and update it as their journey moves on."},
	{CriterionSMARTGoals, PPlan, PrincipleStrengths,
		"Help the person shape these goals so they say what, how much and by when; each note names a SMART criterion to build on."},
	{CriterionActionSteps, PPlan, PrincipleStrengths,
		"Break these goals into small action steps with a date, in the person's words."},
	{CriterionRankedTimeline, PPlan, PrinciplePersonDriven,
		"Ask the person which goals matter most to them and which they want to start on first."},
	{CriterionCrisisReady, PPlan, PrinciplePersonDriven,
		"Plan for a rainy day while things are calm: fill in the crisis plan together and keep it current."},
	{CriterionWholePerson, PPurpose, PrincipleHolistic,
		"Explore the areas of life not yet in the plan; each note names a dimension of recovery to talk about."},
	{CriterionLongTermGoal, PPurpose, PrincipleHope,
		"Dare to dream: ask the person about a long-term goal for the life they want beyond services."},
	{CriterionBuildsOnStrengths, PPurpose, PrincipleStrengths,
		"Link these goals to the strengths the person can draw on to reach them."},
	{CriterionWhyItMatters, PPurpose, PrinciplePersonDriven,
		"Ask the person what reaching these goals would mean to them, and record it in their words."},
}

// Options configures [Score]. A nil *Options, and the zero value,
// mean the defaults. Score reads it and never modifies it, so one value may be
// shared by goroutines.
type Options struct {
	// Weights sets the weight of criteria inside their P. A criterion not in
	// the map has weight 1, so by default the four criteria of a P weigh the
	// same. A P's 25 points are shared in proportion to its criteria's
	// weights. A weight of 0 leaves the criterion out (it still gets a score,
	// with no points and no finding); a negative, NaN or infinite weight
	// counts as 0. A P whose criteria all weigh 0 scores 0. Keys that are not
	// criteria of the rubric are ignored.
	Weights map[Criterion]float64
	// ReviewInterval is how recently the plan must have been reviewed for
	// [CriterionReviewed]. Zero or negative means [DefaultReviewInterval].
	ReviewInterval time.Duration
	// Crisis configures the crisis plans' readiness checks; nil means their
	// defaults.
	Crisis *crisis.ReadinessOptions
}

func (o *Options) weight(c Criterion) float64 {
	if o == nil || o.Weights == nil {
		return 1
	}
	w, ok := o.Weights[c]
	if !ok {
		return 1
	}
	if w < 0 || math.IsNaN(w) || math.IsInf(w, 0) {
		return 0
	}
	return w
}

func (o *Options) reviewInterval() time.Duration {
	if o == nil || o.ReviewInterval <= 0 {
		return DefaultReviewInterval
	}
	return o.ReviewInterval
}

func (o *Options) crisis() *crisis.ReadinessOptions {
	if o == nil {
		return nil
	}
	return o.Crisis
}

// CriterionScore is how well a plan meets one criterion.
//
// The zero value is an unmet criterion with no code. A CriterionScore holds no
// pointers and is safe for concurrent use.
type CriterionScore struct {
	// Criterion is the criterion's code.
	Criterion Criterion `json:"criterion"`
	// P is the P the criterion belongs to.
	P P `json:"p"`
	// Score is how well the plan meets the criterion, from 0 to 1.
	Score float64 `json:"score"`
	// Weight is the criterion's share of its P, from 0 to 1 (0.25 by
	// default).
	Weight float64 `json:"weight"`
	// Points is Score × Weight × 25: what the criterion adds to its P.
	Points float64 `json:"points"`
}

// Finding is one gap in a plan, named by its criterion, with what to do next
// in strengths-based words.
//
// The zero value is not a finding. A Finding holds no text from the plan:
// only IDs and codes. It is safe for concurrent reads; its slices are shared
// by copies.
type Finding struct {
	// Criterion is the criterion not fully met.
	Criterion Criterion `json:"criterion"`
	// P is the P the criterion belongs to.
	P P `json:"p"`
	// Principle is the SAMHSA guiding principle the criterion serves.
	Principle Principle `json:"principle"`
	// Score is the criterion's score, below 1.
	Score float64 `json:"score"`
	// IDs are the IDs of the parts of the plan concerned (goals, strengths,
	// supporters, crisis plans, decisions, or the plan itself), in plan order.
	IDs []uuid.UUID `json:"ids,omitempty"`
	// Notes are codes that say more, sorted and without repeats. By
	// criterion:
	//
	//	strengths-language  the [recovery.CheckLanguage] rules that fired
	//	co-created          person-not-co-creator, not-agreed
	//	natural-supports    consent-to-involve (a supporter listed without the
	//	                    person's consent to involve them), no-natural-support
	//	reviewed            never-reviewed, review-due
	//	smart-goals         the [goals.Criterion] codes still to meet
	//	action-steps        no-active-goal
	//	ranked-timeline     not-ranked, not-placed, timeline-clash
	//	crisis-ready        no-crisis-plan, stale, naloxone-expired, and the
	//	                    [crisis.Field] codes still to fill in
	//	whole-person        the [life.Dimension] codes not yet reached
	//
	// The other criteria have no notes: their IDs say it all.
	Notes []string `json:"notes,omitempty"`
	// Suggestion is what would help next, in strengths-based language.
	Suggestion string `json:"suggestion"`
}

// Report is a plan's quality on the 4 Ps, out of 100 points.
//
// The zero value is the score of nothing: 0 points, no criteria. A Report is
// safe for concurrent reads; its slices are shared by copies.
type Report struct {
	// Rubric is the rubric version, [RubricVersion].
	Rubric string `json:"rubric"`
	// PlanID and Version identify the plan scored.
	PlanID  uuid.UUID `json:"planId"`
	Version int       `json:"version"`
	// At is the time the plan was scored at.
	At time.Time `json:"at"`
	// Total is Philosophy + Process + Plan + Purpose, from 0 to 100.
	Total float64 `json:"total"`
	// Philosophy, Process, Plan and Purpose are the four subtotals, each from
	// 0 to 25: the sum of the Points of the P's criteria, in rubric order.
	Philosophy float64 `json:"philosophy"`
	Process    float64 `json:"process"`
	Plan       float64 `json:"plan"`
	Purpose    float64 `json:"purpose"`
	// Criteria holds every criterion's score, in rubric order.
	Criteria []CriterionScore `json:"criteria"`
	// Findings holds one finding per criterion with a weight above 0 and a
	// score below 1, in rubric order.
	Findings []Finding `json:"findings,omitempty"`
}

// Subtotal returns the points of P p, or 0 if p is not valid.
func (q Report) Subtotal(p P) float64 {
	switch p {
	case PPhilosophy:
		return q.Philosophy
	case PProcess:
		return q.Process
	case PPlan:
		return q.Plan
	case PPurpose:
		return q.Purpose
	}
	return 0
}

// Criterion returns the score of criterion c, and false if q has none.
func (q Report) Criterion(c Criterion) (CriterionScore, bool) {
	for _, cs := range q.Criteria {
		if cs.Criterion == c {
			return cs, true
		}
	}
	return CriterionScore{}, false
}

// Score rates plan p on the 4 Ps at time at, with opts (nil means the
// defaults), following the rubric [RubricVersion] described in the package
// documentation under "Plan quality". Each P is worth 25 points, shared by
// its four criteria in proportion to their weights (equal by default); each
// criterion scores from 0 to 1. Every criterion not fully met gives a
// [Finding] that names the guiding principle it serves, the IDs concerned and
// a strengths-based suggestion.
//
// Score does not validate p: it scores what is there and never panics on a
// plan that fails [recovery.Plan.Validate]. It is deterministic: sums run in rubric
// order, lists follow the plan's order, so the same plan, time and options
// give the same Report, and the same bytes when encoded. p is not modified.
func Score(p recovery.Plan, at time.Time, opts *Options) Report {
	s := scorer{p: &p, at: at, opts: opts, strengthIDs: make(map[uuid.UUID]bool, len(p.Strengths.Strengths))}
	for _, st := range p.Strengths.Strengths {
		s.strengthIDs[st.ID] = true
	}
	results := [len(rubric)]result{
		s.ownWords(), s.strengthsLanguage(), s.vision(), s.strengthsIdentified(),
		s.coCreated(), s.sharedDecisions(), s.naturalSupports(), s.reviewed(),
		s.smartGoals(), s.actionSteps(), s.rankedTimeline(), s.crisisReady(),
		s.wholePerson(), s.longTermGoal(), s.buildsOnStrengths(), s.whyItMatters(),
	}

	q := Report{
		Rubric: RubricVersion, PlanID: p.ID, Version: p.Version, At: at,
		Criteria: make([]CriterionScore, len(rubric)),
	}
	gaps := 0
	for i := range results {
		if results[i].score < 1 && opts.weight(rubric[i].code) > 0 {
			gaps++
		}
	}
	if gaps > 0 {
		q.Findings = make([]Finding, 0, gaps)
	}
	for pi, pp := range Ps() {
		lo, hi := pi*4, pi*4+4
		var sum float64
		for i := lo; i < hi; i++ {
			sum += opts.weight(rubric[i].code)
		}
		var sub float64
		for i := lo; i < hi; i++ {
			def, r := &rubric[i], &results[i]
			w := 0.0
			if sum > 0 {
				w = opts.weight(def.code) / sum
			}
			pts := r.score * w * PointsPerP
			q.Criteria[i] = CriterionScore{Criterion: def.code, P: pp, Score: r.score, Weight: w, Points: pts}
			sub += pts
			if w > 0 && r.score < 1 {
				q.Findings = append(q.Findings, Finding{
					Criterion: def.code, P: pp, Principle: def.principle, Score: r.score,
					IDs: r.ids, Notes: sortedUnique(r.notes), Suggestion: def.suggestion,
				})
			}
		}
		switch pp {
		case PPhilosophy:
			q.Philosophy = sub
		case PProcess:
			q.Process = sub
		case PPlan:
			q.Plan = sub
		case PPurpose:
			q.Purpose = sub
		}
	}
	q.Total = q.Philosophy + q.Process + q.Plan + q.Purpose
	return q
}

// result is a criterion's score with the IDs and notes for its finding.
type result struct {
	score float64
	ids   []uuid.UUID
	notes []string
}

// scorer holds the plan being scored and the index of its strengths' IDs,
// built once.
type scorer struct {
	p    *recovery.Plan
	at   time.Time
	opts *Options

	strengthIDs map[uuid.UUID]bool
}

// share returns met/total, or 0 when total is 0.
func share(met, total int) float64 {
	if total == 0 {
		return 0
	}
	return float64(met) / float64(total)
}

// pursued reports whether a goal counts for the rubric: not cancelled,
// rejected or entered in error. Completed goals count (they are part of the
// person's story); see [goals.Status.Ended] for the timeline's notion.
func pursued(st goals.Status) bool {
	return st != goals.StatusCancelled && st != goals.StatusRejected && st != goals.StatusEnteredInError
}

// blank reports whether s is empty or white space only. It stops at the first
// byte that is plainly not a space, so a filled-in text costs one comparison.
func blank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' || '\t' <= c && c <= '\r':
		case c < utf8.RuneSelf:
			return false
		default:
			return strings.TrimSpace(s[i:]) == "" // non-ASCII spaces
		}
	}
	return true
}

// ownWords: the share of goals and strengths in the person's own words. A
// goal counts when its statement is in the first person
// ([strengths.FirstPerson]); a strength counts when the person named it
// (Source self) and its statement is in the first person.
func (s *scorer) ownWords() result {
	var r result
	met, total := 0, 0
	for _, g := range s.p.Goals {
		if !pursued(g.Status) {
			continue
		}
		total++
		if strengths.FirstPerson(string(g.Statement)) {
			met++
		} else {
			r.ids = append(r.ids, g.ID)
		}
	}
	for _, st := range s.p.Strengths.Strengths {
		total++
		if st.Source == strengths.SourceSelf && strengths.FirstPerson(string(st.Statement)) {
			met++
		} else {
			r.ids = append(r.ids, st.ID)
		}
	}
	r.score = share(met, total)
	return r
}

// strengthsLanguage: the share of the plan's person-facing texts in which
// [recovery.CheckLanguage] finds nothing. A plan with no text scores 0: there is
// nothing yet to show its language.
func (s *scorer) strengthsLanguage() result {
	var r result
	clean, total := 0, 0
	var flagged map[uuid.UUID]bool
	check := func(owner uuid.UUID, text string) {
		if blank(text) {
			return
		}
		total++
		fs := recovery.CheckLanguage(text)
		if len(fs) == 0 {
			clean++
			return
		}
		for _, f := range fs {
			r.notes = append(r.notes, f.Rule)
		}
		if flagged == nil {
			flagged = make(map[uuid.UUID]bool)
		}
		if !flagged[owner] {
			flagged[owner] = true
			r.ids = append(r.ids, owner)
		}
	}
	forEachText(s.p, check)
	r.score = share(clean, total)
	return r
}

// forEachText calls f with every piece of the person's words and the team's
// notes in p, with the ID of the innermost part that holds it, in plan order.
// Names, phone numbers and email addresses are not text for this purpose.
func forEachText(p *recovery.Plan, f func(owner uuid.UUID, text string)) {
	walk.Walk(p, walk.Visitor{String: func(fl walk.Field, s string) {
		if fl.Class == walk.ClassText && (fl.Kind == phi.KindWords || fl.Kind == phi.KindNote) {
			f(fl.Owner, s)
		}
	}})
}

// vision: 1 when the person's vision is recorded.
func (s *scorer) vision() result {
	if blank(string(s.p.Vision)) {
		return result{ids: []uuid.UUID{s.p.ID}}
	}
	return result{score: 1}
}

// strengthsIdentified: half for the number of strengths (3 or more is
// "several"), half for the number of areas they span (2 or more).
func (s *scorer) strengthsIdentified() result {
	n := 0
	var areas [16]bool
	nAreas := 0
	for _, st := range s.p.Strengths.Strengths {
		if blank(string(st.Statement)) {
			continue
		}
		n++
		if i := st.Area.Index(); i >= 0 && i < len(areas) && !areas[i] {
			areas[i] = true
			nAreas++
		}
	}
	score := 0.5*math.Min(float64(n)/3, 1) + 0.5*math.Min(float64(nAreas)/2, 1)
	r := result{score: score}
	if score < 1 && s.p.Strengths.ID != uuid.Nil {
		r.ids = []uuid.UUID{s.p.Strengths.ID}
	}
	return r
}

// coCreated: half for the person among the co-creators, half for the
// person's agreement (AgreedAt set, not after at).
func (s *scorer) coCreated() result {
	var r result
	if slices.ContainsFunc(s.p.CoCreators, func(c recovery.CoCreator) bool { return c.Role == sdm.RolePerson }) {
		r.score += 0.5
	} else {
		r.notes = append(r.notes, "person-not-co-creator")
	}
	if !s.p.AgreedAt.IsZero() && !s.p.AgreedAt.After(s.at) {
		r.score += 0.5
	} else {
		r.notes = append(r.notes, "not-agreed")
	}
	if r.score < 1 {
		r.ids = []uuid.UUID{s.p.ID}
	}
	return r
}

// sharedDecisions: the mean [sdm.DecisionRecord.Quality] score of the plan's
// decisions, in plan order; 0 when no decision is recorded.
func (s *scorer) sharedDecisions() result {
	var r result
	if len(s.p.Decisions) == 0 {
		return r
	}
	var sum float64
	for _, d := range s.p.Decisions {
		q := d.Quality().Score
		sum += q
		if q < 1 {
			r.ids = append(r.ids, d.ID)
		}
	}
	r.score = sum / float64(len(s.p.Decisions))
	return r
}

// naturalSupports: half for any supporter the person consents to involve,
// half for a natural (unpaid) one among them. Supporters listed without
// consent are named in the finding.
func (s *scorer) naturalSupports() result {
	var r result
	anyConsent, natural := false, false
	for _, sp := range s.p.Supports {
		if !sp.ConsentToInvolve {
			r.ids = append(r.ids, sp.ID)
			r.notes = append(r.notes, "consent-to-involve")
			continue
		}
		anyConsent = true
		if sp.Role.Natural() {
			natural = true
		}
	}
	if anyConsent {
		r.score += 0.5
	}
	if natural {
		r.score += 0.5
	} else {
		r.notes = append(r.notes, "no-natural-support")
	}
	return r
}

// reviewed: 1 when the plan was reviewed with the person (Reviewed or
// AgreedAt, whichever is later, not after at) within the review interval.
func (s *scorer) reviewed() result {
	var last time.Time // the latest of the two not after at; zero for none
	for _, t := range [...]time.Time{s.p.Reviewed, s.p.AgreedAt} {
		if t.After(last) && !t.After(s.at) {
			last = t
		}
	}
	if !last.IsZero() && s.at.Sub(last) <= s.opts.reviewInterval() {
		return result{score: 1}
	}
	r := result{ids: []uuid.UUID{s.p.ID}}
	if last.IsZero() {
		r.notes = []string{"never-reviewed"}
	} else {
		r.notes = []string{"review-due"}
	}
	return r
}

// smartGoals: the mean share of SMART criteria met ([goals.Check]) over the
// short-term goals pursued; 0 when there is none.
func (s *scorer) smartGoals() result {
	var r result
	var sum float64
	n := 0
	for _, g := range s.p.Goals {
		if g.Term != goals.TermShort || !pursued(g.Status) {
			continue
		}
		n++
		missing := goals.Check(g, s.at).Missing()
		sum += 1 - float64(len(missing))/5
		if len(missing) > 0 {
			r.ids = append(r.ids, g.ID)
			for _, m := range missing {
				r.notes = append(r.notes, string(m))
			}
		}
	}
	if n > 0 {
		r.score = sum / float64(n)
	}
	return r
}

// actionSteps: the share of active goals with at least one action step that
// has a due date; 0 when no goal is active.
func (s *scorer) actionSteps() result {
	var r result
	met, total := 0, 0
	for _, g := range s.p.Goals {
		if g.Status != goals.StatusActive {
			continue
		}
		total++
		if slices.ContainsFunc(g.Steps, func(st goals.Step) bool { return !st.Due.IsZero() && !blank(string(st.Action)) }) {
			met++
		} else {
			r.ids = append(r.ids, g.ID)
		}
	}
	r.score = share(met, total)
	if total == 0 {
		r.notes = []string{"no-active-goal"}
	}
	return r
}

// rankedTimeline: over the goals pursued, half for the share ranked by the
// person (Importance above 0; ties are the person's and count), half for the
// share placed on the timeline at a position no other goal holds (a
// [goals.Clash] is for the person to settle); 0 when there are no goals.
func (s *scorer) rankedTimeline() result {
	var r result
	total, ranked, placed := 0, 0, 0
	orders := make(map[int]int, len(s.p.Goals))
	for _, g := range s.p.Goals {
		if pursued(g.Status) && g.Order > 0 {
			orders[g.Order]++
		}
	}
	for _, g := range s.p.Goals {
		if !pursued(g.Status) {
			continue
		}
		total++
		ok := true
		if g.Importance > 0 {
			ranked++
		} else {
			ok = false
			r.notes = append(r.notes, "not-ranked")
		}
		switch {
		case g.Order <= 0:
			ok = false
			r.notes = append(r.notes, "not-placed")
		case orders[g.Order] > 1:
			ok = false
			r.notes = append(r.notes, "timeline-clash")
		default:
			placed++
		}
		if !ok {
			r.ids = append(r.ids, g.ID)
		}
	}
	if total > 0 {
		r.score = 0.5*share(ranked, total) + 0.5*share(placed, total)
	}
	return r
}

// crisisReady: the mean over the crisis plans present (overdose, safety) of
// their readiness score, less 0.25 for a stale plan and 0.25 for expired
// naloxone (not below 0); 0 when the plan has no crisis plan.
func (s *scorer) crisisReady() result {
	var r result
	var sum float64
	n := 0
	add := func(id uuid.UUID, rd crisis.Readiness) {
		n++
		v := rd.Score()
		if rd.Stale() {
			v -= 0.25
			r.notes = append(r.notes, "stale")
		}
		if rd.NaloxoneExpired() {
			v -= 0.25
			r.notes = append(r.notes, "naloxone-expired")
		}
		v = math.Max(v, 0)
		for _, f := range rd.Missing() {
			r.notes = append(r.notes, string(f))
		}
		if v < 1 {
			r.ids = append(r.ids, id)
		}
		sum += v
	}
	if o := s.p.Overdose; o != nil {
		add(o.ID, o.Readiness(s.at, s.opts.crisis()))
	}
	if sp := s.p.Safety; sp != nil {
		add(sp.ID, sp.Readiness(s.at, s.opts.crisis()))
	}
	if n == 0 {
		r.notes = []string{"no-crisis-plan"}
		return r
	}
	r.score = sum / float64(n)
	return r
}

// wholePerson: the share of SAMHSA's four dimensions of recovery (health,
// home, purpose, community) that the plan's goals and strengths reach.
func (s *scorer) wholePerson() result {
	var seen [4]bool
	mark := func(a life.Area) {
		switch a.Dimension() {
		case life.DimensionHealth:
			seen[0] = true
		case life.DimensionHome:
			seen[1] = true
		case life.DimensionPurpose:
			seen[2] = true
		case life.DimensionCommunity:
			seen[3] = true
		}
	}
	for _, g := range s.p.Goals {
		if pursued(g.Status) {
			mark(g.Area)
		}
	}
	for _, st := range s.p.Strengths.Strengths {
		mark(st.Area)
	}
	var r result
	met := 0
	for i, d := range life.Dimensions() {
		if seen[i] {
			met++
		} else {
			r.notes = append(r.notes, string(d))
		}
	}
	r.score = float64(met) / 4
	return r
}

// longTermGoal: 1 when a long-term goal is pursued.
func (s *scorer) longTermGoal() result {
	for _, g := range s.p.Goals {
		if g.Term == goals.TermLong && pursued(g.Status) && !blank(string(g.Statement)) {
			return result{score: 1}
		}
	}
	return result{ids: []uuid.UUID{s.p.ID}}
}

// buildsOnStrengths: the share of goals pursued that build on at least one
// strength recorded in the assessment; 0 when there are no goals.
func (s *scorer) buildsOnStrengths() result {
	return s.goalShare(func(g *goals.SMARTGoal) bool {
		return slices.ContainsFunc(g.BuildsOn, func(id uuid.UUID) bool { return s.strengthIDs[id] })
	})
}

// whyItMatters: the share of goals pursued that say why they matter to the
// person (Why not blank); 0 when there are no goals.
func (s *scorer) whyItMatters() result {
	return s.goalShare(func(g *goals.SMARTGoal) bool { return !blank(string(g.Why)) })
}

// goalShare is the share of goals pursued for which met holds, with the IDs
// of the others in plan order; 0 when no goal is pursued.
func (s *scorer) goalShare(met func(*goals.SMARTGoal) bool) result {
	var r result
	n, total := 0, 0
	for i := range s.p.Goals {
		g := &s.p.Goals[i]
		if !pursued(g.Status) {
			continue
		}
		total++
		if met(g) {
			n++
		} else {
			r.ids = append(r.ids, g.ID)
		}
	}
	r.score = share(n, total)
	return r
}

// sortedUnique sorts ss and drops repeats, in place; nil stays nil.
func sortedUnique(ss []string) []string {
	if len(ss) < 2 {
		return ss
	}
	slices.Sort(ss)
	return slices.Compact(ss)
}
