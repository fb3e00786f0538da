// Package token is the module's one word scanner: it splits text into words
// with byte offsets, marks the phrase boundaries between them, compares words
// without regard to case or accents, and converts byte offsets to UTF-16
// offsets for hosts whose user interface is JavaScript.
//
// # Words
//
// A word is a run of letters and digits (ASCII, or any Unicode letter, digit
// or non-spacing mark), joined by an apostrophe (' or ’) or a hyphen between
// word characters, by '.', ':' or '/' between digits, or by ',' before exactly
// three digits: "I’ll", "check-in", "1.5", "9:30", "3/9", "2026-03-09",
// "10,000" are one word each. With [Scanner.Dashes] set, an en dash or an em
// dash between letters joins too ("non–compliant"). Everything else separates
// words; text that is not valid UTF-8 is read byte by byte and invalid bytes
// separate words.
//
// # Phrase boundaries
//
// A phrase never runs across '.', '!', '?', ';', ':', a bracket or a line
// break: the first word after one has [Word].Break set. When the only
// boundary is a single '.' right after the previous word ("Dec. 15"),
// [Word].Dot is set too, so a reader that knows the previous word is an
// abbreviation can read on.
//
// # Speed
//
// Bytes are classified with one 256-entry table; only bytes of 0x80 and above
// are decoded as UTF-8. The scanner allocates nothing.
package token
