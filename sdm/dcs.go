package sdm

import (
	"github.com/recoverykit/recovery/internal/validate"
)

// DCSVersion names the version of the Decisional Conflict Scale that [DCS]
// scores: the traditional 16-item statement format with five response
// categories, with the subscale item map of the current User Manual
// (O'Connor 1993, updated 2010).
const DCSVersion = "dcs-16-statement-2010"

// The cut-offs that [DCS] reports through [DCSBand], on the 0 to 100 total.
const (
	// DCSLowCutoff: a total below 25 is associated with implementing
	// decisions (Garvelink et al., Decisional Conflict Scale anniversary
	// review, part II, Med Decis Making).
	DCSLowCutoff = 25.0
	// DCSHighCutoff: a total above 37.5 is clinically significant decisional
	// conflict, associated with delaying a decision or feeling unsure about
	// carrying it out (the criterion used to validate [SURE]).
	DCSHighCutoff = 37.5
)

// DCSSubscale names one of the five subscales of the 16-item Decisional
// Conflict Scale, as a lower-case hyphenated code.
//
// The zero value is not a valid DCSSubscale. It is a string and safe for
// concurrent use.
type DCSSubscale string

// The five subscales, in item order ([DCSSubscales]).
const (
	// DCSSubscaleInformed is feeling informed about the options, benefits and risks:
	// items 1-3.
	DCSSubscaleInformed DCSSubscale = "informed"
	// DCSSubscaleValuesClarity is being clear about personal values for the benefits
	// and risks: items 4-6.
	DCSSubscaleValuesClarity DCSSubscale = "values-clarity"
	// DCSSubscaleSupport is feeling supported in making the decision: items 7-9.
	DCSSubscaleSupport DCSSubscale = "support"
	// DCSSubscaleUncertainty is uncertainty about what to choose: items 10-12.
	DCSSubscaleUncertainty DCSSubscale = "uncertainty"
	// DCSSubscaleEffectiveDecision is the perceived quality of the decision: items
	// 13-16.
	DCSSubscaleEffectiveDecision DCSSubscale = "effective-decision"
)

// DCSSubscales returns the five subscales in item order. It returns a new
// slice on each call.
func DCSSubscales() []DCSSubscale {
	return []DCSSubscale{DCSSubscaleInformed, DCSSubscaleValuesClarity, DCSSubscaleSupport, DCSSubscaleUncertainty, DCSSubscaleEffectiveDecision}
}

// IsValid reports whether s is one of the five subscales.
func (s DCSSubscale) IsValid() bool {
	first, _ := s.span()
	return first > 0
}

// Items returns the item numbers (1 to 16) of subscale s in [DCSVersion], or
// nil if s is not valid. It returns a new slice on each call.
func (s DCSSubscale) Items() []int {
	first, last := s.span()
	if first == 0 {
		return nil
	}
	items := make([]int, 0, last-first+1)
	for i := first; i <= last; i++ {
		items = append(items, i)
	}
	return items
}

// span returns the first and last item number of s, or 0, 0.
func (s DCSSubscale) span() (first, last int) {
	switch s {
	case DCSSubscaleInformed:
		return 1, 3
	case DCSSubscaleValuesClarity:
		return 4, 6
	case DCSSubscaleSupport:
		return 7, 9
	case DCSSubscaleUncertainty:
		return 10, 12
	case DCSSubscaleEffectiveDecision:
		return 13, 16
	}
	return 0, 0
}

// DCSBand places a Decisional Conflict Scale total against the published
// cut-offs.
//
// The zero value is not a valid DCSBand. It is a string and safe for
// concurrent use.
type DCSBand string

// The bands of the total score.
const (
	// DCSBandLow is a total below [DCSLowCutoff] (25): associated with
	// implementing decisions.
	DCSBandLow DCSBand = "low"
	// DCSBandModerate is a total from 25 to 37.5, both included.
	DCSBandModerate DCSBand = "moderate"
	// DCSBandHigh is a total above [DCSHighCutoff] (37.5): clinically significant
	// decisional conflict, a reason to offer more support with the decision.
	DCSBandHigh DCSBand = "high"
)

// IsValid reports whether b is one of the three bands.
func (b DCSBand) IsValid() bool {
	switch b {
	case DCSBandLow, DCSBandModerate, DCSBandHigh:
		return true
	}
	return false
}

// DCSResult is the score of one completed 16-item Decisional Conflict Scale.
// Every score runs from 0 (no decisional conflict) to 100 (extremely high
// decisional conflict).
//
// The zero value is a result of all-zero answers except for Band, which is
// empty. It is a plain value and safe for concurrent use.
type DCSResult struct {
	// Total is the sum of the 16 items divided by 16, times 25.
	Total float64 `json:"total"`
	// Informed is the informed subscale, items 1-3.
	Informed float64 `json:"informed"`
	// ValuesClarity is the values clarity subscale, items 4-6.
	ValuesClarity float64 `json:"valuesClarity"`
	// Support is the support subscale, items 7-9.
	Support float64 `json:"support"`
	// Uncertainty is the uncertainty subscale, items 10-12.
	Uncertainty float64 `json:"uncertainty"`
	// EffectiveDecision is the effective decision subscale, items 13-16.
	EffectiveDecision float64 `json:"effectiveDecision"`
	// Band places Total against the cut-offs 25 and 37.5.
	Band DCSBand `json:"band"`
}

// Subscale returns the score of subscale s, or 0 if s is not valid.
func (r DCSResult) Subscale(s DCSSubscale) float64 {
	switch s {
	case DCSSubscaleInformed:
		return r.Informed
	case DCSSubscaleValuesClarity:
		return r.ValuesClarity
	case DCSSubscaleSupport:
		return r.Support
	case DCSSubscaleUncertainty:
		return r.Uncertainty
	case DCSSubscaleEffectiveDecision:
		return r.EffectiveDecision
	}
	return 0
}

// DCS scores the 16-item statement format of the Decisional Conflict Scale
// ([DCSVersion]): the total and the five subscales on 0 to 100, and the band
// of the total against the cut-offs below 25 and above 37.5.
//
// items holds the 16 answers in item order, each coded 0 (strongly agree) to
// 4 (strongly disagree); in this version agreement always means less
// conflict, so no item is reverse-scored. A subscale of k items scores
// (sum of its items) × 25 / k, and the total (sum of all 16) × 25 / 16, each
// with one division. The item map is:
//
//	informed            items 1, 2, 3
//	values-clarity      items 4, 5, 6
//	support             items 7, 8, 9
//	uncertainty         items 10, 11, 12
//	effective-decision  items 13, 14, 15, 16
//
// Older versions order the items differently: the OHRI evaluation measures
// page lists certainty 1-3, informed 4-6, values 7-9, support 10-12 and
// quality of decision 13-16, and the 1995 original scored 1 to 5 with some items
// reversed and three subscales. Answers collected with those forms must be
// reordered to this map before scoring.
//
// Source: O'Connor AM. Validation of a decisional conflict scale. Med Decis
// Making 1995;15(1):25-30; O'Connor AM. User Manual - Decisional Conflict
// Scale (1993, updated 2010), Ottawa Hospital Research Institute. The scale
// is free to use with citation and without alteration; its wording is not
// reproduced here.
func DCS(items []int) (DCSResult, error) {
	var c validate.Collector
	checkItems(&c, "items", items, 16, 4)
	if err := c.Err(); err != nil {
		return DCSResult{}, err
	}
	sub := func(first, last int) float64 {
		return float64(sum(items[first-1:last])*25) / float64(last-first+1)
	}
	r := DCSResult{
		Total:             sub(1, 16),
		Informed:          sub(DCSSubscaleInformed.span()),
		ValuesClarity:     sub(DCSSubscaleValuesClarity.span()),
		Support:           sub(DCSSubscaleSupport.span()),
		Uncertainty:       sub(DCSSubscaleUncertainty.span()),
		EffectiveDecision: sub(DCSSubscaleEffectiveDecision.span()),
	}
	switch {
	case r.Total < DCSLowCutoff:
		r.Band = DCSBandLow
	case r.Total > DCSHighCutoff:
		r.Band = DCSBandHigh
	default:
		r.Band = DCSBandModerate
	}
	return r, nil
}
