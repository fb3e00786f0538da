package quality

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// firstPersonWords are words that put a text in the speaker's own voice, in
// the languages a recovery plan is most often written in beside English:
// pronouns, possessives and the first-person verbs that Spanish and
// Portuguese use without a pronoun. They are lower case, with ’ read as '.
var firstPersonWords = [...]string{
	// English
	"i", "i'm", "i've", "i'll", "i'd", "im", "ive", "me", "my", "mine", "myself", "we", "we're", "we'll", "our", "us",
	// Spanish
	"yo", "mi", "mis", "conmigo", "quiero", "voy", "puedo", "tengo", "necesito", "estoy", "soy", "nosotros", "nuestra", "nuestro",
	// French
	"je", "j", "moi", "mon", "ma", "mes",
	// Portuguese
	"eu", "meu", "minha", "meus", "minhas", "quero",
	// Vietnamese, Tagalog, Haitian Creole
	"tôi", "mình", "ako", "mwen",
	// German, Italian
	"ich", "mein", "meine", "io", "mio", "mia", "voglio",
}

// thirdPersonWords, as a text's first word, show it written about the person
// rather than by them: "Client will attend groups", "Pt to obtain housing",
// "El paciente asistirá".
var thirdPersonWords = [...]string{
	"client", "clients", "patient", "patients", "pt", "consumer", "individual", "member", "resident",
	"participant", "recipient", "he", "she", "he's", "she's", "mr", "ms", "mrs",
	"cliente", "paciente", "usuario", "usuaria", "participante", "patiente", "patientin", "klient",
}

// articles are skipped before the first word: "The client", "El paciente".
var articles = [...]string{"the", "this", "el", "la", "le", "o", "a", "der", "die", "il"}

// ownVoice reports whether text reads as the person's own words: it does not
// open by naming the person in the third person (providerVoice), and either
// it has a first-person word (firstPersonWords, English, Spanish, French,
// Portuguese, Vietnamese, Tagalog, Haitian Creole, German, Italian) or its
// letters are not all Latin: a text in a script these word lists do not
// cover (Chinese, Korean, Arabic, Russian, ...) is taken as the person's, so
// writing in one's own language never costs points. "I want my own place",
// "Get my kids back", "Quiero volver a trabajar" and "我想找工作" are the
// person's; "Obtain stable housing" and "Client to stop smoking" are not.
func ownVoice(text string) bool {
	if blank(text) || providerVoice(text) {
		return false
	}
	found, latin := false, true
	eachWord(text, func(w string) bool {
		if isFirstPerson(w) {
			found = true
			return false
		}
		for _, r := range w {
			if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
				latin = false
			}
		}
		return true
	})
	return found || !latin
}

// providerVoice reports whether text opens by naming the person in the third
// person, as notes written about someone do (thirdPersonWords, after an
// optional article).
func providerVoice(text string) bool {
	third, n := false, 0
	eachWord(text, func(w string) bool {
		n++
		if n == 1 && inList(w, articles[:]) {
			return true
		}
		third = inList(w, thirdPersonWords[:])
		return false
	})
	return third
}

func isFirstPerson(w string) bool {
	if inList(w, firstPersonWords[:]) {
		return true
	}
	// "j'ai", "m'aide": the elided pronoun before the apostrophe.
	if i := strings.IndexAny(w, "'’"); i > 0 {
		return inList(w[:i], firstPersonWords[:])
	}
	return false
}

// inList reports whether w, ignoring case and reading ’ as ', is in list.
func inList(w string, list []string) bool {
	for _, x := range list {
		if equalWord(w, x) {
			return true
		}
	}
	return false
}

// equalWord compares w with the lower-case word x, ignoring case and reading
// ’ in w as '.
func equalWord(w, x string) bool {
	for len(w) > 0 && len(x) > 0 {
		r, n := utf8.DecodeRuneInString(w)
		if r == '’' {
			r = '\''
		}
		q, m := utf8.DecodeRuneInString(x)
		if unicode.ToLower(r) != q {
			return false
		}
		w, x = w[n:], x[m:]
	}
	return w == "" && x == ""
}

// eachWord calls f with each word of text, a run of letters, marks and
// apostrophes, until f returns false. It does not allocate.
func eachWord(text string, f func(string) bool) {
	start := -1
	for i, r := range text {
		inWord := unicode.IsLetter(r) || unicode.IsMark(r) || r == '\'' || r == '’'
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			if !f(text[start:i]) {
				return
			}
			start = -1
		}
	}
	if start >= 0 {
		f(text[start:])
	}
}

// blank reports whether s is empty or white space only. It stops at the first
// byte that is plainly not a space, so a filled-in text costs one comparison.
func blank[T ~string](s T) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' || '\t' <= c && c <= '\r':
		case c < utf8.RuneSelf:
			return false
		default:
			return strings.TrimSpace(string(s[i:])) == "" // non-ASCII spaces
		}
	}
	return true
}
