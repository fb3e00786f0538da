package goals

import (
	"time"
	"unicode/utf8"
)

// textWordsES is the Spanish vocabulary. Accents are optional: words are
// folded before they are looked up ("mañana" and "manana", "miércoles" and
// "miercoles" are one word).
var textWordsES = append([]textEntry{
	{key: "un", w: wOne, num: 1, flags: vLetters}, {key: "una", w: wOne, num: 1, flags: vLetters},
	{key: "uno", w: wOne, num: 1, flags: vLetters},
	{key: "cien", w: wHundred, num: 100}, {key: "ciento", w: wHundred, num: 100},
	{key: "media", w: wHalf}, {key: "medio", w: wHalf}, {key: "par", w: wCouple, num: 2},
	{key: "docena", w: wDozen, num: 12},
	{key: "el", w: wThe}, {key: "la", w: wThe}, {key: "los", w: wThe}, {key: "las", w: wEsLas},
	{key: "a", w: wEsA}, {key: "al", w: wEsAl}, {key: "de", w: wEsDe}, {key: "del", w: wEsDe},
	{key: "en", w: wEsEn}, {key: "para", w: wEsPara}, {key: "hasta", w: wEsHasta}, {key: "dentro", w: wEsDentro},
	{key: "tardar", w: wEsTardar}, {key: "que", w: wEsQue}, {key: "viene", w: wEsViene}, {key: "entra", w: wEsViene},
	{key: "pasado", w: wEsPasado}, {key: "pasada", w: wEsPasado}, {key: "hace", w: wEsHace},
	{key: "desde", w: wEsDesde}, {key: "todos", w: wEsTodos}, {key: "todas", w: wEsTodos},
	{key: "cada", w: wEsCada}, {key: "voy", w: wEsVoy}, {key: "vamos", w: wEsVamos}, {key: "quiero", w: wEsQuiero},
	{key: "me", w: wEsMe}, {key: "comprometo", w: wEsComp}, {key: "pienso", w: wEsPienso},
	{key: "más", w: wEsMas}, {key: "menos", w: wEsMenos}, {key: "lo", w: wEsLo}, {key: "como", w: wEsComo},
	{key: "mejor", w: wEsMejor}, {key: "y", w: wEsY}, {key: "o", w: wEsO}, {key: "u", w: wEsO},
	{key: "fin", w: wEsFin}, {key: "fines", w: wEsFin}, {key: "finales", w: wEsFin}, {key: "final", w: wEsFin},
	{key: "principios", w: wEsPrinc}, {key: "mediados", w: wEsMediado}, {key: "finde", w: wEsFinde},
	{key: "tratar", w: wEsTratar}, {key: "trataré", w: wEsTratar}, {key: "trato", w: wEsTratar},
	{key: "intentar", w: wEsIntent}, {key: "intentaré", w: wEsIntent}, {key: "intento", w: wEsIntent},
	{key: "ojalá", w: wEsOjala}, {key: "tal", w: wEsTal}, {key: "vez", w: wEsVez}, {key: "veces", w: wEsVez},
	{key: "algún", w: wEsAlgun}, {key: "alguna", w: wEsAlgun}, {key: "algo", w: wEsAlgo}, {key: "poco", w: wEsPoco},
	{key: "tanto", w: wEsTanto}, {key: "seguido", w: wEsSeguido},
	{key: "ganas", w: wEsGanas}, {key: "echarle", w: wEsGanas}, {key: "echarles", w: wEsGanas},
	{key: "echale", w: wEsGanas}, {key: "adelante", w: wEsAdelant},
	{key: "cuando", w: wEsCuando}, {key: "después", w: wEsDespues}, {key: "antes", w: wEsAntes},
	{key: "por", w: wEsPor}, {key: "pueda", w: wEsPuedo}, {key: "puedo", w: wEsPuedo}, {key: "pueden", w: wEsPuedo},
	{key: "he", w: wEsHe}, {key: "ha", w: wEsHe}, {key: "hemos", w: wEsHe}, {key: "has", w: wEsHe},
	{key: "diario", w: wEsDiario}, {key: "diarios", w: wEsDiario}, {key: "diaria", w: wEsDiario},
	{key: "diarias", w: wEsDiario}, {key: "diariamente", w: wEsDiario}, {key: "otro", w: wEsOtro},
	{key: "no", w: wNo}, {key: "si", w: wIf}, {key: "entre", w: wBetween},
	{key: "hoy", w: wToday}, {key: "mañana", w: wTomorrow}, {key: "noche", w: wNight}, {key: "noches", w: wNight},
	{key: "tarde", w: wAfternoon}, {key: "tardes", w: wAfternoon}, {key: "mediodía", w: wNoon},
	{key: "ayer", w: wYesterday}, {key: "anoche", w: wYesterday},
	{key: "semana", w: wWeek}, {key: "semanas", w: wWeek}, {key: "mes", w: wMonth}, {key: "meses", w: wMonth},
	{key: "año", w: wYear}, {key: "años", w: wYear}, {key: "día", w: wDay}, {key: "días", w: wDay},
	{key: "hora", w: wHour}, {key: "horas", w: wHour}, {key: "hr", w: wHour, flags: vAbbr}, {key: "hrs", w: wHour, flags: vAbbr},
	{key: "minuto", w: wMinute}, {key: "minutos", w: wMinute}, {key: "min", w: wMinute, flags: vAbbr},
	{key: "dólar", w: wDollar}, {key: "dólares", w: wDollar}, {key: "pesos", w: wDollar},
	{key: "próximo", w: wNext}, {key: "próxima", w: wNext}, {key: "este", w: wThis}, {key: "esta", w: wThis},
	{key: "lunes", w: wMonday}, {key: "martes", w: wTuesday}, {key: "miércoles", w: wWednesday},
	{key: "jueves", w: wThursday}, {key: "viernes", w: wFriday}, {key: "sábado", w: wSaturday},
	{key: "sábados", w: wSaturday, flags: vPlural}, {key: "domingo", w: wSunday}, {key: "domingos", w: wSunday, flags: vPlural},
	{key: "enero", w: wJanuary}, {key: "febrero", w: wFebruary}, {key: "marzo", w: wMarch}, {key: "abril", w: wApril},
	{key: "mayo", w: wMay}, {key: "junio", w: wJune}, {key: "julio", w: wJuly}, {key: "agosto", w: wAugust},
	{key: "septiembre", w: wSeptember}, {key: "setiembre", w: wSeptember}, {key: "octubre", w: wOctober},
	{key: "noviembre", w: wNovember}, {key: "diciembre", w: wDecember},
	{key: "verano", w: wSeason}, {key: "invierno", w: wSeason}, {key: "otoño", w: wSeason}, {key: "primavera", w: wSeason},
	{key: "fiestas", w: wSeason}, {key: "navidad", w: wSeason},
	{key: "audiencia", w: wEventNoun, flags: vStrong}, {key: "corte", w: wEventNoun, flags: vStrong},
	{key: "juicio", w: wEventNoun, flags: vStrong}, {key: "libertad", w: wEventNoun}, {key: "contrato", w: wEventNoun},
	{key: "identificación", w: wEventNoun}, {key: "alta", w: wEventNoun}, {key: "cumpleaños", w: wEventNoun},
	{key: "paguen", w: wEventVerb}, {key: "pague", w: wEventVerb}, {key: "salga", w: wEventVerb},
	{key: "termine", w: wEventVerb}, {key: "terminen", w: wEventVerb}, {key: "acabe", w: wEventVerb},
	{key: "cobre", w: wEventVerb}, {key: "nazca", w: wEventVerb}, {key: "empiece", w: wEventVerb},
	{key: "máximo", w: wMaximum}, {key: "mínimo", w: wMinimum},
	{key: "fui", w: wEsPastV}, {key: "fue", w: wEsPastV}, {key: "estuve", w: wEsPastV}, {key: "tuve", w: wEsPastV},
	{key: "estaba", w: wEsPastV}, {key: "era", w: wEsPastV}, {key: "llevo", w: wEsPastV},
	{key: "quizás", w: wMaybe}, {key: "quizá", w: wMaybe}, {key: "pronto", w: wSoon},
	{key: "posible", w: wPossible},
	{key: "mejorar", w: wImprove}, {key: "mejorará", w: wImprove}, {key: "mejore", w: wImprove},
	{key: "mejorando", w: wImprove},
	{key: "reducir", w: wVagueVerb}, {key: "reducirá", w: wVagueVerb}, {key: "disminuir", w: wVagueVerb},
	{key: "aumentar", w: wVagueVerb}, {key: "bajar", w: wVagueVerb},
	{key: "aquí", w: wJoin}, {key: "allí", w: wJoin}, {key: "ahí", w: wJoin}, {key: "así", w: wJoin},
	{key: "café", w: wJoin}, {key: "bebé", w: wJoin},
	{key: "mi", w: wMy}, {key: "mis", w: wMy}, {key: "su", w: wMy}, {key: "sus", w: wMy},
	{key: "tengo", w: wAge}, {key: "tenía", w: wAge}, {key: "cumplo", w: wAge}, {key: "cumplí", w: wAge},
	{key: "cumpliré", w: wAge}, {key: "con", w: wJoin}, {key: "sin", w: wJoin}, {key: "es", w: wJoin}, {key: "son", w: wJoin},
	{key: "paso", w: wNameNoun}, {key: "piso", w: wNameNoun}, {key: "ruta", w: wNameNoun},
	{key: "opción", w: wNameNoun}, {key: "oprimir", w: wNameNoun}, {key: "marcar", w: wNameNoun},
	{key: "dos", w: wNumWord, num: 2, flags: vLetters}, {key: "tres", w: wNumWord, num: 3, flags: vLetters},
	{key: "cuatro", w: wNumWord, num: 4, flags: vLetters}, {key: "cinco", w: wNumWord, num: 5, flags: vLetters},
	{key: "seis", w: wNumWord, num: 6, flags: vLetters}, {key: "siete", w: wNumWord, num: 7, flags: vLetters},
	{key: "ocho", w: wNumWord, num: 8, flags: vLetters}, {key: "nueve", w: wNumWord, num: 9, flags: vLetters},
	{key: "diez", w: wNumWord, num: 10, flags: vLetters}, {key: "once", w: wNumWord, num: 11, flags: vLetters},
	{key: "doce", w: wNumWord, num: 12, flags: vLetters}, {key: "trece", w: wNumWord, num: 13, flags: vLetters},
	{key: "catorce", w: wNumWord, num: 14, flags: vLetters}, {key: "quince", w: wNumWord, num: 15, flags: vLetters},
	{key: "dieciséis", w: wNumWord, num: 16, flags: vLetters}, {key: "diecisiete", w: wNumWord, num: 17, flags: vLetters},
	{key: "dieciocho", w: wNumWord, num: 18, flags: vLetters}, {key: "diecinueve", w: wNumWord, num: 19, flags: vLetters},
	{key: "veinte", w: wNumWord, num: 20, flags: vLetters}, {key: "veintiuno", w: wNumWord, num: 21, flags: vLetters},
	{key: "veintidós", w: wNumWord, num: 22, flags: vLetters}, {key: "veintitrés", w: wNumWord, num: 23, flags: vLetters},
	{key: "veinticuatro", w: wNumWord, num: 24, flags: vLetters}, {key: "veinticinco", w: wNumWord, num: 25, flags: vLetters},
	{key: "veintiséis", w: wNumWord, num: 26, flags: vLetters}, {key: "veintisiete", w: wNumWord, num: 27, flags: vLetters},
	{key: "veintiocho", w: wNumWord, num: 28, flags: vLetters}, {key: "veintinueve", w: wNumWord, num: 29, flags: vLetters},
	{key: "treinta", w: wNumWord, num: 30, flags: vLetters}, {key: "cuarenta", w: wNumWord, num: 40, flags: vLetters},
	{key: "cincuenta", w: wNumWord, num: 50, flags: vLetters}, {key: "sesenta", w: wNumWord, num: 60, flags: vLetters},
	{key: "setenta", w: wNumWord, num: 70, flags: vLetters}, {key: "ochenta", w: wNumWord, num: 80, flags: vLetters},
	{key: "noventa", w: wNumWord, num: 90, flags: vLetters}, {key: "doscientos", w: wNumWord, num: 200, flags: vLetters},
	{key: "trescientos", w: wNumWord, num: 300, flags: vLetters}, {key: "quinientos", w: wNumWord, num: 500, flags: vLetters},
	{key: "mil", w: wNumWord, num: 1000, flags: vLetters},
}, textCommon...)

var textVocabES = newTextVocab(textWordsES)

// classifyES reads the Spanish verb endings the rules use, for a word the
// vocabulary does not list: a first-person future ("llamaré": a
// commitment), a first-person preterite ("dejé", "recaí") or an imperfect
// ("tomaba"): past time; a past participle after "he" is read by the rule.
func classifyES(s string, t *textToken) {
	n := len(s)
	if n < 4 {
		return
	}
	r, size := utf8.DecodeLastRuneInString(s)
	switch r {
	case 'é':
		if n-size >= 3 && s[n-size-1]|0x20 == 'r' {
			t.w = wEsFuture // "llamaré", "iré"
		} else {
			t.w = wEsPastV // "dejé", "llamé"
		}
		return
	case 'í':
		t.w = wEsPastV // "recaí", "salí", "perdí"
		return
	}
	if n >= 5 && s[n-3]|0x20 == 'a' && s[n-2]|0x20 == 'b' && s[n-1]|0x20 == 'a' {
		t.w = wEsPastV // "tomaba"
	}
}

// isParticiple reports whether token q ends in "ado" or "ido".
func (sc *textScanner) isParticiple(q int) bool {
	if q >= len(sc.toks) || sc.toks[q].brk {
		return false
	}
	s := sc.text[sc.toks[q].start:sc.toks[q].end]
	n := len(s)
	return n >= 4 && (s[n-3]|0x20 == 'a' || s[n-3]|0x20 == 'i') && s[n-2]|0x20 == 'd' && s[n-1]|0x20 == 'o'
}

// matchPastES is matchPast in Spanish: "desde enero", "ayer", "el viernes
// pasado", "la semana pasada", "hace dos años", "no he tomado", "fui",
// "dejé", "tomaba".
func (sc *textScanner) matchPastES(i int, res *Match) (int, bool) {
	switch w := sc.toks[i].w; w {
	case wEsDesde:
		if n, ok := sc.pastTime(i + 1); ok {
			*res = Match{Rule: RulePastSince}
			return n, true
		}
	case wYesterday:
		*res = Match{Rule: RulePastLast}
		return i + 1, true
	case wEsHace:
		if a, ok := sc.amount(i + 1); ok && a.hi == 0 && isUnit(sc.word(a.next)) {
			*res = Match{Rule: RulePastAgo}
			return a.next + 1, true
		}
	case wEsHe:
		if sc.isParticiple(i + 1) {
			*res = Match{Rule: RulePastTense}
			return i + 2, true
		}
	case wEsPastV:
		*res = Match{Rule: RulePastTense}
		return i + 1, true
	case wThe, wThis:
		if _, ok := sc.lastPeriod(i + 1); ok && sc.cont(i+2, wEsPasado) {
			*res = Match{Rule: RulePastLast}
			return i + 3, true
		}
	default:
		if _, ok := sc.lastPeriod(i); ok && sc.cont(i+1, wEsPasado) {
			*res = Match{Rule: RulePastLast}
			return i + 2, true
		}
	}
	return 0, false
}

// matchTimeES is matchTime in Spanish.
func (sc *textScanner) matchTimeES(i int, res *Match) (int, bool) {
	t := &sc.toks[i]
	switch t.w {
	case wEsDentro:
		if sc.cont(i+1, wEsDe) {
			return sc.matchSpan(i+2, true, res) // "dentro de dos semanas"
		}
		return 0, false
	case wEsEn:
		if n, ok := sc.matchSpan(i+1, true, res); ok {
			return n, true // "en tres días"
		}
		if w := sc.word(i + 1); isMonth(w) {
			*res = timeMatch(RulePeriod, sc.monthEnd(w))
			return i + 2, true // "en septiembre"
		}
		if isThe(sc.word(i+1)) && sc.word(i+2) == wSeason {
			*res = Match{Rule: RuleEvent}
			return i + 3, true
		}
		return 0, false
	case wEsA, wEsLas, wNoon, wClock, wClockBare:
		if n, ok := sc.matchClock(i, false, res); ok {
			return n, true
		}
		if t.w == wEsA {
			// "a más tardar el viernes"
			if sc.cont(i+1, wEsMas) && sc.cont(i+2, wEsTardar) {
				return sc.timeAfterES(i, i+3, wBy, res)
			}
			// "a mediados de abril", "a principios de mayo", "a finales de
			// junio", "a fin de mes"
			if n, ok := sc.monthPartES(i+1, res); ok {
				return n, true
			}
		}
		return 0, false
	case wEsPara:
		return sc.timeAfterES(i, i+1, wBy, res)
	case wEsHasta:
		return sc.timeAfterES(i, i+1, wUntil, res)
	case wEsAntes:
		if sc.cont(i+1, wEsDe) {
			return sc.timeAfterES(i, i+2, wBefore, res)
		}
		return 0, false
	case wEsCuando:
		return sc.matchEvent(i, i+1, res)
	case wEsDespues:
		if sc.cont(i+1, wEsDe) {
			return sc.matchEvent(i, i+2, res)
		}
		return 0, false
	}
	return sc.timeExprES(i, wNone, res)
}

// timeAfterES reads a time expression at p after a prefix at i ("para",
// "antes de", "hasta", "a más tardar"): a date or day, a month ("para
// diciembre"), the end of a period ("antes de fin de mes"), or an event.
func (sc *textScanner) timeAfterES(i, p int, prefix textWord, res *Match) (int, bool) {
	if sc.word(p) == wNone {
		return 0, false
	}
	if n, ok := sc.timeExprES(p, prefix, res); ok {
		return n, true
	}
	if w := sc.word(p); isMonth(w) {
		*res = timeMatch(RulePeriod, sc.monthEnd(w))
		return p + 1, true
	}
	if sc.word(p) == wEsFin {
		return sc.matchEndOf(p+1, res)
	}
	if n, ok := sc.monthPartES(p, res); ok {
		return n, true
	}
	if prefix == wBy && isThe(sc.word(p)) && sc.word(p+1) == wSeason {
		*res = Match{Rule: RuleEvent}
		return p + 2, true // "para el verano"
	}
	if prefix == wUntil {
		return 0, false
	}
	return sc.matchEvent(i, p, res)
}

// monthPartES reads "mediados de abril", "principios de mayo", "finales de
// junio", "fines de mes" at q.
func (sc *textScanner) monthPartES(q int, res *Match) (int, bool) {
	part := wNone
	switch sc.word(q) {
	case wEsMediado:
		part = wMid
	case wEsPrinc:
		part = wEarly
	case wEsFin:
		part = wLate
	default:
		return 0, false
	}
	if !sc.cont(q+1, wEsDe) {
		return 0, false
	}
	switch w := sc.word(q + 2); {
	case isMonth(w):
		*res = sc.monthPart(part, w)
		return q + 3, true
	case w == wMonth && part == wLate:
		y, m, _ := sc.clk.date()
		*res = timeMatch(RulePeriod, sc.endOfMonth(y, m))
		return q + 3, true
	case w == wWeek && part == wLate:
		*res = timeMatch(RulePeriod, sc.endOfDay(sc.daysToSunday()))
		return q + 3, true
	case w == wYear && part == wLate:
		*res = timeMatch(RulePeriod, sc.dayEnd(sc.clk.year(), 12, 31))
		return q + 3, true
	}
	return 0, false
}

// timeExprES tries a Spanish time expression at p.
func (sc *textScanner) timeExprES(p int, prefix textWord, res *Match) (int, bool) {
	t := &sc.toks[p]
	switch t.w {
	case wToday:
		*res = timeMatch(RuleRelativeDay, sc.endOfDay(0))
		return p + 1, true
	case wTomorrow:
		// "la mañana", "en la mañana", "por la mañana" are the morning.
		if sc.prev(p) == wThe || sc.prev(p) == wEsLas {
			return 0, false
		}
		*res = timeMatch(RuleRelativeDay, sc.endOfDay(1))
		return p + 1, true
	case wEsPasado:
		if sc.cont(p+1, wTomorrow) {
			*res = timeMatch(RuleRelativeDay, sc.endOfDay(2))
			return p + 2, true // "pasado mañana"
		}
	case wThis:
		switch w := sc.word(p + 1); {
		case w == wNight || w == wAfternoon || w == wMorning || w == wTomorrow:
			*res = timeMatch(RuleRelativeDay, sc.endOfDay(0))
			return p + 2, true // "esta noche"
		case w == wWeek || w == wWeekend || w == wEsFinde:
			*res = timeMatch(RulePeriod, sc.endOfDay(sc.daysToSunday()))
			return p + 2, true
		case w == wMonth:
			y, m, _ := sc.clk.date()
			*res = timeMatch(RulePeriod, sc.endOfMonth(y, m))
			return p + 2, true
		case w == wYear:
			*res = timeMatch(RulePeriod, sc.dayEnd(sc.clk.year(), 12, 31))
			return p + 2, true
		case isWeekday(w):
			*res = timeMatch(RuleWeekday, sc.weekday(w, false))
			return p + 2, true
		}
	case wEsFin:
		return sc.matchEndOf(p+1, res) // "fin de mes"
	case wNumDate:
		return sc.matchNumDate(p, prefix, res)
	case wISODate:
		return sc.matchTimeExprISO(p, prefix, res)
	case wNumber:
		if n, ok := sc.matchDayMonth(p, prefix, res); ok {
			return n, true
		}
	case wThe:
		if sc.toks[p].end-sc.toks[p].start == 3 {
			return 0, false // "los martes" is a frequency
		}
		switch w := sc.word(p + 1); {
		case w == wWeek || w == wMonth || w == wYear:
			// "la semana que viene", "la semana próxima"
			if sc.cont(p+2, wEsQue) && sc.cont(p+3, wEsViene) {
				*res = sc.nextPeriod(w)
				return p + 4, true
			}
			if sc.cont(p+2, wNext) {
				*res = sc.nextPeriod(w)
				return p + 3, true
			}
		case w == wNext:
			// "la próxima semana", "el próximo lunes"
			if v := sc.word(p + 2); v == wWeek || v == wMonth || v == wYear {
				*res = sc.nextPeriod(v)
				return p + 3, true
			} else if isWeekday(v) {
				*res = timeMatch(RuleWeekday, sc.weekday(v, true))
				return p + 3, true
			}
		case isWeekday(w):
			return sc.weekdayES(p+1, prefix, res)
		case w == wNumber:
			return sc.matchTheDay(p+1, prefix, res) // "el 15 de abril", "el 15"
		case w == wNumDate:
			return sc.matchNumDate(p+1, prefix, res)
		case w == wEsFin:
			return sc.matchEndOf(p+2, res)
		}
	case wNext:
		if v := sc.word(p + 1); v == wWeek || v == wMonth || v == wYear {
			*res = sc.nextPeriod(v)
			return p + 2, true
		} else if isWeekday(v) {
			*res = timeMatch(RuleWeekday, sc.weekday(v, true))
			return p + 2, true
		}
	case wMonday, wTuesday, wWednesday, wThursday, wFriday, wSaturday, wSunday:
		if prefix != wNone {
			return sc.weekdayES(p, prefix, res)
		}
	}
	return 0, false
}

// matchTimeExprISO reads an ISO date at p.
func (sc *textScanner) matchTimeExprISO(p int, prefix textWord, res *Match) (int, bool) {
	t := &sc.toks[p]
	if !validDate(int(t.y), monthOf(t.num), int(t.hi)) {
		return 0, false
	}
	*res = sc.pastOr(timeMatch(RuleDate, sc.dayEnd(int(t.y), monthOf(t.num), int(t.hi))), prefix)
	return p + 1, true
}

// weekdayES reads a weekday at q after "el": its next occurrence, or with a
// day number after it ("el martes 10") that day; a weekday in a list
// ("martes, jueves y sábados") or in the plural is a frequency, not a
// deadline.
func (sc *textScanner) weekdayES(q int, prefix textWord, res *Match) (int, bool) {
	t := &sc.toks[q]
	if t.vflags&vPlural != 0 {
		return 0, false
	}
	if w := sc.word(q + 1); isWeekday(w) || (w == wEsY || w == wEsO) && isWeekday(sc.word(q+2)) {
		return 0, false
	}
	if sc.word(q+1) == wNumber {
		if n, ok := sc.matchTheDay(q+1, prefix, res); ok {
			return n, true
		}
	}
	*res = timeMatch(RuleWeekday, sc.weekday(t.w, false))
	return q + 1, true
}

// nextPeriod is the end of the next week, month or year.
func (sc *textScanner) nextPeriod(w textWord) Match {
	var m Match
	switch w {
	case wWeek:
		m = timeMatch(RulePeriod, sc.endOfDay(sc.daysToSunday()+7))
	case wMonth:
		y, mo, _ := sc.clk.date()
		m = timeMatch(RulePeriod, sc.endOfMonth(y, mo+1))
	case wYear:
		m = timeMatch(RulePeriod, sc.dayEnd(sc.clk.year()+1, 12, 31))
	}
	return m
}

// actionES returns the index after a Spanish first-person commitment at i,
// or -1: "voy a", "vamos a", "quiero", "me comprometo a", "pienso"; a
// first-person future ("llamaré") is one on its own and returns i+1 with the
// verb taken in.
func (sc *textScanner) actionES(i int) int {
	switch sc.toks[i].w {
	case wEsVoy, wEsVamos:
		if sc.cont(i+1, wEsA) {
			return i + 2
		}
	case wEsQuiero, wEsPienso:
		if w := sc.word(i + 1); w != wNone && sc.toks[i+1].tflags&tDigits == 0 {
			return i + 1
		}
	case wEsMe:
		if sc.cont(i+1, wEsComp) && sc.cont(i+2, wEsA) {
			return i + 3
		}
	case wEsFuture:
		return i + 1
	}
	return -1
}

// matchVagueES is matchVague in Spanish.
func (sc *textScanner) matchVagueES(i int, res *Match) (int, bool) {
	r := Rule("")
	n := i + 1
	switch w := sc.toks[i].w; w {
	case wEsMejor, wImprove:
		if w == wEsMejor && sc.prev(i) == wEsLo {
			return 0, false
		}
		r = RuleVagueComparative
	case wVagueVerb:
		if !sc.measuredAfter(i + 1) {
			r = RuleVagueComparative
		}
	case wEsMas:
		switch {
		case sc.prev(i) == wEsA && sc.cont(i+1, wEsTardar), sc.prev(i) == wNo, sc.cont(i+1, wEsDe):
			return 0, false
		}
		r = RuleVagueComparative
		if sc.cont(i+1, wEsSeguido) {
			n = i + 2
		}
	case wEsMenos:
		switch {
		case sc.prev(i) == wEsAl, sc.prev(i) == wEsLo, sc.cont(i+1, wEsDe), sc.prev(i) == wEsO:
			return 0, false
		}
		r = RuleVagueComparative
	case wEsTratar:
		if sc.cont(i+1, wEsDe) {
			r, n = RuleVagueHedge, i+2
		}
	case wEsIntent, wEsOjala, wMaybe:
		r = RuleVagueHedge
	case wEsTal:
		if sc.cont(i+1, wEsVez) {
			r, n = RuleVagueHedge, i+2
		}
	case wEsA:
		if sc.cont(i+1, wEsLo) && sc.cont(i+2, wEsMejor) {
			r, n = RuleVagueHedge, i+3
		}
	case wOne:
		if sc.cont(i+1, wEsPoco) {
			r, n = RuleVagueAmount, i+2
		}
	case wEsAlgo:
		if sc.cont(i+1, wEsDe) {
			r, n = RuleVagueAmount, i+2
		}
	case wEsTanto:
		r = RuleVagueAmount
	case wSoon:
		r = RuleVagueTime
	case wEsAlgun:
		if sc.cont(i+1, wDay) {
			r, n = RuleVagueTime, i+2
		}
	case wEsLo:
		if sc.cont(i+1, wEsAntes) && sc.cont(i+2, wPossible) {
			r, n = RuleVagueTime, i+3
		}
	case wEsGanas:
		if sc.cont(i+1, wEsGanas) {
			r, n = RuleVagueAim, i+2
		}
	case wEsAdelant:
		r = RuleVagueAim
	}
	if r == "" {
		return 0, false
	}
	*res = Match{Rule: r}
	return n, true
}

func monthOf(v float64) time.Month { return time.Month(int(v)) }
