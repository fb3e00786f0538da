package storetest_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	_ "github.com/jackc/pgx/v5/stdlib" // the PostgreSQL driver, "pgx"
	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite" // the SQLite driver, "sqlite"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/store"
)

// pgEnv names the PostgreSQL database the tests may create schemas in.
const pgEnv = "RECOVERY_PG_DSN"

// backend is a database the store's tests run on.
type backend struct {
	name string
	// fresh returns the driver name and DSN of a new, empty database.
	fresh func(t testing.TB) (driver, dsn string)
}

// backends returns SQLite, always, and PostgreSQL when RECOVERY_PG_DSN is
// set. CI sets it (see .ci/run); where it is not set the PostgreSQL rows are
// left out of every table, and TestBackends says so in the log.
func backends() []backend {
	out := []backend{{"sqlite", freshSQLite}}
	if os.Getenv(pgEnv) != "" {
		out = append(out, backend{"postgres", freshPostgres})
	}
	return out
}

// sqliteDSN is how the package documentation says to open SQLite: a busy
// timeout and write-ahead logging; synchronous(NORMAL) keeps every returned
// save through a crash of the process, which is what the tests kill.
func sqliteDSN(path string) string {
	return "file:" + path + "?_pragma=busy_timeout(20000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
}

func freshSQLite(t testing.TB) (string, string) {
	return "sqlite", sqliteDSN(filepath.Join(t.TempDir(), "plans.db"))
}

// freshPostgres creates a schema of its own for the test, dropped at its end,
// and returns a DSN whose search_path is that schema.
func freshPostgres(t testing.TB) (string, string) {
	base := os.Getenv(pgEnv)
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "storetest_" + hex.EncodeToString(b[:])
	admin, err := sql.Open("pgx", base)
	require.NoError(t, err)
	defer admin.Close()
	_, err = admin.Exec("CREATE SCHEMA " + schema)
	require.NoError(t, err)
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err == nil {
			_, _ = db.Exec("DROP SCHEMA " + schema + " CASCADE")
			db.Close()
		}
	})
	sep := " "
	if strings.Contains(base, "://") {
		sep = "?"
		if strings.Contains(base, "?") {
			sep = "&"
		}
		return "pgx", base + sep + "search_path=" + schema
	}
	return "pgx", base + sep + "search_path=" + schema
}

// openDB opens driver and dsn, closed at the end of the test.
func openDB(t testing.TB, driver, dsn string) *sql.DB {
	db, err := sql.Open(driver, dsn)
	require.NoError(t, err)
	db.SetMaxOpenConns(16)
	t.Cleanup(func() { db.Close() })
	return db
}

// fixture is a store on a fresh database of one backend.
type fixture struct {
	backend
	db     *sql.DB
	driver string
	dsn    string
	s      *store.Store
}

func newFixture(t testing.TB, b backend) *fixture {
	driver, dsn := b.fresh(t)
	db := openDB(t, driver, dsn)
	s, err := store.Open(context.Background(), db)
	require.NoError(t, err)
	return &fixture{backend: b, db: db, driver: driver, dsn: dsn, s: s}
}

// count returns the number of rows of a table.
func (f *fixture) count(t testing.TB, table string) int {
	var n int
	require.NoError(t, f.db.QueryRow("SELECT count(*) FROM "+table).Scan(&n))
	return n
}

// rows returns the row counts of the three tables.
func (f *fixture) rows(t testing.TB) [3]int {
	return [3]int{f.count(t, "recovery_series"), f.count(t, "recovery_versions"), f.count(t, "recovery_events")}
}

var at0 = recoverytest.ScenarioAt

// eventID returns a fixed event ID for n.
func eventID(n int) uuid.UUID {
	return uuid.UUID{0: 0xe0, 6: 0x40, 8: 0x80, 12: byte(n >> 24), 13: byte(n >> 16), 14: byte(n >> 8), 15: byte(n)}
}

// change returns the event that records version p, by a peer.
func change(p recovery.Plan, id uuid.UUID, at time.Time) audit.Event {
	action := audit.ActionUpdate
	if p.Version == 1 {
		action = audit.ActionCreate
	}
	return audit.Event{ID: id, At: at, Actor: audit.Actor{ID: "peer-17", Role: audit.RolePeer}, Action: action,
		Subject: p.Series(), Version: uint64(p.Version), Reason: "person-request", Outcome: audit.OutcomeSuccess}
}

// personWords are texts of the scenario plan that no error may hold.
func personWords(p recovery.Plan) []string {
	words := []string{string(p.Vision), string(p.PersonID)}
	for _, g := range p.Goals {
		words = append(words, string(g.Statement))
	}
	for _, s := range p.Supports {
		words = append(words, string(s.Name), string(s.Phone))
	}
	var out []string
	for _, w := range words {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

func TestBackends(t *testing.T) {
	names := []string{}
	for _, b := range backends() {
		names = append(names, b.name)
	}
	require.Contains(t, names, "sqlite")
	if os.Getenv(pgEnv) == "" {
		t.Logf("%s is not set: the tests ran on SQLite only", pgEnv)
	}
	t.Logf("backends: %s", strings.Join(names, ", "))
}

// openChild opens the database of a child process.
func openChild(driver, dsn string) (*sql.DB, error) {
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(4)
	return db, nil
}
