package strengths

import (
	"testing"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/gentest"
	"github.com/recoverykit/recovery/life"
)

// TestTagsHold holds the generated tagsHold of each type in tags.go to
// validator/v10 (see gentest.CheckTags).
func TestTagsHold(t *testing.T) {
	var assessments []Assessment
	var strengths []Strength
	var aspects []Aspect
	for _, p := range gentest.SamplePlans[struct {
		Strengths *Assessment `json:"strengths"`
	}](t) {
		if a := p.Strengths; a != nil {
			assessments = append(assessments, *a)
			strengths = append(strengths, a.Strengths...)
			aspects = append(aspects, a.Aspects...)
		}
	}
	// The synthetic plans hold no aspects: one of each kind in each area.
	for i, k := range AspectKinds() {
		for _, area := range life.Areas() {
			aspects = append(aspects, Aspect{ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte{byte(i), byte(len(aspects))}), Area: area, Kind: k, Text: "Quiet mornings with coffee"})
		}
	}
	gentest.CheckTags(t, assessments, (*Assessment).tagsHold)
	gentest.CheckTags(t, strengths, (*Strength).tagsHold)
	gentest.CheckTags(t, aspects, (*Aspect).tagsHold)
}
