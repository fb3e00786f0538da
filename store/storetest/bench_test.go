package storetest_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/recoverytest"
)

// BenchmarkSave saves successive versions of one series from one writer and
// reports saves/s, and the time of a save as a multiple of a baseline
// measured in the same run (x-baseline): a transaction that writes the same
// plan's JSON and an event line into a bare table, with no validation,
// hashing, verification or compare-and-swap. An op is one baseline
// transaction and one save.
func BenchmarkSave(b *testing.B) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			ctx := context.Background()
			f := newFixture(b, be)
			prev := recoverytest.Scenario()
			_, err := f.s.Save(ctx, prev, change(prev, nextID(0xe1), at0))
			require.NoError(b, err)
			_, err = f.db.Exec(`CREATE TABLE bench_baseline (id TEXT PRIMARY KEY, plan TEXT NOT NULL, line TEXT NOT NULL)`)
			require.NoError(b, err)
			line := `{"seq":1,"id":"e0000000-0000-4000-8000-000000000001","at":"2026-03-02T10:00:00Z","actor":{"id":"peer-17","role":"peer"},"action":"create"}`

			baseline := func() {
				data, err := json.Marshal(prev)
				require.NoError(b, err)
				tx, err := f.db.BeginTx(ctx, nil)
				require.NoError(b, err)
				_, err = tx.ExecContext(ctx, `INSERT INTO bench_baseline (id, plan, line) VALUES ($1, $2, $3)`, nextID(0x62).String(), string(data), line)
				require.NoError(b, err)
				require.NoError(b, tx.Commit())
			}
			// The baseline and the save alternate, so that a change in the
			// machine's load falls on both alike.
			var base, saves time.Duration
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				t0 := time.Now()
				baseline()
				t1 := time.Now()
				next := recovery.Amend(prev, nextID(0x61), at0.Add(time.Second))
				if _, err := f.s.Save(ctx, next, change(next, nextID(0xe1), at0.Add(time.Second))); err != nil {
					b.Fatal(err)
				}
				saves += time.Since(t1)
				base += t1.Sub(t0)
				prev = next
			}
			b.StopTimer()
			b.ReportMetric(float64(b.N)/saves.Seconds(), "saves/s")
			b.ReportMetric(float64(saves)/float64(base), "x-baseline")
		})
	}
}
