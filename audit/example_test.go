package audit_test

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/audit"
)

// The example scenario: the person (P-0001) writes their plan with their peer
// specialist (supporter 50000000-...-000000000001), amends a goal, and signs.
func Example() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	plan := uuid.MustParse("60000000-0000-4000-8000-000000000001")
	person := audit.Actor{ID: "P-0001", Role: audit.RolePerson}
	peer := audit.Actor{ID: "50000000-0000-4000-8000-000000000001", Role: audit.RolePeer}

	var trail audit.Trail // the zero value is ready to use
	events := []audit.Event{
		{Actor: person, Action: audit.ActionCreate, Version: 1, Reason: "person-request"},
		{Actor: peer, Action: audit.ActionUpdate, Version: 2, Paths: []string{"/goals/3/steps"}, Reason: "person-request"},
		{Actor: person, Action: audit.ActionUpdate, Version: 3, Paths: []string{"/goals", "/goals/0/importance"}},
		{Actor: person, Action: audit.ActionSign, Version: 3},
	}
	for i, e := range events {
		e.ID = uuid.MustParse(fmt.Sprintf("70000000-0000-4000-8000-%012d", i+1))
		e.At = at.Add(time.Duration(i) * 10 * time.Minute)
		e.Subject = plan
		e.Outcome = audit.OutcomeSuccess
		stored, err := trail.Append(e)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(stored.Seq, stored.Action, stored.Action.FHIR(), stored.Actor.Role, stored.Paths)
	}
	fmt.Println("verify:", trail.Verify())

	rep := audit.Authorship(trail.Events(), plan)
	fmt.Printf("person made %d of %d changes (%.0f%%)\n",
		rep.Of(audit.RolePerson).Changes, rep.Total, 100*rep.Of(audit.RolePerson).Share)
	// Output:
	// 1 create C person []
	// 2 update U peer [/goals/3/steps]
	// 3 update U person [/goals /goals/0/importance]
	// 4 sign E person []
	// verify: <nil>
	// person made 2 of 3 changes (67%)
}

// Reading a stored trail verifies it; a changed byte is reported with its
// line.
func ExampleReadJSONL() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	var trail audit.Trail
	for i := range 3 {
		_, err := trail.Append(audit.Event{
			ID:      uuid.MustParse(fmt.Sprintf("70000000-0000-4000-8000-%012d", i+1)),
			At:      at.Add(time.Duration(i) * time.Hour),
			Actor:   audit.Actor{ID: "P-0001", Role: audit.RolePerson},
			Action:  audit.ActionView,
			Subject: uuid.MustParse("60000000-0000-4000-8000-000000000001"),
			Version: 1,
			Outcome: audit.OutcomeSuccess,
		})
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	anchor := trail.Anchor() // keep this elsewhere, for example signed

	var file bytes.Buffer
	if err := trail.WriteJSONL(&file); err != nil {
		fmt.Println(err)
		return
	}
	read, err := audit.ReadJSONL(bytes.NewReader(file.Bytes()))
	fmt.Println("intact:", err, read.CheckAnchor(anchor))

	// Someone changes the hour of the second view.
	changed := bytes.Replace(file.Bytes(), []byte("T11:00"), []byte("T11:30"), 1)
	_, err = audit.ReadJSONL(bytes.NewReader(changed))
	var te *audit.TamperError
	if errors.As(err, &te) {
		fmt.Println("line", te.Line, te.Break)
	}

	// Someone removes the last line: the file alone still verifies, the
	// anchor does not.
	cut := file.Bytes()[:bytes.LastIndexByte(file.Bytes()[:file.Len()-1], '\n')+1]
	read, err = audit.ReadJSONL(bytes.NewReader(cut))
	fmt.Println("cut:", err, read.CheckAnchor(anchor))
	// Output:
	// intact: <nil> <nil>
	// line 2 hash-mismatch
	// cut: <nil> audit: trail does not verify: seq 3: truncated
}

// Diff names the fields that changed, never their content; reordering a list
// of goals is one change.
func ExampleDiff() {
	type goal struct {
		ID         string `json:"id"`
		Importance int    `json:"importance"`
	}
	type plan struct {
		Goals []goal `json:"goals"`
	}
	before := plan{Goals: []goal{{"g1", 1}, {"g2", 2}, {"g3", 3}}}
	moved := plan{Goals: []goal{{"g3", 3}, {"g1", 1}, {"g2", 2}}} // g3 shown first
	paths, err := audit.Diff(before, moved)
	fmt.Println(paths, err)

	reranked := plan{Goals: []goal{{"g3", 1}, {"g1", 2}, {"g2", 3}}} // and ranked first
	paths, err = audit.Diff(before, reranked)
	fmt.Println(paths, err)
	// Output:
	// [/goals] <nil>
	// [/goals /goals/0/importance /goals/1/importance /goals/2/importance] <nil>
}

func ExampleAction_FHIR() {
	for _, a := range []audit.Action{audit.ActionCreate, audit.ActionView, audit.ActionUpdate, audit.ActionDelete, audit.ActionSign, audit.ActionExport, audit.ActionShare} {
		fmt.Println(a, "=", a.FHIR())
	}
	fmt.Println(audit.OutcomeMajorFailure, "=", audit.OutcomeMajorFailure.FHIR())
	// Output:
	// create = C
	// view = R
	// update = U
	// delete = D
	// sign = E
	// export = R
	// share = R
	// major-failure = 12
}
