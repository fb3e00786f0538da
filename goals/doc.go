// Package goals models the goals a person sets in a person-centered recovery
// plan: a [SMARTGoal] in the person's own words, the [Step] actions towards
// it, the person's ranking and timeline of their goals, the SMART check, and
// Goal Attainment Scaling.
//
// Recovery is person-driven. The person names their goals, ranks them by
// importance and places them on their own timeline; the library keeps those
// choices as given. When two goals share a rank or a timeline position it
// reports the tie for the person to settle, if they want to, and never breaks
// it.
//
// # Goals and steps
//
// A [SMARTGoal] carries the person's Statement ("I want to find a place to
// live"), its [life.Area], its [Term] ([TermShort] or [TermLong]), its
// [Status] (the FHIR R4 Goal.lifecycleStatus codes one-to-one), how progress
// will be measured, why it matters, the strengths it builds on (IDs from the
// strengths package), and its [Step] list ("I will list at least 5 possible
// rentals and will call at least 3"). [SMARTGoal.Validate] and
// [Step.Validate] return every problem at once, each with its JSON path and
// rule code, never a value; [SMARTGoal.Progress] counts the steps done and
// names the next one.
//
// The person's words are personal health information: goals, steps,
// [Ranked] goals and the [Timeline] implement [log/slog.LogValuer] and redact
// them, and the String methods of goals, steps and the timeline print IDs,
// codes and counts only.
//
// # Ranking and timeline
//
// [Rank] orders goals by the person's Importance (1 = most important) with
// standard competition places (1, 2, 2, 4); goals that share an importance
// keep their given order and are marked [Ranked].Tied. [NewTimeline] orders
// goals by the person's Order and lists every dated step and goal as an
// [Item] in time order; a position given to two goals is reported as a
// [Clash]. A [Timeline] answers [Timeline.Between], [Timeline.Overdue] and
// [Timeline.Next].
//
// # SMART check
//
// [Check] judges a goal against the five SMART criteria of the peer-support
// guide "Building a person-centered recovery plan", [CriterionSpecific],
// [CriterionMeasurable], [CriterionAchievable], [CriterionRealistic] and [CriterionTimeLimited], from its
// structured fields first (Measure, Due, the steps and their dates,
// Confidence, Why, BuildsOn, Importance, Area) and its words second. Each
// [Verdict] carries a stable [Reason] code and a short strengths-based
// message that never quotes the person; [SMARTCheck.Missing] lists the
// criteria still open, in order. Realistic is judged only from what the
// person has said about the goal's place in their life, never from what the
// goal is.
//
// # Reading the person's words
//
// [AnalyzeText] reads a goal or step sentence, in English or in Spanish (the
// plan's language, [TextOptions].Language), with explainable rules. Each
// [Match] names its [Rule] and the byte offsets of the phrase and holds none
// of the text, so an analysis is safe to log; [TextAnalysis.UTF16Spans]
// gives the offsets in UTF-16 units for JavaScript hosts. The rules, by
// [MatchKind]:
//
//   - time ([MatchKindTime]), a limit still to come: [RuleRelativeDay]
//     ("tomorrow", "mañana"), [RuleWeekday] ("by Thurs", "el viernes"),
//     [RuleDate] ("4/15", "Tuesday the 10th", "mid-April", "el 15 de
//     abril"), [RuleDuration] ("within 2 weeks", "dentro de dos semanas"),
//     [RulePeriod] ("by the end of the month", "by Sept"), [RuleTimeOfDay]
//     ("at 9 am", "a las 10:30", refining the day's deadline), and
//     [RuleEvent] ("before my court date", "cuando me paguen"), a limit with
//     no date, never given an invented one;
//   - past time ([MatchKindPast]), never a deadline: [RulePastSince] ("since
//     March 1", "desde enero"), [RulePastLast] ("last Friday", "el viernes
//     pasado"), [RulePastAgo] ("two years ago", "hace dos años"),
//     [RulePastTense] ("I used to", "Client completed detox on 2/20", "fui");
//   - quantities ([MatchKindQuantity]) with their [Comparator], [Unit],
//     period and upper bound: [RuleComparator] ("no more than twice a week",
//     "al menos 3"), [RuleRange] ("2 to 3", "once or twice", "entre 2 y
//     3"), [RuleCount] ("a dozen", "half an hour", "$200", "cuarenta y
//     cinco"), [RuleFrequency] ("3x/wk", "every other day", "on Mondays and
//     Wednesdays", "cada quince días"); crisis and service numbers ("call
//     988", "911", "211") and phone numbers are never amounts;
//   - commitments ([MatchKindAction]): [RuleFirstPerson] ("I will call", "I
//     wanna save", "voy a llamar", "me comprometo a");
//   - vague wording ([MatchKindVague]): [RuleVagueComparative] ("get
//     healthier", "más"), [RuleVagueHedge] ("try my best", "ojalá"),
//     [RuleVagueAmount] ("regularly", "un poco"), [RuleVagueTime] ("soon",
//     "algún día"), [RuleVagueAim] ("work on my anger", "echarle ganas").
//
// AnalyzeText's documentation gives each rule in full, with its examples
// and sources. The evaluation sets in testdata/eval (English and Spanish
// goal and step sentences, typos and all, each with its expected reading)
// measure the rules' accuracy per family in the tests, and exercise every
// rule listed here. The scan is linear in the length of the text and
// allocates nothing when nothing is found; [AppendMatches] reads into a
// buffer of the caller's, for a caller that reads text as it is typed.
//
// [Check] counts a dated or an event-based limit as time-limited, and never
// past time.
//
// # Goal Attainment Scaling
//
// Goal Attainment Scaling (Kiresuk & Sherman 1968) rates each goal on five
// [Level] values from -2 (much less than expected) to +2 (much more than
// expected), 0 being the expected outcome. A goal's [GAS] record holds its
// baseline and follow-up levels and two 0-3 ratings, importance (the person's)
// and difficulty (the team's), whose product is its weight (Turner-Stokes
// 2009). [GAS].ImportanceRating is not the person's rank
// [SMARTGoal].Importance.
//
// [TScore] combines levels into the summary T-score, 50 when every goal is at
// the expected level, with [DefaultRho] as the conventional correlation
// between goals; [ChangeScore] is the change from baseline to follow-up, and
// [SummarizeGAS] scores the scaled goals of a plan in one call, with
// [GASOptions]. A level not yet rated is nil, never level 0; SummarizeGAS
// leaves out goals entered in error, cancelled or rejected, goals not rated
// at baseline or follow-up and, when weighted, goals of weight 0, and lists
// each in [GASSummary].Omitted with its [GASOmission].
//
// # Progress
//
// [SMARTGoal.Progress] counts the steps done and names the person's next step,
// the first open one in their order; the open step due soonest is a separate
// field, since the dates are a reminder and the order is the person's.
//
// # Values and concurrency
//
// Every function is pure: the clock is passed in, IDs come from the caller,
// inputs are never modified, and returned slices never share memory with the
// caller's. Results are deterministic.
package goals
