// Command quickstart is the usage example shown in the README: three goals in
// the person's words, ranked as the person ranked them, and a SMART check.
package main

import (
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/phi"
)

func main() {
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	goal := func(n byte, words phi.Words, area life.Area, importance int) goals.SMARTGoal {
		return goals.SMARTGoal{ID: uuid.UUID{15: n}, Statement: words, Area: area,
			Term: goals.TermShort, Status: goals.StatusActive, Importance: importance}
	}
	plan := []goals.SMARTGoal{
		goal(1, "I want to get back in touch with my brother", life.AreaSocial, 1),
		goal(2, "I want to find a place to live by April 15", life.AreaHousing, 2),
		goal(3, "I want to get a better job", life.AreaEmployment, 2),
	}
	for _, r := range goals.Rank(plan) { // the person's order; ties are kept, never broken
		fmt.Printf("%d %-45s tied=%t\n", r.Place, r.Goal.Statement, r.Tied)
	}
	if due, ok := goals.AnalyzeText(string(plan[1].Statement), at, nil).Deadline(); ok {
		fmt.Println("deadline found in the person's words:", due.Format(time.DateOnly))
	}
	fmt.Println("to shape together:", goals.Check(plan[2], at).Missing())
}
