package sdm

import (
	"testing"

	"github.com/recoverykit/recovery/internal/gentest"
)

// TestTagsHold holds the generated tagsHold of each type in tags.go to
// validator/v10 (see gentest.CheckTags).
func TestTagsHold(t *testing.T) {
	var decisions []DecisionRecord
	var measures []MeasureResponse
	var options []Option
	var participants []Participant
	for _, p := range gentest.SamplePlans[struct {
		Decisions []DecisionRecord `json:"decisions"`
	}](t) {
		for _, d := range p.Decisions {
			decisions = append(decisions, d)
			measures = append(measures, d.Measures...)
			options = append(options, d.Options...)
			participants = append(participants, d.Participants...)
		}
	}
	gentest.CheckTags(t, decisions, (*DecisionRecord).tagsHold)
	gentest.CheckTags(t, measures, (*MeasureResponse).tagsHold)
	gentest.CheckTags(t, options, (*Option).tagsHold)
	gentest.CheckTags(t, participants, (*Participant).tagsHold)
}
