package audit_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/audit"
)

func TestAuthorship(t *testing.T) {
	goalID := kindID(10, 1)
	ev := func(id string, role audit.Role, action audit.Action, outcome audit.Outcome) audit.Event {
		return audit.Event{Actor: audit.Actor{ID: id, Role: role}, Action: action, Subject: planID, Outcome: outcome}
	}
	other := ev("P-0001", audit.Person, audit.Update, audit.Success)
	other.Subject = goalID
	events := []audit.Event{
		ev("P-0001", audit.Person, audit.Create, audit.Success),
		ev("P-0001", audit.Person, audit.Update, audit.Success),
		ev("P-0001", audit.Person, audit.Update, audit.Success),
		ev("S-0001", audit.Peer, audit.Update, audit.Success),
		ev("S-0002", audit.Peer, audit.Delete, audit.Success),
		ev("D-0001", audit.Provider, audit.View, audit.Success),        // not a change
		ev("D-0001", audit.Provider, audit.Sign, audit.Success),        // not a change
		ev("D-0001", audit.Provider, audit.Update, audit.MinorFailure), // failed
		ev("X", "stranger", audit.Update, audit.Success),               // invalid role
		other, // another subject
	}
	rep := audit.Authorship(events, planID)
	assert.Equal(t, planID, rep.Subject)
	assert.Equal(t, 5, rep.Total)
	require.Len(t, rep.Roles, len(audit.Roles()))
	for i, r := range audit.Roles() {
		assert.Equal(t, r, rep.Roles[i].Role)
	}
	assert.Equal(t, audit.RoleShare{Role: audit.Person, Changes: 3, Actors: 1, Share: 0.6}, rep.Of(audit.Person))
	assert.Equal(t, audit.RoleShare{Role: audit.Peer, Changes: 2, Actors: 2, Share: 0.4}, rep.Of(audit.Peer))
	assert.Equal(t, audit.RoleShare{Role: audit.Provider}, rep.Of(audit.Provider))
	assert.Equal(t, audit.RoleShare{Role: "stranger"}, rep.Of("stranger"))

	goalRep := audit.Authorship(events, goalID)
	assert.Equal(t, 1, goalRep.Total)
	assert.InDelta(t, 1.0, goalRep.Of(audit.Person).Share, 0)

	empty := audit.Authorship(nil, planID)
	assert.Zero(t, empty.Total)
	assert.Len(t, empty.Roles, 6)
	assert.Zero(t, empty.Of(audit.Person).Share)
}
