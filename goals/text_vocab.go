package goals

import (
	"encoding/binary"

	"github.com/recoverykit/recovery/internal/token"
)

// textWord is the vocabulary entry of a token: the words the rules know.
// Spanish words map to the English entry of the same meaning where the
// grammar agrees ("viernes" is wFriday, "semana" is wWeek), so most rules
// serve both languages.
type textWord uint8

const (
	wOther     textWord = iota // a word the rules do not know
	wNumber                    // digits, possibly with a decimal part; num
	wOrdinal                   // digits with st, nd, rd or th (or º, "1ro"); num
	wISODate                   // YYYY-MM-DD; y, num (month), hi (day)
	wNumDate                   // M/D, M/D/Y (D/M in day-first reading); y (0 if none), num, hi as written
	wNumWord                   // "two" ... "ninety-nine", "dozen"; num
	wRange                     // "3-4": num, hi
	wTimesN                    // "5x", "2-3x": num (and hi for a range)
	wClock                     // "5pm", "8:30am": num is minutes after midnight
	wClockBare                 // "8:30": num is hours*60+minutes as written
	wService                   // a crisis or service number or a phone number: never an amount
	wHundred                   // "hundred", "cien", "cientos"
	wHalf                      // "half", "media", "medio"
	wCouple                    // "couple", "par"
	wDozen                     // "dozen", "docena"
	wOne                       // "one", "un", "una", "uno"
	wA                         // "a"
	wAn                        // "an"
	wBy
	wBefore
	wOn
	wUntil
	wThrough
	wPrior
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
	wLast
	wComing
	wEnd
	wOf
	wTime
	wTimes
	wPer
	wEvery
	wEach
	wOtherW // "other" in "every other day"
	wMinute // wMinute..wYear are consecutive
	wHour
	wDay
	wWeek
	wMonth
	wYear
	wDollar
	wToday
	wTonight
	wTomorrow
	wYesterday
	wAfter
	wMorning
	wAfternoon
	wEvening
	wNight
	wNoon
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
	wMid
	wEarly
	wLate
	wSeason // summer, fall, winter, spring, holidays: a loose period
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
	wBetween
	wOr
	wAnd
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
	wAgo
	wSince
	wUsed
	wI
	wWill
	wIll
	wShall
	wIm
	wGoing
	wGonna
	wWanna
	wWant
	wPlan
	wIntend
	wCommit
	wPromise
	wAdverb // also, then, really, definitely, actually, just, first, still
	wPastVerb
	wHave
	wBeen
	wBetter
	wImprove
	wVagueVerb // reduce, decrease, increase, cut: vague unless "to" and an amount follow
	wTry
	wTrying
	wAttempt
	wHope
	wMaybe
	wPerhaps
	wHopefully
	wMight
	wPossibly
	wBest
	wDo
	wMy
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
	wSo
	wAs
	wMuch
	wOften
	wPossible
	wNeeded
	wRegularly
	wFor
	wWork
	wDeal
	wWith
	wGet
	wLife
	wTogether
	wBack
	wCut
	wDown
	wIf
	wEventNoun // court, hearing, discharge, surgery, birthday, probation, lease, ...
	wEventVerb // ends, starts, comes, paid, hired, out: what makes "when/after ..." an event
	wNameNoun  // step, section, route, room, floor, page: a number after it is a name
	wJoin      // small joining words after which a bare amount is not a count
	wWe
	wAge     // "old" in "30 years old"; Spanish "tengo", "cumplo": an age is no amount
	wAtLeast // "atleast", written as one word
	wAtMost  // "atmost", written as one word

	// Spanish words with no English entry of the same grammar.
	wEsA       // "a"
	wEsAl      // "al": "al día" is per day
	wEsDe      // "de", "del"
	wEsEn      // "en"
	wEsPara    // "para"
	wEsHasta   // "hasta": up to, or until
	wEsDentro  // "dentro"
	wEsTardar  // "tardar" in "a más tardar"
	wEsQue     // "que" in "la semana que viene"
	wEsViene   // "viene", "entra"
	wEsPasado  // "pasado", "pasada"
	wEsHace    // "hace"
	wEsDesde   // "desde"
	wEsLas     // "las", "la" (before an hour)
	wEsTodos   // "todos", "todas"
	wEsCada    // "cada"
	wEsVoy     // "voy"
	wEsVamos   // "vamos"
	wEsQuiero  // "quiero"
	wEsMe      // "me"
	wEsComp    // "comprometo"
	wEsPienso  // "pienso"
	wEsFuture  // a first-person future verb: "llamaré"
	wEsMas     // "más"
	wEsMenos   // "menos"
	wEsLo      // "lo" in "por lo menos", "a lo mejor"
	wEsComo    // "como"
	wEsMejor   // "mejor"
	wEsSi      // "sí" in "un día sí y otro no"
	wEsY       // "y"
	wEsO       // "o", "u"
	wEsFin     // "fin", "fines", "finales"
	wEsPrinc   // "principios"
	wEsMediado // "mediados"
	wEsFinde   // "finde"
	wEsTratar  // "tratar"
	wEsIntent  // "intentar", "intentaré", "intento"
	wEsOjala   // "ojalá"
	wEsTal     // "tal" in "tal vez"
	wEsVez     // "vez" (also a unit: veces)
	wEsAlgun   // "algún"
	wEsAlgo    // "algo"
	wEsPoco    // "poco"
	wEsTanto   // "tanto"
	wEsSeguido // "seguido"
	wEsGanas   // "ganas"
	wEsAdelant // "adelante"
	wEsCuando  // "cuando"
	wEsDespues // "después"
	wEsAntes   // "antes"
	wEsPor     // "por"
	wEsPuedo   // "pueda", "puedo"
	wEsPastV   // a first-person past verb: "fui", "dejé", "recaí", "tomaba"
	wEsHe      // "he" in "no he tomado"
	wEsDiario  // "diario", "diarios", "diariamente"
	wEsOtro    // "otro"

	// wNone stands for a token that does not exist or does not continue the
	// phrase; see textScanner.word.
	wNone textWord = 0xff
)

// Token flags from the vocabulary.
const (
	vPlural  uint8 = 1 << iota // a weekday in the plural ("Mondays"): a weekly frequency
	vAmbig                     // an abbreviation that is also a word ("sat", "sun", "mon", "wed"): needs context
	vAbbr                      // an abbreviation that may take a dot ("Dec.", "Tues.", "wks.")
	vStrong                    // a strong event noun ("court", "discharge"): an event without a possessive
	vLetters                   // a spelled number ("three"), not digits
)

// textEntry is what the vocabulary knows of a word.
type textEntry struct {
	key   string
	w     textWord
	flags uint8
	num   float64
}

// textVocabSize is the size of a vocabulary's open-addressing table: a
// power of two, about five times the number of words, so that few words
// share a first slot. textVocabEntries is the most entries it can hold,
// the unknown word's included.
const (
	textVocabSize    = 2048
	textVocabBits    = 11
	textVocabEntries = 512
)

// textKeyMax is the longest word a vocabulary can hold: a word is packed
// into two 64-bit keys.
const textKeyMax = 16

// textLower sets bit 0x20 of each byte of a key: that lower-cases an ASCII
// letter and leaves every other byte of a folded word as it is (digits,
// the apostrophe and the hyphen have it set already).
const textLower = 0x2020202020202020

// textVocab is a hash table of words, folded as [token.Fold] folds them,
// with linear probing. It is built at init and never written after.
//
// A word of up to [textKeyMax] bytes is packed, lower-cased, into two 64-bit
// keys ([textKey]), its first byte lowest and zeros past its end; a lookup
// hashes the keys and compares them with the one entry its slot names, two
// comparisons for any word. The slots hold small indexes into the entries,
// so that the table a lookup touches stays in the processor's nearest
// cache; a word the vocabulary does not know mostly lands on an empty slot.
// Entry 0 is the unknown word (wOther, and a key no word has), which an
// empty slot names: [textVocab.find] returns it rather than nil, so that a
// reader copies what it returns whether the word is known or not, with no
// branch on which.
type textVocab struct {
	// slots holds an entry's index; 0, the unknown word, is an empty slot.
	slots [textVocabSize]uint16
	// entries is an array, not a slice, so that an entry's address is one
	// step from the table's.
	entries [textVocabEntries]textVEntry
	n       int // the entries in use, the unknown word's included
	// maxLen is the length of the longest word.
	maxLen int
}

// textVEntry is an entry of a textVocab: a word's packed keys and what the
// vocabulary knows of it.
type textVEntry struct {
	k0, k1 uint64
	num    float64
	w      textWord
	flags  uint8
}

// textKey packs the word s, lower-cased by setting bit 0x20 of each byte,
// into two keys, its first byte lowest; ok is false for a word longer than
// textKeyMax or empty.
func textKey(s string) (k0, k1 uint64, ok bool) {
	n := len(s)
	switch {
	case n == 0 || n > textKeyMax:
		return 0, 0, false
	case n >= 8:
		return binary.LittleEndian.Uint64([]byte(s[:8])) | textLower, textKeyTail(s[8:]), true
	}
	return textKeyTail(s), 0, true
}

// textKeyTail packs up to eight bytes, lower-cased, first byte lowest.
func textKeyTail(s string) uint64 {
	var k uint64
	for i := len(s) - 1; i >= 0; i-- {
		k = k<<8 | uint64(s[i]|0x20)
	}
	return k
}

// textKeyMask keeps the first n bytes of a key, n from 0 to 8.
func textKeyMask(n int) uint64 {
	if n >= 8 {
		return ^uint64(0)
	}
	return 1<<(8*uint(n)) - 1
}

// textHash hashes a word's keys to its first slot.
func textHash(k0, k1 uint64) uint32 {
	h := (k0 ^ k1*0x9E3779B97F4A7C15) * 0xC2B2AE3D27D4EB4F
	return uint32(h >> (64 - textVocabBits))
}

func newTextVocab(entries []textEntry) *textVocab {
	if len(entries)+1 > textVocabEntries {
		panic("goals: vocabulary too large for its table; raise textVocabEntries")
	}
	v := &textVocab{n: 1} // entry 0, the unknown word, is the zero entry
	for _, e := range entries {
		if e.w == wOther {
			// The readers tell an unknown word by its class alone
			// (textFillSpaced's past-tense "-ed").
			panic("goals: vocabulary word without a class: " + e.key)
		}
		var buf [32]byte
		k, ok := token.Fold(buf[:], e.key)
		if !ok {
			panic("goals: vocabulary word does not fold: " + e.key)
		}
		k0, k1, ok := textKey(string(k))
		if !ok {
			panic("goals: vocabulary word too long for its key: " + e.key)
		}
		v.maxLen = max(v.maxLen, len(k))
		for h := textHash(k0, k1); ; h++ {
			s := &v.slots[h&(textVocabSize-1)]
			if *s == 0 {
				v.entries[v.n] = textVEntry{k0: k0, k1: k1, num: e.num, w: e.w, flags: e.flags}
				*s = uint16(v.n)
				v.n++
				break
			}
			if x := v.entries[*s]; x.k0 == k0 && x.k1 == k1 {
				panic("goals: vocabulary word listed twice: " + e.key)
			}
		}
	}
	return v
}

// lookup returns the entry of the word s, or nil. s is a folded word, or an
// ASCII word as written: its case does not matter.
func (v *textVocab) lookup(s string) *textVEntry {
	k0, k1, ok := textKey(s)
	if !ok {
		return nil
	}
	return v.lookupKey(k0, k1)
}

// lookupKey returns the entry of the word packed as k0, k1 by [textKey], or
// nil.
func (v *textVocab) lookupKey(k0, k1 uint64) *textVEntry {
	if e := v.find(k0, k1); e != &v.entries[0] {
		return e
	}
	return nil
}

// find returns the entry of the word packed as k0, k1 by [textKey], or
// entry 0, the unknown word (wOther, no flags, no number).
func (v *textVocab) find(k0, k1 uint64) *textVEntry {
	for h := textHash(k0, k1); ; h++ {
		i := v.slots[h&(textVocabSize-1)]
		if e := &v.entries[i&(textVocabEntries-1)]; e.k0 == k0 && e.k1 == k1 || i == 0 {
			return e
		}
	}
}

// textCommon are the words both languages know.
var textCommon = []textEntry{
	{key: "am", w: wAm}, {key: "pm", w: wPm},
	{key: "x", w: wPer}, {key: "asap", w: wAsap},
}

// textWordsEN is the English vocabulary.
var textWordsEN = append([]textEntry{
	{key: "one", w: wOne, num: 1, flags: vLetters}, {key: "a", w: wA, num: 1}, {key: "an", w: wAn, num: 1},
	{key: "hundred", w: wHundred}, {key: "half", w: wHalf}, {key: "couple", w: wCouple, num: 2},
	{key: "dozen", w: wDozen, num: 12},
	{key: "by", w: wBy}, {key: "before", w: wBefore}, {key: "on", w: wOn}, {key: "until", w: wUntil},
	{key: "untill", w: wUntil}, {key: "till", w: wUntil}, {key: "til", w: wUntil}, {key: "through", w: wThrough},
	{key: "thru", w: wThrough}, {key: "prior", w: wPrior},
	{key: "within", w: wWithin}, {key: "in", w: wIn}, {key: "no", w: wNo}, {key: "not", w: wNot},
	{key: "dont", w: wNot}, {key: "don't", w: wNot}, {key: "later", w: wLater},
	{key: "than", w: wThan}, {key: "over", w: wOver}, {key: "under", w: wUnder}, {key: "from", w: wFrom},
	{key: "now", w: wNow}, {key: "the", w: wThe}, {key: "this", w: wThis}, {key: "next", w: wNext},
	{key: "last", w: wLast}, {key: "coming", w: wComing}, {key: "end", w: wEnd}, {key: "of", w: wOf},
	{key: "time", w: wTime}, {key: "times", w: wTimes}, {key: "per", w: wPer}, {key: "every", w: wEvery},
	{key: "each", w: wEach}, {key: "other", w: wOtherW},
	{key: "minute", w: wMinute}, {key: "minutes", w: wMinute}, {key: "min", w: wMinute, flags: vAbbr},
	{key: "mins", w: wMinute, flags: vAbbr}, {key: "minites", w: wMinute}, {key: "minuts", w: wMinute},
	{key: "hour", w: wHour}, {key: "hours", w: wHour}, {key: "hr", w: wHour, flags: vAbbr},
	{key: "hrs", w: wHour, flags: vAbbr},
	{key: "day", w: wDay}, {key: "days", w: wDay}, {key: "week", w: wWeek}, {key: "weeks", w: wWeek},
	{key: "wk", w: wWeek, flags: vAbbr}, {key: "wks", w: wWeek, flags: vAbbr},
	{key: "month", w: wMonth}, {key: "months", w: wMonth}, {key: "mo", w: wMonth, flags: vAbbr},
	{key: "mos", w: wMonth, flags: vAbbr}, {key: "year", w: wYear}, {key: "years", w: wYear},
	{key: "yr", w: wYear, flags: vAbbr}, {key: "yrs", w: wYear, flags: vAbbr},
	{key: "dollar", w: wDollar}, {key: "dollars", w: wDollar}, {key: "bucks", w: wDollar},
	{key: "today", w: wToday}, {key: "tonight", w: wTonight}, {key: "tonite", w: wTonight},
	{key: "tomorrow", w: wTomorrow}, {key: "tommorow", w: wTomorrow}, {key: "tomorow", w: wTomorrow},
	{key: "tommorrow", w: wTomorrow}, {key: "tmrw", w: wTomorrow}, {key: "tmr", w: wTomorrow},
	{key: "tomorrows", w: wTomorrow}, {key: "yesterday", w: wYesterday},
	{key: "after", w: wAfter}, {key: "morning", w: wMorning}, {key: "mornings", w: wMorning, flags: vPlural},
	{key: "afternoon", w: wAfternoon}, {key: "evening", w: wEvening}, {key: "evenings", w: wEvening, flags: vPlural},
	{key: "night", w: wNight}, {key: "nights", w: wNight, flags: vPlural}, {key: "noon", w: wNoon},
	{key: "midday", w: wNoon}, {key: "weekend", w: wWeekend}, {key: "weekends", w: wWeekend, flags: vPlural},
	{key: "monday", w: wMonday}, {key: "mondays", w: wMonday, flags: vPlural}, {key: "mon", w: wMonday, flags: vAmbig | vAbbr},
	{key: "tuesday", w: wTuesday}, {key: "tuesdays", w: wTuesday, flags: vPlural}, {key: "tue", w: wTuesday, flags: vAbbr},
	{key: "tues", w: wTuesday, flags: vAbbr}, {key: "tuesay", w: wTuesday},
	{key: "wednesday", w: wWednesday}, {key: "wednesdays", w: wWednesday, flags: vPlural},
	{key: "wed", w: wWednesday, flags: vAmbig | vAbbr}, {key: "weds", w: wWednesday, flags: vAbbr},
	{key: "wednsday", w: wWednesday}, {key: "wensday", w: wWednesday}, {key: "wendsday", w: wWednesday},
	{key: "wenesday", w: wWednesday},
	{key: "thursday", w: wThursday}, {key: "thursdays", w: wThursday, flags: vPlural},
	{key: "thu", w: wThursday, flags: vAbbr}, {key: "thur", w: wThursday, flags: vAbbr},
	{key: "thurs", w: wThursday, flags: vAbbr}, {key: "thrusday", w: wThursday}, {key: "thurday", w: wThursday},
	{key: "friday", w: wFriday}, {key: "fridays", w: wFriday, flags: vPlural}, {key: "fri", w: wFriday, flags: vAbbr},
	{key: "firday", w: wFriday},
	{key: "saturday", w: wSaturday}, {key: "saturdays", w: wSaturday, flags: vPlural},
	{key: "sat", w: wSaturday, flags: vAmbig | vAbbr}, {key: "saterday", w: wSaturday},
	{key: "sunday", w: wSunday}, {key: "sundays", w: wSunday, flags: vPlural}, {key: "sun", w: wSunday, flags: vAmbig | vAbbr},
	{key: "january", w: wJanuary}, {key: "jan", w: wJanuary, flags: vAbbr}, {key: "february", w: wFebruary},
	{key: "feb", w: wFebruary, flags: vAbbr}, {key: "febuary", w: wFebruary}, {key: "march", w: wMarch},
	{key: "mar", w: wMarch, flags: vAbbr}, {key: "april", w: wApril}, {key: "apr", w: wApril, flags: vAbbr},
	{key: "may", w: wMay, flags: vAmbig}, {key: "june", w: wJune}, {key: "jun", w: wJune, flags: vAbbr},
	{key: "july", w: wJuly}, {key: "jul", w: wJuly, flags: vAbbr}, {key: "august", w: wAugust},
	{key: "aug", w: wAugust, flags: vAbbr}, {key: "september", w: wSeptember}, {key: "sep", w: wSeptember, flags: vAbbr},
	{key: "sept", w: wSeptember, flags: vAbbr}, {key: "october", w: wOctober}, {key: "oct", w: wOctober, flags: vAbbr},
	{key: "november", w: wNovember}, {key: "nov", w: wNovember, flags: vAbbr}, {key: "december", w: wDecember},
	{key: "dec", w: wDecember, flags: vAbbr},
	{key: "mid", w: wMid}, {key: "middle", w: wMid}, {key: "early", w: wEarly}, {key: "late", w: wLate},
	{key: "summer", w: wSeason}, {key: "fall", w: wSeason}, {key: "winter", w: wSeason}, {key: "spring", w: wSeason},
	{key: "holidays", w: wSeason}, {key: "christmas", w: wSeason}, {key: "thanksgiving", w: wSeason},
	{key: "at", w: wAt}, {key: "least", w: wLeast}, {key: "most", w: wMost}, {key: "more", w: wMore},
	{key: "less", w: wLess}, {key: "fewer", w: wFewer}, {key: "up", w: wUp}, {key: "to", w: wTo},
	{key: "maximum", w: wMaximum}, {key: "max", w: wMaximum}, {key: "minimum", w: wMinimum},
	{key: "exactly", w: wExactly}, {key: "between", w: wBetween}, {key: "or", w: wOr}, {key: "and", w: wAnd},
	{key: "once", w: wOnce, num: 1}, {key: "twice", w: wTwice, num: 2},
	{key: "daily", w: wDaily}, {key: "weekly", w: wWeekly}, {key: "monthly", w: wMonthly},
	{key: "yearly", w: wYearly}, {key: "nightly", w: wNightly},
	{key: "o'clock", w: wOclock}, {key: "ago", w: wAgo}, {key: "since", w: wSince},
	{key: "used", w: wUsed},
	{key: "i", w: wI}, {key: "will", w: wWill}, {key: "i'll", w: wIll}, {key: "ill", w: wIll, flags: vAmbig},
	{key: "shall", w: wShall}, {key: "i'm", w: wIm}, {key: "im", w: wIm},
	{key: "going", w: wGoing}, {key: "gonna", w: wGonna}, {key: "wanna", w: wWanna}, {key: "want", w: wWant},
	{key: "plan", w: wPlan}, {key: "intend", w: wIntend}, {key: "commit", w: wCommit}, {key: "promise", w: wPromise},
	{key: "also", w: wAdverb}, {key: "then", w: wAdverb}, {key: "really", w: wAdverb}, {key: "definitely", w: wAdverb},
	{key: "actually", w: wAdverb}, {key: "just", w: wAdverb}, {key: "first", w: wAdverb}, {key: "still", w: wAdverb},
	{key: "finally", w: wAdverb},
	{key: "was", w: wPastVerb}, {key: "were", w: wPastVerb}, {key: "went", w: wPastVerb}, {key: "got", w: wPastVerb},
	{key: "had", w: wPastVerb}, {key: "did", w: wPastVerb}, {key: "didnt", w: wPastVerb}, {key: "didn't", w: wPastVerb},
	{key: "quit", w: wPastVerb, flags: vAmbig}, {key: "lost", w: wPastVerb}, {key: "couldnt", w: wPastVerb},
	{key: "couldn't", w: wPastVerb}, {key: "wasnt", w: wPastVerb}, {key: "wasn't", w: wPastVerb},
	{key: "came", w: wPastVerb}, {key: "left", w: wPastVerb}, {key: "made", w: wPastVerb}, {key: "took", w: wPastVerb},
	{key: "have", w: wHave}, {key: "havent", w: wHave}, {key: "haven't", w: wHave}, {key: "i've", w: wHave},
	{key: "ive", w: wHave}, {key: "been", w: wBeen},
	{key: "better", w: wBetter}, {key: "healthier", w: wBetter}, {key: "happier", w: wBetter},
	{key: "improve", w: wImprove}, {key: "improved", w: wImprove}, {key: "improving", w: wImprove},
	{key: "reduce", w: wVagueVerb}, {key: "decrease", w: wVagueVerb}, {key: "increase", w: wVagueVerb},
	{key: "lower", w: wVagueVerb},
	{key: "try", w: wTry}, {key: "trying", w: wTrying}, {key: "attempt", w: wAttempt}, {key: "hope", w: wHope},
	{key: "maybe", w: wMaybe}, {key: "perhaps", w: wPerhaps}, {key: "hopefully", w: wHopefully},
	{key: "might", w: wMight}, {key: "possibly", w: wPossibly}, {key: "best", w: wBest}, {key: "do", w: wDo},
	{key: "my", w: wMy},
	{key: "some", w: wSome}, {key: "someday", w: wSomeday}, {key: "sometime", w: wSometime},
	{key: "eventually", w: wEventually}, {key: "soon", w: wSoon}, {key: "future", w: wFuture},
	{key: "near", w: wNear}, {key: "point", w: wPoint}, {key: "when", w: wWhen}, {key: "can", w: wCan},
	{key: "several", w: wSeveral}, {key: "few", w: wFew}, {key: "lot", w: wLot}, {key: "lots", w: wLots},
	{key: "bit", w: wBit}, {key: "little", w: wLittle}, {key: "so", w: wSo}, {key: "as", w: wAs},
	{key: "much", w: wMuch}, {key: "often", w: wOften}, {key: "possible", w: wPossible}, {key: "needed", w: wNeeded},
	{key: "regularly", w: wRegularly}, {key: "consistently", w: wRegularly}, {key: "frequently", w: wRegularly},
	{key: "for", w: wFor}, {key: "work", w: wWork}, {key: "deal", w: wDeal}, {key: "with", w: wWith},
	{key: "w", w: wWith}, {key: "get", w: wGet}, {key: "life", w: wLife}, {key: "together", w: wTogether},
	{key: "back", w: wBack}, {key: "cut", w: wCut}, {key: "down", w: wDown}, {key: "if", w: wIf}, {key: "we", w: wWe}, {key: "old", w: wAge},
	{key: "wil", w: wWill}, {key: "gona", w: wGonna}, {key: "wana", w: wWanna}, {key: "evry", w: wEvery},
	{key: "everyday", w: wDaily}, {key: "atleast", w: wAtLeast}, {key: "atmost", w: wAtMost},
	{key: "court", w: wEventNoun, flags: vStrong}, {key: "hearing", w: wEventNoun, flags: vStrong},
	{key: "discharge", w: wEventNoun, flags: vStrong}, {key: "release", w: wEventNoun, flags: vStrong},
	{key: "surgery", w: wEventNoun}, {key: "birthday", w: wEventNoun}, {key: "probation", w: wEventNoun},
	{key: "parole", w: wEventNoun}, {key: "lease", w: wEventNoun}, {key: "baby", w: wEventNoun},
	{key: "appt", w: wEventNoun}, {key: "appointment", w: wEventNoun}, {key: "graduation", w: wEventNoun},
	{key: "sentencing", w: wEventNoun, flags: vStrong}, {key: "refund", w: wEventNoun}, {key: "class", w: wEventNoun},
	{key: "grant", w: wEventNoun}, {key: "detox", w: wEventNoun}, {key: "id", w: wEventNoun}, {key: "trial", w: wEventNoun},
	{key: "paid", w: wEventVerb}, {key: "hired", w: wEventVerb}, {key: "ends", w: wEventVerb},
	{key: "starts", w: wEventVerb}, {key: "comes", w: wEventVerb}, {key: "out", w: wEventVerb},
	{key: "step", w: wNameNoun}, {key: "steps", w: wNameNoun}, {key: "section", w: wNameNoun}, {key: "route", w: wNameNoun},
	{key: "room", w: wNameNoun}, {key: "floor", w: wNameNoun}, {key: "page", w: wNameNoun}, {key: "level", w: wNameNoun},
	{key: "highway", w: wNameNoun}, {key: "unit", w: wNameNoun}, {key: "bus", w: wNameNoun},
	{key: "without", w: wJoin}, {key: "about", w: wJoin}, {key: "is", w: wJoin}, {key: "are", w: wJoin},
	{key: "you", w: wJoin}, {key: "he", w: wJoin}, {key: "she", w: wJoin}, {key: "it", w: wJoin},
	{key: "th", w: wJoin}, {key: "pts", w: wJoin},
}, textCommon...)

var textVocabEN = newTextVocab(append(textWordsEN, textNumbersEN...))

// textNumbersEN are the English number words to 99 but the compounds,
// which are read as "tens-ones" or "tens ones".
var textNumbersEN = []textEntry{
	{key: "two", w: wNumWord, num: 2, flags: vLetters}, {key: "three", w: wNumWord, num: 3, flags: vLetters},
	{key: "four", w: wNumWord, num: 4, flags: vLetters}, {key: "five", w: wNumWord, num: 5, flags: vLetters},
	{key: "six", w: wNumWord, num: 6, flags: vLetters}, {key: "seven", w: wNumWord, num: 7, flags: vLetters},
	{key: "eight", w: wNumWord, num: 8, flags: vLetters}, {key: "nine", w: wNumWord, num: 9, flags: vLetters},
	{key: "ten", w: wNumWord, num: 10, flags: vLetters}, {key: "eleven", w: wNumWord, num: 11, flags: vLetters},
	{key: "twelve", w: wNumWord, num: 12, flags: vLetters}, {key: "thirteen", w: wNumWord, num: 13, flags: vLetters},
	{key: "fourteen", w: wNumWord, num: 14, flags: vLetters}, {key: "fifteen", w: wNumWord, num: 15, flags: vLetters},
	{key: "sixteen", w: wNumWord, num: 16, flags: vLetters}, {key: "seventeen", w: wNumWord, num: 17, flags: vLetters},
	{key: "eighteen", w: wNumWord, num: 18, flags: vLetters}, {key: "nineteen", w: wNumWord, num: 19, flags: vLetters},
	{key: "twenty", w: wNumWord, num: 20, flags: vLetters}, {key: "thirty", w: wNumWord, num: 30, flags: vLetters},
	{key: "forty", w: wNumWord, num: 40, flags: vLetters}, {key: "fourty", w: wNumWord, num: 40, flags: vLetters},
	{key: "fifty", w: wNumWord, num: 50, flags: vLetters}, {key: "sixty", w: wNumWord, num: 60, flags: vLetters},
	{key: "seventy", w: wNumWord, num: 70, flags: vLetters}, {key: "eighty", w: wNumWord, num: 80, flags: vLetters},
	{key: "ninety", w: wNumWord, num: 90, flags: vLetters},
}
