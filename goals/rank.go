package goals

import "slices"

// Ranked is a goal with its place in the person's ranking. The zero value is
// an unranked empty goal. A Ranked is safe for concurrent reads; its Goal is
// a copy that shares nothing with the goals passed to [Rank].
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

// Rank returns the goals in the order of the person's Importance (1 first),
// with their places in standard competition ranking (1, 2, 2, 4). Goals that
// share an Importance keep the order they were given in and are marked Tied;
// goals not ranked yet (Importance 0) come last, in input order, with Place
// 0. A negative Importance is invalid (see [SMARTGoal.Validate]) and ranks
// like 0.
//
// gs is not modified and the result shares no memory with it. Rank runs in
// O(n log n) time.
func Rank(gs []SMARTGoal) []Ranked {
	type key struct{ imp, idx int }
	keys := make([]key, len(gs))
	for i := range gs {
		imp := gs[i].Importance
		if imp <= 0 {
			imp = 0
		}
		keys[i] = key{imp, i}
	}
	// Keys are unique (idx), so an unstable sort gives the stable order.
	slices.SortFunc(keys, func(a, b key) int {
		if a.imp != b.imp {
			switch {
			case a.imp == 0:
				return 1
			case b.imp == 0:
				return -1
			case a.imp < b.imp:
				return -1
			}
			return 1
		}
		return a.idx - b.idx
	})
	out := make([]Ranked, len(gs))
	place := 0
	for i, k := range keys {
		if k.imp == 0 {
			continue
		}
		if i == 0 || keys[i-1].imp != k.imp {
			place = i + 1
		}
		out[i].Place = place
		out[i].Tied = (i > 0 && keys[i-1].imp == k.imp) ||
			(i+1 < len(keys) && keys[i+1].imp == k.imp)
	}
	// Copy the goals in input order, reading the caller's memory
	// sequentially; only the writes jump about.
	pos := make([]int, len(gs))
	for i, k := range keys {
		pos[k.idx] = i
	}
	c := newCloner(gs)
	for i := range gs {
		c.cloneInto(&out[pos[i]].Goal, &gs[i])
	}
	return out
}
