package crisis

import (
	"testing"

	"github.com/recoverykit/recovery/internal/gentest"
)

// TestTagsHold holds the generated tagsHold of each type in tags.go to
// validator/v10 (see gentest.CheckTags).
func TestTagsHold(t *testing.T) {
	var safety []SafetyPlan
	var overdose []OverdosePlan
	var toolboxes []Toolbox
	var contacts []Contact
	var tools []Tool
	var cues []Cue
	for _, p := range gentest.SamplePlans[struct {
		Overdose *OverdosePlan `json:"overdose"`
		Safety   *SafetyPlan   `json:"safety"`
		Toolbox  *Toolbox      `json:"toolbox"`
	}](t) {
		if o := p.Overdose; o != nil {
			overdose = append(overdose, *o)
			contacts = append(contacts, o.NaloxoneCarrier, o.CheckIn)
		}
		if s := p.Safety; s != nil {
			safety = append(safety, *s)
			contacts = append(contacts, s.DistractionPeople...)
			contacts = append(contacts, s.AskForHelp...)
			contacts = append(contacts, s.ProfessionalHelp...)
		}
		if tb := p.Toolbox; tb != nil {
			toolboxes = append(toolboxes, *tb)
			tools = append(tools, tb.Tools...)
			cues = append(cues, tb.Triggers...)
			cues = append(cues, tb.EarlyWarningSigns...)
		}
	}
	// The synthetic plans hold no triggers or warning signs.
	cues = append(cues, Cue{Text: "Payday", Action: "Pay rent first, then call Ana"}, Cue{Text: "Sleeping less than five hours", Action: "Tell my peer specialist"})
	gentest.CheckTags(t, safety, (*SafetyPlan).tagsHold)
	gentest.CheckTags(t, overdose, (*OverdosePlan).tagsHold)
	gentest.CheckTags(t, toolboxes, (*Toolbox).tagsHold)
	gentest.CheckTags(t, contacts, (*Contact).tagsHold)
	gentest.CheckTags(t, tools, (*Tool).tagsHold)
	gentest.CheckTags(t, cues, (*Cue).tagsHold)
}
