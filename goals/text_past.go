package goals

// matchPast tries the past-time rules at token i: "since" and a time,
// "last" and a day or period, "yesterday", an amount of time and "ago", and
// a first-person past tense; in Spanish "desde", "pasado", "ayer", "hace"
// and the past tenses. They run before the time rules, so that "since March
// 1" is never a deadline of next March.
func (sc *textScanner) matchPast(i int, res *Match) (int, bool) {
	if sc.es {
		return sc.matchPastES(i, res)
	}
	switch sc.toks[i].w {
	case wSince:
		if n, ok := sc.pastTime(i + 1); ok {
			*res = Match{Rule: RulePastSince}
			return n, true
		}
	case wLast:
		if n, ok := sc.lastPeriod(i + 1); ok {
			*res = Match{Rule: RulePastLast}
			return n, true
		}
	case wYesterday:
		*res = Match{Rule: RulePastLast}
		return i + 1, true
	case wI:
		switch w := sc.word(i + 1); {
		case w == wUsed && sc.cont(i+2, wTo):
			*res = Match{Rule: RulePastTense}
			return i + 3, true
		case w == wPastVerb:
			*res = Match{Rule: RulePastTense}
			return i + 2, true
		case w == wHave && sc.cont(i+2, wBeen):
			*res = Match{Rule: RulePastTense}
			return i + 3, true
		case w == wOther && i+1 < len(sc.toks) && sc.toks[i+1].tflags&tPastEd != 0:
			*res = Match{Rule: RulePastTense}
			return i + 2, true // "I relapsed"
		}
	}
	// "two years ago", "a year ago".
	if !textNumberLike[sc.toks[i].w] {
		return 0, false
	}
	if a, ok := sc.amount(i); ok && a.hi == 0 && isUnit(sc.word(a.next)) && sc.cont(a.next+1, wAgo) {
		*res = Match{Rule: RulePastAgo}
		return a.next + 2, true
	}
	return 0, false
}

// lastPeriod reads what follows "last" at q: a weekday, "week", "month",
// "year", "night", a season, "weekend". It returns the index after it.
func (sc *textScanner) lastPeriod(q int) (int, bool) {
	switch w := sc.word(q); {
	case isWeekday(w), w == wWeek, w == wMonth, w == wYear, w == wNight, w == wSeason, w == wWeekend,
		w == wMorning, w == wEvening:
		return q + 1, true
	}
	return 0, false
}

// pastTime reads the time after "since" at q: a date, a month, a weekday,
// a year, "last" and a period, "yesterday", a season. It returns the index
// after it.
func (sc *textScanner) pastTime(q int) (int, bool) {
	if sc.word(q) == wThe || sc.es && sc.word(q) == wEsDe {
		q++
	}
	switch w := sc.word(q); {
	case w == wLast:
		return sc.lastPeriod(q + 1)
	case w == wNumDate, w == wISODate, w == wYesterday, w == wSeason, isWeekday(w):
		return q + 1, true
	case isMonth(w):
		if d := sc.word(q + 1); d == wNumber || d == wOrdinal {
			return q + 2, true
		}
		return q + 1, true
	case w == wNumber || w == wOrdinal:
		if sc.isYear(q) {
			return q + 1, true
		}
		n := q + 1
		if sc.cont(n, wOf) || sc.cont(n, wEsDe) {
			n++
		}
		if isMonth(sc.word(n)) {
			return n + 1, true
		}
	}
	return 0, false
}
