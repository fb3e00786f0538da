package storetest_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/store"
)

// Example saves a plan and its amendment with package store, on SQLite, and
// reads them back.
func Example() {
	dir, err := os.MkdirTemp("", "store-example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "plans.db")+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)")
	if err != nil {
		panic(err)
	}
	defer db.Close()
	ctx := context.Background()
	s, err := store.Open(ctx, db)
	if err != nil {
		panic(err)
	}

	v1 := recoverytest.Scenario()
	peer := audit.Actor{ID: "peer-17", Role: audit.RolePeer}
	_, err = s.Save(ctx, v1, audit.Event{ID: uuid.MustParse("e0000000-0000-4000-8000-000000000001"), At: v1.Created,
		Actor: peer, Action: audit.ActionCreate, Subject: v1.Series(), Version: 1, Outcome: audit.OutcomeSuccess})
	fmt.Println("saved v1:", err)

	at := v1.Created.Add(7 * 24 * time.Hour)
	v2 := recovery.Amend(v1, uuid.MustParse("60000000-0000-4000-8000-0000000000a2"), at)
	v2.Vision = "A home of my own, my brother back in my life, and my own kitchen one day."
	changed, _ := audit.DiffOptions{SkipBookkeeping: true}.Diff(v1, v2)
	_, err = s.Save(ctx, v2, audit.Event{ID: uuid.MustParse("e0000000-0000-4000-8000-000000000002"), At: at,
		Actor: peer, Action: audit.ActionUpdate, Subject: v2.Series(), Version: 2, Paths: changed, Outcome: audit.OutcomeSuccess})
	fmt.Println("saved v2:", err, changed)

	// A second amendment of version 1 loses: version 2 is the latest now.
	late := recovery.Amend(v1, uuid.MustParse("60000000-0000-4000-8000-0000000000b2"), at)
	_, err = s.Save(ctx, late, audit.Event{ID: uuid.MustParse("e0000000-0000-4000-8000-000000000003"), At: at,
		Actor: peer, Action: audit.ActionUpdate, Subject: late.Series(), Version: 2, Outcome: audit.OutcomeSuccess})
	fmt.Println("another v2:", err)

	latest, err := s.Latest(ctx, v1.Series())
	fmt.Println("latest:", latest, err)
	first, err := s.Version(ctx, v1.Series(), 1)
	fmt.Println("version 1:", first.Vision == v1.Vision, err)
	trail, err := s.Trail(ctx, v1.Series())
	fmt.Println("trail:", trail.Len(), "events", err)
	// Output:
	// saved v1: <nil>
	// saved v2: <nil> [/vision]
	// another v2: store: save series 60000000-0000-4000-8000-000000000001 version 2: store: the version does not follow the series' latest version
	// latest: plan 60000000-0000-4000-8000-0000000000a2 v2 active <nil>
	// version 1: true <nil>
	// trail: 2 events <nil>
}
