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
		{audit.HashMismatch, true}, {audit.BrokenLink, true}, {audit.SeqGap, true},
		{audit.TimeOrder, true}, {audit.DuplicateID, true}, {audit.InvalidEvent, true},
		{audit.Malformed, true}, {audit.NonCanonical, true}, {audit.LineTooLong, true},
		{audit.Truncated, true}, {audit.AnchorMismatch, true},
		{"", false}, {"Hash-Mismatch", false}, {"tampered", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.b.IsValid(), "%q", tt.b)
	}
}
