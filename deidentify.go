package recovery

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

// Placeholders that [Deidentify] writes in place of what it removes. They keep
// a field's presence (so a required field stays filled in and the plan stays
// valid) and carry nothing of the original.
const (
	// RemovedText replaces free text that was dropped.
	RemovedText = "[removed]"
	// RemovedPhone replaces a phone number: a fictional number (the 555-01xx
	// range is reserved for fiction), so the plan still shows that a number
	// was recorded.
	RemovedPhone = "555-0100"
	// RemovedEmail replaces an email address, in a reserved domain.
	RemovedEmail = "removed@example.invalid"
)

// DefaultMaxShiftDays is how far, at most, [Deidentify] moves a person's
// dates by default: 365 days either way.
const DefaultMaxShiftDays = 365

// DeidentifyOptions configures [Deidentify]. A nil *DeidentifyOptions, and the
// zero value, mean the defaults. Deidentify reads it and never modifies it,
// so one value may be shared by goroutines.
type DeidentifyOptions struct {
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

// LimitMaxShiftDays is the largest [DeidentifyOptions].MaxShiftDays honoured:
// 36,500 days (about a century). A larger bound would let a shifted date leave
// the range a time.Duration can hold.
const LimitMaxShiftDays = 36500

func (o *DeidentifyOptions) keepText() bool { return o != nil && o.KeepText }

func (o *DeidentifyOptions) maxShiftDays() int {
	if o == nil || o.MaxShiftDays <= 0 {
		return DefaultMaxShiftDays
	}
	return min(o.MaxShiftDays, LimitMaxShiftDays)
}

// Pseudonym returns the keyed pseudonym of personID that [Deidentify] writes
// as PersonID: "px-" and the first 32 hex digits (128 bits) of
// HMAC-SHA-256(key, "person\x00" + personID). The same key and ID always give
// the same pseudonym, so one person's plans stay linked across exports; without
// the key the pseudonym cannot be traced back or recomputed.
func Pseudonym(key []byte, personID string) string {
	sum := keyedSum(key, "person", personID)
	return "px-" + hex.EncodeToString(sum[:16])
}

// DateShift returns how far [Deidentify] moves the dates of personID's plans
// under key and opts: a whole number of days from -MaxShiftDays to
// +MaxShiftDays, never 0, derived from HMAC-SHA-256(key, "date-shift\x00" +
// personID). A researcher who holds the key can move a reference time by the
// same amount.
func DateShift(key []byte, personID string, opts *DeidentifyOptions) time.Duration {
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

// Deidentify returns a copy of p for research export, under key:
//
//   - PersonID becomes its keyed [Pseudonym].
//   - Every ID in the plan (plan, parts, steps, options, supporters, and
//     every reference to them) becomes a keyed pseudonymous UUID (version 8,
//     from HMAC-SHA-256 of the ID), the same everywhere it occurs, in this
//     plan and in others under the same key: references still resolve, and
//     Replaces still points at the pseudonymous ID of the version it amends.
//   - Supporters', contacts' and participants' names become "supporter N",
//     "contact" and "" (or "participant"), phone numbers become
//     [RemovedPhone] and email addresses [RemovedEmail]. Emergency numbers of
//     three digits or fewer (911, 988, 112) are services and are kept; longer
//     ones become [RemovedPhone].
//   - Free text becomes [RemovedText] unless opts.KeepText; kept text has
//     phone numbers and email addresses replaced.
//   - Every date moves by the person's [DateShift] and is written in UTC, so
//     intervals between dates survive exactly (a step still falls a week after
//     its goal starts) and the time zone does not point to a place.
//
// Codes, counts, ranks, flags and consents are kept, so the de-identified plan
// validates and scores like the original (at a reference time moved by the
// same [DateShift]), except on the criteria that read the words,
// [CriterionOwnWords], [CriterionStrengthsLanguage] and [CriterionSMARTGoals]:
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
func Deidentify(p Plan, key []byte, opts *DeidentifyOptions) Plan {
	d := deidentifier{key: key, keep: opts.keepText(), shift: DateShift(key, p.PersonID, opts)}
	out := Plan{
		ID:         d.id(p.ID),
		Version:    p.Version,
		Replaces:   d.id(p.Replaces),
		Status:     p.Status,
		PersonID:   Pseudonym(key, p.PersonID),
		Vision:     d.text(p.Vision),
		Strengths:  d.assessment(p.Strengths),
		AgreedAt:   d.date(p.AgreedAt),
		Created:    d.date(p.Created),
		Reviewed:   d.date(p.Reviewed),
		Goals:      mapSlice(p.Goals, d.goal),
		Decisions:  mapSlice(p.Decisions, d.decision),
		CoCreators: mapSlice(p.CoCreators, func(c CoCreator) CoCreator { return CoCreator{Role: c.Role, SupporterID: d.id(c.SupporterID)} }),
	}
	if p.Supports != nil {
		out.Supports = make([]Supporter, len(p.Supports))
		for i, s := range p.Supports {
			out.Supports[i] = d.supporter(i, s)
		}
	}
	if p.Overdose != nil {
		o := d.overdose(*p.Overdose)
		out.Overdose = &o
	}
	if p.Safety != nil {
		s := d.safety(*p.Safety)
		out.Safety = &s
	}
	if p.Toolbox != nil {
		t := d.toolbox(*p.Toolbox)
		out.Toolbox = &t
	}
	return out
}

type deidentifier struct {
	key   []byte
	keep  bool
	shift time.Duration
}

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

func (d *deidentifier) ids(ids []uuid.UUID) []uuid.UUID { return mapSlice(ids, d.id) }

func (d *deidentifier) date(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.Add(d.shift).UTC()
}

// text replaces free text, or scrubs it when text is kept. Empty stays empty.
func (d *deidentifier) text(s string) string {
	if s == "" {
		return ""
	}
	if !d.keep {
		return RemovedText
	}
	return scrubContacts(s)
}

func (d *deidentifier) texts(ss []string) []string { return mapSlice(ss, d.text) }

func (d *deidentifier) phone(s string) string {
	if s == "" {
		return ""
	}
	return RemovedPhone
}

func (d *deidentifier) assessment(a strengths.Assessment) strengths.Assessment {
	return strengths.Assessment{
		ID:         d.id(a.ID),
		AssessedAt: d.date(a.AssessedAt),
		Strengths: mapSlice(a.Strengths, func(s strengths.Strength) strengths.Strength {
			s.ID = d.id(s.ID)
			s.Statement = d.text(s.Statement)
			return s
		}),
		Aspects: mapSlice(a.Aspects, func(s strengths.Aspect) strengths.Aspect {
			s.ID = d.id(s.ID)
			s.Text = d.text(s.Text)
			return s
		}),
		Priorities: d.ids(a.Priorities),
	}
}

func (d *deidentifier) goal(g goals.SMARTGoal) goals.SMARTGoal {
	g = g.Clone()
	g.ID = d.id(g.ID)
	g.Statement = d.text(g.Statement)
	g.Measure = d.text(g.Measure)
	g.Why = d.text(g.Why)
	g.Start = d.date(g.Start)
	g.Due = d.date(g.Due)
	for i := range g.BuildsOn {
		g.BuildsOn[i] = d.id(g.BuildsOn[i])
	}
	for i := range g.Steps {
		s := &g.Steps[i]
		s.ID = d.id(s.ID)
		s.Action = d.text(s.Action)
		s.Due = d.date(s.Due)
		s.Done = d.date(s.Done)
	}
	return g
}

func (d *deidentifier) contact(c crisis.Contact) crisis.Contact {
	if c.IsZero() {
		return crisis.Contact{}
	}
	out := crisis.Contact{
		Relationship: d.text(c.Relationship),
		Phone:        d.phone(c.Phone),
		Channels:     slices.Clone(c.Channels),
		SupporterID:  d.id(c.SupporterID),
		Consent:      c.Consent,
	}
	if c.Name != "" {
		out.Name = "contact"
	}
	return out
}

func (d *deidentifier) contacts(cs []crisis.Contact) []crisis.Contact { return mapSlice(cs, d.contact) }

func (d *deidentifier) overdose(o crisis.OverdosePlan) crisis.OverdosePlan {
	return crisis.OverdosePlan{
		ID: d.id(o.ID),
		EmergencyNumbers: mapSlice(o.EmergencyNumbers, func(n string) string {
			if digits(n) <= 3 {
				return n
			}
			return RemovedPhone
		}),
		NaloxoneLocation:      d.text(o.NaloxoneLocation),
		NaloxoneCarrier:       d.contact(o.NaloxoneCarrier),
		CheckIn:               d.contact(o.CheckIn),
		CheckInBy:             slices.Clone(o.CheckInBy),
		CheckInHow:            d.text(o.CheckInHow),
		OtherSteps:            d.texts(o.OtherSteps),
		RisksReviewed:         slices.Clone(o.RisksReviewed),
		NaloxoneTrained:       o.NaloxoneTrained,
		GoodSamaritanReviewed: o.GoodSamaritanReviewed,
		NaloxoneExpires:       d.date(o.NaloxoneExpires),
		Reviewed:              d.date(o.Reviewed),
	}
}

func (d *deidentifier) safety(s crisis.SafetyPlan) crisis.SafetyPlan {
	return crisis.SafetyPlan{
		ID:                d.id(s.ID),
		WarningSigns:      d.texts(s.WarningSigns),
		InternalCoping:    d.texts(s.InternalCoping),
		DistractionPeople: d.contacts(s.DistractionPeople),
		DistractionPlaces: d.texts(s.DistractionPlaces),
		AskForHelp:        d.contacts(s.AskForHelp),
		ProfessionalHelp:  d.contacts(s.ProfessionalHelp),
		SaferEnvironment:  d.texts(s.SaferEnvironment),
		ReasonsForLiving:  d.texts(s.ReasonsForLiving),
		Reviewed:          d.date(s.Reviewed),
	}
}

func (d *deidentifier) toolbox(t crisis.Toolbox) crisis.Toolbox {
	cue := func(c crisis.Cue) crisis.Cue { return crisis.Cue{Text: d.text(c.Text), Action: d.text(c.Action)} }
	return crisis.Toolbox{
		ID:                d.id(t.ID),
		Tools:             mapSlice(t.Tools, func(tl crisis.Tool) crisis.Tool { return crisis.Tool{Section: tl.Section, Text: d.text(tl.Text)} }),
		Triggers:          mapSlice(t.Triggers, cue),
		EarlyWarningSigns: mapSlice(t.EarlyWarningSigns, cue),
		Reviewed:          d.date(t.Reviewed),
	}
}

func (d *deidentifier) decision(r sdm.DecisionRecord) sdm.DecisionRecord {
	return sdm.DecisionRecord{
		ID:       d.id(r.ID),
		Question: d.text(r.Question),
		Options: mapSlice(r.Options, func(o sdm.Option) sdm.Option {
			return sdm.Option{
				ID: d.id(o.ID), Name: d.text(o.Name),
				Benefits: d.texts(o.Benefits), Harms: d.texts(o.Harms),
				Evidence: d.text(o.Evidence), Source: d.text(o.Source),
			}
		}),
		WhatMatters: d.texts(r.WhatMatters),
		Participants: mapSlice(r.Participants, func(pt sdm.Participant) sdm.Participant {
			out := sdm.Participant{ID: d.id(pt.ID), Role: pt.Role, Consent: pt.Consent}
			if pt.Name != "" {
				out.Name = "participant"
			}
			return out
		}),
		Recommended:    d.id(r.Recommended),
		Chosen:         d.id(r.Chosen),
		ChosenBy:       slices.Clone(r.ChosenBy),
		Stage:          r.Stage,
		DecidedAt:      d.date(r.DecidedAt),
		RevisitBy:      d.date(r.RevisitBy),
		RisksDiscussed: r.RisksDiscussed,
		Goals:          d.ids(r.Goals),
	}
}

func (d *deidentifier) supporter(i int, s Supporter) Supporter {
	out := Supporter{
		ID:               d.id(s.ID),
		Role:             s.Role,
		Relationship:     d.text(s.Relationship),
		Phone:            d.phone(s.Phone),
		ConsentToInvolve: s.ConsentToInvolve,
		ConsentToShare:   s.ConsentToShare,
		ConsentedAt:      d.date(s.ConsentedAt),
	}
	if s.Name != "" {
		out.Name = "supporter " + strconv.Itoa(i+1)
	}
	if s.Email != "" {
		out.Email = RemovedEmail
	}
	return out
}

// mapSlice returns a new slice of f applied to each element; nil stays nil.
func mapSlice[T any](in []T, f func(T) T) []T {
	if in == nil {
		return nil
	}
	out := make([]T, len(in))
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}

// digits counts the ASCII digits in s.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			n++
		}
	}
	return n
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
