package crisis_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/recoverykit/recovery/crisis"
)

// FuzzOverdosePlanJSON decodes a plan, then checks that Validate, Readiness
// and PocketCard never panic, that Missing lists valid fields in order, that
// the score stays in [0, 1], and that every card line fits the width.
func FuzzOverdosePlanJSON(f *testing.F) {
	for _, tt := range overdoseCases {
		b, err := json.Marshal(tt.plan())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, tt.at.Unix(), int(tt.at.Unix()%200))
	}
	for _, tt := range cardCases {
		b, err := json.Marshal(tt.plan())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, at.Unix(), cardWidth(tt.opts))
	}
	order := crisis.Fields()
	f.Fuzz(func(t *testing.T, data []byte, unix int64, width int) {
		var p crisis.OverdosePlan
		if json.Unmarshal(data, &p) != nil {
			return
		}
		_ = p.Validate()
		r := p.Readiness(time.Unix(unix, 0), &crisis.ReadinessOptions{StaleAfter: time.Duration(width) * time.Hour})
		checkReadiness(t, r, order)
		card := p.PocketCard(&crisis.CardOptions{Width: width})
		w := width
		if w == 0 {
			w = crisis.DefaultCardWidth
		}
		assertFits(t, card, min(max(w, crisis.MinCardWidth), crisis.MaxCardWidth))
		for _, r := range card {
			if '\u202A' <= r && r <= '\u202E' || '\u2066' <= r && r <= '\u2069' {
				t.Errorf("card holds bidirectional control %U", r)
			}
		}
	})
}

// FuzzSafetyPlanJSON decodes a safety plan, then checks Validate and
// Readiness.
func FuzzSafetyPlanJSON(f *testing.F) {
	for _, tt := range safetyCases {
		b, err := json.Marshal(tt.plan())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, tt.at.Unix())
	}
	order := crisis.Fields()
	f.Fuzz(func(t *testing.T, data []byte, unix int64) {
		var p crisis.SafetyPlan
		if json.Unmarshal(data, &p) != nil {
			return
		}
		_ = p.Validate()
		r := p.Readiness(time.Unix(unix, 0), nil)
		checkReadiness(t, r, order)
		if r.NaloxoneExpired {
			t.Error("a safety plan has no naloxone to expire")
		}
	})
}

// FuzzToolboxJSON decodes a toolbox, then checks that Validate and Readiness
// never panic, that Readiness lists valid fields in order, and that a valid
// toolbox's tools all have valid sections.
func FuzzToolboxJSON(f *testing.F) {
	b, err := json.Marshal(exampleToolbox())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"tools":[{"section":"toolkit"}],"triggers":[{}]}`))
	order := crisis.Fields()
	f.Fuzz(func(t *testing.T, data []byte) {
		var tb crisis.Toolbox
		if json.Unmarshal(data, &tb) != nil {
			return
		}
		r := tb.Readiness(at, nil)
		checkReadiness(t, r, order)
		if r.Checked != 4 || r.NaloxoneExpired || r.RisksToReview != nil {
			t.Errorf("toolbox readiness %+v", r)
		}
		if tb.Validate() != nil {
			return
		}
		for _, tool := range tb.Tools {
			if !tool.Section.IsValid() {
				t.Errorf("valid toolbox with section %q", tool.Section)
			}
		}
	})
}

func checkReadiness(t *testing.T, r crisis.Readiness, order []crisis.Field) {
	t.Helper()
	if s := r.Score(); s < 0 || s > 1 {
		t.Errorf("score %v outside [0, 1]", s)
	}
	last := -1
	for _, f := range r.Missing {
		i := slices.Index(order, f)
		if i < 0 && f != crisis.FieldReviewed {
			t.Errorf("missing field %q is not a Field", f)
		}
		if f == crisis.FieldReviewed {
			continue // last in both plans
		}
		if i <= last {
			t.Errorf("missing fields out of order: %v", r.Missing)
		}
		last = i
	}
	if r.Complete() != (len(r.Missing) == 0) {
		t.Error("Complete disagrees with Missing")
	}
}
