package life_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/life"
)

func TestAreas(t *testing.T) {
	want := []life.Area{"personal", "social", "health", "employment", "education", "housing", "cultural", "spiritual", "finances", "leisure"}
	got := life.Areas()
	require.Equal(t, want, got)

	got[0] = "changed"
	assert.Equal(t, life.AreaPersonal, life.Areas()[0], "Areas must return a fresh slice")

	for i, a := range want {
		assert.True(t, a.IsValid(), a)
		assert.Equal(t, i, a.Index(), a)
		assert.True(t, a.Dimension().IsValid(), a)
	}
}

func TestAreaDimension(t *testing.T) {
	tests := []struct {
		area life.Area
		want life.Dimension
	}{
		{life.AreaPersonal, life.DimensionPurpose},
		{life.AreaSocial, life.DimensionCommunity},
		{life.AreaHealth, life.DimensionHealth},
		{life.AreaEmployment, life.DimensionPurpose},
		{life.AreaEducation, life.DimensionPurpose},
		{life.AreaHousing, life.DimensionHome},
		{life.AreaCultural, life.DimensionCommunity},
		{life.AreaSpiritual, life.DimensionPurpose},
		{life.AreaFinances, life.DimensionPurpose},
		{life.AreaLeisure, life.DimensionPurpose},
		{"", ""},
		{"Housing", ""},
		{"work", ""},
	}
	for _, tt := range tests {
		t.Run(string(tt.area), func(t *testing.T) {
			assert.Equal(t, tt.want, tt.area.Dimension())
			assert.Equal(t, tt.want != "", tt.area.IsValid())
			if tt.want == "" {
				assert.Equal(t, -1, tt.area.Index())
			}
		})
	}
}

func TestDimensions(t *testing.T) {
	assert.Equal(t, []life.Dimension{"health", "home", "purpose", "community"}, life.Dimensions())
	assert.False(t, life.Dimension("").IsValid())
	assert.False(t, life.Dimension("Home").IsValid())

	// Every dimension has at least one area.
	seen := map[life.Dimension]bool{}
	for _, a := range life.Areas() {
		seen[a.Dimension()] = true
	}
	for _, d := range life.Dimensions() {
		assert.True(t, seen[d], d)
	}
}
