package fhir_test

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/google/uuid"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/fhir"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
)

// examplePlan is a small plan: one goal with one step, and one supporter who
// agreed to be involved.
func examplePlan() recovery.Plan {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	return recovery.Plan{
		ID:       uuid.MustParse("60000000-0000-4000-8000-000000000001"),
		Version:  1,
		Status:   recovery.StatusActive,
		PersonID: "P-0001",
		Goals: []goals.SMARTGoal{{
			ID:        uuid.MustParse("10000000-0000-4000-8000-000000000004"),
			Statement: "I want to find a place to live",
			Area:      life.AreaHousing, Term: goals.TermShort, Status: goals.StatusActive,
			Importance: 1, Order: 1,
			Steps: []goals.Step{{
				ID:     uuid.MustParse("11000000-0000-4000-8000-000000000001"),
				Action: "I will list at least 5 possible rentals and will call at least 3",
				Due:    at.AddDate(0, 0, 7),
			}},
		}},
		Supports: []recovery.Supporter{{
			ID: uuid.MustParse("50000000-0000-4000-8000-000000000001"), Name: "Jordan",
			Role: recovery.SupporterRolePeerSpecialist, Phone: "555-0142", ConsentToInvolve: true,
		}},
		Created: at,
	}
}

func ExampleExport() {
	b, err := fhir.Export(examplePlan(), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range b.Entry {
		fmt.Println(e.Resource.ResourceType(), e.FullURL)
	}
	goal := b.Entry[1].Resource.(fhir.Goal)
	fmt.Println(goal.LifecycleStatus, goal.AchievementStatus.CodeIn(fhir.SystemGoalAchievement))
	// Output:
	// CarePlan urn:uuid:60000000-0000-4000-8000-000000000001
	// Goal urn:uuid:10000000-0000-4000-8000-000000000004
	// Task urn:uuid:11000000-0000-4000-8000-000000000001
	// List urn:uuid:4a5436f3-e222-532f-9914-7bc4d28fe086
	// List urn:uuid:8624ca4e-c977-527e-a81d-56d865246ecc
	// RelatedPerson urn:uuid:50000000-0000-4000-8000-000000000001
	// List urn:uuid:4d7e8eb5-01ab-5d1b-8191-db74acb5bbb2
	// CareTeam urn:uuid:fcb21b2f-65a2-554d-9fa6-3d914d85a247
	// active in-progress
}

func ExampleImport() {
	b, err := fhir.Export(examplePlan(), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	raw, err := b.MarshalJSON()
	if err != nil {
		fmt.Println(err)
		return
	}
	p, skipped, err := fhir.Import(raw)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := p.Goals[0]
	fmt.Println(g.ID, g.Status, "importance", g.Importance, "steps", len(g.Steps))
	fmt.Println(p.Supports[0].Role, "involved:", p.Supports[0].ConsentToInvolve)
	fmt.Println("skipped:", len(skipped))
	// Output:
	// 10000000-0000-4000-8000-000000000004 active importance 1 steps 1
	// peer-specialist involved: true
	// skipped: 0
}

func ExampleImport_malformed() {
	bundle := `{"resourceType":"Bundle","type":"collection","entry":[
	  {"fullUrl":"urn:uuid:60000000-0000-4000-8000-000000000001","resource":{"resourceType":"CarePlan",
	   "id":"60000000-0000-4000-8000-000000000001","status":"active","intent":"directive",
	   "subject":{"identifier":{"value":"P-0001"}},"created":"2026-03-02T10:00:00Z"}}]}`
	_, _, err := fhir.Import([]byte(bundle))
	fmt.Println(err)
	// Output:
	// fhir: malformed bundle: entry 0 (CarePlan): recovery: invalid input: intent: valid
}

func ExampleWriteNDJSON() {
	b, err := fhir.Export(examplePlan(), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	files := map[string]*bytes.Buffer{}
	var names []string
	err = fhir.WriteNDJSON(b, func(resourceType string) (io.Writer, error) {
		files[resourceType] = new(bytes.Buffer)
		names = append(names, resourceType+".ndjson")
		return files[resourceType], nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(names)
	fmt.Println(bytes.Count(files["List"].Bytes(), []byte("\n")), "lines in List.ndjson")
	// Output:
	// [CarePlan.ndjson Goal.ndjson Task.ndjson List.ndjson RelatedPerson.ndjson CareTeam.ndjson]
	// 3 lines in List.ndjson
}

func ExampleQuestionnaires() {
	for _, q := range fhir.Questionnaires() {
		fmt.Println(q.URL+"|"+q.Version, len(q.Item), "items")
	}
	safety := fhir.Questionnaires()[1]
	ask := safety.Item[4] // a repeating group: one per contact
	fmt.Println(ask.LinkID, ask.Type, *ask.Repeats, ask.Item[0].LinkID, ask.Item[4].LinkID, ask.Item[4].Type)
	// Output:
	// https://github.com/recoverykit/recovery/fhir/Questionnaire/overdose-plan|1.1.0 12 items
	// https://github.com/recoverykit/recovery/fhir/Questionnaire/safety-plan|1.1.0 9 items
	// https://github.com/recoverykit/recovery/fhir/Questionnaire/wellness-toolbox|1.1.0 4 items
	// https://github.com/recoverykit/recovery/fhir/Questionnaire/shared-decision|1.1.0 13 items
	// askForHelp group true askForHelp.name askForHelp.supporterId reference
}
