package crisis_test

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/internal/validate"
)

func TestIsPhone(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"911", true},
		{"988", true},
		{"112", true},
		{"555-0142", true},
		{"+1 (555) 555-0142", true},
		{"(555) 555.0142", true},
		{"+44 20 7946 0958", true},
		{"555 - 0142", true},
		{"", false},
		{"+", false},
		{"12", false},
		{"-555-0142", false},
		{"555-0142-", false},
		{"555-0142 ext 4", false},
		{"call Alex", false},
		{"(555", false},
		{"555)", false},
		{"()555", false},
		{"(555) (555) 0142", false},
		{"1234567890123456", false},
		{"555\n0142", false},
		{"++5550142", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, crisis.IsPhone(tt.in), "%q", tt.in)
	}
}

func TestContactValidate(t *testing.T) {
	tests := []struct {
		name string
		in   crisis.Contact
		want []validate.Problem
	}{
		{name: "complete", in: crisis.Contact{Name: "Alex", Phone: "555-0142", Channels: []crisis.Channel{crisis.Text, crisis.Phone}, Consent: true}},
		{name: "name only", in: crisis.Contact{Name: "Alex"}},
		{name: "zero", in: crisis.Contact{}, want: []validate.Problem{{Path: "name", Rule: "required"}}},
		{
			name: "bad phone and channels",
			in:   crisis.Contact{Name: "Alex", Phone: "ask Sam", Channels: []crisis.Channel{"pigeon", crisis.Text, crisis.Text}},
			want: []validate.Problem{
				{Path: "channels[0]", Rule: "valid"},
				{Path: "phone", Rule: "phone"},
				{Path: "channels", Rule: "unique"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.in.Validate()
			if tt.want == nil {
				require.NoError(t, err)
				return
			}
			var ve *validate.Error
			require.ErrorAs(t, err, &ve)
			assert.ErrorIs(t, err, validate.ErrInvalid)
			assert.Equal(t, tt.want, ve.Problems)
			assert.NotContains(t, err.Error(), "ask Sam")
		})
	}
	_ = uuid.Nil
}
