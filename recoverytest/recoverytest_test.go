package recoverytest_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/recoverytest"
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
