package pocketcard

import (
	"strings"

	"github.com/recoverykit/recovery"
)

// Text returns the plan's cards (see [Cards]) as plain text for a text
// message, in the person's language: each card's title, its emergency
// numbers on one line, each person or service with their number, then the
// back's headings each followed by its entries, one a line. Cards are
// separated by a blank line; the text ends in "\n". Unlike
// crisis.OverdosePlan.PocketCard it draws no box to a width, since a phone
// wraps the lines itself, and it words every heading in the person's
// language.
//
// A plan with neither an overdose nor a safety plan is [ErrNoCard].
func Text(p recovery.Plan, opts *Options) (string, error) {
	cards := opts.words(p).cards(p)
	if len(cards) == 0 {
		return "", ErrNoCard
	}
	var b strings.Builder
	for i, c := range cards {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(c.Front.Title)
		b.WriteByte('\n')
		if len(c.Front.Emergency) > 0 {
			b.WriteString(strings.ToUpper(c.Front.EmergencyLabel))
			b.WriteString(": ")
			for j, n := range c.Front.Emergency {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteString(n.Phone)
			}
			b.WriteByte('\n')
		}
		for _, n := range c.Front.People {
			b.WriteString(n.Label)
			if n.Name != "" {
				b.WriteString(": ")
				b.WriteString(n.Name)
			}
			if n.Phone != "" {
				b.WriteString(" ")
				b.WriteString(n.Phone)
			}
			b.WriteByte('\n')
		}
		for _, s := range c.Back.Sections {
			b.WriteString(s.Heading)
			b.WriteString(":\n")
			for _, it := range s.Items {
				b.WriteString("- ")
				b.WriteString(it)
				b.WriteByte('\n')
			}
		}
	}
	return b.String(), nil
}
