package crisis

import (
	"encoding/json"
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

// Fields returns every field: the overdose plan's in order, then the safety
// plan's step fields and ReasonsForLivingField. ReviewedField appears once, after
// NaloxoneExpiryField. It returns a new slice on each call.
func Fields() []Field {
	return append(overdoseFields(), safetyFields()[:7]...)
}

func overdoseFields() []Field {
	return []Field{FieldEmergencyNumbers, FieldNaloxoneLocation, FieldNaloxoneCarrier, FieldCheckIn,
		FieldCheckInHow, FieldOtherSteps, FieldRisksReviewed, FieldNaloxoneTraining, FieldGoodSamaritan,
		FieldNaloxoneExpiry, FieldReviewed}
}

func safetyFields() []Field {
	return []Field{FieldWarningSigns, FieldInternalCoping, FieldSocialDistraction, FieldAskForHelp,
		FieldProfessionalHelp, FieldSaferEnvironment, FieldReasonsForLiving, FieldReviewed}
}

// IsValid reports whether f is one of the defined fields.
func (f Field) IsValid() bool { return f.Prompt() != "" }

// Prompt returns a short, encouraging question that invites the person to
// fill f in, or "" if f is not valid. Hosts may use their own wording; the
// codes are the stable part.
func (f Field) Prompt() string {
	switch f {
	case FieldEmergencyNumbers:
		return "Which emergency numbers would you like on your card?"
	case FieldNaloxoneLocation:
		return "Where will you keep naloxone?"
	case FieldNaloxoneCarrier:
		return "Who close to you has naloxone or could give it?"
	case FieldCheckIn:
		return "Who would you like to check in with if you use?"
	case FieldCheckInHow:
		return "How will you reach them, and how would you like them to check on you?"
	case FieldOtherSteps:
		return "What other steps will you take to keep yourself safe?"
	case FieldRisksReviewed:
		return "Would you like to go over what can raise overdose risk?"
	case FieldNaloxoneTraining:
		return "Would you like to learn how to give naloxone?"
	case FieldGoodSamaritan:
		return "Would you like to go over how the law protects people who call for help?"
	case FieldNaloxoneExpiry:
		return "When does your naloxone expire? The date is on the box."
	case FieldReviewed:
		return "When would you like to go over your plan together?"
	case FieldWarningSigns:
		return "What tells you a hard time may be coming?"
	case FieldInternalCoping:
		return "What can you do on your own to feel a little better?"
	case FieldSocialDistraction:
		return "Which people or places help take your mind off things?"
	case FieldAskForHelp:
		return "Who could you ask for help?"
	case FieldProfessionalHelp:
		return "Which professionals or crisis lines could you contact?"
	case FieldSaferEnvironment:
		return "What would make your surroundings safer?"
	case FieldReasonsForLiving:
		return "What matters most to you?"
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

// Readiness is the result of a plan's readiness check: which fields are still
// to fill in, a score, and whether the plan is due for review or its naloxone
// has expired.
//
// The zero value is the result for a plan with no fields to check: complete,
// with score 1. A Readiness is immutable once returned and safe for
// concurrent use.
type Readiness struct {
	missing []Field
	total   int
	risks   []Risk
	stale   bool
	expired bool
}

// Complete reports whether no field is missing. A complete plan may still be
// [Readiness.Stale] or have [Readiness.NaloxoneExpired]; see
// [Readiness.NeedsAttention].
func (r Readiness) Complete() bool { return len(r.missing) == 0 }

// Missing returns the fields still to fill in, in the plan's field order. It
// returns a new slice, nil when the plan is complete.
func (r Readiness) Missing() []Field { return slices.Clone(r.missing) }

// Checked returns the number of fields checked: 11 for an [OverdosePlan], 8
// for a [SafetyPlan], 0 for the zero Readiness.
func (r Readiness) Checked() int { return r.total }

// Score returns the share of fields filled in, from 0 to 1: (checked -
// missing) / checked, each field counting equally. Staleness and expired
// naloxone do not change the score.
func (r Readiness) Score() float64 {
	if r.total == 0 {
		return 1
	}
	return float64(r.total-len(r.missing)) / float64(r.total)
}

// Stale reports whether the plan was last reviewed longer ago than the stale
// interval (90 days by default). A plan never reviewed is not stale: it lists
// [FieldReviewed] as missing instead.
func (r Readiness) Stale() bool { return r.stale }

// NaloxoneExpired reports whether the naloxone's expiry date has passed. It
// is always false for a safety plan.
func (r Readiness) NaloxoneExpired() bool { return r.expired }

// RisksToReview returns the risks not yet gone over, in [Risks] order: the
// detail behind [FieldRisksReviewed]. It returns a new slice, nil for a
// safety plan or when every risk has been gone over.
func (r Readiness) RisksToReview() []Risk { return slices.Clone(r.risks) }

// NeedsAttention reports whether anything is missing, the plan is stale or
// the naloxone has expired.
func (r Readiness) NeedsAttention() bool { return !r.Complete() || r.stale || r.expired }

// Prompts returns a short, encouraging prompt for each thing to attend to:
// one per missing field (see [Field.Prompt]), in order, then one if the
// naloxone has expired and one if the plan is stale. It returns a new slice,
// nil when nothing needs attention.
func (r Readiness) Prompts() []string {
	var out []string
	for _, f := range r.missing {
		out = append(out, f.Prompt())
	}
	if r.expired {
		out = append(out, "Your naloxone is past its date: where could you get a fresh kit?")
	}
	if r.stale {
		out = append(out, "It has been a while since you went over your plan: a good time to look at it together.")
	}
	return out
}

// Readiness checks how ready p is at time at, against opts (nil means the
// defaults). It reports the [OverdosePlan] fields still missing, in order:
// EmergencyNumbersField, NaloxoneLocationField, NaloxoneCarrierField,
// CheckInField, CheckInHowField, OtherStepsField, RisksReviewedField,
// NaloxoneTrainingField, GoodSamaritanField, NaloxoneExpiryField, ReviewedField.
// Text counts when it is not blank; a contact counts when it has a name, a
// number and the person's consent.
//
// The plan is stale when at is more than the stale interval after Reviewed;
// the naloxone has expired when at is on a later calendar day than
// NaloxoneExpires (its day in its own location: a kit is in date through the
// day printed on it). Readiness does not validate p: run
// [OverdosePlan.Validate] for shape.
func (p OverdosePlan) Readiness(at time.Time, opts *ReadinessOptions) Readiness {
	var risks []Risk
	for _, r := range Risks() {
		if !slices.Contains(p.RisksReviewed, r) {
			risks = append(risks, r)
		}
	}
	has := [...]bool{
		phi.AnyText(p.EmergencyNumbers),
		!phi.Blank(p.NaloxoneLocation),
		p.NaloxoneCarrier.reachable() && p.NaloxoneCarrier.Consent,
		p.CheckIn.reachable() && p.CheckIn.Consent,
		len(p.CheckInBy) > 0,
		phi.AnyText(p.OtherSteps),
		len(risks) == 0,
		p.NaloxoneTrained,
		p.GoodSamaritanReviewed,
		!p.NaloxoneExpires.IsZero(),
		!p.Reviewed.IsZero(),
	}
	r := newReadiness(overdoseFields(), has[:])
	r.risks = risks
	r.stale = stale(p.Reviewed, at, opts)
	r.expired = expired(p.NaloxoneExpires, at)
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
// WarningSignsField, InternalCopingField, SocialDistractionField,
// AskForHelpField, ProfessionalHelpField, SaferEnvironmentField,
// ReasonsForLivingField, ReviewedField. Text counts when it is not blank; what
// counts as a contact for each step is written on the step's Field.
//
// The plan is stale when at is more than the stale interval after Reviewed.
// Readiness does not validate p: run [SafetyPlan.Validate] for shape.
func (p SafetyPlan) Readiness(at time.Time, opts *ReadinessOptions) Readiness {
	distraction := phi.AnyText(p.DistractionPlaces) || slices.ContainsFunc(p.DistractionPeople, func(c Contact) bool {
		return !phi.Blank(c.Name) && c.Consent
	})
	has := [...]bool{
		phi.AnyText(p.WarningSigns),
		phi.AnyText(p.InternalCoping),
		distraction,
		slices.ContainsFunc(p.AskForHelp, func(c Contact) bool { return c.reachable() && c.Consent }),
		slices.ContainsFunc(p.ProfessionalHelp, Contact.reachable),
		phi.AnyText(p.SaferEnvironment),
		phi.AnyText(p.ReasonsForLiving),
		!p.Reviewed.IsZero(),
	}
	r := newReadiness(safetyFields(), has[:])
	r.stale = stale(p.Reviewed, at, opts)
	return r
}

func newReadiness(fields []Field, has []bool) Readiness {
	r := Readiness{total: len(fields)}
	for i, f := range fields {
		if !has[i] {
			r.missing = append(r.missing, f)
		}
	}
	return r
}

func stale(reviewed, at time.Time, opts *ReadinessOptions) bool {
	return !reviewed.IsZero() && at.Sub(reviewed) > opts.staleAfter()
}

// MarshalJSON encodes the result for an app's API or a research export, as
// {"complete", "checked", "score", "missing", "stale", "naloxoneExpired",
// "risksToReview"} with codes only. It is one-way: a Readiness is computed
// from a plan, never decoded.
func (r Readiness) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Complete        bool    `json:"complete"`
		Checked         int     `json:"checked"`
		Score           float64 `json:"score"`
		Missing         []Field `json:"missing,omitempty"`
		Stale           bool    `json:"stale"`
		NaloxoneExpired bool    `json:"naloxoneExpired"`
		RisksToReview   []Risk  `json:"risksToReview,omitempty"`
	}{r.Complete(), r.total, r.Score(), r.missing, r.stale, r.expired, r.risks})
}
