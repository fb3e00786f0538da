package strengths

import (
	"github.com/recoverykit/recovery/internal/token"
	"github.com/recoverykit/recovery/life"
)

// Coverage counts an assessment's strengths by area and column, as returned by
// [Assessment.Coverage]. The zero Coverage has no areas and counts nothing. It
// is a plain value, safe for concurrent use if not written.
type Coverage struct {
	// Areas has one entry for every area of [life.Areas], in that order,
	// including areas with no strength.
	Areas []AreaCoverage `json:"areas"`
}

// AreaCoverage counts the strengths of one area in each column. The zero
// AreaCoverage names no area and counts nothing. It is a plain value, safe for
// concurrent use if not written.
type AreaCoverage struct {
	// Area is the area counted.
	Area life.Area `json:"area"`
	// Current counts strengths in the current status column.
	Current int `json:"current"`
	// Desired counts strengths in the desires and aspirations column.
	Desired int `json:"desired"`
	// Past counts strengths in the past resources column.
	Past int `json:"past"`
}

// Count returns the number of strengths in column t (0 for an invalid t).
func (c AreaCoverage) Count(t Timeframe) int {
	switch t {
	case TimeframeCurrent:
		return c.Current
	case TimeframeDesired:
		return c.Desired
	case TimeframePast:
		return c.Past
	}
	return 0
}

// Total returns the number of strengths in the area, in all three columns.
func (c AreaCoverage) Total() int { return c.Current + c.Desired + c.Past }

// Count returns the number of strengths in area a and column t (0 if a or t is
// not valid).
func (c Coverage) Count(a life.Area, t Timeframe) int {
	for _, ac := range c.Areas {
		if ac.Area == a {
			return ac.Count(t)
		}
	}
	return 0
}

// Total returns the number of strengths counted.
func (c Coverage) Total() int {
	n := 0
	for _, ac := range c.Areas {
		n += ac.Total()
	}
	return n
}

// Coverage counts the strengths by area and column. A strength whose area or
// timeframe is not a defined code is not counted, so Coverage().Total() equals
// len(Strengths) for a valid assessment.
func (a Assessment) Coverage() Coverage {
	areas := life.Areas()
	out := make([]AreaCoverage, len(areas))
	for i, ar := range areas {
		out[i].Area = ar
	}
	for i := range a.Strengths {
		s := &a.Strengths[i]
		j := s.Area.Index()
		if j < 0 {
			continue
		}
		switch s.Timeframe {
		case TimeframeCurrent:
			out[j].Current++
		case TimeframeDesired:
			out[j].Desired++
		case TimeframePast:
			out[j].Past++
		}
	}
	return Coverage{Areas: out}
}

// Gaps returns the areas of life, in [life.Areas] order, where no [TimeframeCurrent]
// strength is recorded yet (nil if every area has one). A gap is a prompt for
// the conversation ("what is going well for you here?", see [Prompt]), not a
// list of deficits: the person may have strengths there that are not written
// down, or may not want to talk about that area now.
func (a Assessment) Gaps() []life.Area {
	areas := life.Areas()
	have := make([]bool, len(areas)) // have[i]: areas[i] has a current strength
	for i := range a.Strengths {
		s := &a.Strengths[i]
		if s.Timeframe != TimeframeCurrent {
			continue
		}
		if j := s.Area.Index(); j >= 0 {
			have[j] = true
		}
	}
	var out []life.Area
	for i, ar := range areas {
		if !have[i] {
			out = append(out, ar)
		}
	}
	return out
}

// PersonDriven returns the share, from 0 to 1, of the strengths that are
// person-driven: named by the person themselves ([Strength.Source] is [SourceSelf])
// and stated in the first person ([FirstPerson] reports true for
// [Strength.Statement]). It is computed as the count of such strengths divided
// by len(Strengths), one float64 division. An assessment with no strengths
// returns 0: there is nothing in the person's words yet.
func (a Assessment) PersonDriven() float64 {
	if len(a.Strengths) == 0 {
		return 0
	}
	n := 0
	for i := range a.Strengths {
		if a.Strengths[i].Source == SourceSelf && FirstPerson(string(a.Strengths[i].Statement)) {
			n++
		}
	}
	return float64(n) / float64(len(a.Strengths))
}

// FirstPerson reports whether statement is written in the first person, by
// this rule: skip leading white space, punctuation and symbols (quotes,
// dashes, bullets); take the first word as the module's one word scanner
// (internal/token) reads it, letters and digits joined by apostrophes (' or
// ’); it must be, ignoring case and accents and with ’ read as ', one of
// I, I'm, I've, I'll, I'd, Im, Ive, me, my, mine, myself. So "I can cook",
// "“My brother Sam”" and "- i'm patient" are first person; "Good at fixing
// things", "It helps me", "Ill at ease" and "1. I cook" (a digit first) are not.
// The rule is English only and looks at the first word only.
func FirstPerson(statement string) bool {
	sc := token.Scanner{Text: statement}
	w, ok := sc.Next()
	if !ok {
		return false
	}
	var buf [8]byte
	word, ok := token.Fold(buf[:], statement[w.Start:w.End])
	if !ok {
		return false
	}
	switch string(word) {
	case "i", "i'm", "i've", "i'll", "i'd", "im", "ive", "me", "my", "mine", "myself":
		return true
	}
	return false
}
