package audit_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/recoverykit/recovery/audit"
)

func TestBreakIsValid(t *testing.T) {
	tests := []struct {
		b    audit.Break
		want bool
	}{
		{audit.BreakHashMismatch, true}, {audit.BreakBrokenLink, true}, {audit.BreakSeqGap, true},
		{audit.BreakTimeOrder, true}, {audit.BreakDuplicateID, true}, {audit.BreakInvalidEvent, true},
		{audit.BreakMalformed, true}, {audit.BreakNonCanonical, true}, {audit.BreakLineTooLong, true},
		{audit.BreakTruncated, true}, {audit.BreakAnchorMismatch, true},
		{"", false}, {"Hash-Mismatch", false}, {"tampered", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.b.IsValid(), "%q", tt.b)
	}
}
