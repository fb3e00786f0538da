package sdm

import (
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/recoverykit/recovery/internal/enum"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/redact"
	"github.com/recoverykit/recovery/internal/validate"
)

// Role is the part a participant plays in a shared decision, stored as a
// lower-case code.
//
// The zero value is not a valid Role. Role is a string and is safe for
// concurrent use.
type Role string

// The roles of the people who take part in a decision, in the order [Roles]
// lists them.
const (
	// RolePerson is the person whose life the decision is about. Every record
	// includes them.
	RolePerson Role = "person"
	// RoleProvider is a clinician or service provider who brings clinical
	// evidence and may make a recommendation.
	RoleProvider Role = "provider"
	// RolePeer is a peer specialist or peer support worker, who brings lived
	// experience of recovery.
	RolePeer Role = "peer"
	// RoleFamily is someone the person counts as family.
	RoleFamily Role = "family"
	// RoleSupporter is anyone else in the person's circle of support: a friend, a
	// sponsor, a mentor.
	RoleSupporter Role = "supporter"
)

// Roles returns every role in a fixed order: Person, Provider, Peer, Family,
// Supporter. It returns a new slice on each call.
func Roles() []Role { return roles.Values() }

var roles = enum.Of(RolePerson, RoleProvider, RolePeer, RoleFamily, RoleSupporter)

// IsValid reports whether r is one of the defined roles.
func (r Role) IsValid() bool { return roles.Has(r) }

// Index returns the position of r in [Roles], or -1 if r is not valid.
func (r Role) Index() int { return roles.Index(r) }

// Stage is where a decision stands in Elwyn's three-talk model of shared
// decision making (team talk, option talk, decision talk), followed by its
// outcome (decided or deferred). Stored as a lower-case hyphenated code.
//
// The zero value is not a valid Stage. Stage is a string and is safe for
// concurrent use.
type Stage string

// The stages of a shared decision, in the order [Stages] lists them. Source:
// Elwyn G, Durand MA, Song J, et al. A three-talk model for shared decision
// making: multistage consultation process. BMJ 2017;359:j4891.
const (
	// StageTeamTalk is the first talk: everyone makes clear that a choice exists,
	// that the person's view matters, and that they will work on it together.
	StageTeamTalk Stage = "team-talk"
	// StageOptionTalk is the second talk: the options, waiting or doing nothing
	// among them, are laid out with their benefits and harms and the evidence
	// for each.
	StageOptionTalk Stage = "option-talk"
	// StageDecisionTalk is the third talk: the person's informed preferences are
	// brought together with the options and a choice is reached.
	StageDecisionTalk Stage = "decision-talk"
	// StageDecided means the person has made a choice, recorded with its date.
	StageDecided Stage = "decided"
	// StageDeferred means the person chose to come back to the decision later.
	StageDeferred Stage = "deferred"
)

// Stages returns every stage in order: TeamTalk, OptionTalk, DecisionTalk,
// Decided, Deferred. It returns a new slice on each call.
func Stages() []Stage {
	return []Stage{StageTeamTalk, StageOptionTalk, StageDecisionTalk, StageDecided, StageDeferred}
}

// IsValid reports whether s is one of the defined stages.
func (s Stage) IsValid() bool { return s.order() > 0 }

// order returns 1 for TeamTalk up to 4 for Decided and Deferred (both come
// after decision talk), and 0 for an invalid stage.
func (s Stage) order() int {
	switch s {
	case StageTeamTalk:
		return 1
	case StageOptionTalk:
		return 2
	case StageDecisionTalk:
		return 3
	case StageDecided, StageDeferred:
		return 4
	}
	return 0
}

// Option is one of the choices open to the person. Waiting, or doing nothing
// for now, is an option too and belongs in the list.
//
// The zero value is not a valid Option: it needs an ID and a name. Option
// holds free text that may be personal health information; its LogValue
// redacts it. An Option is a plain value and is safe for concurrent reads.
type Option struct {
	// ID identifies the option within its record; the caller supplies it.
	ID uuid.UUID `json:"id" validate:"required"`
	// Name is a short name for the option, for example "wait for now".
	Name phi.Note `json:"name" validate:"required,max=200"`
	// Benefits lists what the option may bring, one point per entry.
	Benefits []phi.Note `json:"benefits,omitempty" validate:"max=20,dive,max=500"`
	// Harms lists the option's downsides and risks, one point per entry.
	Harms []phi.Note `json:"harms,omitempty" validate:"max=20,dive,max=500"`
	// Evidence summarises what is known about the option.
	Evidence phi.Note `json:"evidence,omitempty" validate:"max=2000"`
	// Source says where the evidence comes from: a study, a decision aid, a
	// guideline, or lived experience.
	Source phi.Note `json:"source,omitempty" validate:"max=500"`
}

// LogValue implements [slog.LogValuer]: it logs the ID and the number of
// benefits and harms, never the text.
func (o Option) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", o.ID.String()),
		slog.Int("benefits", len(o.Benefits)),
		slog.Int("harms", len(o.Harms)),
		slog.Bool("evidence", o.Evidence != ""),
	)
}

// String returns "option <id>", without any text.
func (o Option) String() string { return "option " + o.ID.String() }

// Participant is someone who takes part in the decision.
//
// The zero value is not a valid Participant: it needs a Role. A Participant
// may carry a name, which is personal information; its LogValue redacts it.
// A Participant is a plain value and is safe for concurrent reads.
type Participant struct {
	// ID refers to the participant elsewhere in the plan, for example a
	// supporter's ID. The zero ID means none was recorded, as is usual for
	// the person themselves.
	ID uuid.UUID `json:"id,omitzero" ref:"supporter"`
	// Role is the part they play.
	Role Role `json:"role" validate:"valid"`
	// Name is how the person refers to them, optional.
	Name phi.Name `json:"name,omitempty" validate:"max=200"`
	// Consent records that the person agreed to involve this participant in
	// the decision. It is not needed for the person themselves.
	Consent bool `json:"consent,omitempty"`
}

// GoString implements [fmt.GoStringer]: %#v prints what [Option.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (o Option) GoString() string { return o.String() }

// LogValue implements [slog.LogValuer]: it logs the ID, role and consent,
// never the name. A role that is not defined is logged as "[invalid]".
func (p Participant) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", p.ID.String()),
		slog.String("role", redact.Code(p.Role)),
		slog.Bool("consent", p.Consent),
	)
}

// String returns the role and ID, without the name.
func (p Participant) String() string {
	return redact.Code(p.Role) + " " + p.ID.String()
}

// GoString implements [fmt.GoStringer]: %#v prints what [Participant.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (p Participant) GoString() string { return p.String() }

// DecisionRecord is one shared decision: the question, the options with their
// benefits, harms and evidence, what matters most to the person, who took
// part, and what the person chose.
//
// The record supports honoring the person's choice: [DecisionRecord.HonorsChoice]
// reports whether the person chose and, where an option has harms or the
// choice differs from a recommendation, whether the risks were talked through.
// [DecisionRecord.Quality] reports how complete the shared decision is.
//
// The zero value is not a valid record: it needs an ID, a question, a stage
// and the person among the participants. A DecisionRecord holds free text
// that may be personal health information; its LogValue redacts it. It is a
// plain value, safe for concurrent reads; the methods never modify it.
type DecisionRecord struct {
	// ID identifies the decision; the caller supplies it.
	ID uuid.UUID `json:"id" validate:"required"`
	// Question is the decision to be made, for example "Where should I get
	// naloxone training?".
	Question phi.Words `json:"question" validate:"required,max=500"`
	// Options are the choices open to the person, in the order they were
	// discussed. Waiting or doing nothing counts as an option.
	Options []Option `json:"options,omitempty" validate:"dive"`
	// WhatMatters holds what matters most to the person for this decision:
	// their values and preferences, in their own words.
	WhatMatters []phi.Words `json:"whatMatters,omitempty" validate:"max=20,dive,max=500"`
	// Participants are the people who took part, the person among them.
	Participants []Participant `json:"participants,omitempty" validate:"dive"`
	// Recommended is the option a provider, or another participant such as
	// a peer specialist, recommended; the zero ID if no one made a
	// recommendation.
	Recommended uuid.UUID `json:"recommended,omitzero"`
	// Chosen is the option chosen, or the zero ID if no choice has been made.
	Chosen uuid.UUID `json:"chosen,omitzero"`
	// ChosenBy lists the roles of those who made the choice.
	ChosenBy []Role `json:"chosenBy,omitempty" validate:"dive,valid"`
	// Stage is where the decision stands.
	Stage Stage `json:"stage" validate:"valid"`
	// DecidedAt is when the choice was made; zero until then.
	DecidedAt time.Time `json:"decidedAt,omitzero" validate:"year"`
	// RevisitBy is when the person plans to look at the decision again; zero
	// if no date is set.
	RevisitBy time.Time `json:"revisitBy,omitzero" validate:"year"`
	// RisksDiscussed records that the risks of the options, and of the option
	// chosen in particular, were talked through with the person.
	RisksDiscussed bool `json:"risksDiscussed,omitempty"`
	// Goals are the IDs of the goals this decision serves.
	Goals []uuid.UUID `json:"goals,omitempty" ref:"goal"`
	// Measures are the responses to published measures of shared decision
	// making about this decision, in the order they were given, at most
	// [MaxMeasures]: each names its instrument, version, respondent and
	// time, and holds the answers as numbers.
	Measures []MeasureResponse `json:"measures,omitempty" validate:"max=20"`
}

// Validate reports whether r is well formed. It returns nil or a
// *recovery.ValidationError that lists every problem and
// wraps recovery.ErrInvalid. The rules, by path and code:
//
//	id, question                 required
//	question                     max=500 characters
//	whatMatters                  max=20 items, each max=500 characters
//	options[i].name              max=200; benefits, harms max=20 items of max=500;
//	                             evidence max=2000; source max=500
//	participants[i].name         max=200
//	decidedAt, revisitBy         range: outside the years 1 to 9999
//	stage                        valid: one of the defined stages
//	options[i].id, options[i].name  required
//	options[i].id                unique: no two options share an ID
//	options                      min=2: from option talk on (option talk,
//	                             decision talk, decided, deferred) there are at
//	                             least two options; waiting counts as one
//	participants[i].role         valid
//	participants                 has-person: the person is among the participants
//	chosenBy[i]                  valid
//	chosen                       exists: a chosen option is one of the options
//	recommended                  exists: a recommended option is one of the options
//	chosen, decidedAt            required when the stage is Decided
//	revisitBy                    after-decided: not before DecidedAt
//	goals[i]                     required (not the zero ID); unique
//	measures                     max=20 responses ([MaxMeasures])
//	measures[i]...               the rules of [MeasureResponse.Validate]:
//	                             instrument valid; version valid, unsupported;
//	                             respondent valid, required, unsupported;
//	                             answeredAt required, range; items len;
//	                             items[j] min, max
//
// Messages name fields and codes, never the text of the record.
func (r DecisionRecord) Validate() error {
	var c validate.Collector
	validate.Tags(&c, "", &r, r.tagsHold())

	options := validate.Unique(&c, r.Options, optionID, validate.ElemOf("options", ".id"))
	if r.Stage.order() >= StageOptionTalk.order() && len(r.Options) < 2 {
		c.AddParam("options", validate.RuleMin, "2")
	}
	if !r.hasPerson() {
		c.Add("participants", "has-person")
	}
	if _, ok := options[r.Chosen]; r.Chosen != uuid.Nil && !ok {
		c.Add("chosen", validate.RuleExists)
	}
	if _, ok := options[r.Recommended]; r.Recommended != uuid.Nil && !ok {
		c.Add("recommended", validate.RuleExists)
	}
	if r.Stage == StageDecided {
		if r.Chosen == uuid.Nil {
			c.Add("chosen", validate.RuleRequired)
		}
		if r.DecidedAt.IsZero() {
			c.Add("decidedAt", validate.RuleRequired)
		}
	}
	if !r.RevisitBy.IsZero() && !r.DecidedAt.IsZero() && r.RevisitBy.Before(r.DecidedAt) {
		c.Add("revisitBy", "after-decided")
	}
	for i, g := range r.Goals {
		if g == uuid.Nil {
			c.Add(validate.Elem("goals", i), validate.RuleRequired)
		}
	}
	validate.Distinct(&c, r.Goals, validate.Self, validate.ElemOf("goals", ""))
	for i := range r.Measures {
		r.Measures[i].check(&c, validate.Elem("measures", i))
	}
	return c.Err()
}

func optionID(o Option) uuid.UUID { return o.ID }

// hasPerson reports whether a participant has the Person role.
func (r DecisionRecord) hasPerson() bool {
	return slices.ContainsFunc(r.Participants, func(p Participant) bool { return p.Role == RolePerson })
}

// personChose reports whether an option among the options is chosen and the
// person is among those who chose it (ChosenBy includes [RolePerson]).
func (r DecisionRecord) personChose() bool {
	if r.Chosen == uuid.Nil || !slices.Contains(r.ChosenBy, RolePerson) {
		return false
	}
	return slices.ContainsFunc(r.Options, func(o Option) bool { return o.ID == r.Chosen })
}

// HonorsChoice reports whether the record shows the person's own, informed
// choice: an option is chosen, it is one of the options, the person is among
// those who chose it (ChosenBy includes [RolePerson]) and, where any option
// lists a harm or the choice differs from a recommendation, the risks were
// talked through (RisksDiscussed).
//
// Honoring choices does not mean ignoring harmful risks: a choice among
// options with harms is honored once the record shows the risks were
// discussed, whether or not it follows a recommendation, and it is the
// person's choice all the same.
func (r DecisionRecord) HonorsChoice() bool {
	if !r.personChose() {
		return false
	}
	return !r.risksApply() || r.RisksDiscussed
}

// risksApply reports whether the risks must be talked through: an option
// lists a harm that is not empty, or the choice differs from the
// recommendation.
func (r DecisionRecord) risksApply() bool {
	if slices.ContainsFunc(r.Options, func(o Option) bool { return phi.AnyText(o.Harms) }) {
		return true
	}
	return r.Recommended != uuid.Nil && r.Chosen != uuid.Nil && r.Recommended != r.Chosen
}

// LogValue implements [slog.LogValuer]: it logs IDs, the stage, counts and
// flags, never the question, the options' text, what matters to the person
// or participants' names. A stage that is not defined is logged as
// "[invalid]".
func (r DecisionRecord) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", r.ID.String()),
		slog.String("stage", redact.Code(r.Stage)),
		slog.Int("options", len(r.Options)),
		slog.Int("participants", len(r.Participants)),
		slog.String("chosen", r.Chosen.String()),
		slog.String("recommended", r.Recommended.String()),
		slog.Bool("risksDiscussed", r.RisksDiscussed),
		slog.Int("goals", len(r.Goals)),
		slog.Int("measures", len(r.Measures)),
	)
}

// String returns the ID, stage, option count and chosen option ID, without
// any text the record holds.
func (r DecisionRecord) String() string {
	return fmt.Sprintf("decision %s %s options=%d chosen=%s", r.ID, redact.Code(r.Stage), len(r.Options), r.Chosen)
}

// GoString implements [fmt.GoStringer]: %#v prints what [DecisionRecord.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (r DecisionRecord) GoString() string { return r.String() }
