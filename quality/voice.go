package quality

import (
	"bytes"
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

// wordKind is what a word says about whose voice a text is in.
type wordKind uint8

const (
	wordOther wordKind = iota
	wordFirstPerson
	wordThirdPerson
	wordArticle
)

// wordKinds maps each word of the lists above, lower case, to its kind. It
// is built once at init and never written after.
var wordKinds = func() map[string]wordKind {
	m := make(map[string]wordKind, len(firstPersonWords)+len(thirdPersonWords)+len(articles))
	for _, w := range articles {
		m[w] = wordArticle
	}
	for _, w := range thirdPersonWords {
		m[w] = wordThirdPerson
	}
	for _, w := range firstPersonWords {
		m[w] = wordFirstPerson
	}
	return m
}()

// maxListWord is longer than any word of the lists, in bytes.
const maxListWord = 24

// kindOf returns the kind of w, ignoring case and reading ’ as '. It lowers w
// into a buffer on the stack, so it does not allocate.
func kindOf(w string) wordKind {
	if len(w) >= maxListWord {
		return wordOther
	}
	var buf [maxListWord + 8]byte
	b := buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == '’' {
			r = '\''
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
		if len(b) >= maxListWord {
			return wordOther
		}
	}
	k := wordKinds[string(b)]
	if k == wordOther {
		// "j'ai", "m'aide": the elided pronoun before the apostrophe.
		if i := bytes.IndexByte(b, '\''); i > 0 && wordKinds[string(b[:i])] == wordFirstPerson {
			return wordFirstPerson
		}
	}
	return k
}

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
		if kindOf(w) == wordFirstPerson {
			found = true
			return false
		}
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				for _, r := range w[i:] {
					if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
						latin = false
					}
				}
				break
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
		k := kindOf(w)
		if n == 1 && k == wordArticle {
			return true
		}
		third = k == wordThirdPerson
		return false
	})
	return third
}

// eachWord calls f with each word of text, a run of letters, marks and
// apostrophes, until f returns false. It does not allocate.
func eachWord(text string, f func(string) bool) {
	start := -1
	for i := 0; i < len(text); {
		c := text[i]
		var inWord bool
		n := 1
		if c < utf8.RuneSelf {
			inWord = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '\''
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(text[i:])
			inWord = unicode.IsLetter(r) || unicode.IsMark(r) || r == '’'
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			if !f(text[start:i]) {
				return
			}
			start = -1
		}
		i += n
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
