package goals

import (
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/recoverykit/recovery/internal/enum"
	"github.com/recoverykit/recovery/phi"
)

// Criterion is one of the five SMART criteria that the peer-support guide
// "Building a person-centered recovery plan" names for a goal or action step:
// Specific, Measurable, Achievable, Realistic and Time-limited.
//
// Criterion is a string and is safe for concurrent use. The zero value is not
// a valid Criterion.
type Criterion string

// The SMART criteria, in the guide's order.
const (
	// CriterionSpecific: it is clear what will be done.
	CriterionSpecific Criterion = "specific"
	// CriterionMeasurable: progress can be counted or seen.
	CriterionMeasurable Criterion = "measurable"
	// CriterionAchievable: the person sees it as within their reach.
	CriterionAchievable Criterion = "achievable"
	// CriterionRealistic: it fits the person's life, what matters to them and the
	// strengths they have.
	CriterionRealistic Criterion = "realistic"
	// CriterionTimeLimited: there is a date to work to.
	CriterionTimeLimited Criterion = "time-limited"
)

// Criteria returns the five criteria in the guide's order: Specific,
// Measurable, Achievable, Realistic, TimeLimited. It returns a new slice on
// each call.
func Criteria() []Criterion {
	return []Criterion{CriterionSpecific, CriterionMeasurable, CriterionAchievable, CriterionRealistic, CriterionTimeLimited}
}

// IsValid reports whether c is one of the five criteria.
func (c Criterion) IsValid() bool {
	switch c {
	case CriterionSpecific, CriterionMeasurable, CriterionAchievable, CriterionRealistic, CriterionTimeLimited:
		return true
	}
	return false
}

// Reason is the stable code of the evidence behind a [Verdict]. Each reason
// belongs to one criterion and says whether it is met; [Reason.Message] gives
// a short sentence for people. Neither ever contains the person's words.
//
// Reason is a string and is safe for concurrent use. The zero value is not a
// valid Reason.
type Reason string

// The reasons [Check] gives, by criterion. See [Check] for the evidence each
// one stands for.
const (
	// ReasonConcreteStep (specific, met): a step says in the first person what
	// will be done, with no vague wording.
	ReasonConcreteStep Reason = "concrete-step"
	// ReasonClearStatement (specific, met): the statement has no vague wording
	// and the goal names its life area.
	ReasonClearStatement Reason = "clear-statement"
	// ReasonVagueWording (specific, not met): the statement uses vague
	// wording and no step is concrete.
	ReasonVagueWording Reason = "vague-wording"
	// ReasonNoStatement (specific, not met): the goal has no statement yet.
	ReasonNoStatement Reason = "no-statement"

	// ReasonMeasureSet (measurable, met): the goal records how progress will
	// be measured.
	ReasonMeasureSet Reason = "measure-set"
	// ReasonAmountInStatement (measurable, met): the statement names an
	// amount, count or frequency.
	ReasonAmountInStatement Reason = "amount-in-statement"
	// ReasonAmountInSteps (measurable, met): a step names an amount, count or
	// frequency.
	ReasonAmountInSteps Reason = "amount-in-steps"
	// ReasonNoMeasure (measurable, not met): nothing says how much, how often
	// or how long.
	ReasonNoMeasure Reason = "no-measure"

	// ReasonConfident (achievable, met): the person rates their confidence at
	// 7 or more out of 10.
	ReasonConfident Reason = "confident"
	// ReasonBrokenIntoSteps (achievable, met): the goal is broken into steps
	// and the person has not rated their confidence.
	ReasonBrokenIntoSteps Reason = "broken-into-steps"
	// ReasonLowConfidence (achievable, not met): the person rates their
	// confidence below 7 out of 10.
	ReasonLowConfidence Reason = "low-confidence"
	// ReasonNoSteps (achievable, not met): no steps and no confidence rating
	// yet.
	ReasonNoSteps Reason = "no-steps"

	// ReasonBuildsOnStrengths (realistic, met): the goal builds on strengths
	// the person has.
	ReasonBuildsOnStrengths Reason = "builds-on-strengths"
	// ReasonHasMeaning (realistic, met): the person has said why the goal
	// matters to them.
	ReasonHasMeaning Reason = "has-meaning"
	// ReasonPersonPriority (realistic, met): the person ranked the goal among
	// their goals.
	ReasonPersonPriority Reason = "person-priority"
	// ReasonNoContext (realistic, not met): nothing yet links the goal to the
	// person's strengths, reasons or priorities.
	ReasonNoContext Reason = "no-context"

	// ReasonDueDate (time-limited, met): the goal has a due date that has not
	// passed, or the goal has ended.
	ReasonDueDate Reason = "due-date"
	// ReasonStepsDated (time-limited, met): a step has a due date.
	ReasonStepsDated Reason = "steps-dated"
	// ReasonDeadlineInText (time-limited, met): the statement or a step names
	// a time limit still to come: a date ("by Friday") or an event ("before
	// my court date"). Past time ("since March 1") is not one.
	ReasonDeadlineInText Reason = "deadline-in-text"
	// ReasonDuePassed (time-limited, not met): the due date has passed and
	// the goal is still open.
	ReasonDuePassed Reason = "due-passed"
	// ReasonNoDate (time-limited, not met): there is no date to work to yet.
	ReasonNoDate Reason = "no-date"
)

// smartReasonInfo is what a reason stands for.
type smartReasonInfo struct {
	criterion Criterion
	met       bool
	message   string
}

// smartReasons holds every reason; it is never written after init.
var smartReasons = map[Reason]smartReasonInfo{
	ReasonConcreteStep:   {CriterionSpecific, true, "A step says in the person's own words what they will do."},
	ReasonClearStatement: {CriterionSpecific, true, "The goal names a clear aim in an area of the person's life."},
	ReasonVagueWording:   {CriterionSpecific, false, "The goal sets a direction; naming one concrete action would make it specific."},
	ReasonNoStatement:    {CriterionSpecific, false, "Writing the goal in the person's own words is the place to start."},

	ReasonMeasureSet:        {CriterionMeasurable, true, "The plan says how progress will be measured."},
	ReasonAmountInStatement: {CriterionMeasurable, true, "The goal names an amount, count or frequency to work to."},
	ReasonAmountInSteps:     {CriterionMeasurable, true, "A step names an amount, count or frequency to work to."},
	ReasonNoMeasure:         {CriterionMeasurable, false, "Adding how much, how often or how long would make progress easy to see."},

	ReasonConfident:       {CriterionAchievable, true, "The person rates their confidence at 7 or more out of 10."},
	ReasonBrokenIntoSteps: {CriterionAchievable, true, "The goal is broken into smaller steps."},
	ReasonLowConfidence:   {CriterionAchievable, false, "Smaller first steps could help the person's confidence grow to 7 or more out of 10."},
	ReasonNoSteps:         {CriterionAchievable, false, "Breaking the goal into small steps, or rating confidence, would show it is within reach."},

	ReasonBuildsOnStrengths: {CriterionRealistic, true, "The goal builds on strengths the person already has."},
	ReasonHasMeaning:        {CriterionRealistic, true, "The person has said why the goal matters to them."},
	ReasonPersonPriority:    {CriterionRealistic, true, "The person ranked this goal among their priorities."},
	ReasonNoContext:         {CriterionRealistic, false, "Noting why the goal matters, or the strengths it builds on, would show how it fits the person's life."},

	ReasonDueDate:        {CriterionTimeLimited, true, "The goal has a date to work to."},
	ReasonStepsDated:     {CriterionTimeLimited, true, "Its steps have dates to work to."},
	ReasonDeadlineInText: {CriterionTimeLimited, true, "The person's words set a time limit."},
	ReasonDuePassed:      {CriterionTimeLimited, false, "The date set has passed; choosing a new date keeps the goal on the timeline."},
	ReasonNoDate:         {CriterionTimeLimited, false, "Choosing a date for the goal or its first step would make it time-limited."},
}

// Reasons returns every reason [Check] gives, by criterion in the guide's
// order and, within a criterion, the reasons met before those not met. It
// returns a new slice on each call.
func Reasons() []Reason { return reasons.Values() }

var reasons = enum.Of(
	ReasonConcreteStep, ReasonClearStatement, ReasonVagueWording, ReasonNoStatement,
	ReasonMeasureSet, ReasonAmountInStatement, ReasonAmountInSteps, ReasonNoMeasure,
	ReasonConfident, ReasonBrokenIntoSteps, ReasonLowConfidence, ReasonNoSteps,
	ReasonBuildsOnStrengths, ReasonHasMeaning, ReasonPersonPriority, ReasonNoContext,
	ReasonDueDate, ReasonStepsDated, ReasonDeadlineInText, ReasonDuePassed, ReasonNoDate,
)

// IsValid reports whether r is one of the reasons [Check] gives.
func (r Reason) IsValid() bool { return reasons.Has(r) }

// Criterion returns the criterion r is evidence for, or "" if r is not valid.
func (r Reason) Criterion() Criterion { return smartReasons[r].criterion }

// Met reports whether r is evidence that its criterion is met.
func (r Reason) Met() bool { return smartReasons[r].met }

// Message returns a short, strengths-based sentence explaining r, or "" if r
// is not valid. It never contains the person's words.
func (r Reason) Message() string { return smartReasons[r].message }

// Verdict is the judgement on one criterion.
//
// The zero value is not a verdict. Verdict holds no pointers and is safe for
// concurrent use.
type Verdict struct {
	// Criterion is the criterion judged.
	Criterion Criterion `json:"criterion"`
	// Met reports whether the goal meets it.
	Met bool `json:"met"`
	// Reason is the code of the evidence for the verdict.
	Reason Reason `json:"reason"`
	// Message is Reason's sentence for people (see [Reason.Message]).
	Message string `json:"message"`
}

// SMARTCheck is the result of [Check]: a verdict on each criterion, in the
// order of [Criteria].
//
// The zero value has no verdicts (and so nothing missing). A SMARTCheck holds
// no words of the person's and is safe to log. It is safe for concurrent
// reads; its slice is shared by copies.
type SMARTCheck struct {
	// Goal is the ID of the goal checked.
	Goal uuid.UUID `json:"goal"`
	// Verdicts holds one verdict per criterion, in the order of [Criteria].
	Verdicts []Verdict `json:"verdicts"`
}

// Missing returns the criteria not met, in the order of [Criteria], in a new
// slice; nil if every criterion is met.
func (c SMARTCheck) Missing() []Criterion {
	var out []Criterion
	for _, v := range c.Verdicts {
		if !v.Met {
			out = append(out, v.Criterion)
		}
	}
	return out
}

// SMART reports whether every criterion is met.
func (c SMARTCheck) SMART() bool {
	return len(c.Verdicts) > 0 && len(c.Missing()) == 0
}

// Verdict returns the verdict on criterion cr, and whether there is one.
func (c SMARTCheck) Verdict(cr Criterion) (Verdict, bool) {
	for _, v := range c.Verdicts {
		if v.Criterion == cr {
			return v, true
		}
	}
	return Verdict{}, false
}

// String returns the goal ID and each criterion with its reason code, for
// example "10000000-…-000000000004: specific=concrete-step
// measurable=amount-in-steps ... missing: achievable". It holds no words of
// the person's.
func (c SMARTCheck) String() string {
	var b strings.Builder
	b.WriteString(c.Goal.String())
	b.WriteByte(':')
	for _, v := range c.Verdicts {
		b.WriteByte(' ')
		b.WriteString(string(v.Criterion))
		b.WriteByte('=')
		b.WriteString(string(v.Reason))
	}
	if m := c.Missing(); len(m) > 0 {
		b.WriteString(" missing:")
		for _, cr := range m {
			b.WriteByte(' ')
			b.WriteString(string(cr))
		}
	}
	return b.String()
}

// Check judges goal g against the five SMART criteria at time at, from the
// goal's structured fields first and its text second, and gives the evidence
// for each verdict as a [Reason]. The first evidence found, in the order
// listed, decides:
//
// Specific: a step that is a first-person commitment with no vague wording
// (its Action has a [RuleFirstPerson] match and no [MatchKindVague] match)
// gives [ReasonConcreteStep]; otherwise a Statement with no vague wording and
// a valid Area gives [ReasonClearStatement]. Not met: [ReasonNoStatement] if
// the Statement is blank, else [ReasonVagueWording].
//
// Measurable: a Measure gives [ReasonMeasureSet]; an amount, count or
// frequency ([MatchKindQuantity]) in the Statement gives
// [ReasonAmountInStatement], in a step's Action [ReasonAmountInSteps]. Not
// met: [ReasonNoMeasure]. A step with no amount ("I will bring the notes") is
// a single action, done or not; it does not make the goal measurable on its
// own.
//
// Achievable: the person's own Confidence rating decides when there is one:
// 7 or more out of 10 gives [ReasonConfident], less gives
// [ReasonLowConfidence] (not met) even if the goal has steps. Without a
// rating, one or more steps give [ReasonBrokenIntoSteps]; none gives
// [ReasonNoSteps] (not met). The threshold of 7 is the one self-management
// action planning uses: in Brief Action Planning (Gutnick et al., J Clin
// Outcomes Manag 2014;21(1)), a plan the person rates below 7 out of 10 is
// worth refining together, often by making it smaller.
//
// Realistic: BuildsOn (strengths the goal draws on) gives
// [ReasonBuildsOnStrengths]; a Why gives [ReasonHasMeaning]; an Importance
// rank (1 or more) gives [ReasonPersonPriority]. Not met: [ReasonNoContext].
// Realistic is judged only from what the person has said about the goal's
// place in their life, never from what the goal is: recovery is
// person-driven, and the peer-support guide asks supporters to encourage
// people to dream rather than lower their expectations.
//
// TimeLimited: a Due date that is not before at, or any Due date on a goal
// whose Status has ended, gives [ReasonDueDate]; a step with a Due date gives
// [ReasonStepsDated]; a time limit still to come in the Statement or a step's
// Action gives [ReasonDeadlineInText]: a dated one ("by Friday") or one tied
// to an event ("before my court date", [RuleEvent]), which is a real limit
// the person set though it has no date. Past time ("sober since March 1",
// [MatchKindPast]) is never a time limit. Not met: [ReasonDuePassed] if the goal's Due date
// has passed while it is open, else [ReasonNoDate]. Relative time limits in
// the text are resolved by [AnalyzeText] against the goal's Start, or at if
// Start is zero, since the words were written when the goal was set.
//
// Check does not validate g (see [SMARTGoal.Validate]); it judges whatever it
// is given, and never panics. It does not modify g.
func Check(g SMARTGoal, at time.Time) SMARTCheck { return CheckWith(g, at, nil) }

// CheckWith is [Check] with the options of the text analysis: opts gives the
// language of the goal's words (the plan's language) and the order of
// numeric dates; nil means English, as [Check] reads.
func CheckWith(g SMARTGoal, at time.Time, opts *TextOptions) SMARTCheck {
	return SMARTCheck{Goal: g.ID, Verdicts: AppendVerdicts(make([]Verdict, 0, 5), g, at, opts)}
}

// AppendVerdicts appends the verdicts of [CheckWith] to dst, one per
// criterion in the order of [Criteria], and returns the extended slice. It
// serves a caller that checks many goals and keeps only what it counts, as
// the plan's quality score does: one buffer then serves every goal.
func AppendVerdicts(dst []Verdict, g SMARTGoal, at time.Time, opts *TextOptions) []Verdict {
	ref := g.Start
	if ref.IsZero() {
		ref = at
	}
	// Each text is read only while its reading can still change a verdict's
	// reason, and one buffer serves every text: only the summary of each is
	// kept.
	var buf [16]Match
	analyze := func(w phi.Words) TextAnalysis {
		return TextAnalysis{Matches: textAnalyze(string(w), ref, opts, buf[:0])}
	}
	stepDated := slices.ContainsFunc(g.Steps, func(s Step) bool { return !s.Due.IsZero() })
	dueDecides := !g.Due.IsZero() && (!g.Due.Before(at) || g.Status.Ended())
	wantAmount := phi.Blank(g.Measure)        // Measurable turns on the amounts
	wantDeadline := !dueDecides && !stepDated // TimeLimited turns on the text
	var statementVague, statementAmount, statementDeadline, statementRead bool
	readStatement := func() {
		a := analyze(g.Statement)
		statementVague, statementAmount, statementDeadline, statementRead = a.Vague(), a.Measurable(), a.TimeLimited(), true
	}
	if wantAmount || wantDeadline {
		readStatement()
	}
	var stepConcrete, stepAmount, stepDeadline bool
	for _, s := range g.Steps {
		if stepConcrete && (!wantAmount || statementAmount || stepAmount) &&
			(!wantDeadline || statementDeadline || stepDeadline) {
			break // no other step can change a reason
		}
		a := analyze(s.Action)
		stepConcrete = stepConcrete || a.Actionable() && !a.Vague()
		stepAmount = stepAmount || a.Measurable()
		stepDeadline = stepDeadline || a.TimeLimited()
	}
	if !statementRead && !stepConcrete && g.Area.IsValid() {
		readStatement() // Specific turns on the statement's wording
	}

	var r [5]Reason
	switch {
	case stepConcrete:
		r[0] = ReasonConcreteStep
	case phi.Blank(g.Statement):
		r[0] = ReasonNoStatement
	case !statementVague && g.Area.IsValid():
		r[0] = ReasonClearStatement
	default:
		r[0] = ReasonVagueWording
	}

	switch {
	case !phi.Blank(g.Measure):
		r[1] = ReasonMeasureSet
	case statementAmount:
		r[1] = ReasonAmountInStatement
	case stepAmount:
		r[1] = ReasonAmountInSteps
	default:
		r[1] = ReasonNoMeasure
	}

	switch {
	case g.Confidence != nil && *g.Confidence >= 7:
		r[2] = ReasonConfident
	case g.Confidence != nil:
		r[2] = ReasonLowConfidence
	case len(g.Steps) > 0:
		r[2] = ReasonBrokenIntoSteps
	default:
		r[2] = ReasonNoSteps
	}

	switch {
	case len(g.BuildsOn) > 0:
		r[3] = ReasonBuildsOnStrengths
	case !phi.Blank(g.Why):
		r[3] = ReasonHasMeaning
	case g.Importance > 0:
		r[3] = ReasonPersonPriority
	default:
		r[3] = ReasonNoContext
	}

	switch {
	case dueDecides:
		r[4] = ReasonDueDate
	case stepDated:
		r[4] = ReasonStepsDated
	case statementDeadline || stepDeadline:
		r[4] = ReasonDeadlineInText
	case !g.Due.IsZero():
		r[4] = ReasonDuePassed
	default:
		r[4] = ReasonNoDate
	}

	for _, reason := range r {
		info := smartReasons[reason]
		dst = append(dst, Verdict{Criterion: info.criterion, Met: info.met, Reason: reason, Message: info.message})
	}
	return dst
}
