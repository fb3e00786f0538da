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
	// The amount is kept in locals and returned as one value: building it
	// field by field in memory and then returning it would make the
	// return's loads wait on those stores.
	t := &sc.toks[q]
	next, money := q+1, t.tflags&tMoney != 0
	switch t.w {
	case wNumber:
		v := t.num
		if sc.cont(q+1, wHundred) && t.num < 100 {
			v, next = t.num*100, q+2
		}
		return textAmount{v: v, next: next, money: money}, true
	case wRange:
		return textAmount{v: t.num, hi: float64(t.hi), next: next, money: money}, true
	case wTimesN:
		return textAmount{v: t.num, hi: float64(t.hi), next: next, money: money, times: true}, true
	case wNumWord:
		v := t.num
		n := q + 1
		if sc.es && sc.cont(n, wEsY) && sc.word(n+1) == wNumWord && t.num >= 30 && int(t.num)%10 == 0 && sc.toks[n+1].num < 10 {
			v, n = t.num+sc.toks[n+1].num, n+2 // "cuarenta y cinco"
		} else if sc.es && sc.cont(n, wEsY) && sc.word(n+1) == wOne && t.num >= 30 && int(t.num)%10 == 0 {
			v, n = t.num+1, n+2
		} else if !sc.es && t.num >= 20 && t.num < 100 && int(t.num)%10 == 0 && sc.word(n) == wNumWord && sc.toks[n].num < 10 {
			v, n = t.num+sc.toks[n].num, n+1 // "twenty five"
		} else if !sc.es && t.num >= 20 && int(t.num)%10 == 0 && sc.word(n) == wOne {
			v, n = t.num+1, n+1
		}
		if sc.word(n) == wHundred && v < 10 {
			v, n = v*100, n+1
		}
		return textAmount{v: v, next: n, money: money, word: true}, true
	case wDozen:
		return textAmount{v: 12, next: next, money: money, word: true}, true
	case wCouple:
		// "couple hours", "a couple of friends"
		if sc.cont(q+1, wOf) || sc.cont(q+1, wEsDe) {
			next++
		}
		return textAmount{v: 2, next: next, money: money, word: true}, true
	case wHalf:
		// "half an hour", "half a day", "media hora"
		n := q + 1
		if w := sc.word(n); w == wA || w == wAn {
			n++
		}
		if isUnit(sc.word(n)) {
			return textAmount{v: 0.5, next: n, money: money, word: true}, true
		}
	case wA, wAn, wOne:
		switch sc.word(q + 1) {
		case wDozen:
			next = q + 2
			if sc.cont(q+2, wOf) || sc.cont(q+2, wEsDe) {
				next++
			}
			return textAmount{v: 12, next: next, money: money, word: true}, true
		case wCouple:
			next = q + 2
			if sc.cont(q+2, wOf) || sc.cont(q+2, wEsDe) {
				next++
			}
			return textAmount{v: 2, next: next, money: money, word: true}, true
		case wHalf:
			if isUnit(sc.word(q + 2)) {
				return textAmount{v: 0.5, next: q + 2, money: money, word: true}, true // "a half hour"
			}
		case wHundred:
			if t.w != wOne || sc.es {
				return textAmount{v: 100, next: q + 2, money: money, word: true}, true
			}
		}
		if t.w == wOne {
			return textAmount{v: 1, next: next, money: money, word: true}, true
		}
		if w := sc.word(q + 1); isUnit(w) || w == wTime || w == wEsVez {
			return textAmount{v: 1, next: next, money: money, word: true}, true
		}
	case wHundred:
		if sc.es && t.num > 0 { // "cien"
			return textAmount{v: t.num, next: next, money: money}, true
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
