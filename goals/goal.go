package goals

import (
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/recoverykit/recovery/internal/enum"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/redact"
	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/life"
)

// Term says how far ahead a goal looks.
//
// The zero value is not a valid Term. Term is a string and is safe for
// concurrent use.
type Term string

// The terms of a goal.
const (
	// TermShort is a goal for the coming weeks or months: an objective on the
	// way to a larger aspiration.
	TermShort Term = "short-term"
	// TermLong is a life goal or aspiration, in the person's own words.
	TermLong Term = "long-term"
)

// Terms returns both terms, short-term first. It returns a new slice on each
// call.
func Terms() []Term { return terms.Values() }

var terms = enum.Of(TermShort, TermLong)

// IsValid reports whether t is [TermShort] or [TermLong].
func (t Term) IsValid() bool { return terms.Has(t) }

// Index returns the position of t in [Terms], or -1 if t is not valid.
func (t Term) Index() int { return terms.Index(t) }

// Status is where a goal is in its life: the codes map one-to-one onto FHIR R4
// Goal.lifecycleStatus (http://hl7.org/fhir/R4/valueset-goal-status.html), so
// a host app can store a goal as a FHIR Goal without translation.
//
// The zero value is not a valid Status. Status is a string and is safe for
// concurrent use.
type Status string

// The statuses of a goal, in the order FHIR lists them.
const (
	// StatusProposed is a goal suggested but not yet agreed by the person.
	StatusProposed Status = "proposed"
	// StatusPlanned is a goal the person intends to pursue.
	StatusPlanned Status = "planned"
	// StatusAccepted is a goal the person and their team have agreed on.
	StatusAccepted Status = "accepted"
	// StatusActive is a goal being pursued now.
	StatusActive Status = "active"
	// StatusOnHold is a goal paused for now, to be taken up again.
	StatusOnHold Status = "on-hold"
	// StatusCompleted is a goal reached or no longer being worked on because
	// it was met.
	StatusCompleted Status = "completed"
	// StatusCancelled is a goal the person chose to stop pursuing.
	StatusCancelled Status = "cancelled"
	// StatusEnteredInError is a goal recorded by mistake.
	StatusEnteredInError Status = "entered-in-error"
	// StatusRejected is a proposed goal the person chose not to take up.
	StatusRejected Status = "rejected"
)

// Statuses returns every [Status] in FHIR's order: proposed, planned,
// accepted, active, on-hold, completed, cancelled, entered-in-error,
// rejected. It returns a new slice on each call.
func Statuses() []Status { return statuses.Values() }

var statuses = enum.Of(StatusProposed, StatusPlanned, StatusAccepted, StatusActive, StatusOnHold, StatusCompleted, StatusCancelled, StatusEnteredInError, StatusRejected)

// IsValid reports whether s is one of the FHIR Goal.lifecycleStatus codes.
func (s Status) IsValid() bool { return statuses.Has(s) }

// Index returns the position of s in [Statuses], or -1 if s is not valid.
func (s Status) Index() int { return statuses.Index(s) }

// Ended reports whether a goal with status s is no longer being worked
// towards: [StatusCompleted], [StatusCancelled], [StatusRejected] or
// [StatusEnteredInError]. A [Timeline] does not count the dates of such goals
// as open.
func (s Status) Ended() bool {
	switch s {
	case StatusCompleted, StatusCancelled, StatusRejected, StatusEnteredInError:
		return true
	}
	return false
}

// SMARTGoal is a goal the person set, in their own words, with what a
// recovery plan records about it: its life area, the person's own rank and
// timeline position, how progress will be measured, the strengths it builds
// on, the steps towards it and, optionally, Goal Attainment Scaling.
//
// Importance and Order are the person's: the library reports them, ties and
// gaps included, and never changes them. Importance is the person's rank of
// the goal among their goals and is unrelated to [GAS.ImportanceRating], the
// 0-3 rating that weights a GAS T-score.
//
// Statement, Measure, Why and each step's Action are the person's words and
// count as personal health information: [SMARTGoal.LogValue] redacts them and
// [SMARTGoal.String] leaves them out.
//
// The zero value is an empty goal that does not pass [SMARTGoal.Validate]
// (ID, Statement, Area, Term and Status are required). A SMARTGoal is a plain
// value: safe for concurrent reads, but its slices and pointers are shared by
// copies; use [SMARTGoal.Clone] for an independent copy.
type SMARTGoal struct {
	// ID identifies the goal; the caller assigns it. Required.
	ID uuid.UUID `json:"id" validate:"required" id:"goal"`
	// Statement is the goal in the person's own words, for example
	// "I want to find a place to live". Required.
	Statement phi.Words `json:"statement" validate:"required,max=500"`
	// Area is the life area the goal belongs to. Required.
	Area life.Area `json:"area" validate:"valid"`
	// Term is short-term or long-term. Required.
	Term Term `json:"term" validate:"valid"`
	// Status is the FHIR Goal.lifecycleStatus of the goal. Required.
	Status Status `json:"status" validate:"valid"`
	// Importance is the person's rank of this goal among their goals:
	// 1 is the most important, ties are allowed, 0 means not ranked yet.
	Importance int `json:"importance,omitempty" validate:"min=0"`
	// Order is the position the person gave the goal on their timeline:
	// 1 is first, 0 means not placed yet. Two goals may share a position;
	// [NewTimeline] reports it as a [Clash].
	Order int `json:"order,omitempty" validate:"min=0"`
	// Measure says how the person will know they are making progress.
	Measure phi.Words `json:"measure,omitempty" validate:"max=500"`
	// Why is what the goal means to the person.
	Why phi.Words `json:"why,omitempty" validate:"max=1000"`
	// Confidence is the person's own rating of how confident they are of
	// reaching the goal, 0 (not at all) to 10 (completely); nil means not
	// rated.
	Confidence *int `json:"confidence,omitempty" validate:"omitempty,min=0,max=10"`
	// Start is when work on the goal starts; the zero time means not set.
	Start time.Time `json:"start,omitzero" validate:"year"`
	// Due is when the person means to reach the goal; the zero time means
	// not set. If both are set, Due must not be before Start.
	Due time.Time `json:"due,omitzero" validate:"year"`
	// BuildsOn lists the IDs of the strengths the goal draws on, each once.
	BuildsOn []uuid.UUID `json:"buildsOn,omitempty" validate:"dive,required" ref:"strength"`
	// Steps are the action steps towards the goal, in the person's order.
	// Step IDs are unique within the goal.
	Steps []Step `json:"steps,omitempty"`
	// Attainment is the goal's Goal Attainment Scaling record; nil means the
	// goal is not scaled.
	Attainment *GAS `json:"attainment,omitempty"`
}

// Step is one action step towards a goal, in the person's words, for example
// "I will list at least 5 possible rentals and will call at least 3".
//
// Action is personal health information: [Step.LogValue] redacts it and
// [Step.String] leaves it out. The zero value is an empty step that does not
// pass [Step.Validate] (ID and Action are required). Step holds no pointers
// or slices and is safe for concurrent use.
type Step struct {
	// ID identifies the step; the caller assigns it. Required.
	ID uuid.UUID `json:"id" validate:"required"`
	// Action is what the person will do, in their own words. Required.
	Action phi.Words `json:"action" validate:"required,max=500"`
	// Due is when the step is due; the zero time means no date yet.
	Due time.Time `json:"due,omitzero" validate:"year"`
	// Done is when the step was done; the zero time means not done yet.
	Done time.Time `json:"done,omitzero" validate:"year"`
}

// IsDone reports whether the step has been done.
func (s Step) IsDone() bool { return !s.Done.IsZero() }

// Validate checks the step's fields. It returns nil or a
// *recovery.ValidationError listing every problem:
//
//	id      required   the ID is the zero UUID
//	action  required   the action is empty
//	action  max=500    the action is over 500 characters
//	due, done  range   outside the years 1 to 9999
func (s Step) Validate() error {
	var c validate.Collector
	s.check(&c)
	return c.Err()
}

// check records the problems [Step.Validate] reports.
func (s *Step) check(c *validate.Collector) { validate.Tags(c, "", s, s.tagsHold()) }

// Validate checks the goal and its steps. It returns nil or a
// *recovery.ValidationError that wraps recovery.ErrInvalid and lists every problem with its JSON path and rule
// code. Besides the struct rules (required, valid, min, max) the codes are:
//
//	due                     after-start  Due is before Start
//	steps[i]...             (the step's own rules, see [Step.Validate])
//	steps[i].id             unique       an earlier step of the goal has this ID
//	steps[i].due            after-start  the step is due before the goal starts
//	buildsOn[i]             unique       the strength is listed twice
//	attainment.baseline     valid        the level is outside -2..+2
//	attainment.followUp     valid        the level is outside -2..+2
//	attainment.importanceRating, attainment.difficultyRating  min, max (0-3)
//	statement, measure      max=500      over 500 characters
//	why                     max=1000     over 1,000 characters
//	steps[i].action         max=500      over 500 characters
//	start, due, steps[i].due, steps[i].done  range  outside the years 1 to 9999
//
// No problem ever carries a value of the goal.
func (g SMARTGoal) Validate() error {
	var c validate.Collector
	validate.Tags(&c, "", &g, g.tagsHold())
	if !g.Start.IsZero() && !g.Due.IsZero() && g.Due.Before(g.Start) {
		c.Add("due", validate.RuleAfterStart)
	}
	for i := range g.Steps {
		s := &g.Steps[i]
		var sc validate.Collector
		s.check(&sc)
		late := !g.Start.IsZero() && !s.Due.IsZero() && s.Due.Before(g.Start)
		if sc.Len() > 0 || late { // the path is built only for a problem
			p := validate.Elem("steps", i)
			c.Nested(p, sc.Err())
			if late {
				c.Add(p+".due", validate.RuleAfterStart)
			}
		}
	}
	validate.Distinct(&c, g.Steps, stepID, validate.ElemOf("steps", ".id"))
	validate.Distinct(&c, g.BuildsOn, validate.Self, validate.ElemOf("buildsOn", ""))
	return c.Err()
}

func stepID(s Step) uuid.UUID { return s.ID }

// Clone returns a deep copy of g: its slices and pointers are new, so
// changing the copy never changes g.
func (g SMARTGoal) Clone() SMARTGoal {
	if g.Confidence != nil {
		v := *g.Confidence
		g.Confidence = &v
	}
	if g.BuildsOn != nil {
		g.BuildsOn = append(make([]uuid.UUID, 0, len(g.BuildsOn)), g.BuildsOn...)
	}
	if g.Steps != nil {
		g.Steps = append(make([]Step, 0, len(g.Steps)), g.Steps...)
	}
	if g.Attainment != nil {
		a := g.Attainment.clone()
		g.Attainment = &a
	}
	return g
}

// String returns the goal's ID, area, term, status, importance and order,
// never the person's words: for example
// "goal 10000000-0000-4000-8000-000000000004 housing short-term active importance=2 order=1".
// A code that is not defined prints as "[invalid]", here and in LogValue.
func (g SMARTGoal) String() string {
	var b strings.Builder
	b.WriteString("goal ")
	b.WriteString(g.ID.String())
	for _, s := range []string{redact.Code(g.Area), redact.Code(g.Term), redact.Code(g.Status)} {
		b.WriteByte(' ')
		b.WriteString(s)
	}
	b.WriteString(" importance=")
	b.WriteString(strconv.Itoa(g.Importance))
	b.WriteString(" order=")
	b.WriteString(strconv.Itoa(g.Order))
	return b.String()
}

// GoString implements [fmt.GoStringer]: %#v prints what [SMARTGoal.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (g SMARTGoal) GoString() string { return g.String() }

// LogValue implements [slog.LogValuer]: it logs the goal's ID, codes, ranks,
// dates and counts, and replaces the person's words (Statement, Measure, Why,
// step actions) with "[redacted]" when present.
func (g SMARTGoal) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.String("id", g.ID.String()),
		slog.String("statement", redact.Text(g.Statement)),
		slog.String("area", redact.Code(g.Area)),
		slog.String("term", redact.Code(g.Term)),
		slog.String("status", redact.Code(g.Status)),
		slog.Int("importance", g.Importance),
		slog.Int("order", g.Order),
	}
	if g.Measure != "" {
		attrs = append(attrs, slog.String("measure", redact.Text(g.Measure)))
	}
	if g.Why != "" {
		attrs = append(attrs, slog.String("why", redact.Text(g.Why)))
	}
	if !g.Due.IsZero() {
		attrs = append(attrs, slog.Time("due", g.Due))
	}
	p := g.Progress()
	attrs = append(attrs, slog.Int("steps", p.Total), slog.Int("stepsDone", p.Done),
		slog.Int("buildsOn", len(g.BuildsOn)))
	return slog.GroupValue(attrs...)
}

// String returns the step's ID and whether it is done, never the person's
// words: for example "step 11000000-0000-4000-8000-000000000001 open".
func (s Step) String() string {
	state := "open"
	if s.IsDone() {
		state = "done"
	}
	return "step " + s.ID.String() + " " + state
}

// GoString implements [fmt.GoStringer]: %#v prints what [Step.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (s Step) GoString() string { return s.String() }

// LogValue implements [slog.LogValuer]: it logs the step's ID and dates and
// replaces the Action with "[redacted]".
func (s Step) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.String("id", s.ID.String()),
		slog.String("action", redact.Text(s.Action)),
	}
	if !s.Due.IsZero() {
		attrs = append(attrs, slog.Time("due", s.Due))
	}
	if s.IsDone() {
		attrs = append(attrs, slog.Time("done", s.Done))
	}
	return slog.GroupValue(attrs...)
}
