package goals

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
	case wTime, wTimes, wEsVez:
		return UnitTime
	case wDollar:
		return UnitDollar
	}
	return ""
}

// textAdverbPeriod maps a frequency adverb ("daily", "nightly", "weekly",
// "monthly", "yearly"; "diario", "diariamente") to its period, or returns "".
func textAdverbPeriod(w textWord) Unit {
	switch w {
	case wDaily, wNightly, wEsDiario:
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
// Unit: the parts of the day count as days, weekdays and weekends as weeks.
func textPeriod(w textWord) Unit {
	switch {
	case w == wMorning || w == wAfternoon || w == wEvening || w == wNight || w == wDay || w == wTomorrow:
		return UnitDay
	case w == wWeek || w == wWeekend || isWeekday(w):
		return UnitWeek
	case w == wMonth:
		return UnitMonth
	case w == wYear:
		return UnitYear
	}
	return ""
}

// textFrequency is a match for "once" a period: 1 time per period.
func textFrequency(per Unit) Match {
	return Match{Rule: RuleFrequency, Comparator: ComparatorExactly, Amount: 1, Unit: UnitTime, Per: per}
}

// matchQuantity tries the quantity rules at token i.
func (sc *textScanner) matchQuantity(i int, res *Match) (int, bool) {
	if i >= len(sc.toks) {
		return 0, false // a rule looked past the last word: "cut back to"
	}
	switch w := sc.toks[i].w; {
	case w == wEvery || w == wEach || w == wEsCada || w == wEsTodos || w == wEsA || w == wOne:
		if n, ok := sc.matchEvery(i, res); ok {
			return n, true
		}
	}
	switch w := sc.toks[i].w; {
	case w == wOn || w == wThe || w == wEsTodos || isWeekday(w):
		if n, ok := sc.matchWeekdays(i, res); ok {
			return n, true
		}
	}
	m := Match{Rule: RuleCount, Comparator: ComparatorExactly}
	q := i
	between := false
	switch w := sc.toks[i].w; w {
	case wAt:
		switch sc.word(i + 1) {
		case wLeast:
			m.Comparator, q = ComparatorAtLeast, i+2
		case wMost:
			m.Comparator, q = ComparatorAtMost, i+2
		}
	case wNo, wNot:
		if sc.cont(i+2, wThan) || sc.thenAt(i+2) {
			switch sc.word(i + 1) {
			case wMore:
				m.Comparator, q = ComparatorAtMost, i+3
			case wLess, wFewer:
				m.Comparator, q = ComparatorAtLeast, i+3
			}
		} else if sc.es && sc.cont(i+2, wEsDe) {
			switch sc.word(i + 1) {
			case wEsMas:
				m.Comparator, q = ComparatorAtMost, i+3 // "no más de"
			case wEsMenos:
				m.Comparator, q = ComparatorAtLeast, i+3
			}
		}
	case wAtLeast:
		m.Comparator, q = ComparatorAtLeast, i+1
	case wAtMost:
		m.Comparator, q = ComparatorAtMost, i+1
	case wUp:
		if sc.cont(i+1, wTo) {
			m.Comparator, q = ComparatorAtMost, i+2
		}
	case wA:
		if w := sc.word(i + 1); (w == wMaximum || w == wMinimum) && sc.cont(i+2, wOf) {
			m.Comparator, q = ComparatorAtMost, i+3
			if w == wMinimum {
				m.Comparator = ComparatorAtLeast
			}
		}
	case wMaximum, wMinimum:
		m.Comparator, q = ComparatorAtMost, i+1
		if w == wMinimum {
			m.Comparator = ComparatorAtLeast
		}
		if sc.cont(q, wOf) || sc.cont(q, wEsDe) {
			q++
		}
	case wMore, wLess, wFewer:
		if sc.cont(i+1, wThan) || sc.thenAt(i+1) {
			m.Comparator, q = ComparatorMoreThan, i+2
			if w != wMore {
				m.Comparator = ComparatorLessThan
			}
			// "not miss more than 1 dose": at most 1.
			if w == wMore && (sc.prev(i) == wNot || i >= 2 && !sc.toks[i-1].brk && sc.prev(i-1) == wNot) {
				m.Comparator = ComparatorAtMost
			}
		}
	case wEsMas, wEsMenos:
		if sc.cont(i+1, wEsDe) {
			m.Comparator, q = ComparatorMoreThan, i+2 // "más de 5"
			if w == wEsMenos {
				m.Comparator = ComparatorLessThan
			}
			// "no tomar más de dos": at most two.
			if w == wEsMas && i >= 2 && !sc.toks[i].brk && !sc.toks[i-1].brk && sc.toks[i-2].w == wNo {
				m.Comparator = ComparatorAtMost
			}
		}
	case wEsAl:
		if sc.cont(i+1, wEsMenos) {
			m.Comparator, q = ComparatorAtLeast, i+2 // "al menos"
		}
	case wEsPor:
		if sc.cont(i+1, wEsLo) && sc.cont(i+2, wEsMenos) {
			m.Comparator, q = ComparatorAtLeast, i+3 // "por lo menos"
		}
	case wEsComo:
		switch sc.word(i + 1) {
		case wMaximum:
			m.Comparator, q = ComparatorAtMost, i+2
		case wMinimum:
			m.Comparator, q = ComparatorAtLeast, i+2
		}
	case wEsHasta:
		m.Comparator, q = ComparatorAtMost, i+1 // "hasta 5 cigarros"
	case wOver:
		m.Comparator, q = ComparatorMoreThan, i+1
	case wUnder:
		m.Comparator, q = ComparatorLessThan, i+1
	case wExactly:
		m.Comparator, q = ComparatorExactly, i+1
	case wBetween:
		m.Comparator, q, between = ComparatorRange, i+1, true
	case wFrom, wEsDe:
		m.Comparator, q, between = ComparatorRange, i+1, true
	case wOnce, wTwice:
		return sc.matchOnce(i, res)
	case wDaily, wNightly, wWeekly, wMonthly, wYearly, wEsDiario:
		per := textAdverbPeriod(sc.toks[i].w)
		if sc.es && i+1 < len(sc.toks) && !sc.toks[i+1].brk {
			if n, ok := sc.matchQuantity(i+1, res); ok && res.Per == "" {
				sc.setPer(res, per, 0)
				return n, true // "caminar diario 20 minutos"
			}
		}
		*res = textFrequency(per)
		return i + 1, true
	}
	bare := q == i
	if !bare && (q >= len(sc.toks) || sc.toks[q].brk) {
		return 0, false
	}
	if !bare && sc.es && sc.cont(q, wEsA) {
		q++ // "al menos a 90 reuniones"
	}
	if !bare && !between {
		if w := sc.word(q); w == wOnce || w == wTwice {
			// "at least once a day", "up to twice a month"
			n, ok := sc.matchOnce(q, res)
			if !ok {
				return 0, false
			}
			res.Comparator = m.Comparator
			if res.Per == "" {
				res.Rule = RuleComparator
			}
			return n, true
		}
	}
	a, ok := sc.amount(q)
	if !ok {
		return 0, false
	}
	m.Amount = a.v
	if a.hi != 0 {
		m.Comparator, m.Upper = ComparatorRange, a.hi
	}
	// Where the amount ends: after a, or after the upper bound of a range.
	// (Only the index is kept: copying the whole amount would wait on the
	// stores just made to it.)
	endNext := a.next
	if bare {
		// "2 to 3", "two or three", "4 o 5", "$50 to $75"
		end := a
		j := a.next
		if textUnit(sc.word(j)) == UnitDollar {
			j++
		}
		if w := sc.word(j); w == wTo || w == wOr || w == wEsO || w == wEsA && sc.es {
			if b, ok := sc.amount(j + 1); ok && b.v > a.v && b.hi == 0 && (b.word == a.word || !a.word) && b.v <= a.v*20+20 {
				m.Comparator, m.Upper, end = ComparatorRange, b.v, b
				end.money = a.money || b.money
			}
		}
		if !sc.countable(q, end) {
			return 0, false
		}
		a.money = end.money
		endNext = end.next
	}
	q = endNext
	if between {
		// "between 2 and 3", "from 2 to 3", "de 30 a 45"
		j := q
		if textUnit(sc.word(j)) != "" && sc.word(j) != wTime {
			j++ // "between $5 dollars and"
		}
		switch sc.word(j) {
		case wAnd, wTo, wEsY, wEsA:
		default:
			return 0, false
		}
		b, ok := sc.amount(j + 1)
		if !ok || b.v <= a.v {
			return 0, false
		}
		m.Upper, q = b.v, b.next
		a.money = a.money || b.money
	}
	if a.times {
		m.Unit = UnitTime
	} else if u := textUnit(sc.word(q)); u != "" {
		m.Unit = u
		q++
	}
	if a.money {
		m.Unit = UnitDollar
	}
	if m.Comparator != ComparatorExactly || !bare {
		m.Rule = RuleComparator
	}
	if m.Comparator == ComparatorRange {
		m.Rule = RuleRange
	}
	// "5 or more", "1 hour or less", "10 minutos o más".
	if bare && (sc.cont(q, wOr) || sc.cont(q, wEsO)) && m.Comparator == ComparatorExactly {
		switch sc.word(q + 1) {
		case wMore, wEsMas:
			m.Comparator, m.Rule, q = ComparatorAtLeast, RuleComparator, q+2
		case wLess, wFewer, wEsMenos:
			m.Comparator, m.Rule, q = ComparatorAtMost, RuleComparator, q+2
		}
	}
	q = sc.matchPer(q, &m)
	if m.Comparator == ComparatorExactly {
		q = sc.postComparator(q, &m)
	}
	if m.Per != "" {
		m.Rule = RuleFrequency
	}
	*res = m
	return q, true
}

// postComparator reads a bound written after the quantity: "once a week at
// most", "2 a week min", "1 vez al mes o menos".
func (sc *textScanner) postComparator(q int, m *Match) int {
	switch sc.word(q) {
	case wAt:
		switch sc.word(q + 1) {
		case wMost:
			m.Comparator, m.Rule = ComparatorAtMost, RuleComparator
			return q + 2
		case wLeast:
			m.Comparator, m.Rule = ComparatorAtLeast, RuleComparator
			return q + 2
		}
	case wMaximum:
		m.Comparator, m.Rule = ComparatorAtMost, RuleComparator
		return q + 1
	case wMinute:
		// "2 meetings a wk min": "min" after a frequency is a minimum.
		if m.Per != "" && sc.text[sc.toks[q].start:sc.toks[q].end] == "min" && sc.word(q+1) == wNone {
			m.Comparator, m.Rule = ComparatorAtLeast, RuleComparator
			return q + 1
		}
	case wMinimum:
		m.Comparator, m.Rule = ComparatorAtLeast, RuleComparator
		return q + 1
	case wOr, wEsO:
		switch sc.word(q + 1) {
		case wMore, wEsMas:
			m.Comparator, m.Rule = ComparatorAtLeast, RuleComparator
			return q + 2
		case wLess, wFewer, wEsMenos:
			m.Comparator, m.Rule = ComparatorAtMost, RuleComparator
			return q + 2
		}
	}
	return q
}

// countable reports whether a bare amount at q is a count: a unit or the
// thing counted must follow, not a time of day, a date, a joining word or
// the end of the phrase, and the amount must not be the number of a name
// ("step 4", "Route 66", "12 step meeting").
func (sc *textScanner) countable(q int, a textAmount) bool {
	t := &sc.toks[q]
	if a.times || a.money {
		return true
	}
	if t.w == wA || t.w == wAn {
		// "for an hour", "for a year": a span the goal lasts.
		return sc.prev(q) == wFor && isUnit(sc.word(a.next))
	}
	if p := sc.prev(q); p == wNameNoun || p == wNo || p == wAt && !a.word {
		return false
	}
	if q > 0 && sc.toks[q-1].w == wNameNoun && sc.toks[q-1].end+1 >= t.start {
		return false
	}
	next := sc.word(a.next)
	if next == wYear && (sc.cont(a.next+1, wAge) || sc.prev(q) == wAge) {
		return false // an age: "30 years old", "tengo 30 años"
	}
	if t.w == wOne && a.v == 1 && sc.es && textUnit(next) == "" {
		return false // "un padrino": the article
	}
	if t.w == wOne && (next == wDay || next == wOf) {
		return false // "one day" is vague wording; "one of"
	}
	if textUnit(next) != "" {
		return true
	}
	if sc.perAt(a.next) {
		return true
	}
	if next == wNameNoun {
		return sc.perSoon(a.next) // "10,000 steps a day", not "the 12 steps"
	}
	switch next {
	case wNone, wNumber, wOrdinal, wNumWord, wISODate, wNumDate, wClock, wClockBare, wService, wRange,
		wAm, wPm, wOclock, wOf, wTo, wAnd, wThe, wA, wAn, wIn, wOn, wAt, wBy, wFor, wFrom, wJoin, wThan,
		wToday, wTonight, wTomorrow, wI, wNameNoun, wAgo, wIf, wWhen, wWill, wIll, wIm, wOne,
		wEsDe, wEsPara, wEsY, wEsA, wEsAl, wEsEn, wEsHasta, wEsQue, wEsSi, wEsMe, wEsPor,
		wMonday, wTuesday, wWednesday, wThursday, wFriday, wSaturday, wSunday:
		return false
	case wOr, wEsO:
		w := sc.word(a.next + 1)
		return w == wMore || w == wLess || w == wFewer || w == wEsMas || w == wEsMenos
	}
	return !isMonth(next)
}

// matchOnce reads "once" or "twice" at i: with a period ("twice a week",
// "twice weekly") a frequency; "once or twice" a range of times.
func (sc *textScanner) matchOnce(i int, res *Match) (int, bool) {
	m := Match{Rule: RuleFrequency, Comparator: ComparatorExactly, Amount: sc.toks[i].num, Unit: UnitTime}
	q := i + 1
	if sc.toks[i].w == wOnce && sc.cont(q, wOr) && sc.cont(q+1, wTwice) {
		m.Rule, m.Comparator, m.Upper, q = RuleRange, ComparatorRange, 2, q+2
	}
	if per := textAdverbPeriod(sc.word(q)); per != "" {
		m.Per = per
		if m.Rule == RuleCount {
			m.Rule = RuleFrequency
		}
		*res = m
		return q + 1, true
	}
	m2 := m
	n := sc.matchPer(q, &m2)
	if m2.Per == "" {
		if m.Rule == RuleRange {
			*res = m
			return q, true // "once or twice this week"
		}
		if sc.toks[i].w == wOnce {
			return 0, false // "once I'm out of detox"
		}
		m.Rule = RuleCount
		*res = m
		return q, true
	}
	if m2.Rule == RuleCount {
		m2.Rule = RuleFrequency
	}
	if m2.Comparator == ComparatorExactly {
		n = sc.postComparator(n, &m2)
	}
	m2.Rule = RuleFrequency
	*res = m2
	return n, true
}

// matchPer reads an optional period after a quantity at q that makes m a
// frequency: "a", "an", "per", "each", "every", "x" or "/" and a period ("3
// times a week", "3x/wk"), "every 2 weeks", a frequency adverb ("3 times
// weekly"); in Spanish "al día", "por semana", "a la semana", "cada día",
// "todos los días", "diarios". The thing counted may stand between ("2
// drinks a day", "8 glasses of water a day", "one chapter of the big book
// every night"): up to six words that are not amounts.
func (sc *textScanner) matchPer(q int, m *Match) int {
	k := q
	for n := 0; n < 6; n++ {
		if sc.perAt(k) || textAdverbPeriod(sc.word(k)) != "" {
			break
		}
		w := sc.word(k)
		if m.Unit != "" && m.Unit != UnitDollar && n == 0 && w != wOf && w != wEsDe && w != wWith &&
			!(w == wOther && m.Amount != 1 && k > 0 && isUnit(sc.toks[k-1].w) && sc.singular(k-1)) {
			// "10 mins in the morning": only "of ...", "with ..." or the
			// noun of "a 20 minute walk" may follow a unit.
			return q
		}
		switch w {
		case wOther, wOf, wThe, wMy, wEsDe, wFrom, wNameNoun, wWork, wLife, wEventNoun, wBack, wWith, wFor:
			k++
			continue
		case wIn:
			if m.Unit == UnitDollar {
				k++ // "$20 in savings every friday"
				continue
			}
		}
		return q
	}
	if per := textAdverbPeriod(sc.word(k)); per != "" {
		sc.setPer(m, per, 0)
		return k + 1
	}
	if !sc.perAt(k) {
		return q
	}
	w := sc.word(k)
	n := k + 1
	if sc.toks[k].tflags&tSlash != 0 {
		sc.setPer(m, textPeriod(w), 0) // "3x/wk"
		return k + 1
	}
	if w == wIn {
		n++ // "3 times in a day"
	}
	if sc.es && (w == wEsA || w == wEsPor) && isThe(sc.word(n)) {
		n++ // "a la semana"
	}
	if sc.es && w == wEsTodos {
		n++ // "todos los días"
	}
	every := 0
	if w == wEvery || w == wEsCada {
		if sc.word(n) == wOtherW {
			every, n = 2, n+1
		} else if a, ok := sc.amount(n); ok && a.hi == 0 && a.v >= 2 && a.v == float64(int(a.v)) && isUnit(sc.word(a.next)) {
			every, n = int(a.v), a.next
		}
	}
	per := textPeriod(sc.word(n))
	if per == "" {
		return q
	}
	sc.setPer(m, per, every)
	return n + 1
}

// setPer makes m a frequency of period per: a count of days in a week is a
// count of times ("3 days a week").
func (sc *textScanner) setPer(m *Match, per Unit, every int) {
	m.Per, m.Every, m.Rule = per, every, RuleFrequency
	if m.Unit == UnitDay && (per == UnitWeek || per == UnitMonth) {
		m.Unit = UnitTime
	}
}

// perAt reports whether a period phrase starts at token q: "a", "an",
// "per", "each", "every", "x" or "/" and a period; in Spanish "al", "por",
// "a la", "cada", "todos los".
func (sc *textScanner) perAt(q int) bool {
	w := sc.word(q)
	if q < len(sc.toks) && sc.toks[q].tflags&tSlash != 0 && textPeriod(w) != "" {
		return true // "3x/wk", "meetings/wk"
	}
	n := q + 1
	switch w {
	case wIn:
		if w := sc.word(n); w != wA && w != wAn {
			return false
		}
		n++ // "3 times in a day"
	case wA, wAn, wPer, wEach:
		if w == wA && sc.es {
			return false
		}
	case wEvery, wEsCada:
		if sc.word(n) == wOtherW {
			n++
		} else if a, ok := sc.amount(n); ok && a.hi == 0 && isUnit(sc.word(a.next)) {
			n = a.next
		}
	case wEsAl:
	case wEsA, wEsPor:
		if !isThe(sc.word(n)) {
			if w == wEsPor {
				break
			}
			return false
		}
		if w == wEsPor && sc.word(n+1) != wDay && sc.word(n+1) != wWeek && sc.word(n+1) != wMonth {
			return false // "por la noche" is at night
		}
		n++
	case wEsTodos:
		if !isThe(sc.word(n)) {
			return false
		}
		n++
	default:
		return false
	}
	return textPeriod(sc.word(n)) != "" && sc.toks[n].vflags&vPlural == 0 || w == wEsTodos && textPeriod(sc.word(n)) != ""
}

// matchEvery reads a frequency that starts with its period: "every day",
// "every Monday", "every 2 weeks", "every other week", "each morning"; in
// Spanish "cada día", "cada quince días", "todos los días", "a diario",
// "un día sí y otro no".
func (sc *textScanner) matchEvery(i int, res *Match) (int, bool) {
	w := sc.toks[i].w
	switch {
	case w == wEvery || w == wEach || w == wEsCada || w == wEsTodos:
		if w == wEach && sc.es {
			return 0, false
		}
		if (w == wEvery || w == wEach || w == wEsCada) && i+1 < len(sc.toks) && isWeekday(sc.word(i+1)) {
			// "every Monday and Thursday": one time a week for each day.
			if n, ok := sc.weekdayList(i+1, true, res); ok {
				return n, true
			}
		}
		if !sc.perAt(i) {
			return 0, false
		}
		m := textFrequency("")
		n := sc.matchPer(i, &m)
		if m.Per == "" {
			return 0, false
		}
		m.Rule = RuleFrequency
		*res = m
		return n, true
	case sc.es && w == wEsA && sc.cont(i+1, wEsDiario):
		*res = textFrequency(UnitDay)
		return i + 2, true // "a diario"
	case sc.es && w == wOne && sc.cont(i+1, wDay) && sc.cont(i+2, wIf) && sc.cont(i+3, wEsY) &&
		sc.cont(i+4, wEsOtro) && sc.cont(i+5, wNo):
		m := textFrequency(UnitDay)
		m.Every = 2
		*res = m
		return i + 6, true
	}
	return 0, false
}

// matchWeekdays reads weekdays as a weekly frequency: a weekday in the
// plural, or after "every", "los" or "todos los", with the others listed
// after it ("on Mondays and Wednesdays", "tuesdays thursdays and
// saturdays", "los lunes y miércoles", "martes, jueves y sábados"): one
// time a week for each day named.
func (sc *textScanner) matchWeekdays(i int, res *Match) (int, bool) {
	q := i
	lead := false
	switch sc.toks[i].w {
	case wOn:
		q++
	case wThe:
		if !sc.es || sc.toks[i].end-sc.toks[i].start != 3 { // "los", "las"
			return 0, false
		}
		q, lead = q+1, true
	case wEsTodos:
		if !isThe(sc.word(i + 1)) {
			return 0, false
		}
		q, lead = q+2, true
	}
	if q >= len(sc.toks) || !isWeekday(sc.toks[q].w) || q > i && sc.toks[q].brk {
		return 0, false
	}
	return sc.weekdayList(q, lead, res)
}

// weekdayList reads the weekdays listed from q on ("Mondays, Wednesdays and
// Fridays") as a weekly frequency: with lead (after "every", "los"), in the
// plural, or, in Spanish, two or more.
func (sc *textScanner) weekdayList(q int, lead bool, res *Match) (int, bool) {
	var seen uint8
	days, plural := 0, false
	n := q
	for {
		t := &sc.toks[n]
		bit := uint8(1) << (t.w - wMonday)
		if seen&bit == 0 {
			seen |= bit
			days++
		}
		plural = plural || t.vflags&vPlural != 0
		n++
		j := n
		if w := sc.word(j); w == wAnd || w == wEsY || w == wOr || w == wEsO {
			j++
		}
		if j < len(sc.toks) && !sc.toks[j].brk && isWeekday(sc.toks[j].w) {
			n = j
			continue
		}
		break
	}
	if !lead && !plural && !(sc.es && days >= 2) {
		return 0, false
	}
	m := Match{Rule: RuleFrequency, Comparator: ComparatorExactly, Amount: float64(days), Unit: UnitTime, Per: UnitWeek}
	*res = m
	return n, true
}

// isThe reports whether w is an article: "the"; "el", "la", "los", "las".
func isThe(w textWord) bool { return w == wThe || w == wEsLas }

// perSoon reports whether a period phrase starts within six words of q.
func (sc *textScanner) perSoon(q int) bool {
	for k := q; k < q+6 && sc.word(k) != wNone; k++ {
		if sc.perAt(k) {
			return true
		}
	}
	return false
}

// thenAt reports whether token q is "then" written for "than" ("no more
// then 2").
func (sc *textScanner) thenAt(q int) bool {
	if sc.es || sc.word(q) != wAdverb {
		return false
	}
	t := &sc.toks[q]
	return t.end-t.start == 4 && sc.text[t.start+1:t.end] == "hen" && sc.text[t.start]|0x20 == 't'
}
