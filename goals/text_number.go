package goals

// textAmount is an amount read at a token: its value, the upper bound of a
// range (0 if none), the index after it, and whether '$' stood before it.
type textAmount struct {
	v, hi float64
	next  int
	money bool
	times bool // "5x": a count of times
	word  bool // an article or a word ("a", "one", "couple"), not digits
}

// amount reads an amount at token q: digits ("5", "1.5", "10,000", "$200"),
// a range ("3-4"), a multiple ("5x"), a number word to 99 ("seven",
// "twenty-five", "twenty five", "two hundred"; "cuarenta y cinco",
// "veinticinco"), "a dozen", "a couple (of)", "half an hour", "half a day";
// "a", "an" and "one" only if a unit follows. The first word may follow a
// break; the others must continue the phrase.
func (sc *textScanner) amount(q int) (textAmount, bool) {
	if q >= len(sc.toks) {
		return textAmount{}, false
	}
	t := &sc.toks[q]
	a := textAmount{next: q + 1, money: t.tflags&tMoney != 0}
	switch t.w {
	case wNumber:
		a.v = t.num
		if sc.cont(q+1, wHundred) && t.num < 100 {
			a.v, a.next = t.num*100, q+2
		}
		return a, true
	case wRange:
		a.v, a.hi = t.num, t.hi
		return a, true
	case wTimesN:
		a.v, a.hi, a.times = t.num, t.hi, true
		return a, true
	case wNumWord:
		a.v, a.word = t.num, true
		n := q + 1
		if sc.es && sc.cont(n, wEsY) && sc.word(n+1) == wNumWord && t.num >= 30 && int(t.num)%10 == 0 && sc.toks[n+1].num < 10 {
			a.v, n = t.num+sc.toks[n+1].num, n+2 // "cuarenta y cinco"
		} else if sc.es && sc.cont(n, wEsY) && sc.word(n+1) == wOne && t.num >= 30 && int(t.num)%10 == 0 {
			a.v, n = t.num+1, n+2
		} else if !sc.es && t.num >= 20 && t.num < 100 && int(t.num)%10 == 0 && sc.word(n) == wNumWord && sc.toks[n].num < 10 {
			a.v, n = t.num+sc.toks[n].num, n+1 // "twenty five"
		} else if !sc.es && t.num >= 20 && int(t.num)%10 == 0 && sc.word(n) == wOne {
			a.v, n = t.num+1, n+1
		}
		if sc.word(n) == wHundred && a.v < 10 {
			a.v, n = a.v*100, n+1
		}
		a.next = n
		return a, true
	case wDozen:
		a.v, a.word = 12, true
		return a, true
	case wCouple:
		// "couple hours", "a couple of friends"
		a.v, a.word = 2, true
		if sc.cont(q+1, wOf) || sc.cont(q+1, wEsDe) {
			a.next++
		}
		return a, true
	case wHalf:
		// "half an hour", "half a day", "media hora"
		n := q + 1
		if w := sc.word(n); w == wA || w == wAn {
			n++
		}
		if isUnit(sc.word(n)) {
			a.v, a.next, a.word = 0.5, n, true
			return a, true
		}
	case wA, wAn, wOne:
		a.word = true
		switch sc.word(q + 1) {
		case wDozen:
			a.v, a.next = 12, q+2
			if sc.cont(q+2, wOf) || sc.cont(q+2, wEsDe) {
				a.next++
			}
			return a, true
		case wCouple:
			a.v, a.next = 2, q+2
			if sc.cont(q+2, wOf) || sc.cont(q+2, wEsDe) {
				a.next++
			}
			return a, true
		case wHalf:
			if isUnit(sc.word(q + 2)) {
				a.v, a.next = 0.5, q+2 // "a half hour"
				return a, true
			}
		case wHundred:
			if t.w != wOne || sc.es {
				a.v, a.next = 100, q+2
				return a, true
			}
		}
		if t.w == wOne {
			a.v = 1
			return a, true
		}
		if w := sc.word(q + 1); isUnit(w) || w == wTime || w == wEsVez {
			a.v = 1
			return a, true
		}
	case wHundred:
		if sc.es && t.num > 0 { // "cien"
			a.v = t.num
			return a, true
		}
	}
	return textAmount{}, false
}

// textNumberLike marks the words an amount can start with.
var textNumberLike = func() (t [256]bool) {
	for _, w := range []textWord{wNumber, wRange, wTimesN, wNumWord, wDozen, wCouple, wHalf, wA, wAn, wOne, wHundred} {
		t[w] = true
	}
	return t
}()
