package crisis

import (
	"slices"
	"time"

	"github.com/recoverykit/recovery/phi"
)

// Field is a part of a plan that [Readiness] checks, stored as a stable
// lower-case code. Overdose plan fields come first in the pocket plan's order,
// then the safety plan's steps in order; [FieldReviewed] belongs to both.
//
// The zero value is not a valid Field. Field is a string and is safe for
// concurrent use.
type Field string

// The fields of an [OverdosePlan], in the order [OverdosePlan.Readiness]
// reports them: the pocket plan, then what peer specialists go over with the
// person, then the dates.
const (
	// FieldEmergencyNumbers: at least one emergency number.
	FieldEmergencyNumbers Field = "emergency-numbers"
	// FieldNaloxoneLocation: where the person will get and keep naloxone.
	FieldNaloxoneLocation Field = "naloxone-location"
	// FieldNaloxoneCarrier: a person who has naloxone or can give it, with a
	// name, a number and the person's consent.
	FieldNaloxoneCarrier Field = "naloxone-carrier"
	// FieldCheckIn: someone to check in with, with a name, a number and the
	// person's consent.
	FieldCheckIn Field = "check-in"
	// FieldCheckInHow: at least one channel in CheckInBy.
	FieldCheckInHow Field = "check-in-how"
	// FieldOtherSteps: at least one other step.
	FieldOtherSteps Field = "other-steps"
	// FieldRisksReviewed: every risk in [Risks] gone over.
	FieldRisksReviewed Field = "risks-reviewed"
	// FieldNaloxoneTraining: the person has learned to give naloxone.
	FieldNaloxoneTraining Field = "naloxone-training"
	// FieldGoodSamaritan: the Good Samaritan law's protections gone over.
	FieldGoodSamaritan Field = "good-samaritan"
	// FieldNaloxoneExpiry: the naloxone's expiry date is known.
	FieldNaloxoneExpiry Field = "naloxone-expiry"
	// FieldReviewed: the plan has a review date (both plans).
	FieldReviewed Field = "reviewed"
)

// The fields of a [SafetyPlan], in the order [SafetyPlan.Readiness] reports
// them (followed by [FieldReviewed]). The six step fields have the same codes as
// the steps ([SafetyStep]).
const (
	// FieldWarningSigns: at least one warning sign (step 1).
	FieldWarningSigns Field = Field(SafetyStepWarningSigns)
	// FieldInternalCoping: at least one thing to do alone (step 2).
	FieldInternalCoping Field = Field(SafetyStepInternalCoping)
	// FieldSocialDistraction: at least one place, or one named person the
	// person consents to involve (step 3).
	FieldSocialDistraction Field = Field(SafetyStepSocialDistraction)
	// FieldAskForHelp: at least one person with a name, a number and the
	// person's consent (step 4).
	FieldAskForHelp Field = Field(SafetyStepAskForHelp)
	// FieldProfessionalHelp: at least one professional, service or crisis
	// line with a name and a number (step 5).
	FieldProfessionalHelp Field = Field(SafetyStepProfessionalHelp)
	// FieldSaferEnvironment: at least one way to make surroundings safer
	// (step 6).
	FieldSaferEnvironment Field = Field(SafetyStepSaferEnvironment)
	// FieldReasonsForLiving: at least one reason for living.
	FieldReasonsForLiving Field = "reasons-for-living"
)

// FieldWellnessTools and the fields after it are the fields of a [Toolbox],
// in the order [Toolbox.Readiness] reports them (followed by
// [FieldReviewed]).
const (
	// FieldWellnessTools: at least one tool that keeps the person well.
	FieldWellnessTools Field = "wellness-tools"
	// FieldTriggers: at least one trigger, with what the person will do
	// about it.
	FieldTriggers Field = "triggers"
	// FieldEarlyWarningSigns: at least one early warning sign, with what the
	// person will do about it.
	FieldEarlyWarningSigns Field = "early-warning-signs"
)

// fieldRow is one field with the prompt that invites the person to fill it in.
type fieldRow struct {
	field  Field
	prompt string
}

// fields lists every field once, in the order [Fields] returns them, with its
// prompt; it backs [Fields], [Field.IsValid], [Field.Index] and
// [Field.Prompt], and is never written.
var fields = [...]fieldRow{
	{FieldEmergencyNumbers, "Which emergency numbers would you like on your card?"},
	{FieldNaloxoneLocation, "Where will you keep naloxone?"},
	{FieldNaloxoneCarrier, "Who close to you has naloxone or could give it?"},
	{FieldCheckIn, "Who would you like to check in with if you use, and how would you like them to check on you?"},
	{FieldCheckInHow, "How would you like to reach the person you check in with?"},
	{FieldOtherSteps, "What other steps will you take to keep yourself safe?"},
	{FieldRisksReviewed, "Would you like to go over what can raise overdose risk?"},
	{FieldNaloxoneTraining, "Would you like to learn how to give naloxone?"},
	{FieldGoodSamaritan, "Would you like to go over how the law protects people who call for help?"},
	{FieldNaloxoneExpiry, "When does your naloxone expire? The date is on the box."},
	{FieldReviewed, "When would you like to go over your plan together?"},
	{FieldWarningSigns, "What tells you a hard time may be coming?"},
	{FieldInternalCoping, "What can you do on your own to feel a little better?"},
	{FieldSocialDistraction, "Which people or places help take your mind off things?"},
	{FieldAskForHelp, "Who could you ask for help?"},
	{FieldProfessionalHelp, "Which professionals or crisis lines could you contact?"},
	{FieldSaferEnvironment, "What would make your surroundings safer?"},
	{FieldReasonsForLiving, "What matters most to you?"},
	{FieldWellnessTools, "What keeps you well, day to day?"},
	{FieldTriggers, "What can set you back, and what will you do when it happens?"},
	{FieldEarlyWarningSigns, "What tells you things may be getting harder, and what will you do then?"},
}

// Fields returns every field: the overdose plan's in order (FieldReviewed
// last among them), then the safety plan's, then the toolbox's.
// FieldReviewed appears once. It returns a new slice on each call.
func Fields() []Field {
	out := make([]Field, len(fields))
	for i := range fields {
		out[i] = fields[i].field
	}
	return out
}

// Index returns f's place in [Fields], or -1 if f is not valid.
func (f Field) Index() int {
	for i := range fields {
		if fields[i].field == f {
			return i
		}
	}
	return -1
}

// IsValid reports whether f is one of the defined fields.
func (f Field) IsValid() bool { return f.Index() >= 0 }

// Prompt returns a short, encouraging question that invites the person to
// fill f in, or "" if f is not valid. Hosts may use their own wording; the
// codes are the stable part.
func (f Field) Prompt() string {
	if i := f.Index(); i >= 0 {
		return fields[i].prompt
	}
	return ""
}

// DefaultStaleAfter is how long a plan may go without review before
// [Readiness.Stale] reports it: 90 days.
const DefaultStaleAfter = 90 * 24 * time.Hour

// ReadinessOptions configures a readiness check. A nil *ReadinessOptions,
// and the zero value, mean the defaults. It is read, never modified, so one
// value may be shared by goroutines.
type ReadinessOptions struct {
	// StaleAfter is how long a plan may go without review before it is
	// stale. Zero or negative means [DefaultStaleAfter].
	StaleAfter time.Duration
}

func (o *ReadinessOptions) staleAfter() time.Duration {
	if o == nil || o.StaleAfter <= 0 {
		return DefaultStaleAfter
	}
	return o.StaleAfter
}

// Readiness is the result of a plan's readiness check: how many fields were
// checked, which are still to fill in, and whether the plan is due for review
// or its naloxone has expired. It is a plain value with exported fields.
//
// The zero value is the result of no check at all: nothing checked, not
// complete, score 0, so an unchecked plan never reads as ready. A Readiness is
// safe for concurrent reads; its slices are its own and share nothing with the
// plan.
type Readiness struct {
	// Checked is the number of fields checked: 11 for an [OverdosePlan], 8
	// for a [SafetyPlan], 4 for a [Toolbox], 0 when nothing was checked.
	Checked int `json:"checked"`
	// Missing holds the fields still to fill in, in the plan's field order;
	// nil when none is missing.
	Missing []Field `json:"missing,omitempty"`
	// Stale reports that the plan was last reviewed longer ago than the
	// stale interval (90 days by default). A plan never reviewed is not
	// stale: it lists [FieldReviewed] as missing instead.
	Stale bool `json:"stale"`
	// NaloxoneExpired reports that the naloxone's expiry date has passed.
	// It is false for a safety plan and a toolbox.
	NaloxoneExpired bool `json:"naloxoneExpired"`
	// RisksToReview holds the risks not yet gone over, in [Risks] order: the
	// detail behind [FieldRisksReviewed]. Nil for a safety plan, a toolbox,
	// or when every risk has been gone over.
	RisksToReview []Risk `json:"risksToReview,omitempty"`
}

// Complete reports whether fields were checked and none is missing. A
// complete plan may still be Stale or have NaloxoneExpired; see
// [Readiness.NeedsAttention]. The zero Readiness is not complete.
func (r Readiness) Complete() bool { return r.Checked > 0 && len(r.Missing) == 0 }

// Score returns the share of fields filled in, from 0 to 1: (Checked -
// missing) / Checked, each field counting equally; 0 when nothing was
// checked. Staleness and expired naloxone do not change the score.
func (r Readiness) Score() float64 {
	if r.Checked <= 0 {
		return 0
	}
	filled := max(r.Checked-len(r.Missing), 0)
	return float64(filled) / float64(r.Checked)
}

// NeedsAttention reports whether the plan is not complete (the zero
// Readiness included), is stale or its naloxone has expired.
func (r Readiness) NeedsAttention() bool { return !r.Complete() || r.Stale || r.NaloxoneExpired }

// Prompts returns a short, encouraging prompt for each thing to attend to:
// one per missing field (see [Field.Prompt]), in order, then one if the
// naloxone has expired and one if the plan is stale. It returns a new slice,
// nil when nothing needs attention.
func (r Readiness) Prompts() []string {
	var out []string
	for _, f := range r.Missing {
		out = append(out, f.Prompt())
	}
	if r.NaloxoneExpired {
		out = append(out, "Your naloxone is past its date: where could you get a fresh kit?")
	}
	if r.Stale {
		out = append(out, "It has been a while since you went over your plan: a good time to look at it together.")
	}
	return out
}

// readinessOf collects the fields of a plan that filled reports missing, in
// the order given. Each plan's Readiness calls it with a method value of its
// own copy, which stays on the stack: the checks are a switch per plan type
// (filled) rather than a function per field, which would move every checked
// plan to the heap.
func readinessOf(fields []Field, missing func(Field) bool) Readiness {
	r := Readiness{Checked: len(fields)}
	var buf [16]Field // more than any plan's checks: one allocation at most
	out := buf[:0]
	for _, f := range fields {
		if missing(f) {
			out = append(out, f)
		}
	}
	if len(out) > 0 {
		r.Missing = slices.Clone(out)
	}
	return r
}

// overdoseFields are the [OverdosePlan]'s checked fields, in the pocket
// plan's order; never written.
var overdoseFields = [...]Field{
	FieldEmergencyNumbers, FieldNaloxoneLocation, FieldNaloxoneCarrier, FieldCheckIn, FieldCheckInHow,
	FieldOtherSteps, FieldRisksReviewed, FieldNaloxoneTraining, FieldGoodSamaritan, FieldNaloxoneExpiry,
	FieldReviewed,
}

// missing reports whether the overdose plan lacks field f.
func (p *OverdosePlan) missing(f Field) bool {
	switch f {
	case FieldEmergencyNumbers:
		return !phi.AnyText(p.EmergencyNumbers)
	case FieldNaloxoneLocation:
		return phi.Blank(p.NaloxoneLocation)
	case FieldNaloxoneCarrier:
		return !(p.NaloxoneCarrier.reachable() && p.NaloxoneCarrier.Consent)
	case FieldCheckIn:
		return !(p.CheckIn.reachable() && p.CheckIn.Consent && !phi.Blank(p.CheckInHow))
	case FieldCheckInHow:
		return len(p.CheckInBy) == 0
	case FieldOtherSteps:
		return !phi.AnyText(p.OtherSteps)
	case FieldRisksReviewed:
		for _, r := range risks.All() {
			if !slices.Contains(p.RisksReviewed, r) {
				return true
			}
		}
		return false
	case FieldNaloxoneTraining:
		return !p.NaloxoneTrained
	case FieldGoodSamaritan:
		return !p.GoodSamaritanReviewed
	case FieldNaloxoneExpiry:
		return p.NaloxoneExpires.IsZero()
	case FieldReviewed:
		return p.Reviewed.IsZero()
	}
	return true // not reached: the complete plans of the readiness tests have every field
}

// safetyFields are the [SafetyPlan]'s checked fields, in the steps' order;
// never written.
var safetyFields = [...]Field{
	FieldWarningSigns, FieldInternalCoping, FieldSocialDistraction, FieldAskForHelp, FieldProfessionalHelp,
	FieldSaferEnvironment, FieldReasonsForLiving, FieldReviewed,
}

// missing reports whether the safety plan lacks field f.
func (p *SafetyPlan) missing(f Field) bool {
	switch f {
	case FieldWarningSigns:
		return !phi.AnyText(p.WarningSigns)
	case FieldInternalCoping:
		return !phi.AnyText(p.InternalCoping)
	case FieldSocialDistraction:
		return !phi.AnyText(p.DistractionPlaces) && !slices.ContainsFunc(p.DistractionPeople, func(c Contact) bool {
			return !phi.Blank(c.Name) && c.Consent
		})
	case FieldAskForHelp:
		return !slices.ContainsFunc(p.AskForHelp, func(c Contact) bool { return c.reachable() && c.Consent })
	case FieldProfessionalHelp:
		return !slices.ContainsFunc(p.ProfessionalHelp, Contact.reachable)
	case FieldSaferEnvironment:
		return !phi.AnyText(p.SaferEnvironment)
	case FieldReasonsForLiving:
		return !phi.AnyText(p.ReasonsForLiving)
	case FieldReviewed:
		return p.Reviewed.IsZero()
	}
	return true // not reached: the complete plans of the readiness tests have every field
}

// toolboxFields are the [Toolbox]'s checked fields; never written.
var toolboxFields = [...]Field{FieldWellnessTools, FieldTriggers, FieldEarlyWarningSigns, FieldReviewed}

// missing reports whether the toolbox lacks field f.
func (t *Toolbox) missing(f Field) bool {
	switch f {
	case FieldWellnessTools:
		return !slices.ContainsFunc(t.Tools, func(x Tool) bool { return !phi.Blank(x.Text) })
	case FieldTriggers:
		return !slices.ContainsFunc(t.Triggers, Cue.filled)
	case FieldEarlyWarningSigns:
		return !slices.ContainsFunc(t.EarlyWarningSigns, Cue.filled)
	case FieldReviewed:
		return t.Reviewed.IsZero()
	}
	return true // not reached: the complete toolbox of the readiness tests has every field
}

// filled reports whether the cue has its text and what the person will do.
func (c Cue) filled() bool { return !phi.Blank(c.Text) && !phi.Blank(c.Action) }

// Readiness checks how ready p is at time at, against opts (nil means the
// defaults). It reports the [OverdosePlan] fields still missing, in order:
// FieldEmergencyNumbers, FieldNaloxoneLocation, FieldNaloxoneCarrier,
// FieldCheckIn, FieldCheckInHow, FieldOtherSteps, FieldRisksReviewed,
// FieldNaloxoneTraining, FieldGoodSamaritan, FieldNaloxoneExpiry,
// FieldReviewed. Text counts when it is not blank; a contact counts when it
// has a name, a number and the person's consent, and the check-in contact
// only with CheckInHow as well: how the person would like to be checked on is
// part of naming who checks on them.
//
// The plan is stale when at is more than the stale interval after Reviewed;
// the naloxone has expired when at is on a later calendar day than
// NaloxoneExpires (its day in its own location: a kit is in date through the
// day printed on it). Readiness does not validate p: run
// [OverdosePlan.Validate] for shape.
func (p OverdosePlan) Readiness(at time.Time, opts *ReadinessOptions) Readiness {
	r := readinessOf(overdoseFields[:], p.missing)
	var buf [8]Risk
	toReview := buf[:0]
	for _, k := range risks.All() {
		if !slices.Contains(p.RisksReviewed, k) {
			toReview = append(toReview, k)
		}
	}
	if len(toReview) > 0 {
		r.RisksToReview = slices.Clone(toReview)
	}
	r.Stale = stale(p.Reviewed, at, opts)
	r.NaloxoneExpired = expired(p.NaloxoneExpires, at)
	return r
}

// expired reports whether at is on a later calendar day than the expiry date
// (in the expiry date's location); a zero date is never expired.
func expired(expires, at time.Time) bool {
	if expires.IsZero() {
		return false
	}
	y, m, d := expires.Date()
	return !at.Before(time.Date(y, m, d+1, 0, 0, 0, 0, expires.Location()))
}

// Readiness checks how ready p is at time at, against opts (nil means the
// defaults). It reports the [SafetyPlan] fields still missing, in order:
// FieldWarningSigns, FieldInternalCoping, FieldSocialDistraction,
// FieldAskForHelp, FieldProfessionalHelp, FieldSaferEnvironment,
// FieldReasonsForLiving, FieldReviewed. Text counts when it is not blank; what
// counts as a contact for each step is written on the step's Field.
//
// The plan is stale when at is more than the stale interval after Reviewed.
// Readiness does not validate p: run [SafetyPlan.Validate] for shape.
func (p SafetyPlan) Readiness(at time.Time, opts *ReadinessOptions) Readiness {
	r := readinessOf(safetyFields[:], p.missing)
	r.Stale = stale(p.Reviewed, at, opts)
	return r
}

// Readiness checks how ready the toolbox t is at time at, against opts (nil
// means the defaults). It reports the fields still missing, in order:
// FieldWellnessTools, FieldTriggers, FieldEarlyWarningSigns, FieldReviewed. A
// tool counts when its text is not blank; a trigger or an early warning sign
// counts with what the person will do about it.
//
// The toolbox is stale when at is more than the stale interval after
// Reviewed. Readiness does not validate t: run [Toolbox.Validate] for shape.
func (t Toolbox) Readiness(at time.Time, opts *ReadinessOptions) Readiness {
	r := readinessOf(toolboxFields[:], t.missing)
	r.Stale = stale(t.Reviewed, at, opts)
	return r
}

func stale(reviewed, at time.Time, opts *ReadinessOptions) bool {
	return !reviewed.IsZero() && at.Sub(reviewed) > opts.staleAfter()
}
