package sdm

import (
	"github.com/google/uuid"
	"github.com/recoverykit/recovery/phi"
)

// FindingCode names one criterion of [DecisionRecord.Quality], as a stable
// lower-case hyphenated code that a host app can map to its own wording.
//
// The zero value is not a valid FindingCode. FindingCode is a string and is
// safe for concurrent use.
type FindingCode string

// The criteria of a complete shared decision, in the order the findings are
// listed: the order of the three talks. Weights are points out of 100 and sum
// to 100 when every criterion applies.
const (
	// FindingChoiceClear (team talk, weight 10): the decision is written as a
	// question, so everyone knows there is a choice to make. Met when Question
	// is not empty.
	FindingChoiceClear FindingCode = "choice-clear"
	// FindingConsentRecorded (team talk, weight 5): the person agreed to
	// involve each participant other than themselves. Met when every
	// participant whose role is not [Person] has Consent. Applies only when
	// such a participant exists.
	FindingConsentRecorded FindingCode = "consent-recorded"
	// FindingTwoOptions (option talk, weight 15): at least two options are on
	// the table; waiting or doing nothing counts.
	FindingTwoOptions FindingCode = "two-options"
	// FindingBenefitsHarms (option talk, weight 15): every option lists at
	// least one benefit and at least one harm. The finding lists the options
	// still to describe. Not met when there are no options.
	FindingBenefitsHarms FindingCode = "benefits-harms"
	// FindingEvidenceSourced (option talk, weight 5): every option has
	// evidence and says where it comes from (Evidence and Source). The
	// finding lists the options still to describe. Not met when there are no
	// options.
	FindingEvidenceSourced FindingCode = "evidence-sourced"
	// FindingPreferencesElicited (decision talk, weight 15): what matters most
	// to the person is written down (WhatMatters has an entry that is not
	// empty).
	FindingPreferencesElicited FindingCode = "preferences-elicited"
	// FindingPersonChose (decision talk, weight 20): an option among the
	// options is chosen and the person is among those who chose it (ChosenBy
	// includes [Person]).
	FindingPersonChose FindingCode = "person-chose"
	// FindingRisksDiscussed (decision talk, weight 10): the risks were talked
	// through with the person (RisksDiscussed). Applies to every decision
	// whose options list a harm, and to one where the choice differs from the
	// recommendation: honoring a choice does not mean leaving its risks
	// unspoken, whoever recommended what.
	FindingRisksDiscussed FindingCode = "risks-discussed"
	// FindingRevisitDate (after the decision, weight 5): a date to revisit the
	// decision is set (RevisitBy).
	FindingRevisitDate FindingCode = "revisit-date"
)

// FindingCodes returns every finding code in the order findings are listed.
// It returns a new slice on each call.
func FindingCodes() []FindingCode {
	return []FindingCode{
		FindingChoiceClear, FindingConsentRecorded, FindingTwoOptions, FindingBenefitsHarms,
		FindingEvidenceSourced, FindingPreferencesElicited, FindingPersonChose,
		FindingRisksDiscussed, FindingRevisitDate,
	}
}

// IsValid reports whether c is one of the defined finding codes.
func (c FindingCode) IsValid() bool { return c.Weight() > 0 }

// Weight returns the points, out of 100, that the criterion c carries in
// [Quality.Score], or 0 if c is not valid.
func (c FindingCode) Weight() int {
	switch c {
	case FindingChoiceClear, FindingRisksDiscussed:
		return 10
	case FindingConsentRecorded, FindingEvidenceSourced, FindingRevisitDate:
		return 5
	case FindingTwoOptions, FindingBenefitsHarms, FindingPreferencesElicited:
		return 15
	case FindingPersonChose:
		return 20
	}
	return 0
}

// Finding is one criterion of a complete shared decision and whether the
// record meets it.
//
// The zero value is not a finding of any criterion. A Finding is a plain
// value, safe for concurrent reads; its Message is the library's own wording
// and never contains text from the record.
type Finding struct {
	// Code names the criterion.
	Code FindingCode `json:"code"`
	// Met reports whether the record meets the criterion.
	Met bool `json:"met"`
	// Weight is the criterion's points out of 100 (Code.Weight()).
	Weight int `json:"weight"`
	// Message describes, in strengths-based words, what the record shows or
	// what would help next.
	Message string `json:"message"`
	// Options lists, for benefits-harms and evidence-sourced, the IDs of the
	// options still to describe, in the record's order.
	Options []uuid.UUID `json:"options,omitempty"`
}

// Quality is how complete a shared decision is.
//
// The zero value means no criterion was checked. Quality is a plain value,
// safe for concurrent reads; its slices are its own and share nothing with
// the record.
type Quality struct {
	// Score is Points divided by Possible, from 0 to 1.
	Score float64 `json:"score"`
	// Points is the sum of the weights of the criteria met.
	Points int `json:"points"`
	// Possible is the sum of the weights of the criteria that apply: 100 when
	// all apply, less when consent-recorded or risks-discussed does not.
	Possible int `json:"possible"`
	// Findings holds one finding per criterion that applies, in the order of
	// [FindingCodes].
	Findings []Finding `json:"findings"`
}

// Met reports whether q holds a finding with code c that is met.
func (q Quality) Met(c FindingCode) bool {
	for _, f := range q.Findings {
		if f.Code == c {
			return f.Met
		}
	}
	return false
}

// messages holds the wording of each finding: [0] when met, [1] when not yet.
var messages = map[FindingCode][2]string{
	FindingChoiceClear: {
		"The decision is written as a question, so everyone knows there is a choice to make.",
		"Writing the decision as a question helps everyone see there is a choice to make together.",
	},
	FindingConsentRecorded: {
		"The person agreed to involve each participant.",
		"Asking the person whether they want each participant involved keeps the decision theirs.",
	},
	FindingTwoOptions: {
		"At least two options are on the table, so there is a real choice.",
		"Adding another option, and waiting counts as one, gives the person a real choice.",
	},
	FindingBenefitsHarms: {
		"Every option lists what it may bring and what it may cost.",
		"Listing at least one benefit and one harm for each option helps the person weigh them.",
	},
	FindingEvidenceSourced: {
		"Every option has its evidence and says where the evidence comes from.",
		"Noting the evidence for each option and where it comes from helps the person judge the information.",
	},
	FindingPreferencesElicited: {
		"What matters most to the person is written down in their words.",
		"Asking what matters most to the person, and writing it in their words, guides the choice.",
	},
	FindingPersonChose: {
		"The person made the choice.",
		"When the person is ready, recording the option they choose, and that they chose it, keeps the decision theirs.",
	},
	FindingRisksDiscussed: {
		"The risks of the options were talked through with the person; the choice is theirs.",
		"Talking the risks of the options through with the person honors their choice without leaving harmful risks unspoken.",
	},
	FindingRevisitDate: {
		"A date to revisit the decision is set.",
		"Setting a date to revisit the decision keeps it open to change as the person's recovery moves on.",
	},
}

// Quality reports how complete the shared decision is: one [Finding] per
// criterion that applies, in the order of [FindingCodes], and a Score from 0
// to 1, the weights of the criteria met divided by the weights of those that
// apply (see each [FindingCode] for its rule and weight). The score is
// computed from integer points with one division, so it is exact for the
// same record on every platform.
//
// Quality does not validate r; call [DecisionRecord.Validate] first if the
// record comes from outside. It never modifies r.
func (r DecisionRecord) Quality() Quality {
	q := Quality{Findings: make([]Finding, 0, 9)}
	add := func(c FindingCode, met bool, opts []uuid.UUID) {
		w := c.Weight()
		msg := messages[c][1]
		if met {
			msg = messages[c][0]
			q.Points += w
		}
		q.Possible += w
		q.Findings = append(q.Findings, Finding{Code: c, Met: met, Weight: w, Message: msg, Options: opts})
	}

	add(FindingChoiceClear, r.Question != "", nil)

	others, consented := 0, 0
	for _, p := range r.Participants {
		if p.Role != RolePerson {
			others++
			if p.Consent {
				consented++
			}
		}
	}
	if others > 0 {
		add(FindingConsentRecorded, consented == others, nil)
	}

	add(FindingTwoOptions, len(r.Options) >= 2, nil)

	var undescribed, unsourced []uuid.UUID
	for _, o := range r.Options {
		if !phi.AnyText(o.Benefits) || !phi.AnyText(o.Harms) {
			undescribed = append(undescribed, o.ID)
		}
		if o.Evidence == "" || o.Source == "" {
			unsourced = append(unsourced, o.ID)
		}
	}
	add(FindingBenefitsHarms, len(r.Options) > 0 && len(undescribed) == 0, undescribed)
	add(FindingEvidenceSourced, len(r.Options) > 0 && len(unsourced) == 0, unsourced)

	add(FindingPreferencesElicited, phi.AnyText(r.WhatMatters), nil)

	add(FindingPersonChose, r.personChose(), nil)

	if r.risksApply() {
		add(FindingRisksDiscussed, r.RisksDiscussed, nil)
	}

	add(FindingRevisitDate, !r.RevisitBy.IsZero(), nil)

	q.Score = float64(q.Points) / float64(q.Possible)
	return q
}
