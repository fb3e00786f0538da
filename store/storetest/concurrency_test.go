package storetest_test

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/store"
)

var loadSaves = flag.Int("saves", 10000, "successful saves of TestLoad, across its 8 writers")

// planIDs hands out plan and event IDs unique within a test binary.
var planIDs atomic.Uint64

func nextID(kind byte) uuid.UUID {
	n := planIDs.Add(1)
	id := uuid.UUID{0: kind, 6: 0x40, 8: 0x80}
	for i := range 8 {
		id[15-i] = byte(n >> (8 * i))
	}
	return id
}

// amendAndSave saves the next version of prev at at, recording it.
func amendAndSave(ctx context.Context, s *store.Store, prev recovery.Plan, at time.Time) (recovery.Plan, error) {
	next := recovery.Amend(prev, nextID(0x61), at)
	_, err := s.Save(ctx, next, change(next, nextID(0xe1), at))
	return next, err
}

func TestRacingAmendmentsOneWins(t *testing.T) {
	const writers, rounds = 8, 12
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFixture(t, b)

			// Racing first versions of one series.
			series := nextID(0x60)
			var wins, conflicts atomic.Int32
			race(writers, func(int) {
				v1 := recoverytest.Scenario()
				v1.ID, v1.SeriesID = nextID(0x61), series
				_, err := f.s.Save(ctx, v1, change(v1, nextID(0xe1), at0))
				count(t, err, &wins, &conflicts)
			})
			assert.Equal(t, int32(1), wins.Load())
			assert.Equal(t, int32(writers-1), conflicts.Load())

			latest, err := f.s.Latest(ctx, series)
			require.NoError(t, err)
			for r := range rounds {
				wins.Store(0)
				conflicts.Store(0)
				prev := latest
				at := at0.Add(time.Duration(r+1) * time.Minute)
				race(writers, func(int) {
					_, err := amendAndSave(ctx, f.s, prev, at)
					count(t, err, &wins, &conflicts)
				})
				require.Equal(t, int32(1), wins.Load(), "round %d: exactly one amendment wins", r)
				require.Equal(t, int32(writers-1), conflicts.Load(), "round %d: the others conflict", r)
				latest, err = f.s.Latest(ctx, series)
				require.NoError(t, err)
				require.Equal(t, prev.Version+1, latest.Version)
				require.Equal(t, prev.ID, latest.Replaces)
			}
			all, err := f.s.Series(ctx, series)
			require.NoError(t, err)
			assert.Len(t, all, rounds+1)
			assert.Equal(t, [3]int{1, rounds + 1, rounds + 1}, f.rows(t), "nothing of a losing save is stored")
		})
	}
}

// race runs fn on n goroutines released together.
func race(n int, fn func(i int)) {
	var start, done sync.WaitGroup
	start.Add(1)
	for i := range n {
		done.Add(1)
		go func() {
			defer done.Done()
			start.Wait()
			fn(i)
		}()
	}
	start.Done()
	done.Wait()
}

func count(t *testing.T, err error, wins, conflicts *atomic.Int32) {
	switch {
	case err == nil:
		wins.Add(1)
	case errors.Is(err, store.ErrConflict):
		conflicts.Add(1)
	default:
		t.Errorf("neither a win nor a conflict: %v", err)
	}
}

// TestLoad saves at least -saves versions (10,000 by default) from 8
// concurrent writers over 32 series, amending whichever version each writer
// last saw, and checks that no version was lost or stored twice. It logs the
// rate of successful saves; it asserts nothing about time.
func TestLoad(t *testing.T) {
	const writers, nSeries = 8, 32
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFixture(t, b)
			var mu sync.Mutex
			latest := make([]recovery.Plan, nSeries)
			for i := range latest {
				p := recoverytest.Scenario()
				p.ID = nextID(0x61)
				_, err := f.s.Save(ctx, p, change(p, nextID(0xe1), at0))
				require.NoError(t, err)
				latest[i] = p
			}
			type saved struct {
				series  uuid.UUID
				version int
			}
			savedIDs := make(map[uuid.UUID]saved)
			var done, conflicts atomic.Int64
			target := int64(*loadSaves)
			start := time.Now()
			var wg sync.WaitGroup
			for w := range writers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					rng := rand.New(rand.NewPCG(uint64(w), 7))
					for done.Load() < target && !t.Failed() {
						i := rng.IntN(nSeries)
						mu.Lock()
						prev := latest[i]
						mu.Unlock()
						next, err := amendAndSave(ctx, f.s, prev, at0.Add(time.Second))
						switch {
						case err == nil:
							done.Add(1)
							mu.Lock()
							savedIDs[next.ID] = saved{next.Series(), next.Version}
							if next.Version > latest[i].Version {
								latest[i] = next
							}
							mu.Unlock()
						case errors.Is(err, store.ErrConflict):
							conflicts.Add(1)
							fresh, err := f.s.Latest(ctx, prev.Series())
							if err != nil {
								t.Errorf("latest: %v", err)
								return
							}
							mu.Lock()
							if fresh.Version > latest[i].Version {
								latest[i] = fresh
							}
							mu.Unlock()
						default:
							t.Errorf("save: %v", err)
							return
						}
					}
				}()
			}
			wg.Wait()
			elapsed := time.Since(start)
			require.False(t, t.Failed())
			n := done.Load()
			t.Logf("%s: %d saves by %d writers over %d series in %v: %.0f saves/s (%d conflicts retried)",
				b.name, n, writers, nSeries, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(), conflicts.Load())
			require.GreaterOrEqual(t, n, target)

			// Every saved version is stored once, where it was saved; nothing
			// else is stored.
			total := 0
			for i := range latest {
				all, err := f.s.Series(ctx, latest[i].Series())
				require.NoError(t, err)
				for j, p := range all {
					require.Equal(t, j+1, p.Version)
					if j == 0 {
						continue // saved before the writers started
					}
					s, ok := savedIDs[p.ID]
					require.True(t, ok, "version %d of series %d was not saved by a writer", p.Version, i)
					require.Equal(t, saved{p.Series(), p.Version}, s)
					total++
				}
				trail, err := f.s.Trail(ctx, latest[i].Series())
				require.NoError(t, err)
				require.Equal(t, len(all), trail.Len())
			}
			assert.Equal(t, len(savedIDs), total, "no saved version lost")
			assert.Equal(t, int(n), total, "no version stored twice")
			assert.Equal(t, [3]int{nSeries, nSeries + total, nSeries + total}, f.rows(t))
		})
	}
}

// crashEnv, when set, makes TestCrashSafety the child: "driver dsn series".
const crashEnv = "RECOVERY_STORE_CRASH_CHILD"

// TestCrashSafety starts this test binary again as a child process that saves
// versions of one series in a loop and prints each save that returned, kills
// it with SIGKILL in the middle of the stream, and checks that every save it
// reported is stored, that the chain verifies, and that nothing partial is
// visible; three times over, on each backend.
func TestCrashSafety(t *testing.T) {
	if arg := os.Getenv(crashEnv); arg != "" {
		crashChild(arg)
		return
	}
	const kills, before = 4, 40
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFixture(t, b)
			v1 := recoverytest.Scenario()
			_, err := f.s.Save(ctx, v1, change(v1, eventID(1), at0))
			require.NoError(t, err)
			reported := map[int]uuid.UUID{1: v1.ID}
			for k := range kills {
				cmd := exec.Command(os.Args[0], "-test.run=^TestCrashSafety$", "-test.count=1")
				cmd.Env = append(os.Environ(), crashEnv+"="+f.driver+" "+v1.Series().String()+" "+f.dsn)
				out, err := cmd.StdoutPipe()
				require.NoError(t, err)
				cmd.Stderr = os.Stderr
				require.NoError(t, cmd.Start())
				lines := bufio.NewScanner(out)
				n := 0
				for n < before+k*7 && lines.Scan() {
					version, id, ok := parseSaved(lines.Text())
					if !ok {
						continue
					}
					reported[version] = id
					n++
				}
				// Killed mid-stream: the child saves without pause, and each
				// kill waits a different time after a save returned, so that
				// it lands at a different point of the next one.
				time.Sleep(time.Duration(k) * 450 * time.Microsecond)
				require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
				for lines.Scan() { // what the child wrote before it died, still in the pipe
					if version, id, ok := parseSaved(lines.Text()); ok {
						reported[version] = id
					}
				}
				err = cmd.Wait()
				var exit *exec.ExitError
				require.ErrorAs(t, err, &exit, "the child was killed, not finished")
				require.Equal(t, before+k*7, n, "the child reported saves until it was killed")

				all, err := f.s.Series(ctx, v1.Series())
				require.NoError(t, err, "the chain and every version verify after the kill")
				for version, id := range reported {
					require.Less(t, version-1, len(all), "reported version %d is stored", version)
					assert.Equal(t, id, all[version-1].ID, "version %d is the one reported", version)
				}
				maxReported := 0
				for v := range reported {
					maxReported = max(maxReported, v)
				}
				assert.LessOrEqual(t, len(all), maxReported+1, "at most the save in flight committed unreported")
				t.Logf("kill %d: %d versions stored, %d reported; the save in flight had %s", k+1, len(all), maxReported,
					map[bool]string{true: "committed", false: "not committed (or none was in flight)"}[len(all) > maxReported])
				trail, err := f.s.Trail(ctx, v1.Series())
				require.NoError(t, err)
				rows := f.rows(t)
				assert.Equal(t, [3]int{1, len(all), trail.Len()}, rows, "no row of a save that did not commit")
				for j, p := range all {
					assert.Equal(t, j+1, p.Version)
					reported[p.Version] = p.ID // a committed but unreported save is part of the series from now on
				}
			}
			// The store takes saves again after the kills.
			latest, err := f.s.Latest(ctx, v1.Series())
			require.NoError(t, err)
			_, err = amendAndSave(ctx, f.s, latest, time.Now())
			require.NoError(t, err)
		})
	}
}

func parseSaved(line string) (int, uuid.UUID, bool) {
	f := strings.Fields(line)
	if len(f) != 3 || f[0] != "saved" {
		return 0, uuid.Nil, false
	}
	v, err := strconv.Atoi(f[1])
	if err != nil {
		return 0, uuid.Nil, false
	}
	id, err := uuid.Parse(f[2])
	return v, id, err == nil
}

// crashChild saves versions in a loop, printing "saved V ID" after each save
// returns, until it is killed; it stops by itself after two minutes.
func crashChild(arg string) {
	parts := strings.SplitN(arg, " ", 3)
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "crash child:", err)
		os.Exit(2)
	}
	if len(parts) != 3 {
		fail(errors.New("want driver, series and DSN"))
	}
	db, err := openChild(parts[0], parts[2])
	if err != nil {
		fail(err)
	}
	ctx := context.Background()
	s, err := store.Open(ctx, db)
	if err != nil {
		fail(err)
	}
	series := uuid.MustParse(parts[1])
	prev, err := s.Latest(ctx, series)
	if err != nil {
		fail(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for i := 0; time.Now().Before(deadline); i++ {
		next := recovery.Amend(prev, uuid.New(), time.Now())
		if _, err := s.Save(ctx, next, change(next, uuid.New(), time.Now())); err != nil {
			fail(err)
		}
		fmt.Fprintf(os.Stdout, "saved %d %s\n", next.Version, next.ID)
		if i%3 == 0 { // events between versions too
			view := audit.Event{ID: uuid.New(), At: time.Now(), Actor: audit.Actor{ID: "P-0001", Role: audit.RolePerson},
				Action: audit.ActionView, Subject: series, Version: uint64(next.Version), Outcome: audit.OutcomeSuccess}
			if _, err := s.Record(ctx, view); err != nil {
				fail(err)
			}
		}
		prev = next
	}
	os.Exit(3)
}
