// Package deidentify prepares recovery plans for research export: [Plan]
// returns a copy of a plan in which the person is a keyed pseudonym, every ID
// is a keyed pseudonymous UUID, every date is moved by the person's
// [DateShift], and every name, number, address and piece of free text is
// replaced.
//
// It finds what to replace by type, not by a list of fields: the person's
// words, the team's notes, names, phone numbers and email addresses have the
// types of package phi, and a walk of the plan visits every value of those
// types, every ID and every time. A field added to a plan type later is
// de-identified without a change here.
//
// The same key gives the same pseudonyms and the same shift in every export,
// so one person's plans stay linked across exports and intervals between
// dates survive; without the key neither can be traced back. Keep the key
// from recipients.
package deidentify
