package storetest_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/store"
)

var (
	v2ID = uuid.MustParse("60000000-0000-4000-8000-00000000a002")
	v3ID = uuid.MustParse("60000000-0000-4000-8000-00000000a003")
)

// twoVersions saves the scenario and its amendment, and returns both.
func twoVersions(t *testing.T, f *fixture) (recovery.Plan, recovery.Plan) {
	ctx := context.Background()
	v1 := recoverytest.Scenario()
	_, err := f.s.Save(ctx, v1, change(v1, eventID(1), at0))
	require.NoError(t, err)
	v2 := recovery.Amend(v1, v2ID, at0.Add(time.Hour))
	v2.Goals[0].Status = goals.StatusCompleted
	paths, err := audit.DiffOptions{SkipBookkeeping: true}.Diff(v1, v2)
	require.NoError(t, err)
	e := change(v2, eventID(2), at0.Add(time.Hour))
	e.Paths = paths
	_, err = f.s.Save(ctx, v2, e)
	require.NoError(t, err)
	return v1, v2
}

func TestSaveAndLoad(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFixture(t, b)
			v1, v2 := twoVersions(t, f)
			series := v1.Series()
			assert.Equal(t, [3]int{1, 2, 2}, f.rows(t))

			latest, err := f.s.Latest(ctx, series)
			require.NoError(t, err)
			assert.Equal(t, v2, latest)
			for _, want := range []recovery.Plan{v1, v2} {
				got, err := f.s.Version(ctx, series, want.Version)
				require.NoError(t, err)
				assert.Equal(t, want, got)
			}
			all, err := f.s.Series(ctx, series)
			require.NoError(t, err)
			assert.Equal(t, []recovery.Plan{v1, v2}, all)
			assert.Equal(t, recovery.StatusRevoked, all[0].StatusIn(all), "v1 is superseded, never rewritten")
			assert.Equal(t, recovery.StatusActive, all[0].Status)

			trail, err := f.s.Trail(ctx, series)
			require.NoError(t, err)
			events := trail.Events()
			require.Len(t, events, 2)
			assert.Equal(t, []string{"/goals/0/status"}, events[1].Paths, "the content diff")
			rep := audit.Authorship(events, series)
			assert.Equal(t, 2, rep.Total, "one authorship report covers both versions")
			assert.Equal(t, 2, rep.Of(audit.RolePeer).Changes)

			// The stored JSON is the plan's own encoding, and the event's
			// digest is its SHA-256.
			var stored string
			require.NoError(t, f.db.QueryRow(`SELECT plan FROM recovery_versions WHERE version = 2`).Scan(&stored))
			want, err := json.Marshal(v2)
			require.NoError(t, err)
			assert.Equal(t, string(want), stored)

			// A view is recorded on the trail without a version.
			view := audit.Event{ID: eventID(3), At: at0.Add(2 * time.Hour), Actor: audit.Actor{ID: "P-0001", Role: audit.RolePerson},
				Action: audit.ActionView, Subject: series, Version: 2, Outcome: audit.OutcomeSuccess}
			rec, err := f.s.Record(ctx, view)
			require.NoError(t, err)
			assert.Equal(t, uint64(3), rec.Seq)
			assert.Equal(t, events[1].Hash, rec.Prev)
			trail, err = f.s.Trail(ctx, series)
			require.NoError(t, err)
			assert.Equal(t, 3, trail.Len())
			assert.Equal(t, [3]int{1, 2, 3}, f.rows(t))

			// A third version after the view.
			v3 := recovery.Amend(v2, v3ID, at0.Add(3*time.Hour))
			_, err = f.s.Save(ctx, v3, change(v3, eventID(4), at0.Add(3*time.Hour)))
			require.NoError(t, err)
			latest, err = f.s.Latest(ctx, series)
			require.NoError(t, err)
			assert.Equal(t, 3, latest.Version)

			// Listing by person.
			other := recoverytest.SparseScenario()
			_, err = f.s.Save(ctx, other, change(other, eventID(5), at0))
			require.NoError(t, err)
			list, err := f.s.ListSeries(ctx, "P-0001")
			require.NoError(t, err)
			assert.Equal(t, []uuid.UUID{series}, list)
			list, err = f.s.ListSeries(ctx, other.PersonID)
			require.NoError(t, err)
			assert.Equal(t, []uuid.UUID{other.Series()}, list)
			list, err = f.s.ListSeries(ctx, "P-9999")
			require.NoError(t, err)
			assert.Empty(t, list)
		})
	}
}

func TestNotFound(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFixture(t, b)
			v1, _ := twoVersions(t, f)
			missing := uuid.MustParse("60000000-0000-4000-8000-0000000000ff")
			tests := []struct {
				name string
				call func() error
			}{
				{"latest of no series", func() error { _, err := f.s.Latest(ctx, missing); return err }},
				{"version of no series", func() error { _, err := f.s.Version(ctx, missing, 1); return err }},
				{"version 0", func() error { _, err := f.s.Version(ctx, v1.Series(), 0); return err }},
				{"version 3 of 2", func() error { _, err := f.s.Version(ctx, v1.Series(), 3); return err }},
				{"series", func() error { _, err := f.s.Series(ctx, missing); return err }},
				{"trail", func() error { _, err := f.s.Trail(ctx, missing); return err }},
				{"record on no series", func() error {
					_, err := f.s.Record(ctx, audit.Event{ID: eventID(9), At: at0.Add(time.Hour * 5), Actor: audit.Actor{ID: "x", Role: audit.RolePerson},
						Action: audit.ActionView, Subject: missing, Version: 1, Outcome: audit.OutcomeSuccess})
					return err
				}},
			}
			for _, tc := range tests {
				t.Run(tc.name, func(t *testing.T) {
					assert.ErrorIs(t, tc.call(), store.ErrNotFound)
				})
			}
		})
	}
}

func TestSaveRefuses(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFixture(t, b)
			v1, v2 := twoVersions(t, f)
			later := at0.Add(24 * time.Hour)
			next := func() recovery.Plan { return recovery.Amend(v2, v3ID, later) }
			tests := []struct {
				name  string
				plan  recovery.Plan
				event func(p recovery.Plan) audit.Event
				is    error
				path  string // the problem of a *ValidationError
				rule  string
			}{
				{"invalid plan", func() recovery.Plan { p := next(); p.Goals[0].Statement = ""; return p }(), nil, recovery.ErrInvalid, "goals[0].statement", "required"},
				{"event about another subject", next(), func(p recovery.Plan) audit.Event { e := change(p, eventID(10), later); e.Subject = v3ID; return e }, recovery.ErrInvalid, "event.subject", "series"},
				{"event about another version", next(), func(p recovery.Plan) audit.Event { e := change(p, eventID(10), later); e.Version = 2; return e }, recovery.ErrInvalid, "event.version", "version"},
				{"a view is not a save", next(), func(p recovery.Plan) audit.Event {
					e := change(p, eventID(10), later)
					e.Action = audit.ActionView
					return e
				}, recovery.ErrInvalid, "event.action", "action"},
				{"a failed change", next(), func(p recovery.Plan) audit.Event {
					e := change(p, eventID(10), later)
					e.Outcome = audit.OutcomeMinorFailure
					return e
				}, recovery.ErrInvalid, "event.outcome", "success"},
				{"an invalid event", next(), func(p recovery.Plan) audit.Event {
					e := change(p, eventID(10), later)
					e.Actor.ID = "Jordan Smith"
					return e
				}, recovery.ErrInvalid, "actor.id", "code"},
				{"another person's series", func() recovery.Plan { p := next(); p.PersonID = "P-0002"; return p }(), nil, recovery.ErrInvalid, "personId", "series"},
				{"version 2 again", func() recovery.Plan { return recovery.Amend(v1, v3ID, later) }(), nil, store.ErrConflict, "", ""},
				{"replaces another version", func() recovery.Plan { p := next(); p.Replaces = v1.ID; return p }(), nil, store.ErrConflict, "", ""},
				{"skips a version", func() recovery.Plan { p := next(); p.Version = 4; return p }(), nil, store.ErrConflict, "", ""},
				{"version 1 of a stored series", v1, nil, store.ErrConflict, "", ""},
				{"amends no stored series", func() recovery.Plan {
					p := recovery.Amend(recoverytest.SparseScenario(), v3ID, later)
					return p
				}(), nil, store.ErrNotFound, "", ""},
				{"a plan ID that another series holds", func() recovery.Plan {
					p := recoverytest.SparseScenario()
					p.ID, p.SeriesID = v2.ID, v3ID
					return p
				}(), nil, nil, "", ""}, // the database refuses it: not a sentinel
				{"earlier than the last event", recovery.Amend(v2, v3ID, at0), func(p recovery.Plan) audit.Event { return change(p, eventID(10), at0) }, audit.ErrTimeOrder, "", ""},
			}
			before := f.rows(t)
			for _, tc := range tests {
				t.Run(tc.name, func(t *testing.T) {
					event := change(tc.plan, eventID(10), later)
					if tc.event != nil {
						event = tc.event(tc.plan)
					}
					_, err := f.s.Save(ctx, tc.plan, event)
					require.Error(t, err)
					if tc.is != nil {
						assert.ErrorIs(t, err, tc.is)
					}
					if tc.path != "" {
						var ve *recovery.ValidationError
						require.ErrorAs(t, err, &ve)
						assert.True(t, ve.Has(tc.path, tc.rule), "want %s %s, got %v", tc.path, tc.rule, ve.Problems)
					}
					for _, w := range personWords(tc.plan) {
						assert.NotContains(t, err.Error(), w)
					}
					assert.Equal(t, before, f.rows(t), "nothing written")
				})
			}
			latest, err := f.s.Latest(ctx, v1.Series())
			require.NoError(t, err)
			assert.Equal(t, v2, latest)
		})
	}
}

func TestRecordRefuses(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFixture(t, b)
			v1, _ := twoVersions(t, f)
			view := func() audit.Event {
				return audit.Event{ID: eventID(20), At: at0.Add(48 * time.Hour), Actor: audit.Actor{ID: "P-0001", Role: audit.RolePerson},
					Action: audit.ActionView, Subject: v1.Series(), Version: 2, Outcome: audit.OutcomeSuccess}
			}
			tests := []struct {
				name   string
				mutate func(e *audit.Event)
				is     error
				path   string
				rule   string
			}{
				{"a content change", func(e *audit.Event) { e.Action = audit.ActionUpdate }, recovery.ErrInvalid, "event.action", "content"},
				{"a version not stored", func(e *audit.Event) { e.Version = 3 }, recovery.ErrInvalid, "event.version", "exists"},
				{"invalid", func(e *audit.Event) { e.Reason = "she asked" }, recovery.ErrInvalid, "reason", "code"},
				{"earlier than the last event", func(e *audit.Event) { e.At = at0 }, audit.ErrTimeOrder, "", ""},
			}
			before := f.rows(t)
			for _, tc := range tests {
				t.Run(tc.name, func(t *testing.T) {
					e := view()
					tc.mutate(&e)
					_, err := f.s.Record(ctx, e)
					assert.ErrorIs(t, err, tc.is)
					if tc.path != "" {
						var ve *recovery.ValidationError
						require.ErrorAs(t, err, &ve)
						assert.True(t, ve.Has(tc.path, tc.rule), "want %s %s, got %v", tc.path, tc.rule, ve.Problems)
					}
					assert.Equal(t, before, f.rows(t), "nothing written")
				})
			}
		})
	}
}

func TestTamperIsDetected(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			tests := []struct {
				name    string
				sql     string
				problem string
				version int // of the TamperError; 0 for the trail or head
				chain   bool
			}{
				{"a plan's words changed", `UPDATE recovery_versions SET plan = replace(plan, 'brother', 'sister') WHERE version = 2`, "digest", 2, false},
				{"the first version changed", `UPDATE recovery_versions SET plan = replace(plan, 'brother', 'sister') WHERE version = 1`, "digest", 1, false},
				{"an event changed", `UPDATE recovery_events SET line = replace(line, 'peer-17', 'peer-18') WHERE seq = 1`, "chain", 0, true},
				{"an event removed", `DELETE FROM recovery_events WHERE seq = 1`, "chain", 0, true},
				{"the last event removed", `DELETE FROM recovery_events WHERE seq = 2`, "head", 0, false},
				{"the head's hash changed", `UPDATE recovery_series SET head_hash = '` + strings.Repeat("0", 64) + `'`, "head", 0, false},
				{"the head moved back", `UPDATE recovery_series SET head_seq = 1, latest = 1`, "head", 0, false},
				{"a version removed", `DELETE FROM recovery_versions WHERE version = 1`, "version", 1, false},
				{"the latest version removed", `DELETE FROM recovery_versions WHERE version = 2`, "version", 2, false},
				{"a version's ID changed", `UPDATE recovery_versions SET plan_id = '60000000-0000-4000-8000-0000000000aa' WHERE version = 2`, "version", 2, false},
				{"the latest named wrong", `UPDATE recovery_series SET latest = 3`, "head", 0, false},
			}
			for _, tc := range tests {
				t.Run(tc.name, func(t *testing.T) {
					ctx := context.Background()
					f := newFixture(t, b)
					v1, _ := twoVersions(t, f)
					res, err := f.db.Exec(tc.sql)
					require.NoError(t, err)
					n, err := res.RowsAffected()
					require.NoError(t, err)
					require.NotZero(t, n, "the statement changed a row")

					_, err = f.s.Series(ctx, v1.Series())
					require.Error(t, err)
					assert.ErrorIs(t, err, audit.ErrTampered)
					var te *store.TamperError
					require.ErrorAs(t, err, &te)
					assert.Equal(t, tc.problem, te.Problem)
					assert.Equal(t, tc.version, te.Version)
					assert.Equal(t, v1.Series(), te.Series)
					if tc.chain {
						var ae *audit.TamperError
						assert.ErrorAs(t, err, &ae)
					}
					for _, w := range personWords(v1) {
						assert.NotContains(t, err.Error(), w)
					}
					assert.NotContains(t, err.Error(), "sister")
					_, err = f.s.Latest(ctx, v1.Series())
					if tc.version == 1 {
						assert.NoError(t, err, "Latest checks the latest version's bytes only")
						_, err = f.s.Version(ctx, v1.Series(), 1)
					}
					assert.ErrorIs(t, err, audit.ErrTampered, "Latest and Version verify too")
				})
			}
		})
	}
}

func TestRowsPastTheHeadAreNotPartOfTheSeries(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFixture(t, b)
			v1, v2 := twoVersions(t, f)
			var line string
			require.NoError(t, f.db.QueryRow(`SELECT line FROM recovery_events WHERE seq = 2`).Scan(&line))
			_, err := f.db.Exec(`INSERT INTO recovery_events (series_id, seq, event_id, line) VALUES ($1, 3, $2, $3)`,
				v1.Series().String(), eventID(99).String(), line)
			require.NoError(t, err)
			trail, err := f.s.Trail(ctx, v1.Series())
			require.NoError(t, err)
			assert.Equal(t, 2, trail.Len())
			latest, err := f.s.Latest(ctx, v1.Series())
			require.NoError(t, err)
			assert.Equal(t, v2, latest)
			// The row in the way makes the next save fail, with nothing written.
			v3 := recovery.Amend(v2, v3ID, at0.Add(5*time.Hour))
			_, err = f.s.Save(ctx, v3, change(v3, eventID(30), at0.Add(5*time.Hour)))
			require.Error(t, err)
			latest, err = f.s.Latest(ctx, v1.Series())
			require.NoError(t, err)
			assert.Equal(t, 2, latest.Version)
		})
	}
}
