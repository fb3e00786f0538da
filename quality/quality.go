package quality

import (
	"math"
	"slices"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/internal/enum"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
	"github.com/recoverykit/recovery/wording"
)

// RubricVersion names the version of the plan-quality rubric that [Score]
// applies. It changes whenever a criterion, its scoring rule or a default
// changes, so scores computed under different rubrics are never mixed up.
// The package documentation lists what changed from the previous version.
const RubricVersion = "4ps-2026.2"

// PointsPerP is what each of the four Ps is worth: 25 of 100 points.
const PointsPerP = 25.0

// DefaultReviewInterval is how recently a plan must have been reviewed with
// the person for criterion [CriterionReviewed] to be fully met: 90 days.
const DefaultReviewInterval = 90 * 24 * time.Hour

// WholePersonAreas is how many areas of life ([life.Areas]) the goals and
// strengths of a plan must reach for [CriterionWholePerson] to be fully met:
// five, half of the ten. Each area reached below that adds a fifth.
const WholePersonAreas = 5

// MaxWeight is the largest weight [Options.Weights] gives a criterion; a
// larger one counts as MaxWeight, so that weights never overflow when summed.
const MaxWeight = 1e6

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

// ps lists every P once, in order; it backs [Ps], [P.Index] and [P.IsValid].
var ps = enum.Of(PPhilosophy, PProcess, PPlan, PPurpose)

// Ps returns the four Ps in the curriculum module's order: philosophy, process, plan,
// purpose. It returns a new slice on each call.
func Ps() []P { return ps.Values() }

// Index returns p's place in [Ps], or -1 if p is not valid.
func (p P) Index() int { return ps.Index(p) }

// IsValid reports whether p is one of the four Ps.
func (p P) IsValid() bool { return p.Index() >= 0 }

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

// principles lists every Principle once, in SAMHSA's order; it backs
// [Principles], [Principle.Index], [Principle.Number] and [Principle.IsValid].
var principles = enum.Of(PrincipleHope, PrinciplePersonDriven, PrincipleManyPathways, PrincipleHolistic,
	PrinciplePeers, PrincipleRelationships, PrincipleCulture, PrincipleTrauma, PrincipleStrengths, PrincipleRespect)

// Principles returns the 10 guiding principles in SAMHSA's order. It returns
// a new slice on each call.
func Principles() []Principle { return principles.Values() }

// Index returns p's place in [Principles], from 0, or -1 if p is not valid.
func (p Principle) Index() int { return principles.Index(p) }

// Number returns the principle's place in SAMHSA's list, 1 to 10, or 0 if p
// is not valid.
func (p Principle) Number() int { return p.Index() + 1 }

// IsValid reports whether p is one of the 10 guiding principles.
func (p Principle) IsValid() bool { return p.Index() >= 0 }

// Criterion is the stable code of one criterion of the plan-quality rubric.
// The criteria, their scoring rules and sources are listed in the package
// documentation under "The criteria".
//
// The zero value is not a valid Criterion. Criterion is a string and is safe
// for concurrent use.
type Criterion string

// The criteria, in rubric order: four per P, the Ps in the order of [Ps].
const (
	// CriterionOwnWords (philosophy): goals and strengths are in the
	// person's own words.
	CriterionOwnWords Criterion = "own-words"
	// CriterionStrengthsLanguage (philosophy): what the team writes about the
	// person is free of deficit-based and stigmatizing terms
	// ([wording.Check]).
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
	// decision-making model, the person making the choice.
	CriterionSharedDecisions Criterion = "shared-decisions"
	// CriterionNaturalSupports (process): the person asked whom to involve,
	// natural (unpaid) supports among those they chose.
	CriterionNaturalSupports Criterion = "natural-supports"
	// CriterionReviewed (process): reviewed with the person within the review
	// interval.
	CriterionReviewed Criterion = "reviewed"

	// CriterionSMARTGoals (plan): short-term goals are SMART ([goals.Check]).
	CriterionSMARTGoals Criterion = "smart-goals"
	// CriterionActionSteps (plan): active goals have dated action steps.
	CriterionActionSteps Criterion = "action-steps"
	// CriterionRankedTimeline (plan): every goal ranked by the person and
	// placed on their timeline; ties are the person's.
	CriterionRankedTimeline Criterion = "ranked-timeline"
	// CriterionCrisisReady (plan): plans ready for a rainy day
	// ([crisis.OverdosePlan.Readiness], [crisis.SafetyPlan.Readiness],
	// [crisis.Toolbox.Readiness]).
	CriterionCrisisReady Criterion = "crisis-ready"

	// CriterionWholePerson (purpose): goals and strengths reach several
	// areas of life ([life.Areas]).
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

// Index returns c's place in [Criteria], or -1 if c is not valid.
func (c Criterion) Index() int {
	for i := range rubric {
		if rubric[i].code == c {
			return i
		}
	}
	return -1
}

// IsValid reports whether c is a criterion of the rubric.
func (c Criterion) IsValid() bool { return c.Index() >= 0 }

// P returns the P the criterion belongs to, or "" if c is not valid.
func (c Criterion) P() P {
	if i := c.Index(); i >= 0 {
		return rubric[i].p
	}
	return ""
}

// Principle returns the guiding principle the criterion serves, or "" if c is
// not valid.
func (c Criterion) Principle() Principle {
	if i := c.Index(); i >= 0 {
		return rubric[i].principle
	}
	return ""
}

// Suggestion returns what a [Finding] of c suggests, in strengths-based
// words, or "" if c is not valid.
func (c Criterion) Suggestion() string {
	if i := c.Index(); i >= 0 {
		return rubric[i].suggestion
	}
	return ""
}

// Note is a code in a [Finding] that says more about a gap. The notes of this
// package are declared below ([Notes] lists them); a finding also carries the
// codes of the packages it draws on, converted to Note: the
// [wording.Check] rules for strengths-language, the
// [goals.Criterion] codes for smart-goals, the [crisis.Field] codes for
// crisis-ready and the [life.Area] codes for whole-person.
//
// The zero value is not a note. Note is a string and is safe for concurrent
// use.
type Note string

// The notes of this package, by criterion.
const (
	// NotePersonNotCoCreator (co-created): the person is not among the
	// co-creators.
	NotePersonNotCoCreator Note = "person-not-co-creator"
	// NoteNotAgreed (co-created): the person's agreement is not recorded.
	NoteNotAgreed Note = "not-agreed"
	// NoteChosenWithoutPerson (shared-decisions): a choice was recorded
	// without the person among those who made it.
	NoteChosenWithoutPerson Note = "chosen-without-person"
	// NoteConsentToInvolve (natural-supports): a supporter is listed and the
	// person has not yet been asked whether to involve them.
	NoteConsentToInvolve Note = "consent-to-involve"
	// NoteNoNaturalSupport (natural-supports): no natural support is
	// involved with the person's consent.
	NoteNoNaturalSupport Note = "no-natural-support"
	// NoteNeverReviewed (reviewed): the plan has never been reviewed.
	NoteNeverReviewed Note = "never-reviewed"
	// NoteReviewDue (reviewed): the last review is older than the review
	// interval.
	NoteReviewDue Note = "review-due"
	// NoteNoActiveGoal (action-steps): no goal is active.
	NoteNoActiveGoal Note = "no-active-goal"
	// NoteNotRanked (ranked-timeline): a goal has no importance from the
	// person.
	NoteNotRanked Note = "not-ranked"
	// NoteNotPlaced (ranked-timeline): a goal has no place on the timeline.
	NoteNotPlaced Note = "not-placed"
	// NoteNoCrisisPlan (crisis-ready): the plan has no overdose plan, safety
	// plan or wellness toolbox.
	NoteNoCrisisPlan Note = "no-crisis-plan"
	// NoteStale (crisis-ready): a crisis plan is due for review.
	NoteStale Note = "stale"
	// NoteNaloxoneExpired (crisis-ready): the naloxone is past its date.
	NoteNaloxoneExpired Note = "naloxone-expired"
)

// notes lists every Note of this package once; it backs [Notes], [Note.Index]
// and [Note.IsValid].
var notes = enum.Of(NotePersonNotCoCreator, NoteNotAgreed, NoteChosenWithoutPerson, NoteConsentToInvolve,
	NoteNoNaturalSupport, NoteNeverReviewed, NoteReviewDue, NoteNoActiveGoal, NoteNotRanked, NoteNotPlaced,
	NoteNoCrisisPlan, NoteStale, NoteNaloxoneExpired)

// Notes returns the notes this package declares, in rubric order. It returns
// a new slice on each call.
func Notes() []Note { return notes.Values() }

// Index returns n's place in [Notes], or -1 if n is not one of them.
func (n Note) Index() int { return notes.Index(n) }

// IsValid reports whether n is one of the notes this package declares; the
// codes of other packages that a finding carries are not.
func (n Note) IsValid() bool { return n.Index() >= 0 }

// criterion is one row of the rubric: the criterion, its P, the principle it
// serves and the suggestion a finding makes when it is not fully met. The
// rule that scores it is its case in scorer.score.
type criterion struct {
	code       Criterion
	p          P
	principle  Principle
	suggestion string
}

// rubric is the rubric, in order, four rows per P; it is never written.
var rubric = [...]criterion{
	{CriterionOwnWords, PPhilosophy, PrinciplePersonDriven,
		"Invite the person to put these goals and strengths in their own words, in whatever language they choose."},
	{CriterionStrengthsLanguage, PPhilosophy, PrincipleRespect,
		"Reword these passages in person-first, recovery-oriented language; each note names a term's rule, and the rule gives the preferred wording."},
	{CriterionVision, PPhilosophy, PrincipleHope,
		"Ask the person to describe the life they want, in their own words, and record it as their vision."},
	{CriterionStrengthsIdentified, PPhilosophy, PrincipleStrengths,
		"Explore more of the person's strengths, skills and supports, across several areas of their life."},
	{CriterionCoCreated, PProcess, PrinciplePersonDriven,
		"Write the plan together with the person and record when they agree to it."},
	{CriterionSharedDecisions, PProcess, PrincipleRespect,
		"Make the next choice together: lay out the options, what matters to the person, and record what they choose."},
	{CriterionNaturalSupports, PProcess, PrincipleRelationships,
		"Ask who the person counts on, family and friends included, and record whether they want each one involved."},
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
		"Explore the areas of life not yet in the plan; each note names an area of life to talk about."},
	{CriterionLongTermGoal, PPurpose, PrincipleHope,
		"Dare to dream: ask the person about a long-term goal for the life they want beyond services."},
	{CriterionBuildsOnStrengths, PPurpose, PrincipleStrengths,
		"Link these goals to the strengths the person can draw on to reach them."},
	{CriterionWhyItMatters, PPurpose, PrinciplePersonDriven,
		"Ask the person what reaching these goals would mean to them, and record it in their words."},
}

// Options configures [Score]. A nil *Options, and the zero value, mean the
// defaults. Score reads it and never modifies it, so one value may be shared
// by goroutines.
type Options struct {
	// Weights sets the weight of criteria inside their P. A criterion not in
	// the map has weight 1, so by default the four criteria of a P weigh the
	// same. A P's 25 points are shared in proportion to its criteria's
	// weights. A weight of 0 leaves the criterion out (it still gets a score,
	// with no points and no finding); a negative or NaN weight counts as 0;
	// a weight above [MaxWeight], +Inf included, counts as MaxWeight. A P
	// whose criteria all weigh 0 scores 0. Keys that are not criteria of the
	// rubric are ignored.
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
	switch {
	case !ok:
		return 1
	case !(w > 0): // negative, zero or NaN
		return 0
	}
	return math.Min(w, MaxWeight)
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
	//	strengths-language  the [wording.Check] rules that fired
	//	co-created          person-not-co-creator, not-agreed
	//	shared-decisions    chosen-without-person
	//	natural-supports    consent-to-involve (a supporter the person has
	//	                    not yet been asked about), no-natural-support
	//	reviewed            never-reviewed, review-due
	//	smart-goals         the [goals.Criterion] codes still to meet
	//	action-steps        no-active-goal
	//	ranked-timeline     not-ranked, not-placed
	//	crisis-ready        no-crisis-plan, stale, naloxone-expired, and the
	//	                    [crisis.Field] codes still to fill in
	//	whole-person        the [life.Area] codes not yet reached
	//
	// The other criteria have no notes: their IDs say it all.
	Notes []Note `json:"notes,omitempty"`
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
// documentation. Each P is worth 25 points, shared by its four criteria in
// proportion to their weights (equal by default); each criterion scores from
// 0 to 1. Every criterion not fully met gives a [Finding] that names the
// guiding principle it serves, the IDs concerned and a strengths-based
// suggestion.
//
// Score does not validate p: it scores what is there and never panics on a
// plan that fails [recovery.Plan.Validate]. It is deterministic: sums run in
// rubric order, lists follow the plan's order, so the same plan, time and
// options give the same Report, and the same bytes when encoded. p is not
// modified.
func Score(p recovery.Plan, at time.Time, opts *Options) Report {
	parts := 4 + len(p.Goals) + len(p.Strengths.Strengths) + len(p.Supports) + len(p.Decisions)
	s := scorer{p: p, at: at, opts: opts,
		ids: make([]uuid.UUID, 0, 2*parts+4), notes: make([]Note, 0, 16+5*len(p.Goals))}
	var results [len(rubric)]result
	var weights [len(rubric)]float64
	gaps := 0
	for i := range rubric {
		results[i] = s.score(i)
		weights[i] = opts.weight(rubric[i].code)
		if results[i].score < 1 && weights[i] > 0 {
			gaps++
		}
	}

	q := Report{
		Rubric: RubricVersion, PlanID: p.ID, Version: p.Version, At: at,
		Criteria: make([]CriterionScore, len(rubric)),
	}
	if gaps > 0 {
		q.Findings = make([]Finding, 0, gaps)
	}
	for pi, pp := range ps.All() {
		lo, hi := pi*4, pi*4+4
		// Weights are at most MaxWeight, so four of them sum without
		// overflow; dividing by the largest first keeps the shares exact
		// for equal weights.
		var sum float64
		for i := lo; i < hi; i++ {
			sum += weights[i]
		}
		var sub float64
		for i := lo; i < hi; i++ {
			def, r := &rubric[i], &results[i]
			w := 0.0
			if sum > 0 {
				w = weights[i] / sum
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
	notes []Note
}

// scorer holds the plan being scored, and the backing arrays of every
// result's IDs and notes: the criteria run one after the other, each appends
// to them and takes its own capped window (see [scorer.done]), so a Score
// call allocates them once instead of once per criterion.
type scorer struct {
	p    recovery.Plan
	at   time.Time
	opts *Options

	ids   []uuid.UUID
	notes []Note
}

// score scores criterion i of the rubric with the criterion's method. A
// switch rather than a function in each rubric row keeps the scorer, and the
// plan it holds, on Score's stack; TestEveryCriterionScored checks that
// every row has its case.
func (s *scorer) score(i int) result {
	switch rubric[i].code {
	case CriterionOwnWords:
		return s.ownWords()
	case CriterionStrengthsLanguage:
		return s.strengthsLanguage()
	case CriterionVision:
		return s.vision()
	case CriterionStrengthsIdentified:
		return s.strengthsIdentified()
	case CriterionCoCreated:
		return s.coCreated()
	case CriterionSharedDecisions:
		return s.sharedDecisions()
	case CriterionNaturalSupports:
		return s.naturalSupports()
	case CriterionReviewed:
		return s.reviewed()
	case CriterionSMARTGoals:
		return s.smartGoals()
	case CriterionActionSteps:
		return s.actionSteps()
	case CriterionRankedTimeline:
		return s.rankedTimeline()
	case CriterionCrisisReady:
		return s.crisisReady()
	case CriterionWholePerson:
		return s.wholePerson()
	case CriterionLongTermGoal:
		return s.longTermGoal()
	case CriterionBuildsOnStrengths:
		return s.buildsOnStrengths()
	case CriterionWhyItMatters:
		return s.whyItMatters()
	}
	return result{score: -1} // not reached: TestEveryCriterionScored
}

// mark is where a criterion's IDs and notes begin in the scorer's arrays.
type mark struct{ ids, notes int }

func (s *scorer) mark() mark { return mark{len(s.ids), len(s.notes)} }

func (s *scorer) id(x uuid.UUID) { s.ids = append(s.ids, x) }

func (s *scorer) note(n Note) { s.notes = append(s.notes, n) }

// done returns the result with score and the IDs and notes added since m,
// as slices capped at their length so that later appends never reach them.
func (s *scorer) done(m mark, score float64) result {
	r := result{score: score}
	if n := len(s.ids); n > m.ids {
		r.ids = s.ids[m.ids:n:n]
	}
	if n := len(s.notes); n > m.notes {
		r.notes = s.notes[m.notes:n:n]
	}
	return r
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

// ownWords: the share of goals pursued that are in the person's own voice
// (see ownVoice), and of strengths the person named themselves, over those
// goals and the strengths named by the person or a provider. A strength the
// person named counts whatever its grammar: it is their self-description.
// Strengths named by family or peers are their voices added to the person's
// and neither count nor cost.
func (s *scorer) ownWords() result {
	var r result
	m := s.mark()
	met, total := 0, 0
	for _, g := range s.p.Goals {
		if !pursued(g.Status) {
			continue
		}
		total++
		if ownVoice(string(g.Statement)) {
			met++
		} else {
			s.id(g.ID)
		}
	}
	for _, st := range s.p.Strengths.Strengths {
		switch {
		case st.Source == strengths.SourceSelf && !blank(st.Statement):
			total++
			met++
		case st.Source == strengths.SourceFamily || st.Source == strengths.SourcePeer:
		default:
			total++
			s.id(st.ID)
		}
	}
	r.score = share(met, total)
	return s.done(m, r.score)
}

// strengthsLanguage: the share of the plan's texts free of the terms
// [wording.Check] flags, where only what the team writes about the
// person is checked: the team's notes (phi.Note: a decision's options, their
// benefits, harms, evidence and sources), strengths a provider named, and any
// of the person's fields written in the third person about them
// (providerVoice). The person's own words, and those
// of the family and peers they brought in, count as they are: how people
// describe themselves is theirs. The team's text is read in the plan's
// language (Plan.Language). A plan with no text scores 0: there is nothing
// yet to show its language.
func (s *scorer) strengthsLanguage() result {
	var r result
	m := s.mark()
	clean, total := 0, 0
	var fs []wording.Flag // one buffer for every text
	check := func(owner uuid.UUID, text string, team bool) {
		if blank(text) {
			return
		}
		total++
		team = team || s.providerStrength(owner)
		if !team && !providerVoice(text) {
			clean++
			return
		}
		fs = wording.AppendCheck(fs[:0], text, wording.WhoseTeam, &wording.Options{Language: s.p.Language})
		if len(fs) == 0 {
			clean++
			return
		}
		for _, f := range fs {
			s.note(Note(f.Rule))
		}
		if !slices.Contains(s.ids[m.ids:], owner) {
			s.id(owner)
		}
	}
	forEachText(&s.p, check)
	r.score = share(clean, total)
	return s.done(m, r.score)
}

// providerStrength reports whether id is that of a strength a provider
// named: its statement is the team's words.
func (s *scorer) providerStrength(id uuid.UUID) bool {
	return slices.ContainsFunc(s.p.Strengths.Strengths, func(st strengths.Strength) bool {
		return st.ID == id && st.Source == strengths.SourceProvider
	})
}

// vision: 1 when the person's vision is recorded.
func (s *scorer) vision() result {
	if blank(s.p.Vision) {
		m := s.mark()
		s.id(s.p.ID)
		return s.done(m, 0)
	}
	return result{score: 1}
}

// strengthsIdentified: half for the number of strengths, whoever named them
// (3 or more is "several"), half for the number of areas they span (2 or
// more).
func (s *scorer) strengthsIdentified() result {
	n := 0
	var areas [16]bool
	nAreas := 0
	for _, st := range s.p.Strengths.Strengths {
		if blank(st.Statement) {
			continue
		}
		n++
		if i := st.Area.Index(); i >= 0 && i < len(areas) && !areas[i] {
			areas[i] = true
			nAreas++
		}
	}
	score := 0.5*math.Min(float64(n)/3, 1) + 0.5*math.Min(float64(nAreas)/2, 1)
	m := s.mark()
	if score < 1 && s.p.Strengths.ID != uuid.Nil {
		s.id(s.p.Strengths.ID)
	}
	return s.done(m, score)
}

// coCreated: half for the person among the co-creators, half for the
// person's agreement (AgreedAt set, not after at).
func (s *scorer) coCreated() result {
	var r result
	m := s.mark()
	if slices.ContainsFunc(s.p.CoCreators, func(c recovery.CoCreator) bool { return c.Role == sdm.RolePerson }) {
		r.score += 0.5
	} else {
		s.note(NotePersonNotCoCreator)
	}
	if !s.p.AgreedAt.IsZero() && !s.p.AgreedAt.After(s.at) {
		r.score += 0.5
	} else {
		s.note(NoteNotAgreed)
	}
	if r.score < 1 {
		s.id(s.p.ID)
	}
	return s.done(m, r.score)
}

// sharedDecisions: each decision gets a value: 0 for a choice made without
// the person (ChosenBy lacks [sdm.RolePerson]: not a shared decision, and no
// better than none), else its [sdm.DecisionRecord.Quality] score. With a
// choice recorded, the base m is the mean value of the decisions with a
// choice; without one, the best value of those under way. The decisions
// under way (beside the best, when it is one of them) add
// (1 - m) × min(1, U/2), U the sum of their values, so a decision under way
// never lowers the score. 0 when no decision is recorded.
func (s *scorer) sharedDecisions() result {
	m := s.mark()
	var decided, sum, best, underWay float64
	for _, d := range s.p.Decisions {
		v := 0.0
		if d.Chosen != uuid.Nil && !slices.Contains(d.ChosenBy, sdm.RolePerson) {
			s.note(NoteChosenWithoutPerson)
		} else {
			v = d.Quality().Score
		}
		if v < 1 {
			s.id(d.ID)
		}
		switch {
		case d.Chosen != uuid.Nil:
			decided++
			sum += v
		case v > best:
			underWay += best
			best = v
		default:
			underWay += v
		}
	}
	base := best
	if decided > 0 {
		base = sum / decided
		underWay += best
	}
	return s.done(m, base+(1-base)*math.Min(underWay/2, 1))
}

// naturalSupports: half for the share of supporters the person has been
// asked about (they consent to involve them, or a "no" is recorded:
// ConsentedAt set without ConsentToInvolve), half for a natural (unpaid)
// supporter they consent to involve; 0 with no supporter. A recorded no is
// the person's choice and costs nothing; supporters not yet asked about are
// named in the finding.
func (s *scorer) naturalSupports() result {
	var r result
	m := s.mark()
	asked, natural := 0, false
	for _, sp := range s.p.Supports {
		switch {
		case sp.ConsentToInvolve:
			asked++
			natural = natural || sp.Role.Natural()
		case !sp.ConsentedAt.IsZero():
			asked++
		default:
			s.id(sp.ID)
			s.note(NoteConsentToInvolve)
		}
	}
	r.score = 0.5 * share(asked, len(s.p.Supports))
	if natural {
		r.score += 0.5
	} else {
		s.note(NoteNoNaturalSupport)
	}
	return s.done(m, r.score)
}

// reviewed: 1 when the plan was reviewed with the person (Reviewed or
// AgreedAt, whichever is later, not after at) within the review interval,
// 0.5 when a review is due, 0 when it was never reviewed.
func (s *scorer) reviewed() result {
	var last time.Time // the latest of the two not after at; zero for none
	for _, t := range [...]time.Time{s.p.Reviewed, s.p.AgreedAt} {
		if t.After(last) && !t.After(s.at) {
			last = t
		}
	}
	m := s.mark()
	switch {
	case last.IsZero():
		s.id(s.p.ID)
		s.note(NoteNeverReviewed)
		return s.done(m, 0)
	case s.at.Sub(last) > s.opts.reviewInterval():
		s.id(s.p.ID)
		s.note(NoteReviewDue)
		return s.done(m, 0.5)
	}
	return result{score: 1}
}

// smartGoals: the mean share of SMART criteria met ([goals.Check]) over the
// short-term goals pursued; 0 when there is none.
func (s *scorer) smartGoals() result {
	var r result
	m := s.mark()
	var sum float64
	n := 0
	text := &goals.TextOptions{Language: s.p.Language} // the goals are read in the plan's language
	var buf [5]goals.Verdict
	for _, g := range s.p.Goals {
		if g.Term != goals.TermShort || !pursued(g.Status) {
			continue
		}
		n++
		missing := 0
		for _, v := range goals.AppendVerdicts(buf[:0], g, s.at, text) {
			if !v.Met {
				missing++
				s.note(Note(v.Criterion))
			}
		}
		sum += 1 - float64(missing)/5
		if missing > 0 {
			s.id(g.ID)
		}
	}
	if n > 0 {
		r.score = sum / float64(n)
	}
	return s.done(m, r.score)
}

// actionSteps: the share of active goals with at least one action step that
// has a due date; 0 when no goal is active.
func (s *scorer) actionSteps() result {
	var r result
	m := s.mark()
	met, total := 0, 0
	for _, g := range s.p.Goals {
		if g.Status != goals.StatusActive {
			continue
		}
		total++
		if slices.ContainsFunc(g.Steps, func(st goals.Step) bool { return !st.Due.IsZero() && !blank(st.Action) }) {
			met++
		} else {
			s.id(g.ID)
		}
	}
	r.score = share(met, total)
	if total == 0 {
		s.note(NoteNoActiveGoal)
	}
	return s.done(m, r.score)
}

// rankedTimeline: over the goals pursued, half for the share ranked by the
// person (Importance above 0) and half for the share placed on their
// timeline (Order above 0); 0 when there are no goals. Goals of the same
// importance, or at the same place on the timeline, are the person's choice
// and count in full.
func (s *scorer) rankedTimeline() result {
	var r result
	m := s.mark()
	total, ranked, placed := 0, 0, 0
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
			s.note(NoteNotRanked)
		}
		if g.Order > 0 {
			placed++
		} else {
			ok = false
			s.note(NoteNotPlaced)
		}
		if !ok {
			s.id(g.ID)
		}
	}
	if total > 0 {
		r.score = 0.5*share(ranked, total) + 0.5*share(placed, total)
	}
	return s.done(m, r.score)
}

// crisisReady: the plans present (overdose plan, safety plan, wellness
// toolbox) each get a value, the share of their readiness fields filled in
// where a review that is due and naloxone past its date each count half a
// field (a review done, or an expiry checked, is worth more than none). The
// score is the best value m plus (1 − m) × min(1, S/2), S the sum of the
// others' values: beginning another plan never lowers it. 0 when no plan is
// present.
func (s *scorer) crisisReady() result {
	var r result
	m := s.mark()
	best, others := 0.0, 0.0
	n := 0
	add := func(id uuid.UUID, rd crisis.Readiness) {
		n++
		if rd.Checked <= 0 {
			return
		}
		filled := float64(rd.Checked - len(rd.Missing))
		if rd.Stale {
			filled -= 0.5
			s.note(NoteStale)
		}
		if rd.NaloxoneExpired {
			filled -= 0.5
			s.note(NoteNaloxoneExpired)
		}
		for _, f := range rd.Missing {
			s.note(Note(f))
		}
		v := math.Max(filled, 0) / float64(rd.Checked)
		if v < 1 {
			s.id(id)
		}
		if v > best {
			best, v = v, best
		}
		others += v
	}
	if o := s.p.Overdose; o != nil {
		add(o.ID, o.Readiness(s.at, s.opts.crisis()))
	}
	if sp := s.p.Safety; sp != nil {
		add(sp.ID, sp.Readiness(s.at, s.opts.crisis()))
	}
	if tb := s.p.Toolbox; tb != nil {
		add(tb.ID, tb.Readiness(s.at, s.opts.crisis()))
	}
	if n == 0 {
		s.note(NoteNoCrisisPlan)
		return s.done(m, r.score)
	}
	r.score = best + (1-best)*math.Min(others/2, 1)
	return s.done(m, r.score)
}

// lifeAreas are the areas of life in order, read once: life.Areas returns a
// new slice each call. It is never written.
var lifeAreas = life.Areas()

// wholePerson: the number of areas of life ([life.Areas]: the curriculum's
// eight and the Strengths Model's finances and leisure) that the plan's goals
// pursued and strengths reach, over [WholePersonAreas], at most 1. More areas
// never score lower.
func (s *scorer) wholePerson() result {
	var seen [16]bool
	n := 0
	mark := func(a life.Area) {
		if i := a.Index(); i >= 0 && i < len(seen) && !seen[i] {
			seen[i] = true
			n++
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
	m := s.mark()
	r.score = math.Min(float64(n)/WholePersonAreas, 1)
	if r.score < 1 {
		for i, a := range lifeAreas {
			if i < len(seen) && !seen[i] {
				s.note(Note(a))
			}
		}
	}
	return s.done(m, r.score)
}

// longTermGoal: 1 when a long-term goal is pursued.
func (s *scorer) longTermGoal() result {
	for _, g := range s.p.Goals {
		if g.Term == goals.TermLong && pursued(g.Status) && !blank(g.Statement) {
			return result{score: 1}
		}
	}
	m := s.mark()
	s.id(s.p.ID)
	return s.done(m, 0)
}

// buildsOnStrengths: the share of goals pursued that build on at least one
// strength recorded in the assessment; 0 when there are no goals.
func (s *scorer) buildsOnStrengths() result {
	return s.goalShare(func(g *goals.SMARTGoal) bool { return slices.ContainsFunc(g.BuildsOn, s.hasStrength) })
}

// hasStrength reports whether the assessment records a strength with ID id.
func (s *scorer) hasStrength(id uuid.UUID) bool {
	return id != uuid.Nil && slices.ContainsFunc(s.p.Strengths.Strengths, func(st strengths.Strength) bool { return st.ID == id })
}

// whyItMatters: the share of goals pursued that say why they matter to the
// person (Why not blank); 0 when there are no goals.
func (s *scorer) whyItMatters() result {
	return s.goalShare(func(g *goals.SMARTGoal) bool { return !blank(g.Why) })
}

// goalShare is the share of goals pursued for which met holds, with the IDs
// of the others in plan order; 0 when no goal is pursued.
func (s *scorer) goalShare(met func(*goals.SMARTGoal) bool) result {
	var r result
	m := s.mark()
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
			s.id(g.ID)
		}
	}
	r.score = share(n, total)
	return s.done(m, r.score)
}

// sortedUnique sorts ns and drops repeats, in place; nil stays nil.
func sortedUnique(ns []Note) []Note {
	if len(ns) < 2 {
		return ns
	}
	slices.Sort(ns)
	return slices.Compact(ns)
}
