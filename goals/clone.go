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
			if g.Attainment.Baseline != nil {
				nLevels++
			}
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

// cloneInto sets *dst to a deep copy of *src using the cloner's stores,
// which must have been sized for src by newCloner. It matches
// [SMARTGoal.Clone]: nil slices stay nil, empty slices stay empty. Working
// through pointers copies each goal once.
func (c *cloner) cloneInto(dst, src *SMARTGoal) {
	*dst = *src
	if src.Steps != nil {
		n := len(src.Steps)
		dst.Steps = c.steps[:n:n]
		copy(dst.Steps, src.Steps)
		c.steps = c.steps[n:]
	}
	if src.BuildsOn != nil {
		n := len(src.BuildsOn)
		dst.BuildsOn = c.ids[:n:n]
		copy(dst.BuildsOn, src.BuildsOn)
		c.ids = c.ids[n:]
	}
	if src.Confidence != nil {
		c.ints[0] = *src.Confidence
		dst.Confidence = &c.ints[0]
		c.ints = c.ints[1:]
	}
	if src.Attainment != nil {
		a := &c.gas[0]
		*a = *src.Attainment
		c.gas = c.gas[1:]
		if a.Baseline != nil {
			c.levels[0] = *a.Baseline
			a.Baseline = &c.levels[0]
			c.levels = c.levels[1:]
		}
		if a.FollowUp != nil {
			c.levels[0] = *a.FollowUp
			a.FollowUp = &c.levels[0]
			c.levels = c.levels[1:]
		}
		dst.Attainment = a
	}
}
