// Package redact keeps personal health information out of the module's String
// and LogValue output.
//
// A person's words, a name or a phone number is shown by [Text] only as
// "[redacted]" (or "" when there is none, so a log still tells whether a field
// is filled in). A code is shown by [Code] as itself only when it is one of
// its type's defined values: a field meant for a code can still hold free text
// (a form field decoded into an enum), so an undefined code is shown as
// "[invalid]", never as what it holds.
package redact
