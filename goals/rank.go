package goals

import (
	"cmp"
	"log/slog"
	"math"
	"slices"
	"strconv"
)

// Ranked is a goal with its place in the person's ranking. The zero value is
// an unranked empty goal. A Ranked is safe for concurrent reads; its Goal is
// a copy that shares nothing with the goals passed to [Rank]. It carries the
// person's words, so [Ranked.LogValue] redacts them as [SMARTGoal.LogValue]
// does.
type Ranked struct {
	// Goal is a deep copy of the goal (see [SMARTGoal.Clone]).
	Goal SMARTGoal `json:"goal"`
	// Place is the goal's place by the person's Importance in standard
	// competition ranking (1, 2, 2, 4): one more than the number of ranked
	// goals the person rated more important. It is 0 for a goal not ranked
	// yet (Importance 0).
	Place int `json:"place,omitempty"`
	// Tied reports that another ranked goal has the same Importance. The
	// library does not break the tie: it is for the person to decide, if they
	// want to.
	Tied bool `json:"tied,omitempty"`
}

// LogValue implements [slog.LogValuer]: it logs the place, whether it is
// tied, and the goal as [SMARTGoal.LogValue] does, without the person's
// words.
func (r Ranked) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("place", r.Place), slog.Bool("tied", r.Tied),
		slog.Any("goal", r.Goal.LogValue()))
}

// Ranking is the result of [Rank]: the goals in the person's order, each
// with its place. It carries the person's words, so [Ranking.LogValue]
// redacts them: a Ranking logged with log/slog's JSON handler would otherwise
// be encoded field by field, words included.
type Ranking []Ranked

// LogValue implements [slog.LogValuer]: each ranked goal as [Ranked.LogValue]
// logs it, keyed by its position ("0", "1", ...).
func (r Ranking) LogValue() slog.Value {
	attrs := make([]slog.Attr, len(r))
	for i, x := range r {
		attrs[i] = slog.Any(strconv.Itoa(i), x.LogValue())
	}
	return slog.GroupValue(attrs...)
}

// Rank returns the goals in the order of the person's Importance (1 first),
// with their places in standard competition ranking (1, 2, 2, 4). Goals that
// share an Importance keep the order they were given in and are marked Tied;
// goals not ranked yet (Importance 0) come last, in input order, with Place
// 0. A negative Importance is invalid (see [SMARTGoal.Validate]) and ranks
// like 0.
//
// gs is not modified and the result shares no memory with it. Rank runs in
// O(n log n) time.
func Rank(gs []SMARTGoal) Ranking {
	out := make(Ranking, len(gs))
	c := newCloner(gs)
	for i, p := range personPositions(gs, func(g *SMARTGoal) int { return g.Importance }) {
		c.cloneInto(&out[p].Goal, &gs[i])
	}
	for i := 0; i < len(out); {
		imp, j := out[i].Goal.Importance, i+1
		for j < len(out) && out[j].Goal.Importance == imp {
			j++
		}
		if imp > 0 {
			for k := i; k < j; k++ {
				out[k].Place, out[k].Tied = i+1, j-i > 1
			}
		}
		i = j
	}
	return out
}

// personPositions returns where each goal of gs goes when the goals are
// ordered by the person's number for each (its Importance or its Order),
// 1 first. Goals without a number yet (0, or a negative number, which
// [SMARTGoal.Validate] rejects) go last; goals with the same number keep
// their input order.
//
// Rank and NewTimeline copy the goals in input order into these positions:
// reading the caller's goals sequentially, and sorting small keys rather
// than goals, keeps the cost per goal nearly flat from ten goals to ten
// thousand.
func personPositions(gs []SMARTGoal, number func(*SMARTGoal) int) []int {
	type key struct {
		n   uint // the person's number; MaxUint for none yet
		idx int  // breaks ties: the input order
	}
	keys := make([]key, len(gs))
	for i := range gs {
		k := key{math.MaxUint, i}
		if n := number(&gs[i]); n > 0 {
			k.n = uint(n)
		}
		keys[i] = k
	}
	slices.SortFunc(keys, func(a, b key) int { return cmp.Or(cmp.Compare(a.n, b.n), cmp.Compare(a.idx, b.idx)) })
	pos := make([]int, len(keys))
	for p, k := range keys {
		pos[k.idx] = p
	}
	return pos
}
