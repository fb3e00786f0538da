package goals

// vagueStart reports whether the vague rules match at token q.
func (sc *textScanner) vagueStart(q int) bool {
	var m Match
	_, ok := sc.matchVague(q, &m)
	return ok
}

// measuredAfter reports whether "to" (or Spanish "a") and an amount follow
// within five words of q: "reduce drinking to 2 a day" has its measure.
func (sc *textScanner) measuredAfter(q int) bool {
	for k := q; k < q+6; k++ {
		switch sc.word(k) {
		case wNone:
			return false
		case wTo, wEsA:
			var m Match
			_, ok := sc.matchQuantity(k+1, &m)
			return ok
		}
	}
	return false
}

// matchVague tries the vague-wording rules at token i.
func (sc *textScanner) matchVague(i int, res *Match) (int, bool) {
	if sc.es {
		return sc.matchVagueES(i, res)
	}
	r := Rule("")
	n := i + 1
	switch sc.toks[i].w {
	case wBetter, wImprove:
		r = RuleVagueComparative
	case wVagueVerb:
		if !sc.measuredAfter(i + 1) {
			r = RuleVagueComparative
		}
	case wMore, wLess, wFewer:
		// "no more", "not any more" say none, not more.
		if sc.prev(i) == wNo {
			return 0, false
		}
		r = RuleVagueComparative
		if sc.cont(i+1, wOften) {
			n = i + 2
		}
	case wTry:
		switch {
		case sc.cont(i+1, wTo) || sc.cont(i+1, wAnd):
			r, n = RuleVagueHedge, i+2
		case sc.cont(i+1, wMy) && sc.cont(i+2, wBest):
			r, n = RuleVagueHedge, i+3
		}
	case wDo:
		if sc.cont(i+1, wMy) && sc.cont(i+2, wBest) {
			r, n = RuleVagueHedge, i+3
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
		if sc.cont(i+1, wDay) && sc.cont(i+2, wAt) && sc.cont(i+3, wA) && sc.cont(i+4, wTime) {
			return 0, false // "one day at a time" is a way of living, not a time
		} else if sc.cont(i+1, wDay) {
			r, n = RuleVagueTime, i+2
		} else if sc.cont(i+1, wOf) && sc.cont(i+2, wThe) && sc.cont(i+3, wDay) {
			r, n = RuleVagueTime, i+4 // "one of these days": "these" is not known
		} else if sc.cont(i+1, wOf) && sc.word(i+3) == wDay {
			r, n = RuleVagueTime, i+4
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
		// "as soon as possible", "as much as possible", "as often as
		// possible", "as needed".
		if sc.cont(i+1, wNeeded) {
			r, n = RuleVagueAmount, i+2
		} else if sc.cont(i+2, wAs) && sc.cont(i+3, wPossible) {
			switch sc.word(i + 1) {
			case wSoon:
				r, n = RuleVagueTime, i+4
			case wMuch, wOften:
				r, n = RuleVagueAmount, i+4
			}
		}
	case wSo:
		if sc.cont(i+1, wMuch) {
			r, n = RuleVagueAmount, i+2
		}
	case wSeveral, wLots, wRegularly:
		r = RuleVagueAmount
	case wA:
		switch sc.word(i + 1) {
		case wFew, wLot, wBit, wLittle:
			r, n = RuleVagueAmount, i+2
		}
	case wWork:
		if sc.cont(i+1, wOn) && (sc.cont(i+2, wMy) || sc.cont(i+2, wOther)) {
			r, n = RuleVagueAim, i+3 // "work on my anger", "work on coping skills"
		}
	case wDeal:
		if sc.cont(i+1, wWith) {
			r, n = RuleVagueAim, i+2
		}
	case wGet:
		if sc.cont(i+1, wMy) && sc.cont(i+2, wLife) && sc.cont(i+3, wTogether) {
			r, n = RuleVagueAim, i+4
		}
	case wCut:
		if (sc.cont(i+1, wBack) || sc.cont(i+1, wDown)) && !sc.measuredAfter(i+2) {
			r, n = RuleVagueAim, i+2
		}
	}
	if r == "" {
		return 0, false
	}
	*res = Match{Rule: r}
	return n, true
}
