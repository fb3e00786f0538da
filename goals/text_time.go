package goals

import "time"

// endOfDay returns 23:59:59 on the day days after ref's day, in ref's location.
func (sc *textScanner) endOfDay(days int) time.Time {
	y, m, d := sc.clk.date()
	return sc.dayEnd(y, m, d+days)
}

// daysToSunday returns the days from ref's day to the Sunday ending its week
// (weeks run Monday to Sunday).
func (sc *textScanner) daysToSunday() int {
	return (7 - int(sc.clk.weekday())) % 7
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

func timeMatch(r Rule, d time.Time) Match { return Match{Rule: r, Deadline: d} }

func isWeekday(w textWord) bool { return w >= wMonday && w <= wSunday }
func isMonth(w textWord) bool   { return w >= wJanuary && w <= wDecember }

// isUnit reports whether w is a unit of time, minute to year.
func isUnit(w textWord) bool { return w >= wMinute && w <= wYear }

// matchTime tries the time rules at token i and returns the match, the index
// after it, and whether one matched.
func (sc *textScanner) matchTime(i int, res *Match) (int, bool) {
	if sc.es {
		return sc.matchTimeES(i, res)
	}
	t := &sc.toks[i]
	switch t.w {
	case wWithin, wIn, wOver:
		if t.w == wOver && sc.word(i+1) != wThe {
			return 0, false // "over 6 hrs" is an amount; "over the next 2 weeks" a span
		}
		if n, ok := sc.matchSpan(i+1, true, res); ok {
			if sc.pastClause && t.w == wIn {
				*res = Match{Rule: RulePastTense}
				return n, true // "I have not had a drink in 2 weeks"
			}
			return n, true
		}
		if t.w == wIn {
			if n, ok := sc.matchInMonth(i+1, res); ok {
				return n, true
			}
			q := i + 1
			if sc.word(q) == wThe {
				q++
			}
			if sc.word(q) == wSeason {
				*res = Match{Rule: RuleEvent}
				return q + 1, true // "in the fall"
			}
		}
		return 0, false
	case wAt, wClock, wClockBare, wNoon, wNumber:
		if n, ok := sc.matchClock(i, false, res); ok {
			return n, true
		}
		if t.w == wAt {
			return 0, false
		}
	}
	p := i
	prefix := wNone
	switch t.w {
	case wBy, wBefore, wOn, wUntil, wThrough:
		p, prefix = i+1, t.w
	case wNo:
		if !sc.cont(i+1, wLater) || !sc.cont(i+2, wThan) {
			return 0, false
		}
		p, prefix = i+3, wBy
	case wPrior:
		if !sc.cont(i+1, wTo) {
			return 0, false
		}
		p, prefix = i+2, wBefore
	case wAfter, wOnce, wWhen:
		return sc.matchEvent(i, i+1, res)
	}
	if p > i && sc.word(p) == wNone {
		return 0, false
	}
	if prefix == wBy || prefix == wBefore || prefix == wUntil {
		if n, ok := sc.matchClock(p, true, res); ok {
			return n, true
		}
	}
	if n, ok := sc.matchTimeExpr(p, prefix, res); ok {
		return n, true
	}
	if p > i {
		// "by June", "before Sept", "until May": the end of that month.
		if w := sc.toks[p].w; prefix != wOn && isMonth(w) && !sc.isDate(p) {
			*res = timeMatch(RulePeriod, sc.monthEnd(w))
			return p + 1, true
		}
		if prefix != wOn && prefix != wThrough {
			return sc.matchEvent(i, p, res)
		}
	}
	return 0, false
}

// isDate reports whether a day number follows the month at token p.
func (sc *textScanner) isDate(p int) bool {
	w := sc.word(p + 1)
	return w == wNumber || w == wOrdinal
}

// matchEvent reads an event-based limit: a word at i that ties the limit to
// an event ("before", "after", "until", "once", "when", "by"), then, at p
// and up to five words on, a season or holiday ("by summer", "before the
// holidays") or what names an event: a noun such as court, hearing,
// discharge, surgery, probation, lease, appointment ("before my court
// date"), or a verb such as ends, starts, comes, gets paid, gets out ("after
// I get my ID" takes its noun, "when I get paid" its verb). "by the time"
// is always one ("by the time my probation ends"). Daily anchors ("before
// bed", "after work", "when I wake up") name none and are not limits.
func (sc *textScanner) matchEvent(i, p int, res *Match) (int, bool) {
	if sc.pastClause {
		return 0, false // "I was sober for 3 years before covid"
	}
	if !sc.es && sc.toks[i].w == wBy && sc.cont(p, wThe) && sc.cont(p+1, wTime) {
		for q := p + 2; q < p+8; q++ {
			switch sc.word(q) {
			case wNone:
				*res = Match{Rule: RuleEvent}
				return q, true
			case wEventNoun, wEventVerb:
				*res = Match{Rule: RuleEvent}
				return q + 1, true
			}
		}
		*res = Match{Rule: RuleEvent}
		return p + 2, true
	}
	for q := p; q < p+6; q++ {
		switch sc.word(q) {
		case wNone, wAnd, wOr, wIf, wWill, wIll, wEsY, wEsO:
			return 0, false
		case wSeason:
			*res = Match{Rule: RuleEvent}
			return q + 1, true
		case wEventNoun:
			if q == p && sc.toks[q].vflags&vStrong == 0 && !sc.es {
				continue // "after detox": a noun needs "my", "the" or a strong sense
			}
			*res = Match{Rule: RuleEvent}
			return q + 1, true
		case wEventVerb:
			if q > p || sc.es {
				*res = Match{Rule: RuleEvent}
				return q + 1, true
			}
		}
	}
	return 0, false
}

// matchTimeExpr tries a time expression starting at token p; prefix is the
// word before it ("by", "before", "on", "until", "through") or wNone.
func (sc *textScanner) matchTimeExpr(p int, prefix textWord, res *Match) (int, bool) {
	t := &sc.toks[p]
	switch t.w {
	case wToday, wTonight:
		*res = timeMatch(RuleRelativeDay, sc.endOfDay(0))
		return p + 1, true
	case wTomorrow:
		*res = timeMatch(RuleRelativeDay, sc.endOfDay(1))
		return p + 1, true
	case wMonday, wTuesday, wWednesday, wThursday, wFriday, wSaturday, wSunday:
		return sc.matchWeekday(p, prefix, res)
	case wISODate:
		if !validDate(int(t.y), time.Month(t.num), int(t.hi)) {
			return 0, false
		}
		*res = sc.pastOr(timeMatch(RuleDate, sc.dayEnd(int(t.y), time.Month(t.num), int(t.hi))), prefix)
		return p + 1, true
	case wNumDate:
		return sc.matchNumDate(p, prefix, res)
	case wNumber, wOrdinal:
		// "1 December", "1st of December"; or a span "2 weeks from now".
		if n, ok := sc.matchDayMonth(p, prefix, res); ok {
			return n, true
		}
		if t.w == wNumber && prefix != wNone && sc.isYear(p) {
			*res = timeMatch(RulePeriod, sc.dayEnd(int(t.num), 12, 31))
			return p + 1, true // "by 2027"
		}
		return sc.matchSpan(p, false, res)
	case wA, wAn, wOne, wNumWord:
		return sc.matchSpan(p, false, res)
	case wThis:
		switch sc.word(p + 1) {
		case wMorning, wAfternoon, wEvening:
			*res = timeMatch(RuleRelativeDay, sc.endOfDay(0))
			return p + 2, true
		case wMonday, wTuesday, wWednesday, wThursday, wFriday, wSaturday, wSunday:
			if sc.toks[p+1].vflags&vPlural == 0 {
				*res = timeMatch(RuleWeekday, sc.weekday(sc.toks[p+1].w, false))
				return p + 2, true
			}
		case wWeek, wWeekend:
			*res = timeMatch(RulePeriod, sc.endOfDay(sc.daysToSunday()))
			return p + 2, true
		case wMonth:
			y, m, _ := sc.clk.date()
			*res = timeMatch(RulePeriod, sc.endOfMonth(y, m))
			return p + 2, true
		case wYear:
			*res = timeMatch(RulePeriod, sc.dayEnd(sc.clk.year(), 12, 31))
			return p + 2, true
		case wTime:
			// "this time tomorrow", "this time next week/month/year".
			if sc.cont(p+2, wTomorrow) {
				*res = timeMatch(RuleDuration, sc.clk.addDate(0, 0, 1))
				return p + 3, true
			}
			if sc.cont(p+2, wNext) {
				switch sc.word(p + 3) {
				case wWeek:
					*res = timeMatch(RuleDuration, sc.clk.addDate(0, 0, 7))
					return p + 4, true
				case wMonth:
					*res = timeMatch(RuleDuration, sc.clk.addDate(0, 1, 0))
					return p + 4, true
				case wYear:
					*res = timeMatch(RuleDuration, sc.clk.addDate(1, 0, 0))
					return p + 4, true
				}
			}
		}
		return 0, false
	case wNext:
		return sc.matchNext(p+1, RulePeriod, res)
	case wThe:
		switch sc.word(p + 1) {
		case wDay:
			// "the day after tomorrow"
			if sc.cont(p+2, wAfter) && sc.cont(p+3, wTomorrow) {
				*res = timeMatch(RuleRelativeDay, sc.endOfDay(2))
				return p + 4, true
			}
		case wWeekend:
			*res = timeMatch(RulePeriod, sc.endOfDay(sc.daysToSunday()))
			return p + 2, true
		case wEnd:
			return sc.matchEndOf(p+2, res)
		case wOrdinal, wNumber:
			return sc.matchTheDay(p+1, prefix, res)
		case wNext, wComing:
			if prefix != wNone {
				return sc.matchNext(p+2, RulePeriod, res) // "by the next week"
			}
		}
		return 0, false
	case wEnd:
		return sc.matchEndOf(p+1, res)
	case wMid, wEarly, wLate:
		q := p + 1
		if sc.word(q) == wOf {
			q++
		}
		if w := sc.word(q); isMonth(w) {
			*res = sc.monthPart(t.w, w)
			return q + 1, true
		}
		return 0, false
	}
	if isMonth(t.w) {
		if t.tflags&tMid != 0 {
			*res = sc.monthPart(wMid, t.w)
			return p + 1, true
		}
		return sc.matchMonthDay(p, prefix, res)
	}
	return 0, false
}

// monthPart resolves "early", "mid" or "late" month: the 10th, the 15th or
// the last day of the month, this year or, if the month is past, next year.
func (sc *textScanner) monthPart(part, month textWord) Match {
	end := sc.monthEnd(month)
	y, m, _ := end.Date()
	switch part {
	case wEarly:
		return timeMatch(RuleDate, sc.dayEnd(y, m, 10))
	case wMid:
		return timeMatch(RuleDate, sc.dayEnd(y, m, 15))
	}
	return timeMatch(RuleDate, end)
}

// matchWeekday reads a weekday at p: its next occurrence, or with "the"
// and an ordinal after it ("Tuesday the 10th") that day of the month. An
// abbreviation that is also a word ("sat", "sun", "wed") counts only after
// a preposition, before a part of the day or a time, or at the end of the
// phrase. A weekday in the plural, or after "the" ("the Saturday morning
// meeting"), is not a deadline.
func (sc *textScanner) matchWeekday(p int, prefix textWord, res *Match) (int, bool) {
	t := &sc.toks[p]
	if t.vflags&vPlural != 0 || prefix == wNone && sc.prev(p) == wThe || prefix == wNone && sc.prev(p) == wEvery {
		return 0, false
	}
	next := sc.word(p + 1)
	if t.vflags&vAmbig != 0 && prefix == wNone && sc.prev(p) != wThis && sc.prev(p) != wNext {
		switch next {
		case wNone, wMorning, wAfternoon, wEvening, wNight, wAt, wClock, wNumDate, wThe:
		default:
			return 0, false
		}
	}
	if next == wThe && sc.word(p+2) == wOrdinal {
		if n, ok := sc.matchTheDay(p+2, prefix, res); ok {
			return n, true
		}
	}
	if next == wNumDate {
		if n, ok := sc.matchNumDate(p+1, prefix, res); ok {
			return n, true // "Tues 3/10"
		}
	}
	*res = timeMatch(RuleWeekday, sc.weekday(t.w, false))
	return p + 1, true
}

// weekday resolves a weekday word: the next occurrence after ref's day, or
// with next the one in the following Monday-to-Sunday week.
func (sc *textScanner) weekday(w textWord, next bool) time.Time {
	target := (int(w-wMonday) + 1) % 7 // time.Weekday: Sunday = 0
	cur := int(sc.clk.weekday())
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
func (sc *textScanner) matchNext(q int, r Rule, res *Match) (int, bool) {
	if q < len(sc.toks) && !sc.singular(q) && !isWeekday(sc.toks[q].w) {
		return 0, false // "the next weeks"
	}
	switch w := sc.word(q); w {
	case wWeek, wWeekend:
		*res = timeMatch(r, sc.endOfDay(sc.daysToSunday()+7))
		return q + 1, true
	case wMonth:
		y, m, _ := sc.clk.date()
		*res = timeMatch(r, sc.endOfMonth(y, m+1))
		return q + 1, true
	case wYear:
		*res = timeMatch(r, sc.dayEnd(sc.clk.year()+1, 12, 31))
		return q + 1, true
	case wMonday, wTuesday, wWednesday, wThursday, wFriday, wSaturday, wSunday:
		if sc.toks[q].vflags&vPlural != 0 {
			return 0, false
		}
		*res = timeMatch(RuleWeekday, sc.weekday(w, true))
		return q + 1, true
	}
	return 0, false
}

// matchEndOf reads what follows "(the) end of" at token q-1 ("of" is at q).
func (sc *textScanner) matchEndOf(q int, res *Match) (int, bool) {
	if !sc.cont(q, wOf) && !sc.cont(q, wEsDe) {
		return 0, false
	}
	q++
	if w := sc.word(q); w == wThe || w == wThis {
		q++
	}
	switch w := sc.word(q); {
	case w == wDay || w == wToday:
		*res = timeMatch(RulePeriod, sc.endOfDay(0))
		return q + 1, true
	case w == wWeek:
		*res = timeMatch(RulePeriod, sc.endOfDay(sc.daysToSunday()))
		return q + 1, true
	case w == wMonth:
		y, m, _ := sc.clk.date()
		*res = timeMatch(RulePeriod, sc.endOfMonth(y, m))
		return q + 1, true
	case w == wYear:
		*res = timeMatch(RulePeriod, sc.dayEnd(sc.clk.year(), 12, 31))
		return q + 1, true
	case w == wNumber && sc.isYear(q):
		*res = timeMatch(RulePeriod, sc.dayEnd(int(sc.toks[q].num), 12, 31))
		return q + 1, true
	case w == wNext:
		if n, ok := sc.matchNext(q+1, RulePeriod, res); ok && res.Rule == RulePeriod {
			return n, true
		}
	case isMonth(w):
		*res = timeMatch(RulePeriod, sc.monthEnd(w))
		return q + 1, true
	}
	return 0, false
}

// monthEnd returns the last day of the named month, this year or, if the
// month is past, next year.
func (sc *textScanner) monthEnd(w textWord) time.Time {
	m := time.Month(w-wJanuary) + 1
	y := sc.clk.year()
	if m < sc.clk.month() {
		y++
	}
	return sc.endOfMonth(y, m)
}

// isYear reports whether token q is four digits from 1900 to 2999.
func (sc *textScanner) isYear(q int) bool {
	t := &sc.toks[q]
	return t.w == wNumber && t.end-t.start == 4 && t.num >= 1900 && t.num <= 2999
}

// matchInMonth reads "in March" or "in 2027" (the "in" is at q-1). A year
// before the reference year is past time ("back in 2019").
func (sc *textScanner) matchInMonth(q int, res *Match) (int, bool) {
	w := sc.word(q)
	if w == wNumber && sc.isYear(q) {
		y := int(sc.toks[q].num)
		if y < sc.clk.year() {
			*res = Match{Rule: RulePastTense}
			return q + 1, true
		}
		*res = timeMatch(RulePeriod, sc.dayEnd(y, 12, 31))
		return q + 1, true
	}
	if !isMonth(w) {
		return 0, false
	}
	// "in March 5" is a date.
	if n, ok := sc.matchMonthDay(q, wOn, res); ok && res.Rule == RuleDate {
		return n, true
	}
	*res = timeMatch(RulePeriod, sc.monthEnd(w))
	return q + 1, true
}

// matchMonthDay reads "December 1", "Dec. 1st", "December 1, 2026".
func (sc *textScanner) matchMonthDay(p int, prefix textWord, res *Match) (int, bool) {
	w := sc.word(p + 1)
	if w != wNumber && w != wOrdinal {
		return 0, false
	}
	m := time.Month(sc.toks[p].w-wJanuary) + 1
	return sc.resolveDate(m, sc.toks[p+1].num, p+2, prefix, res)
}

// matchDayMonth reads "1 December", "1st of December", "1st December 2026";
// in Spanish "15 de abril".
func (sc *textScanner) matchDayMonth(p int, prefix textWord, res *Match) (int, bool) {
	d := sc.toks[p].num
	q := p + 1
	if (sc.toks[p].w == wOrdinal || sc.es) && (sc.cont(q, wOf) || sc.cont(q, wEsDe)) {
		q++
	}
	w := sc.word(q)
	if !isMonth(w) {
		return 0, false
	}
	q++
	if sc.es && sc.cont(q, wEsDe) && sc.word(q+1) == wNumber && sc.isYear(q+1) {
		q++ // "15 de abril de 2026"
	}
	return sc.resolveDate(time.Month(w-wJanuary)+1, d, q, prefix, res)
}

// matchTheDay reads "the 15th" or "the 1st of December" (the number is at q).
func (sc *textScanner) matchTheDay(q int, prefix textWord, res *Match) (int, bool) {
	if n, ok := sc.matchDayMonth(q, prefix, res); ok {
		return n, true
	}
	if sc.toks[q].w != wOrdinal && !(sc.es && sc.toks[q].w == wNumber) {
		return 0, false
	}
	d := sc.toks[q].num
	if d < 1 || d > 31 || d != float64(int(d)) || sc.word(q+1) == wNameNoun {
		return 0, false // "the 2nd floor"
	}
	y, m, today := sc.clk.date()
	if int(d) < today {
		m++
	}
	for k := 0; k < 12; k++ {
		t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC) // normalise month overflow
		if int(d) <= textDaysIn(t.Year(), t.Month()) {
			*res = timeMatch(RuleDate, sc.dayEnd(t.Year(), t.Month(), int(d)))
			return q + 1, true
		}
		m++
	}
	return 0, false
}

// matchNumDate reads a numeric date at p: month/day[/year] in English unless
// the options say day first, day/month[/year] in Spanish.
func (sc *textScanner) matchNumDate(p int, prefix textWord, res *Match) (int, bool) {
	t := &sc.toks[p]
	mo, d := int(t.num), int(t.hi)
	if sc.dayFirst {
		mo, d = d, mo
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return 0, false
	}
	if t.y != 0 {
		if !validDate(int(t.y), time.Month(mo), d) {
			return 0, false
		}
		*res = sc.pastOr(timeMatch(RuleDate, sc.dayEnd(int(t.y), time.Month(mo), d)), prefix)
		return p + 1, true
	}
	return sc.resolveDate(time.Month(mo), float64(d), p+1, prefix, res)
}

func validDate(y int, m time.Month, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= textDaysIn(y, m)
}

// pastOr returns m, or a past-time match if m's deadline is before the
// reference time and no "by", "before" or "until" makes it a limit.
func (sc *textScanner) pastOr(m Match, prefix textWord) Match {
	if m.Deadline.Before(sc.clk.ref) && prefix != wBy && prefix != wBefore && prefix != wUntil {
		return Match{Rule: RulePastTense}
	}
	return m
}

// resolveDate resolves month m, day d, with an optional year at token q. A
// day gone by this year is next year's, unless the clause is in the past
// tense and no "by", "before" or "until" makes it a limit: then it is past
// time.
func (sc *textScanner) resolveDate(m time.Month, d float64, q int, prefix textWord, res *Match) (int, bool) {
	if d < 1 || d > 31 || d != float64(int(d)) {
		return 0, false
	}
	day := int(d)
	if sc.word(q) == wNumber && sc.isYear(q) {
		y := int(sc.toks[q].num)
		if day > textDaysIn(y, m) {
			return 0, false
		}
		*res = sc.pastOr(timeMatch(RuleDate, sc.dayEnd(y, m, day)), prefix)
		return q + 1, true
	}
	ry, rm, rd := sc.clk.date()
	y := ry
	if m < rm || m == rm && day < rd {
		if sc.pastClause && prefix != wBy && prefix != wBefore && prefix != wUntil {
			*res = Match{Rule: RulePastTense}
			return q, true
		}
		y++
	}
	for k := 0; k < 8; k++ {
		if day <= textDaysIn(y+k, m) {
			*res = timeMatch(RuleDate, sc.dayEnd(y+k, m, day))
			return q, true
		}
		if m != time.February {
			break
		}
	}
	return 0, false
}

// matchSpan reads a span counted from ref at token q. With prep (after
// "within", "in", "over", "dentro de", "en"): "[the next|the coming]
// [amount] unit"; without: "amount unit from now|today".
func (sc *textScanner) matchSpan(q int, prep bool, res *Match) (int, bool) {
	amount := 1.0
	if prep && sc.word(q) == wThe && (sc.word(q+1) == wNext || sc.word(q+1) == wComing) {
		q += 2
		if w := sc.word(q); isUnit(w) && sc.singular(q) {
			goto unit // "within the next week"
		}
	}
	{
		a, ok := sc.amount(q)
		if !ok || a.hi != 0 { // "within 2-3 weeks" has no one deadline
			return 0, false
		}
		amount, q = a.v, a.next
	}
unit:
	u := sc.word(q)
	if !isUnit(u) {
		return 0, false
	}
	q++
	if !prep {
		if !sc.cont(q, wFrom) || !(sc.cont(q+1, wNow) || sc.cont(q+1, wToday)) {
			return 0, false
		}
		q += 2
	}
	if sc.cont(q, wOf) || sc.cont(q, wEsDe) {
		return 0, false // "in 30 minutes of activity" is an amount
	}
	d, ok := sc.addSpan(amount, u)
	if !ok {
		return 0, false
	}
	*res = timeMatch(RuleDuration, d)
	return q, true
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
			return sc.clk.addDate(0, 0, n), true
		}
	case wWeek:
		if whole {
			return sc.clk.addDate(0, 0, 7*n), true
		}
	case wMonth:
		if whole {
			return sc.clk.addDate(0, n, 0), true
		}
	case wYear:
		if whole {
			return sc.clk.addDate(n, 0, 0), true
		}
	}
	return time.Time{}, false
}

// matchClock reads a time of day at i: "5pm", "8:30 am", "9 am", "noon",
// with "at" or, given by, "by" before it; "at 9" (a bare hour) only where
// the phrase ends or a day follows. A bare hour from 1 to 6 is p.m., from 7
// to 11 a.m. In Spanish: "a las 9", "a las 7 de la tarde", "a mediodía".
func (sc *textScanner) matchClock(i int, by bool, res *Match) (int, bool) {
	if sc.nclocks == len(sc.clocks) {
		return 0, false
	}
	q := i
	at := false
	switch sc.word(q) {
	case wAt:
		q, at = q+1, true
	case wEsA:
		if sc.cont(q+1, wEsLas) {
			q, at = q+2, true
		} else if sc.cont(q+1, wNoon) {
			q, at = q+1, true
		}
	case wEsLas:
		if sc.prev(q) == wEsDe {
			q, at = q+1, true // "la reunión de las 7"
		}
	}
	minutes := -1
	bare := false
	switch t := &sc.toks[min(q, len(sc.toks)-1)]; sc.word(q) {
	case wClock:
		minutes = int(t.num)
		q++
	case wNoon:
		minutes = 12 * 60
		q++
	case wClockBare, wNumber:
		if t.w == wNumber && (t.num < 1 || t.num > 12 || t.num != float64(int(t.num))) {
			return 0, false
		}
		minutes = int(t.num)
		if t.w == wNumber {
			minutes *= 60
		}
		q++
		switch sc.word(q) {
		case wAm:
			minutes %= 720
			q++
		case wPm:
			minutes = minutes%720 + 720
			q++
		case wOclock:
			q++
			bare = true
		default:
			if !at && !sc.es {
				if t.w == wNumber {
					return 0, false
				}
			}
			bare = true
		}
		if bare && sc.es && sc.cont(q, wEsDe) && (sc.cont(q+1, wThe) || sc.cont(q+1, wEsLas)) {
			switch sc.word(q + 2) {
			case wAfternoon, wNight, wEvening:
				minutes = minutes%720 + 720
				q, bare = q+3, false
			case wMorning, wTomorrow:
				minutes %= 720
				q, bare = q+3, false
			}
		}
		if bare {
			if t.w == wNumber && !at {
				return 0, false
			}
			if t.w == wNumber && !sc.es {
				switch sc.word(q) {
				case wNone, wToday, wTonight, wTomorrow, wOn, wThis, wNext, wAnd,
					wMonday, wTuesday, wWednesday, wThursday, wFriday, wSaturday, wSunday:
				default:
					return 0, false
				}
			}
			if h := minutes / 60; h >= 1 && h <= 6 {
				minutes += 720
			}
		}
	default:
		return 0, false
	}
	if minutes < 0 || minutes >= 24*60 {
		return 0, false
	}
	sc.pending = textClockMark{minutes: minutes, by: by}
	*res = Match{Rule: RuleTimeOfDay}
	return q, true
}
