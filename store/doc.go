// Package store keeps the versions of recovery plans and their audit trails in
// a SQL database, through database/sql: the host opens the database with the
// driver it chooses, and this package imports none. Its statements run as
// they are on SQLite (an embedded file, for example with the pure-Go driver
// modernc.org/sqlite) and on PostgreSQL (for example with
// github.com/jackc/pgx/v5/stdlib).
//
//	db, err := sql.Open("sqlite", "file:plans.db?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)")
//	...
//	s, err := store.Open(ctx, db)
//	stored, err := s.Save(ctx, plan, audit.Event{ID: eventID, At: at,
//		Actor: audit.Actor{ID: "P-0001", Role: audit.RolePerson},
//		Action: audit.ActionCreate, Subject: plan.Series(), Version: 1,
//		Outcome: audit.OutcomeSuccess})
//	latest, err := s.Latest(ctx, plan.Series())
//
// # What is stored
//
// A plan's versions form a series ([recovery.Plan.Series]). Each version is
// stored once, as the plan's own JSON encoding, beside the series' audit
// trail, whose events name the series as their subject. [Store.Save] writes a
// new version and the event that records it ([audit.ActionCreate] for version
// 1, [audit.ActionUpdate] or [audit.ActionDelete] after) in one transaction;
// [Store.Record] appends an event that changes nothing (a view, an export, a
// signature). The series' row holds its latest version and the head of its
// audit chain.
//
// # What it guarantees
//
//   - Nothing is overwritten and nothing is half written. Versions and events
//     are only ever inserted; the API has no update and no delete. A save
//     writes the version, its event and the new head together, or nothing.
//   - One amendment wins. A version must follow the series' latest version
//     (Version one more, Replaces its ID). When two writers amend the same
//     version at once, in one process or many, exactly one save succeeds and
//     the other returns [ErrConflict], having written nothing: the head is
//     moved by a compare-and-swap in the same transaction.
//   - What is read is what was written. Each version's event carries the
//     SHA-256 of the version's stored bytes ([audit.Event.Digest]), so the
//     hash chain commits to the content of every version. Every load reads
//     the trail, verifies its chain ([audit.ReadJSONL]), checks it against the
//     head stored beside the plan, and checks each version it returns against
//     its digest; a row changed, removed or inserted outside the library is
//     reported as a [*TamperError], which wraps [audit.ErrTampered]. Rows past
//     the head are not part of a series.
//   - A crash loses no saved version. A save that returned has committed; a
//     writer killed in the middle of one leaves nothing of it, as the tests
//     show by killing a writer process with SIGKILL mid-stream.
//   - Errors never hold text of a plan: they name series, versions, fields,
//     rules and kinds of problem. Database errors are passed on wrapped; the
//     drivers named above do not quote the values bound to a statement.
//
// # What stays the host's job
//
//   - The database itself: encryption at rest (the rows hold personal health
//     information in clear: use an encrypted volume, SQLCipher, or
//     PostgreSQL on encrypted storage), access control, TLS to a server,
//     backups and their restore tests.
//   - Retention: HIPAA keeps the documentation it requires for six years
//     (45 CFR 164.316(b)(2)(i)), audit records are kept at least as long,
//     and state law often keeps health records longer; this package deletes
//     nothing, so a host that must erase or archive rows does so with its
//     own statements, outside the guarantees above.
//   - An anchor kept elsewhere. Whoever can write the database can rewrite a
//     series whole, with new hashes and a new head; keep each trail's
//     [audit.Anchor] (from [Store.Trail]) outside it, signed or in another
//     system, and check it with [audit.Trail.CheckAnchor].
//   - Authorization: who may read or amend which person's plans.
//
// # The database
//
// [Open] creates three tables if they do not exist: recovery_series,
// recovery_versions and recovery_events, with TEXT and BIGINT columns only. A
// plan is stored as TEXT, not as PostgreSQL's jsonb, because jsonb rewrites
// the bytes and the digest would no longer match.
//
// SQLite needs a busy timeout so that concurrent writers wait for the lock
// rather than fail, and write-ahead logging so that readers never wait for a
// writer: with modernc.org/sqlite, open
// "file:PATH?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)". With
// synchronous(FULL), SQLite's default, a returned save survives power loss
// as well as a crash; synchronous(NORMAL) is faster and survives a crash of
// the process. PostgreSQL needs nothing special; the default isolation level
// (read committed) is enough.
//
// A Store is safe for concurrent use, and any number of processes may share
// a database.
package store
