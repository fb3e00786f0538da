package pocketcard

import (
	"bytes"
	_ "embed"
	"errors"
	"html/template"

	"github.com/recoverykit/recovery"
)

//go:embed card.html.tmpl
var pageSource string

var page = template.Must(template.New("card").Parse(pageSource))

// ErrNoCard is returned by [HTML] for a plan with neither an overdose plan
// nor a safety plan.
var ErrNoCard = errors.New("pocketcard: the plan has no overdose or safety plan")

// htmlNumber is a Number whose tel: URI html/template may write in an href:
// Tel builds it from digits and a leading + only.
type htmlNumber struct {
	Number
	Tel template.URL
}

type htmlFace struct {
	Face
	Emergency []htmlNumber
	People    []htmlNumber
}

type htmlCard struct {
	Kind        string
	Front, Back htmlFace
}

func htmlNumbers(ns []Number) []htmlNumber {
	out := make([]htmlNumber, len(ns))
	for i, n := range ns {
		out[i] = htmlNumber{Number: n, Tel: template.URL(n.Tel)} // #nosec: digits and + only
	}
	return out
}

func toHTML(f Face) htmlFace {
	return htmlFace{Face: f, Emergency: htmlNumbers(f.Emergency), People: htmlNumbers(f.People)}
}

// HTML returns the plan's cards (see [Cards]) as one self-contained HTML
// page: no script, no external style sheet, font or image. Printed, each
// face is one page of 85.6 x 54 mm (a bank card), front then back, the
// overdose card first; on screen the faces are drawn one under the other at
// that size. The emergency numbers are the largest text, on a red band;
// every number is a tel: link. The page's lang attribute is the card's
// language and each piece of the person's text has dir="auto", so text in a
// right-to-left script is laid out as its own. All text is HTML-escaped.
//
// A plan with neither an overdose nor a safety plan is [ErrNoCard]. The
// same plan and options give the same bytes.
func HTML(p recovery.Plan, opts *Options) ([]byte, error) {
	w := opts.words(p)
	cards := w.cards(p)
	if len(cards) == 0 {
		return nil, ErrNoCard
	}
	data := struct {
		Lang, Title, Front, Back string
		Cards                    []htmlCard
	}{Lang: cards[0].Lang, Title: cards[0].Front.Title, Front: w.text("card/front"), Back: w.text("card/back")}
	for _, c := range cards {
		data.Cards = append(data.Cards, htmlCard{Kind: c.Kind, Front: toHTML(c.Front), Back: toHTML(c.Back)})
	}
	var b bytes.Buffer
	if err := page.Execute(&b, data); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
