package recoverytest_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/sdm"
)

func TestPlansValid(t *testing.T) {
	g := recoverytest.New(7, nil)
	minTotal, maxTotal := 100.0, 0.0
	for i := range 3000 {
		p := g.Next()
		require.NoError(t, p.Validate(), "plan %d", i)
		q := quality.Score(p, g.At(), nil)
		minTotal = min(minTotal, q.Total)
		maxTotal = max(maxTotal, q.Total)
	}
	assert.Less(t, minTotal, 30.0, "sparse plans occur")
	assert.Greater(t, maxTotal, 80.0, "rich plans occur")
}

func TestDeterministic(t *testing.T) {
	a, err := json.Marshal(recoverytest.Plans(42, 50))
	require.NoError(t, err)
	b, err := json.Marshal(recoverytest.Plans(42, 50))
	require.NoError(t, err)
	assert.Equal(t, string(a), string(b))
	c, err := json.Marshal(recoverytest.Plans(43, 50))
	require.NoError(t, err)
	assert.NotEqual(t, string(a), string(c))
}

func TestOptionsAt(t *testing.T) {
	g := recoverytest.New(1, nil)
	assert.Equal(t, recoverytest.DefaultAt, g.At())
	at := recoverytest.DefaultAt.AddDate(1, 0, 0)
	g = recoverytest.New(1, &recoverytest.Options{At: at})
	assert.Equal(t, at, g.At())
	p := g.Next()
	assert.True(t, p.Created.Before(at))
	assert.True(t, p.Created.After(at.AddDate(-1, 0, -1)))
}

// TestPlansCarryMeasures: a cohort's decisions carry responses to every
// instrument, in every CollaboRATE version and from every respondent the
// instruments have; many decisions carry them, not all.
func TestPlansCarryMeasures(t *testing.T) {
	instruments := map[sdm.Instrument]int{}
	versions := map[sdm.CollaboRATEVersion]int{}
	respondents := map[sdm.Role]int{}
	var withMeasures, decisions int
	for _, p := range recoverytest.Plans(5, 1000) {
		for _, d := range p.Decisions {
			decisions++
			if len(d.Measures) > 0 {
				withMeasures++
			}
			for _, m := range d.Measures {
				instruments[m.Instrument]++
				respondents[m.Respondent]++
				if m.Instrument == sdm.InstrumentCollaboRATE {
					versions[m.Version]++
				}
				assert.False(t, m.AnsweredAt.Before(p.Created), "answered after the plan was begun")
			}
		}
	}
	for _, in := range sdm.Instruments() {
		assert.Positive(t, instruments[in], in)
	}
	for _, v := range []sdm.CollaboRATEVersion{"", sdm.CollaboRATEVersion10, sdm.CollaboRATEVersion5} {
		assert.Positive(t, versions[v], "version %q", v)
	}
	for _, r := range []sdm.Role{"", sdm.RolePerson, sdm.RoleProvider, sdm.RoleFamily} {
		assert.Positive(t, respondents[r], "respondent %q", r)
	}
	assert.Greater(t, withMeasures, decisions/4, "many decisions carry responses")
	assert.Less(t, withMeasures, decisions, "not every decision does")
}
