package goals_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/goals"
)

// textRef is the scenario's reference time, a Monday.
var textRef = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

// textSeedHeading and textSeedSteps are the scenario's SMART steps for "I want to
// find a place to live".
const textSeedHeading = "By this time next week"

var textSeedSteps = []string{
	"I will look on Craigslist for rentals for no more than 1 hour",
	"I will list at least 5 possible rentals and will call at least 3",
	"I will bring the notes from the calls to go over next week",
}

// textWant is one expected finding: rule, byte offsets and the phrase they
// cover (which checks the offsets against the text).
type textWant struct {
	rule       goals.Rule
	start, end int
	phrase     string
}

// textCases are analysed at textRef. Each lists every finding expected, in
// order; nil means nothing is found.
var textCases = []struct {
	text string
	want []textWant
}{
	{"By this time next week", []textWant{
		{goals.RuleDuration, 0, 22, "By this time next week"},
	}},
	// A long verb is still a past tense; a long compound is no verb.
	{"I rehabilitated my garden after the holidays", []textWant{
		{goals.RulePastTense, 0, 15, "I rehabilitated"},
	}},
	{"ask about the intake-and-overnight-detox-bed on February 20", []textWant{
		{goals.RuleDate, 45, 59, "on February 20"},
	}},
	{"I will look on Craigslist for rentals for no more than 1 hour", []textWant{
		{goals.RuleFirstPerson, 0, 11, "I will look"},
		{goals.RuleComparator, 42, 61, "no more than 1 hour"},
	}},
	{"I will list at least 5 possible rentals and will call at least 3", []textWant{
		{goals.RuleFirstPerson, 0, 11, "I will list"},
		{goals.RuleComparator, 12, 22, "at least 5"},
		{goals.RuleFirstPerson, 44, 53, "will call"},
		{goals.RuleComparator, 54, 64, "at least 3"},
	}},
	{"I will bring the notes from the calls to go over next week", []textWant{
		{goals.RuleFirstPerson, 0, 12, "I will bring"},
		{goals.RulePeriod, 49, 58, "next week"},
	}},
	{"I want to get a better job", []textWant{
		{goals.RuleFirstPerson, 0, 13, "I want to get"},
		{goals.RuleVagueComparative, 16, 22, "better"},
	}},
	{"I want to get back in touch with my brother", []textWant{
		{goals.RuleFirstPerson, 0, 13, "I want to get"},
	}},
	{"She wants to quit smoking", nil},
	{"Client will go to a naloxone training", nil},
	{"I want to find a place to live", []textWant{
		{goals.RuleFirstPerson, 0, 14, "I want to find"},
	}},
	{"I will call by Friday, not next Friday.", []textWant{
		{goals.RuleFirstPerson, 0, 11, "I will call"},
		{goals.RuleWeekday, 12, 21, "by Friday"},
		{goals.RuleWeekday, 27, 38, "next Friday"},
	}},
	{"See her this Friday or on Monday; Sunday works too", []textWant{
		{goals.RuleWeekday, 8, 19, "this Friday"},
		{goals.RuleWeekday, 23, 32, "on Monday"},
		{goals.RuleWeekday, 34, 40, "Sunday"},
	}},
	{"by December 1 or Dec 1st, 1 December, the 1st of December", []textWant{
		{goals.RuleDate, 0, 13, "by December 1"},
		{goals.RuleDate, 17, 24, "Dec 1st"},
		{goals.RuleDate, 26, 36, "1 December"},
		{goals.RuleDate, 38, 57, "the 1st of December"},
	}},
	{"December 1, 2026 and 2026-03-09", []textWant{
		{goals.RuleDate, 0, 16, "December 1, 2026"},
		{goals.RuleDate, 21, 31, "2026-03-09"},
	}},
	{"January 5, March 2, March 1, Feb 29", []textWant{
		{goals.RuleDate, 0, 9, "January 5"},
		{goals.RuleDate, 11, 18, "March 2"},
		{goals.RuleDate, 20, 27, "March 1"},
		{goals.RuleDate, 29, 35, "Feb 29"},
	}},
	{"February 30 and 2026-13-01 are not days", nil},
	{"by the 15th, the 1st", []textWant{
		{goals.RuleDate, 0, 11, "by the 15th"},
		{goals.RuleDate, 13, 20, "the 1st"},
	}},
	{"within 2 weeks, in three days, within the next month", []textWant{
		{goals.RuleDuration, 0, 14, "within 2 weeks"},
		{goals.RuleDuration, 16, 29, "in three days"},
		{goals.RuleDuration, 31, 52, "within the next month"},
	}},
	{"2 weeks from now, a week from today, this time tomorrow, in 90 minutes", []textWant{
		{goals.RuleDuration, 0, 16, "2 weeks from now"},
		{goals.RuleDuration, 18, 35, "a week from today"},
		{goals.RuleDuration, 37, 55, "this time tomorrow"},
		{goals.RuleDuration, 57, 70, "in 90 minutes"},
	}},
	{"this week, next week, this weekend, by the end of the month", []textWant{
		{goals.RulePeriod, 0, 9, "this week"},
		{goals.RulePeriod, 11, 20, "next week"},
		{goals.RulePeriod, 22, 34, "this weekend"},
		{goals.RulePeriod, 36, 59, "by the end of the month"},
	}},
	{"next month, by the end of March, in January, this year, next year, end of day", []textWant{
		{goals.RulePeriod, 0, 10, "next month"},
		{goals.RulePeriod, 12, 31, "by the end of March"},
		{goals.RulePeriod, 33, 43, "in January"},
		{goals.RulePeriod, 45, 54, "this year"},
		{goals.RulePeriod, 56, 65, "next year"},
		{goals.RulePeriod, 67, 77, "end of day"},
	}},
	{"today, tonight, tomorrow, the day after tomorrow, no later than Thursday", []textWant{
		{goals.RuleRelativeDay, 0, 5, "today"},
		{goals.RuleRelativeDay, 7, 14, "tonight"},
		{goals.RuleRelativeDay, 16, 24, "tomorrow"},
		{goals.RuleRelativeDay, 26, 48, "the day after tomorrow"},
		{goals.RuleWeekday, 50, 72, "no later than Thursday"},
	}},
	{"I will walk 3 times a week and at most 2 hours and every day", []textWant{
		{goals.RuleFirstPerson, 0, 11, "I will walk"},
		{goals.RuleFrequency, 12, 26, "3 times a week"},
		{goals.RuleComparator, 31, 46, "at most 2 hours"},
		{goals.RuleFrequency, 51, 60, "every day"},
	}},
	{"twice a day, daily, 5 or more, fewer than 10, exactly 4", []textWant{
		{goals.RuleFrequency, 0, 11, "twice a day"},
		{goals.RuleFrequency, 13, 18, "daily"},
		{goals.RuleComparator, 20, 29, "5 or more"},
		{goals.RuleComparator, 31, 44, "fewer than 10"},
		{goals.RuleComparator, 46, 55, "exactly 4"},
	}},
	{"call 3 landlords for 20 minutes, read two pages", []textWant{
		{goals.RuleCount, 5, 6, "3"},
		{goals.RuleCount, 21, 31, "20 minutes"},
		{goals.RuleCount, 38, 41, "two"},
	}},
	{"meet at 5 pm with one of them one day, for a week, more than ever", []textWant{
		{goals.RuleVagueTime, 30, 37, "one day"},
		{goals.RuleCount, 43, 49, "a week"},
		{goals.RuleVagueComparative, 51, 55, "more"},
	}},
	{"I'll look, I’ll look, I am going to ask, I'm going to bring", []textWant{
		{goals.RuleFirstPerson, 0, 9, "I'll look"},
		{goals.RuleFirstPerson, 11, 22, "I’ll look"},
		{goals.RuleFirstPerson, 24, 41, "I am going to ask"},
		{goals.RuleFirstPerson, 43, 61, "I'm going to bring"},
	}},
	{"I plan to visit, I shall write, I will also call, I will try to rest", []textWant{
		{goals.RuleFirstPerson, 0, 15, "I plan to visit"},
		{goals.RuleFirstPerson, 17, 30, "I shall write"},
		{goals.RuleFirstPerson, 32, 48, "I will also call"},
		{goals.RuleVagueHedge, 57, 63, "try to"},
	}},
	{"Will I call? I want to.", nil},
	{"My friend will call and will visit. I will rest and will read. And will sleep", []textWant{
		{goals.RuleFirstPerson, 36, 47, "I will rest"},
		{goals.RuleFirstPerson, 52, 61, "will read"},
	}},
	{"better, more, less, improve, maybe, perhaps, hopefully", []textWant{
		{goals.RuleVagueComparative, 0, 6, "better"},
		{goals.RuleVagueComparative, 8, 12, "more"},
		{goals.RuleVagueComparative, 14, 18, "less"},
		{goals.RuleVagueComparative, 20, 27, "improve"},
		{goals.RuleVagueHedge, 29, 34, "maybe"},
		{goals.RuleVagueHedge, 36, 43, "perhaps"},
		{goals.RuleVagueHedge, 45, 54, "hopefully"},
	}},
	{"some, several, a few, a lot, soon, someday, eventually", []textWant{
		{goals.RuleVagueAmount, 0, 4, "some"},
		{goals.RuleVagueAmount, 6, 13, "several"},
		{goals.RuleVagueAmount, 15, 20, "a few"},
		{goals.RuleVagueAmount, 22, 27, "a lot"},
		{goals.RuleVagueTime, 29, 33, "soon"},
		{goals.RuleVagueTime, 35, 42, "someday"},
		{goals.RuleVagueTime, 44, 54, "eventually"},
	}},
	{"as soon as possible, when I can, at some point", []textWant{
		{goals.RuleVagueTime, 0, 19, "as soon as possible"},
		{goals.RuleVagueTime, 21, 31, "when I can"},
		{goals.RuleVagueTime, 33, 46, "at some point"},
	}},
	{"Moreover, bettering, somebody, someone, improvement, tryst, sometimes", nil},
	{"I  will   CALL   at  least\t5 BY FRIDAY", []textWant{
		{goals.RuleFirstPerson, 0, 14, "I  will   CALL"},
		{goals.RuleComparator, 17, 28, "at  least\t5"},
		{goals.RuleWeekday, 29, 38, "BY FRIDAY"},
	}},
	{"at least. 5 and by. Friday", []textWant{
		{goals.RuleWeekday, 20, 26, "Friday"},
	}},
	{"Café: I will call 3 landlords — by Friday ☺", []textWant{
		{goals.RuleFirstPerson, 7, 18, "I will call"},
		{goals.RuleCount, 19, 20, "3"},
		{goals.RuleWeekday, 35, 44, "by Friday"},
	}},
}

func TestAnalyzeTextFindings(t *testing.T) {
	for _, tc := range textCases {
		t.Run(tc.text, func(t *testing.T) {
			got := goals.AnalyzeText(tc.text, textRef, nil).Matches
			require.Len(t, got, len(tc.want), "findings: %v", got)
			for i, w := range tc.want {
				require.Equal(t, w.phrase, tc.text[w.start:w.end], "table offsets of finding %d", i)
				assert.Equal(t, w.rule, got[i].Rule, "finding %d", i)
				assert.Equal(t, w.start, got[i].Start, "finding %d start", i)
				assert.Equal(t, w.end, got[i].End, "finding %d end", i)
				assert.Equal(t, w.rule.Kind(), got[i].Kind())
				assert.Equal(t, w.rule.Kind() == goals.MatchKindTime, !got[i].Deadline.IsZero(), "deadline only on time findings")
				assert.Equal(t, w.rule.Kind() == goals.MatchKindQuantity, got[i].Amount != 0, "amount only on quantities")
			}
		})
	}
}

func TestAnalyzeTextSeedSteps(t *testing.T) {
	heading := goals.AnalyzeText(textSeedHeading, textRef, nil)
	d, ok := heading.Deadline()
	require.True(t, ok, "the heading is a time limit")
	assert.Equal(t, textRef.AddDate(0, 0, 7), d, "by this time next week is ref plus 7 days, same clock time")

	for i, step := range textSeedSteps {
		a := goals.AnalyzeText(textSeedHeading+": "+step, textRef, nil)
		assert.True(t, a.TimeLimited(), "step %d with the heading", i+1)
		assert.True(t, a.Actionable(), "step %d", i+1)
		assert.False(t, a.Vague(), "step %d", i+1)
		d, ok := a.Deadline()
		require.True(t, ok)
		assert.Equal(t, time.Date(2026, time.March, 9, 10, 0, 0, 0, time.UTC), d, "step %d: the earliest limit is the heading's", i+1)
	}
	// Steps 1 and 2 carry their own amounts; step 3 is one concrete action
	// whose own time limit is "next week".
	assert.True(t, goals.AnalyzeText(textSeedSteps[0], textRef, nil).Measurable())
	assert.True(t, goals.AnalyzeText(textSeedSteps[1], textRef, nil).Measurable())
	assert.True(t, goals.AnalyzeText(textSeedSteps[2], textRef, nil).TimeLimited())

	// The heading and the steps together, as the person wrote them.
	all := goals.AnalyzeText(textSeedHeading+"\n"+strings.Join(textSeedSteps, "\n"), textRef, nil)
	assert.True(t, all.TimeLimited())
	assert.True(t, all.Measurable())
	assert.True(t, all.Actionable())
	assert.False(t, all.Vague())
}

func TestAnalyzeTextBetterJob(t *testing.T) {
	a := goals.AnalyzeText("I want to get a better job", textRef, nil)
	assert.False(t, a.TimeLimited())
	assert.False(t, a.Measurable())
	assert.True(t, a.Actionable(), "I want to get: the person commits to act")
	assert.True(t, a.Vague())
	assert.True(t, a.Has(goals.RuleVagueComparative))
	_, ok := a.Deadline()
	assert.False(t, ok)
}

// textEnd is 23:59:59 on the given day in loc.
func textEnd(y int, m time.Month, d int, loc *time.Location) time.Time {
	return time.Date(y, m, d, 23, 59, 59, 0, loc)
}

func TestAnalyzeTextDeadlines(t *testing.T) {
	utc := time.UTC
	mar2 := textRef                                              // Monday 2 March 2026, 10:00
	dec30 := time.Date(2026, time.December, 30, 9, 0, 0, 0, utc) // Wednesday
	jan31 := time.Date(2026, time.January, 31, 8, 0, 0, 0, utc)  // Saturday
	feb29 := time.Date(2028, time.February, 29, 12, 0, 0, 0, utc)
	sun := time.Date(2026, time.March, 8, 18, 0, 0, 0, utc) // Sunday
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	nyRef := time.Date(2026, time.March, 7, 22, 0, 0, 0, ny) // Saturday night, DST starts 8 March

	tests := []struct {
		text string
		ref  time.Time
		want time.Time
	}{
		{"by this time next week", mar2, time.Date(2026, time.March, 9, 10, 0, 0, 0, utc)},
		{"today", mar2, textEnd(2026, time.March, 2, utc)},
		{"tomorrow", mar2, textEnd(2026, time.March, 3, utc)},
		{"the day after tomorrow", mar2, textEnd(2026, time.March, 4, utc)},
		{"by Friday", mar2, textEnd(2026, time.March, 6, utc)},
		{"on Monday", mar2, textEnd(2026, time.March, 9, utc)},
		{"this Friday", mar2, textEnd(2026, time.March, 6, utc)},
		{"next Friday", mar2, textEnd(2026, time.March, 13, utc)},
		{"next Monday", mar2, textEnd(2026, time.March, 9, utc)},
		{"Sunday", sun, textEnd(2026, time.March, 15, utc)},
		{"next Monday", sun, textEnd(2026, time.March, 9, utc)},
		{"by December 1", mar2, textEnd(2026, time.December, 1, utc)},
		{"March 2", mar2, textEnd(2026, time.March, 2, utc)},
		{"March 1", mar2, textEnd(2027, time.March, 1, utc)},
		{"by January 3", dec30, textEnd(2027, time.January, 3, utc)},
		{"Feb 29", mar2, textEnd(2028, time.February, 29, utc)},
		{"2026-03-09", mar2, textEnd(2026, time.March, 9, utc)},
		{"by the 15th", mar2, textEnd(2026, time.March, 15, utc)},
		{"by the 1st", mar2, textEnd(2026, time.April, 1, utc)},
		{"by the 31st", time.Date(2026, time.April, 2, 0, 0, 0, 0, utc), textEnd(2026, time.May, 31, utc)},
		{"within 2 weeks", mar2, time.Date(2026, time.March, 16, 10, 0, 0, 0, utc)},
		{"within 2 days", dec30, time.Date(2027, time.January, 1, 9, 0, 0, 0, utc)},
		{"in 90 minutes", mar2, time.Date(2026, time.March, 2, 11, 30, 0, 0, utc)},
		{"in 1 month", jan31, time.Date(2026, time.March, 3, 8, 0, 0, 0, utc)},
		{"this time next year", feb29, time.Date(2029, time.March, 1, 12, 0, 0, 0, utc)},
		{"this week", mar2, textEnd(2026, time.March, 8, utc)},
		{"this week", sun, textEnd(2026, time.March, 8, utc)},
		{"next week", mar2, textEnd(2026, time.March, 15, utc)},
		{"next week", dec30, textEnd(2027, time.January, 10, utc)},
		{"by the end of the month", mar2, textEnd(2026, time.March, 31, utc)},
		{"by the end of the month", dec30, textEnd(2026, time.December, 31, utc)},
		{"next month", dec30, textEnd(2027, time.January, 31, utc)},
		{"next month", jan31, textEnd(2026, time.February, 28, utc)},
		{"by the end of February", mar2, textEnd(2027, time.February, 28, utc)},
		{"in March", mar2, textEnd(2026, time.March, 31, utc)},
		{"by April", mar2, textEnd(2026, time.April, 30, utc)},
		{"by March", mar2, textEnd(2026, time.March, 31, utc)},
		{"by Feb.", mar2, textEnd(2027, time.February, 28, utc)},
		{"until January", dec30, textEnd(2027, time.January, 31, utc)},
		{"by 4/15", mar2, textEnd(2026, time.April, 15, utc)},
		{"by 1/15", mar2, textEnd(2027, time.January, 15, utc)},
		{"on 3/11/26", mar2, textEnd(2026, time.March, 11, utc)},
		{"Tuesday the 10th", mar2, textEnd(2026, time.March, 10, utc)},
		{"by mid-April", mar2, textEnd(2026, time.April, 15, utc)},
		{"early May", mar2, textEnd(2026, time.May, 10, utc)},
		{"by late June", mar2, textEnd(2026, time.June, 30, utc)},
		{"tomorrow at 9 am", mar2, time.Date(2026, time.March, 3, 9, 0, 0, 0, utc)},
		{"at 3:15pm next Thursday", mar2, time.Date(2026, time.March, 12, 15, 15, 0, 0, utc)},
		{"by 5pm", mar2, time.Date(2026, time.March, 2, 17, 0, 0, 0, utc)},
		{"by 8am", mar2, time.Date(2026, time.March, 3, 8, 0, 0, 0, utc)},
		{"Friday at noon", mar2, time.Date(2026, time.March, 6, 12, 0, 0, 0, utc)},
		{"in a couple of weeks", mar2, time.Date(2026, time.March, 16, 10, 0, 0, 0, utc)},
		{"in the next two weeks", mar2, time.Date(2026, time.March, 16, 10, 0, 0, 0, utc)},
		{"in 2027", mar2, textEnd(2027, time.December, 31, utc)},
		{"by the end of 2027", mar2, textEnd(2027, time.December, 31, utc)},
		{"next year", dec30, textEnd(2027, time.December, 31, utc)},
		{"tomorrow", nyRef, textEnd(2026, time.March, 8, ny)},
		{"within 1 day", nyRef, time.Date(2026, time.March, 8, 22, 0, 0, 0, ny)},
	}
	for _, tc := range tests {
		t.Run(tc.text+" at "+tc.ref.Format(time.DateTime), func(t *testing.T) {
			d, ok := goals.AnalyzeText(tc.text, tc.ref, nil).Deadline()
			require.True(t, ok)
			assert.Equal(t, tc.want, d)
			assert.Equal(t, tc.ref.Location(), d.Location())
		})
	}
}

func TestAnalyzeTextDeadlineIsEarliest(t *testing.T) {
	a := goals.AnalyzeText("I will call next week, by Friday, and before 2026-03-04", textRef, nil)
	require.Len(t, a.Of(goals.MatchKindTime), 3)
	d, ok := a.Deadline()
	require.True(t, ok)
	assert.Equal(t, textEnd(2026, time.March, 4, time.UTC), d)
}

func TestAnalyzeTextNoTimeLimit(t *testing.T) {
	for _, text := range []string{
		"February 30", "2026-13-01", "2026-02-29", "by 5", "at 5 pm", "last week",
		"weekly", "for 2 weeks", "in the future", "by.", "on June", "I may go",
		"within 2-3 weeks", "within the coming days", "in the next weeks",
		"December 1, 2025", "since March 1", "last Friday", "2 years ago", "sober since 1/1/2025",
		"I went to the 6:30 meeting", "every Thursday", "on Tuesdays", "24/7", "call 988", "over 6 hrs",
	} {
		a := goals.AnalyzeText(text, textRef, nil)
		assert.False(t, a.TimeLimited(), "%q: %v", text, a.Matches)
	}
}

func TestAnalyzeTextQuantities(t *testing.T) {
	tests := []struct {
		text       string
		rule       goals.Rule
		amount     float64
		comparator goals.Comparator
		unit, per  goals.Unit
	}{
		{"no more than 1 hour", goals.RuleComparator, 1, goals.ComparatorAtMost, goals.UnitHour, ""},
		{"not more than an hour", goals.RuleComparator, 1, goals.ComparatorAtMost, goals.UnitHour, ""},
		{"at least 5", goals.RuleComparator, 5, goals.ComparatorAtLeast, "", ""},
		{"at most 2", goals.RuleComparator, 2, goals.ComparatorAtMost, "", ""},
		{"no fewer than 3", goals.RuleComparator, 3, goals.ComparatorAtLeast, "", ""},
		{"up to 30 mins", goals.RuleComparator, 30, goals.ComparatorAtMost, goals.UnitMinute, ""},
		{"a minimum of 2 days", goals.RuleComparator, 2, goals.ComparatorAtLeast, goals.UnitDay, ""},
		{"more than 2", goals.RuleComparator, 2, goals.ComparatorMoreThan, "", ""},
		{"less than 1.5 hours", goals.RuleComparator, 1.5, goals.ComparatorLessThan, goals.UnitHour, ""},
		{"under 10", goals.RuleComparator, 10, goals.ComparatorLessThan, "", ""},
		{"5 or more", goals.RuleComparator, 5, goals.ComparatorAtLeast, "", ""},
		{"1 hour or less", goals.RuleComparator, 1, goals.ComparatorAtMost, goals.UnitHour, ""},
		{"3 landlords", goals.RuleCount, 3, goals.ComparatorExactly, "", ""}, // the phrase is "3"
		{"three times", goals.RuleCount, 3, goals.ComparatorExactly, goals.UnitTime, ""},
		{"3 times a week", goals.RuleFrequency, 3, goals.ComparatorExactly, goals.UnitTime, goals.UnitWeek},
		{"at least 4 days a week", goals.RuleFrequency, 4, goals.ComparatorAtLeast, goals.UnitTime, goals.UnitWeek},
		{"20 minutes every morning", goals.RuleFrequency, 20, goals.ComparatorExactly, goals.UnitMinute, goals.UnitDay},
		{"twice a day", goals.RuleFrequency, 2, goals.ComparatorExactly, goals.UnitTime, goals.UnitDay},
		{"once per month", goals.RuleFrequency, 1, goals.ComparatorExactly, goals.UnitTime, goals.UnitMonth},
		{"every day", goals.RuleFrequency, 1, goals.ComparatorExactly, goals.UnitTime, goals.UnitDay},
		{"each Monday", goals.RuleFrequency, 1, goals.ComparatorExactly, goals.UnitTime, goals.UnitWeek},
		{"daily", goals.RuleFrequency, 1, goals.ComparatorExactly, goals.UnitTime, goals.UnitDay},
		{"weekly", goals.RuleFrequency, 1, goals.ComparatorExactly, goals.UnitTime, goals.UnitWeek},
		{"3-4 times a week", goals.RuleFrequency, 3, goals.ComparatorRange, goals.UnitTime, goals.UnitWeek},
		{"5x a week", goals.RuleFrequency, 5, goals.ComparatorExactly, goals.UnitTime, goals.UnitWeek},
		{"3x/wk", goals.RuleFrequency, 3, goals.ComparatorExactly, goals.UnitTime, goals.UnitWeek},
		{"every 2 weeks", goals.RuleFrequency, 1, goals.ComparatorExactly, goals.UnitTime, goals.UnitWeek},
		{"every other day", goals.RuleFrequency, 1, goals.ComparatorExactly, goals.UnitTime, goals.UnitDay},
		{"on Mondays and Wednesdays", goals.RuleFrequency, 2, goals.ComparatorExactly, goals.UnitTime, goals.UnitWeek},
		{"$200", goals.RuleCount, 200, goals.ComparatorExactly, goals.UnitDollar, ""},
		{"50 bucks", goals.RuleCount, 50, goals.ComparatorExactly, goals.UnitDollar, ""},
		{"half an hour", goals.RuleCount, 0.5, goals.ComparatorExactly, goals.UnitHour, ""},
		{"twenty-five minutes", goals.RuleCount, 25, goals.ComparatorExactly, goals.UnitMinute, ""},
		{"2 to 3 hours", goals.RuleRange, 2, goals.ComparatorRange, goals.UnitHour, ""},
		{"once a week at most", goals.RuleFrequency, 1, goals.ComparatorAtMost, goals.UnitTime, goals.UnitWeek},
		{"twice weekly", goals.RuleFrequency, 2, goals.ComparatorExactly, goals.UnitTime, goals.UnitWeek},
		{"10,000 steps a day", goals.RuleFrequency, 10000, goals.ComparatorExactly, "", goals.UnitDay},
		{"no more than 2 drinks a day", goals.RuleFrequency, 2, goals.ComparatorAtMost, "", goals.UnitDay},
		{"3 AA meetings per week", goals.RuleFrequency, 3, goals.ComparatorExactly, "", goals.UnitWeek},
		{"50 a week", goals.RuleFrequency, 50, goals.ComparatorExactly, "", goals.UnitWeek},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			a := goals.AnalyzeText(tc.text, textRef, nil)
			require.Len(t, a.Matches, 1, "%v", a.Matches)
			f := a.Matches[0]
			assert.Equal(t, tc.rule, f.Rule)
			assert.Equal(t, 0, f.Start)
			end := len(tc.text)
			if tc.rule == goals.RuleCount && tc.unit == "" {
				end = strings.IndexByte(tc.text, ' ') // the thing counted is not part of the phrase
			}
			assert.Equal(t, end, f.End)
			assert.InDelta(t, tc.amount, f.Amount, 1e-9)
			assert.Equal(t, tc.comparator, f.Comparator)
			assert.Equal(t, tc.unit, f.Unit)
			assert.Equal(t, tc.per, f.Per)
			assert.True(t, a.Measurable())
		})
	}
}

func TestAnalyzeTextNotMeasurable(t *testing.T) {
	for _, text := range []string{
		"I want to get a better job", "meet at 5 pm", "one of them", "one day", "a week",
		"more than ever", "some rentals", "call 3", "room 5.", "5pm", "every other", "5-3 times", "9-5 job",
	} {
		a := goals.AnalyzeText(text, textRef, nil)
		assert.False(t, a.Measurable(), "%q: %v", text, a.Matches)
	}
}

func TestAnalyzeTextCaseAndSpacing(t *testing.T) {
	lower := goals.AnalyzeText("i will call at least 3 by friday", textRef, nil)
	for _, text := range []string{
		"I WILL CALL AT LEAST 3 BY FRIDAY",
		"I Will Call At Least 3 By Friday",
	} {
		got := goals.AnalyzeText(text, textRef, nil)
		assert.Equal(t, lower, got, text)
	}
	spaced := goals.AnalyzeText("I\twill  call ,  at\u00a0least   3   by\r Friday", textRef, nil)
	var rules []goals.Rule
	for _, f := range spaced.Matches {
		rules = append(rules, f.Rule)
	}
	// The carriage return breaks "by Friday" into just "Friday".
	assert.Equal(t, []goals.Rule{goals.RuleFirstPerson, goals.RuleComparator, goals.RuleWeekday}, rules)
}

func TestAnalyzeTextDeterministic(t *testing.T) {
	text := strings.Repeat(textSeedHeading+": "+strings.Join(textSeedSteps, ". ")+" ", 20)
	first := goals.AnalyzeText(text, textRef, nil)
	for i := 0; i < 5; i++ {
		assert.Equal(t, first, goals.AnalyzeText(text, textRef, nil))
	}
	textCheckInvariants(t, text, first)
}

func TestAnalyzeTextEmpty(t *testing.T) {
	for _, text := range []string{"", " ", "...", "\xff\xfe", "☺☺", "'", "’", "-"} {
		a := goals.AnalyzeText(text, textRef, nil)
		assert.Empty(t, a.Matches, "%q", text)
		textCheckInvariants(t, text, a)
	}
}

func TestAnalyzeTextUnicode(t *testing.T) {
	// Letters outside ASCII are part of words, so "naïve" and "Müller" do
	// not match anything and offsets stay on rune boundaries.
	text := "Ünder 5? Naïve: I’ll call “at least 3” — by Friday ☺, maybe"
	a := goals.AnalyzeText(text, textRef, nil)
	textCheckInvariants(t, text, a)
	var phrases []string
	for _, f := range a.Matches {
		phrases = append(phrases, text[f.Start:f.End])
	}
	// Accents are folded: "Ünder" is read as "under".
	assert.Equal(t, []string{"Ünder 5", "I’ll call", "at least 3", "by Friday", "maybe"}, phrases)
}

func TestRulesAndKinds(t *testing.T) {
	rules := goals.Rules()
	require.Len(t, rules, 21)
	seen := map[goals.Rule]bool{}
	for _, r := range rules {
		assert.True(t, r.IsValid(), r)
		assert.False(t, seen[r], "duplicate %s", r)
		seen[r] = true
		k := r.Kind()
		assert.True(t, k.IsValid(), r)
		assert.True(t, strings.HasPrefix(string(r), string(k)+"-"), "%s is prefixed by its kind %s", r, k)
	}
	rules[0] = "changed"
	assert.Equal(t, goals.RuleRelativeDay, goals.Rules()[0], "Rules returns a fresh slice")
	assert.False(t, goals.Rule("time").IsValid())
	assert.False(t, goals.MatchKind("").IsValid())
	for _, c := range []goals.Comparator{goals.ComparatorExactly, goals.ComparatorAtLeast, goals.ComparatorAtMost, goals.ComparatorMoreThan, goals.ComparatorLessThan} {
		assert.True(t, c.IsValid(), c)
	}
	assert.False(t, goals.Comparator("about").IsValid())
	for _, u := range []goals.Unit{goals.UnitMinute, goals.UnitHour, goals.UnitDay, goals.UnitWeek, goals.UnitMonth, goals.UnitYear, goals.UnitTime} {
		assert.True(t, u.IsValid(), u)
	}
	assert.False(t, goals.Unit("").IsValid())
}

func TestTextAnalysisOf(t *testing.T) {
	a := goals.AnalyzeText("I will maybe call at least 3 by Friday", textRef, nil)
	assert.Len(t, a.Of(goals.MatchKindAction), 1)
	assert.Len(t, a.Of(goals.MatchKindVague), 1)
	assert.Len(t, a.Of(goals.MatchKindQuantity), 1)
	assert.Len(t, a.Of(goals.MatchKindTime), 1)
	assert.Empty(t, goals.TextAnalysis{}.Of(goals.MatchKindAction))
	assert.False(t, goals.TextAnalysis{}.Has(goals.RuleCount))
	// An analysis built by hand with a rule the analyser does not have is
	// read as Of and Kind read it: not of the kind its name starts with.
	made := goals.TextAnalysis{Matches: []goals.Match{{Rule: "time-bogus"}, {Rule: "vague-bogus"}, {Rule: "quantity-bogus"}, {Rule: "action-bogus"}}}
	assert.False(t, made.TimeLimited())
	assert.False(t, made.Vague())
	assert.False(t, made.Measurable())
	assert.False(t, made.Actionable())
}

// textCheckInvariants checks what holds for every analysis: offsets inside
// the text and on UTF-8 boundaries, findings sorted and not overlapping,
// valid rules, deadlines exactly on time findings.
func textCheckInvariants(t testing.TB, text string, a goals.TextAnalysis) {
	t.Helper()
	if len(a.Matches) == 0 {
		return
	}
	// The offsets where a rune starts, as range decodes the text (an
	// invalid byte is a rune of its own), and the end.
	starts := make([]bool, len(text)+1)
	for j := range text {
		starts[j] = true
	}
	starts[len(text)] = true
	prevEnd := 0
	for i, f := range a.Matches {
		if !f.Rule.IsValid() {
			t.Fatalf("finding %d: invalid rule %q", i, f.Rule)
		}
		if f.Start < prevEnd || f.End <= f.Start || f.End > len(text) {
			t.Fatalf("finding %d: offsets [%d,%d) after %d in %d bytes", i, f.Start, f.End, prevEnd, len(text))
		}
		if !starts[f.Start] || !starts[f.End] {
			t.Fatalf("finding %d: [%d,%d) splits a UTF-8 sequence", i, f.Start, f.End)
		}
		if r, _ := utf8.DecodeRuneInString(text[f.Start:]); r == utf8.RuneError {
			t.Fatalf("finding %d starts on an invalid byte", i)
		}
		if (f.Rule.Kind() == goals.MatchKindTime && f.Rule != goals.RuleEvent) == f.Deadline.IsZero() {
			t.Fatalf("match %d: rule %s with deadline %v", i, f.Rule, f.Deadline)
		}
		if f.Rule.Kind() == goals.MatchKindQuantity && (!f.Comparator.IsValid() || f.Amount < 0) {
			t.Fatalf("match %d: quantity %s with comparator %q amount %g", i, f.Rule, f.Comparator, f.Amount)
		}
		if (f.Comparator == goals.ComparatorRange) != (f.Upper != 0) || f.Upper != 0 && f.Upper <= f.Amount {
			t.Fatalf("match %d: comparator %q with bounds %g and %g", i, f.Comparator, f.Amount, f.Upper)
		}
		prevEnd = f.End
	}
}

// textStep is a 200-byte step, the size of a typical step or goal.
var textStep = func() string {
	s := "By this time next week I will look on Craigslist for rentals for no more than 1 hour, " +
		"list at least 5 possible rentals and call at least 3, and maybe bring the notes next week."
	for len(s) < 200 {
		s += " ok"
	}
	return s[:200]
}()

func TestAnalyzeTextLongTextMatchesParts(t *testing.T) {
	// A long text is read through a sliding window of words; its findings
	// must be those of its sentences, shifted by where each sentence starts.
	parts := append([]string{textSeedHeading}, textSeedSteps...)
	parts = append(parts, "I want to get a better job", "no later than the 1st of December 2026",
		"I am going to walk at least 4 days a week for 20 minutes", "maybe some day")
	var b strings.Builder
	var want []goals.Match
	for i := 0; i < 400; i++ {
		p := parts[i%len(parts)]
		for _, f := range goals.AnalyzeText(p, textRef, nil).Matches {
			f.Start += b.Len()
			f.End += b.Len()
			want = append(want, f)
		}
		b.WriteString(p)
		b.WriteString(".\n")
	}
	got := goals.AnalyzeText(b.String(), textRef, nil)
	require.Equal(t, len(want), len(got.Matches))
	assert.Equal(t, want, got.Matches)
	textCheckInvariants(t, b.String(), got)
}

func TestTextAnalysisJSON(t *testing.T) {
	a := goals.AnalyzeText("I will call at least 3 by Friday", textRef, nil)
	out, err := json.Marshal(a)
	require.NoError(t, err)
	assert.JSONEq(t, `{"matches":[
		{"rule":"action-first-person","start":0,"end":11},
		{"rule":"quantity-comparator","start":12,"end":22,"amount":3,"comparator":"at-least"},
		{"rule":"time-weekday","start":23,"end":32,"deadline":"2026-03-06T23:59:59Z"}]}`, string(out))
	var back goals.TextAnalysis
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, a, back)
	assert.NotContains(t, string(out), "call", "an analysis holds no text")
}

func TestAnalyzeTextPast(t *testing.T) {
	tests := []struct {
		text string
		rule goals.Rule
	}{
		{"I have been sober since March 1", goals.RulePastSince},
		{"since 2/14", goals.RulePastSince},
		{"last Friday I relapsed", goals.RulePastLast},
		{"yesterday", goals.RulePastLast},
		{"I quit two years ago", goals.RulePastAgo},
		{"I used to drink every night", goals.RulePastTense},
		{"Client completed detox on 2/20", goals.RulePastTense},
		{"back in 2019", goals.RulePastTense},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			a := goals.AnalyzeText(tc.text, textRef, nil)
			assert.True(t, a.Has(tc.rule), "%v", a.Matches)
			assert.True(t, a.Past())
			assert.False(t, a.TimeLimited(), "past time is never a time limit")
			_, ok := a.Deadline()
			assert.False(t, ok)
		})
	}
	es := goals.AnalyzeText("Desde el 1 de marzo no he tomado nada", textRef, &goals.TextOptions{Language: "es-MX"})
	assert.True(t, es.Has(goals.RulePastSince))
	assert.False(t, es.TimeLimited())
}

func TestAnalyzeTextEvent(t *testing.T) {
	for _, text := range []string{
		"I will save $500 before my court date", "get a job after I get my ID",
		"pay my sister back when I get paid", "by the time my probation ends", "by summer",
	} {
		a := goals.AnalyzeText(text, textRef, nil)
		assert.True(t, a.Has(goals.RuleEvent), "%q: %v", text, a.Matches)
		assert.True(t, a.TimeLimited(), "%q: an event-based limit is a time limit", text)
		_, ok := a.Deadline()
		assert.False(t, ok, "%q: an event has no date", text)
	}
	for _, text := range []string{"journal 10 min before bed", "walk 30 min after dinner", "breathe when i wake up"} {
		assert.False(t, goals.AnalyzeText(text, textRef, nil).TimeLimited(), text)
	}
}

func TestAnalyzeTextServiceNumbers(t *testing.T) {
	for _, text := range []string{
		"call 988 if i feel unsafe", "call 911", "text HOME to 741741", "dial 211 for food",
		"call 311", "call the warmline at 555-0134", "call 1-800-662-4357", "Voy a llamar al 112",
		"llamar a la Línea de la Vida 800 911 2000",
	} {
		lang := "en"
		if strings.Contains(text, "llamar") {
			lang = "es"
		}
		a := goals.AnalyzeText(text, textRef, &goals.TextOptions{Language: lang})
		assert.False(t, a.Measurable(), "%q: a service number is not an amount: %v", text, a.Matches)
	}
}

func TestAnalyzeTextDayFirst(t *testing.T) {
	us, _ := goals.AnalyzeText("by 5/4", textRef, nil).Deadline()
	assert.Equal(t, textEnd(2026, time.May, 4, time.UTC), us, "English reads month first")
	gb, _ := goals.AnalyzeText("by 5/4", textRef, &goals.TextOptions{Language: "en-GB", DayFirst: true}).Deadline()
	assert.Equal(t, textEnd(2026, time.April, 5, time.UTC), gb)
	es, _ := goals.AnalyzeText("para el 5/4", textRef, &goals.TextOptions{Language: "es"}).Deadline()
	assert.Equal(t, textEnd(2026, time.April, 5, time.UTC), es, "Spanish reads day first")
}

func TestTextAnalysisUTF16Spans(t *testing.T) {
	tests := []struct {
		text string
		lang string
		want []goals.Span
	}{
		{"by Friday", "", []goals.Span{{Start: 0, End: 9}}},
		{"café by Friday", "", []goals.Span{{Start: 5, End: 14}}},
		{"🙂🙂 I’ll call by Friday", "", []goals.Span{{Start: 5, End: 14}, {Start: 15, End: 24}}},
		{"mañana voy a ir", "es", []goals.Span{{Start: 0, End: 6}, {Start: 7, End: 15}}},
		{"nothing here", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			a := goals.AnalyzeText(tc.text, textRef, &goals.TextOptions{Language: tc.lang})
			got := a.UTF16Spans(tc.text)
			assert.Equal(t, tc.want, got)
			for i, s := range got {
				// The UTF-16 span covers the same phrase as the byte span.
				u := utf16.Encode([]rune(tc.text))
				m := a.Matches[i]
				assert.Equal(t, tc.text[m.Start:m.End], string(utf16.Decode(u[s.Start:s.End])))
			}
		})
	}
}

func TestAnalyzeTextHugeInput(t *testing.T) {
	// Linear in the length of the text: a megabyte of steps and of noise
	// is read in one pass.
	steps := strings.Repeat("I will call at least 3 landlords by Friday at 9am; since March 1 ", 16000)
	a := goals.AnalyzeText(steps, textRef, nil)
	textCheckInvariants(t, steps, a)
	assert.Len(t, a.Of(goals.MatchKindAction), 16000)
	noise := strings.Repeat("at least at most by the end of the ", 30000)
	textCheckInvariants(t, noise, goals.AnalyzeText(noise, textRef, &goals.TextOptions{Language: "es"}))
}
