// Package vocab words the library's codes and messages for the screens of an
// app, in the person's language: a label and a line of help for every code of
// every enum, a message for every validation rule, and the headings of a
// printed card, in English and Spanish, with room for a host's own languages
// and wording.
//
// # Codes and their order
//
// [Enums] lists every enum a person or a team sees (life areas, kinds of
// strength, goal statuses, SMART reasons, crisis channels, decision stages,
// audit actions, ...) with its codes in the order of its list function, the
// order a form shows them in. The names are those of the plan's JSON Schema
// (recovery.JSONSchema), so a form finds a field's enum under
// $defs/life.Area and its wording under the same name here.
//
// # Languages
//
// [New] returns the built-in [Catalogue]. [Catalogue.Match] picks its
// language for a plan's BCP 47 tag or an Accept-Language header, with
// golang.org/x/text/language's matching (es-MX is served in Spanish, fr in
// English). A key a language lacks falls back to the parent language and
// then to English, which is complete.
//
// [Catalogue.Vocabulary] gives one enum's wording; [Catalogue.Message] the
// message for a problem of recovery.Plan.Validate or recovery.DecodePlan,
// such as "Pick a date on or after the start." next to
// goals[1].steps[0].due, with the limit of a max rule filled in and counted
// in characters, items or as a number by the field's type, in the singular
// where the language's plural rules call for it
// (golang.org/x/text/feature/plural).
//
// # Prompts
//
// The questions that invite the person to talk about their strengths
// ([PromptKey], under [Catalogue.Text]) and the prompt of each part of a
// crisis plan (the help of each crisis.Field) are in the catalogue too, and so
// is the suggestion of each plan-quality criterion (the help of each
// quality.Criterion, with the 4 Ps and the ten recovery principles); their
// English is the packages' own (strengths.Prompt, crisis.Field.Prompt,
// quality.Criterion.Suggestion), read from them, so the two never drift
// apart. The kinds of wording the language check flags (wording.Family) are
// worded here; the preferred wording of each rule comes with the rule, in its
// own language, from package wording. The help of each SMART reason
// (goals.Reason) speaks to the person, where goals.Reason.Message speaks to
// the team.
//
// # A host's own wording
//
// A catalogue is never changed in place and there is no global one:
// [Catalogue.With] returns a new catalogue with a language added or some
// keys reworded, from [Entries] written in Go or read with [ParseEntries]
// from JSON in the form of the built-in files. [Catalogue.Missing] lists what
// a language still lacks.
//
// # Wording kept out
//
// The labels are the library's own plain words. The steps of a safety plan
// are worded as neutral paraphrases, never the headings of a licensed
// template; hosts licensed to use those supply them with
// [Catalogue.With].
//
// # One vocabulary of roles
//
// A person's circle of support speaks of supporters
// (recovery.SupporterRole: family, friend, community, peer-specialist,
// provider); co-creators, decision participants and audit events speak of
// roles (sdm.Role and audit.Role: person, provider, peer, family, supporter,
// and system for audit); a strength is named by a source (strengths.Source:
// self, peer, family, provider). recovery.SupporterRole.Role and
// recovery.StrengthSource map between them; the labels here word the same
// part the same way ("Peer specialist" for peer-specialist, peer and a
// strength named by a peer).
package vocab
