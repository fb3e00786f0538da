package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/phi"
)

// ErrConflict is returned by [Store.Save] for a version that does not follow
// the series' latest version: another amendment of the same version was saved
// first, the plan's Version or Replaces names another version, or a first
// version names a series that already exists. Nothing was written. Load the
// latest version, amend it again, and save that.
var ErrConflict = errors.New("store: the version does not follow the series' latest version")

// ErrNotFound is returned when the series, or the version of it, asked for is
// not stored.
var ErrNotFound = errors.New("store: not found")

// ErrBusy is returned when a save or record lost the race for the series'
// head to other writers more times than [Store] retries (64). Nothing was
// written; the call can be made again.
var ErrBusy = errors.New("store: the series' head kept moving")

// retries is how many times a write that lost the race for the head (to an
// event that did not conflict with it) is tried again.
const retries = 64

// TamperError reports stored rows that the library did not write: a chain
// that does not verify, a head beside the plan that does not match the chain,
// or a stored version whose bytes are not the ones its audit event commits
// to. It wraps [audit.ErrTampered], and the [*audit.TamperError] of the chain
// when the chain itself is broken. Its message names the series, the version
// and the kind of problem, never a value of a row.
//
// A TamperError is not modified after it is returned, so it is safe to share
// between goroutines.
type TamperError struct {
	// Series is the series whose rows do not verify.
	Series uuid.UUID
	// Version is the version whose row does not verify, or 0 when the trail
	// or the head does not.
	Version int
	// Problem is what is wrong, as a code: "chain" (the trail does not
	// verify; Err says where), "head" (the head stored beside the plan does
	// not match the trail), "digest" (a version's bytes are not those its
	// event commits to), "version" (a version's row, or its event, is
	// missing or out of place) or "decode" (a version's bytes do not decode).
	Problem string
	// Err is the [*audit.TamperError] of a broken chain, or nil.
	Err error
}

// Error returns "store: series S version V: tampered: problem", leaving out
// the version when it is 0, followed by the chain's error if there is one.
func (e *TamperError) Error() string {
	var b strings.Builder
	b.WriteString("store: series ")
	b.WriteString(e.Series.String())
	if e.Version > 0 {
		b.WriteString(" version ")
		b.WriteString(strconv.Itoa(e.Version))
	}
	b.WriteString(": tampered: ")
	b.WriteString(e.Problem)
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the chain's error, which wraps [audit.ErrTampered], or
// audit.ErrTampered itself.
func (e *TamperError) Unwrap() error {
	if e.Err != nil {
		return e.Err
	}
	return audit.ErrTampered
}

// Store keeps plan versions and their audit trails in a SQL database. Create
// one with [Open].
//
// A Store is safe for concurrent use by multiple goroutines, and any number
// of processes may use one database through their own Stores. The zero value
// is not usable.
type Store struct {
	db *sql.DB
}

// schema creates the three tables; every statement is idempotent. Columns are
// TEXT and BIGINT only, so the same statements run on SQLite and PostgreSQL;
// a plan is TEXT (not PostgreSQL's jsonb, which rewrites the bytes) so that
// its digest can be checked.
var schema = []string{
	`CREATE TABLE IF NOT EXISTS recovery_series (
	series_id TEXT PRIMARY KEY,
	person_id TEXT NOT NULL,
	latest    BIGINT NOT NULL,
	latest_id TEXT NOT NULL,
	head_seq  BIGINT NOT NULL,
	head_at   TEXT NOT NULL,
	head_hash TEXT NOT NULL
)`,
	`CREATE INDEX IF NOT EXISTS recovery_series_person ON recovery_series (person_id, series_id)`,
	`CREATE TABLE IF NOT EXISTS recovery_versions (
	series_id TEXT NOT NULL,
	version   BIGINT NOT NULL,
	plan_id   TEXT NOT NULL UNIQUE,
	plan      TEXT NOT NULL,
	PRIMARY KEY (series_id, version)
)`,
	`CREATE TABLE IF NOT EXISTS recovery_events (
	series_id TEXT NOT NULL,
	seq       BIGINT NOT NULL,
	event_id  TEXT NOT NULL,
	line      TEXT NOT NULL,
	PRIMARY KEY (series_id, seq),
	UNIQUE (series_id, event_id)
)`,
}

// Open returns a Store on db, creating its tables (recovery_series,
// recovery_versions and recovery_events) if they do not exist. The host opens
// db with the driver of its choice; see the package documentation for the
// settings SQLite needs. Call Open once at start-up: PostgreSQL may refuse
// two sessions creating the same table at the same moment.
func Open(ctx context.Context, db *sql.DB) (*Store, error) {
	for _, stmt := range schema {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			return nil, fmt.Errorf("store: create tables: %w", err)
		}
	}
	return &Store{db: db}, nil
}

// head is the row of recovery_series: the series' latest version and the
// head of its audit chain.
type head struct {
	person   string
	latest   int
	latestID uuid.UUID
	last     audit.Event // Seq, At and Hash of the last event
}

// Save stores p, a new version of its series, with e, the audit event that
// records it, in one transaction, and returns the event as stored (Seq,
// Prev, Hash and Digest filled in). The plan is stored as its own JSON
// encoding, and the event's Digest is the SHA-256 of those bytes, so the
// chain commits to the content of every version.
//
// p must pass [recovery.Plan.Validate]. Version 1 starts a series (its
// [recovery.Plan.Series]); a later version must follow the series' latest
// version: Version one more, Replaces its ID, and the same PersonID. e must
// name the series as its Subject and p.Version as its Version, be an
// [audit.ActionCreate] for version 1 and an [audit.ActionUpdate] or
// [audit.ActionDelete] after that, and succeed ([audit.OutcomeSuccess]); it
// must pass [audit.Event.Validate] and not be earlier than the series' last
// event. Any Seq, Prev, Hash or Digest that e carries is ignored.
//
// Save returns a *recovery.ValidationError for a plan or event that breaks
// these rules (rules "series", "version" and "action" at "event.subject",
// "event.version" and "event.action"; "success" at "event.outcome"; "series"
// at "personId" for a plan of another person than its series'),
// [ErrConflict] when the version does not follow the latest one (the loser
// of two racing amendments of one version gets it), [ErrNotFound] for a later
// version of a series not stored, an error wrapping [audit.ErrTimeOrder], and
// the database's errors. In every case nothing was written. No error holds
// text of the plan.
func (s *Store) Save(ctx context.Context, p recovery.Plan, e audit.Event) (audit.Event, error) {
	if err := p.Validate(); err != nil {
		return audit.Event{}, err
	}
	series := p.Series()
	var c validate.Collector
	if e.Subject != series {
		c.Add("event.subject", "series")
	}
	if e.Version != uint64(p.Version) {
		c.Add("event.version", "version")
	}
	if p.Version == 1 && e.Action != audit.ActionCreate ||
		p.Version > 1 && e.Action != audit.ActionUpdate && e.Action != audit.ActionDelete {
		c.Add("event.action", "action")
	}
	if e.Outcome != audit.OutcomeSuccess {
		c.Add("event.outcome", "success")
	}
	if err := c.Err(); err != nil {
		return audit.Event{}, err
	}
	data, err := json.Marshal(p)
	if err != nil {
		return audit.Event{}, fmt.Errorf("store: save series %s version %d: encode: %w", series, p.Version, err) // unreachable for a valid plan
	}
	e.Digest = sha256.Sum256(data)

	if p.Version == 1 {
		return s.create(ctx, p, e, data)
	}
	for range retries {
		h, err := s.head(ctx, series)
		if errors.Is(err, ErrNotFound) {
			return audit.Event{}, fmt.Errorf("store: save series %s version %d: %w", series, p.Version, ErrNotFound)
		} else if err != nil {
			return audit.Event{}, err
		}
		if h.person != string(p.PersonID) {
			var c validate.Collector
			c.Add("personId", "series")
			return audit.Event{}, c.Err()
		}
		if h.latest != p.Version-1 || h.latestID != p.Replaces {
			return audit.Event{}, fmt.Errorf("store: save series %s version %d: %w", series, p.Version, ErrConflict)
		}
		stored, err := audit.Link(h.last, e)
		if err != nil {
			return audit.Event{}, err
		}
		won, err := s.write(ctx, &p, stored, data, h)
		if err != nil || won {
			return stored, err
		}
		// The head moved: another version (which the next read reports as a
		// conflict) or another event (try again).
	}
	return audit.Event{}, fmt.Errorf("store: save series %s version %d: %w", series, p.Version, ErrBusy)
}

// create writes the first version of a series.
func (s *Store) create(ctx context.Context, p recovery.Plan, e audit.Event, data []byte) (audit.Event, error) {
	series := p.Series()
	stored, err := audit.Link(audit.Event{}, e)
	if err != nil {
		return audit.Event{}, err
	}
	line, err := json.Marshal(&stored)
	if err != nil {
		return audit.Event{}, err // unreachable for a linked event
	}
	fail := func(err error) (audit.Event, error) {
		return audit.Event{}, fmt.Errorf("store: save series %s version 1: %w", series, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fail(err)
	}
	defer tx.Rollback() // a no-op after Commit
	res, err := tx.ExecContext(ctx, `INSERT INTO recovery_series (series_id, person_id, latest, latest_id, head_seq, head_at, head_hash)
VALUES ($1, $2, 1, $3, $4, $5, $6) ON CONFLICT (series_id) DO NOTHING`,
		series.String(), string(p.PersonID), p.ID.String(), int64(stored.Seq), formatTime(stored.At), stored.Hash.String())
	if err != nil {
		return fail(err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fail(err)
	} else if n == 0 {
		return fail(ErrConflict)
	}
	if err := insertRows(ctx, tx, &p, stored, data, line); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(err)
	}
	return stored, nil
}

// write stores a later version and its event if the head is still h. It
// reports false, having written nothing, if the head moved.
func (s *Store) write(ctx context.Context, p *recovery.Plan, stored audit.Event, data []byte, h head) (bool, error) {
	line, err := json.Marshal(&stored)
	if err != nil {
		return false, err // unreachable for a linked event
	}
	fail := func(err error) (bool, error) {
		return false, fmt.Errorf("store: save series %s version %d: %w", p.Series(), p.Version, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fail(err)
	}
	defer tx.Rollback() // a no-op after Commit
	// The compare-and-swap of the head comes first, so that the transaction
	// takes its write lock before it reads anything (SQLite) and a racing
	// transaction waits on the row and then sees it changed (PostgreSQL).
	res, err := tx.ExecContext(ctx, `UPDATE recovery_series SET latest = $1, latest_id = $2, head_seq = $3, head_at = $4, head_hash = $5
WHERE series_id = $6 AND latest = $7 AND head_seq = $8`,
		int64(p.Version), p.ID.String(), int64(stored.Seq), formatTime(stored.At), stored.Hash.String(),
		p.Series().String(), int64(h.latest), int64(h.last.Seq))
	if err != nil {
		return fail(err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fail(err)
	} else if n == 0 {
		return false, nil
	}
	if err := insertRows(ctx, tx, p, stored, data, line); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(err)
	}
	return true, nil
}

func insertRows(ctx context.Context, tx *sql.Tx, p *recovery.Plan, e audit.Event, data, line []byte) error {
	series := p.Series().String()
	if _, err := tx.ExecContext(ctx, `INSERT INTO recovery_versions (series_id, version, plan_id, plan) VALUES ($1, $2, $3, $4)`,
		series, int64(p.Version), p.ID.String(), string(data)); err != nil {
		return err
	}
	return insertEvent(ctx, tx, series, e, line)
}

func insertEvent(ctx context.Context, tx *sql.Tx, series string, e audit.Event, line []byte) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO recovery_events (series_id, seq, event_id, line) VALUES ($1, $2, $3, $4)`,
		series, int64(e.Seq), e.ID.String(), string(line))
	return err
}

// Record appends e, an event that changes no content (a view, an export, a
// signature, a disclosure), to the trail of its series, e.Subject, and
// returns it as stored. e must name a stored version of the series and pass
// [audit.Event.Validate], and must not be earlier than the series' last
// event. Record returns a *recovery.ValidationError ("content" at
// "event.action" for an action that changes content: use [Store.Save];
// "exists" at "event.version" for a version not stored), [ErrNotFound] for a
// series not stored, an error wrapping [audit.ErrTimeOrder], and the
// database's errors, having written nothing.
func (s *Store) Record(ctx context.Context, e audit.Event) (audit.Event, error) {
	if e.Action.ChangesContent() {
		var c validate.Collector
		c.Add("event.action", "content")
		return audit.Event{}, c.Err()
	}
	e.Digest = audit.Hash{}
	for range retries {
		h, err := s.head(ctx, e.Subject)
		if err != nil {
			return audit.Event{}, err
		}
		if e.Version < 1 || e.Version > uint64(h.latest) {
			var c validate.Collector
			c.Add("event.version", "exists")
			return audit.Event{}, c.Err()
		}
		stored, err := audit.Link(h.last, e)
		if err != nil {
			return audit.Event{}, err
		}
		won, err := s.record(ctx, stored, h)
		if err != nil || won {
			return stored, err
		}
	}
	return audit.Event{}, fmt.Errorf("store: record on series %s: %w", e.Subject, ErrBusy)
}

func (s *Store) record(ctx context.Context, stored audit.Event, h head) (bool, error) {
	line, err := json.Marshal(&stored)
	if err != nil {
		return false, err // unreachable for a linked event
	}
	series := stored.Subject.String()
	fail := func(err error) (bool, error) {
		return false, fmt.Errorf("store: record on series %s: %w", series, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fail(err)
	}
	defer tx.Rollback() // a no-op after Commit
	res, err := tx.ExecContext(ctx, `UPDATE recovery_series SET head_seq = $1, head_at = $2, head_hash = $3
WHERE series_id = $4 AND head_seq = $5`,
		int64(stored.Seq), formatTime(stored.At), stored.Hash.String(), series, int64(h.last.Seq))
	if err != nil {
		return fail(err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fail(err)
	} else if n == 0 {
		return false, nil
	}
	if err := insertEvent(ctx, tx, series, stored, line); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(err)
	}
	return true, nil
}

// queryer is what loads read from: the database or a transaction.
type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// head reads the series' row.
func (s *Store) head(ctx context.Context, series uuid.UUID) (head, error) {
	return readHead(ctx, s.db, series)
}

func readHead(ctx context.Context, q queryer, series uuid.UUID) (head, error) {
	var h head
	var latest, seq int64
	var latestID, at, hash string
	err := q.QueryRowContext(ctx, `SELECT person_id, latest, latest_id, head_seq, head_at, head_hash FROM recovery_series WHERE series_id = $1`,
		series.String()).Scan(&h.person, &latest, &latestID, &seq, &at, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return head{}, fmt.Errorf("store: series %s: %w", series, ErrNotFound)
	}
	if err != nil {
		return head{}, fmt.Errorf("store: series %s: %w", series, err)
	}
	tampered := &TamperError{Series: series, Problem: "head"}
	h.latest, h.last.Seq = int(latest), uint64(seq)
	if latest < 1 || seq < latest {
		return head{}, tampered
	}
	if h.latestID, err = uuid.Parse(latestID); err != nil {
		return head{}, tampered
	}
	if h.last.At, err = time.Parse(time.RFC3339Nano, at); err != nil {
		return head{}, tampered
	}
	if err := h.last.Hash.UnmarshalText([]byte(hash)); err != nil {
		return head{}, tampered
	}
	return h, nil
}

func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// loaded is a series read and verified: its head, its trail, and the digest
// of each version's content event (index version-1).
type loaded struct {
	series  uuid.UUID
	head    head
	trail   *audit.Trail
	digests []audit.Hash
}

// load reads the series' head and trail and verifies them: the chain, the
// head against the chain, and one successful content event per version, in
// order. Rows past the head are not part of the series.
func (s *Store) load(ctx context.Context, series uuid.UUID) (*loaded, error) {
	h, err := s.head(ctx, series)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT seq, line FROM recovery_events WHERE series_id = $1 AND seq <= $2 ORDER BY seq`,
		series.String(), int64(h.last.Seq))
	if err != nil {
		return nil, fmt.Errorf("store: series %s: trail: %w", series, err)
	}
	defer rows.Close()
	var lines strings.Builder
	for rows.Next() {
		var seq int64
		var line string
		if err := rows.Scan(&seq, &line); err != nil {
			return nil, fmt.Errorf("store: series %s: trail: %w", series, err)
		}
		lines.WriteString(line)
		lines.WriteByte('\n')
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: series %s: trail: %w", series, err)
	}
	trail, err := audit.ReadJSONL(strings.NewReader(lines.String()))
	if err != nil {
		var te *audit.TamperError
		if errors.As(err, &te) {
			return nil, &TamperError{Series: series, Problem: "chain", Err: te}
		}
		return nil, err // unreachable: a strings.Reader does not fail
	}
	if err := trail.CheckAnchor(audit.Anchor{Seq: h.last.Seq, Head: h.last.Hash}); err != nil || uint64(trail.Len()) != h.last.Seq {
		return nil, &TamperError{Series: series, Problem: "head"}
	}
	l := &loaded{series: series, head: h, trail: trail, digests: make([]audit.Hash, 0, h.latest)}
	for _, e := range trail.Events() {
		if e.Subject != series {
			return nil, &TamperError{Series: series, Problem: "chain"}
		}
		if !e.Action.ChangesContent() || e.Outcome != audit.OutcomeSuccess {
			continue
		}
		if e.Version != uint64(len(l.digests)+1) {
			return nil, &TamperError{Series: series, Version: len(l.digests) + 1, Problem: "version"}
		}
		l.digests = append(l.digests, e.Digest)
	}
	if len(l.digests) != h.latest {
		return nil, &TamperError{Series: series, Version: len(l.digests) + 1, Problem: "version"}
	}
	return l, nil
}

// plans reads versions from..to of a loaded series and checks each against
// its event.
func (s *Store) plans(ctx context.Context, l *loaded, from, to int) ([]recovery.Plan, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT version, plan_id, plan FROM recovery_versions WHERE series_id = $1 AND version >= $2 AND version <= $3 ORDER BY version`,
		l.series.String(), int64(from), int64(to))
	if err != nil {
		return nil, fmt.Errorf("store: series %s: versions: %w", l.series, err)
	}
	defer rows.Close()
	out := make([]recovery.Plan, 0, to-from+1)
	for rows.Next() {
		var version int64
		var planID, data string
		if err := rows.Scan(&version, &planID, &data); err != nil {
			return nil, fmt.Errorf("store: series %s: versions: %w", l.series, err)
		}
		want := from + len(out)
		if version != int64(want) {
			return nil, &TamperError{Series: l.series, Version: want, Problem: "version"}
		}
		if sha256.Sum256([]byte(data)) != l.digests[want-1] {
			return nil, &TamperError{Series: l.series, Version: want, Problem: "digest"}
		}
		var p recovery.Plan
		// encoding/json's error can quote the bytes; it is not passed on.
		if json.Unmarshal([]byte(data), &p) != nil {
			return nil, &TamperError{Series: l.series, Version: want, Problem: "decode"}
		}
		if p.Version != want || p.Series() != l.series || p.ID.String() != planID {
			return nil, &TamperError{Series: l.series, Version: want, Problem: "version"}
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: series %s: versions: %w", l.series, err)
	}
	if len(out) != to-from+1 {
		return nil, &TamperError{Series: l.series, Version: from + len(out), Problem: "version"}
	}
	return out, nil
}

// Latest returns the latest version of the series, verified: the trail's
// chain, the head stored beside the plan, and the version's bytes against the
// digest its event commits to. It returns [ErrNotFound] for a series not
// stored and a [*TamperError] for rows the library did not write.
func (s *Store) Latest(ctx context.Context, series uuid.UUID) (recovery.Plan, error) {
	l, err := s.load(ctx, series)
	if err != nil {
		return recovery.Plan{}, err
	}
	ps, err := s.plans(ctx, l, l.head.latest, l.head.latest)
	if err != nil {
		return recovery.Plan{}, err
	}
	return ps[0], nil
}

// Version returns version v of the series, verified as [Store.Latest]
// verifies. It returns [ErrNotFound] for a series or version not stored.
func (s *Store) Version(ctx context.Context, series uuid.UUID, v int) (recovery.Plan, error) {
	l, err := s.load(ctx, series)
	if err != nil {
		return recovery.Plan{}, err
	}
	if v < 1 || v > l.head.latest {
		return recovery.Plan{}, fmt.Errorf("store: series %s version %d: %w", series, v, ErrNotFound)
	}
	ps, err := s.plans(ctx, l, v, v)
	if err != nil {
		return recovery.Plan{}, err
	}
	return ps[0], nil
}

// Series returns every version of the series, version 1 first, each verified
// as [Store.Latest] verifies. [recovery.Plan.StatusIn] on the result gives
// each version's status within the series. It returns [ErrNotFound] for a
// series not stored.
func (s *Store) Series(ctx context.Context, series uuid.UUID) ([]recovery.Plan, error) {
	l, err := s.load(ctx, series)
	if err != nil {
		return nil, err
	}
	return s.plans(ctx, l, 1, l.head.latest)
}

// Trail returns the audit trail of the series, verified: its chain, and its
// head against the head stored beside the plan. Check the trail's
// [audit.Trail.Anchor] against one kept outside the database to detect a
// database rewritten whole. It returns [ErrNotFound] for a series not stored.
func (s *Store) Trail(ctx context.Context, series uuid.UUID) (*audit.Trail, error) {
	l, err := s.load(ctx, series)
	if err != nil {
		return nil, err
	}
	return l.trail, nil
}

// ListSeries returns the series of the person with this pseudonymous ID (a
// plan's PersonID), in the order of their IDs' text; none is an empty result,
// not an error. Errors never hold personID.
func (s *Store) ListSeries(ctx context.Context, personID phi.ID) ([]uuid.UUID, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT series_id FROM recovery_series WHERE person_id = $1 ORDER BY series_id`, string(personID))
	if err != nil {
		return nil, fmt.Errorf("store: list series: %w", err)
	}
	defer rows.Close()
	var out []uuid.UUID
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store: list series: %w", err)
		}
		u, err := uuid.Parse(id)
		if err != nil {
			return nil, fmt.Errorf("store: list series: a series ID is not a UUID: %w", audit.ErrTampered) // the row's text is not echoed
		}
		out = append(out, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list series: %w", err)
	}
	return out, nil
}
