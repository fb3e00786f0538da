package validate_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/internal/validate"
)

func TestUnique(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []validate.Problem
	}{
		{name: "empty"},
		{name: "no repeat", in: []string{"a", "b", "c"}},
		{name: "zero keys skipped", in: []string{"", "a", ""}},
		{name: "each repeat at its index", in: []string{"a", "b", "a", "b", "a"}, want: []validate.Problem{
			{Path: "xs[2].id", Rule: "unique"},
			{Path: "xs[3].id", Rule: "unique"},
			{Path: "xs[4].id", Rule: "unique"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c validate.Collector
			seen := validate.Unique(&c, tt.in, validate.Self, validate.ElemOf("xs", ".id"))
			for _, k := range tt.in {
				if k != "" {
					assert.Contains(t, seen, k)
				}
			}
			assert.NotContains(t, seen, "")
			err := c.Err()
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			var ve *validate.Error
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, tt.want, ve.Problems)
		})
	}
}

// BenchmarkUnique shows that Unique is linear: the cost per element of a
// list 32 times longer, measured in the same run, is about the same (metric
// growth, 1.0 for linear, about 32 for quadratic).
func BenchmarkUnique(b *testing.B) {
	keys := func(n int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = i + 1
		}
		return out
	}
	small, large := keys(1000), keys(32000)
	var ts, tl time.Duration
	b.ReportAllocs()
	for b.Loop() {
		start := time.Now()
		for range 32 {
			var c validate.Collector
			validate.Unique(&c, small, validate.Self, validate.ElemOf("steps", ".id"))
		}
		mid := time.Now()
		var c validate.Collector
		validate.Unique(&c, large, validate.Self, validate.ElemOf("steps", ".id"))
		ts += mid.Sub(start)
		tl += time.Since(mid)
	}
	b.ReportMetric(float64(tl)/float64(ts), "growth")
}

type contact struct {
	Phone  string  `json:"phone" validate:"omitempty,phone"`
	Direct phone   `json:"direct" validate:"omitempty,phone"`
	Count  int     `json:"count" validate:"omitempty,phone"`
	When   instant `json:"when" validate:"year"`
}

type phone string

type instant = time.Time

func TestPhoneTag(t *testing.T) {
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
		{"+1 555 555 0142 0000 0000 0000 00", false}, // over 32 bytes
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, validate.IsPhone(tt.in), "%q", tt.in)
		for _, c := range []contact{{Phone: tt.in}, {Direct: phone(tt.in)}} {
			var col validate.Collector
			col.Struct("", c)
			if tt.want {
				assert.NoError(t, col.Err(), "%q", tt.in)
				continue
			}
			var ve *validate.Error
			require.ErrorAs(t, col.Err(), &ve, "%q", tt.in)
			assert.Len(t, ve.Problems, 1)
			assert.Equal(t, validate.RulePhone, ve.Problems[0].Rule)
			assert.NotContains(t, ve.Error(), tt.in)
		}
	}
	var col validate.Collector
	col.Struct("", contact{Count: 911})
	assert.Error(t, col.Err(), "phone is a rule on text only")
}

func TestYearTag(t *testing.T) {
	east := time.FixedZone("UTC+14", 14*3600)
	west := time.FixedZone("UTC-12", -12*3600)
	tests := []struct {
		name string
		at   time.Time
		want bool
	}{
		{"zero is absent", time.Time{}, true},
		{"year 1, the first", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{"year 0", time.Date(0, 12, 31, 23, 59, 59, 0, time.UTC), false},
		{"year 9999, the last", time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC), true},
		{"year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{"year 1 here, year 0 in UTC", time.Date(1, 1, 1, 1, 0, 0, 0, east), false},
		{"year 9999 here, 10000 in UTC", time.Date(9999, 12, 31, 13, 0, 0, 0, west), false},
		{"year -5", time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, validate.InYears(tt.at))
			var c validate.Collector
			c.Struct("", contact{When: tt.at})
			if tt.want {
				assert.NoError(t, c.Err())
				return
			}
			var ve *validate.Error
			require.ErrorAs(t, c.Err(), &ve)
			assert.Equal(t, []validate.Problem{{Path: "when", Rule: validate.RuleRange}}, ve.Problems)
		})
	}
}

// TestDistinct checks that Distinct records what Unique records, on lists
// either side of the length at which it turns to a map.
func TestDistinct(t *testing.T) {
	long := func(n int, repeats ...int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = i + 1
		}
		for _, i := range repeats {
			out[i] = 1
		}
		return out
	}
	tests := []struct {
		name string
		in   []int
		want []validate.Problem
	}{
		{name: "empty"},
		{name: "one", in: []int{7}},
		{name: "zero keys skipped", in: []int{0, 3, 0, 0}},
		{name: "each repeat at its index", in: []int{1, 2, 1, 2, 1}, want: []validate.Problem{
			{Path: "xs[2].id", Rule: "unique"}, {Path: "xs[3].id", Rule: "unique"}, {Path: "xs[4].id", Rule: "unique"},
		}},
		{name: "16 with a repeat last", in: long(16, 15), want: []validate.Problem{{Path: "xs[15].id", Rule: "unique"}}},
		{name: "17 with a repeat last", in: long(17, 16), want: []validate.Problem{{Path: "xs[16].id", Rule: "unique"}}},
		{name: "40 with repeats", in: long(40, 3, 39), want: []validate.Problem{
			{Path: "xs[3].id", Rule: "unique"}, {Path: "xs[39].id", Rule: "unique"},
		}},
		{name: "40 without", in: long(40)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c, u validate.Collector
			validate.Distinct(&c, tt.in, validate.Self, validate.ElemOf("xs", ".id"))
			validate.Unique(&u, tt.in, validate.Self, validate.ElemOf("xs", ".id"))
			assert.Equal(t, u.Err(), c.Err())
			err := c.Err()
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			var ve *validate.Error
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, tt.want, ve.Problems)
		})
	}
}
