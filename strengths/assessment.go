package strengths

import (
	"log/slog"
	"strconv"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery/internal/validate"
	"github.com/recoverykit/recovery/life"
)

// Assessment is a Strengths Model assessment: the person's strengths across the
// areas of their life in three columns, their needs, abilities and preferences,
// and the strengths they want to work from first.
//
// The zero Assessment is not valid (it has no ID and no AssessedAt), but every
// analysis method accepts it and reports an empty result. Methods never modify
// the Assessment and never return a slice that aliases its fields. An
// Assessment is a plain value, safe for concurrent use if not written.
type Assessment struct {
	// ID identifies the assessment; the caller assigns it. Required.
	ID uuid.UUID `json:"id" validate:"required"`
	// AssessedAt is when the assessment was made (or last revised). Required.
	AssessedAt time.Time `json:"assessedAt" validate:"required,year"`
	// Strengths lists the strengths in the order they were recorded.
	Strengths []Strength `json:"strengths,omitempty"`
	// Aspects lists the person's needs, abilities and preferences.
	Aspects []Aspect `json:"aspects,omitempty"`
	// Priorities holds the IDs of the strengths the person wants to work from
	// first, in the person's order. Each must be the ID of an entry of
	// Strengths, at most once. An area the person wants to start with is
	// recorded through a strength in that area (a Desired strength if nothing is
	// there yet), so that every priority is in the person's words.
	Priorities []uuid.UUID `json:"priorities,omitempty"`
}

// Validate returns nil or a *recovery.ValidationError that
// lists every problem with its JSON path. The rules, by code:
//
//   - "required": id, assessedAt, strengths[i].id, strengths[i].statement
//     (blank), aspects[i].id, aspects[i].text (blank).
//   - "valid": an area, kind, timeframe or source that is not a defined code.
//   - "unique": strengths[i].id or aspects[i].id repeats an ID used earlier
//     in the assessment (strength and statement IDs share one space);
//     priorities[i] repeats an earlier priority.
//   - "exists": priorities[i] is not the ID of any strength.
//   - "max": strengths[i].statement or aspects[i].text is over 500
//     characters.
//   - "range": assessedAt is outside the years 1 to 9999.
func (a Assessment) Validate() error {
	var c validate.Collector
	validate.Tags(&c, "", &a, a.tagsHold())
	ids := make([]uuid.UUID, 0, len(a.Strengths)+len(a.Aspects))
	isStrength := make(map[uuid.UUID]bool, len(a.Strengths))
	for i := range a.Strengths {
		s := &a.Strengths[i]
		var sc validate.Collector
		if s.check(&sc); sc.Len() > 0 { // the path is built only for a problem
			c.Nested(validate.Elem("strengths", i), sc.Err())
		}
		ids = append(ids, s.ID)
		isStrength[s.ID] = true
	}
	for i := range a.Aspects {
		s := &a.Aspects[i]
		var sc validate.Collector
		if s.check(&sc); sc.Len() > 0 {
			c.Nested(validate.Elem("aspects", i), sc.Err())
		}
		ids = append(ids, s.ID)
	}
	// Strength and statement IDs share one space.
	validate.Distinct(&c, ids, validate.Self, func(i int) string {
		if i < len(a.Strengths) {
			return validate.Elem("strengths", i) + ".id"
		}
		return validate.Elem("aspects", i-len(a.Strengths)) + ".id"
	})
	for i, id := range a.Priorities {
		if !isStrength[id] || id == uuid.Nil {
			c.Add(validate.Elem("priorities", i), validate.RuleExists)
		}
	}
	validate.Distinct(&c, a.Priorities, validate.Self, validate.ElemOf("priorities", ""))
	return c.Err()
}

// index returns the index of the first strength with this ID, or -1.
func (a Assessment) index(id uuid.UUID) int {
	for i := range a.Strengths {
		if a.Strengths[i].ID == id {
			return i
		}
	}
	return -1
}

// Strength returns the first strength with this ID and true, or the zero
// Strength and false if there is none.
func (a Assessment) Strength(id uuid.UUID) (Strength, bool) {
	if i := a.index(id); i >= 0 {
		return a.Strengths[i], true
	}
	return Strength{}, false
}

// ForArea returns the strengths in area, in input order, in a fresh slice (nil
// if there are none).
func (a Assessment) ForArea(area life.Area) []Strength {
	var out []Strength
	for _, s := range a.Strengths {
		if s.Area == area {
			out = append(out, s)
		}
	}
	return out
}

// Ranked returns every strength once, the person's priorities first in the
// person's order, then the rest in input order, in a fresh slice. It never
// reorders what the person ordered.
//
// Ranked also accepts an assessment that is not valid: a priority that names
// no strength is skipped, a repeated priority counts once, and if two strengths
// share an ID the priority picks the first.
func (a Assessment) Ranked() []Strength {
	out := make([]Strength, 0, len(a.Strengths))
	if len(a.Priorities) == 0 {
		return append(out, a.Strengths...)
	}
	used := make([]bool, len(a.Strengths))
	var pos map[uuid.UUID]int
	if len(a.Priorities) > 8 { // beyond a handful, index once instead of scanning
		pos = make(map[uuid.UUID]int, len(a.Strengths))
		for i := len(a.Strengths) - 1; i >= 0; i-- {
			pos[a.Strengths[i].ID] = i
		}
	}
	for _, id := range a.Priorities {
		i := -1
		if pos != nil {
			if j, ok := pos[id]; ok {
				i = j
			}
		} else {
			i = a.index(id)
		}
		if i < 0 || used[i] {
			continue
		}
		used[i] = true
		out = append(out, a.Strengths[i])
	}
	// Copy the rest in runs between priorities: one bulk copy per run.
	start := 0
	for i := range a.Strengths {
		if used[i] {
			out = append(out, a.Strengths[start:i]...)
			start = i + 1
		}
	}
	return append(out, a.Strengths[start:]...)
}

// String returns the assessment's ID and counts, never a statement or a date,
// for example "assessment 6000...0001 strengths=6 statements=3 priorities=2".
func (a Assessment) String() string {
	return "assessment " + a.ID.String() +
		" strengths=" + strconv.Itoa(len(a.Strengths)) +
		" aspects=" + strconv.Itoa(len(a.Aspects)) +
		" priorities=" + strconv.Itoa(len(a.Priorities))
}

// GoString implements [fmt.GoStringer]: %#v prints what [Assessment.String]
// prints, so debugging output shows IDs and codes, never a person's words.
func (a Assessment) GoString() string { return a.String() }

// LogValue implements [slog.LogValuer]: it logs the ID and the counts of
// strengths, statements and priorities, and none of the person's words.
func (a Assessment) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", a.ID.String()),
		slog.Int("strengths", len(a.Strengths)),
		slog.Int("aspects", len(a.Aspects)),
		slog.Int("priorities", len(a.Priorities)),
	)
}
