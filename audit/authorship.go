package audit

import "github.com/google/uuid"

// RoleShare is one role's part in the content changes to a subject.
//
// The zero value is a role with no changes. RoleShare is a plain value and is
// safe for concurrent use.
type RoleShare struct {
	// Role is the role counted.
	Role Role `json:"role"`
	// Changes is the number of successful content changes (create, update,
	// delete) made by actors in this role.
	Changes int `json:"changes"`
	// Actors is the number of distinct actor IDs in this role that made
	// them.
	Actors int `json:"actors"`
	// Share is Changes divided by the report's Total: 0 when Total is 0.
	Share float64 `json:"share"`
}

// AuthorshipReport counts, for one subject, who made its content: evidence
// that a plan is person-driven (the person's share) or a question to raise
// if it is not.
//
// The zero value is the report for no events. AuthorshipReport is a plain
// value and is safe for concurrent use if not modified.
type AuthorshipReport struct {
	// Subject is the subject counted.
	Subject uuid.UUID `json:"subject"`
	// Total is the number of successful content changes to Subject.
	Total int `json:"total"`
	// Roles has one entry per role, in [Roles] order, roles without changes
	// included, so that reports line up across plans.
	Roles []RoleShare `json:"roles"`
}

// Of returns the entry for role r, or a zero RoleShare naming r if r is not
// valid.
func (a AuthorshipReport) Of(r Role) RoleShare {
	if i := r.Index(); i >= 0 && i < len(a.Roles) {
		return a.Roles[i]
	}
	return RoleShare{Role: r}
}

// Authorship counts the content changes to subject in events, per role.
//
// A content change is an event about exactly subject (events about a part of
// a plan have the part's ID as Subject: pass that ID to count them) whose
// Action changes content ([Action.ChangesContent]: create, update, delete)
// and whose Outcome is [OutcomeSuccess]. Views, exports, shares and signatures are
// not authorship; neither are failed attempts. Events with a role that is not
// valid are not counted. Each Share is Changes/Total, computed once per role;
// the shares add up to 1 up to rounding when Total > 0.
//
// Authorship does not modify events and does not check the chain: run it on
// the Events of a verified [Trail].
func Authorship(events []Event, subject uuid.UUID) AuthorshipReport {
	roles := Roles()
	rep := AuthorshipReport{Subject: subject, Roles: make([]RoleShare, len(roles))}
	actors := make([]map[string]struct{}, len(roles))
	for _, e := range events {
		i := e.Actor.Role.Index()
		if e.Subject != subject || !e.Action.ChangesContent() || e.Outcome != OutcomeSuccess || i < 0 {
			continue
		}
		rep.Total++
		rep.Roles[i].Changes++
		if actors[i] == nil {
			actors[i] = make(map[string]struct{})
		}
		actors[i][e.Actor.ID] = struct{}{}
	}
	for i, r := range roles {
		s := &rep.Roles[i]
		s.Role = r
		s.Actors = len(actors[i])
		if rep.Total > 0 {
			s.Share = float64(s.Changes) / float64(rep.Total)
		}
	}
	return rep
}
