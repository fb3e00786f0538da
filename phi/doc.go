// Package phi holds the types of personal health information a recovery plan
// carries, so that the person's words are known by their type and not by a
// convention.
//
// Every free-text field of the library's plan types has one of six types:
//
//   - [Words]: what the person wrote or said, in their own words (a goal, a
//     strength, a step, their vision, a warning sign, a reason for living);
//   - [Note]: what the team wrote about the person (decision evidence, an
//     option's benefits and harms);
//   - [Name]: a person's name ("Sam");
//   - [Phone]: a phone number;
//   - [Email]: an email address;
//   - [ID]: an identifier of the person (a record number, a pseudonym).
//
// # Where the text is shown and where it is redacted
//
// The six types are plain strings. [fmt], templates and [encoding/json] see
// the text, so a person's own app renders what they wrote, and a plan stored
// as JSON keeps it. Redaction happens at the two places a value leaves the app
// by accident:
//
//   - in logs: each type implements [slog.LogValuer] and logs as "[redacted]"
//     when it is not empty, and the library's aggregates (a goal, a plan)
//     log IDs, codes and counts only;
//   - in debugging output: each type implements [fmt.GoStringer], so %#v of
//     any plan part prints phi.Words("[redacted]") in place of the words.
//
// The aggregates' String methods print IDs and codes only, so fmt.Println of a
// goal never shows the goal. Print a field itself (goal.Statement) to show the
// text.
//
// # Finding them all
//
// Because the type says what a field holds, the library finds every piece of
// personal text by walking a value's fields by type (see [KindOf]):
// de-identification replaces each one, the plan-quality score reads the
// team's notes for person-first language, and a test plants a marker in every
// such field and proves none reaches a log or an error. A field added later
// with one of these types is covered by all of them without a change
// elsewhere.
package phi
