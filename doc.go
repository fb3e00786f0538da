// Package recovery models person-centered recovery planning for mental health
// and substance use: what a recovery plan contains, and the ranking, timeline,
// readiness and plan-quality functions that health apps and research scripts
// embed.
//
// Recovery-oriented practice starts from the person, not the diagnosis. Each
// person defines their own goals and their own path toward them, draws on their
// strengths, and chooses the people who stand with them. A person-centered
// recovery plan is co-created with the person and written in their words: a
// vision for their life, the strengths they bring, short- and long-term goals
// they rank by importance and order into a timeline, SMART action steps, plans
// made ahead for hard times, and the decisions they shared with providers and
// supporters. The plan is reviewed and amended as the person grows; an
// amendment is a new version, never an overwrite.
//
// The library carries those values into code. It never reorders what the
// person ordered, never picks an option for them, and reports a tie or a gap as
// something to ask the person about. Its messages use strengths-based,
// person-first language. The words a person wrote are personal health
// information, known by their type (package phi): fmt, templates and JSON
// show them, so the person's own screens do; log/slog and %#v never do,
// String methods print IDs and codes only, a code field holding anything but a
// defined code prints as "[invalid]", and errors never quote a value.
//
// # Packages
//
//	life      areas of a whole life and their SAMHSA recovery dimension
//	phi       the types of personal text: the person's words, the team's
//	          notes, names, phone numbers, email addresses, the person's ID
//	strengths the strengths assessment: strengths in the person's own words
//	goals     SMART goals and steps; ranking, timeline, SMART check, text
//	          analysis, Goal Attainment Scaling
//	crisis    the overdose prevention pocket plan, the safety plan and the
//	          wellness toolbox; readiness checks; a printable pocket card
//	sdm       shared decision records and the published SDM measures
//	          (SDM-Q-9, SDM-Q-Doc, CollaboRATE, SURE, OPTION-5, DCS)
//	audit     a hash-chained record of who changed what; JSON-pointer diffs
//	recovery  (this package) the whole [Plan] and its validation
//	wording   the person-first language check of what a team writes
//	quality   the plan's quality on the 4 Ps of person-centered planning
//	deidentify plans prepared for research export
//	fhir      the plan as an HL7 FHIR R4 bundle, and back
//	recoverytest synthetic plans and the peer-support scenario for tests
//
//	vocab     labels and help for every code, and a message per rule, by language
//	pocketcard the crisis plans as wallet cards (HTML; PDF in pocketcard/cardpdf)
//
// # Forms
//
// [JSONSchema] is the JSON Schema (draft 2020-12) of a plan and of each part,
// generated from the Go types: a form validates against it as the person
// types. [DecodePlan] reads a submitted plan and reports JSON that does not
// decode (a wrong type, a bad UUID, a date without a time, an unknown field
// with [DecodeOptions]) as a [*ValidationError] with field paths like
// Validate's; [Problem.Pointer] gives each path as an RFC 6901 JSON Pointer.
// The vocab package words each problem and each code in the person's
// language.
//
// Every aggregate has a Validate method that returns nil or a
// [*ValidationError] listing every problem with its JSON path and rule; it
// wraps [ErrInvalid]. Functions are pure: the clock is a parameter and IDs come
// from the caller, so the same input always gives the same output.
//
// # A plan end to end
//
// Build a plan from its parts, check it, and score it with the quality
// package (the runnable version is quality's ExampleScore; examples/peersupport
// walks a whole scenario):
//
//	plan := recovery.Plan{
//		ID: planID, Version: 1, Status: recovery.StatusActive, PersonID: "P-0001",
//		Vision:     "I want a home of my own and my brother back in my life.",
//		Strengths:  assessment,        // strengths.Assessment, in the person's words
//		Goals:      personGoals,       // []goals.SMARTGoal, ranked and placed by the person
//		Overdose:   &pocketPlan,       // *crisis.OverdosePlan
//		Decisions:  decisions,         // []sdm.DecisionRecord
//		Supports:   circle,            // []recovery.Supporter, with their consent
//		CoCreators: []recovery.CoCreator{{Role: sdm.RolePerson}},
//		Created:    at, AgreedAt: at,
//	}
//	if err := plan.Validate(); err != nil {
//		var ve *recovery.ValidationError
//		if errors.As(err, &ve) {
//			for _, p := range ve.Problems {
//				log.Println(p.Path, p.Rule) // "goals[1].steps[0].due after-start"
//			}
//		}
//		return err
//	}
//	q := quality.Score(plan, at, nil)
//	fmt.Printf("%.1f of 100\n", q.Total)
//	for _, f := range q.Findings {
//		fmt.Println(f.P, f.Criterion, f.Suggestion) // what to talk over next, in strengths-based words
//	}
//
// Before plans leave the setting they were written in, de-identify them with
// package deidentify; to hand a plan to another provider, the fhir package
// exports it as FHIR R4.
//
// # Versions of a plan
//
// A plan is never overwritten. [Amend] makes the next version: a deep copy
// ([Plan.Clone]) with its own ID, the next Version, Replaces set to the
// version it amends, the same series ([Plan.Series], the identity every
// version shares) and the agreement cleared, since the person agrees to each
// version anew. The amended version is not changed, and is never rewritten to
// say that it was replaced: [Plan.StatusIn] derives its status from the
// versions of its series. Audit events about a plan name its series as their
// subject; package store keeps the versions and their trail in a database.
//
// Plan quality on the 4 Ps is the quality package's job (quality.Score).
//
// # Limits
//
// Input from anyone costs bounded time and memory, and a plan that passes
// Validate can be encoded as JSON and exported as FHIR. These are all the
// limits of the module, in one place. Text is counted in characters
// (Unicode code points); a text or list over its limit is rule "max" with
// the limit as the problem's Param, a time outside its years rule "range".
//
//	What                                          Limit                  Where, and the rule or error
//	--------------------------------------------  ---------------------  ------------------------------------
//	a plan's JSON                                 [MaxPlanBytes], 1 MiB  [DecodePlan]: [ErrTooLarge]
//	Plan.Vision                                   2,000 characters       Validate: max
//	Plan.PersonID                                 128 characters         Validate: max
//	SMARTGoal.Statement, Measure                  500 characters         Validate: max
//	SMARTGoal.Why                                 1,000 characters       Validate: max
//	Step.Action                                   500 characters         Validate: max
//	Strength.Statement, Aspect.Text               500 characters         Validate: max
//	DecisionRecord.Question                       500 characters         Validate: max
//	DecisionRecord.WhatMatters                    20 items of 500        Validate: max
//	Option.Name, Participant.Name                 200 characters         Validate: max
//	Option.Benefits, Option.Harms                 20 items of 500        Validate: max
//	Option.Evidence                               2,000 characters       Validate: max
//	Option.Source                                 500 characters         Validate: max
//	Supporter and Contact Name, Relationship      200 characters         Validate: max
//	Supporter.Email                               254 characters         Validate: max
//	a phone number (Supporter, Contact,           3 to 15 digits,        Validate: phone
//	OverdosePlan.EmergencyNumbers)                32 bytes
//	OverdosePlan.EmergencyNumbers                 10 numbers             Validate: max
//	OverdosePlan.NaloxoneLocation                 500 characters         Validate: max
//	OverdosePlan.CheckInHow                       1,000 characters       Validate: max
//	OverdosePlan.OtherSteps, each SafetyPlan      20 items of 500        Validate: max
//	step's list (WarningSigns, ...)
//	SafetyPlan contact lists                      20 contacts            Validate: max
//	Toolbox.Tools                                 200 tools              Validate: max
//	Toolbox.Triggers, EarlyWarningSigns           50 cues                Validate: max
//	Tool.Text, Cue.Text                           500 characters         Validate: max
//	Tool.Action, Cue.Action                       1,000 characters       Validate: max
//	every time of a plan and of an audit event    the years 1 to 9999,   Validate: range
//	                                              in UTC and in its own
//	                                              location
//	audit.Event.Paths                             audit.MaxPaths (1,024) Validate: max
//	                                              of audit.MaxPathBytes
//	                                              (256 bytes)
//	audit.Event.Actor.ID, Reason                  128 bytes              Validate: max
//	a line of an audit JSON Lines file            audit.MaxLineBytes     audit.ReadJSONL
//	                                              (2 MiB)
//	a FHIR bundle given to fhir.Import            fhir.MaxImportBytes    fhir.ErrLimit
//	                                              (64 MiB)
//	JSON nesting in a FHIR bundle                 fhir.MaxDepth (64)     fhir.ErrLimit
//	resources in bundles inside a bundle          fhir.MaxBundleDepth(4) fhir.ErrLimit
//	the pocket card's width                       crisis.MaxCardWidth    raised or lowered to the limit
//	                                              (200 columns)
//	recoverykit -workers                          1 to 1,024             usage error, exit status 2
//	recoverykit -max-line                         1 to MaxPlanBytes      usage error, exit status 2
//
// The lists without a limit of their own (goals, steps, strengths,
// decisions, options, supporters) are bounded by MaxPlanBytes when a plan
// comes through DecodePlan, and every check over them (repeated IDs,
// references) is linear, so a plan built in code costs time in proportion
// to its size.
package recovery
