package wording

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/recoverykit/recovery/internal/token"
)

// The languages with rules, and their primary subtags.
const (
	langEnglish = iota
	langSpanish
	numLangs
)

var langTags = [numLangs]string{"en", "es"}

// langOf returns the language a BCP 47 tag chooses: Spanish for the primary
// subtag "es" in any case, English for anything else, "" included.
func langOf(tag string) int {
	if len(tag) >= 2 && (tag[0]|0x20) == 'e' && (tag[1]|0x20) == 's' && (len(tag) == 2 || tag[2] == '-' || tag[2] == '_') {
		return langSpanish
	}
	return langEnglish
}

// maxGrowth is how many bytes longer than its key a word may be written and
// still pass the anchor filter: two accents and an en dash, or the like.
const maxGrowth = 5

// maxKey is the longest word, in bytes after folding, that the vocabulary
// holds; a longer word of a text matches nothing.
const maxKey = 32

// elem is one element of a compiled pattern.
type elem struct {
	cls   uint64  // the classes that match
	ids   []int32 // the words that match
	ing   bool    // a word ending in -ing that is not in @noting
	num   bool    // a word that starts with a digit
	colon bool    // the gap before it may hold a colon
}

// pattern is a compiled pattern with its optional elements resolved.
type pattern struct {
	rule      int16 // index into compiled.rules, or -1 for a protected name
	elems     []elem
	pre, post [][]elem // negative context: word sequences that may not come right before or after
	lo, hi    int      // the flagged span is elems[lo:hi]
	anchor    int      // the element the pattern is indexed under
	parenOpen bool     // the span follows "("
	parenEnd  bool     // the span is followed by ")"
}

// entry is one word of the vocabulary.
type entry struct {
	key     string
	cls     [numLangs]uint64
	anchors [numLangs][]int32 // patterns anchored on this word
	// The same patterns sorted into those tried only after one of the words
	// their element before the anchor matches (prev), and the others
	// (loose), each in the order of the patterns.
	prev  [numLangs]prevIndex
	loose [numLangs][]int32
	near  [numLangs]nearby // what the words next to it must be for any loose one to match
}

// prevIndex maps the entry of a word before an anchor to the patterns
// anchored there whose element before the anchor it matches: lists[i] for
// ids[i], ids sorted.
type prevIndex struct {
	ids   []int32
	lists [][]int32
	// words holds the plainKeyHash of each plain key of ids.
	words bloom
}

// bloom is a set of words by their plainHash, one bit of 256 each: a plain
// word whose bit is clear is none of them.
type bloom [4]uint64

// add adds the word whose plainHash is h.
func (b *bloom) add(h uint64) { b[h>>62] |= 1 << (h >> 56 & 63) }

// mayHave reports whether the word whose plainHash is h, if h is not 0, may
// be one of the set; for h 0 (a word skim did not hash), it reports true.
func (b *bloom) mayHave(h uint64) bool { return h == 0 || b[h>>62]&(1<<(h>>56&63)) != 0 }

// initials is a set of the ASCII bytes a word's key may start with, one bit
// of 128 each: a word that starts with an ASCII letter or digit whose lower
// case is not in the set is none of its words (folding keeps a key's first
// byte the lower case of the word's).
type initials [2]uint64

// add adds the first byte of the key k, if it is ASCII.
func (s *initials) add(k string) {
	if k != "" && k[0] < utf8.RuneSelf {
		s[k[0]>>6] |= 1 << (k[0] & 63)
	}
}

// has reports whether b, an ASCII byte, is in the set.
func (s *initials) has(b byte) bool { return s[b>>6&1]>>(b&63)&1 != 0 }

// find returns the patterns for the word id before the anchor, or nil.
func (p *prevIndex) find(id int32) []int32 {
	if i, ok := slices.BinarySearch(p.ids, id); ok {
		return p.lists[i]
	}
	return nil
}

// nearby sums up the loose patterns anchored on a word: a pattern that matches
// needs the word before the anchor to match prev, or the word after it to
// match next, unless some pattern needs neither (always).
type nearby struct {
	prev, next       elem
	hasPrev, hasNext bool
	always           bool
	paren            bool // or a pattern needs "(" before the anchor
	// nextWords holds the plain words that match next; it is all of them
	// when nextExact (next matches by words and classes alone).
	nextWords bloom
	nextExact bool
	// nextFirst holds the first bytes of the words of nextWords, when
	// nextExact.
	nextFirst initials
}

// merge adds the words, classes and shapes of e to m.
func (m *elem) merge(e *elem) {
	m.cls |= e.cls
	m.ing = m.ing || e.ing
	m.num = m.num || e.num
	m.ids = append(m.ids, e.ids...)
	slices.Sort(m.ids)
	m.ids = slices.Compact(m.ids)
}

// table is the compiled rule table. It is built once, at init, and only read
// afterwards.
type table struct {
	rules    []Rule
	patterns []pattern
	entries  []entry
	// slots is the perfect hash of the vocabulary: slots[h] is an entry
	// index plus one, 0 for none; disp displaces each bucket.
	slots []int32
	disp  []uint32
	seed  uint64
	shift uint8 // 64 less the bits of a bucket's index
	// words holds each entry's key as lookupPlain compares it, by index.
	words []keyWords
	// anchors filters the words that can be anchors, per language; fpFilter
	// the words of @firstperson.
	anchors  [numLangs]wordFilter
	fpFilter [numLangs]wordFilter
	// anonWords holds the plain words of @anon; anonFirst the first bytes
	// of all its words.
	anonWords [numLangs]bloom
	anonFirst [numLangs]initials
	// plainLetters filters the words of only ASCII letters and digits that
	// can be anchors, per language, by their first and last letters and
	// their length, which for such a word is its key's (see skimPlain).
	plainLetters [numLangs]wordFilter
	// plain filters the words of only ASCII letters and digits that can be
	// anchors, per language, by their plainHash.
	plain   [numLangs]hashFilter
	noting  [numLangs]uint64 // the class bit of @noting
	anon    [numLangs]uint64 // the class bit of @anon
	report  [numLangs]uint64
	fp      [numLangs]uint64 // the class bit of @firstperson
	speaker [numLangs]uint64 // the class bit of @speaker
}

var compiled = compile()

// expand expands the braces of a word: "a{,s}" is "a" and "as".
func expand(w string) []string {
	i := strings.IndexByte(w, '{')
	if i < 0 {
		return []string{w}
	}
	j := strings.IndexByte(w[i:], '}') + i
	var out []string
	for _, alt := range strings.Split(w[i+1:j], ",") {
		out = append(out, expand(w[:i]+alt+w[j+1:])...)
	}
	return out
}

// keyOf folds a word as the matcher folds the words of a text: lower case,
// accents off, hyphens out.
func keyOf(buf []byte, w string) (string, bool) {
	b, ok := token.Fold(buf, w)
	if !ok {
		return "", false
	}
	n := 0
	for _, c := range b {
		if c != '-' {
			b[n] = c
			n++
		}
	}
	return string(b[:n]), n > 0
}

func compile() *table {
	t := &table{}
	index := map[string]int32{}
	var buf [64]byte
	word := func(w string) int32 {
		k, ok := keyOf(buf[:], w)
		if !ok || len(k) > maxKey {
			panic("wording: bad word in the rule table: " + w) // unreachable: the table is constant
		}
		if id, ok := index[k]; ok {
			return id
		}
		id := int32(len(t.entries))
		index[k] = id
		t.entries = append(t.entries, entry{key: k})
		return id
	}
	var classBit [numLangs]map[string]uint64
	for l := range numLangs {
		names := make([]string, 0, len(classes[l]))
		for name := range classes[l] {
			names = append(names, name)
		}
		sort.Strings(names)
		if len(names) > 64 {
			panic("wording: too many classes") // unreachable
		}
		classBit[l] = map[string]uint64{}
		for i, name := range names {
			bit := uint64(1) << i
			classBit[l][name] = bit
			for _, f := range strings.Fields(classes[l][name]) {
				for _, w := range expand(f) {
					t.entries[word(w)].cls[l] |= bit
				}
			}
		}
		t.noting[l] = classBit[l]["noting"]
		t.anon[l] = classBit[l]["anon"]
		t.report[l] = classBit[l]["report"]
		t.fp[l] = classBit[l]["firstperson"]
		t.speaker[l] = classBit[l]["speaker"]
	}
	parseElem := func(l int, s string) elem {
		var e elem
		if strings.HasPrefix(s, ":") {
			e.colon = true
			s = s[1:]
		}
		for _, alt := range strings.Split(s, "|") {
			switch {
			case alt == "~ing":
				e.ing = true
			case alt == "~num":
				e.num = true
			case strings.HasPrefix(alt, "@"):
				bit, ok := classBit[l][alt[1:]]
				if !ok {
					panic("wording: unknown class " + alt) // unreachable
				}
				e.cls |= bit
			default:
				for _, w := range expand(alt) {
					e.ids = append(e.ids, word(w))
				}
			}
		}
		slices.Sort(e.ids)
		e.ids = slices.Compact(e.ids)
		return e
	}
	for l := range numLangs {
		for _, row := range ruleTable {
			part := row.en
			if l == langSpanish {
				part = row.es
			}
			if len(part.patterns) == 0 {
				continue
			}
			ri := int16(-1)
			if row.code != "" {
				ri = int16(len(t.rules))
				t.rules = append(t.rules, Rule{Code: row.code, Language: langTags[l], Family: row.family,
					Source: row.source, Prefer: part.prefer, Example: part.example})
			}
			for _, src := range part.patterns {
				t.addPattern(l, ri, src, parseElem)
			}
		}
	}
	// Spanish rules after English ones in Rules: they already are, since
	// the languages are compiled in order.
	t.indexByPrev()
	t.buildHash()
	return t
}

// keyedByPrev reports whether the pattern p is tried only when the word
// before its anchor is one of the vocabulary that its element matches: the
// element matches by words and classes alone.
func keyedByPrev(p *pattern) bool {
	if p.anchor == 0 {
		return false
	}
	e := &p.elems[p.anchor-1]
	return !e.ing && !e.num
}

// indexByPrev sorts the patterns anchored on each word into those keyed by
// the word before the anchor (prev) and the others (loose), and sums up the
// loose ones in near.
func (t *table) indexByPrev() {
	for l := range numLangs {
		// The words of each class.
		var members [64][]int32
		for id := range t.entries {
			for b := range 64 {
				if t.entries[id].cls[l]&(1<<b) != 0 {
					members[b] = append(members[b], int32(id))
				}
			}
		}
		for i := range t.entries {
			e := &t.entries[i]
			byPrev := map[int32][]int32{}
			for _, pi := range e.anchors[l] {
				q := &t.patterns[pi]
				if keyedByPrev(q) {
					pe := &q.elems[q.anchor-1]
					ids := append([]int32(nil), pe.ids...)
					for b := range 64 {
						if pe.cls&(1<<b) != 0 {
							ids = append(ids, members[b]...)
						}
					}
					slices.Sort(ids)
					for _, id := range slices.Compact(ids) {
						byPrev[id] = append(byPrev[id], pi)
					}
					continue
				}
				e.loose[l] = append(e.loose[l], pi)
				n := &e.near[l]
				switch {
				case q.anchor > 0:
					n.prev.merge(&q.elems[q.anchor-1])
					n.hasPrev = true
				case q.anchor+1 < len(q.elems):
					n.next.merge(&q.elems[q.anchor+1])
					n.hasNext = true
				case q.parenOpen:
					n.paren = true
				default:
					n.always = true
				}
			}
			p := &e.prev[l]
			for id := range byPrev {
				p.ids = append(p.ids, id)
			}
			slices.Sort(p.ids)
			for _, id := range p.ids {
				p.lists = append(p.lists, byPrev[id]) // in the order of the patterns
				if k := t.entries[id].key; isPlain(k) {
					p.words.add(plainKeyHash(k))
				}
			}
			if n := &e.near[l]; n.hasNext && !n.next.ing && !n.next.num {
				n.nextExact = true
				ids := n.next.ids
				for b := range 64 {
					if n.next.cls&(1<<b) != 0 {
						ids = append(slices.Clip(ids), members[b]...)
					}
				}
				for _, id := range ids {
					k := t.entries[id].key
					if isPlain(k) {
						n.nextWords.add(plainKeyHash(k))
					}
					n.nextFirst.add(k)
				}
			}
		}
	}
}

// stop are words that make poor anchors because they are common: a pattern
// is indexed under its first element that holds none of them, if it has one.
var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("a an the is was are were has have had been be of in on to for with from by at into out back and not no " +
		"his her their he's she's who's it el la los las un una de del con sin su sus y en se es esta este ese dio da lleva tiene falta all other fellow ex " +
		"non attention drug med meds medication frequent came comes come tested test tests testing screened get gets got getting known chronic pt pt's") {
		m[w] = true
	}
	return m
}()

// addPattern compiles src, one pattern per choice of its optional elements.
func (t *table) addPattern(l int, rule int16, src string, parse func(int, string) elem) {
	type item struct {
		e        elem
		seq      []elem // a negative sequence, "!and+@groomed"
		neg, opt bool
		mark     string // "[", "]", "(", ")"
		text     string
	}
	var items []item
	for _, f := range strings.Fields(src) {
		switch f {
		case "[", "]", "(", ")":
			items = append(items, item{mark: f})
			continue
		}
		if strings.HasPrefix(f, "[") && len(f) > 1 {
			items = append(items, item{mark: "["})
			f = f[1:]
		}
		closing := strings.HasSuffix(f, "]") && len(f) > 1
		if closing {
			f = f[:len(f)-1]
		}
		it := item{}
		if strings.HasPrefix(f, "!") {
			it.neg = true
			f = f[1:]
		}
		if strings.HasSuffix(f, "?") {
			it.opt = true
			f = f[:len(f)-1]
		}
		it.text = f
		if it.neg {
			for _, part := range strings.Split(f, "+") {
				it.seq = append(it.seq, parse(l, part))
			}
		} else {
			it.e = parse(l, f)
		}
		items = append(items, it)
		if closing {
			items = append(items, item{mark: "]"})
		}
	}
	var rec func(i int, p pattern)
	rec = func(i int, p pattern) {
		if i == len(items) {
			q := p
			q.elems = append([]elem(nil), p.elems...)
			q.anchor = -1
			for k, e := range q.elems {
				if e.cls == 0 && !e.ing && !e.num && len(e.ids) > 0 && !anyStop(t, e.ids) {
					q.anchor = k
					break
				}
			}
			if q.anchor < 0 {
				for k, e := range q.elems {
					if e.cls == 0 && !e.ing && !e.num && len(e.ids) > 0 {
						q.anchor = k
						break
					}
				}
			}
			if q.anchor < 0 || q.lo >= q.hi {
				panic("wording: pattern without an anchor or a span: " + src) // unreachable
			}
			pi := int32(len(t.patterns))
			t.patterns = append(t.patterns, q)
			for _, id := range q.elems[q.anchor].ids {
				e := &t.entries[id]
				e.anchors[l] = append(e.anchors[l], pi)
			}
			return
		}
		it := items[i]
		switch {
		case it.mark == "[":
			p.lo = len(p.elems)
			rec(i+1, p)
		case it.mark == "]":
			p.hi = len(p.elems)
			rec(i+1, p)
		case it.mark == "(":
			p.parenOpen = true
			rec(i+1, p)
		case it.mark == ")":
			p.parenEnd = true
			rec(i+1, p)
		case it.neg && len(p.elems) == 0:
			p.pre = append(append([][]elem(nil), p.pre...), it.seq)
			rec(i+1, p)
		case it.neg:
			p.post = append(append([][]elem(nil), p.post...), it.seq)
			rec(i+1, p)
		default:
			q := p
			q.elems = append(append([]elem(nil), p.elems...), it.e)
			rec(i+1, q)
			if it.opt {
				rec(i+1, p)
			}
		}
	}
	rec(0, pattern{rule: rule})
}

// anyStop reports whether any of the words is in stop.
func anyStop(t *table, ids []int32) bool {
	for _, id := range ids {
		if stop[t.entries[id].key] {
			return true
		}
	}
	return false
}

// mix hashes the plainKeyHash h of a key once more, by the seed (an odd
// number), with one multiplication: the top bits of the product, which pick
// the bucket, depend on all the bits of h, and the bits from 32, which pick
// the slot within it (see slot), on its lower bits.
func mix(seed, h uint64) uint64 { return h * seed }

// buildHash builds the perfect hash of the vocabulary (hash and displace:
// each bucket of keys gets the displacement that puts all its keys in free
// slots) over the keys' plainKeyHash, and the anchor filter.
func (t *table) buildHash() {
	n := len(t.entries)
	size := 1
	for size < 2*n {
		size <<= 1
	}
	buckets := size / 4
	base := make([]uint64, n)
	seen := map[uint64]bool{}
	for i := range t.entries {
		base[i] = plainKeyHash(t.entries[i].key)
		if seen[base[i]] {
			panic("wording: two keys of the vocabulary have one hash: " + t.entries[i].key) // unreachable: the table is constant
		}
		seen[base[i]] = true
	}
	t.shift = uint8(64 - bits.Len(uint(buckets-1)))
	for seed := uint64(14695981039346656037); ; seed += 2 {
		t.seed = seed
		t.slots = make([]int32, size)
		t.disp = make([]uint32, buckets)
		groups := make([][]int32, buckets)
		for i := range t.entries {
			b := mix(seed, base[i]) >> t.shift
			groups[b] = append(groups[b], int32(i))
		}
		order := make([]int, buckets)
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return len(groups[order[a]]) > len(groups[order[b]]) })
		ok := true
		for _, b := range order {
			g := groups[b]
			if len(g) == 0 {
				break
			}
			found := false
			for d := uint32(0); d < uint32(size) && !found; d++ {
				used := map[uint64]bool{}
				fits := true
				for _, id := range g {
					s := t.slot(mix(seed, base[id]), d)
					if t.slots[s] != 0 || used[s] {
						fits = false
						break
					}
					used[s] = true
				}
				if fits {
					t.disp[b] = d
					for _, id := range g {
						t.slots[t.slot(mix(seed, base[id]), d)] = id + 1
					}
					found = true
				}
			}
			if !found {
				ok = false
				break
			}
		}
		if ok {
			break
		}
	}
	t.words = make([]keyWords, len(t.entries))
	for i, e := range t.entries {
		t.words[i] = keyWordsOf(e.key)
	}
	for _, e := range t.entries {
		for l := range numLangs {
			if len(e.anchors[l]) > 0 {
				t.anchors[l].add(e.key)
				if isPlain(e.key) {
					t.plain[l].add(plainKeyHash(e.key))
					t.plainLetters[l].addPlain(e.key)
				}
			}
			if e.cls[l]&t.fp[l] != 0 {
				t.fpFilter[l].add(e.key)
			}
			if e.cls[l]&t.anon[l] != 0 {
				if isPlain(e.key) {
					t.anonWords[l].add(plainKeyHash(e.key))
				}
				t.anonFirst[l].add(e.key)
			}
		}
	}
}

// slot returns the slot of a key's hash under displacement d.
func (t *table) slot(h uint64, d uint32) uint64 {
	return ((h >> 32) ^ uint64(d)*0x9E3779B1) & uint64(len(t.slots)-1)
}

// find returns the entry that the key whose plainKeyHash is h would have,
// or -1; the caller compares the keys.
func (t *table) find(h uint64) int32 {
	h = mix(t.seed, h)
	d := t.disp[h>>t.shift]
	return t.slots[t.slot(h, d)] - 1
}

// lookup returns the entry of a folded key k whose plainKeyHash is h, or -1.
func (t *table) lookup(h uint64, k []byte) int32 {
	if id := t.find(h); id >= 0 && t.entries[id].key == string(k) {
		return id
	}
	return -1
}

// keyWords is a key of the vocabulary as eight-byte words, for lookupPlain:
// its first eight bytes (the bytes after a shorter key zero) and its last
// eight, and its length.
type keyWords struct {
	first, last uint64
	n           int
}

// keyWordsOf returns the keyWords of the key k.
func keyWordsOf(k string) keyWords {
	kw := keyWords{n: len(k)}
	for i := 0; i < len(k) && i < 8; i++ {
		kw.first |= uint64(k[i]) << (8 * i)
	}
	if len(k) >= 8 {
		kw.last = load64(k[len(k)-8:])
	}
	return kw
}

// lookupPlain returns the entry of the word text[start:end] of ASCII letters
// and digits, in any case, whose plainHash is h, or -1. It compares the word
// with the key eight bytes at a time, read from the text around the word: a
// letter's lower case is its byte with 0x20 set, which a digit has already,
// and a key that is not plain never equals a plain word so read.
func (t *table) lookupPlain(h uint64, text string, start, end int) int32 {
	id := t.find(h)
	if id < 0 {
		return -1
	}
	kw := &t.words[id]
	n := end - start
	if n != kw.n {
		return -1
	}
	switch {
	case n < 8 && start+8 <= len(text):
		if (load64(text[start:])|lowerBits)&byteMask[n] != kw.first {
			return -1
		}
		return id
	case n < 8 && end >= 8:
		if (load64(text[end-8:])|lowerBits)>>(64-8*n) != kw.first {
			return -1
		}
		return id
	case n >= 8 && n <= 16:
		if (load64(text[start:])|lowerBits) != kw.first || (load64(text[end-8:])|lowerBits) != kw.last {
			return -1
		}
		return id
	}
	k := t.entries[id].key
	for i := 0; i < n; i++ {
		if lower[text[start+i]] != k[i] {
			return -1
		}
	}
	return id
}

// wordFilter is a cheap test of whether a word, as written, may be one of a
// set of keys: by its first and last letters and its length. Bit n of
// f[first&31][last&31] is set when some key begins and ends so and may be
// written in n bytes (a folded accent or a dash makes a word longer than its
// key). A word with a byte of 0x80 and above at either end passes.
type wordFilter [32][32]uint64

// add adds the key k.
func (f *wordFilter) add(k string) {
	first, last := k[0], k[len(k)-1]
	for n := len(k); n <= len(k)+maxGrowth && n < 64; n++ {
		f[first&31][last&31] |= 1 << n
	}
}

// addPlain adds the key k of ASCII letters and digits, which a word of
// them matches only at its length (at most maxKey, so below 64).
func (f *wordFilter) addPlain(k string) {
	f[k[0]&31][k[len(k)-1]&31] |= 1 << len(k)
}

// has reports whether the word w, in any case, may be a key. A possessive
// "'s" does not count.
func (f *wordFilter) has(w string) bool {
	n := len(w)
	first, last := w[0], w[n-1]
	if first >= utf8.RuneSelf || last >= utf8.RuneSelf {
		return true
	}
	if n < 64 && f[first&31][last&31]&(1<<n) != 0 {
		return true
	}
	if (last|0x20) != 's' || n < 4 || n >= 64 {
		return false
	}
	// A possessive: "addict's", "addict’s".
	switch {
	case w[n-2] == '\'':
		n -= 2
	case w[n-2] == 0x99 && n > 5 && w[n-4] == 0xE2:
		n -= 4
	default:
		return false
	}
	last = w[n-1]
	return last < utf8.RuneSelf && f[first&31][last&31]&(1<<n) != 0
}

// hashFilter is a set of hashes, one bit each: a hash that is not in it is
// not the hash of a key of the set; one that is may be.
type hashFilter [1 << hashFilterBits / 64]uint64

const hashFilterBits = 14

// add adds the hash h.
func (f *hashFilter) add(h uint64) {
	b := h >> (64 - hashFilterBits)
	f[b/64] |= 1 << (b % 64)
}

// has reports whether h may be the hash of a key of the set.
func (f *hashFilter) has(h uint64) bool {
	b := h >> (64 - hashFilterBits)
	return f[b/64]&(1<<(b%64)) != 0
}

// isPlain reports whether the key k is only ASCII letters and digits.
func isPlain(k string) bool {
	for i := 0; i < len(k); i++ {
		if token.Class[k[i]]&token.ClassWord == 0 {
			return false
		}
	}
	return true
}

// plainHash hashes a word of n ASCII letters and digits, in any case, from
// x, its first eight bytes (or all of them, the rest of x zero), and y, its
// last eight when it is longer than eight, else 0; bytes are read as
// binary.LittleEndian reads them.
func plainHash(x, y uint64, n int) uint64 {
	if n < 8 {
		return shortHash(x, n)
	}
	if n == 8 {
		y = 0
	}
	return ((x | lowerBits) ^ (y|lowerBits)*0xC2B2AE3D27D4EB4F ^ uint64(n)) * 0x9E3779B97F4A7C15
}

// lowerBits sets the lower-case bit of eight ASCII letters; a digit has it
// set already.
const lowerBits = 0x2020202020202020

// shortHash is plainHash of a word of n < 8 bytes: x holds its bytes from
// the lowest, and perhaps more bytes of the text above them.
func shortHash(x uint64, n int) uint64 {
	return ((x|lowerBits)&byteMask[n&7] ^ uint64(n)) * 0x9E3779B97F4A7C15
}

// byteMask[n] keeps the lowest n bytes of eight.
var byteMask = [8]uint64{0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF}

// plainKeyHash is plainHash of the key k.
func plainKeyHash(k string) uint64 {
	var x, y uint64
	for i := 0; i < len(k) && i < 8; i++ {
		x |= uint64(k[i]) << (8 * i)
	}
	if len(k) > 8 {
		for i := range 8 {
			y |= uint64(k[len(k)-8+i]) << (8 * i)
		}
	}
	return plainHash(x, y, len(k))
}
