// Command store keeps the peer-support scenario's plan in a SQLite file with
// package store: it saves the first version and an amendment, each with the
// audit event that records it, then reads them back, verified, and shows what
// changed between them, each version's status in the series, and who wrote
// the plan.
//
// It is a module of its own, so that the SQLite driver (modernc.org/sqlite,
// pure Go) is a requirement of this example only. Run it from this
// directory:
//
//	go run .
//	go run . -db plans.db   # keep the database file
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/google/uuid"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/store"
)

func main() {
	path := flag.String("db", "", "the SQLite file to keep the plans in (default: a temporary file, removed at the end)")
	flag.Parse()
	if *path == "" {
		dir, err := os.MkdirTemp("", "recovery-store")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer os.RemoveAll(dir)
		*path = filepath.Join(dir, "plans.db")
	}
	if err := run(os.Stdout, *path); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// sqliteDSN opens SQLite as package store asks: a busy timeout, so that
// concurrent writers wait for the lock, and write-ahead logging.
func sqliteDSN(path string) string {
	return "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)"
}

func run(w io.Writer, path string) error {
	ctx := context.Background()
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		return err
	}
	defer db.Close()
	s, err := store.Open(ctx, db)
	if err != nil {
		return err
	}

	// Version 1: the plan the person agreed to with their peer specialist.
	v1 := recoverytest.Scenario()
	peer := audit.Actor{ID: "peer-17", Role: audit.RolePeer}
	if _, err := s.Save(ctx, v1, audit.Event{
		ID: uuid.MustParse("e0000000-0000-4000-8000-000000000001"), At: v1.Created, Actor: peer,
		Action: audit.ActionCreate, Subject: v1.Series(), Version: 1, Reason: "initial-plan", Outcome: audit.OutcomeSuccess,
	}); err != nil {
		return err
	}

	// Version 2, a month on: the person reached their first goal and says
	// so in their own words. Amend clears the agreement: the person agrees to
	// the new version again.
	at := v1.Created.Add(30 * 24 * time.Hour)
	v2 := recovery.Amend(v1, uuid.MustParse("60000000-0000-4000-8000-0000000000a2"), at)
	v2.Goals[0].Status = goals.StatusCompleted
	v2.Goals[0].Why = "I called Sam and we are meeting next week."
	changed, err := audit.DiffOptions{SkipBookkeeping: true}.Diff(v1, v2)
	if err != nil {
		return err
	}
	person := audit.Actor{ID: "P-0001", Role: audit.RolePerson}
	if _, err := s.Save(ctx, v2, audit.Event{
		ID: uuid.MustParse("e0000000-0000-4000-8000-000000000002"), At: at, Actor: person,
		Action: audit.ActionUpdate, Subject: v2.Series(), Version: 2, Paths: changed, Reason: "person-request", Outcome: audit.OutcomeSuccess,
	}); err != nil {
		return err
	}

	// Read everything back; each load verifies the chain, the head and the
	// versions' bytes.
	series, err := s.ListSeries(ctx, v1.PersonID)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "series of %s: %v\n", v1.PersonID, series)
	versions, err := s.Series(ctx, v1.Series())
	if err != nil {
		return err
	}
	for _, p := range versions {
		fmt.Fprintf(w, "  %v: stored %s, in the series %s\n", p, p.Status, p.StatusIn(versions))
	}
	latest, err := s.Latest(ctx, v1.Series())
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "latest: version %d, first goal %s: %q\n", latest.Version, latest.Goals[0].Status, latest.Goals[0].Why)
	trail, err := s.Trail(ctx, v1.Series())
	if err != nil {
		return err
	}
	for _, e := range trail.Events() {
		fmt.Fprintf(w, "  %v changed %v\n", e, e.Paths)
	}
	rep := audit.Authorship(trail.Events(), v1.Series())
	fmt.Fprintf(w, "authorship: person %d of %d changes, peer %d\n", rep.Of(audit.RolePerson).Changes, rep.Total, rep.Of(audit.RolePeer).Changes)
	fmt.Fprintf(w, "anchor to keep elsewhere: seq %d head %s\n", trail.Anchor().Seq, trail.Anchor().Head)
	return nil
}
