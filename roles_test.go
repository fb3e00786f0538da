package recovery_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

func TestSupporterRoleRole(t *testing.T) {
	want := map[recovery.SupporterRole]sdm.Role{
		recovery.SupporterRoleFamily:         sdm.RoleFamily,
		recovery.SupporterRoleFriend:         sdm.RoleSupporter,
		recovery.SupporterRoleCommunity:      sdm.RoleSupporter,
		recovery.SupporterRolePeerSpecialist: sdm.RolePeer,
		recovery.SupporterRoleProvider:       sdm.RoleProvider,
	}
	assert.Len(t, want, len(recovery.SupporterRoles()))
	for _, r := range recovery.SupporterRoles() {
		assert.Equal(t, want[r], r.Role(), r)
		assert.True(t, r.Role().IsValid(), r)
		assert.NotEqual(t, sdm.RolePerson, r.Role(), "a supporter is never the person")
	}
	assert.Equal(t, sdm.Role(""), recovery.SupporterRole("peer").Role())
}

// TestAuditRoleSameCodes checks that audit's roles are sdm's and "system",
// in the same order, so an actor's role and a co-creator's share codes.
func TestAuditRoleSameCodes(t *testing.T) {
	var codes []audit.Role
	for _, r := range sdm.Roles() {
		a := recovery.AuditRole(r)
		assert.True(t, a.IsValid(), r)
		assert.Equal(t, string(r), string(a))
		codes = append(codes, a)
	}
	assert.Equal(t, append(codes, audit.RoleSystem), audit.Roles())
	assert.Equal(t, audit.Role(""), recovery.AuditRole("system"))
}

func TestStrengthSource(t *testing.T) {
	tests := []struct {
		role sdm.Role
		want strengths.Source
		ok   bool
	}{
		{sdm.RolePerson, strengths.SourceSelf, true},
		{sdm.RoleProvider, strengths.SourceProvider, true},
		{sdm.RolePeer, strengths.SourcePeer, true},
		{sdm.RoleFamily, strengths.SourceFamily, true},
		{sdm.RoleSupporter, "", false},
		{"peer-specialist", "", false},
	}
	for _, tt := range tests {
		got, ok := recovery.StrengthSource(tt.role)
		assert.Equal(t, tt.want, got, tt.role)
		assert.Equal(t, tt.ok, ok, tt.role)
		if ok {
			assert.True(t, got.IsValid())
		}
	}
	// Every source is reached from one role.
	reached := map[strengths.Source]bool{}
	for _, r := range sdm.Roles() {
		if s, ok := recovery.StrengthSource(r); ok {
			reached[s] = true
		}
	}
	assert.Len(t, reached, len(strengths.Sources()))
}
