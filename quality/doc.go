// Package quality rates a person-centered recovery plan ([recovery.Plan]) on
// the 4 essential Ps of person-centered recovery planning (Tondora 2016):
// Philosophy (core values), Process (new ways of partnering), Plan (a
// concrete roadmap) and Purpose (meaningful outcomes).
//
//	q := quality.Score(plan, at, nil)
//	fmt.Printf("%.1f of 100\n", q.Total)
//	for _, f := range q.Findings {
//		fmt.Println(f.P, f.Criterion, f.Suggestion) // what to talk over next
//	}
//
// Each P is worth 25 of 100 points, shared by four criteria in proportion to
// their weights (equal by default, see [Options]). Each criterion scores from
// 0 to 1 by a transparent rule; each one not fully met gives a [Finding] with
// the guiding principle it serves, the IDs concerned, [Note] codes that say
// more, and a suggestion in strengths-based words. The rubric's version is
// [RubricVersion] ("4ps-2026.2"). "Goals pursued" below are goals not
// cancelled, rejected or entered in error.
//
// # The rubric's promises
//
// Recovery is person-driven, so the rubric makes these promises, and each one
// is a test of this package:
//
//   - The person's choices never cost points. Placing goals at the same place
//     on the timeline or giving them the same importance, declining to
//     involve someone (a recorded "no" is a choice honoured), describing
//     themselves in their own words, naming their mutual-aid group, writing in
//     their own language, and strengths named by family or peers as well as
//     their own: none of these lowers any criterion.
//   - Doing more of the work never lowers the score. Beginning a safety plan
//     beside a complete overdose plan, reviewing a crisis plan (even 91 days
//     ago) rather than never, checking the naloxone's expiry (even when it
//     has passed) rather than never, adding a wellness toolbox, having a
//     second decision under way, and goals across more areas of life: each of
//     these keeps or raises every criterion. A property test applies each of
//     these edits to generated plans (package recoverytest) and checks that
//     no criterion goes down.
//   - A choice the provider made alone is not a shared decision: on
//     shared-decisions it scores 0, no better than no decision at all and
//     well below the person's own choice. Talking risks through belongs to
//     every decision whose options have harms
//     ([sdm.DecisionRecord.HonorsChoice], [sdm.DecisionRecord.Quality]).
//   - Whole person means every area of life: whole-person counts the areas
//     of life ([life.Areas]: the curriculum's eight and the Strengths Model's
//     finances and leisure), and more areas never score lower.
//   - The person's order comes first: the rubric never reorders goals, and a
//     goal's next step is the person's next open step in their own order
//     ([goals.Progress]).
//
// Pairs of plans where any peer specialist would say which is better are
// tests too: Score must prefer the better plan of each. The tests report the
// accuracy on the pairs the rules were written against and, separately, on
// pairs kept aside while writing them.
//
// # What changed in 4ps-2026.2
//
// Rubric 4ps-2026.1 marked the person down for choices the recovery model
// says are theirs, and for doing more of the work; on pairs of plans a peer
// specialist would rank, it chose the worse plan more often than not. Each
// rule below changed for the reason given.
//
//	own-words             4ps-2026.1 counted only first-person English, so a
//	                      strength the person named in their own words ("Stubborn,
//	                      in a good way"), their mutual-aid group, or a goal in
//	                      their own language cost points, and so did a strength a
//	                      sister or a peer added. Now goals count unless they are
//	                      written about the person in the third person, a strength
//	                      the person named counts whatever its grammar, and those
//	                      named by family or peers neither count nor cost.
//	strengths-language    4ps-2026.1 flagged the person's self-description ("I'm
//	                      an addict, and proud of two years clean"). Now only the
//	                      team's words are checked (the team's notes, phi.Note:
//	                      decision options, benefits, harms, evidence; provider-
//	                      named strengths; and any text written about the person
//	                      in the third person).
//	shared-decisions      4ps-2026.1 gave a provider's lone choice 0.8 and let a
//	                      decision under way lower the mean. Now a choice without
//	                      the person scores 0, and decisions under way only add.
//	natural-supports      4ps-2026.1 listed a recorded "no" as a gap. Now asking is
//	                      what counts; a "no" is honoured and named nowhere, and a
//	                      supporter listed but never asked about is the gap.
//	reviewed              a review that is due earns 0.5 (it was 0, as for never).
//	ranked-timeline       two goals at the same place on the timeline cost points
//	                      as a clash; they are the person's choice and count now.
//	crisis-ready          4ps-2026.1 averaged the plans and took 0.25 off for a
//	                      stale plan or expired naloxone, so beginning a safety
//	                      plan, a review 91 days ago or an expiry checked scored
//	                      below doing nothing, and the wellness toolbox counted for
//	                      nothing. Now a due review and expired naloxone count half
//	                      a field, the toolbox is checked like the other plans, and
//	                      the best plan counts in full with the others adding to it.
//	                      The check-in contact is complete only with how the person
//	                      would like to be checked on.
//	whole-person          4ps-2026.1 counted the four SAMHSA dimensions, so goals in
//	                      a fifth area of life added nothing. Now the ten areas of
//	                      life count, five of them for full marks.
//	weights               a weight of 1e308 overflowed the sum and zeroed the P;
//	                      weights are now bounded by [MaxWeight].
//
// # The criteria
//
// No published plan-quality rubric has open scoring software. The criteria
// follow three source documents, quoted below by short name:
//
//   - Module: the recovery-management curriculum module "Focusing on
//     strengths and personal responsibility", on person-centered recovery
//     planning and the 4 Ps (Tondora 2016).
//   - Peer guide: the peer-support guide "Building a person-centered
//     recovery plan".
//   - Principles: New England MHTTC, "Guiding principles for resilience and
//     recovery" (2022), which restates SAMHSA's guiding principles of
//     recovery that each criterion serves ([Principle]).
//
// Where they agree, the criteria also match items of CARF Behavioral Health
// 2.C (person-centered plan), the Wisconsin DHS F-01339 Person-Centered
// Planning Fidelity Checklist and the CMS HCBS person-centered planning
// checklist. The criteria, their rules and their suggestions are the rows of
// one table in the source, in the order below.
//
// Philosophy (core values):
//
//	own-words             share of goals pursued in the person's own voice (not
//	                      opening by naming the person in the third person, and
//	                      with a first-person word in English, Spanish, French,
//	                      Portuguese, Vietnamese, Tagalog, Haitian Creole, German
//	                      or Italian, or written in another script), and of
//	                      strengths the person named, over those goals and the
//	                      strengths the person or a provider named. Module: "clear,
//	                      personal statements", "person-driven"; CARF 2.C goals
//	                      "expressed in the words of the person served"; Wisconsin
//	                      goals "in the individual's own words". Serves:
//	                      person-driven.
//	strengths-language    share of the plan's texts free of the terms
//	                      wording.Check flags, only the team's words being
//	                      checked; 0 when there is no text. Module: "strengths and
//	                      preferences rather than deficits", "Create a culture and
//	                      language and hope"; CMS HCBS "plain language". Serves:
//	                      respect.
//	vision                1 when the person's vision is recorded. Peer guide: "a
//	                      vision for where you want to go"; Wisconsin "a shared
//	                      vision". Serves: hope.
//	strengths-identified  half min(strengths/3, 1) plus half min(areas/2, 1):
//	                      several strengths, whoever named them, in more than one
//	                      area. Module: "Identify needs, strengths, and assets";
//	                      Wisconsin "strengths in multiple categories"; CARF 2.C
//	                      "based on strengths, needs, abilities and preferences";
//	                      CMS HCBS "strengths and preferences". Serves: strengths-
//	                      and-responsibility.
//
// Process (new ways of partnering):
//
//	co-created            half for the person among the co-creators, half for the
//	                      person's agreement (AgreedAt, not after the scoring time).
//	                      Module: "a co-created and written plan", "a collaborative
//	                      process"; CMS HCBS "driven by the individual", "informed
//	                      consent in writing". Serves: person-driven.
//	shared-decisions      each decision is valued 0 for a choice without the person,
//	                      its sdm.DecisionRecord.Quality score otherwise; the base m
//	                      is the mean over decisions with a choice recorded (with
//	                      none yet, the best of those under way), and the decisions
//	                      under way add (1 - m) × min(1, U/2), U the sum of their
//	                      values; 0 when none is recorded. Module: "Applies the
//	                      decision-making model". Serves: respect.
//	natural-supports      half the share of supporters the person was asked about
//	                      (consent to involve, or a "no" recorded with ConsentedAt),
//	                      half for a natural (family, friend, community) supporter
//	                      they consent to involve; 0 with none. Module:
//	                      "Acknowledging (with personal consent) the defined family
//	                      care givers, and circles of support"; CARF 2.C "natural
//	                      supports"; CMS HCBS "paid and unpaid supports". Serves:
//	                      relationships.
//	reviewed              1 when the later of Reviewed and AgreedAt (not after the
//	                      scoring time) is within the review interval, 90 days by
//	                      default; 0.5 when a review is due; 0 when never. Module:
//	                      "Assess progress towards recovery throughout the recovery
//	                      journey"; Peer guide: a plan "changes over time"; CMS HCBS
//	                      "a way to request updates". Serves: many-pathways.
//
// Plan (a concrete roadmap):
//
//	smart-goals           the mean share of the five SMART criteria met by
//	                      goals.Check, over short-term goals pursued; 0 when there
//	                      is none. Peer guide: "SMART action steps are best";
//	                      CARF 2.C "measurable, achievable, time specific";
//	                      Wisconsin "time frame", "measurable". Serves:
//	                      strengths-and-responsibility.
//	action-steps          share of active goals with an action step that has a due
//	                      date; 0 when no goal is active. Peer guide: "smaller
//	                      action steps", "By this time next week"; Wisconsin
//	                      "objectives that are steps toward the goal". Serves:
//	                      strengths-and-responsibility.
//	ranked-timeline       over goals pursued, half the share ranked by the person
//	                      and half the share placed on the timeline; ties in either
//	                      are the person's and count. Peer guide: "rank them in
//	                      terms of importance and order them into a timeline".
//	                      Serves: person-driven.
//	crisis-ready          each plan present (overdose plan, safety plan, wellness
//	                      toolbox) is valued by the share of its readiness fields
//	                      filled in, a due review and expired naloxone counting
//	                      half a field each; the score is the best value m plus
//	                      (1 - m) × min(1, S/2), S the sum of the other values; 0
//	                      with no plan. Peer guide: "crisis planning in advance",
//	                      the "Pocket Overdose Prevention Plan", the wellness
//	                      toolbox; CMS HCBS "risk factors and mitigations". Serves:
//	                      person-driven.
//
// Purpose (meaningful outcomes):
//
//	whole-person          the areas of life reached by the areas of goals pursued
//	                      and strengths, over [WholePersonAreas] (5), at most 1.
//	                      Module: "Address the whole person"; Wisconsin "quality of
//	                      life / life roles"; the Strengths Model's life domains.
//	                      Serves: holistic.
//	long-term-goal        1 when a long-term goal is pursued. Module: "extends
//	                      beyond the primary course of treatment", "Promotes
//	                      long-term recovery"; Peer guide: "Dare to dream";
//	                      CARF 2.C "transition/aftercare". Serves: hope.
//	builds-on-strengths   share of goals pursued that build on a strength recorded in
//	                      the assessment. Module: "How the individual's strengths
//	                      play a significant role"; Principles: "We identify, build
//	                      on, and enhance the capabilities"; CARF 2.C "based on
//	                      strengths". Serves: strengths-and-responsibility.
//	why-it-matters        share of goals pursued that say why they matter to the
//	                      person. Module: "Connect to recovery narrative",
//	                      "personal to their recovery narrative". Serves:
//	                      person-driven.
//
// # Sums and determinism
//
// Sums run in rubric order, so the same plan, time and options give the same
// [Report], to the byte. A criterion's Points are Score × Weight × 25; a P's
// subtotal is the sum of its criteria's Points, and Total the sum of the four
// subtotals. Researchers can re-weight from the criterion scores, which the
// recoverykit command (score) writes in long format.
package quality
