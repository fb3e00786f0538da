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
	other := ev("P-0001", audit.RolePerson, audit.ActionUpdate, audit.OutcomeSuccess)
	other.Subject = goalID
	events := []audit.Event{
		ev("P-0001", audit.RolePerson, audit.ActionCreate, audit.OutcomeSuccess),
		ev("P-0001", audit.RolePerson, audit.ActionUpdate, audit.OutcomeSuccess),
		ev("P-0001", audit.RolePerson, audit.ActionUpdate, audit.OutcomeSuccess),
		ev("S-0001", audit.RolePeer, audit.ActionUpdate, audit.OutcomeSuccess),
		ev("S-0002", audit.RolePeer, audit.ActionDelete, audit.OutcomeSuccess),
		ev("D-0001", audit.RoleProvider, audit.ActionView, audit.OutcomeSuccess),        // not a change
		ev("D-0001", audit.RoleProvider, audit.ActionSign, audit.OutcomeSuccess),        // not a change
		ev("D-0001", audit.RoleProvider, audit.ActionUpdate, audit.OutcomeMinorFailure), // failed
		ev("X", "stranger", audit.ActionUpdate, audit.OutcomeSuccess),                   // invalid role
		other, // another subject
	}
	rep := audit.Authorship(events, planID)
	assert.Equal(t, planID, rep.Subject)
	assert.Equal(t, 5, rep.Total)
	require.Len(t, rep.Roles, len(audit.Roles()))
	for i, r := range audit.Roles() {
		assert.Equal(t, r, rep.Roles[i].Role)
	}
	assert.Equal(t, audit.RoleShare{Role: audit.RolePerson, Changes: 3, Actors: 1, Share: 0.6}, rep.Of(audit.RolePerson))
	assert.Equal(t, audit.RoleShare{Role: audit.RolePeer, Changes: 2, Actors: 2, Share: 0.4}, rep.Of(audit.RolePeer))
	assert.Equal(t, audit.RoleShare{Role: audit.RoleProvider}, rep.Of(audit.RoleProvider))
	assert.Equal(t, audit.RoleShare{Role: "stranger"}, rep.Of("stranger"))

	goalRep := audit.Authorship(events, goalID)
	assert.Equal(t, 1, goalRep.Total)
	assert.InDelta(t, 1.0, goalRep.Of(audit.RolePerson).Share, 0)

	empty := audit.Authorship(nil, planID)
	assert.Zero(t, empty.Total)
	assert.Len(t, empty.Roles, 6)
	assert.Zero(t, empty.Of(audit.RolePerson).Share)
}
