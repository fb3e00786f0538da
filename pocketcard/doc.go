// Package pocketcard draws a person's crisis plans as cards to carry: the
// pocket overdose prevention card and a safety plan card, each with a front
// and a back the size of a bank card (85.6 x 54 mm, ISO/IEC 7810 ID-1), in
// the person's language.
//
// # The cards
//
// [Cards] lays out what goes on each face, worded by a [vocab.Catalogue] in
// the language of [Options.Lang], else the plan's Language: the front has
// the title, the emergency numbers and the people and services to call,
// each with a number; the back has the rest of the plan under short
// headings (where naloxone is kept and when it expires, how to check in,
// other steps; or the safety plan's signs, coping, people and places, safer
// surroundings and reasons for living). How to check in is printed only
// under a check-in person.
//
// [HTML] writes the cards as one self-contained page to print or show in a
// browser: print CSS sizes each face to a card, the emergency numbers are
// the largest text, every number is a tel: link, and everything is
// HTML-escaped. The module's cardpdf package writes the same cards as a PDF
// with an embedded font; it is a separate package so that an app that only
// models plans, or only shows HTML, never links a PDF writer or a font.
//
// Plain text for SMS stays crisis.OverdosePlan.PocketCard.
//
// # Personal information
//
// A card is the person's own: it prints their words, names and numbers.
// Hosts treat its bytes as they treat the plan, never as log output.
package pocketcard
