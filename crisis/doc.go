// Package crisis holds the plans a person makes, while things are calm, for
// the days when they are not: the pocket [OverdosePlan], the [SafetyPlan], and
// the wellness [Toolbox], with the people and services they name ([Contact]).
//
// # Planning for a rainy day
//
// Everyone has hard times and setbacks. Recovery does not expect problems to
// disappear; it builds the ability to get through them, and a track record of
// having done so. Part of that is deciding ahead of time: it is far easier to
// choose who to call, where the naloxone is and what helps, on a quiet
// afternoon with a peer specialist than in the middle of a storm. Planning in
// advance also keeps the person in charge of their own decisions when a
// crisis comes. The plans here record those decisions in the person's own
// words; the library checks them, never rewrites them.
//
// # The pieces
//
// An [OverdosePlan] follows the pocket overdose prevention plan of
// person-centered recovery planning training field for field: the emergency
// numbers, where the person will get and keep naloxone, a person close to them
// who has naloxone or can give it, someone they will check in with if they use,
// how they will contact that person ([Channel]) and how they would like to be
// checked on, and other steps they will take. It also records what a peer
// specialist goes over with the person: the [Risks] (lower tolerance after a
// break, a stronger supply, mixing substances, using alone, a past overdose),
// naloxone training, and the protections of the Good Samaritan law for people
// who call for help; and when the naloxone expires and when the plan was last
// reviewed.
//
// A [SafetyPlan] holds the six [SafetySteps] of the Safety Planning Intervention
// (Stanley and Brown, 2012) in order, from what the person can do alone to
// professional help, then their reasons for living. Steps are codes such as
// "warning-signs" and "ask-for-help": the form's headings are licensed text
// and are not reproduced, so the host app supplies the wording. The steps
// that name people hold Contacts.
//
// A [Toolbox] holds the person's wellness tools, filed under the same
// training's resilience planning [Sections] (what makes me feel better,
// self-care, what I enjoy, coping, craving triggers, what relieves the urge to
// use), and the triggers and early warning signs they watch for, each as a
// [Cue] with what they will do about it.
//
// # Checking a plan
//
// Validate on each type checks shape, not completeness: an unfinished plan is
// valid. It returns nil or a *recovery.ValidationError naming each field path
// and rule; phone numbers are checked for shape (rule "phone"), which
// accepts short emergency numbers such as 911, 988 and 112. Errors never contain names,
// numbers or the person's words.
//
// [OverdosePlan.Readiness], [SafetyPlan.Readiness] and [Toolbox.Readiness]
// take the time of the check and optional [ReadinessOptions] (nil means the
// defaults) and return a [Readiness], a plain value: how many fields were
// checked, the fields still missing ([Field]) in a stable order with an
// encouraging [Field.Prompt] for each ("Where will you keep naloxone?"), and
// flags for a plan not reviewed in 90 days ([DefaultStaleAfter]) and for
// expired naloxone; [Readiness.Score] is the share filled in. Each plan's
// fields and their checks are one table, so a field is added in one place.
// The zero Readiness is the result of no check: it is not complete and scores
// 0, so a plan nobody checked never reads as ready.
//
// # The pocket card
//
// [OverdosePlan.PocketCard] renders the plan as a small plain-text card to
// print and carry, 40 columns wide unless [CardOptions] say otherwise, with
// the numbers first. Columns are display columns ([DisplayWidth], from
// golang.org/x/text/width), so Chinese, Japanese and Korean text keeps to the
// card; bidirectional controls are dropped. It is the person's own card, so
// it prints their contacts.
//
// # Privacy
//
// Names, phone numbers and the person's words are personal health
// information. Every type that carries them implements [log/slog.LogValuer],
// logging IDs, codes, counts and dates with the rest redacted, and its String
// method prints only IDs and codes.
//
// All types are plain values, safe for concurrent reads; no function
// modifies its input or keeps a reference to it, and the clock is always a
// parameter.
package crisis
