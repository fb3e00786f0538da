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
	// KeepText keeps the person's words and the team's notes instead of
	// replacing them with [RemovedText], scrubbed of the identifiers that
	// can be found by rule (see [Plan]): the plan's own names, phone numbers
	// in the shapes people write them, email addresses, web and IP
	// addresses, street addresses and ZIP codes, dates of birth, record,
	// account and social security numbers, and calendar dates, which would
	// otherwise give away the person's date shift. Other names and places
	// written in free text cannot be found by rule: keep text only for a
	// release that is reviewed by a person or covered by an expert
	// determination.
	KeepText bool
	// KeepTimeOfDay keeps the time of day of every time. By default a time
	// becomes the start of its (shifted) day: a time of day down to the
	// nanosecond is a fingerprint that can link a record back to its source.
	KeepTimeOfDay bool
	// SafeHarbor applies the HIPAA Safe Harbor method (45 CFR
	// 164.514(b)(2)): every date is reduced to its year (1 January, UTC)
	// instead of shifted, and free text is always removed, whatever
	// KeepText says. See [Plan] for how each of the 18 identifiers is
	// handled.
	SafeHarbor bool
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

func (o *Options) keepText() bool { return o != nil && o.KeepText && !o.SafeHarbor }

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
//   - Every date moves by the person's [DateShift], in whole calendar days in
//     the time's own location, so intervals in days survive exactly (a step
//     still falls a week after its goal starts) and a date stays a date where
//     it was written. The time of day is dropped (each time becomes the start
//     of its day) unless opts.KeepTimeOfDay: a time down to the second is a
//     fingerprint. [Time] moves a reference time the same way.
//
// Codes, counts, ranks, flags and consents are kept, so the de-identified plan
// validates and scores like the original (at the reference time moved by
// [Time]), except on the criteria that read the words: score before
// de-identifying, or keep the text. Plan never modifies p, and the result
// shares no memory with it. An empty key is allowed but gives pseudonyms
// anyone can recompute; use a secret of 32 random bytes.
//
// # HIPAA Safe Harbor
//
// With opts.SafeHarbor, dates keep only their year and free text is always
// removed. Each of the 18 identifiers of 45 CFR 164.514(b)(2)(i) is handled
// as follows, in the fields of a Plan and, where text is kept (never under
// Safe Harbor), inside it:
//
//	(A) names                    every phi.Name replaced; the plan's own names found and replaced in kept text
//	(B) geographic subdivisions  a plan has no address field; street addresses and ZIP codes replaced in kept text
//	(C) dates                    shifted by whole days (default) or reduced to the year (Safe Harbor); dates in
//	                             kept text replaced, so they cannot give the shift away; a plan records no age
//	(D) telephone, (E) fax       every phi.Phone replaced but two- and three-digit service numbers (911, 988);
//	                             numbers in kept text in the common shapes (dashes of any kind, dots, slashes,
//	                             spaces, no-break spaces, brackets, +country codes, extensions, full-width
//	                             digits, letters as in 1-800-FLOWERS) replaced
//	(F) email addresses          every phi.Email replaced; addresses in kept text replaced
//	(G) social security numbers  none in the fields; NNN-NN-NNNN and labelled numbers replaced in kept text
//	(H)-(L) record, plan, account, licence, certificate numbers
//	                             none in the fields; numbers after a label (MRN, record, account, member ID,
//	                             case, licence, ID) replaced in kept text
//	(M) vehicle, (N) device identifiers
//	                             none in the fields; not found in kept text: keep text only with review
//	(O) URLs, (P) IP addresses   none in the fields; replaced in kept text
//	(Q) biometric identifiers, (R) full-face photographs
//	                             a plan holds none
//	(R) any other unique code    every UUID a keyed pseudonymous UUID; the person ID its keyed [Pseudonym]
//
// What stays the releaser's care:
//
//   - names and places written in kept text that the plan itself does not
//     name: keep text only with review or an expert determination
//     (164.514(b)(1));
//   - 164.514(c): a re-identification code must not be derived from
//     information about the person. The pseudonyms are derived from the IDs
//     under a secret key; keep the key from recipients and treat it as the
//     code's secret;
//   - anything outside the plan: audit trails, file names, the "actual
//     knowledge" test of 164.514(b)(2)(ii).
func Plan(p recovery.Plan, key []byte, opts *Options) recovery.Plan {
	d := newDeidentifier(p, key, opts)
	return walk.Copy(p, walk.Rewriter{String: d.string, ID: d.idField, Time: d.date})
}

// Time returns t as [Plan] writes the times of personID's plans under key
// and opts: moved by the person's [DateShift] in whole calendar days, without
// its time of day unless opts.KeepTimeOfDay, or reduced to its year under
// Safe Harbor. A researcher who holds the key moves a reference time with it,
// so that a de-identified plan scores at Time(at) as the original does at at.
func Time(key []byte, personID string, t time.Time, opts *Options) time.Time {
	d := newDeidentifier(recovery.Plan{PersonID: phi.ID(personID)}, key, opts)
	return d.time(t)
}

func newDeidentifier(p recovery.Plan, key []byte, opts *Options) *deidentifier {
	d := &deidentifier{
		key:        key,
		keep:       opts.keepText(),
		keepClock:  opts != nil && opts.KeepTimeOfDay,
		safeHarbor: opts != nil && opts.SafeHarbor,
		days:       int(DateShift(key, string(p.PersonID), opts) / (24 * time.Hour)),
	}
	if d.keep {
		d.scrub = newScrubber(p)
	}
	return d
}

type deidentifier struct {
	key        []byte
	keep       bool // keep free text, scrubbed
	keepClock  bool
	safeHarbor bool
	days       int // the person's shift in whole days
	scrub      *scrubber
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
			return d.scrub.text(s)
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

func (d *deidentifier) date(_ walk.Field, t time.Time) time.Time { return d.time(t) }

// time moves t by the person's shift as calendar days in t's own location,
// so a date stays the same kind of day (a naloxone expiry on 2 March in
// Tokyo is still a whole day in Tokyo), and drops the time of day unless
// asked to keep it. Under Safe Harbor it keeps only the year.
func (d *deidentifier) time(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	if d.safeHarbor {
		return time.Date(t.Year(), time.January, 1, 0, 0, 0, 0, time.UTC)
	}
	y, m, day := t.Date()
	if d.keepClock {
		return time.Date(y, m, day+d.days, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	}
	return time.Date(y, m, day+d.days, 0, 0, 0, 0, t.Location())
}
