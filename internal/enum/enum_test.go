package enum_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/recoverykit/recovery/internal/enum"
)

func TestSet(t *testing.T) {
	s := enum.Of("a", "b", "c")
	assert.Equal(t, []string{"a", "b", "c"}, s.Values())
	assert.Equal(t, 1, s.Index("b"))
	assert.Equal(t, -1, s.Index("z"))
	assert.True(t, s.Has("c"))
	assert.False(t, s.Has(""))
	v := s.Values()
	v[0] = "changed"
	assert.Equal(t, "a", s.Values()[0], "Values returns a copy")
}

func TestSetAll(t *testing.T) {
	s := enum.Of("a", "b", "c")
	var got []string
	for i, v := range s.All() {
		assert.Equal(t, s.Index(v), i)
		got = append(got, v)
	}
	assert.Equal(t, s.Values(), got)
	for _, v := range s.All() {
		if v == "b" {
			break // stopping early is allowed
		}
	}
	assert.Zero(t, testing.AllocsPerRun(10, func() {
		for range s.All() {
		}
	}), "ranging over a set does not copy it")
}
