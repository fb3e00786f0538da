// Package sdm records shared decisions and scores the published measures of
// shared decision making.
//
// Shared decision making is "an approach where clinicians and patients share
// the best available evidence when faced with the task of making decisions,
// and where patients are supported to consider options, to achieve informed
// preferences" (Elwyn et al. 2010). In recovery-oriented practice it brings
// together the person, tools and resources that offer objective information,
// and collaboration with the people the person chooses (SAMHSA 2022).
//
// # The three talks
//
// A [DecisionRecord] follows Elwyn's three-talk model (Elwyn G, Durand MA,
// Song J, et al. A three-talk model for shared decision making: multistage
// consultation process. BMJ 2017;359:j4891). Its [Stage] says where the
// decision stands:
//
//   - [TeamTalk]: the person and those they choose to involve make clear
//     that there is a choice, that the person's view matters, and that they
//     will work on it together. The record holds the Question and the
//     Participants, each with their [Role] and the person's consent to
//     involve them.
//   - [OptionTalk]: the options are laid out, each an [Option] with its
//     benefits, harms, evidence and the source of the evidence. Waiting, or
//     doing nothing for now, is an option and belongs in the list; from
//     option talk on a record has at least two options.
//   - [DecisionTalk]: what matters most to the person (WhatMatters, in their
//     words) is brought together with the options, and the person reaches a
//     choice.
//   - [StageDecided] or [Deferred]: the outcome. A decided record names the
//     Chosen option, who chose it (ChosenBy) and when (DecidedAt); either
//     may set a date to revisit the decision (RevisitBy).
//
// [DecisionRecord.Validate] checks that a record is well formed under the
// module's validation contract; its rule codes are listed in its
// documentation.
//
// # Honoring the person's choice
//
// Recovery is person-driven: the person decides. Supporters and providers may
// not always agree with the choice a person makes, and honoring choices does
// not mean ignoring harmful risks or minimizing safety. A record supports both.
// Recommended holds the option a provider or peer recommended, Chosen the
// option the person chose, and RisksDiscussed that the risks were talked
// through. [DecisionRecord.HonorsChoice] reports whether the person made the
// choice (ChosenBy includes [RolePerson]) and, where an option has harms or
// the choice differs from the recommendation, whether the record shows the
// risks were discussed. The
// library never picks an option and never ranks the options for the person.
//
// # Quality
//
// [DecisionRecord.Quality] reports how complete a shared decision is: one
// [Finding] per criterion, each with a stable [FindingCode], a weight out of
// 100 and a message in strengths-based words saying what the record shows or
// what would help next, and a Score from 0 to 1. The criteria follow the three
// talks: [FindingChoiceClear], [FindingConsentRecorded], [FindingTwoOptions],
// [FindingBenefitsHarms], [FindingEvidenceSourced],
// [FindingPreferencesElicited], [FindingPersonChose], [FindingRisksDiscussed]
// and [FindingRevisitDate].
//
// # Measures
//
// Pure functions score the published instruments from their scoring rules:
//
//   - [SDMQ9] and [SDMQDoc]: the 9-item Shared Decision Making
//     Questionnaire, patient and physician versions, on 0 to 100.
//   - [CollaboRATE]: the three-item patient-reported measure over a set of
//     encounters, as the top-score percentage and the mean, with the
//     developers' exclusion of incomplete encounters and their 25-encounter
//     minimum for reporting.
//   - [SURE]: the four-item screening test for decisional conflict.
//   - [OPTION5]: the observer-rated OPTION-5 measure, on 0 to 100.
//   - [DCS]: the 16-item Decisional Conflict Scale ([DCSVersion]), the total
//     and five subscales on 0 to 100, and the band of the total against the
//     cut-offs 25 and 37.5.
//
// Items are numbered, never worded: the instruments' wording is under their
// developers' licences (CollaboRATE is CC BY-NC-ND, the SDM-Q-9 developers
// ask for official translations, the DCS may not be altered), so the host app
// supplies it. A measure given the wrong number of items or an item outside
// its scale returns a [recovery.ValidationError] wrapping
// [recovery.ErrInvalid], with one problem per broken rule: path "items" and
// rule "len" for the count, path "items[i]" (counting from 0, so item i+1)
// and rule "min" or "max" for the range. No rule for missing items is
// invented; only CollaboRATE, whose developers publish one, leaves out
// incomplete encounters.
//
// # Responses on a record
//
// A record keeps the responses given about its decision in Measures, each a
// [MeasureResponse]: the [Instrument] answered (one of [Instruments], the
// instruments above), CollaboRATE's [CollaboRATEVersion] where it applies,
// the [Role] of who answered (the person; the clinician for SDM-Q-Doc;
// family for CollaboRATE's parent and guardian version; no one for OPTION-5,
// which an observer rates), when, and the answers as numbers in item order
// ([Instrument.Items] gives each instrument's count and scale). Validate
// checks each response against its instrument with the paths and rules of
// the measures, below "measures[i]" ("measures[0].items[2]" "max"), and
// reports "unsupported" for a version on an instrument without versions or a
// respondent the instrument does not have. A 5-point CollaboRATE response is
// recorded and validated on 0 to 4, though [CollaboRATE] does not score it.
//
// [recovery.ValidationError]: https://pkg.go.dev/github.com/recoverykit/recovery#ValidationError
// [recovery.ErrInvalid]: https://pkg.go.dev/github.com/recoverykit/recovery#ErrInvalid
package sdm
