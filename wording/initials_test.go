package wording

import "testing"

// TestInitials checks that the sets of initials that let try and match skip
// reading the next word hold the first byte of every word they stand for:
// each word that matches a nearby's next element (when nextExact), and each
// word of @anon.
func TestInitials(t *testing.T) {
	c := compiled
	for l := range numLangs {
		for i := range c.entries {
			n := &c.entries[i].near[l]
			if !n.nextExact {
				continue
			}
			for id := range c.entries {
				k := c.entries[id].key
				e := &n.next
				in := c.entries[id].cls[l]&e.cls != 0
				for _, x := range e.ids {
					in = in || x == int32(id)
				}
				if in && k[0] < 0x80 && !n.nextFirst.has(k[0]) {
					t.Errorf("lang %d: %q after %q: initial not in nextFirst", l, k, c.entries[i].key)
				}
			}
		}
		anon := 0
		for id := range c.entries {
			if k := c.entries[id].key; c.entries[id].cls[l]&c.anon[l] != 0 {
				anon++
				if !c.anonFirst[l].has(k[0]) {
					t.Errorf("lang %d: %q of @anon: initial not in anonFirst", l, k)
				}
			}
		}
		if anon == 0 {
			t.Errorf("lang %d: no word of @anon", l)
		}
	}
}

// TestInitialAfter checks which next words initialAfter reads the initial
// of: after one space, an ASCII letter (in lower case) or digit.
func TestInitialAfter(t *testing.T) {
	for _, tt := range []struct {
		text string
		end  int
		want byte
	}{
		{"meth heads", 4, 'h'},
		{"meth Heads", 4, 'h'},
		{"tested 3x", 6, '3'},
		{"meth  heads", 4, 0},
		{"meth-heads", 4, 0},
		{"meth, heads", 4, 0},
		{"meth (heads)", 4, 0},
		{"meth \u00e9", 4, 0},
		{"meth ", 4, 0},
		{"meth", 4, 0},
	} {
		c := checker{text: tt.text}
		if got := c.initialAfter(tt.end); got != tt.want {
			t.Errorf("initialAfter(%q, %d) = %q, want %q", tt.text, tt.end, got, tt.want)
		}
	}
}
