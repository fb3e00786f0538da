package goals

import "github.com/google/uuid"

// cloner deep-copies many goals with one allocation per kind of backing
// store instead of several per goal. Each copy gets capacity-limited
// sub-slices, so appending to one copy's slice never writes into another's.
type cloner struct {
	steps  []Step
	ids    []uuid.UUID
	ints   []int
	gas    []GAS
	levels []Level
}

// newCloner sizes the backing stores for deep copies of every goal in gs.
func newCloner(gs []SMARTGoal) *cloner {
	var nSteps, nIDs, nInts, nGAS, nLevels int
	for i := range gs {
		g := &gs[i]
		nSteps += len(g.Steps)
		nIDs += len(g.BuildsOn)
		if g.Confidence != nil {
			nInts++
		}
		if g.Attainment != nil {
			nGAS++
			if g.Attainment.FollowUp != nil {
				nLevels++
			}
		}
	}
	c := &cloner{}
	if nSteps > 0 {
		c.steps = make([]Step, nSteps)
	}
	if nIDs > 0 {
		c.ids = make([]uuid.UUID, nIDs)
	}
	if nInts > 0 {
		c.ints = make([]int, nInts)
	}
	if nGAS > 0 {
		c.gas = make([]GAS, nGAS)
	}
	if nLevels > 0 {
		c.levels = make([]Level, nLevels)
	}
	return c
}

// clone returns a deep copy of g using the cloner's stores, which must have
// been sized for g by newCloner. It matches [SMARTGoal.Clone]: nil slices
// stay nil, empty slices stay empty.
func (c *cloner) clone(g SMARTGoal) SMARTGoal {
	if g.Steps != nil {
		n := len(g.Steps)
		s := c.steps[:n:n]
		copy(s, g.Steps)
		c.steps = c.steps[n:]
		g.Steps = s
	}
	if g.BuildsOn != nil {
		n := len(g.BuildsOn)
		s := c.ids[:n:n]
		copy(s, g.BuildsOn)
		c.ids = c.ids[n:]
		g.BuildsOn = s
	}
	if g.Confidence != nil {
		c.ints[0] = *g.Confidence
		g.Confidence = &c.ints[0]
		c.ints = c.ints[1:]
	}
	if g.Attainment != nil {
		c.gas[0] = *g.Attainment
		a := &c.gas[0]
		c.gas = c.gas[1:]
		if a.FollowUp != nil {
			c.levels[0] = *a.FollowUp
			a.FollowUp = &c.levels[0]
			c.levels = c.levels[1:]
		}
		g.Attainment = a
	}
	return g
}
