package deidentify

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/internal/walk"
	"github.com/recoverykit/recovery/phi"
)

// Placeholders that [Plan] writes in place of what it removes. They keep
// a field's presence (so a required field stays filled in and the plan stays
// valid) and carry nothing of the original.
const (
	// RemovedText replaces free text that was dropped.
	RemovedText = "[removed]"
	// RemovedName replaces a name other than a supporter's.
	RemovedName = "[name]"
	// RemovedPhone replaces a phone number: a fictional number (the 555-01xx
	// range is reserved for fiction), so the plan still shows that a number
	// was recorded.
	RemovedPhone = "555-0100"
	// RemovedEmail replaces an email address, in a reserved domain.
	RemovedEmail = "removed@example.invalid"
)

// DefaultMaxShiftDays is how far, at most, [Plan] moves a person's
// dates by default: 365 days either way.
const DefaultMaxShiftDays = 365

// Options configures [Plan]. A nil *Options, and the
// zero value, mean the defaults. Deidentify reads it and never modifies it,
// so one value may be shared by goroutines.
type Options struct {
	// KeepText keeps the person's free text (vision, statements, goals,
	// steps, crisis plans, decisions, relationships) instead of replacing it
	// with [RemovedText]. Phone numbers and email addresses inside kept text
	// are still replaced, but names, places and other identifiers written in
	// free text cannot be found by rule: keep text only for a release that
	// is reviewed by a person or covered by an expert determination.
	KeepText bool
	// MaxShiftDays bounds the per-person date shift: each person's dates move
	// by the same whole number of days, between -MaxShiftDays and
	// +MaxShiftDays and never 0. Zero or negative means
	// [DefaultMaxShiftDays]; more than [LimitMaxShiftDays] counts as that
	// limit.
	MaxShiftDays int
}

// LimitMaxShiftDays is the largest [Options].MaxShiftDays honoured:
// 36,500 days (about a century). A larger bound would let a shifted date leave
// the range a time.Duration can hold.
const LimitMaxShiftDays = 36500

func (o *Options) keepText() bool { return o != nil && o.KeepText }

func (o *Options) maxShiftDays() int {
	if o == nil || o.MaxShiftDays <= 0 {
		return DefaultMaxShiftDays
	}
	return min(o.MaxShiftDays, LimitMaxShiftDays)
}

// Pseudonym returns the keyed pseudonym of personID that [Plan] writes
// as PersonID: "px-" and the first 32 hex digits (128 bits) of
// HMAC-SHA-256(key, "person\x00" + personID). The same key and ID always give
// the same pseudonym, so one person's plans stay linked across exports; without
// the key the pseudonym cannot be traced back or recomputed.
func Pseudonym(key []byte, personID string) string {
	sum := keyedSum(key, "person", personID)
	return "px-" + hex.EncodeToString(sum[:16])
}

// DateShift returns how far [Plan] moves the dates of personID's plans
// under key and opts: a whole number of days from -MaxShiftDays to
// +MaxShiftDays, never 0, derived from HMAC-SHA-256(key, "date-shift\x00" +
// personID). A researcher who holds the key can move a reference time by the
// same amount.
func DateShift(key []byte, personID string, opts *Options) time.Duration {
	sum := keyedSum(key, "date-shift", personID)
	maxDays := uint64(opts.maxShiftDays())
	n := binary.BigEndian.Uint64(sum[:8]) % (2 * maxDays) // 0 .. 2max-1
	days := int64(n) - int64(maxDays)                     // -max .. max-1
	if days >= 0 {
		days++ // skip 0: 1 .. max
	}
	return time.Duration(days) * 24 * time.Hour
}

func keyedSum(key []byte, purpose, value string) [sha256.Size]byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(purpose))
	m.Write([]byte{0})
	m.Write([]byte(value))
	var out [sha256.Size]byte
	m.Sum(out[:0])
	return out
}

// Plan returns a copy of p for research export, under key:
//
//   - PersonID becomes its keyed [Pseudonym].
//   - Every ID in the plan (plan, parts, steps, options, supporters, and
//     every reference to them) becomes a keyed pseudonymous UUID (version 8,
//     from HMAC-SHA-256 of the ID), the same everywhere it occurs, in this
//     plan and in others under the same key: references still resolve, and
//     Replaces still points at the pseudonymous ID of the version it amends.
//   - The personal text is found by its type (package phi), so a field added
//     to a plan type later is covered without a change here. Supporters'
//     names become "supporter N", other names [RemovedName]; phone numbers
//     become [RemovedPhone] and email addresses [RemovedEmail]. An emergency
//     number that is only two or three digits (911, 988, 112) is a service
//     and is kept; anything else in a phone field becomes [RemovedPhone].
//   - The person's words and the team's notes become [RemovedText] unless
//     opts.KeepText; kept text has phone numbers and email addresses
//     replaced.
//   - A code field that holds anything but one of its type's codes is
//     emptied, and any other string is replaced by [RemovedText].
//   - Every date moves by the person's [DateShift] and is written in UTC, so
//     intervals between dates survive exactly (a step still falls a week after
//     its goal starts) and the time zone does not point to a place.
//
// Codes, counts, ranks, flags and consents are kept, so the de-identified plan
// validates and scores like the original (at a reference time moved by the
// same [DateShift]), except on the criteria that read the words,
// own words, strengths language and SMART goals:
// score before de-identifying, or keep the text. Deidentify never modifies p,
// and the result shares no memory with it. An empty key is allowed but gives
// pseudonyms anyone can recompute; use a secret of 32 random bytes.
//
// # HIPAA Safe Harbor
//
// Of the 18 identifiers of 45 CFR 164.514(b)(2)(i), Deidentify covers, in the
// fields of a Plan:
//
//	(A) names                          supporters', contacts', participants' names replaced
//	(D) telephone numbers, (E) fax     replaced, in fields and in kept text
//	(F) email addresses                replaced, in fields and in kept text
//	(R) other unique codes             every UUID and the person ID replaced by keyed pseudonyms
//	(B) geographic subdivisions        only by dropping free text (a plan has no address field)
//
// It cannot cover:
//
//   - (C) dates: Safe Harbor removes every element of a date but the year;
//     shifting keeps intervals, which is what research needs, but a shifted
//     date is still a date. A Safe Harbor release must reduce dates to years
//     (and ages over 89) itself, or rely on an expert determination
//     (164.514(b)(1)) that accepts shifted dates.
//   - Identifiers written into kept free text: names, places, record, account,
//     licence, vehicle or device numbers, URLs, IP addresses (A, B, G-Q). Keep
//     text only with review.
//   - 164.514(c): a re-identification code must not be derived from
//     information about the person. The pseudonyms are derived from the IDs
//     under a secret key; keep the key from recipients and treat it as the
//     code's secret.
//   - Anything outside the plan: audit trails, file names, the "actual
//     knowledge" test of 164.514(b)(2)(ii).
func Plan(p recovery.Plan, key []byte, opts *Options) recovery.Plan {
	d := deidentifier{key: key, keep: opts.keepText(), shift: DateShift(key, string(p.PersonID), opts)}
	return walk.Copy(p, walk.Rewriter{String: d.string, ID: d.idField, Time: d.date})
}

type deidentifier struct {
	key   []byte
	keep  bool
	shift time.Duration
}

// string rewrites one string of the plan by its class and kind.
func (d *deidentifier) string(f walk.Field, s string) string {
	if s == "" {
		return ""
	}
	switch f.Class {
	case walk.ClassCode:
		return s
	case walk.ClassBadCode:
		return ""
	case walk.ClassText:
		switch f.Kind {
		case phi.KindName:
			if n, ok := supporterIndex(f.Path()); ok {
				return "supporter " + strconv.Itoa(n+1)
			}
			return RemovedName
		case phi.KindPhone:
			if serviceNumber(s) {
				return s
			}
			return RemovedPhone
		case phi.KindEmail:
			return RemovedEmail
		case phi.KindID:
			return Pseudonym(d.key, s)
		}
		if d.keep {
			return scrubContacts(s)
		}
	}
	return RemovedText
}

// supporterIndex returns i for the path of a supporter's name,
// "supports[i].name".
func supporterIndex(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "supports[")
	if !ok {
		return 0, false
	}
	num, rest, ok := strings.Cut(rest, "]")
	if !ok || rest != ".name" {
		return 0, false
	}
	n, err := strconv.Atoi(num)
	return n, err == nil
}

// serviceNumber reports whether s is a short emergency or service number
// (911, 988, 112): two or three digits and nothing else.
func serviceNumber(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func (d *deidentifier) idField(_ walk.Field, id uuid.UUID) uuid.UUID { return d.id(id) }

// id maps an ID to its keyed pseudonym; the zero ID stays zero.
func (d *deidentifier) id(id uuid.UUID) uuid.UUID {
	if id == uuid.Nil {
		return uuid.Nil
	}
	sum := keyedSum(d.key, "uuid", string(id[:]))
	var out uuid.UUID
	copy(out[:], sum[:16])
	out[6] = out[6]&0x0f | 0x80 // version 8: custom
	out[8] = out[8]&0x3f | 0x80 // RFC 9562 variant
	return out
}

func (d *deidentifier) date(_ walk.Field, t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.Add(d.shift).UTC()
}

// scrubContacts replaces what looks like an email address or a phone number
// in s with [RemovedEmail] or [RemovedPhone], in one pass.
//
// An email address is a whitespace-delimited word holding an '@' with
// something before it and a '.' after it (trailing punctuation is kept). A
// phone number is a run of digits, spaces, dashes, dots and parentheses,
// optionally after a '+', holding 7 to 15 digits, not glued to a word; numeric
// dates such as 2026-03-09 fall under it too, which errs on the side of
// removing.
func scrubContacts(s string) string {
	var b strings.Builder
	last, changed := 0, false // s[last:i] is not written yet
	replace := func(i, end int, with string) {
		if !changed {
			b.Grow(len(s))
			changed = true
		}
		b.WriteString(s[last:i])
		b.WriteString(with)
		last = end
	}
	i := 0
	for i < len(s) {
		c := s[i]
		if isSpaceByte(c) {
			i++
			continue
		}
		if i == 0 || isSpaceByte(s[i-1]) { // the start of a word
			end := i
			for end < len(s) && !isSpaceByte(s[end]) {
				end++
			}
			word := strings.TrimRight(s[i:end], ".,;:!?)]\"'")
			if at := strings.IndexByte(word, '@'); at > 0 && strings.Contains(word[at+1:], ".") {
				replace(i, i+len(word), RemovedEmail)
				i += len(word)
				continue
			}
		}
		if (c == '+' || c == '(' || '0' <= c && c <= '9') && (i == 0 || !isWordByte(s[i-1])) {
			n, lastDigit := 0, -1
		run:
			for end := i; end < len(s); end++ {
				switch d := s[end]; {
				case '0' <= d && d <= '9':
					n++
					lastDigit = end + 1
				case d == ' ' || d == '-' || d == '.' || d == '(' || d == ')' || d == '+' && end == i:
				default:
					break run
				}
			}
			if n >= 7 && n <= 15 && (lastDigit == len(s) || !isWordByte(s[lastDigit])) {
				replace(i, lastDigit, RemovedPhone)
				i = lastDigit
				continue
			}
		}
		i++
	}
	if !changed {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c >= 0x80
}
