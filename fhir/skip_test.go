package fhir_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/recoverykit/recovery/fhir"
)

func TestSkipReasonIsValid(t *testing.T) {
	tests := []struct {
		r    fhir.SkipReason
		want bool
	}{
		{fhir.SkipUnknownType, true}, {fhir.SkipNotInPlan, true},
		{"", false}, {"Unknown-Type", false}, {"skipped", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.r.IsValid(), "%q", tt.r)
	}
}
