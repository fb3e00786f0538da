package goals

// Most tries of a rule family that fail fail at once, on the word after the
// one the family starts at: "at" is a time only before a time ("at 9 am"),
// "a" an amount only before a unit or "dozen" ("a week", "a dozen"). For
// the words whose tries fail most often in the evaluation sets, the tables
// below name, for each family, the set of next words before which the
// family's rules can match at the word; [textAnalyzeScan] tries a family
// only if the next word is in its set. Each set lists what the family's
// rules read there, so it must be kept in step with them: it may let a try
// through that then fails, but it must never rule out one that would match.
// The next word is the token as it stands, a break before it or not (a
// rule that reads past a break reads it so: "in; 7 days"), or wNone at the
// end of the window; set 0 holds every word and wNone, and is the set of
// every other word and family.

// textWordSet is a set of textWords, one bit each.
type textWordSet [4]uint64

func (s *textWordSet) has(w textWord) bool { return s[w>>6]>>(w&63)&1 != 0 }

func (s *textWordSet) add(ws ...textWord) {
	for _, w := range ws {
		s[w>>6] |= 1 << (w & 63)
	}
}

// The sets of next words, indexed by textRuleOut entries.
const (
	nextAny          = iota // every word: no test
	nextPastI               // "I used to", "I have been", "I was", "I relapsed"
	nextAmount              // "a week", "a dozen", "a couple", "a half hour"
	nextPastNumber          // "2 years ago", "2 hundred years ago"
	nextTimeAt              // "at 9 am", "at 5pm", "at 8:30", "at noon"
	nextTimeOn              // "on Friday", "on the 15th", "on 3/9", "on March 1"
	nextTimeThe             // "the day after tomorrow", "the weekend", "the end of", "the 15th"
	nextTimeNo              // "no later than"
	nextTimeNumber          // "9 am", "1 December", "2 weeks from now", "5 hundred"
	nextTimeIn              // "in 2 weeks", "in the next month", "in March", "in 2027", "in the fall"
	nextQuantityOn          // "on Mondays and Wednesdays"
	nextQuantityAt          // "at least", "at most"
	nextQuantityUp          // "up to"
	nextQuantityMore        // "more than", "more then"
	nextQuantityNo          // "no more than", "not less than"; "no más de"
	nextQuantityA           // "a maximum of", "a minimum of", and the amounts of nextAmount
	nextVagueA              // "a few", "a lot", "a bit", "a little"
	nextVagueAt             // "at some point"
	nextVagueIn             // "in the future", "in the near future"
	nextVagueMy             // "get my life together", "do my best"
	nextVagueOne            // "one day", "one of these days"
	nextVagueWhen           // "when I can"
	nextVagueSo             // "so much"
	nextVagueWork           // "work on my anger"
	nextVagueDeal           // "deal with"
	nextVagueCut            // "cut back", "cut down"
	textNextSets
)

// textNext holds the sets of next words.
var textNext = func() (t [textNextSets]textWordSet) {
	for k := range t[nextAny] {
		t[nextAny][k] = ^uint64(0)
	}
	var units, months, weekdays []textWord
	for w := wMinute; w <= wYear; w++ {
		units = append(units, w)
	}
	for w := wJanuary; w <= wDecember; w++ {
		months = append(months, w)
	}
	for w := wMonday; w <= wSunday; w++ {
		weekdays = append(weekdays, w)
	}
	amount := append([]textWord{wDozen, wCouple, wHalf, wHundred, wTime, wEsVez}, units...)
	t[nextPastI].add(wUsed, wPastVerb, wHave, wOther)
	t[nextAmount].add(amount...)
	t[nextPastNumber].add(wHundred)
	t[nextPastNumber].add(units...)
	t[nextTimeAt].add(wClock, wClockBare, wNumber, wNoon)
	t[nextTimeOn].add(wToday, wTonight, wTomorrow, wISODate, wNumDate, wNumber, wOrdinal,
		wA, wAn, wOne, wNumWord, wThis, wNext, wThe, wEnd, wMid, wEarly, wLate)
	t[nextTimeOn].add(weekdays...)
	t[nextTimeOn].add(months...)
	t[nextTimeThe].add(wDay, wWeekend, wEnd, wOrdinal, wNumber)
	t[nextTimeNo].add(wLater)
	t[nextTimeNumber].add(wAm, wPm, wOclock, wHundred)
	t[nextTimeNumber].add(months...)
	t[nextTimeNumber].add(units...)
	t[nextTimeIn].add(wThe, wSeason)
	t[nextTimeIn].add(months...)
	for w := range textNumberLike {
		if textNumberLike[w] {
			t[nextTimeIn].add(textWord(w))
		}
	}
	t[nextQuantityOn].add(weekdays...)
	t[nextQuantityAt].add(wLeast, wMost)
	t[nextQuantityUp].add(wTo)
	t[nextQuantityMore].add(wThan, wAdverb)
	t[nextQuantityNo].add(wMore, wLess, wFewer, wEsMas, wEsMenos)
	t[nextQuantityA].add(wMaximum, wMinimum)
	t[nextQuantityA].add(amount...)
	t[nextVagueA].add(wFew, wLot, wBit, wLittle)
	t[nextVagueAt].add(wSome)
	t[nextVagueIn].add(wThe)
	t[nextVagueMy].add(wMy)
	t[nextVagueOne].add(wDay, wOf)
	t[nextVagueWhen].add(wI)
	t[nextVagueSo].add(wMuch)
	t[nextVagueWork].add(wOn)
	t[nextVagueDeal].add(wWith)
	t[nextVagueCut].add(wBack, wDown)
	return t
}()

// textRuleOut gives, for a word, the set of next words for each family, in
// the order of the start bits: past, time, quantity, action, vague. The
// action family's is unused: [textScanner.noActionAt] rules out its tries.
type textRuleOut [5]uint8

// textRuleOutEN and textRuleOutES are the sets of each language. The
// quantity rules read both languages alike; the tests of the others are
// those of the English rules.
var textRuleOutEN, textRuleOutES = textRuleOuts(false), textRuleOuts(true)

// textRuleOutNone rules nothing out: the tests read with it to check that
// the tables of both languages never rule out a match.
var textRuleOutNone [256]textRuleOut

func textRuleOuts(es bool) (t [256]textRuleOut) {
	const past, time, quantity, vague = 0, 1, 2, 4
	t[wOn][quantity] = nextQuantityOn
	t[wAt][quantity] = nextQuantityAt
	t[wUp][quantity] = nextQuantityUp
	t[wMore][quantity], t[wLess][quantity], t[wFewer][quantity] = nextQuantityMore, nextQuantityMore, nextQuantityMore
	t[wNo][quantity], t[wNot][quantity] = nextQuantityNo, nextQuantityNo
	t[wA][quantity] = nextQuantityA
	if es {
		return t
	}
	t[wI][past] = nextPastI
	t[wA][past], t[wAn][past] = nextAmount, nextAmount
	t[wNumber][past] = nextPastNumber
	t[wAt][time] = nextTimeAt
	t[wOn][time] = nextTimeOn
	t[wThe][time] = nextTimeThe
	t[wNo][time] = nextTimeNo
	t[wNumber][time] = nextTimeNumber
	t[wA][time], t[wAn][time], t[wOne][time] = nextAmount, nextAmount, nextAmount
	t[wIn][time] = nextTimeIn
	t[wA][vague] = nextVagueA
	t[wAt][vague] = nextVagueAt
	t[wIn][vague] = nextVagueIn
	t[wGet][vague], t[wDo][vague] = nextVagueMy, nextVagueMy
	t[wOne][vague] = nextVagueOne
	t[wWhen][vague] = nextVagueWhen
	t[wSo][vague] = nextVagueSo
	t[wWork][vague] = nextVagueWork
	t[wDeal][vague] = nextVagueDeal
	t[wCut][vague] = nextVagueCut
	return t
}

// noActionAt reports that the first-person rule cannot match at token i:
// "will" and "shall" count alone only in a sentence that already has a
// first-person commitment ("I will list 5 rentals and will call 3").
func (sc *textScanner) noActionAt(i int) bool {
	w := sc.toks[i].w
	return !sc.es && !sc.firstPerson && (w == wWill || w == wShall) && !sc.tryAll
}
