package cputime_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/recoverykit/recovery/internal/cputime"
)

func TestUsedGrowsWithWork(t *testing.T) {
	t0, ok := cputime.Used()
	if !ok {
		assert.Zero(t, t0, "no CPU time where the platform does not tell it")
		return
	}
	x := 0
	for start := time.Now(); time.Since(start) < 50*time.Millisecond; {
		x++
	}
	runtime.KeepAlive(x)
	t1, _ := cputime.Used()
	assert.Greater(t, t1, t0)
}
