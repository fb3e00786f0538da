package store_test

import (
	"errors"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/recoverykit/recovery/audit"
	"github.com/recoverykit/recovery/store"
)

func TestErrorsName(t *testing.T) {
	series := uuid.MustParse("60000000-0000-4000-8000-000000000001")
	tests := []struct {
		err  error
		want string
	}{
		{&store.TamperError{Series: series, Version: 2, Problem: "digest"}, "store: series 60000000-0000-4000-8000-000000000001 version 2: tampered: digest"},
		{&store.TamperError{Series: series, Problem: "chain", Err: &audit.TamperError{Seq: 3, Break: audit.BreakHashMismatch}},
			"store: series 60000000-0000-4000-8000-000000000001: tampered: chain: audit: trail does not verify: seq 3: hash-mismatch"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, tc.err.Error())
		assert.True(t, errors.Is(tc.err, audit.ErrTampered))
	}
}

func TestSentinelsAreDistinct(t *testing.T) {
	sentinels := []error{store.ErrConflict, store.ErrNotFound, store.ErrBusy, audit.ErrTampered}
	for i, a := range sentinels {
		for j, b := range sentinels {
			assert.Equal(t, i == j, errors.Is(a, b), "%v and %v", a, b)
		}
	}
	assert.False(t, errors.Is(&store.TamperError{Problem: "head"}, store.ErrConflict))
}
