package sdm

import (
	"strconv"

	"github.com/recoverykit/recovery/internal/enum"
	"github.com/recoverykit/recovery/internal/validate"
)

// checkItems reports the count and range problems of items under path. A
// list of the wrong length is reported once, as such, and its answers are
// not checked one by one, so that no input yields more problems than the
// instrument has items.
func checkItems(c *validate.Collector, path string, items []int, n, max int) {
	if len(items) != n {
		c.AddParam(path, "len", strconv.Itoa(n))
		return
	}
	for i, v := range items {
		switch {
		case v < 0:
			c.AddParam(validate.Elem(path, i), "min", "0")
		case v > max:
			c.AddParam(validate.Elem(path, i), "max", strconv.Itoa(max))
		}
	}
}

// sum returns the sum of items; the caller has checked their range.
func sum(items []int) int {
	s := 0
	for _, v := range items {
		s += v
	}
	return s
}

// SDMQ9 scores the 9-item Shared Decision Making Questionnaire, patient
// version (SDM-Q-9), on 0 to 100, where 100 is the highest level of shared
// decision making the patient can report.
//
// items holds the nine answers in item order, each 0 ("completely disagree")
// to 5 ("completely agree"). The score is the raw sum (0 to 45) times 20/9,
// computed as raw*20/9 with one division.
//
// Source: Kriston L, Scholl I, Hölzel L, et al. The 9-item Shared Decision
// Making Questionnaire (SDM-Q-9). Development and psychometric properties in
// a primary care sample. Patient Educ Couns 2010;80(1):94-99. The developers
// ask that official translations be used; the wording is theirs.
func SDMQ9(items []int) (float64, error) { return sdmq(items) }

// SDMQDoc scores the physician version of the questionnaire (SDM-Q-Doc) the
// same way as [SDMQ9]: nine items 0 to 5, raw sum times 20/9, on 0 to 100.
//
// Source: Scholl I, Kriston L, Dirmaier J, et al. Development and
// psychometric properties of the Shared Decision Making Questionnaire -
// physician version (SDM-Q-Doc). Patient Educ Couns 2012;88(2):284-290. The
// same format and transformation as SDM-Q-9 (the developers publish both
// versions together).
func SDMQDoc(items []int) (float64, error) { return sdmq(items) }

func sdmq(items []int) (float64, error) {
	var c validate.Collector
	checkItems(&c, "items", items, 9, 5)
	if err := c.Err(); err != nil {
		return 0, err
	}
	return float64(sum(items)*20) / 9, nil
}

// CollaboRATEMinEncounters is the number of complete encounters the
// CollaboRATE developers require before a score is reported for a
// clinician, clinic or group.
const CollaboRATEMinEncounters = 25

// CollaboRATEVersion names a response scale of CollaboRATE.
//
// The zero value means [CollaboRATEVersion10]. CollaboRATEVersion is a string
// and is safe for concurrent use.
type CollaboRATEVersion string

// The CollaboRATE versions.
const (
	// CollaboRATEVersion10 is the standard version: each item answered 0
	// ("no effort was made") to 9 ("every effort was made"). It is the one
	// [CollaboRATE] scores.
	CollaboRATEVersion10 CollaboRATEVersion = "10-point"
	// CollaboRATEVersion5 is the 5-point version, each item answered 0 to 4.
	// Its top-score rule is not published with the developers' scoring
	// rules, so [CollaboRATE] rejects it (rule "unsupported") rather than
	// score 0 to 4 answers as 0% top scores on the 0 to 9 scale.
	CollaboRATEVersion5 CollaboRATEVersion = "5-point"
)

// collaborateVersions lists every version once; it backs
// [CollaboRATEVersions] and [CollaboRATEVersion.IsValid].
var collaborateVersions = enum.Of(CollaboRATEVersion10, CollaboRATEVersion5)

// CollaboRATEVersions returns every version: the 10-point, then the 5-point.
// It returns a new slice on each call.
func CollaboRATEVersions() []CollaboRATEVersion { return collaborateVersions.Values() }

// Index returns v's place in [CollaboRATEVersions], or -1 if v is not valid.
func (v CollaboRATEVersion) Index() int { return collaborateVersions.Index(v) }

// IsValid reports whether v is one of the defined versions.
func (v CollaboRATEVersion) IsValid() bool { return v.Index() >= 0 }

// CollaboRATEOptions configures [CollaboRATE]. A nil *CollaboRATEOptions, and
// the zero value, mean the defaults: the 10-point version.
type CollaboRATEOptions struct {
	// Version is the response scale the answers were given on; empty means
	// [CollaboRATEVersion10].
	Version CollaboRATEVersion
}

// CollaboRATEResult is the CollaboRATE score of a set of encounters.
//
// The zero value is the result of no encounters: nothing to report. It is a
// plain value and safe for concurrent use.
type CollaboRATEResult struct {
	// TopScore is the percentage (0 to 100) of encounters used in which all
	// three items are 9, the developers' recommended score. It is 0 when N is 0.
	TopScore float64 `json:"topScore"`
	// Top is the number of encounters used in which all three items are 9.
	Top int `json:"top"`
	// Mean is the mean, over encounters used, of each encounter's mean item
	// score, from 0 to 9. It is 0 when N is 0.
	Mean float64 `json:"mean"`
	// N is the number of encounters used: those with all three items.
	N int `json:"n"`
	// Excluded is the number of encounters left out because an item is
	// missing.
	Excluded int `json:"excluded"`
	// Reportable reports whether N is at least [CollaboRATEMinEncounters].
	Reportable bool `json:"reportable"`
}

// CollaboRATE scores the three-item CollaboRATE patient-reported measure of
// shared decision making over a set of encounters.
//
// Each encounter holds its three answers in item order, each 0 ("no effort
// was made") to 9 ("every effort was made"). An encounter with a missing item,
// written as a short slice or a negative value, is excluded and counted in
// Excluded, as the developers' scoring rules say. More than three items, or
// an item above 9, is an error naming the encounter or item
// (encounters[i] len=3, encounters[i][j] max=9).
//
// opts names the version the answers come from (nil means the 10-point
// version). The 5-point version is an error (version unsupported): its
// top-score rule is not published, and its 0 to 4 answers read on the 0 to 9
// scale would silently give a top score of 0%. A version that is not defined
// is an error too (version valid).
//
// TopScore is 100 × Top / N, and Mean is the sum of every item of the
// encounters used divided by 3N (equal to the mean of the encounter means),
// each computed with one division. With no encounter used both are 0.
//
// Source: Elwyn G, Barr PJ, Grande SW, et al. Developing CollaboRATE: a fast
// and frugal patient-reported measure of shared decision making in clinical
// encounters. Patient Educ Couns 2013;93(1):102-107; scoring rules from the
// developers' page "Scoring CollaboRATE" (glynelwyn.com). CollaboRATE is
// licensed CC BY-NC-ND; its wording is not reproduced here.
func CollaboRATE(encounters [][]int, opts *CollaboRATEOptions) (CollaboRATEResult, error) {
	var c validate.Collector
	if opts != nil && opts.Version != "" {
		switch {
		case opts.Version == CollaboRATEVersion5:
			c.Add("version", "unsupported")
			return CollaboRATEResult{}, c.Err()
		case !opts.Version.IsValid():
			c.Add("version", "valid")
			return CollaboRATEResult{}, c.Err()
		}
	}
	var res CollaboRATEResult
	total := 0
	for i, e := range encounters {
		if len(e) > 3 {
			c.AddParam(validate.Elem("encounters", i), "len", "3")
		}
		missing := len(e) < 3
		for j, v := range e {
			switch {
			case v < 0:
				missing = true
			case v > 9:
				c.AddParam(validate.Elem(validate.Elem("encounters", i), j), "max", "9")
			}
		}
		if missing {
			res.Excluded++
			continue
		}
		res.N++
		if e[0] == 9 && e[1] == 9 && e[2] == 9 {
			res.Top++
		}
		total += e[0] + e[1] + e[2]
	}
	if err := c.Err(); err != nil {
		return CollaboRATEResult{}, err
	}
	if res.N > 0 {
		res.TopScore = float64(res.Top*100) / float64(res.N)
		res.Mean = float64(total) / float64(3*res.N)
	}
	res.Reportable = res.N >= CollaboRATEMinEncounters
	return res, nil
}

// SURE scores the four-item SURE test, the screening version of the
// Decisional Conflict Scale: each yes scores 1 and each no 0, so score runs
// from 0 to 4, and conflict reports a positive screen for decisional
// conflict, a score of 3 or less.
//
// answers holds the four yes/no answers in item order (the acronym: sure of
// myself, understand the information, risk-benefit ratio, encouragement).
//
// Source: Légaré F, Kearing S, Clay K, et al. Are you SURE? Assessing
// patient decisional conflict with a 4-item screening test. Can Fam Physician
// 2010;56(8):e308-e314.
func SURE(answers [4]bool) (score int, conflict bool) {
	for _, yes := range answers {
		if yes {
			score++
		}
	}
	return score, score <= 3
}

// OPTION5 scores the observer-rated OPTION-5 measure of shared decision
// making on 0 to 100.
//
// items holds the five ratings in item order, each 0 (no effort) to 4
// (exemplary effort). The score is the raw sum (0 to 20) times 5, the linear
// map onto the published 0 to 100 range.
//
// Source: Elwyn G, Tsulukidze M, Edwards A, Légaré F, Newcombe R. Using a
// 'talk' model of shared decision making to propose an observation-based
// measure: Observer OPTION5 Item. Patient Educ Couns 2013;93(2):265-271;
// scoring guide and 0-100 range as reported by Kölker M, et al. BMC Health
// Serv Res 2018;18:74.
func OPTION5(items []int) (float64, error) {
	var c validate.Collector
	checkItems(&c, "items", items, 5, 4)
	if err := c.Err(); err != nil {
		return 0, err
	}
	return float64(sum(items) * 5), nil
}
