package audit_test

import (
	"bytes"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/audit"
)

// A host keeps the trail in a JSON Lines file by appending one line per
// event; the file reads back as the trail.
func ExampleTrail_AppendJSONL() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	var file bytes.Buffer // an *os.File opened with os.O_APPEND in a host
	var trail audit.Trail
	for i, action := range []audit.Action{audit.ActionCreate, audit.ActionView} {
		_, err := trail.AppendJSONL(&file, audit.Event{
			ID: uuid.MustParse(fmt.Sprintf("70000000-0000-4000-8000-%012d", i+1)), At: at.Add(time.Duration(i) * time.Minute),
			Actor:  audit.Actor{ID: "P-0001", Role: audit.RolePerson},
			Action: action, Subject: uuid.MustParse("60000000-0000-4000-8000-000000000001"), Version: 1,
			Outcome: audit.OutcomeSuccess,
		})
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	var whole bytes.Buffer
	_ = trail.WriteJSONL(&whole)
	fmt.Println("same bytes as WriteJSONL:", bytes.Equal(file.Bytes(), whole.Bytes()))
	back, err := audit.ReadJSONL(&file)
	fmt.Println("read back:", back.Len(), "events,", err)
	// Output:
	// same bytes as WriteJSONL: true
	// read back: 2 events, <nil>
}

// What changed between two versions, without their bookkeeping.
func ExampleDiffOptions() {
	type version struct {
		ID      string `json:"id"`
		Version int    `json:"version"`
		Vision  string `json:"vision"`
	}
	v1 := version{"60000000-0000-4000-8000-000000000001", 1, "A home of my own."}
	v2 := version{"60000000-0000-4000-8000-000000000002", 2, "A home of my own, and my brother back."}
	all, _ := audit.Diff(v1, v2)
	content, _ := audit.DiffOptions{SkipBookkeeping: true}.Diff(v1, v2)
	fmt.Println(all)
	fmt.Println(content)
	// Output:
	// [/id /version /vision]
	// [/vision]
}
