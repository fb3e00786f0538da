package wording

// ReadWords reads text as Check does (skim, then next for what skim leaves)
// and returns the number of words read and the spans of those it could see,
// by their index: with every plain word an anchor, skim stops at each word
// and every span is seen; with none, skim reads on to a word it leaves to
// next, and the spans seen are the last of the ring at each stop.
func ReadWords(text string, everyWord bool) (n int, seen map[int][2]int) {
	t := *compiled
	for l := range t.plain {
		for i := range t.plain[l] {
			t.plain[l][i] = 0
			if everyWord {
				t.plain[l][i] = ^uint64(0)
			}
		}
		// The words skim reads that are not plain ("1:1"), and the plain
		// ones by their letters.
		for _, f := range []*wordFilter{&t.anchors[l], &t.plainLetters[l]} {
			for i := range f {
				for j := range f[i] {
					f[i][j] = 0
					if everyWord {
						f[i][j] = ^uint64(0)
					}
				}
			}
		}
	}
	c := checker{t: &t, text: text, base: -blockSize}
	seen = map[int][2]int{}
	look := func() {
		for i := max(0, c.n-ringSize); i < c.n; i++ {
			r := c.ring[i&(ringSize-1)]
			seen[i] = [2]int{r.start, r.end}
		}
	}
	pos := 0
	for {
		var found bool
		if pos, found = c.skim(pos); found {
			look()
			continue
		}
		look()
		start, end, ok := c.next()
		if !ok {
			return c.n, seen
		}
		c.ring[c.n&(ringSize-1)] = ref{start: start, end: end, id: -2}
		c.n++
		pos = end
	}
}
