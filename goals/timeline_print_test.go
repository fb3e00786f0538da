package goals_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/recoverykit/recovery/goals"
)

// wordyTimeline is timelineFixture with the person's words in every text
// field, and goals 1 and 3 sharing a position (a clash).
func wordyTimeline() goals.Timeline {
	gs := timelineFixture()
	for i := range gs {
		gs[i].Statement, gs[i].Measure, gs[i].Why = "SECRET-statement", "SECRET-measure", "SECRET-why"
		for j := range gs[i].Steps {
			gs[i].Steps[j].Action = "SECRET-action"
		}
	}
	gs[2].Order = gs[0].Order
	return goals.NewTimeline(gs)
}

func TestTimelineString(t *testing.T) {
	tests := []struct {
		name string
		tl   goals.Timeline
		want string
	}{
		{"zero", goals.Timeline{}, "timeline goals=[] items=0 open=0 clashes=0"},
		{"fixture", wordyTimeline(), "timeline goals=[" + goalID(2).String() + " " + goalID(1).String() + " " + goalID(3).String() +
			"] items=6 open=4 clashes=1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.tl.String())
			for _, verb := range []string{"%v", "%+v", "%s"} {
				assert.Equal(t, tt.want, fmt.Sprintf(verb, tt.tl), verb)
			}
			assert.Equal(t, tt.want, fmt.Sprint(tt.tl))
		})
	}
}

func TestTimelineLogValue(t *testing.T) {
	tl := wordyTimeline()
	for name, h := range map[string]func(*bytes.Buffer) slog.Handler{
		"text": func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
		"json": func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			slog.New(h(&b)).Info("timeline", "timeline", tl, "ptr", &tl)
			out := b.String()
			assert.NotContains(t, out, "SECRET")
			assert.Contains(t, out, goalID(1).String())
			assert.Contains(t, out, "items")
		})
	}
	v := tl.LogValue()
	assert.Equal(t, slog.KindGroup, v.Kind())
	got := map[string]string{}
	for _, a := range v.Group() {
		got[a.Key] = a.Value.String()
	}
	assert.Equal(t, "6", got["items"])
	assert.Equal(t, "4", got["open"])
	assert.Equal(t, "1", got["clashes"])
}
