// Package strengths records a person's strengths assessment, in their own
// words, across the whole of their life.
//
// # The strengths-based approach
//
// Recovery planning starts from what a person has and wants, not from what is
// wrong: treatment and planning are "oriented toward individual's strengths and
// preferences rather than deficits", and the assessment "requires clear,
// personal statements on the individual's personal strengths, needs,
// abilities, and preferences" that are "person-driven" (a peer
// recovery-management training curriculum). The structure follows the Strengths
// Model assessment of Rapp and Goscha (University of Kansas): the areas of life
// ([life.Areas]) by three columns, then the person's priorities.
//
// # The three columns
//
// Every [Strength] sits in one [Timeframe]:
//
//   - [Current]: current status, what the person has and does now;
//   - [Desired]: desires and aspirations, what the person wants (a good place
//     to start the conversation);
//   - [Past]: past resources, personal, social and environmental, that the
//     person has drawn on before.
//
// A strength also has a [Kind] (a quality, skill, interest, relationship or
// resource) and a [Source] (who named it). Needs, abilities and preferences are
// recorded as [Aspect] values. [Assessment.Priorities] lists the strengths
// the person wants to work from first, in the person's order.
//
// # Analysis
//
// All analysis is pure and never changes the assessment:
//
//   - [Assessment.Validate] checks IDs, codes, statements and priorities;
//   - [Assessment.Coverage] counts strengths by area and column;
//   - [Assessment.Gaps] lists areas with no current strength recorded yet, as
//     prompts for the conversation ([Prompt] gives one question per area and
//     column), never as a deficit list;
//   - [Assessment.PersonDriven] is the share of strengths the person named and
//     stated in the first person (the rule is [FirstPerson]);
//   - [Assessment.Ranked] puts the person's priorities first, in their order;
//   - [Assessment.ForArea] and [Assessment.Strength] select strengths.
//
// [Catalog] offers example strengths, starting with the curriculum's nine,
// for a person looking for words.
//
// # Personal health information
//
// Statements are the person's own words and are personal health information.
// [Strength], [Aspect] and [Assessment] implement [log/slog.LogValuer],
// redacting the words, and their String methods print IDs, codes and counts
// only. Validation errors name fields and rules, never the words.
package strengths
