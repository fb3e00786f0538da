package sdm_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/sdm"
)

// withMeasures returns the complete record with one response to each
// instrument, each valid.
func withMeasures() sdm.DecisionRecord {
	r := complete()
	r.Measures = []sdm.MeasureResponse{
		{Instrument: sdm.InstrumentSDMQ9, Respondent: sdm.RolePerson, AnsweredAt: at, Items: []int{5, 4, 3, 5, 5, 4, 4, 5, 5}},
		{Instrument: sdm.InstrumentSDMQDoc, Respondent: sdm.RoleProvider, AnsweredAt: at, Items: []int{4, 4, 4, 4, 4, 4, 4, 4, 4}},
		{Instrument: sdm.InstrumentCollaboRATE, Version: sdm.CollaboRATEVersion10, Respondent: sdm.RolePerson, AnsweredAt: at.Add(time.Hour), Items: []int{9, 8, 9}},
		{Instrument: sdm.InstrumentCollaboRATE, Version: sdm.CollaboRATEVersion5, Respondent: sdm.RoleFamily, AnsweredAt: at, Items: []int{4, 3, 4}},
		{Instrument: sdm.InstrumentCollaboRATE, Respondent: sdm.RolePerson, AnsweredAt: at, Items: []int{9, 9, 9}},
		{Instrument: sdm.InstrumentSURE, Respondent: sdm.RolePerson, AnsweredAt: at, Items: []int{1, 1, 0, 1}},
		{Instrument: sdm.InstrumentOPTION5, AnsweredAt: at, Items: []int{2, 1, 0, 3, 2}},
		{Instrument: sdm.InstrumentDCS, Respondent: sdm.RolePerson, AnsweredAt: at, Items: []int{1, 0, 1, 2, 1, 1, 0, 1, 2, 2, 3, 2, 1, 1, 0, 1}},
	}
	return r
}

func TestValidateMeasures(t *testing.T) {
	tests := []struct {
		name string
		edit func(r *sdm.DecisionRecord)
		want []problem // nil: valid
	}{
		{name: "one response to each instrument", edit: func(*sdm.DecisionRecord) {}},
		{name: "unknown instrument", edit: func(r *sdm.DecisionRecord) { r.Measures[0].Instrument = "phq-9" },
			want: []problem{{"measures[0].instrument", "valid"}}},
		{name: "empty instrument", edit: func(r *sdm.DecisionRecord) { r.Measures[1].Instrument = "" },
			want: []problem{{"measures[1].instrument", "valid"}}},
		{name: "too few items", edit: func(r *sdm.DecisionRecord) { r.Measures[0].Items = r.Measures[0].Items[:8] },
			want: []problem{{"measures[0].items", "len"}}},
		{name: "too many items", edit: func(r *sdm.DecisionRecord) { r.Measures[5].Items = append(r.Measures[5].Items, 1) },
			want: []problem{{"measures[5].items", "len"}}},
		{name: "no items", edit: func(r *sdm.DecisionRecord) { r.Measures[7].Items = nil },
			want: []problem{{"measures[7].items", "required"}}},
		{name: "an empty list of items", edit: func(r *sdm.DecisionRecord) { r.Measures[7].Items = []int{} },
			want: []problem{{"measures[7].items", "len"}}},
		{name: "item above the scale", edit: func(r *sdm.DecisionRecord) { r.Measures[0].Items[2] = 6 },
			want: []problem{{"measures[0].items[2]", "max"}}},
		{name: "negative item", edit: func(r *sdm.DecisionRecord) { r.Measures[6].Items[4] = -1 },
			want: []problem{{"measures[6].items[4]", "min"}}},
		{name: "SURE answer other than 0 or 1", edit: func(r *sdm.DecisionRecord) { r.Measures[5].Items[0] = 2 },
			want: []problem{{"measures[5].items[0]", "max"}}},
		{name: "10-point answer on the 5-point version", edit: func(r *sdm.DecisionRecord) { r.Measures[3].Items[1] = 9 },
			want: []problem{{"measures[3].items[1]", "max"}}},
		{name: "unknown CollaboRATE version", edit: func(r *sdm.DecisionRecord) { r.Measures[2].Version = "7-point" },
			want: []problem{{"measures[2].version", "valid"}}},
		{name: "version on an instrument without versions", edit: func(r *sdm.DecisionRecord) { r.Measures[7].Version = sdm.CollaboRATEVersion10 },
			want: []problem{{"measures[7].version", "unsupported"}}},
		{name: "no respondent", edit: func(r *sdm.DecisionRecord) { r.Measures[0].Respondent = "" },
			want: []problem{{"measures[0].respondent", "required"}}},
		{name: "clinician answering the patient version", edit: func(r *sdm.DecisionRecord) { r.Measures[0].Respondent = sdm.RoleProvider },
			want: []problem{{"measures[0].respondent", "unsupported"}}},
		{name: "person answering the clinician version", edit: func(r *sdm.DecisionRecord) { r.Measures[1].Respondent = sdm.RolePerson },
			want: []problem{{"measures[1].respondent", "unsupported"}}},
		{name: "respondent on the observer-rated OPTION-5", edit: func(r *sdm.DecisionRecord) { r.Measures[6].Respondent = sdm.RolePeer },
			want: []problem{{"measures[6].respondent", "unsupported"}}},
		{name: "unknown respondent", edit: func(r *sdm.DecisionRecord) { r.Measures[5].Respondent = "Jordan" },
			want: []problem{{"measures[5].respondent", "valid"}}},
		{name: "no time", edit: func(r *sdm.DecisionRecord) { r.Measures[4].AnsweredAt = time.Time{} },
			want: []problem{{"measures[4].answeredAt", "required"}}},
		{name: "time out of range", edit: func(r *sdm.DecisionRecord) { r.Measures[4].AnsweredAt = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) },
			want: []problem{{"measures[4].answeredAt", "range"}}},
		{name: "too many responses", edit: func(r *sdm.DecisionRecord) {
			for len(r.Measures) <= sdm.MaxMeasures {
				r.Measures = append(r.Measures, r.Measures[0])
			}
		}, want: []problem{{"measures", "max"}}},
		{name: "every problem of one response", edit: func(r *sdm.DecisionRecord) {
			r.Measures[0] = sdm.MeasureResponse{Instrument: sdm.InstrumentSURE, Version: sdm.CollaboRATEVersion5, Items: []int{1, 7, 1}}
		}, want: []problem{{"measures[0].answeredAt", "required"}, {"measures[0].version", "unsupported"},
			{"measures[0].respondent", "required"}, {"measures[0].items", "len"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := withMeasures()
			tt.edit(&r)
			err := r.Validate()
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.True(t, errors.Is(err, recovery.ErrInvalid))
			var ve *recovery.ValidationError
			require.True(t, errors.As(err, &ve))
			for _, w := range tt.want {
				assert.True(t, ve.Has(w.path, w.rule), "want %s %s in %v", w.path, w.rule, err)
			}
			assert.Len(t, ve.Problems, len(tt.want), "problems: %v", err)
			// A response validates by itself with the same rules, below no prefix.
			for i, m := range r.Measures {
				if err := m.Validate(); err != nil {
					var me *recovery.ValidationError
					require.True(t, errors.As(err, &me))
					for _, p := range me.Problems {
						assert.True(t, ve.Has("measures["+strconv.Itoa(i)+"]."+p.Path, p.Rule), "%s %s", p.Path, p.Rule)
					}
				}
			}
		})
	}
}

func TestInstruments(t *testing.T) {
	assert.Equal(t, []sdm.Instrument{"sdm-q-9", "sdm-q-doc", "collaborate", "sure", "option-5", "dcs"}, sdm.Instruments())
	for i, in := range sdm.Instruments() {
		assert.True(t, in.IsValid(), in)
		assert.Equal(t, i, in.Index())
		n, max := in.Items("")
		assert.Positive(t, n, in)
		assert.Positive(t, max, in)
	}
	assert.False(t, sdm.Instrument("").IsValid())
	assert.Equal(t, -1, sdm.Instrument("SURE").Index())
	tests := []struct {
		in     sdm.Instrument
		v      sdm.CollaboRATEVersion
		n, max int
	}{
		{sdm.InstrumentSDMQ9, "", 9, 5},
		{sdm.InstrumentSDMQDoc, "", 9, 5},
		{sdm.InstrumentCollaboRATE, "", 3, 9},
		{sdm.InstrumentCollaboRATE, sdm.CollaboRATEVersion10, 3, 9},
		{sdm.InstrumentCollaboRATE, sdm.CollaboRATEVersion5, 3, 4},
		{sdm.InstrumentCollaboRATE, "7-point", 0, 0},
		{sdm.InstrumentSURE, "", 4, 1},
		{sdm.InstrumentOPTION5, "", 5, 4},
		{sdm.InstrumentDCS, "", 16, 4},
		{"phq-9", "", 0, 0},
	}
	for _, tt := range tests {
		n, max := tt.in.Items(tt.v)
		assert.Equal(t, [2]int{tt.n, tt.max}, [2]int{n, max}, "%s %s", tt.in, tt.v)
	}
}

// TestMeasuresScoreWithThePackage checks that every valid response's items
// are accepted by the instrument's scoring function, and every item count
// or range the record rejects is rejected by the scoring function too.
func TestMeasuresScoreWithThePackage(t *testing.T) {
	score := func(m sdm.MeasureResponse) error {
		switch m.Instrument {
		case sdm.InstrumentSDMQ9:
			_, err := sdm.SDMQ9(m.Items)
			return err
		case sdm.InstrumentSDMQDoc:
			_, err := sdm.SDMQDoc(m.Items)
			return err
		case sdm.InstrumentOPTION5:
			_, err := sdm.OPTION5(m.Items)
			return err
		case sdm.InstrumentDCS:
			_, err := sdm.DCS(m.Items)
			return err
		}
		return nil
	}
	for _, m := range withMeasures().Measures {
		require.NoError(t, m.Validate())
		assert.NoError(t, score(m), m.Instrument)
		m.Items = append(m.Items[:len(m.Items):len(m.Items)], 0)
		assert.Error(t, m.Validate())
		if m.Instrument != sdm.InstrumentCollaboRATE && m.Instrument != sdm.InstrumentSURE {
			assert.Error(t, score(m), m.Instrument)
		}
	}
}

func TestMeasuresJSON(t *testing.T) {
	r := withMeasures()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"measures":[{"instrument":"sdm-q-9","respondent":"person","answeredAt":"2026-03-02T10:00:00Z","items":[5,4,3,5,5,4,4,5,5]}`)
	assert.Contains(t, string(b), `{"instrument":"option-5","answeredAt":"2026-03-02T10:00:00Z","items":[2,1,0,3,2]}`)
	var got sdm.DecisionRecord
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, r, got)
}

func TestMeasureLogValue(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	r := withMeasures()
	log.Info("decision", "record", r, "measure", r.Measures[0])
	out := buf.String()
	assert.Contains(t, out, `"measures":8`)
	assert.Contains(t, out, `"measure":{"instrument":"sdm-q-9","version":"","respondent":"person","items":9}`)
	assert.NotContains(t, out, "5,4,3")
	assert.Equal(t, "measure sdm-q-9 items=9", r.Measures[0].String())
	m := sdm.MeasureResponse{Instrument: "my own words", Respondent: "Jordan"}
	buf.Reset()
	log.Info("decision", "measure", m)
	assert.NotContains(t, buf.String()+m.String(), "Jordan")
	assert.NotContains(t, buf.String()+m.String(), "my own words")
}
