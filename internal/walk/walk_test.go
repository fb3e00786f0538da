package walk_test

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/internal/walk"
	"github.com/recoverykit/recovery/phi"
)

type code string

func (c code) IsValid() bool { return c == "ok" }

// part stands for a plan type to which a field is added later: Added is
// found by its type, without a change to the walk.
type part struct {
	ID    uuid.UUID           `json:"id"`
	Words phi.Words           `json:"words"`
	Code  code                `json:"code"`
	Bad   code                `json:"bad"`
	Plain string              `json:"plain"`
	At    time.Time           `json:"at"`
	Steps []step              `json:"steps"`
	Ptr   *step               `json:"ptr"`
	Map   map[string]phi.Note `json:"map"`
	Added phi.Name            `json:"added"`
	skip  phi.Words
}

type step struct {
	ID     uuid.UUID `json:"id"`
	Action phi.Words `json:"action"`
	Ref    uuid.UUID `json:"ref" ref:"goal"`
}

func sample() part {
	return part{
		ID: uuid.UUID{1}, Words: "w", Code: "ok", Bad: "Zelda 555-0101", Plain: "p",
		At:    time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC),
		Steps: []step{{ID: uuid.UUID{2}, Action: "a0", Ref: uuid.UUID{9}}, {ID: uuid.UUID{3}, Action: "a1"}},
		Ptr:   &step{ID: uuid.UUID{4}, Action: "ptr"},
		Map:   map[string]phi.Note{"k": "n"},
		Added: "Sam",
		skip:  "hidden",
	}
}

func TestWalkVisitsByType(t *testing.T) {
	type seen struct {
		path  string
		class walk.Class
		kind  phi.Kind
		owner uuid.UUID
	}
	var strs []seen
	var ids []string
	var times int
	walk.Walk(sample(), walk.Visitor{
		String: func(f walk.Field, s string) { strs = append(strs, seen{f.Path(), f.Class, f.Kind, f.Owner}) },
		ID: func(f walk.Field, id uuid.UUID) {
			ids = append(ids, f.Path()+"="+f.Tag.Get("ref"))
		},
		Time: func(walk.Field, time.Time) { times++ },
	})
	assert.Equal(t, []seen{
		{"words", walk.ClassText, phi.KindWords, uuid.UUID{1}},
		{"code", walk.ClassCode, phi.KindNone, uuid.UUID{1}},
		{"bad", walk.ClassBadCode, phi.KindNone, uuid.UUID{1}},
		{"plain", walk.ClassPlain, phi.KindNone, uuid.UUID{1}},
		{"steps[0].action", walk.ClassText, phi.KindWords, uuid.UUID{2}},
		{"steps[1].action", walk.ClassText, phi.KindWords, uuid.UUID{3}},
		{"ptr.action", walk.ClassText, phi.KindWords, uuid.UUID{4}},
		{"map.k", walk.ClassText, phi.KindNote, uuid.UUID{1}},
		{"added", walk.ClassText, phi.KindName, uuid.UUID{1}},
	}, strs, "unexported fields are not visited")
	assert.Equal(t, []string{"id=", "steps[0].id=", "steps[0].ref=goal", "steps[1].id=", "steps[1].ref=goal", "ptr.id=", "ptr.ref=goal"}, ids)
	assert.Equal(t, 1, times)
}

// TestWalkText: a Text visitor sees exactly the personal text a String
// visitor sees, with the same paths, kinds and owners, whether the value is
// given by value or by pointer (then read without allocating).
func TestWalkText(t *testing.T) {
	type seen struct {
		path  string
		kind  phi.Kind
		owner uuid.UUID
		s     string
	}
	var want []seen
	walk.Walk(sample(), walk.Visitor{String: func(f walk.Field, s string) {
		if f.Class == walk.ClassText {
			want = append(want, seen{f.Path(), f.Kind, f.Owner, s})
		}
	}})
	require.Len(t, want, 6)
	p := sample()
	for _, v := range []any{sample(), &p} {
		var got []seen
		walk.Walk(v, walk.Visitor{Text: func(f walk.Field, s string) {
			assert.Equal(t, walk.ClassText, f.Class)
			got = append(got, seen{f.Path(), f.Kind, f.Owner, s})
		}})
		assert.Equal(t, want, got)
	}
	text := testing.AllocsPerRun(20, func() {
		walk.Walk(&p, walk.Visitor{Text: func(walk.Field, string) {}})
	})
	byValue := testing.AllocsPerRun(20, func() {
		walk.Walk(p, walk.Visitor{String: func(walk.Field, string) {}, ID: func(walk.Field, uuid.UUID) {}})
	})
	assert.Less(t, text, byValue, "by pointer, IDs and codes are read without boxing them")
}

func TestCopyRewritesAndSharesNothing(t *testing.T) {
	in := sample()
	out := walk.Copy(in, walk.Rewriter{
		String: func(f walk.Field, s string) string {
			if f.Class == walk.ClassText {
				return "[" + f.Kind.String() + "]"
			}
			return s
		},
		ID:   func(_ walk.Field, id uuid.UUID) uuid.UUID { id[15] = 0xff; return id },
		Time: func(_ walk.Field, tm time.Time) time.Time { return tm.Add(time.Hour) },
	})
	assert.Equal(t, phi.Name("[name]"), out.Added, "a field added later is rewritten by its type")
	assert.Equal(t, phi.Words("[words]"), out.Steps[1].Action)
	assert.Equal(t, phi.Note("[note]"), out.Map["k"])
	assert.Equal(t, code("ok"), out.Code)
	assert.Equal(t, byte(0xff), out.Ptr.ID[15])
	assert.Equal(t, 11, out.At.Hour())

	out.Steps[0].Action = "changed"
	out.Ptr.Action = "changed"
	out.Map["k"] = "changed"
	require.Equal(t, sample(), in, "the input is untouched and shares no memory with the copy")
}
