package recovery

import (
	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

// The module has one vocabulary of roles, written in four enums for the four
// places a role is recorded:
//
//	SupporterRole     sdm.Role (co-creator,   audit.Role       strengths.Source
//	(circle of        decision participant)   (who changed     (who named a
//	support)                                  the plan)        strength)
//	                  person                  person           self
//	provider          provider                provider         provider
//	peer-specialist   peer                    peer             peer
//	family            family                  family           family
//	friend            supporter               supporter        -
//	community         supporter               supporter        -
//	                                          system           -
//
// A supporter is recorded by who they are to the person (a peer-specialist,
// a friend); a co-creator, a participant or an actor by the part they play
// (a peer, a supporter). [SupporterRole.Role], [AuditRole] and
// [StrengthSource] convert along the rows.

// Role returns the part a supporter with role r plays as a co-creator or a
// decision participant: provider, peer (for a peer-specialist), family, or
// supporter (for a friend or someone from the community). It returns "" for
// a role that is not valid.
func (r SupporterRole) Role() sdm.Role {
	switch r {
	case SupporterRoleFamily:
		return sdm.RoleFamily
	case SupporterRoleFriend, SupporterRoleCommunity:
		return sdm.RoleSupporter
	case SupporterRolePeerSpecialist:
		return sdm.RolePeer
	case SupporterRoleProvider:
		return sdm.RoleProvider
	}
	return ""
}

// AuditRole returns the audit role of an actor who plays role r: the same
// code, since audit.Roles is sdm.Roles and "system". It returns "" for a
// role that is not valid.
func AuditRole(r sdm.Role) audit.Role {
	if !r.IsValid() {
		return ""
	}
	return audit.Role(r)
}

// StrengthSource returns the source of a strength named by someone playing
// role r (self for the person), and false for a supporter, whom
// strengths.Source does not name apart, or a role that is not valid.
func StrengthSource(r sdm.Role) (strengths.Source, bool) {
	switch r {
	case sdm.RolePerson:
		return strengths.SourceSelf, true
	case sdm.RoleProvider:
		return strengths.SourceProvider, true
	case sdm.RolePeer:
		return strengths.SourcePeer, true
	case sdm.RoleFamily:
		return strengths.SourceFamily, true
	}
	return "", false
}
