package crisis

import (
	"log/slog"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/enum"
	"github.com/recoverykit/recovery/internal/validate"
)

// Risk is an overdose risk that a peer specialist goes over with the person,
// stored as a lower-case code. Person-centered recovery planning training
// names the first three (Binswanger et al., 2012: the two reasons survivors
// gave, and combining substances); the last two are from public harm-reduction
// risk checklists.
//
// The zero value is not a valid Risk. Risk is a string and is safe for
// concurrent use.
type Risk string

// The risks, in the order [Risks] returns them.
const (
	// RiskLostTolerance is lower tolerance after a period of abstinence: time in
	// custody, in treatment, or in recovery.
	RiskLostTolerance Risk = "lost-tolerance"
	// RiskStrongerSupply is the rising potency of street drugs while the person
	// was not using.
	RiskStrongerSupply Risk = "stronger-supply"
	// RiskMixing is combining substances, including the myth that stimulants
	// counteract opioids (they do not).
	RiskMixing Risk = "mixing"
	// RiskUsingAlone is using with nobody around who could respond.
	RiskUsingAlone Risk = "using-alone"
	// RiskPastOverdose is a previous overdose, which raises the risk of another.
	RiskPastOverdose Risk = "past-overdose"
)

// risks lists every Risk once, in order; it backs [Risks], [Risk.Index] and
// [Risk.IsValid], and is never written.
var risks = enum.Of(RiskLostTolerance, RiskStrongerSupply, RiskMixing, RiskUsingAlone, RiskPastOverdose)

// Risks returns every risk in the fixed order LostTolerance, StrongerSupply,
// Mixing, UsingAlone, PastOverdose. It returns a new slice on each call.
func Risks() []Risk { return risks.Values() }

// Index returns r's place in [Risks], or -1 if r is not valid.
func (r Risk) Index() int { return risks.Index(r) }

// IsValid reports whether r is one of the defined risks.
func (r Risk) IsValid() bool { return r.Index() >= 0 }

// OverdosePlan is the person's pocket overdose prevention plan: the pocket plan
// of person-centered recovery planning training field for field, plus what that
// training asks peer specialists to go over with the person (the risks,
// naloxone training, the Good Samaritan law) and the dates that keep it
// current.
//
// The zero value is an empty plan: every field is missing (see
// [OverdosePlan.Readiness]) and Validate reports only the missing ID. An
// OverdosePlan is a plain value; it is safe for concurrent reads, and no
// method modifies it.
//
// It carries names, phone numbers and the person's words: [OverdosePlan.LogValue]
// redacts them and [OverdosePlan.String] prints only the ID.
type OverdosePlan struct {
	// ID identifies the plan. Required.
	ID uuid.UUID `json:"id" validate:"required"`
	// EmergencyNumbers are the numbers to call in an overdose emergency, in
	// the person's order (in the US typically "911", and "988" for a crisis
	// line). Each must have the shape of a phone number (rule "phone"), with
	// no repeats.
	EmergencyNumbers []phi.Phone `json:"emergencyNumbers,omitempty" validate:"max=10,dive,required,phone"`
	// NaloxoneLocation is where the person will get and keep naloxone, in
	// their words.
	NaloxoneLocation phi.Words `json:"naloxoneLocation,omitempty" validate:"max=500"`
	// NaloxoneCarrier is a person close to the person who has naloxone or
	// can give it. The zero Contact means nobody is named yet.
	NaloxoneCarrier Contact `json:"naloxoneCarrier,omitzero" validate:"-"`
	// CheckIn is someone the person will check in with if they use. The zero
	// Contact means nobody is named yet.
	CheckIn Contact `json:"checkIn,omitzero" validate:"-"`
	// CheckInBy is how the person will contact CheckIn, most preferred first,
	// without repeats.
	CheckInBy []Channel `json:"checkInBy,omitempty" validate:"dive,valid"`
	// CheckInHow is how the person would like CheckIn to check on them, in
	// their words. Optional.
	CheckInHow phi.Words `json:"checkInHow,omitempty" validate:"max=1000"`
	// OtherSteps are other steps the person will take, in their words and
	// their order.
	OtherSteps []phi.Words `json:"otherSteps,omitempty" validate:"max=20,dive,required,max=500"`
	// RisksReviewed are the risks gone over with the person, without repeats.
	RisksReviewed []Risk `json:"risksReviewed,omitempty" validate:"dive,valid"`
	// NaloxoneTrained reports whether the person has learned how to give
	// naloxone.
	NaloxoneTrained bool `json:"naloxoneTrained,omitempty"`
	// GoodSamaritanReviewed reports whether the protections of the Good
	// Samaritan law for people who call for help have been gone over.
	GoodSamaritanReviewed bool `json:"goodSamaritanReviewed,omitempty"`
	// NaloxoneExpires is the expiry date printed on the person's naloxone.
	// Only its calendar day, in the time's own location, counts: the
	// naloxone is in date through that whole day and has expired from the
	// next midnight on. The zero time means unknown.
	NaloxoneExpires time.Time `json:"naloxoneExpires,omitzero" validate:"year"`
	// Reviewed is when the plan was last gone over. The zero time means
	// never.
	Reviewed time.Time `json:"reviewed,omitzero" validate:"year"`
}

// Validate checks p and returns nil or a *recovery.ValidationError
// listing every problem with its JSON path and rule. Validate checks shape,
// not completeness: an unfinished plan is valid (see [OverdosePlan.Readiness]).
//
// Rules: "required" on id; "max" on emergencyNumbers, and "required",
// "phone" and "unique" (a number listed before) per element, e.g.
// "emergencyNumbers[1]"; "max" on the text fields; "valid" and "unique" per
// element of checkInBy and risksReviewed;
// "required" and "max" on each of otherSteps; the [Contact.Validate] rules on
// naloxoneCarrier and checkIn when they are not empty; "check-in" on
// checkInBy and checkInHow when they are set and checkIn is empty (they say
// how to reach, and be checked on by, the check-in person). Messages never
// contain a value.
func (p OverdosePlan) Validate() error {
	var c validate.Collector
	validate.Tags(&c, "", &p, p.tagsHold())
	validate.Distinct(&c, p.EmergencyNumbers, validate.Self, validate.ElemOf("emergencyNumbers", ""))
	validate.Distinct(&c, p.CheckInBy, validate.Self, validate.ElemOf("checkInBy", ""))
	validate.Distinct(&c, p.RisksReviewed, validate.Self, validate.ElemOf("risksReviewed", ""))
	if !p.NaloxoneCarrier.IsZero() {
		p.NaloxoneCarrier.nested(&c, func() string { return "naloxoneCarrier" })
	}
	if !p.CheckIn.IsZero() {
		p.CheckIn.nested(&c, func() string { return "checkIn" })
	} else {
		// How to reach someone, and how they check on the person, belong to
		// the check-in person: without one they would read as another
		// contact's on the card.
		if len(p.CheckInBy) > 0 {
			c.Add("checkInBy", "check-in")
		}
		if !phi.Blank(p.CheckInHow) {
			c.Add("checkInHow", "check-in")
		}
	}
	return c.Err()
}

// String returns "overdose-plan <id>": never a name, number or the person's
// words.
func (p OverdosePlan) String() string { return "overdose-plan " + p.ID.String() }

// LogValue implements [slog.LogValuer]. It keeps the ID, codes, flags, dates
// and counts, logs contacts through [Contact.LogValue], and leaves out the
// numbers and the person's words.
func (p OverdosePlan) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.String("id", p.ID.String()),
		slog.Int("emergencyNumbers", len(p.EmergencyNumbers)),
	}
	attrs = appendRedacted(attrs, "naloxoneLocation", string(p.NaloxoneLocation))
	attrs = append(attrs,
		slog.Attr{Key: "naloxoneCarrier", Value: p.NaloxoneCarrier.LogValue()},
		slog.Attr{Key: "checkIn", Value: p.CheckIn.LogValue()},
		slog.Any("checkInBy", codes(p.CheckInBy)),
	)
	attrs = appendRedacted(attrs, "checkInHow", string(p.CheckInHow))
	attrs = append(attrs,
		slog.Int("otherSteps", len(p.OtherSteps)),
		slog.Any("risksReviewed", codes(p.RisksReviewed)),
		slog.Bool("naloxoneTrained", p.NaloxoneTrained),
		slog.Bool("goodSamaritanReviewed", p.GoodSamaritanReviewed),
	)
	if !p.NaloxoneExpires.IsZero() {
		attrs = append(attrs, slog.Time("naloxoneExpires", p.NaloxoneExpires))
	}
	if !p.Reviewed.IsZero() {
		attrs = append(attrs, slog.Time("reviewed", p.Reviewed))
	}
	return slog.GroupValue(attrs...)
}

// GoString implements [fmt.GoStringer]: %#v prints what [OverdosePlan.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (p OverdosePlan) GoString() string { return p.String() }
