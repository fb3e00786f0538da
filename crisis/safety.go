package crisis

import (
	"log/slog"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/validate"
)

// SafetyStep is one of the six steps of a safety plan, stored as a lower-case code.
// The steps follow the structure of the Safety Planning Intervention (Stanley
// B, Brown GK. Cogn Behav Pract 2012;19:256-64): a written, prioritised list
// used in order, from what the person can do alone to the most intensive
// help. The form's own headings are the authors' copyrighted text and are not
// reproduced here: the host app supplies the wording for each code.
//
// The zero value is not a valid SafetyStep. SafetyStep is a string and is safe for
// concurrent use.
type SafetyStep string

// The six steps, in the order they are used and [SafetySteps] returns them.
const (
	// SafetyStepWarningSigns (step 1): thoughts, images, moods, situations or
	// behaviours that tell the person a crisis may be coming.
	SafetyStepWarningSigns SafetyStep = "warning-signs"
	// SafetyStepInternalCoping (step 2): things the person can do on their own.
	SafetyStepInternalCoping SafetyStep = "internal-coping"
	// SafetyStepSocialDistraction (step 3): people and social settings that take the
	// person's mind off things.
	SafetyStepSocialDistraction SafetyStep = "social-distraction"
	// SafetyStepAskForHelp (step 4): people the person can ask for help.
	SafetyStepAskForHelp SafetyStep = "ask-for-help"
	// SafetyStepProfessionalHelp (step 5): professionals, agencies and crisis lines
	// (in the US, 988).
	SafetyStepProfessionalHelp SafetyStep = "professional-help"
	// SafetyStepSaferEnvironment (step 6): making the person's surroundings safer,
	// including lethal-means safety.
	SafetyStepSaferEnvironment SafetyStep = "safer-environment"
)

// SafetySteps returns the six steps in order. It returns a new slice on each call.
func SafetySteps() []SafetyStep {
	return []SafetyStep{SafetyStepWarningSigns, SafetyStepInternalCoping, SafetyStepSocialDistraction, SafetyStepAskForHelp, SafetyStepProfessionalHelp, SafetyStepSaferEnvironment}
}

// IsValid reports whether s is one of the six steps.
func (s SafetyStep) IsValid() bool { return s.Number() != 0 }

// Number returns the step's position, 1 to 6, or 0 if s is not valid.
func (s SafetyStep) Number() int {
	for i, x := range SafetySteps() {
		if x == s {
			return i + 1
		}
	}
	return 0
}

// SafetyPlan is the person's safety plan: the six [SafetySteps] in order, each a
// list in the person's words (the steps that name people hold [Contact] values),
// then what the person is living for. The field names are the step codes;
// the host app supplies each step's heading.
//
// The zero value is an empty plan: every step is missing (see
// [SafetyPlan.Readiness]) and Validate reports only the missing ID. A
// SafetyPlan is a plain value; it is safe for concurrent reads, and no method
// modifies it.
//
// It carries names, phone numbers and the person's words: [SafetyPlan.LogValue]
// redacts them and [SafetyPlan.String] prints only the ID.
type SafetyPlan struct {
	// ID identifies the plan. Required.
	ID uuid.UUID `json:"id" validate:"required"`
	// WarningSigns is step 1 ([WarningSigns]), in the person's words.
	WarningSigns []phi.Words `json:"warningSigns,omitempty" validate:"max=20,dive,required,max=500"`
	// InternalCoping is step 2 ([InternalCoping]), in the person's words.
	InternalCoping []phi.Words `json:"internalCoping,omitempty" validate:"max=20,dive,required,max=500"`
	// DistractionPeople and DistractionPlaces are step 3
	// ([SocialDistraction]): people to be with and places to go.
	DistractionPeople []Contact `json:"distractionPeople,omitempty" validate:"max=20"`
	// DistractionPlaces is the places half of step 3, in the person's words.
	DistractionPlaces []phi.Words `json:"distractionPlaces,omitempty" validate:"max=20,dive,required,max=500"`
	// AskForHelp is step 4 ([AskForHelp]): people the person can ask for help.
	AskForHelp []Contact `json:"askForHelp,omitempty" validate:"max=20"`
	// ProfessionalHelp is step 5 ([ProfessionalHelp]): clinicians, services
	// and crisis lines, each a Contact (a crisis line is a Contact named for
	// the line, with its number, such as "988").
	ProfessionalHelp []Contact `json:"professionalHelp,omitempty" validate:"max=20"`
	// SaferEnvironment is step 6 ([SaferEnvironment]), in the person's words.
	SaferEnvironment []phi.Words `json:"saferEnvironment,omitempty" validate:"max=20,dive,required,max=500"`
	// ReasonsForLiving is what matters most to the person and is worth
	// living for, in their words.
	ReasonsForLiving []phi.Words `json:"reasonsForLiving,omitempty" validate:"max=20,dive,required,max=500"`
	// Reviewed is when the plan was last gone over. The zero time means
	// never.
	Reviewed time.Time `json:"reviewed,omitzero" validate:"year"`
}

// Validate checks p and returns nil or a *recovery.ValidationError
// listing every problem with its JSON path and rule. Validate checks shape,
// not completeness (see [SafetyPlan.Readiness]).
//
// Rules: "required" on id; "max" on each list (at most 20 entries);
// "required" (not empty) and "max" on each text entry, e.g.
// "warningSigns[0]"; the [Contact.Validate] rules on each contact, e.g.
// "askForHelp[1].phone". Messages never contain a value.
func (p SafetyPlan) Validate() error {
	var c validate.Collector
	validate.Tags(&c, "", &p, p.tagsHold())
	contacts := func(name string, cs []Contact) {
		for i := range cs {
			cs[i].nested(&c, func() string { return validate.Elem(name, i) })
		}
	}
	contacts("distractionPeople", p.DistractionPeople)
	contacts("askForHelp", p.AskForHelp)
	contacts("professionalHelp", p.ProfessionalHelp)
	return c.Err()
}

// String returns "safety-plan <id>": never a name, number or the person's
// words.
func (p SafetyPlan) String() string { return "safety-plan " + p.ID.String() }

// LogValue implements [slog.LogValuer]. It keeps the ID, the review date and
// the number of entries in each step, and leaves out names, numbers and the
// person's words.
func (p SafetyPlan) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.String("id", p.ID.String()),
		slog.Int("warningSigns", len(p.WarningSigns)),
		slog.Int("internalCoping", len(p.InternalCoping)),
		slog.Int("distractionPeople", len(p.DistractionPeople)),
		slog.Int("distractionPlaces", len(p.DistractionPlaces)),
		slog.Int("askForHelp", len(p.AskForHelp)),
		slog.Int("professionalHelp", len(p.ProfessionalHelp)),
		slog.Int("saferEnvironment", len(p.SaferEnvironment)),
		slog.Int("reasonsForLiving", len(p.ReasonsForLiving)),
	}
	if !p.Reviewed.IsZero() {
		attrs = append(attrs, slog.Time("reviewed", p.Reviewed))
	}
	return slog.GroupValue(attrs...)
}

// GoString implements [fmt.GoStringer]: %#v prints what [SafetyPlan.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (p SafetyPlan) GoString() string { return p.String() }
