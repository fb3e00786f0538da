package goals

import (
	"cmp"
	"log/slog"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
)

// Item is one dated entry on a [Timeline]: a step's due date, or a goal's own
// due date. The zero value is an item with no goal and no date. Item holds no
// pointers and is safe for concurrent use.
type Item struct {
	// Goal is the ID of the goal the item belongs to.
	Goal uuid.UUID `json:"goal"`
	// Step is the ID of the step, or uuid.Nil when the item is the goal's
	// own due date.
	Step uuid.UUID `json:"step,omitzero"`
	// Due is when the item is due.
	Due time.Time `json:"due"`
	// Done is when the step was done; the zero time for an open step and for
	// a goal's due date.
	Done time.Time `json:"done,omitzero"`
	// Open reports whether the item still waits for action: a step not yet
	// done, or a goal's due date, of a goal whose status has not ended (see
	// [Status.Ended]).
	Open bool `json:"open"`
}

// IsStep reports whether the item is a step's due date rather than a goal's.
func (it Item) IsStep() bool { return it.Step != uuid.Nil }

// Clash is a timeline position the person gave to more than one goal. The
// library does not reorder them: it reports the clash for the person to
// settle, if they want to. The zero value is an empty clash; a Clash is safe
// for concurrent reads.
type Clash struct {
	// Order is the shared timeline position.
	Order int `json:"order"`
	// Goals are the IDs of the goals at that position, in input order.
	Goals []uuid.UUID `json:"goals"`
}

// Timeline is a person's goals in the order they placed them, and every dated
// item (step due dates and goal due dates) in time order.
//
// Build one with [NewTimeline]. The zero value is an empty timeline. A
// Timeline is not changed after it is built and is safe for concurrent use;
// every query returns new slices.
type Timeline struct {
	goals   []SMARTGoal // deep copies, in timeline order
	items   []itemKey   // one per dated item, in the order of Items
	clashes []Clash
}

// itemKey locates a dated item in Timeline.goals and sorts it: by due
// instant, then timeline position of its goal, then step index, with a
// goal's own due date (step == len(steps)) after its steps. Keys are
// unique, so an unstable sort gives the documented order. Items are built
// from keys on demand: sorting 24-byte keys instead of whole items keeps a
// large timeline's cost per goal close to a small one's.
type itemKey struct {
	sec  int64
	nsec int32
	step int32 // step index, or len(steps) for the goal's own due date
	goal int   // timeline position of the goal
}

func (a itemKey) compare(b itemKey) int {
	switch {
	case a.sec != b.sec:
		return cmp.Compare(a.sec, b.sec)
	case a.nsec != b.nsec:
		return cmp.Compare(a.nsec, b.nsec)
	case a.goal != b.goal:
		return cmp.Compare(a.goal, b.goal)
	}
	return cmp.Compare(a.step, b.step)
}

// item builds the Item that k stands for.
func (t *Timeline) item(k itemKey) Item {
	g := &t.goals[k.goal]
	ended := g.Status.Ended()
	if int(k.step) == len(g.Steps) {
		return Item{Goal: g.ID, Due: g.Due, Open: !ended}
	}
	s := &g.Steps[k.step]
	return Item{Goal: g.ID, Step: s.ID, Due: s.Due, Done: s.Done, Open: !ended && !s.IsDone()}
}

// open reports whether the item k stands for is open, without building it.
func (t *Timeline) open(k itemKey) bool {
	g := &t.goals[k.goal]
	if g.Status.Ended() {
		return false
	}
	return int(k.step) == len(g.Steps) || !g.Steps[k.step].IsDone()
}

// NewTimeline places the goals in the person's Order (1 first). Goals not
// placed yet (Order 0, or a negative Order, which [SMARTGoal.Validate]
// rejects) come last, in input order. Goals given the same position keep
// their input order among themselves and are reported by
// [Timeline.Clashes]; the library never decides between them.
//
// The items are each step's due date and each goal's due date, where set,
// sorted by time; items due at the same instant follow the goals' timeline
// order, then the step order, with a goal's own due date after its steps.
//
// gs is not modified and the timeline shares no memory with it. NewTimeline
// runs in O(n log n) time for n goals and dated items. It sorts small keys
// and builds items when a query asks for them, which keeps the cost per
// goal nearly flat from ten goals to ten thousand.
func NewTimeline(gs []SMARTGoal) Timeline {
	t := Timeline{goals: make([]SMARTGoal, len(gs))}
	pos := personPositions(gs, func(g *SMARTGoal) int { return g.Order })
	c := newCloner(gs)
	nItems := 0
	for i, p := range pos {
		c.cloneInto(&t.goals[p], &gs[i])
		nItems += gs[i].datedItems()
	}
	for i := 0; i < len(t.goals); {
		order, j := t.goals[i].Order, i+1
		for j < len(t.goals) && t.goals[j].Order == order {
			j++
		}
		if order > 0 && j-i > 1 {
			clash := Clash{Order: order, Goals: make([]uuid.UUID, 0, j-i)}
			for _, g := range t.goals[i:j] {
				clash.Goals = append(clash.Goals, g.ID)
			}
			t.clashes = append(t.clashes, clash)
		}
		i = j
	}
	t.items = make([]itemKey, 0, nItems)
	for i, p := range pos {
		g := &gs[i]
		for j, s := range g.Steps {
			if !s.Due.IsZero() {
				t.items = append(t.items, itemKey{s.Due.Unix(), int32(s.Due.Nanosecond()), int32(j), p})
			}
		}
		if !g.Due.IsZero() {
			t.items = append(t.items, itemKey{g.Due.Unix(), int32(g.Due.Nanosecond()), int32(len(g.Steps)), p})
		}
	}
	slices.SortFunc(t.items, itemKey.compare)
	return t
}

// datedItems returns how many items g puts on a timeline: its dated steps
// and its own due date.
func (g *SMARTGoal) datedItems() int {
	n := 0
	for _, s := range g.Steps {
		if !s.Due.IsZero() {
			n++
		}
	}
	if !g.Due.IsZero() {
		n++
	}
	return n
}

// Goals returns deep copies of the goals in the person's timeline order.
func (t Timeline) Goals() []SMARTGoal {
	out := make([]SMARTGoal, len(t.goals))
	c := newCloner(t.goals)
	for i := range t.goals {
		c.cloneInto(&out[i], &t.goals[i])
	}
	return out
}

// Items returns every dated item in time order.
func (t Timeline) Items() []Item {
	return t.build(t.items)
}

// build returns the items that keys stand for, or nil for none.
func (t *Timeline) build(keys []itemKey) []Item {
	if len(keys) == 0 {
		return nil
	}
	out := make([]Item, len(keys))
	for i, k := range keys {
		out[i] = t.item(k)
	}
	return out
}

// Clashes returns each timeline position given to more than one goal, in
// position order; nil if there is none.
func (t Timeline) Clashes() []Clash {
	if t.clashes == nil {
		return nil
	}
	out := make([]Clash, len(t.clashes))
	for i, c := range t.clashes {
		out[i] = Clash{Order: c.Order, Goals: slices.Clone(c.Goals)}
	}
	return out
}

// Between returns the items due in the half-open interval [from, to), in time
// order, done or not. It returns nil if to is not after from.
func (t Timeline) Between(from, to time.Time) []Item {
	if !to.After(from) {
		return nil
	}
	return t.build(t.items[t.search(from):t.search(to)])
}

// Overdue returns the open items due before at, in time order.
func (t Timeline) Overdue(at time.Time) []Item {
	var out []Item
	for _, k := range t.items[:t.search(at)] {
		if t.open(k) {
			out = append(out, t.item(k))
		}
	}
	return out
}

// Next returns the first open item due at or after at, and false if there is
// none.
func (t Timeline) Next(at time.Time) (Item, bool) {
	for _, k := range t.items[t.search(at):] {
		if t.open(k) {
			return t.item(k), true
		}
	}
	return Item{}, false
}

// search returns the index of the first item due at or after at.
func (t *Timeline) search(at time.Time) int {
	sec, nsec := at.Unix(), int32(at.Nanosecond())
	return sort.Search(len(t.items), func(i int) bool {
		k := t.items[i]
		return k.sec > sec || (k.sec == sec && k.nsec >= nsec)
	})
}

// String returns the timeline's goal IDs in timeline order and its counts,
// never the person's words: for example
// "timeline goals=[<id> <id>] items=3 open=2 clashes=0". fmt's %v and %+v
// print a Timeline through it.
func (t Timeline) String() string {
	var b strings.Builder
	b.WriteString("timeline goals=[")
	for i := range t.goals {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.goals[i].ID.String())
	}
	b.WriteString("] items=")
	b.WriteString(strconv.Itoa(len(t.items)))
	b.WriteString(" open=")
	b.WriteString(strconv.Itoa(t.openCount()))
	b.WriteString(" clashes=")
	b.WriteString(strconv.Itoa(len(t.clashes)))
	return b.String()
}

// LogValue implements [slog.LogValuer]: it logs the goal IDs in timeline
// order and the numbers of goals, dated items, open items and clashes; never
// a statement, measure, reason or action.
func (t Timeline) LogValue() slog.Value {
	ids := make([]string, len(t.goals))
	for i := range t.goals {
		ids[i] = t.goals[i].ID.String()
	}
	return slog.GroupValue(
		slog.Any("goals", ids),
		slog.Int("items", len(t.items)),
		slog.Int("open", t.openCount()),
		slog.Int("clashes", len(t.clashes)),
	)
}

// openCount returns the number of open items.
func (t *Timeline) openCount() int {
	n := 0
	for _, k := range t.items {
		if t.open(k) {
			n++
		}
	}
	return n
}
