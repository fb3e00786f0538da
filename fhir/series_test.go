package fhir_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/fhir"
	"github.com/recoverykit/recovery/recoverytest"
)

// TestSeriesAgrees checks that the CarePlan of every version carries the
// series as its identifier, that the Provenances of a trail whose events name
// the series target that identifier, that they count what audit.Authorship
// counts, and that the series comes back on import.
func TestSeriesAgrees(t *testing.T) {
	v1 := recoverytest.Scenario()
	at := v1.Created.Add(24 * time.Hour)
	v2 := recovery.Amend(v1, uuid.MustParse("60000000-0000-4000-8000-0000000000a2"), at)
	var trail audit.Trail
	for i, p := range []recovery.Plan{v1, v2} {
		action := audit.ActionCreate
		if p.Version > 1 {
			action = audit.ActionUpdate
		}
		_, err := trail.Append(audit.Event{ID: uuid.UUID{0: 0xe0, 15: byte(i + 1)}, At: p.Created,
			Actor: audit.Actor{ID: "peer-17", Role: audit.RolePeer}, Action: action,
			Subject: p.Series(), Version: uint64(p.Version), Outcome: audit.OutcomeSuccess})
		require.NoError(t, err)
	}
	events := trail.Events()
	tests := []struct {
		name string
		plan recovery.Plan
	}{
		{"first version", v1},
		{"amendment", v2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := fhir.Export(tc.plan, &fhir.Options{Trail: events})
			require.NoError(t, err)
			cp, ok := b.Entry[0].Resource.(fhir.CarePlan)
			require.True(t, ok)
			assert.Equal(t, tc.plan.ID.String(), cp.ID, "the resource id is the version")
			require.Len(t, cp.Identifier, 1)
			assert.Equal(t, fhir.Identifier{System: fhir.SystemURI, Value: "urn:uuid:" + v1.ID.String()}, cp.Identifier[0],
				"the identifier is the series")
			// Each Provenance targets this CarePlan, version-specific, when
			// its event is about this version, and the series' identifier
			// otherwise.
			provenances := 0
			for _, e := range b.Entry {
				if pr, ok := e.Resource.(fhir.Provenance); ok {
					provenances++
					require.Len(t, pr.Target, 1)
					target := pr.Target[0]
					if target.Reference != "" {
						assert.Equal(t, "CarePlan/"+cp.ID+"/_history/"+cp.Meta.VersionID, target.Reference)
					} else {
						assert.Equal(t, cp.Identifier[0], target.Identifier, "the Provenance targets the CarePlan's series")
					}
				}
			}
			assert.Equal(t, audit.Authorship(events, tc.plan.Series()).Total, provenances)

			raw, err := json.Marshal(b)
			require.NoError(t, err)
			back, _, err := fhir.Import(raw)
			require.NoError(t, err)
			assert.Equal(t, tc.plan.SeriesID, back.SeriesID)
			assert.Equal(t, tc.plan.Series(), back.Series())
			assert.Equal(t, tc.plan.Replaces, back.Replaces)
			assert.Equal(t, tc.plan.Version, back.Version)
		})
	}
}
