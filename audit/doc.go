// Package audit keeps a tamper-evident record of who created, changed, viewed,
// exported, signed or shared a recovery plan, when and why: the audit controls
// of HIPAA (45 CFR 164.312(b)), shaped so that a host can export them as FHIR
// AuditEvent and Provenance resources.
//
// # What is recorded, and what never is
//
// An [Event] records references and codes: the actor's pseudonymous ID and
// [Role], the [Action], the ID and version of the subject (a plan, or a part
// of one), the RFC 6901 JSON Pointers of the fields that changed
// ([Event.Paths], computed with [Diff]), a coded reason and an [Outcome].
// It never records the content a person wrote: not a goal's words, not a
// name, not a phone number, not a before-and-after value. [Event.Validate]
// enforces what it can: the actor's ID and the reason must be codes (letters,
// digits and - . _ : / # |, no spaces), so that a sentence or an e-mail
// address is rejected rather than stored. Put the person's own reason for an
// amendment in the plan, where it is protected like the rest of the plan, and
// a code such as "person-request" in the event. An amendment is a new version
// of the subject, recorded as an [ActionUpdate]; nothing is overwritten and nothing
// is ever removed from a [Trail].
//
// # The hash chain
//
// A [Trail] is append-only and safe for concurrent use; its zero value is an
// empty trail ready to use. [Trail.Append] gives each event the next Seq
// (from 1), the previous event's hash as Prev (zero for the first) and
//
//	Hash = SHA-256(Prev ‖ canonical encoding of the event)
//
// where the canonical encoding is the fixed binary layout documented at
// [Event.AppendCanonical]: every field but Prev and Hash, in a fixed order,
// strings length-prefixed, the time as Unix seconds and nanoseconds. Because
// each hash covers the one before it, changing, removing, inserting or
// reordering any event breaks every hash from there on. [Trail.Verify]
// recomputes the chain and returns a [*TamperError] naming the first broken
// event and the kind of [Break].
//
// # Many writers
//
// [Trail.Append] keeps the time an event carries and refuses one earlier
// than the last event, so goroutines that each call time.Now and then
// Append can lose an event to the race between reading the clock and taking
// the trail's lock. [Trail.AppendNow] reads the clock under the lock
// instead: events recorded as they happen, from any number of goroutines,
// are all kept, in time order.
//
// A chain only proves itself: someone who deletes the last events, or
// recomputes every hash after a change, leaves a chain that verifies. Keep
// the trail's [Anchor] (its length and [Trail.Head]) somewhere the trail's
// storage cannot change it (signed, sent to another system, printed on a
// signed plan) and check it with [Trail.CheckAnchor].
//
// # Storage: JSON Lines
//
// [Trail.WriteJSONL] writes one event per line, as encoding/json encodes an
// [Event]; [ReadJSONL] reads it back and verifies it, reporting the line of
// the first problem. Reading is strict: a line must be byte for byte what
// WriteJSONL writes, so that every changed byte is detected, even a space
// or the case of a hex digit that a JSON parser would ignore.
// [Trail.AppendJSONL] appends one event and writes exactly its line, so a
// host keeps the file by appending to it, never rewriting it. A host that
// keeps events in a database can store them however it likes and rebuild a
// trail with [Restore], which verifies them; [Link] extends a stored chain
// from its head alone, and an event's [Event.Digest] makes the chain commit
// to the stored bytes of the version it produced (package store does both).
//
// # Plans and their versions
//
// The subject of an event about a plan is the plan's series (the identity all
// its versions share), and Version says which version: one trail then covers
// every version, and [Authorship] of the series counts the changes across
// them.
//
// # Diff and authorship
//
// [Diff] compares the JSON forms of two versions of a value and returns the
// pointers that differ, matching the elements of arrays of objects by their
// "id", so that reordering goals is one change ("/goals") rather than a
// rewrite of every goal. [DiffOptions] leaves out the [Bookkeeping] of a
// version (its ID, number, dates), so that what a person sees as what
// changed is only content. [Authorship] counts the content changes to a subject
// per [Role], with each role's share: evidence that a plan is person-driven,
// or a question to bring to the person if it is not.
//
// # FHIR mapping
//
// The fields map to FHIR R4 as follows (AuditEvent per the IHE Basic Audit
// Log Patterns; Provenance for content changes):
//
//	Event field     AuditEvent                      Provenance
//	-----------     ----------                      ----------
//	ID              id                              id
//	At              recorded                        recorded
//	Actor.ID        agent.who (requestor = true)    agent.who
//	Actor.Role      agent.role                      agent.role (agent.type
//	                                                author for changes)
//	Action          action via [Action.FHIR]        activity (create,
//	                (C R U D E); subtype the REST   update, delete)
//	                interaction
//	Subject,        entity.what, a version-         target, a version-
//	Version         specific reference              specific reference;
//	                                                entity.role revision ->
//	                                                version-1 for an update
//	Paths           entity.detail (type "path")     (none: list them in an
//	                                                extension if needed)
//	Reason          purposeOfEvent                  reason
//	Outcome         outcome via [Outcome.FHIR]      (only successes make a
//	                (0 4 8 12)                      Provenance)
//	Seq, Prev, Hash entity.detail, or the host's    signature, over Hash,
//	                own integrity store             if the host signs
//
// Resources themselves are built by the host, which knows its references and
// endpoints; this package supplies the codes and mappings.
package audit
