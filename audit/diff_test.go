package audit_test

import (
	"fmt"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/audit"
)

// A plan-shaped fixture: the library's own plan type lives in the root
// package, which audit must not import, so the test carries its own shape.
type (
	step struct {
		ID   uuid.UUID `json:"id"`
		Text string    `json:"text"`
		Due  time.Time `json:"due"`
		Done bool      `json:"done,omitempty"`
	}
	goal struct {
		ID         uuid.UUID   `json:"id"`
		Statement  string      `json:"statement"`
		Area       string      `json:"area"`
		Importance int         `json:"importance"`
		Timeline   int         `json:"timeline"`
		Steps      []step      `json:"steps,omitempty"`
		Strengths  []uuid.UUID `json:"strengths,omitempty"`
	}
	strength struct {
		ID   uuid.UUID `json:"id"`
		Area string    `json:"area"`
		Kind string    `json:"kind"`
		Text string    `json:"text"`
	}
	plan struct {
		ID        uuid.UUID         `json:"id"`
		Person    string            `json:"person"`
		Version   int               `json:"version"`
		Goals     []goal            `json:"goals"`
		Strengths []strength        `json:"strengths"`
		Notes     map[string]string `json:"notes,omitempty"`
	}
)

func kindID(kind, n int) uuid.UUID {
	return uuid.MustParse(fmt.Sprintf("%02d000000-0000-4000-8000-%012d", kind, n))
}

// seedPlan returns the example scenario's plan shape: five goals from the
// seed table, goal 4 with its three steps, three strengths.
func seedPlan() plan {
	rows := []struct {
		text, area           string
		importance, timeline int
	}{
		{"I want to get back in touch with my brother", "social", 1, 3},
		{"I want to quit smoking", "health", 4, 5},
		{"I want to go to a naloxone training", "health", 3, 2},
		{"I want to find a place to live", "housing", 2, 1},
		{"I want to get a better job", "employment", 4, 4},
	}
	p := plan{ID: kindID(60, 1), Person: "P-0001", Version: 1, Notes: map[string]string{"a/b~c": "x"}}
	for i, r := range rows {
		g := goal{ID: kindID(10, i+1), Statement: r.text, Area: r.area, Importance: r.importance, Timeline: r.timeline}
		if i == 0 {
			g.Strengths = []uuid.UUID{kindID(20, 1), kindID(20, 3)}
		}
		p.Goals = append(p.Goals, g)
	}
	due := refTime.AddDate(0, 0, 7)
	p.Goals[3].Steps = []step{
		{ID: kindID(11, 1), Text: "I will look on Craigslist for rentals for no more than 1 hour", Due: due},
		{ID: kindID(11, 2), Text: "I will list at least 5 possible rentals and will call at least 3", Due: due},
		{ID: kindID(11, 3), Text: "I will bring the notes from the calls to go over next week", Due: due},
	}
	p.Strengths = []strength{
		{ID: kindID(20, 1), Area: "social", Kind: "relationship", Text: "bond with brother"},
		{ID: kindID(20, 2), Area: "employment", Kind: "skill", Text: "work skill"},
		{ID: kindID(20, 3), Area: "personal", Kind: "quality", Text: "resilience"},
	}
	return p
}

// clonePlan returns a deep copy, so that an edit leaves seedPlan's value alone.
func clonePlan(p plan) plan {
	p.Goals = slices.Clone(p.Goals)
	for i := range p.Goals {
		p.Goals[i].Steps = slices.Clone(p.Goals[i].Steps)
		p.Goals[i].Strengths = slices.Clone(p.Goals[i].Strengths)
	}
	p.Strengths = slices.Clone(p.Strengths)
	notes := make(map[string]string, len(p.Notes))
	for k, v := range p.Notes {
		notes[k] = v
	}
	p.Notes = notes
	return p
}

var diffTests = []struct {
	name string
	edit func(p *plan)
	want []string
}{
	{"equal", func(*plan) {}, nil},
	{"one field", func(p *plan) { p.Goals[3].Statement = "I want a flat" }, []string{"/goals/3/statement"}},
	{"step done", func(p *plan) { p.Goals[3].Steps[1].Done = true }, []string{"/goals/3/steps/1/done"}},
	{"reorder goals", func(p *plan) { p.Goals = append(p.Goals[1:], p.Goals[0]) }, []string{"/goals"}},
	{"reorder and change", func(p *plan) {
		p.Goals = append(p.Goals[1:], p.Goals[0])
		p.Goals[4].Importance = 2
	}, []string{"/goals", "/goals/4/importance"}},
	{"goal added", func(p *plan) { p.Goals = append(p.Goals, goal{ID: kindID(10, 6)}) }, []string{"/goals/5"}},
	{"goal removed is not a reorder", func(p *plan) { p.Goals = slices.Delete(p.Goals, 1, 2) }, []string{"/goals/1"}},
	{"step added", func(p *plan) { p.Goals[3].Steps = append(p.Goals[3].Steps, step{ID: kindID(11, 4)}) }, []string{"/goals/3/steps/3"}},
	{"steps added to a goal without", func(p *plan) { p.Goals[1].Steps = []step{{ID: kindID(11, 5)}} }, []string{"/goals/1/steps"}},
	{"escaped key", func(p *plan) { p.Notes["a/b~c"] = "y" }, []string{"/notes/a~1b~0c"}},
	{"positional list reordered", func(p *plan) {
		p.Goals[0].Strengths[0], p.Goals[0].Strengths[1] = p.Goals[0].Strengths[1], p.Goals[0].Strengths[0]
	}, []string{"/goals/0/strengths/0", "/goals/0/strengths/1"}},
	{"several, numeric order", func(p *plan) {
		p.Version = 2
		p.Goals[0].Timeline = 1
		p.Goals[3].Timeline = 3
		p.Strengths[2].Text = "keeps going"
		p.Strengths = append(p.Strengths, strength{ID: kindID(20, 4)})
	}, []string{"/goals/0/timeline", "/goals/3/timeline", "/strengths/2/text", "/strengths/3", "/version"}},
}

func TestDiffPlan(t *testing.T) {
	for _, tt := range diffTests {
		t.Run(tt.name, func(t *testing.T) {
			before := seedPlan()
			after := clonePlan(before)
			tt.edit(&after)
			got, err := audit.Diff(before, after)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, seedPlan(), before, "inputs are not modified")
			for _, p := range got {
				assert.True(t, audit.IsPointer(p), p)
			}
		})
	}
}

func TestDiffValues(t *testing.T) {
	type pair = [2]any
	tests := []struct {
		name string
		in   pair
		want []string
	}{
		{"root scalar", pair{1, 2}, []string{""}},
		{"int and float", pair{1, 1.0}, nil},
		{"null and object", pair{nil, map[string]int{}}, []string{""}},
		{"type change", pair{map[string]any{"x": 1}, map[string]any{"x": "1"}}, []string{"/x"}},
		{"key removed", pair{map[string]any{"x": 1, "y": 2}, map[string]any{"y": 2}}, []string{"/x"}},
		{"positional tail", pair{[]int{1, 2, 3}, []int{1, 2}}, []string{"/2"}},
		{"duplicate ids by position", pair{
			[]map[string]any{{"id": 1, "v": 1}, {"id": 1, "v": 2}},
			[]map[string]any{{"id": 1, "v": 2}, {"id": 1, "v": 1}},
		}, []string{"/0/v", "/1/v"}},
		{"string and number ids differ", pair{
			[]map[string]any{{"id": 1}}, []map[string]any{{"id": "1"}},
		}, []string{"/0"}},
		{"all replaced", pair{
			[]map[string]any{{"id": "a"}}, []map[string]any{{"id": "b"}},
		}, []string{"/0"}},
		{"index order", pair{make([]int, 12), append(make([]int, 11), 1)}, []string{"/11"}},
		{"raw message", pair{rawJSON(`{"a": [1, 2]}`), rawJSON(`{"a":[1,3]}`)}, []string{"/a/1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := audit.Diff(tt.in[0], tt.in[1])
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	_, err := audit.Diff(make(chan int), 1)
	assert.Error(t, err)
	_, err = audit.Diff(1, math.NaN())
	assert.Error(t, err)
}

func TestComparePointers(t *testing.T) {
	ptrs := []string{"/goals/10", "/goals", "/b", "/goals/2/x", "/goals/2", "", "/goals/a", "/1"}
	slices.SortFunc(ptrs, audit.ComparePointers)
	assert.Equal(t, []string{"", "/1", "/b", "/goals", "/goals/2", "/goals/2/x", "/goals/10", "/goals/a"}, ptrs)
	assert.Zero(t, audit.ComparePointers("/a", "/a"))
	assert.Equal(t, -1, audit.ComparePointers("/01", "/1"))
}

// rawJSON is JSON text passed through as it is.
type rawJSON string

func (r rawJSON) MarshalJSON() ([]byte, error) { return []byte(r), nil }
