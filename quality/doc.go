// Package quality rates a person-centered recovery plan ([recovery.Plan]) on
// the 4 essential Ps of person-centered recovery planning.
//
// [Score] rates a [recovery.Plan] on the 4 essential Ps of person-centered recovery
// planning (Tondora 2016): Philosophy (core values), Process (new ways of
// partnering), Plan (a concrete roadmap) and Purpose (meaningful outcomes).
// Each P is worth 25 of 100 points, shared by four criteria in proportion to
// their weights (equal by default, see [Options]). Each criterion scores
// from 0 to 1 by a transparent rule; each one not fully met gives a [Finding]
// with the guiding principle it serves, the IDs concerned, codes that say
// more, and a suggestion in strengths-based words. The rubric's version is
// [RubricVersion] ("4ps-2026.1"). "Goals pursued" below are goals not
// cancelled, rejected or entered in error.
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
// checklist.
//
// Philosophy (core values):
//
//	own-words             share of goals pursued whose statement is in the first
//	                      person, and strengths the person named (source self) in
//	                      the first person. Module: "clear, personal statements",
//	                      "person-driven"; CARF 2.C goals "expressed in the words
//	                      of the person served"; Wisconsin goals "in the
//	                      individual's own words". Serves: person-driven.
//	strengths-language    share of person-facing texts (vision, statements, goals,
//	                      steps, crisis plans, decisions, relationships) in which
//	                      CheckLanguage finds nothing; 0 when there is no text.
//	                      Module: "strengths and preferences rather than
//	                      deficits", "Create a culture and language and hope";
//	                      CMS HCBS "plain language". Serves: respect.
//	vision                1 when the person's vision is recorded. Peer guide: "a
//	                      vision for where you want to go"; Wisconsin "a shared
//	                      vision". Serves: hope.
//	strengths-identified  half min(strengths/3, 1) plus half min(areas/2, 1):
//	                      several strengths, in more than one area. Module:
//	                      "Identify needs, strengths, and assets"; Wisconsin
//	                      "strengths in multiple categories"; CARF 2.C "based on
//	                      strengths, needs, abilities and preferences"; CMS HCBS
//	                      "strengths and preferences". Serves: strengths-and-
//	                      responsibility.
//
// Process (new ways of partnering):
//
//	co-created            half for the person among the co-creators, half for the
//	                      person's agreement (AgreedAt, not after the scoring time).
//	                      Module: "a co-created and written plan", "a collaborative
//	                      process"; CMS HCBS "driven by the individual", "informed
//	                      consent in writing". Serves: person-driven.
//	shared-decisions      the mean sdm.DecisionRecord.Quality score of the plan's
//	                      decisions; 0 when none is recorded. Module: "Applies the
//	                      decision-making model". Serves: respect.
//	natural-supports      half for a supporter the person consents to involve, half
//	                      for a natural (family, friend, community) one among them.
//	                      Module: "Acknowledging (with personal consent) the
//	                      defined family care givers, and circles of support";
//	                      CARF 2.C "natural supports"; CMS HCBS "paid and unpaid
//	                      supports". Serves: relationships.
//	reviewed              1 when the later of Reviewed and AgreedAt (not after the
//	                      scoring time) is within the review interval, 90 days by
//	                      default. Module: "Assess progress towards recovery
//	                      throughout the recovery journey"; Peer guide: a plan
//	                      "changes over time"; CMS HCBS "a way to request
//	                      updates". Serves: many-pathways.
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
//	                      (ties count: they are the person's), half the share placed
//	                      on the timeline at a position no other goal holds. Peer
//	                      guide: "rank them in terms of importance and order them
//	                      into a timeline". Serves: person-driven.
//	crisis-ready          the mean readiness score of the overdose and safety plans
//	                      present (crisis package), less 0.25 for a stale plan and
//	                      0.25 for expired naloxone; 0 with no crisis plan. Peer
//	                      guide: "crisis planning in advance", the "Pocket Overdose
//	                      Prevention Plan"; CMS HCBS "risk factors and
//	                      mitigations". Serves: person-driven.
//
// Purpose (meaningful outcomes):
//
//	whole-person          share of SAMHSA's four dimensions (health, home, purpose,
//	                      community) reached by the areas of goals pursued and
//	                      strengths. Module: "Address the whole person"; Wisconsin
//	                      "quality of life / life roles". Serves: holistic.
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
// Sums run in rubric order, so the same plan, time and options give the same
// [Report], to the byte. A criterion's Points are Score × Weight × 25; a P's
// subtotal is the sum of its criteria's Points, and Total the sum of the four
// subtotals. Researchers can re-weight from the criterion scores, which
// examples/cohort writes in long format.
package quality
