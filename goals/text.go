package goals

import (
	"time"
	"unicode"
	"unicode/utf8"
)

// Rule names the rule of [AnalyzeText] that produced a [Finding]. Codes are
// stable, lower-case and hyphenated; the part before the first hyphen is the
// rule's [FindingKind].
//
// Rule is a string and is safe for concurrent use. The zero value is not a
// valid Rule.
type Rule string

// The rules of [AnalyzeText], grouped by kind.
const (
	// RuleRelativeDay is a day named relative to the reference time: "today",
	// "tonight", "this evening", "tomorrow", "the day after tomorrow".
	RuleRelativeDay Rule = "time-relative-day"
	// RuleWeekday is a day of the week: "by Friday", "on Monday",
	// "this Friday", "next Tuesday".
	RuleWeekday Rule = "time-weekday"
	// RuleDate is a calendar date: "December 1", "Dec 1st, 2026",
	// "1 December", "the 1st of December", "the 15th", "2026-03-09".
	RuleDate Rule = "time-date"
	// RuleDuration is a span counted from the reference time: "within 2
	// weeks", "in three days", "within the next month", "2 weeks from now",
	// "by this time next week".
	RuleDuration Rule = "time-duration"
	// RulePeriod is a named period of the calendar: "this week", "next week",
	// "this weekend", "next month", "by the end of the month", "by the end of
	// March", "in March", "by June", "in 2027".
	RulePeriod Rule = "time-period"

	// RuleComparator is an amount with a comparator: "at least 5", "no more
	// than 1 hour", "up to 3", "more than 2", "5 or more".
	RuleComparator Rule = "quantity-comparator"
	// RuleCount is a bare amount of something: "call 3 landlords",
	// "for 20 minutes", "two pages".
	RuleCount Rule = "quantity-count"
	// RuleFrequency is how often: "3 times a week", "twice a day", "twice
	// weekly", "every day", "each Monday", "daily", "at least 4 days a week",
	// "no more than 2 drinks a day".
	RuleFrequency Rule = "quantity-frequency"

	// RuleFirstPerson is a first-person commitment to act, with the verb that
	// follows it: "I will call", "I'll look", "I am going to ask", "I'm going
	// to bring", "I plan to visit", "I shall write", and "will call" in "I
	// will list 5 rentals and will call 3".
	RuleFirstPerson Rule = "action-first-person"

	// RuleVagueComparative is a comparison with no measure: "better", "more",
	// "less", "fewer", "improve". "more" after "no" ("no more smoking") says
	// none and is not vague; "more than 2" is a quantity.
	RuleVagueComparative Rule = "vague-comparative"
	// RuleVagueHedge is wording that holds back from committing: "try to",
	// "try and", "trying to", "attempt to", "hope to", "maybe", "perhaps",
	// "hopefully", "might", "possibly".
	RuleVagueHedge Rule = "vague-hedge"
	// RuleVagueAmount is an amount with no number: "some", "several",
	// "a few", "a lot", "lots", "a bit", "a little", "as much as possible",
	// "as often as possible".
	RuleVagueAmount Rule = "vague-amount"
	// RuleVagueTime is a time with no date: "soon", "someday", "some day",
	// "sometime", "eventually", "one day", "at some point", "as soon as
	// possible", "asap", "in the future", "in the near future", "when I can".
	RuleVagueTime Rule = "vague-time"
)

// Rules returns every [Rule] in the order they are declared: time rules,
// quantity rules, the action rule, vague-wording rules. It returns a new slice
// on each call.
func Rules() []Rule {
	return []Rule{RuleRelativeDay, RuleWeekday, RuleDate, RuleDuration, RulePeriod,
		RuleComparator, RuleCount, RuleFrequency, RuleFirstPerson,
		RuleVagueComparative, RuleVagueHedge, RuleVagueAmount, RuleVagueTime}
}

// IsValid reports whether r is one of the rules listed by [Rules].
func (r Rule) IsValid() bool { return r.Kind() != "" }

// Kind returns the kind of finding the rule produces, or "" if r is not valid.
func (r Rule) Kind() FindingKind {
	switch r {
	case RuleRelativeDay, RuleWeekday, RuleDate, RuleDuration, RulePeriod:
		return KindTimeLimit
	case RuleComparator, RuleCount, RuleFrequency:
		return KindQuantity
	case RuleFirstPerson:
		return KindAction
	case RuleVagueComparative, RuleVagueHedge, RuleVagueAmount, RuleVagueTime:
		return KindVague
	}
	return ""
}

// FindingKind groups the rules of [AnalyzeText].
//
// FindingKind is a string and is safe for concurrent use. The zero value is
// not a valid FindingKind.
type FindingKind string

// The kinds of finding.
const (
	// KindTimeLimit is a time limit; every such finding carries a resolved
	// Deadline.
	KindTimeLimit FindingKind = "time"
	// KindQuantity is an amount, count or frequency; every such finding
	// carries an Amount.
	KindQuantity FindingKind = "quantity"
	// KindAction is a first-person commitment to act.
	KindAction FindingKind = "action"
	// KindVague is wording that leaves what, how much or when open.
	KindVague FindingKind = "vague"
)

// IsValid reports whether k is one of the four kinds.
func (k FindingKind) IsValid() bool {
	switch k {
	case KindTimeLimit, KindQuantity, KindAction, KindVague:
		return true
	}
	return false
}

// Comparator says how an amount bounds what will be done.
//
// Comparator is a string and is safe for concurrent use. The zero value means
// the finding has no amount.
type Comparator string

// The comparators of a quantity.
const (
	// Exactly is a bare amount: "3 landlords", "3 times a week".
	Exactly Comparator = "exactly"
	// AtLeast is a lower bound: "at least 5", "no fewer than 5", "5 or more".
	AtLeast Comparator = "at-least"
	// AtMost is an upper bound: "at most 2", "no more than 1 hour", "up to 3",
	// "a maximum of 3", "1 hour or less".
	AtMost Comparator = "at-most"
	// MoreThan is a strict lower bound: "more than 2", "over 10".
	MoreThan Comparator = "more-than"
	// LessThan is a strict upper bound: "less than 2", "fewer than 5",
	// "under 10".
	LessThan Comparator = "less-than"
)

// IsValid reports whether c is one of the five comparators.
func (c Comparator) IsValid() bool {
	switch c {
	case Exactly, AtLeast, AtMost, MoreThan, LessThan:
		return true
	}
	return false
}

// Unit is the unit of an amount, or the period of a frequency.
//
// Unit is a string and is safe for concurrent use. The zero value means no
// unit: a count of things ("5 rentals" has Amount 5 and no Unit).
type Unit string

// The units of a quantity.
const (
	// UnitMinute is minutes ("min", "mins" and "minutes" too).
	UnitMinute Unit = "minute"
	// UnitHour is hours ("hr", "hrs" and "hours" too).
	UnitHour Unit = "hour"
	// UnitDay is days.
	UnitDay Unit = "day"
	// UnitWeek is weeks.
	UnitWeek Unit = "week"
	// UnitMonth is months.
	UnitMonth Unit = "month"
	// UnitYear is years.
	UnitYear Unit = "year"
	// UnitTime is occurrences: "3 times", and every frequency ("every day"
	// is 1 time per day).
	UnitTime Unit = "time"
)

// IsValid reports whether u is one of the seven units.
func (u Unit) IsValid() bool {
	switch u {
	case UnitMinute, UnitHour, UnitDay, UnitWeek, UnitMonth, UnitYear, UnitTime:
		return true
	}
	return false
}

// Finding is one phrase that a rule of [AnalyzeText] matched.
//
// Start and End are byte offsets into the analysed text, so text[Start:End]
// is the matched phrase; both fall on UTF-8 boundaries. A Finding holds no
// text of its own (only offsets and codes), so it can be logged without
// revealing what the person wrote.
//
// The zero value is not a finding. Finding holds no pointers and is safe for
// concurrent use.
type Finding struct {
	// Rule is the rule that matched.
	Rule Rule `json:"rule"`
	// Start is the byte offset of the first byte of the phrase.
	Start int `json:"start"`
	// End is the byte offset just after the last byte of the phrase.
	End int `json:"end"`
	// Deadline is the time limit resolved against the reference time, for
	// time findings (see [AnalyzeText] for the rules); zero otherwise.
	Deadline time.Time `json:"deadline,omitzero"`
	// Amount is the number of a quantity finding ("at least 5" is 5, "every
	// day" and "once a week" are 1, "twice" is 2); zero otherwise.
	Amount float64 `json:"amount,omitempty"`
	// Comparator is how Amount bounds the action, for quantity findings.
	Comparator Comparator `json:"comparator,omitempty"`
	// Unit is the unit of Amount, if the text named one.
	Unit Unit `json:"unit,omitempty"`
	// Per is the period of a frequency ("3 times a week" has Per
	// [UnitWeek]); empty for other findings.
	Per Unit `json:"per,omitempty"`
}

// Kind returns the kind of the finding's rule.
func (f Finding) Kind() FindingKind { return f.Rule.Kind() }

// TextAnalysis is the result of [AnalyzeText]: every finding, in offset order.
// Findings never overlap.
//
// The zero value is the analysis of a text with nothing found. TextAnalysis
// holds no text of the person's. It is safe for concurrent reads; its slice is
// shared by copies.
type TextAnalysis struct {
	// Findings lists what the rules matched, ordered by Start.
	Findings []Finding `json:"findings,omitempty"`
}

// Deadline returns the earliest deadline among the time findings, and
// whether there is one. A sentence that names two time limits ("by this time
// next week ... to go over next week") is due at the first.
func (a TextAnalysis) Deadline() (time.Time, bool) {
	var d time.Time
	ok := false
	for _, f := range a.Findings {
		if f.Rule.Kind() == KindTimeLimit && (!ok || f.Deadline.Before(d)) {
			d, ok = f.Deadline, true
		}
	}
	return d, ok
}

// TimeLimited reports whether the text names a time limit, that is whether
// [TextAnalysis.Deadline] finds one.
func (a TextAnalysis) TimeLimited() bool { return a.has(KindTimeLimit) }

// Measurable reports whether the text names an amount, count or frequency.
func (a TextAnalysis) Measurable() bool { return a.has(KindQuantity) }

// Actionable reports whether the text holds a first-person commitment to act
// ("I will call").
func (a TextAnalysis) Actionable() bool { return a.has(KindAction) }

// Vague reports whether the text holds vague wording ("better", "try to").
func (a TextAnalysis) Vague() bool { return a.has(KindVague) }

// Has reports whether a rule matched at least once.
func (a TextAnalysis) Has(r Rule) bool {
	for _, f := range a.Findings {
		if f.Rule == r {
			return true
		}
	}
	return false
}

// Of returns the findings of kind k, in offset order, in a new slice.
func (a TextAnalysis) Of(k FindingKind) []Finding {
	var out []Finding
	for _, f := range a.Findings {
		if f.Rule.Kind() == k {
			out = append(out, f)
		}
	}
	return out
}

func (a TextAnalysis) has(k FindingKind) bool {
	for _, f := range a.Findings {
		if f.Rule.Kind() == k {
			return true
		}
	}
	return false
}

// AnalyzeText analyses a goal or step sentence in English and reports its time
// limits, quantities, first-person actions and vague wording, each as a
// [Finding] naming its [Rule] and byte offsets. ref is the time the sentence
// was written (or the plan's reference time); relative time limits are
// resolved against it, in ref's location.
//
// # How the text is read
//
// Matching is case-insensitive and works on words: a run of letters and
// digits, joined by an apostrophe (' or ’) or a hyphen between letters or
// digits, by '.', ':' or '/' between digits, or by ',' before exactly three
// digits ("I’ll", "1.5", "2026-03-09", "10,000"). Everything else separates
// words; any amount of space or punctuation may stand between the words of a
// phrase (commas included), except that a phrase never runs across '.', '!',
// '?', ';', ':', a bracket or a line break. Words never match inside other
// words: "moreover" is not "more", "bettering" is not "better". The text is scanned
// once, left to right; at each word the time rules are tried first, then the
// quantity rules, then the action rule, then the vague-wording rules, and the
// first match is taken and skipped over, so findings never overlap ("no more
// than 1 hour" is a quantity, not the vague "more"). The cost is linear in the
// length of the text. Text that is not valid UTF-8 is read byte by byte:
// invalid bytes separate words.
//
// # How deadlines are resolved
//
// A day or calendar period ends at the end of its last day: 23:59:59 in ref's
// location. A span counted from ref ends at the same clock time as ref.
//
//   - "today", "tonight", "this morning/afternoon/evening": the end of ref's
//     day; "tomorrow": the end of the next day; "the day after tomorrow": the
//     end of the day after that.
//   - A weekday ("Friday", "by Friday", "this Friday"): its next occurrence
//     after ref's day, 1 to 7 days later (on a Monday, "Monday" is a week
//     later). "next Friday" is the Friday of the following week, weeks
//     running Monday to Sunday: on Monday 2 March 2026, "Friday" is 6 March
//     and "next Friday" is 13 March.
//   - A month and day without a year ("December 1", "1st of December"): that
//     day this year, or next year if it is already past (ref's own day counts
//     as this year). 29 February goes to the next year that has one. With a
//     year ("December 1, 2026", "2026-12-01") the date is taken as written,
//     even if past. A day that does not exist ("February 30", "2026-13-01")
//     is not a time limit.
//   - A day of the month alone ("by the 15th"): its next occurrence from ref's
//     day on, in a month that has that day.
//   - "this week", "the end of the week", "this weekend", "the weekend": the
//     coming Sunday (ref's day if it is a Sunday); "next week", "next weekend",
//     "the end of next week": the Sunday after that.
//   - "this month", "the end of the month": the last day of ref's month;
//     "next month": the last day of the next month; "in March", "the end of
//     March": the last day of March, this year or, if March is already past,
//     next year. "this year", "the end of the year": 31 December; "next
//     year": 31 December of the next year; "in 2027", "the end of 2027": 31
//     December 2027. "the end of the day": as "today". "by June" (or
//     "before", "until", "till", "no later than" June): the last day before
//     the next 1 June after ref (on 2 March 2026, "by April" is 31 March and
//     "by March" is 28 February 2027).
//   - A span ("within 2 weeks", "in 3 days", "within the next month", "2
//     weeks from now", "a week from today"): ref plus the span, days, weeks,
//     months and years added with [time.Time.AddDate] (calendar arithmetic,
//     so "in 1 month" from 31 January is 3 March), hours and minutes with
//     [time.Time.Add]. "this time tomorrow", "(by) this time next week",
//     "this time next month", "this time next year": ref plus one day, week,
//     month or year.
//
// A leading "by", "before", "on", "until", "till" or "no later than" is part
// of the matched phrase and does not move the deadline ("before Friday" is
// read as "by Friday"). Times of day ("at 5 pm") and US numeric dates
// ("3/9") are not read.
//
// # Quantities
//
// An amount is digits ("5", "1.5", "10,000") or a number word ("two" to "twelve",
// "twenty", "thirty", "forty", "fifty", "sixty"); "a", "an" and "one" count
// as 1 only when a unit follows ("no more than an hour"), and "once" and
// "twice" only before a period ("twice a week"). A comparator phrase before
// the amount ("at least", "at most", "no more than", "not more than", "no
// less than", "no fewer than", "up to", "a maximum of", "a minimum of", "more
// than", "less than", "fewer than", "over", "under", "exactly") or "or more",
// "or less", "or fewer" after it sets the [Comparator]; a unit after it sets
// [Finding].Unit; "a", "an", "per", "each" or "every" and a period after that
// make a frequency ("3 times a week", "20 minutes a day"), and so do "every"
// or "each" with a period ("every day", "each Monday") and "daily",
// "nightly", "weekly", "monthly", "yearly". A bare amount counts only when a
// word follows that is not a number, a time of day ("am", "pm"), a day or
// month name or a small joining word such as "of", "to" or "the", and "one
// day" is read as vague wording, not a count. A range of small numbers
// ("3-4 times a week") is read as at least its lower bound. "every other day"
// is not read. The phrase covers the comparator, amount, unit and
// period, not the thing counted ("at least 5" in "at least 5 possible
// rentals"), except that a frequency runs on to its period across up to two
// words for the thing counted ("2 drinks a day", "3 AA meetings per week").
//
// # Actions
//
// "I will", "I'll", "I shall", "I am going to", "I'm going to", "I am gonna",
// "I'm gonna", "I plan to", "I intend to", "I commit to" and "I promise to"
// are first-person commitments, and so is "will" or "shall" after "and" in a
// sentence that already has one ("I will list 5 rentals and will call 3");
// the phrase takes in the next word (the verb),
// and an adverb before it ("I will also call"), unless that word starts vague
// wording ("I will try to" leaves "try to" to the vague rule).
//
// AnalyzeText never panics and does not keep text.
func AnalyzeText(text string, ref time.Time) TextAnalysis {
	return TextAnalysis{Findings: textAnalyze(text, ref, nil)}
}

// textAnalyze appends the findings of text to out and returns it; with a nil
// out it allocates only if something is found. [Check] passes a buffer of its
// own.
func textAnalyze(text string, ref time.Time, out []Finding) []Finding {
	var buf [textWindow]textToken
	clk := textClock{ref}
	sc := textScanner{text: text, clk: &clk, toks: buf[:0]}
	sc.fill()
	for i := 0; i < len(sc.toks); {
		if sc.pos < len(text) && len(sc.toks)-i < textLookahead {
			// Slide the window, keeping one word before i for the rules
			// that look back.
			keep := max(i-1, 0)
			sc.toks = sc.toks[:copy(sc.toks[:cap(sc.toks)], sc.toks[keep:])]
			i -= keep
			sc.fill()
		}
		if sc.toks[i].brk {
			sc.firstPerson = false
		}
		if sc.toks[i].w == wOther {
			i++ // every rule starts at a word it knows
			continue
		}
		f, n, ok := sc.matchTime(i)
		if !ok {
			f, n, ok = sc.matchQuantity(i)
		}
		if !ok {
			f, n, ok = sc.matchAction(i)
		}
		if !ok {
			f, n, ok = sc.matchVague(i)
		}
		if !ok {
			i++
			continue
		}
		f.Start, f.End = sc.toks[i].start, sc.toks[n-1].end
		if f.Rule == RuleFirstPerson {
			sc.firstPerson = true
		}
		if out == nil {
			out = make([]Finding, 0, 8)
		}
		out = append(out, f)
		i = n
	}
	return out
}

// The scanner holds a window of textWindow words and slides it when fewer
// than textLookahead words are left past the current one; no phrase is longer
// than textLookahead words ("no later than the 1st of December 2026" is 8).
const (
	textWindow    = 64
	textLookahead = 16
)

// textWord is the vocabulary entry of a token: the words the rules know.
type textWord uint8

const (
	wOther   textWord = iota // a word the rules do not know
	wNumber                  // digits, possibly with a decimal part
	wOrdinal                 // digits with st, nd, rd or th
	wISODate                 // YYYY-MM-DD
	wNumWord                 // "two" ... "sixty"; the value is in num
	wRange                   // "3-4": digits, hyphen, digits; num is the lower
	wOne
	wA
	wAn
	wBy
	wBefore
	wOn
	wUntil
	wTill
	wWithin
	wIn
	wNo
	wNot
	wLater
	wThan
	wOver
	wUnder
	wFrom
	wNow
	wThe
	wThis
	wNext
	wComing
	wEnd
	wOf
	wTime
	wTimes
	wPer
	wEvery
	wEach
	wMinute
	wHour
	wDay
	wWeek
	wMonth
	wYear
	wToday
	wTonight
	wTomorrow
	wAfter
	wMorning
	wAfternoon
	wEvening
	wNight
	wWeekend
	wMonday // wMonday..wSunday are consecutive
	wTuesday
	wWednesday
	wThursday
	wFriday
	wSaturday
	wSunday
	wJanuary // wJanuary..wDecember are consecutive
	wFebruary
	wMarch
	wApril
	wMay
	wJune
	wJuly
	wAugust
	wSeptember
	wOctober
	wNovember
	wDecember
	wAt
	wLeast
	wMost
	wMore
	wLess
	wFewer
	wUp
	wTo
	wMaximum
	wMinimum
	wExactly
	wOr
	wOnce
	wTwice
	wDaily
	wWeekly
	wMonthly
	wYearly
	wNightly
	wPm
	wAm
	wOclock
	wI
	wWill
	wIll
	wShall
	wIm
	wGoing
	wGonna
	wPlan
	wIntend
	wCommit
	wPromise
	wAdverb // also, then, really, definitely, actually, just, first, not
	wAnd
	wBetter
	wImprove
	wTry
	wTrying
	wAttempt
	wHope
	wMaybe
	wPerhaps
	wHopefully
	wMight
	wPossibly
	wSome
	wSomeday
	wSometime
	wEventually
	wSoon
	wAsap
	wFuture
	wNear
	wPoint
	wWhen
	wCan
	wSeveral
	wFew
	wLot
	wLots
	wBit
	wLittle
	wAs
	wMuch
	wOften
	wPossible
	wFor
	wJoin // small joining words after which a bare amount is not a count

	// wNone stands for a token that does not exist or does not continue the
	// phrase; see textScanner.word.
	wNone textWord = 0xff
)

// textVocab maps the lower-case form of a word to its entry. It is built at
// init and never written after.
var textVocab = map[string]textEntry{
	"one": {wOne, 1}, "two": {wNumWord, 2}, "three": {wNumWord, 3}, "four": {wNumWord, 4},
	"five": {wNumWord, 5}, "six": {wNumWord, 6}, "seven": {wNumWord, 7}, "eight": {wNumWord, 8},
	"nine": {wNumWord, 9}, "ten": {wNumWord, 10}, "eleven": {wNumWord, 11}, "twelve": {wNumWord, 12},
	"twenty": {wNumWord, 20}, "thirty": {wNumWord, 30}, "forty": {wNumWord, 40},
	"fifty": {wNumWord, 50}, "sixty": {wNumWord, 60},
	"a": {wA, 1}, "an": {wAn, 1},
	"by": {wBy, 0}, "before": {wBefore, 0}, "on": {wOn, 0}, "until": {wUntil, 0}, "till": {wTill, 0},
	"within": {wWithin, 0}, "in": {wIn, 0}, "no": {wNo, 0}, "not": {wNot, 0}, "later": {wLater, 0},
	"than": {wThan, 0}, "over": {wOver, 0}, "under": {wUnder, 0}, "from": {wFrom, 0}, "now": {wNow, 0},
	"the": {wThe, 0}, "this": {wThis, 0}, "next": {wNext, 0}, "coming": {wComing, 0},
	"end": {wEnd, 0}, "of": {wOf, 0}, "time": {wTime, 0}, "times": {wTimes, 0}, "per": {wPer, 0},
	"every": {wEvery, 0}, "each": {wEach, 0},
	"minute": {wMinute, 0}, "minutes": {wMinute, 0}, "min": {wMinute, 0}, "mins": {wMinute, 0},
	"hour": {wHour, 0}, "hours": {wHour, 0}, "hr": {wHour, 0}, "hrs": {wHour, 0},
	"day": {wDay, 0}, "days": {wDay, 0}, "week": {wWeek, 0}, "weeks": {wWeek, 0},
	"month": {wMonth, 0}, "months": {wMonth, 0}, "year": {wYear, 0}, "years": {wYear, 0},
	"today": {wToday, 0}, "tonight": {wTonight, 0}, "tomorrow": {wTomorrow, 0}, "after": {wAfter, 0},
	"morning": {wMorning, 0}, "afternoon": {wAfternoon, 0}, "evening": {wEvening, 0},
	"night": {wNight, 0}, "weekend": {wWeekend, 0},
	"monday": {wMonday, 0}, "tuesday": {wTuesday, 0}, "wednesday": {wWednesday, 0},
	"thursday": {wThursday, 0}, "friday": {wFriday, 0}, "saturday": {wSaturday, 0}, "sunday": {wSunday, 0},
	"january": {wJanuary, 0}, "jan": {wJanuary, 0}, "february": {wFebruary, 0}, "feb": {wFebruary, 0},
	"march": {wMarch, 0}, "mar": {wMarch, 0}, "april": {wApril, 0}, "apr": {wApril, 0},
	"may": {wMay, 0}, "june": {wJune, 0}, "jun": {wJune, 0}, "july": {wJuly, 0}, "jul": {wJuly, 0},
	"august": {wAugust, 0}, "aug": {wAugust, 0}, "september": {wSeptember, 0}, "sep": {wSeptember, 0},
	"sept": {wSeptember, 0}, "october": {wOctober, 0}, "oct": {wOctober, 0},
	"november": {wNovember, 0}, "nov": {wNovember, 0}, "december": {wDecember, 0}, "dec": {wDecember, 0},
	"at": {wAt, 0}, "least": {wLeast, 0}, "most": {wMost, 0}, "more": {wMore, 0}, "less": {wLess, 0},
	"fewer": {wFewer, 0}, "up": {wUp, 0}, "to": {wTo, 0}, "maximum": {wMaximum, 0}, "max": {wMaximum, 0},
	"minimum": {wMinimum, 0}, "exactly": {wExactly, 0}, "or": {wOr, 0},
	"once": {wOnce, 1}, "twice": {wTwice, 2},
	"daily": {wDaily, 0}, "weekly": {wWeekly, 0}, "monthly": {wMonthly, 0}, "yearly": {wYearly, 0},
	"nightly": {wNightly, 0},
	"pm":      {wPm, 0}, "am": {wAm, 0}, "o'clock": {wOclock, 0},
	"i": {wI, 0}, "will": {wWill, 0}, "i'll": {wIll, 0}, "shall": {wShall, 0}, "i'm": {wIm, 0},
	"going": {wGoing, 0}, "gonna": {wGonna, 0}, "plan": {wPlan, 0}, "intend": {wIntend, 0},
	"commit": {wCommit, 0}, "promise": {wPromise, 0},
	"also": {wAdverb, 0}, "then": {wAdverb, 0}, "really": {wAdverb, 0}, "definitely": {wAdverb, 0},
	"actually": {wAdverb, 0}, "just": {wAdverb, 0}, "first": {wAdverb, 0}, "still": {wAdverb, 0},
	"and": {wAnd, 0}, "better": {wBetter, 0}, "improve": {wImprove, 0},
	"try": {wTry, 0}, "trying": {wTrying, 0}, "attempt": {wAttempt, 0}, "hope": {wHope, 0},
	"maybe": {wMaybe, 0}, "perhaps": {wPerhaps, 0}, "hopefully": {wHopefully, 0}, "might": {wMight, 0},
	"possibly": {wPossibly, 0}, "some": {wSome, 0}, "someday": {wSomeday, 0}, "sometime": {wSometime, 0},
	"eventually": {wEventually, 0}, "soon": {wSoon, 0}, "asap": {wAsap, 0}, "future": {wFuture, 0},
	"near": {wNear, 0}, "point": {wPoint, 0}, "when": {wWhen, 0}, "can": {wCan, 0},
	"several": {wSeveral, 0}, "few": {wFew, 0}, "lot": {wLot, 0}, "lots": {wLots, 0}, "bit": {wBit, 0},
	"little": {wLittle, 0}, "as": {wAs, 0}, "much": {wMuch, 0}, "often": {wOften, 0},
	"possible": {wPossible, 0}, "for": {wFor, 0},
	"with": {wJoin, 0}, "out": {wJoin, 0},
}

type textEntry struct {
	w   textWord
	num float64
}

// textToken is one word of the text: its byte range, its vocabulary entry,
// and whether a phrase break (. ! ? ; : brackets, line break) stands before it.
type textToken struct {
	start, end int
	w          textWord
	brk        bool
	num        float64
}

// textIsWordByte reports whether the ASCII byte c is part of a word.
func textIsWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func textIsDigit(c byte) bool { return '0' <= c && c <= '9' }

// textWordLen returns the byte length of the word character at text[i], or 0
// if there is none.
func textWordLen(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		if textIsWordByte(c) {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && size <= 1 {
		return 0
	}
	if r == '’' {
		return 0
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
		return size
	}
	return 0
}

// fill tokenizes text from sc.pos until the window is full or the text ends.
func (sc *textScanner) fill() {
	text := sc.text
	i := sc.pos
	for i < len(text) && len(sc.toks) < cap(sc.toks) {
		if n := textWordLen(text, i); n == 0 {
			switch text[i] {
			case '.', '!', '?', ';', ':', '(', ')', '[', ']', '{', '}', '\n', '\r':
				sc.brk = true
			}
			if text[i] < utf8.RuneSelf {
				i++
			} else {
				_, size := utf8.DecodeRuneInString(text[i:])
				i += size
			}
			continue
		}
		start := i
		for i < len(text) {
			if n := textWordLen(text, i); n > 0 {
				i += n
				continue
			}
			c := text[i]
			conn := 0
			switch {
			case c == '\'' || c == '-':
				conn = 1
			case (c == '.' || c == ':' || c == '/') && textIsDigit(text[i-1]) && i+1 < len(text) && textIsDigit(text[i+1]):
				conn = 1
			case c == ',' && textIsDigit(text[i-1]) && i+3 < len(text) && textIsDigit(text[i+1]) &&
				textIsDigit(text[i+2]) && textIsDigit(text[i+3]) && (i+4 == len(text) || !textIsDigit(text[i+4])):
				conn = 1 // "10,000"
			case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x99: // ’
				conn = 3
			}
			if conn > 0 && i+conn < len(text) && textWordLen(text, i+conn) > 0 {
				i += conn
				continue
			}
			break
		}
		n := len(sc.toks)
		sc.toks = sc.toks[:n+1] // within capacity: the loop stops at cap
		sc.toks[n] = textClassify(text, start, i, sc.brk)
		sc.brk = false
	}
	sc.pos = i
}

// textClassify looks a word up.
func textClassify(text string, start, end int, brk bool) textToken {
	t := textToken{start: start, end: end, brk: brk}
	s := text[start:end]
	if textIsDigit(s[0]) {
		t.w, t.num = textParseNumber(s)
		return t
	}
	var key [16]byte
	n := 0
	for j := 0; j < len(s); j++ {
		c := s[j]
		switch {
		case c == 0xE2 && j+2 < len(s) && s[j+1] == 0x80 && s[j+2] == 0x99:
			c = '\''
			j += 2
		case c >= utf8.RuneSelf:
			return t
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if n == len(key) {
			return t
		}
		key[n] = c
		n++
	}
	e := textVocab[string(key[:n])]
	t.w, t.num = e.w, e.num
	return t
}

// textParseNumber reads digits ("5", "1.5"), an ordinal ("1st", "22nd") or an
// ISO date ("2026-03-09"). Anything else that starts with a digit ("5pm",
// "9-5") is a word the rules do not know. A range of up to three digits
// either side, low before high ("3-4"), is wRange with its lower bound.
func textParseNumber(s string) (textWord, float64) {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		for _, j := range [...]int{0, 1, 2, 3, 5, 6, 8, 9} {
			if !textIsDigit(s[j]) {
				return wOther, 0
			}
		}
		return wISODate, 0
	}
	var v float64
	j, digits := 0, 0
	for ; j < len(s) && (textIsDigit(s[j]) || s[j] == ','); j++ {
		if s[j] == ',' {
			continue // a thousands separator: the tokenizer let it in
		}
		if digits++; digits > 9 {
			return wOther, 0 // too long to be a count anyone means
		}
		v = v*10 + float64(s[j]-'0')
	}
	if j == len(s) {
		return wNumber, v
	}
	if s[j] == '-' && j > 0 && j < 4 && len(s)-j-1 >= 1 && len(s)-j-1 <= 3 {
		hi := 0.0
		for k := j + 1; k < len(s); k++ {
			if !textIsDigit(s[k]) {
				return wOther, 0
			}
			hi = hi*10 + float64(s[k]-'0')
		}
		if v < hi {
			return wRange, v
		}
		return wOther, 0
	}
	if s[j] == '.' && j+1 < len(s) {
		scale := 0.1
		k := j + 1
		for ; k < len(s) && textIsDigit(s[k]); k++ {
			if k-j > 6 {
				return wOther, 0
			}
			v += float64(s[k]-'0') * scale
			scale /= 10
		}
		if k == len(s) {
			return wNumber, v
		}
		return wOther, 0
	}
	if len(s)-j == 2 {
		a, b := s[j]|0x20, s[j+1]|0x20
		switch {
		case a == 's' && b == 't', a == 'n' && b == 'd', a == 'r' && b == 'd', a == 't' && b == 'h':
			return wOrdinal, v
		}
	}
	return wOther, 0
}

// textClock holds the reference time. It sits behind a pointer so that the
// location pointer that deadlines carry away is two steps from the scanner,
// which lets the compiler keep the scanner's word window on the stack.
type textClock struct{ ref time.Time }

// textScanner holds the state of one AnalyzeText call.
type textScanner struct {
	text string
	clk  *textClock
	pos  int         // where fill goes on tokenizing
	brk  bool        // a phrase break was seen since the last word
	toks []textToken // the window of words
	// firstPerson is set once the current sentence has a first-person
	// commitment, so that "... and will call" counts as one too.
	firstPerson bool
}

// cont reports whether token i is word w and continues the phrase (no break
// before it). Use it for every word of a phrase but the first.
func (sc *textScanner) cont(i int, w textWord) bool {
	return i < len(sc.toks) && !sc.toks[i].brk && sc.toks[i].w == w
}

// word returns the vocabulary entry of token i if it continues the phrase,
// or wNone if it does not exist or follows a break.
func (sc *textScanner) word(i int) textWord {
	if i >= len(sc.toks) || sc.toks[i].brk {
		return wNone
	}
	return sc.toks[i].w
}

// endOfDay returns 23:59:59 on the day days after ref's day, in ref's location.
func (sc *textScanner) endOfDay(days int) time.Time {
	y, m, d := sc.clk.ref.Date()
	return sc.dayEnd(y, m, d+days)
}

// daysToSunday returns the days from ref's day to the Sunday ending its week
// (weeks run Monday to Sunday).
func (sc *textScanner) daysToSunday() int {
	return (7 - int(sc.clk.ref.Weekday())) % 7
}

// dayEnd returns 23:59:59 on day d of month m of year y, in ref's location.
// time.Date normalizes d, so day 0 is the last day of the month before.
func (sc *textScanner) dayEnd(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 23, 59, 59, 0, sc.clk.ref.Location())
}

// endOfMonth returns 23:59:59 on the last day of month m of year y.
func (sc *textScanner) endOfMonth(y int, m time.Month) time.Time {
	return sc.dayEnd(y, m+1, 0)
}

func textDaysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func textTimeFinding(r Rule, d time.Time) Finding { return Finding{Rule: r, Deadline: d} }

// matchTime tries the time rules at token i and returns the finding, the index
// after it, and whether one matched.
func (sc *textScanner) matchTime(i int) (Finding, int, bool) {
	// Spans introduced by "within", "in" or "over".
	switch sc.toks[i].w {
	case wWithin, wIn, wOver:
		if f, n, ok := sc.matchSpan(i+1, true); ok {
			return f, n, true
		}
		if sc.toks[i].w == wIn {
			if f, n, ok := sc.matchInMonth(i + 1); ok {
				return f, n, true
			}
		}
		return Finding{}, 0, false
	}
	p := i
	switch sc.toks[i].w {
	case wBy, wBefore, wOn, wUntil, wTill:
		p = i + 1
	case wNo:
		if sc.cont(i+1, wLater) && sc.cont(i+2, wThan) {
			p = i + 3
		} else {
			return Finding{}, 0, false
		}
	}
	if p > i && (p >= len(sc.toks) || sc.toks[p].brk) {
		return Finding{}, 0, false
	}
	if f, n, ok := sc.matchTimeExpr(p); ok {
		return f, n, true
	}
	// "by June", "before June", "until June": the day before the next
	// 1 June after ref. Month names count only when written in full.
	if w := sc.toks[p].w; p > i && sc.toks[i].w != wOn && w >= wJanuary && w <= wDecember &&
		(sc.toks[p].end-sc.toks[p].start > 3 || w == wMay) {
		m := time.Month(w-wJanuary) + 1
		y := sc.clk.ref.Year()
		if m <= sc.clk.ref.Month() {
			y++
		}
		return textTimeFinding(RulePeriod, sc.dayEnd(y, m, 0)), p + 1, true
	}
	return Finding{}, 0, false
}

// matchTimeExpr tries a time expression starting at token p.
func (sc *textScanner) matchTimeExpr(p int) (Finding, int, bool) {
	t := sc.toks[p]
	switch t.w {
	case wToday, wTonight:
		return textTimeFinding(RuleRelativeDay, sc.endOfDay(0)), p + 1, true
	case wTomorrow:
		return textTimeFinding(RuleRelativeDay, sc.endOfDay(1)), p + 1, true
	case wMonday, wTuesday, wWednesday, wThursday, wFriday, wSaturday, wSunday:
		return textTimeFinding(RuleWeekday, sc.weekday(t.w, false)), p + 1, true
	case wISODate:
		s := sc.text[t.start:t.end]
		y := textAtoi(s[0:4])
		m := time.Month(textAtoi(s[5:7]))
		d := textAtoi(s[8:10])
		if m < 1 || m > 12 || d < 1 || d > textDaysIn(y, m) {
			return Finding{}, 0, false
		}
		return textTimeFinding(RuleDate, sc.dayEnd(y, m, d)), p + 1, true
	case wNumber, wOrdinal:
		// "1 December", "1st of December"; or a span "2 weeks from now".
		if f, n, ok := sc.matchDayMonth(p); ok {
			return f, n, true
		}
		return sc.matchSpan(p, false)
	case wA, wAn, wOne, wNumWord:
		return sc.matchSpan(p, false)
	case wThis:
		switch sc.word(p + 1) {
		case wMorning, wAfternoon, wEvening:
			return textTimeFinding(RuleRelativeDay, sc.endOfDay(0)), p + 2, true
		case wMonday, wTuesday, wWednesday, wThursday, wFriday, wSaturday, wSunday:
			return textTimeFinding(RuleWeekday, sc.weekday(sc.toks[p+1].w, false)), p + 2, true
		case wWeek, wWeekend:
			return textTimeFinding(RulePeriod, sc.endOfDay(sc.daysToSunday())), p + 2, true
		case wMonth:
			y, m, _ := sc.clk.ref.Date()
			return textTimeFinding(RulePeriod, sc.endOfMonth(y, m)), p + 2, true
		case wYear:
			return textTimeFinding(RulePeriod, sc.dayEnd(sc.clk.ref.Year(), 12, 31)), p + 2, true
		case wTime:
			// "this time tomorrow", "this time next week/month/year".
			if sc.cont(p+2, wTomorrow) {
				return textTimeFinding(RuleDuration, sc.clk.ref.AddDate(0, 0, 1)), p + 3, true
			}
			if sc.cont(p+2, wNext) {
				switch sc.word(p + 3) {
				case wWeek:
					return textTimeFinding(RuleDuration, sc.clk.ref.AddDate(0, 0, 7)), p + 4, true
				case wMonth:
					return textTimeFinding(RuleDuration, sc.clk.ref.AddDate(0, 1, 0)), p + 4, true
				case wYear:
					return textTimeFinding(RuleDuration, sc.clk.ref.AddDate(1, 0, 0)), p + 4, true
				}
			}
		}
		return Finding{}, 0, false
	case wNext:
		return sc.matchNext(p+1, RulePeriod)
	case wThe:
		switch sc.word(p + 1) {
		case wDay:
			// "the day after tomorrow"
			if sc.cont(p+2, wAfter) && sc.cont(p+3, wTomorrow) {
				return textTimeFinding(RuleRelativeDay, sc.endOfDay(2)), p + 4, true
			}
		case wWeekend:
			return textTimeFinding(RulePeriod, sc.endOfDay(sc.daysToSunday())), p + 2, true
		case wEnd:
			return sc.matchEndOf(p + 2)
		case wOrdinal, wNumber:
			return sc.matchTheDay(p + 1)
		}
		return Finding{}, 0, false
	case wEnd:
		return sc.matchEndOf(p + 1)
	}
	if t.w >= wJanuary && t.w <= wDecember {
		return sc.matchMonthDay(p)
	}
	return Finding{}, 0, false
}

// weekday resolves a weekday word: the next occurrence after ref's day, or
// with next the one in the following Monday-to-Sunday week.
func (sc *textScanner) weekday(w textWord, next bool) time.Time {
	target := (int(w-wMonday) + 1) % 7 // time.Weekday: Sunday = 0
	cur := int(sc.clk.ref.Weekday())
	if next {
		isoCur := (cur + 6) % 7
		isoT := (target + 6) % 7
		return sc.endOfDay(7 - isoCur + isoT)
	}
	delta := (target - cur + 7) % 7
	if delta == 0 {
		delta = 7
	}
	return sc.endOfDay(delta)
}

// singular reports whether token q does not end in "s" ("week", not "weeks").
func (sc *textScanner) singular(q int) bool {
	return sc.text[sc.toks[q].end-1]|0x20 != 's'
}

// matchNext reads what follows "next" at token q.
func (sc *textScanner) matchNext(q int, r Rule) (Finding, int, bool) {
	if q < len(sc.toks) && !sc.singular(q) {
		return Finding{}, 0, false // "the next weeks"
	}
	switch w := sc.word(q); w {
	case wWeek, wWeekend:
		return textTimeFinding(r, sc.endOfDay(sc.daysToSunday()+7)), q + 1, true
	case wMonth:
		y, m, _ := sc.clk.ref.Date()
		return textTimeFinding(r, sc.endOfMonth(y, m+1)), q + 1, true
	case wYear:
		return textTimeFinding(r, sc.dayEnd(sc.clk.ref.Year()+1, 12, 31)), q + 1, true
	case wMonday, wTuesday, wWednesday, wThursday, wFriday, wSaturday, wSunday:
		return textTimeFinding(RuleWeekday, sc.weekday(w, true)), q + 1, true
	}
	return Finding{}, 0, false
}

// matchEndOf reads what follows "(the) end of" at token q-1 ("of" is at q).
func (sc *textScanner) matchEndOf(q int) (Finding, int, bool) {
	if !sc.cont(q, wOf) {
		return Finding{}, 0, false
	}
	q++
	if w := sc.word(q); w == wThe || w == wThis {
		q++
	}
	switch w := sc.word(q); {
	case w == wDay:
		return textTimeFinding(RulePeriod, sc.endOfDay(0)), q + 1, true
	case w == wWeek:
		return textTimeFinding(RulePeriod, sc.endOfDay(sc.daysToSunday())), q + 1, true
	case w == wMonth:
		y, m, _ := sc.clk.ref.Date()
		return textTimeFinding(RulePeriod, sc.endOfMonth(y, m)), q + 1, true
	case w == wYear:
		return textTimeFinding(RulePeriod, sc.dayEnd(sc.clk.ref.Year(), 12, 31)), q + 1, true
	case w == wNumber && sc.isYear(q):
		return textTimeFinding(RulePeriod, sc.dayEnd(int(sc.toks[q].num), 12, 31)), q + 1, true
	case w == wNext:
		f, n, ok := sc.matchNext(q+1, RulePeriod)
		if ok && f.Rule == RulePeriod {
			return f, n, true
		}
	case w == wToday:
		return textTimeFinding(RulePeriod, sc.endOfDay(0)), q + 1, true
	case w >= wJanuary && w <= wDecember && w != wNone:
		return textTimeFinding(RulePeriod, sc.monthEnd(w)), q + 1, true
	}
	return Finding{}, 0, false
}

// monthEnd returns the last day of the named month, this year or, if the
// month is past, next year.
func (sc *textScanner) monthEnd(w textWord) time.Time {
	m := time.Month(w-wJanuary) + 1
	y := sc.clk.ref.Year()
	if m < sc.clk.ref.Month() {
		y++
	}
	return sc.endOfMonth(y, m)
}

// isYear reports whether token q is four digits from 1900 to 2999.
func (sc *textScanner) isYear(q int) bool {
	t := sc.toks[q]
	return t.w == wNumber && t.end-t.start == 4 && t.num >= 1900 && t.num <= 2999
}

// matchInMonth reads "in March" or "in 2027" (the "in" is at q-1). Month
// names count only when written in full ("in dec" is too unlike a date to
// guess).
func (sc *textScanner) matchInMonth(q int) (Finding, int, bool) {
	w := sc.word(q)
	if w == wNumber && sc.isYear(q) {
		return textTimeFinding(RulePeriod, sc.dayEnd(int(sc.toks[q].num), 12, 31)), q + 1, true
	}
	if w < wJanuary || w > wDecember || w == wNone {
		return Finding{}, 0, false
	}
	if sc.toks[q].end-sc.toks[q].start <= 3 && w != wMay {
		return Finding{}, 0, false
	}
	// "in March 5" is a date.
	if f, n, ok := sc.matchMonthDay(q); ok {
		return f, n, true
	}
	return textTimeFinding(RulePeriod, sc.monthEnd(w)), q + 1, true
}

// matchMonthDay reads "December 1", "Dec 1st", "December 1, 2026".
func (sc *textScanner) matchMonthDay(p int) (Finding, int, bool) {
	m := time.Month(sc.toks[p].w-wJanuary) + 1
	w := sc.word(p + 1)
	if w != wNumber && w != wOrdinal {
		return Finding{}, 0, false
	}
	d := sc.toks[p+1].num
	return sc.resolveDate(m, d, p+2)
}

// matchDayMonth reads "1 December", "1st of December", "1st December 2026".
func (sc *textScanner) matchDayMonth(p int) (Finding, int, bool) {
	d := sc.toks[p].num
	q := p + 1
	if sc.toks[p].w == wOrdinal && sc.cont(q, wOf) {
		q++
	}
	w := sc.word(q)
	if w < wJanuary || w > wDecember || w == wNone {
		return Finding{}, 0, false
	}
	return sc.resolveDate(time.Month(w-wJanuary)+1, d, q+1)
}

// matchTheDay reads "the 15th" or "the 1st of December" (the number is at q).
func (sc *textScanner) matchTheDay(q int) (Finding, int, bool) {
	if f, n, ok := sc.matchDayMonth(q); ok {
		return f, n, true
	}
	if sc.toks[q].w != wOrdinal {
		return Finding{}, 0, false
	}
	d := sc.toks[q].num
	if d < 1 || d > 31 || d != float64(int(d)) {
		return Finding{}, 0, false
	}
	y, m, today := sc.clk.ref.Date()
	if int(d) < today {
		m++
	}
	for k := 0; k < 12; k++ {
		t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC) // normalise month overflow
		if int(d) <= textDaysIn(t.Year(), t.Month()) {
			return textTimeFinding(RuleDate, sc.dayEnd(t.Year(), t.Month(), int(d))), q + 1, true
		}
		m++
	}
	return Finding{}, 0, false
}

// resolveDate resolves month m, day d, with an optional year at token q.
func (sc *textScanner) resolveDate(m time.Month, d float64, q int) (Finding, int, bool) {
	if d < 1 || d > 31 || d != float64(int(d)) {
		return Finding{}, 0, false
	}
	day := int(d)
	if sc.word(q) == wNumber {
		t := sc.toks[q]
		if t.end-t.start == 4 {
			y := int(t.num)
			if day > textDaysIn(y, m) {
				return Finding{}, 0, false
			}
			return textTimeFinding(RuleDate, sc.dayEnd(y, m, day)), q + 1, true
		}
	}
	ry, rm, rd := sc.clk.ref.Date()
	y := ry
	if m < rm || m == rm && day < rd {
		y++
	}
	for k := 0; k < 8; k++ {
		if day <= textDaysIn(y+k, m) {
			return textTimeFinding(RuleDate, sc.dayEnd(y+k, m, day)), q, true
		}
		if m != time.February {
			break
		}
	}
	return Finding{}, 0, false
}

// matchSpan reads a span counted from ref at token q. With prep (after
// "within", "in", "over"): "[the next|the coming] [amount] unit"; without:
// "amount unit from now|today".
func (sc *textScanner) matchSpan(q int, prep bool) (Finding, int, bool) {
	amount := 1.0
	if prep {
		if sc.word(q) == wThe && (sc.word(q+1) == wNext || sc.word(q+1) == wComing) {
			q += 2
			// "within the next week"; but "the coming days" is no one span.
			if w := sc.word(q); w >= wMinute && w <= wYear && sc.singular(q) {
				goto unit
			}
		}
	} else if q >= len(sc.toks) {
		return Finding{}, 0, false
	}
	{
		a, ok := sc.amount(q, prep)
		if !ok || sc.toks[q].w == wRange { // "within 2-3 weeks" has no one deadline
			return Finding{}, 0, false
		}
		amount = a
		q++
	}
unit:
	u := sc.word(q)
	if u < wMinute || u > wYear {
		return Finding{}, 0, false
	}
	q++
	if !prep {
		if !sc.cont(q, wFrom) || !(sc.cont(q+1, wNow) || sc.cont(q+1, wToday)) {
			return Finding{}, 0, false
		}
		q += 2
	}
	d, ok := sc.addSpan(amount, u)
	if !ok {
		return Finding{}, 0, false
	}
	return textTimeFinding(RuleDuration, d), q, true
}

// amount reads a number at token q: digits, a range or a number word; "a",
// "an" and "one" only if a unit follows. With cont, q must continue the
// phrase (no break before it).
func (sc *textScanner) amount(q int, cont bool) (float64, bool) {
	if q >= len(sc.toks) || cont && sc.toks[q].brk {
		return 0, false
	}
	switch t := sc.toks[q]; t.w {
	case wNumber, wNumWord, wRange:
		return t.num, true
	case wA, wAn, wOne:
		w := sc.word(q + 1)
		if w >= wMinute && w <= wYear || w == wTime {
			return 1, true
		}
	}
	return 0, false
}

// addSpan adds amount units to ref.
func (sc *textScanner) addSpan(amount float64, u textWord) (time.Time, bool) {
	if amount > 10000 {
		return time.Time{}, false
	}
	n := int(amount)
	whole := float64(n) == amount
	switch u {
	case wMinute:
		return sc.clk.ref.Add(time.Duration(amount * float64(time.Minute))), true
	case wHour:
		return sc.clk.ref.Add(time.Duration(amount * float64(time.Hour))), true
	case wDay:
		if whole {
			return sc.clk.ref.AddDate(0, 0, n), true
		}
	case wWeek:
		if whole {
			return sc.clk.ref.AddDate(0, 0, 7*n), true
		}
	case wMonth:
		if whole {
			return sc.clk.ref.AddDate(0, n, 0), true
		}
	case wYear:
		if whole {
			return sc.clk.ref.AddDate(n, 0, 0), true
		}
	}
	return time.Time{}, false
}

func textAtoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// textUnit maps a unit word to its Unit.
func textUnit(w textWord) Unit {
	switch w {
	case wMinute:
		return UnitMinute
	case wHour:
		return UnitHour
	case wDay:
		return UnitDay
	case wWeek:
		return UnitWeek
	case wMonth:
		return UnitMonth
	case wYear:
		return UnitYear
	case wTime, wTimes:
		return UnitTime
	}
	return ""
}

// textAdverbPeriod maps a frequency adverb ("daily", "nightly", "weekly",
// "monthly", "yearly") to its period, or returns "".
func textAdverbPeriod(w textWord) Unit {
	switch w {
	case wDaily, wNightly:
		return UnitDay
	case wWeekly:
		return UnitWeek
	case wMonthly:
		return UnitMonth
	case wYearly:
		return UnitYear
	}
	return ""
}

// textPeriod maps a period word after "a", "per", "every" or "each" to its
// Unit: the day parts count as days, weekdays as weeks.
func textPeriod(w textWord) Unit {
	switch {
	case w == wMorning || w == wAfternoon || w == wEvening || w == wNight || w == wDay:
		return UnitDay
	case w == wWeek || w == wWeekend || w >= wMonday && w <= wSunday:
		return UnitWeek
	case w == wMonth:
		return UnitMonth
	case w == wYear:
		return UnitYear
	}
	return ""
}

// matchQuantity tries the quantity rules at token i.
func (sc *textScanner) matchQuantity(i int) (Finding, int, bool) {
	f := Finding{Rule: RuleCount, Comparator: Exactly}
	q := i
	switch sc.toks[i].w {
	case wAt:
		switch sc.word(i + 1) {
		case wLeast:
			f.Comparator, q = AtLeast, i+2
		case wMost:
			f.Comparator, q = AtMost, i+2
		}
	case wNo, wNot:
		if sc.cont(i+2, wThan) {
			switch sc.word(i + 1) {
			case wMore:
				f.Comparator, q = AtMost, i+3
			case wLess, wFewer:
				f.Comparator, q = AtLeast, i+3
			}
		}
	case wUp:
		if sc.cont(i+1, wTo) {
			f.Comparator, q = AtMost, i+2
		}
	case wA:
		if w := sc.word(i + 1); (w == wMaximum || w == wMinimum) && sc.cont(i+2, wOf) {
			f.Comparator, q = AtMost, i+3
			if w == wMinimum {
				f.Comparator = AtLeast
			}
		}
	case wMaximum, wMinimum:
		f.Comparator, q = AtMost, i+1
		if sc.toks[i].w == wMinimum {
			f.Comparator = AtLeast
		}
		if sc.cont(q, wOf) {
			q++
		}
	case wMore, wLess, wFewer:
		if sc.cont(i+1, wThan) {
			f.Comparator, q = MoreThan, i+2
			if sc.toks[i].w != wMore {
				f.Comparator = LessThan
			}
		}
	case wOver:
		f.Comparator, q = MoreThan, i+1
	case wUnder:
		f.Comparator, q = LessThan, i+1
	case wExactly:
		f.Comparator, q = Exactly, i+1
	case wOnce, wTwice:
		f := Finding{Rule: RuleFrequency, Comparator: Exactly, Amount: sc.toks[i].num, Unit: UnitTime}
		if f.Per = textAdverbPeriod(sc.word(i + 1)); f.Per != "" { // "twice weekly"
			return f, i + 2, true
		}
		return sc.matchPer(i+1, f, true)
	case wEvery, wEach:
		if per := textPeriod(sc.word(i + 1)); per != "" {
			return Finding{Rule: RuleFrequency, Comparator: Exactly, Amount: 1, Unit: UnitTime, Per: per}, i + 2, true
		}
		return Finding{}, 0, false
	case wDaily, wNightly, wWeekly, wMonthly, wYearly:
		return Finding{Rule: RuleFrequency, Comparator: Exactly, Amount: 1, Unit: UnitTime, Per: textAdverbPeriod(sc.toks[i].w)}, i + 1, true
	}
	bare := q == i
	a, ok := sc.amount(q, !bare)
	if !ok {
		return Finding{}, 0, false
	}
	if bare {
		// A bare amount needs a word after it that is not a time of day or a
		// joining word; "one" needs a unit, and "one day" is vague wording.
		next := sc.word(q + 1)
		switch {
		case sc.toks[q].w == wA || sc.toks[q].w == wAn:
			return Finding{}, 0, false
		case sc.perAt(q + 1):
			// "$50 a week": the period makes it a frequency.
		case sc.toks[q].w == wOne && (next == wDay || textUnit(next) == ""):
			return Finding{}, 0, false
		case next == wNone, next == wNumber, next == wOrdinal, next == wNumWord, next == wISODate,
			next == wAm, next == wPm, next == wOclock, next == wOf, next == wTo, next == wAnd,
			next == wOr && !(sc.cont(q+2, wMore) || sc.cont(q+2, wLess) || sc.cont(q+2, wFewer)),
			next == wThe, next == wA, next == wAn, next == wIn, next == wOn, next == wAt, next == wBy,
			next == wFor, next == wFrom, next == wJoin, next == wThan,
			next == wToday, next == wTonight, next == wTomorrow,
			next >= wMonday && next <= wDecember:
			return Finding{}, 0, false
		}
	}
	f.Amount = a
	if bare && sc.toks[q].w == wRange {
		f.Comparator, f.Rule = AtLeast, RuleComparator // "3-4 times": at least 3
	}
	q++
	if u := textUnit(sc.word(q)); u != "" {
		f.Unit = u
		q++
	}
	if !bare {
		f.Rule = RuleComparator
	}
	// "5 or more", "1 hour or less".
	if bare && sc.cont(q, wOr) {
		switch sc.word(q + 1) {
		case wMore:
			f.Comparator, f.Rule, q = AtLeast, RuleComparator, q+2
		case wLess, wFewer:
			f.Comparator, f.Rule, q = AtMost, RuleComparator, q+2
		}
	}
	return sc.matchPer(q, f, false)
}

// matchPer reads an optional "a|an|per|each|every period" at q that makes f a
// frequency. If required, f is a frequency only with the period.
func (sc *textScanner) matchPer(q int, f Finding, required bool) (Finding, int, bool) {
	k := q
	if f.Unit == "" {
		// The thing counted may stand between the amount and the period:
		// "2 drinks a day", "3 AA meetings per week".
		for n := 0; n < 2 && sc.word(k) == wOther; n++ {
			k++
		}
	}
	switch sc.word(k) {
	case wA, wAn, wPer, wEach, wEvery:
		if per := textPeriod(sc.word(k + 1)); per != "" {
			f.Rule, f.Per = RuleFrequency, per
			return f, k + 2, true
		}
	}
	if required {
		return Finding{}, 0, false
	}
	return f, q, true
}

// perAt reports whether "a|an|per|each|every period" starts at token q.
func (sc *textScanner) perAt(q int) bool {
	switch sc.word(q) {
	case wA, wAn, wPer, wEach, wEvery:
		return textPeriod(sc.word(q+1)) != ""
	}
	return false
}

// matchAction tries the first-person rule at token i.
func (sc *textScanner) matchAction(i int) (Finding, int, bool) {
	q := -1
	switch sc.toks[i].w {
	case wIll:
		q = i + 1
	case wIm:
		if sc.cont(i+1, wGoing) && sc.cont(i+2, wTo) {
			q = i + 3
		} else if sc.cont(i+1, wGonna) {
			q = i + 2
		}
	case wWill, wShall:
		// "I will list ... and will call": the same person's next commitment.
		if sc.firstPerson && i > 0 && !sc.toks[i].brk && sc.toks[i-1].w == wAnd {
			q = i + 1
		}
	case wI:
		switch sc.word(i + 1) {
		case wWill, wShall:
			q = i + 2
		case wAm:
			if sc.cont(i+2, wGoing) && sc.cont(i+3, wTo) {
				q = i + 4
			} else if sc.cont(i+2, wGonna) {
				q = i + 3
			}
		case wPlan, wIntend, wCommit, wPromise:
			if sc.cont(i+2, wTo) {
				q = i + 3
			}
		}
	}
	if q < 0 {
		return Finding{}, 0, false
	}
	// Take in an adverb and the verb, unless vague wording starts there.
	n := q
	if sc.word(n) == wAdverb || sc.word(n) == wNot {
		n++
	}
	if w := sc.word(n); w != wNone && textLetterWord(sc.text, sc.toks[n]) && !sc.vagueStart(n) {
		q = n + 1
	}
	return Finding{Rule: RuleFirstPerson}, q, true
}

// textLetterWord reports whether the token starts with a letter.
func textLetterWord(text string, t textToken) bool {
	return !textIsDigit(text[t.start])
}

// vagueStart reports whether the vague rules match at token q.
func (sc *textScanner) vagueStart(q int) bool {
	_, _, ok := sc.matchVague(q)
	return ok
}

// matchVague tries the vague-wording rules at token i.
func (sc *textScanner) matchVague(i int) (Finding, int, bool) {
	r := Rule("")
	n := i + 1
	switch sc.toks[i].w {
	case wBetter, wImprove:
		r = RuleVagueComparative
	case wMore, wLess, wFewer:
		// "no more", "not any more" say none, not more.
		if i > 0 && !sc.toks[i].brk && (sc.toks[i-1].w == wNo) {
			return Finding{}, 0, false
		}
		r = RuleVagueComparative
	case wTry:
		if sc.cont(i+1, wTo) || sc.cont(i+1, wAnd) {
			r, n = RuleVagueHedge, i+2
		}
	case wTrying, wAttempt, wHope:
		if sc.cont(i+1, wTo) {
			r, n = RuleVagueHedge, i+2
		}
	case wMaybe, wPerhaps, wHopefully, wMight, wPossibly:
		r = RuleVagueHedge
	case wSome:
		switch sc.word(i + 1) {
		case wDay, wTime:
			r, n = RuleVagueTime, i+2
		default:
			r = RuleVagueAmount
		}
	case wSomeday, wSometime, wEventually, wSoon, wAsap:
		r = RuleVagueTime
	case wOne:
		if sc.cont(i+1, wDay) {
			r, n = RuleVagueTime, i+2
		}
	case wAt:
		if sc.cont(i+1, wSome) && sc.cont(i+2, wPoint) {
			r, n = RuleVagueTime, i+3
		}
	case wIn:
		if sc.cont(i+1, wThe) {
			if sc.cont(i+2, wFuture) {
				r, n = RuleVagueTime, i+3
			} else if sc.cont(i+2, wNear) && sc.cont(i+3, wFuture) {
				r, n = RuleVagueTime, i+4
			}
		}
	case wWhen:
		if sc.cont(i+1, wI) && sc.cont(i+2, wCan) {
			r, n = RuleVagueTime, i+3
		}
	case wAs:
		// "as soon as possible", "as much as possible", "as often as possible".
		if sc.cont(i+2, wAs) && sc.cont(i+3, wPossible) {
			switch sc.word(i + 1) {
			case wSoon:
				r, n = RuleVagueTime, i+4
			case wMuch, wOften:
				r, n = RuleVagueAmount, i+4
			}
		}
	case wSeveral, wLots:
		r = RuleVagueAmount
	case wA:
		switch sc.word(i + 1) {
		case wFew, wLot, wBit, wLittle:
			r, n = RuleVagueAmount, i+2
		}
	}
	if r == "" {
		return Finding{}, 0, false
	}
	return Finding{Rule: r}, n, true
}
