package audit

import (
	"encoding/hex"
	"errors"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/enum"
	"github.com/recoverykit/recovery/internal/redact"
	"github.com/recoverykit/recovery/internal/validate"
)

// Role is the part an actor plays in a person's recovery plan, stored as a
// lower-case code.
//
// The zero value is not a valid Role. Role is a string and is safe for
// concurrent use.
type Role string

// The roles, in the order [Roles] lists them.
const (
	// RolePerson is the person whose plan it is.
	RolePerson Role = "person"
	// RoleProvider is a clinician or other professional on the care team.
	RoleProvider Role = "provider"
	// RolePeer is a peer specialist or recovery coach with lived experience.
	RolePeer Role = "peer"
	// RoleFamily is a family member the person chose to involve.
	RoleFamily Role = "family"
	// RoleSupporter is another supporter the person chose: a friend, a sponsor, a
	// mentor.
	RoleSupporter Role = "supporter"
	// RoleSystem is software acting on its own: an import, a scheduled job, a
	// migration.
	RoleSystem Role = "system"
)

// Roles returns every role in the fixed order used by every report in this
// package: Person, Provider, Peer, Family, Supporter, System. It returns a new
// slice on each call.
func Roles() []Role {
	return []Role{RolePerson, RoleProvider, RolePeer, RoleFamily, RoleSupporter, RoleSystem}
}

// IsValid reports whether r is one of the defined roles.
func (r Role) IsValid() bool { return r.Index() >= 0 }

// Index returns the position of r in [Roles], or -1 if r is not valid.
func (r Role) Index() int {
	switch r {
	case RolePerson:
		return 0
	case RoleProvider:
		return 1
	case RolePeer:
		return 2
	case RoleFamily:
		return 3
	case RoleSupporter:
		return 4
	case RoleSystem:
		return 5
	}
	return -1
}

// Action is what an actor did to a subject, stored as a lower-case code.
//
// The zero value is not a valid Action. Action is a string and is safe for
// concurrent use.
type Action string

// The actions. [Action.FHIR] maps each to a FHIR AuditEvent.action code.
const (
	// ActionCreate made the subject's first version.
	ActionCreate Action = "create"
	// ActionUpdate made a new version of the subject (an amendment; never an
	// overwrite: the earlier version is kept by the host).
	ActionUpdate Action = "update"
	// ActionDelete retired the subject: a last version that marks it as withdrawn.
	ActionDelete Action = "delete"
	// ActionView displayed or printed the subject.
	ActionView Action = "view"
	// ActionExport copied the subject out of the application: a download, a FHIR
	// export, a printout handed over.
	ActionExport Action = "export"
	// ActionSign attested a version of the subject: the person or a provider
	// signing the plan.
	ActionSign Action = "sign"
	// ActionShare disclosed the subject to someone outside the care team with the
	// person's consent (a disclosure under HIPAA or 42 CFR Part 2).
	ActionShare Action = "share"
)

// Actions returns every action in the order create, update, delete, view,
// export, sign, share. It returns a new slice on each call.
func Actions() []Action { return actions.Values() }

var actions = enum.Of(ActionCreate, ActionUpdate, ActionDelete, ActionView, ActionExport, ActionSign, ActionShare)

// IsValid reports whether a is one of the defined actions.
func (a Action) IsValid() bool { return actions.Has(a) }

// FHIR returns the FHIR R4 AuditEvent.action code for a
// (http://hl7.org/fhir/audit-event-action), or "" if a is not valid:
//
//	Create          -> "C" (create)
//	Update          -> "U" (update)
//	Delete          -> "D" (delete)
//	View            -> "R" (read/view/print)
//	Export, Share   -> "R" (the data is read to be disclosed: IHE BALP's
//	                        Privacy Disclosure at Source, type DICOM 110106
//	                        Export, subtype ISO 21089 disclose, uses R)
//	Sign            -> "E" (execute: an attestation changes no content)
func (a Action) FHIR() string {
	switch a {
	case ActionCreate:
		return "C"
	case ActionUpdate:
		return "U"
	case ActionDelete:
		return "D"
	case ActionView, ActionExport, ActionShare:
		return "R"
	case ActionSign:
		return "E"
	}
	return ""
}

// ChangesContent reports whether a changes the content of its subject:
// true for [ActionCreate], [ActionUpdate] and [ActionDelete].
func (a Action) ChangesContent() bool {
	return a == ActionCreate || a == ActionUpdate || a == ActionDelete
}

// Outcome is whether an action succeeded, stored as a lower-case code.
//
// The zero value is not a valid Outcome: an event must say how it ended.
// Outcome is a string and is safe for concurrent use.
type Outcome string

// The outcomes, from FHIR's AuditEvent.outcome value set. [Outcome.FHIR]
// returns the numeric code.
const (
	// OutcomeSuccess means the action completed (FHIR 0).
	OutcomeSuccess Outcome = "success"
	// OutcomeMinorFailure means the action was not done but the request can be
	// retried, for example a validation failure (FHIR 4).
	OutcomeMinorFailure Outcome = "minor-failure"
	// OutcomeSeriousFailure means the action was ended prematurely (FHIR 8).
	OutcomeSeriousFailure Outcome = "serious-failure"
	// OutcomeMajorFailure means the action failed and the system is unavailable
	// (FHIR 12).
	OutcomeMajorFailure Outcome = "major-failure"
)

// Outcomes returns every outcome from success to major failure. It returns a
// new slice on each call.
func Outcomes() []Outcome { return outcomes.Values() }

var outcomes = enum.Of(OutcomeSuccess, OutcomeMinorFailure, OutcomeSeriousFailure, OutcomeMajorFailure)

// IsValid reports whether o is one of the defined outcomes.
func (o Outcome) IsValid() bool { return outcomes.Has(o) }

// FHIR returns the FHIR R4 AuditEvent.outcome code for o
// (http://hl7.org/fhir/audit-event-outcome): "0", "4", "8" or "12", or "" if
// o is not valid.
func (o Outcome) FHIR() string {
	switch o {
	case OutcomeSuccess:
		return "0"
	case OutcomeMinorFailure:
		return "4"
	case OutcomeSeriousFailure:
		return "8"
	case OutcomeMajorFailure:
		return "12"
	}
	return ""
}

// Actor is who did something: an identifier and a role.
//
// The zero value is not a valid Actor. Actor is a plain value and is safe for
// concurrent use if not modified.
type Actor struct {
	// ID is the host application's pseudonymous identifier of the actor, for
	// example "P-0001" or "Practitioner/17". It must be a code: 1 to 128
	// ASCII letters, digits and the characters - . _ : / # |, so that a name
	// or an e-mail address cannot be recorded by mistake.
	ID string `json:"id" validate:"required,max=128"`
	// Role is the part the actor plays in the plan.
	Role Role `json:"role" validate:"valid"`
}

// Limits on the size of an [Event], so that every valid event fits in one
// JSON line of at most [MaxLineBytes] bytes.
const (
	// MaxPaths is the most JSON Pointers an event may list.
	MaxPaths = 1024
	// MaxPathBytes is the longest JSON Pointer, in bytes, an event may list.
	MaxPathBytes = 256
	// MaxCodeBytes is the longest [Actor.ID] or [Event.Reason], in bytes.
	MaxCodeBytes = 128
)

// Event is one entry of an audit trail: who did what to which version of
// what, when, why, with what outcome, and its place in the hash chain.
//
// An Event holds references, codes and field paths, never the words a person
// wrote. Seq, Prev and Hash are filled by [Trail.Append]; the caller sets the
// other fields.
//
// The zero value is not a valid Event. Event is a plain value and is safe for
// concurrent use if not modified.
type Event struct {
	// Seq is the event's 1-based position in its trail, set by
	// [Trail.Append].
	Seq uint64 `json:"seq"`
	// ID identifies the event; it comes from the caller and is unique within
	// a trail (use it as the FHIR AuditEvent id).
	ID uuid.UUID `json:"id" validate:"required"`
	// At is when the action happened. [Trail.Append] stores it in UTC with
	// the monotonic clock reading removed; years 1 to 9999 are accepted.
	At time.Time `json:"at"`
	// Actor is who acted.
	Actor Actor `json:"actor"`
	// Action is what the actor did.
	Action Action `json:"action" validate:"valid"`
	// Subject is the ID of the plan, or the part of a plan, acted on. For a
	// plan it is the plan's series, the identity its versions share
	// (recovery.Plan.Series), and Version tells the versions apart.
	Subject uuid.UUID `json:"subject" validate:"required"`
	// Version is the version of Subject that the action produced (create,
	// update, delete) or acted on (view, export, sign, share). Versions count
	// from 1; an amendment is a new version, never an overwrite.
	Version uint64 `json:"version" validate:"min=1"`
	// Paths are the RFC 6901 JSON Pointers, within Subject's JSON form, of the
	// fields that changed (see [Diff]) or, for a view or export, that were
	// shown. Empty means the whole subject. At most [MaxPaths] pointers, each
	// valid UTF-8 and at most [MaxPathBytes] bytes, no duplicates.
	Paths []string `json:"paths,omitempty" validate:"max=1024,unique"`
	// Reason is why, as a code: a purpose of use such as "TREAT" (HL7 v3
	// PurposeOfUse), or the host's own code such as "person-request" or
	// "annual-review". It must be a code of at most [MaxCodeBytes] ASCII
	// letters, digits and - . _ : / # |, with no spaces: the record never
	// holds the content a person wrote, so a reason in the person's words
	// belongs in the plan, not here. Empty means no reason was given.
	Reason string `json:"reason,omitempty" validate:"max=128"`
	// Outcome is how the action ended.
	Outcome Outcome `json:"outcome" validate:"valid"`
	// Digest, if not zero, is the SHA-256 of the bytes of the version that a
	// content change produced, as the host stored them (package store keeps
	// a plan's JSON encoding), so that the chain commits to the content as
	// well as to the event: a stored version changed afterwards no longer
	// matches its event. The zero Hash means none was recorded, as in trails
	// written before this field existed; their hashes are unchanged.
	Digest Hash `json:"digest,omitzero"`
	// Prev is the Hash of the previous event in the trail, or the zero Hash
	// for the first event.
	Prev Hash `json:"prev"`
	// Hash is SHA-256(Prev ‖ canonical encoding of the event); see the
	// package documentation and [Event.AppendCanonical].
	Hash Hash `json:"hash"`
}

// Validate reports whether e is a well-formed event, returning nil or a
// *recovery.ValidationError that lists every problem. It
// checks the fields the caller sets; Seq, Prev and Hash are checked by
// [Trail.Verify]. Rule codes, besides validator's ("required", "valid",
// "max", "min", "unique"):
//
//   - "range": At is outside the years 1 to 9999.
//   - "code": Actor.ID or Reason holds a character other than ASCII letters,
//     digits and - . _ : / # |.
//   - "json-pointer": a path is not an RFC 6901 JSON Pointer ("" or "/"
//     followed by reference tokens, with ~ only in ~0 and ~1).
//   - "utf8": a path is not valid UTF-8.
//   - "max" at paths[i]: a path is longer than [MaxPathBytes] bytes.
func (e Event) Validate() error {
	if e.valid() {
		return nil
	}
	return e.problems()
}

// problems is Validate without the fast path.
func (e Event) problems() error {
	var c validate.Collector
	c.Struct("", e)
	if e.At.IsZero() {
		c.Add("at", validate.RuleRequired)
	} else if y := e.At.UTC().Year(); y < 1 || y > 9999 {
		c.Add("at", validate.RuleRange)
	}
	if !codeChars(e.Actor.ID) {
		c.Add("actor.id", "code") // the length is the tag's business
	}
	if !codeChars(e.Reason) {
		c.Add("reason", "code")
	}
	for i, p := range e.Paths {
		switch {
		case len(p) > MaxPathBytes:
			c.AddParam(validate.Elem("paths", i), validate.RuleMax, strconv.Itoa(MaxPathBytes))
		case !utf8.ValidString(p):
			c.Add(validate.Elem("paths", i), "utf8")
		case !IsPointer(p):
			c.Add(validate.Elem("paths", i), "json-pointer")
		}
	}
	return c.Err()
}

// String returns the event's sequence number, ID, action, subject, version,
// role and outcome, for logs. It omits the actor's ID, the paths and the
// reason, and prints a role, action or outcome that is not one of the defined
// codes as "[invalid]", so that text put in the wrong field is never echoed.
func (e Event) String() string {
	var b strings.Builder
	b.WriteString("#")
	b.WriteString(strconv.FormatUint(e.Seq, 10))
	b.WriteString(" ")
	b.WriteString(e.ID.String())
	b.WriteString(" ")
	b.WriteString(redact.Code(e.Action))
	b.WriteString(" ")
	b.WriteString(e.Subject.String())
	b.WriteString(" v")
	b.WriteString(strconv.FormatUint(e.Version, 10))
	b.WriteString(" by ")
	b.WriteString(redact.Code(e.Actor.Role))
	b.WriteString(": ")
	b.WriteString(redact.Code(e.Outcome))
	return b.String()
}

// GoString implements [fmt.GoStringer]: %#v prints what [Event.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (e Event) GoString() string { return e.String() }

// LogValue returns the event for log/slog: sequence number, IDs, codes, the
// number of paths and the hash. A valid event holds no words a person wrote;
// the paths (which may name map keys) and the actor's ID are left out so that
// a log line cannot link an identifier to a field. Fields of an event that
// failed [Event.Validate] are never echoed: a role, action or outcome that is
// not a defined code is logged as "[invalid]", and a Reason that is not a code
// (perhaps written in a person's words) as "[not a code]".
func (e Event) LogValue() slog.Value {
	reason := e.Reason
	if !codeChars(reason) || len(reason) > MaxCodeBytes {
		reason = "[not a code]"
	}
	return slog.GroupValue(
		slog.Uint64("seq", e.Seq),
		slog.String("id", e.ID.String()),
		slog.Time("at", e.At),
		slog.String("role", redact.Code(e.Actor.Role)),
		slog.String("action", redact.Code(e.Action)),
		slog.String("subject", e.Subject.String()),
		slog.Uint64("version", e.Version),
		slog.Int("paths", len(e.Paths)),
		slog.String("reason", reason),
		slog.String("outcome", redact.Code(e.Outcome)),
		slog.String("hash", e.Hash.String()),
	)
}

// valid reports whether e passes every rule of Validate, without reflection:
// the fast path for the common case. It must never be true for an event that
// Validate would reject (the tests compare the two).
func (e *Event) valid() bool {
	if e.ID == uuid.Nil || e.Subject == uuid.Nil || e.Version < 1 || e.At.IsZero() {
		return false
	}
	if y := e.At.UTC().Year(); y < 1 || y > 9999 {
		return false
	}
	if !isCode(e.Actor.ID) || !e.Actor.Role.IsValid() || !e.Action.IsValid() || !e.Outcome.IsValid() {
		return false
	}
	if e.Reason != "" && !isCode(e.Reason) {
		return false
	}
	if len(e.Paths) > MaxPaths {
		return false
	}
	for i, p := range e.Paths {
		if len(p) > MaxPathBytes || !utf8.ValidString(p) || !IsPointer(p) {
			return false
		}
		if len(e.Paths) <= 16 {
			if slices.Contains(e.Paths[:i], p) {
				return false
			}
		}
	}
	if len(e.Paths) > 16 {
		seen := make(map[string]struct{}, len(e.Paths))
		for _, p := range e.Paths {
			if _, dup := seen[p]; dup {
				return false
			}
			seen[p] = struct{}{}
		}
	}
	return true
}

// isCode reports whether s is 1 to MaxCodeBytes bytes of ASCII letters,
// digits and - . _ : / # |.
func isCode(s string) bool {
	return len(s) > 0 && len(s) <= MaxCodeBytes && codeChars(s)
}

// codeChars reports whether every byte of s is an ASCII letter, a digit or
// one of - . _ : / # |.
func codeChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '-', c == '.', c == '_', c == ':', c == '/', c == '#', c == '|':
		default:
			return false
		}
	}
	return true
}

// IsPointer reports whether s is syntactically an RFC 6901 JSON Pointer: the
// empty string (the whole document) or a sequence of "/"-prefixed reference
// tokens in which "~" appears only as "~0" (a literal "~") or "~1" (a literal
// "/").
func IsPointer(s string) bool {
	if s == "" {
		return true
	}
	if s[0] != '/' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '~' {
			if i+1 >= len(s) || (s[i+1] != '0' && s[i+1] != '1') {
				return false
			}
			i++
		}
	}
	return true
}

// Hash is a SHA-256 digest. Its JSON and text form is 64 lower-case
// hexadecimal digits.
//
// The zero value is the all-zero digest, the Prev of a trail's first event.
// Hash is an array and is safe for concurrent use.
type Hash [32]byte

// ErrHashSyntax is returned when decoding a [Hash] that is not 64 lower-case
// hexadecimal digits.
var ErrHashSyntax = errors.New("audit: hash is not 64 lower-case hex digits")

// String returns h as 64 lower-case hexadecimal digits.
func (h Hash) String() string { return hex.EncodeToString(h[:]) }

// IsZero reports whether h is the all-zero digest.
func (h Hash) IsZero() bool { return h == Hash{} }

// MarshalText returns h as 64 lower-case hexadecimal digits.
func (h Hash) MarshalText() ([]byte, error) {
	b := make([]byte, hex.EncodedLen(len(h)))
	hex.Encode(b, h[:])
	return b, nil
}

// UnmarshalText sets h from exactly 64 lower-case hexadecimal digits, or
// returns [ErrHashSyntax].
func (h *Hash) UnmarshalText(text []byte) error {
	if len(text) != hex.EncodedLen(len(h)) {
		return ErrHashSyntax
	}
	for _, c := range text {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return ErrHashSyntax
		}
	}
	_, err := hex.Decode(h[:], text)
	return err
}
