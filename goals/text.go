package goals

import (
	"time"

	"github.com/recoverykit/recovery/internal/enum"
	"github.com/recoverykit/recovery/internal/token"
)

// Rule names the rule of [AnalyzeText] that produced a [Match]. Codes are
// stable, lower-case and hyphenated; the part before the first hyphen is the
// rule's [MatchKind].
//
// Rule is a string and is safe for concurrent use. The zero value is not a
// valid Rule.
type Rule string

// The rules of [AnalyzeText], grouped by kind. Each lists examples in
// English and in Spanish; the package documentation says how each is read.
const (
	// RuleRelativeDay is a day named relative to the reference time: "today",
	// "tonight", "this evening", "tomorrow" ("tmrw", "tommorow"), "the day
	// after tomorrow"; "hoy", "mañana", "pasado mañana", "esta noche".
	RuleRelativeDay Rule = "time-relative-day"
	// RuleWeekday is a day of the week: "by Friday", "on Monday", "this
	// Friday", "next Tuesday", "Tues", "Thurs", "Weds"; "el viernes", "antes
	// del lunes", "para el jueves".
	RuleWeekday Rule = "time-weekday"
	// RuleDate is a calendar date: "December 1", "Dec. 1st, 2026", "1
	// December", "the 1st of December", "the 15th", "Tuesday the 10th",
	// "2026-03-09", "3/9", "4/15/2026", "mid-April", "early May", "late
	// June"; "el 15 de abril", "el martes 10", "5/4" (day first), "a
	// mediados de abril".
	RuleDate Rule = "time-date"
	// RuleDuration is a span counted from the reference time: "within 2
	// weeks", "in three days", "within the next month", "in a couple of
	// weeks", "2 weeks from now", "by this time next week"; "dentro de dos
	// semanas", "en tres días".
	RuleDuration Rule = "time-duration"
	// RulePeriod is a named period of the calendar: "this week", "next week",
	// "this weekend", "next month", "by the end of the month", "by the end of
	// March", "in March", "by June", "by Sept", "in 2027"; "esta semana", "la
	// semana que viene", "el mes que viene", "para diciembre", "a fin de mes".
	RulePeriod Rule = "time-period"
	// RuleTimeOfDay is a time of day: "at 9 am", "5pm", "8:30 am", "at
	// noon"; "a las 9", "a las 7 de la tarde", "a mediodía". It refines the
	// deadline of a day in the same sentence, or with "by" ("by 5pm") sets
	// one on the reference day.
	RuleTimeOfDay Rule = "time-of-day"
	// RuleEvent is a time limit tied to an event or a loose period, which has
	// no date: "before my court date", "after I get my ID", "when I get
	// paid", "by summer", "before the holidays", "prior to discharge";
	// "antes de mi audiencia", "cuando me paguen", "para el verano".
	RuleEvent Rule = "time-event"

	// RulePastSince is a time the text counts from: "since March 1", "since
	// January", "since 2/14", "since last summer"; "desde enero".
	RulePastSince Rule = "past-since"
	// RulePastLast is a named past day or period: "yesterday", "last Friday",
	// "last week", "last month"; "ayer", "el viernes pasado", "la semana
	// pasada".
	RulePastLast Rule = "past-last"
	// RulePastAgo is a span back from the reference time: "two years ago",
	// "a year ago"; "hace dos años".
	RulePastAgo Rule = "past-ago"
	// RulePastTense is a first-person past tense ("I was", "I went", "I used
	// to", "I relapsed", "I have been"; "fui", "dejé", "no he tomado",
	// "tomaba"), or a date that has gone by in a sentence in the past tense
	// ("Client completed detox on 2/20", "back in 2019").
	RulePastTense Rule = "past-tense"

	// RuleComparator is an amount with a comparator: "at least 5", "no more
	// than 1 hour", "up to 3", "more than 2", "5 or more", "once a week at
	// most", "over $300"; "al menos 3", "no más de una hora", "hasta 5",
	// "como máximo 2", "10 minutos o más".
	RuleComparator Rule = "quantity-comparator"
	// RuleRange is an amount with both bounds: "2 to 3", "2-3", "two or
	// three", "once or twice", "between 2 and 3", "$50 to $75", "2-3x/wk";
	// "entre 2 y 3", "de 30 a 45 minutos", "4 o 5".
	RuleRange Rule = "quantity-range"
	// RuleCount is a bare amount of something: "call 3 landlords", "for 20
	// minutes", "two pages", "a dozen jobs", "half an hour", "a couple of
	// friends", "$200", "50 bucks"; "3 reuniones", "media hora", "una
	// docena".
	RuleCount Rule = "quantity-count"
	// RuleFrequency is how often: "3 times a week", "twice a day", "5x a
	// week", "3x/wk", "every day", "every 2 weeks", "every other day", "each
	// Monday", "daily", "on Mondays and Wednesdays", "8 glasses of water a
	// day"; "3 veces por semana", "cada dos semanas", "todos los días", "los
	// lunes y miércoles", "a diario", "un día sí y otro no".
	RuleFrequency Rule = "quantity-frequency"

	// RuleFirstPerson is a first-person commitment to act, with the verb that
	// follows it: "I will call", "I'll look", "I am going to ask", "I'm gonna
	// bring", "I plan to visit", "I want to find", "I wanna save", and "will
	// call" in "I will list 5 rentals and will call 3"; "voy a llamar",
	// "vamos a ir", "quiero ver", "me comprometo a ir", "pienso buscar",
	// "llamaré".
	RuleFirstPerson Rule = "action-first-person"

	// RuleVagueComparative is a comparison with no measure: "better",
	// "more", "less", "improve", "reduce", "healthier", "more often";
	// "mejor", "más", "menos", "mejorar". "more" after "no" ("no more
	// smoking") says none and is not vague; "more than 2" is a quantity;
	// "reduce ... to 2 a day" has its measure.
	RuleVagueComparative Rule = "vague-comparative"
	// RuleVagueHedge is wording that holds back from committing: "try to",
	// "try my best", "do my best", "hope to", "maybe", "hopefully", "might";
	// "tratar de", "intentar", "intentaré", "ojalá", "tal vez".
	RuleVagueHedge Rule = "vague-hedge"
	// RuleVagueAmount is an amount with no number: "some", "several", "a
	// few", "a lot", "a little", "so much", "regularly", "as needed", "as
	// much as possible"; "algo de", "un poco", "tanto", "más seguido".
	RuleVagueAmount Rule = "vague-amount"
	// RuleVagueTime is a time with no date: "soon", "someday", "eventually",
	// "one of these days", "at some point", "asap", "in the future", "when I
	// can"; "pronto", "algún día", "lo antes posible".
	RuleVagueTime Rule = "vague-time"
	// RuleVagueAim is an aim with no action one can see done: "work on my
	// anger", "deal with my stuff", "get my life together", "cut back on";
	// "echarle ganas", "salir adelante".
	RuleVagueAim Rule = "vague-aim"
)

// textRules lists every rule once, in declaration order, with its kind.
var textRules = [...]struct {
	rule Rule
	kind MatchKind
}{
	{RuleRelativeDay, MatchKindTime}, {RuleWeekday, MatchKindTime}, {RuleDate, MatchKindTime},
	{RuleDuration, MatchKindTime}, {RulePeriod, MatchKindTime}, {RuleTimeOfDay, MatchKindTime},
	{RuleEvent, MatchKindTime},
	{RulePastSince, MatchKindPast}, {RulePastLast, MatchKindPast}, {RulePastAgo, MatchKindPast},
	{RulePastTense, MatchKindPast},
	{RuleComparator, MatchKindQuantity}, {RuleRange, MatchKindQuantity}, {RuleCount, MatchKindQuantity},
	{RuleFrequency, MatchKindQuantity},
	{RuleFirstPerson, MatchKindAction},
	{RuleVagueComparative, MatchKindVague}, {RuleVagueHedge, MatchKindVague}, {RuleVagueAmount, MatchKindVague},
	{RuleVagueTime, MatchKindVague}, {RuleVagueAim, MatchKindVague},
}

// Rules returns every [Rule] in the order they are declared: time rules,
// past-time rules, quantity rules, the action rule, vague-wording rules. It
// returns a new slice on each call.
func Rules() []Rule {
	out := make([]Rule, len(textRules))
	for i, r := range textRules {
		out[i] = r.rule
	}
	return out
}

// Index returns the position of r in [Rules], or -1 if r is not valid.
func (r Rule) Index() int {
	for i, x := range textRules {
		if x.rule == r {
			return i
		}
	}
	return -1
}

// IsValid reports whether r is one of the rules listed by [Rules].
func (r Rule) IsValid() bool { return r.Index() >= 0 }

// Kind returns the kind of match the rule produces, or "" if r is not valid.
func (r Rule) Kind() MatchKind {
	if i := r.Index(); i >= 0 {
		return textRules[i].kind
	}
	return ""
}

// MatchKind groups the rules of [AnalyzeText].
//
// MatchKind is a string and is safe for concurrent use. The zero value is
// not a valid MatchKind.
type MatchKind string

// The kinds of match.
const (
	// MatchKindTime is a time limit still to come. A dated one carries its
	// resolved Deadline; a [RuleEvent] match has none.
	MatchKindTime MatchKind = "time"
	// MatchKindPast is a reference to past time ("since March 1", "last
	// Friday", "two years ago"). It is never a time limit.
	MatchKindPast MatchKind = "past"
	// MatchKindQuantity is an amount, bound, range or frequency; every such
	// match carries an Amount.
	MatchKindQuantity MatchKind = "quantity"
	// MatchKindAction is a first-person commitment to act.
	MatchKindAction MatchKind = "action"
	// MatchKindVague is wording that leaves what, how much or when open.
	MatchKindVague MatchKind = "vague"
)

var matchKinds = enum.Of(MatchKindTime, MatchKindPast, MatchKindQuantity, MatchKindAction, MatchKindVague)

// MatchKinds returns every [MatchKind] in declaration order, in a new slice.
func MatchKinds() []MatchKind { return matchKinds.Values() }

// Index returns the position of k in [MatchKinds], or -1 if k is not valid.
func (k MatchKind) Index() int { return matchKinds.Index(k) }

// IsValid reports whether k is one of the kinds listed by [MatchKinds].
func (k MatchKind) IsValid() bool { return k.Index() >= 0 }

// Comparator says how an amount bounds what will be done.
//
// Comparator is a string and is safe for concurrent use. The zero value means
// the match has no amount.
type Comparator string

// The comparators of a quantity.
const (
	// ComparatorExactly is a bare amount: "3 landlords", "3 times a week".
	ComparatorExactly Comparator = "exactly"
	// ComparatorAtLeast is a lower bound: "at least 5", "no fewer than 5",
	// "5 or more", "a minimum of 5".
	ComparatorAtLeast Comparator = "at-least"
	// ComparatorAtMost is an upper bound: "at most 2", "no more than 1
	// hour", "up to 3", "a maximum of 3", "1 hour or less".
	ComparatorAtMost Comparator = "at-most"
	// ComparatorMoreThan is a strict lower bound: "more than 2", "over 10".
	ComparatorMoreThan Comparator = "more-than"
	// ComparatorLessThan is a strict upper bound: "less than 2", "fewer than
	// 5", "under 10".
	ComparatorLessThan Comparator = "less-than"
	// ComparatorRange is both bounds: Amount is the lower and Upper the
	// upper ("2 to 3", "between 2 and 3", "once or twice").
	ComparatorRange Comparator = "range"
)

var comparators = enum.Of(ComparatorExactly, ComparatorAtLeast, ComparatorAtMost,
	ComparatorMoreThan, ComparatorLessThan, ComparatorRange)

// Comparators returns every [Comparator] in declaration order, in a new
// slice.
func Comparators() []Comparator { return comparators.Values() }

// Index returns the position of c in [Comparators], or -1 if c is not valid.
func (c Comparator) Index() int { return comparators.Index(c) }

// IsValid reports whether c is one of the comparators listed by
// [Comparators].
func (c Comparator) IsValid() bool { return c.Index() >= 0 }

// Unit is the unit of an amount, or the period of a frequency.
//
// Unit is a string and is safe for concurrent use. The zero value means no
// unit: a count of things ("5 rentals" has Amount 5 and no Unit).
type Unit string

// The units of a quantity.
const (
	// UnitMinute is minutes ("min", "mins", "minutes"; "minutos").
	UnitMinute Unit = "minute"
	// UnitHour is hours ("hr", "hrs", "hours"; "horas").
	UnitHour Unit = "hour"
	// UnitDay is days; as a period, nights and parts of the day count as
	// days ("a night" is per day).
	UnitDay Unit = "day"
	// UnitWeek is weeks ("wk", "wks"; "semanas").
	UnitWeek Unit = "week"
	// UnitMonth is months ("mo", "mos"; "meses").
	UnitMonth Unit = "month"
	// UnitYear is years ("yr", "yrs"; "años").
	UnitYear Unit = "year"
	// UnitTime is occurrences: "3 times", and every frequency ("every day"
	// is 1 time per day); "veces".
	UnitTime Unit = "time"
	// UnitDollar is money: "$200", "200 dollars", "50 bucks"; "dólares".
	UnitDollar Unit = "dollar"
)

var units = enum.Of(UnitMinute, UnitHour, UnitDay, UnitWeek, UnitMonth, UnitYear, UnitTime, UnitDollar)

// Units returns every [Unit] in declaration order, in a new slice.
func Units() []Unit { return units.Values() }

// Index returns the position of u in [Units], or -1 if u is not valid.
func (u Unit) Index() int { return units.Index(u) }

// IsValid reports whether u is one of the units listed by [Units].
func (u Unit) IsValid() bool { return u.Index() >= 0 }

// Match is one phrase that a rule of [AnalyzeText] matched.
//
// Start and End are byte offsets into the analysed text, so text[Start:End]
// is the matched phrase; both fall on UTF-8 boundaries.
// [TextAnalysis.UTF16Spans] gives them in UTF-16 code units. A Match holds no
// text of its own (only offsets and codes), so it can be logged without
// revealing what the person wrote.
//
// The zero value is not a match. Match holds no pointers but the Deadline's
// location and is safe for concurrent use.
type Match struct {
	// Rule is the rule that matched.
	Rule Rule `json:"rule"`
	// Start is the byte offset of the first byte of the phrase.
	Start int `json:"start"`
	// End is the byte offset just after the last byte of the phrase.
	End int `json:"end"`
	// Deadline is the time limit resolved against the reference time, for
	// dated time matches (see [AnalyzeText] for the rules); zero for a
	// [RuleEvent] match and for other kinds.
	Deadline time.Time `json:"deadline,omitzero"`
	// Amount is the number of a quantity match ("at least 5" is 5, "every
	// day" and "once a week" are 1, "twice" is 2, "half an hour" is 0.5),
	// the lower bound of a range; zero otherwise.
	Amount float64 `json:"amount,omitempty"`
	// Upper is the upper bound of a range ([ComparatorRange]); zero
	// otherwise.
	Upper float64 `json:"upper,omitempty"`
	// Comparator is how Amount bounds the action, for quantity matches.
	Comparator Comparator `json:"comparator,omitempty"`
	// Unit is the unit of Amount, if the text named one.
	Unit Unit `json:"unit,omitempty"`
	// Per is the period of a frequency ("3 times a week" has Per
	// [UnitWeek]); empty for other matches.
	Per Unit `json:"per,omitempty"`
	// Every is how many periods a frequency spans when more than one:
	// "every 2 weeks" and "every other week" have Per [UnitWeek] and Every
	// 2. Zero means every period.
	Every int `json:"every,omitempty"`
}

// Kind returns the kind of the match's rule.
func (m Match) Kind() MatchKind { return m.Rule.Kind() }

// TextAnalysis is the result of [AnalyzeText]: every match, in offset order.
// Matches never overlap.
//
// The zero value is the analysis of a text with nothing found. TextAnalysis
// holds no text of the person's. It is safe for concurrent reads; its slice
// is shared by copies.
type TextAnalysis struct {
	// Matches lists what the rules matched, ordered by Start.
	Matches []Match `json:"matches,omitempty"`
}

// Deadline returns the earliest deadline among the dated time matches, and
// whether there is one. A sentence that names two time limits ("by this time
// next week ... to go over next week") is due at the first. An event-based
// limit ([RuleEvent]) has no deadline, and past time is never one.
func (a TextAnalysis) Deadline() (time.Time, bool) {
	var d time.Time
	ok := false
	for _, m := range a.Matches {
		if m.Rule.Kind() == MatchKindTime && !m.Deadline.IsZero() && (!ok || m.Deadline.Before(d)) {
			d, ok = m.Deadline, true
		}
	}
	return d, ok
}

// TimeLimited reports whether the text names a time limit still to come:
// a dated one ([TextAnalysis.Deadline] finds it) or an event-based one
// ("before my court date"). Past time ("since March 1") is not a time limit.
func (a TextAnalysis) TimeLimited() bool { return a.has(MatchKindTime) }

// Past reports whether the text refers to past time.
func (a TextAnalysis) Past() bool { return a.has(MatchKindPast) }

// Measurable reports whether the text names an amount, bound, range or
// frequency.
func (a TextAnalysis) Measurable() bool { return a.has(MatchKindQuantity) }

// Actionable reports whether the text holds a first-person commitment to act
// ("I will call").
func (a TextAnalysis) Actionable() bool { return a.has(MatchKindAction) }

// Vague reports whether the text holds vague wording ("better", "try to").
func (a TextAnalysis) Vague() bool { return a.has(MatchKindVague) }

// Has reports whether a rule matched at least once.
func (a TextAnalysis) Has(r Rule) bool {
	for _, m := range a.Matches {
		if m.Rule == r {
			return true
		}
	}
	return false
}

// Of returns the matches of kind k, in offset order, in a new slice.
func (a TextAnalysis) Of(k MatchKind) []Match {
	var out []Match
	for _, m := range a.Matches {
		if m.Rule.Kind() == k {
			out = append(out, m)
		}
	}
	return out
}

func (a TextAnalysis) has(k MatchKind) bool {
	for _, m := range a.Matches {
		if m.Rule.of(k) && m.Rule.IsValid() {
			return true
		}
	}
	return false
}

// of reports whether the name of r says it is of kind k: every rule is named
// after its kind ("time-date" is a time rule), which a test checks. It is
// the quick test before [Rule.IsValid], so that most rules of other kinds
// are passed over without searching the rules.
func (r Rule) of(k MatchKind) bool {
	return len(r) > len(k) && r[len(k)] == '-' && string(r[:len(k)]) == string(k)
}

// Span is a range of offsets into a text: Start inclusive, End exclusive.
//
// The zero value is the empty span at 0.
type Span struct {
	// Start is the offset of the first unit.
	Start int `json:"start"`
	// End is the offset just after the last unit.
	End int `json:"end"`
}

// UTF16Spans returns the offsets of every match in UTF-16 code units of
// text, in the order of [TextAnalysis].Matches, for hosts that index strings
// in UTF-16 (JavaScript, Java, .NET): in "café by Friday", "by Friday" is
// bytes 6 to 15 and UTF-16 units 5 to 14. text must be the text that was
// analysed. It makes one pass over text and returns a new slice.
func (a TextAnalysis) UTF16Spans(text string) []Span {
	if len(a.Matches) == 0 {
		return nil
	}
	out := make([]Span, len(a.Matches))
	c := token.UTF16Counter{Text: text}
	for i, m := range a.Matches {
		out[i].Start = c.Offset(m.Start)
		out[i].End = c.Offset(m.End)
	}
	return out
}

// TextOptions configures [AnalyzeText]. A nil *TextOptions, like the zero
// value, means the defaults: English, with numeric dates read month first.
//
// TextOptions is a plain value and is safe for concurrent use.
type TextOptions struct {
	// Language is the text's language as a BCP 47 tag ("en", "en-US",
	// "es", "es-MX"). Its primary subtag chooses the grammar: "es" reads
	// Spanish; anything else, and "", reads English.
	Language string
	// DayFirst reads numeric dates day first ("5/4" is 5 April), as most
	// locales outside the United States write them. Spanish is always read
	// day first; English is read month first ("3/9" is 9 March) unless
	// DayFirst is set.
	DayFirst bool
}

// spanish reports whether the options choose the Spanish grammar.
func (o *TextOptions) spanish() bool {
	if o == nil {
		return false
	}
	l := o.Language
	return len(l) >= 2 && (l[0]|0x20) == 'e' && (l[1]|0x20) == 's' && (len(l) == 2 || l[2] == '-' || l[2] == '_')
}

// AnalyzeText analyses a goal or step sentence and reports its time limits,
// past time, quantities, first-person commitments and vague wording, each as
// a [Match] naming its [Rule] and byte offsets. ref is the time the sentence
// was written (or the plan's reference time); relative time limits are
// resolved against it, in ref's location. opts chooses the language (the
// plan's BCP 47 tag: English, or Spanish for "es") and the order of numeric
// dates; nil means English, month first.
//
// # How the text is read
//
// Words are read by the module's one scanner: letters and digits, joined by
// an apostrophe (' or ’), a hyphen between letters or digits, '.', ':' or
// '/' between digits, or ',' before exactly three digits ("I’ll",
// "check-in", "1.5", "9:30", "3/9", "2026-03-09", "10,000"). Matching
// ignores case and accents ("MAÑANA" is "manana"); any space or punctuation
// may stand between the words of a phrase (commas too), but a phrase never
// runs across '.', '!', '?', ';', ':', a bracket or a line break, except the
// dot of an abbreviation ("Dec. 15", "Thurs."). Words never match inside
// other words. The text is scanned once, left to right; at each word the
// past-time rules are tried first, then the time rules, the quantity rules,
// the action rule and the vague-wording rules, and the first match is taken
// and skipped over, so matches never overlap ("no more than 1 hour" is a
// quantity, not the vague "more"; "since March 1" is past time, not a
// deadline). At the end of each sentence a time of day refines the nearest
// deadline of a whole day in it. The cost is linear in the length of the
// text; invalid UTF-8 bytes separate words. Common misspellings and run-on
// words are read as the word meant: "tommorow", "tmrw", "wensday",
// "thrusday", "untill", "wil", "minites", "atleast", "everyday", "then" for
// "than" after "more".
//
// # The rules, with an example and the source of each
//
// The sources: SMART goals as the peer-support guide "Building a
// person-centered recovery plan" teaches them (a goal says what, how much
// and by when, in the person's words); the ways people write dates and
// amounts in US English and in Spanish (Real Academia Española, Ortografía
// 2010, for day-first dates and number words; ISO 8601 for 2026-03-09); and
// the evaluation sets in testdata/eval, which hold each rule's sentences.
//
//   - [RuleRelativeDay] "tomorrow at 9 am", "tonight", "this afternoon";
//     "mañana", "pasado mañana", "hoy en la noche": the end of that day.
//   - [RuleWeekday] "by Friday", "Tues", "next Thursday"; "el viernes": its
//     next occurrence after ref's day, 1 to 7 days later; "next Friday" is
//     the Friday of the following Monday-to-Sunday week. A weekday in the
//     plural ("on Tuesdays"), after "every" or "the" ("the Saturday morning
//     meeting") is not a deadline.
//   - [RuleDate] "April 15th", "Feb. 20th", "the 15th", "Tuesday the 10th"
//     (the date wins over the weekday), "3/9", "4/15/2026", "2026-04-15",
//     "mid-April" (the 15th), "early May" (the 10th), "late June" (the last
//     day); "el 15 de abril", "el martes 10", "5/4", "a mediados de abril".
//     English numeric dates are month/day unless [TextOptions].DayFirst;
//     Spanish ones are day/month. A date gone by this year is next year's
//     ("by Feb. 20th" is 2027), unless the clause is in the past tense.
//   - [RuleDuration] "within 2 weeks", "in a couple of weeks", "in the next
//     10 days", "a month from now", "by this time next week"; "dentro de dos
//     semanas", "en tres días": ref plus the span, with [time.Time.AddDate]
//     for days to years and [time.Time.Add] for hours and minutes.
//   - [RulePeriod] "this week", "by the end of the month", "next month", "by
//     April" and "in April" (the last day of April), "by Sept", "in 2027";
//     "esta semana", "la semana que viene", "para diciembre", "a fin de
//     mes": the last day of the period (weeks end on Sunday).
//   - [RuleTimeOfDay] "at 9 am", "by 5pm", "at noon", "8:30 am"; "a las 9",
//     "a las 7 de la tarde", "a mediodía": it sets the clock of the nearest
//     day's deadline in its sentence ("Friday at noon" is Friday 12:00); with
//     "by" and no day, the next such time from ref. A time with neither ("the
//     6:30 meeting") names a time, not a limit, and is not reported. A bare
//     hour from 1 to 6 is p.m., from 7 to 11 a.m., 12 is noon.
//   - [RuleEvent] "before my court date", "after I get my ID", "when I get
//     paid", "by the time my probation ends", "by summer", "before the
//     holidays"; "antes de mi audiencia", "cuando me paguen", "para el
//     verano": a real limit with no date. It is never given an invented one.
//     Daily anchors ("before bed", "after work", "when I wake up") are not
//     limits.
//   - [RulePastSince] "since March 1", "since 2/14", "since last summer";
//     "desde enero". [RulePastLast] "last Friday", "yesterday", "last wk";
//     "el viernes pasado", "ayer". [RulePastAgo] "two years ago"; "hace dos
//     años". [RulePastTense] "I was", "I went", "I used to", "I relapsed",
//     "I have been", a date gone by in a past-tense clause ("Client
//     completed detox on 2/20"), a year gone by ("back in 2019"); "fui",
//     "dejé", "no he tomado", "tomaba". Past time is never a deadline.
//   - [RuleComparator] "at least 3", "no more than 2", "up to 4", "a maximum
//     of 2 hrs", "max 2", "more than 20 minutes", "over $300", "fewer than
//     3", "under 10", "6 or more", "2 or less", "once a week at most", "not
//     miss more than 1" (at most 1); "al menos", "por lo menos", "no más de",
//     "como máximo", "hasta 5", "más de", "menos de", "10 minutos o más".
//   - [RuleRange] "2 to 3", "2-3", "two or three", "once or twice", "between 2
//     and 3", "$50 to $75", "2-3x/wk"; "entre 2 y 3", "de 30 a 45", "4 o 5":
//     Amount is the lower bound and Upper the upper.
//   - [RuleCount] digits, number words to 99 ("forty-five", "twenty five",
//     "two hundred"), "a dozen", "a couple of", "half an hour", "$200", "50
//     bucks"; "cuarenta y cinco", "una docena", "un par de", "media hora". A
//     bare amount counts only before the thing counted or a unit, not before
//     a time of day, a date or a joining word, nor as the number of a name
//     ("step 4", "Section 8", "the 12 steps"), nor as an age ("30 years
//     old", "tengo 30 años"), nor "a"/"un" alone. Crisis and
//     service numbers (911, 988, 112, 211, 311, 741741, 024) and phone
//     numbers ("555-0134", "1-800-662-4357") are never amounts.
//   - [RuleFrequency] an amount with a period: "3 times a week", "twice a
//     day", "5x a week", "3x/wk", "8 glasses of water a day" (up to six words
//     for the thing counted), "3 days a week" (3 times), "daily", "nightly",
//     "every day", "every Monday", "every 2 weeks" and "every other week"
//     (Every 2), "on Mondays and Wednesdays" (2 a week); "3 veces por
//     semana", "al día", "a la semana", "cada quince días", "todos los días",
//     "los lunes y miércoles", "a diario", "un día sí y otro no".
//   - [RuleFirstPerson] "I will call", "I'll", "I'm gonna", "I want to
//     find", "I wanna", "I plan to"; "voy a", "vamos a", "quiero", "me
//     comprometo a", "pienso", "llamaré". A hedge in the verb's place ("I
//     will try to", "voy a intentar") is no commitment, and a third person
//     ("Client will attend") is not the person's own.
//   - [RuleVagueComparative] "better", "more", "less", "healthier",
//     "improve", "reduce" (unless "to" and an amount follow); "mejor", "más",
//     "menos". [RuleVagueHedge] "try to", "try my best", "do my best",
//     "hopefully", "maybe"; "tratar de", "intentar", "ojalá", "tal vez".
//     [RuleVagueAmount] "some", "a few", "a little", "so much", "regularly",
//     "as needed"; "un poco", "algo de", "tanto". [RuleVagueTime] "soon",
//     "someday", "eventually", "asap", "one of these days"; "pronto", "algún
//     día". [RuleVagueAim] "work on my anger", "deal with my stuff", "get my
//     life together", "cut back on"; "echarle ganas", "salir adelante".
//
// AnalyzeText never panics, does not keep text, and allocates nothing when
// nothing is found; otherwise it allocates only to hold the matches it
// returns (see [AppendMatches] for a buffer of the caller's).
func AnalyzeText(text string, ref time.Time, opts *TextOptions) TextAnalysis {
	return TextAnalysis{Matches: textAnalyze(text, ref, opts, nil)}
}

// AppendMatches appends the matches [AnalyzeText] finds in text to dst and
// returns the extended slice; with nothing found, it returns dst as it is.
// It allocates only when dst has no room for the matches, so a caller that
// reads a step as it is typed, or many steps in a loop, can keep one buffer:
//
//	ms = goals.AppendMatches(ms[:0], step, ref, nil)
//	deadline, ok := goals.TextAnalysis{Matches: ms}.Deadline()
//
// The matches' offsets are into text, whatever dst held before. Like
// append, it may write in dst's spare capacity past what it returns.
func AppendMatches(dst []Match, text string, ref time.Time, opts *TextOptions) []Match {
	return textAnalyze(text, ref, opts, dst)
}
