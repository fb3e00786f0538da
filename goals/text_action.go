package goals

// matchAction tries the first-person rule at token i: "I will", "I'll",
// "I shall", "I am going to", "I'm going to", "I'm gonna", "I want to", "I
// wanna", "I plan to", "I intend to", "I commit to", "I promise to", and
// "will" or "shall" after "and" in a sentence that already has one; in
// Spanish "voy a", "vamos a", "quiero", "me comprometo a", "pienso" and a
// verb in the first-person future ("llamaré"). The match takes in the next
// word (the verb) and an adverb before it ("I will also call"). A hedge in
// its place ("I will try to", "I'm gonna try to", "I will do my best to";
// "voy a tratar de") is no commitment: the vague rule reads it instead.
func (sc *textScanner) matchAction(i int, res *Match) (int, bool) {
	q := -1
	if sc.es {
		q = sc.actionES(i)
	} else {
		switch sc.toks[i].w {
		case wIll:
			// "ill" is "I'll" only where a sentence starts: "ill call my po".
			if sc.toks[i].vflags&vAmbig == 0 || i == 0 || sc.toks[i].brk || sc.prev(i) == wAnd || sc.prev(i) == wSo {
				q = i + 1
			}
		case wIm:
			if sc.cont(i+1, wGoing) && sc.cont(i+2, wTo) {
				q = i + 3
			} else if sc.cont(i+1, wGonna) {
				q = i + 2
			}
		case wWill, wShall:
			// "I will list ... and will call": the same person's next commitment.
			if sc.firstPerson && sc.prev(i) == wAnd {
				q = i + 1
			}
		case wI:
			switch sc.word(i + 1) {
			case wWill, wShall, wWanna:
				q = i + 2
			case wAm:
				if sc.cont(i+2, wGoing) && sc.cont(i+3, wTo) {
					q = i + 4
				} else if sc.cont(i+2, wGonna) {
					q = i + 3
				}
			case wPlan, wIntend, wCommit, wPromise, wWant:
				if sc.cont(i+2, wTo) {
					q = i + 3
				}
			}
		}
	}
	if q < 0 {
		return 0, false
	}
	// Take in an adverb and the verb, unless a hedge stands there.
	n := q
	if w := sc.word(n); w == wAdverb || w == wNot || sc.es && w == wNo {
		n++
	}
	if sc.hedgeAt(n) || sc.word(n) == wNone {
		return 0, false // "I will try to rest"; "I want to."
	}
	if w := sc.word(n); w != wNone && n < len(sc.toks) && sc.toks[n].tflags&tDigits == 0 && !sc.vagueStart(n) {
		q = n + 1
	}
	*res = Match{Rule: RuleFirstPerson}
	return q, true
}

// hedgeAt reports whether a hedge starts at token q: "try", "trying",
// "attempt", "hope", "do my best"; "tratar de", "intentar".
func (sc *textScanner) hedgeAt(q int) bool {
	switch sc.word(q) {
	case wTry, wTrying, wAttempt, wHope, wEsIntent:
		return true
	case wDo:
		return sc.cont(q+1, wMy) && sc.cont(q+2, wBest)
	case wEsTratar:
		return sc.cont(q+1, wEsDe)
	}
	return false
}
