package cardpdf

import (
	"bytes"
	_ "embed"
	"errors"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/pocketcard"
)

// The embedded font: DejaVu Sans 2.37, regular and bold, under the Bitstream
// Vera licence (fonts/LICENSE).
var (
	//go:embed fonts/DejaVuSans.ttf
	fontRegular []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	fontBold []byte
)

const family = "DejaVuSans"

// The layout, in millimetres and points.
const (
	margin      = 3.0  // mm, left and right
	top         = 2.5  // mm
	bottom      = 2.0  // mm left clear at the foot
	titlePt     = 8.0  // pt
	labelPt     = 6.5  // pt
	numberPt    = 18.0 // pt, the emergency numbers
	minNumberPt = 10.0 // pt, the smallest a long emergency number shrinks to
	personPt    = 10.0 // pt, the numbers of people and services
	ptToMM      = 25.4 / 72
)

// ErrNoCard is pocketcard.ErrNoCard: the plan has no card to draw.
var ErrNoCard = pocketcard.ErrNoCard

// Write writes the plan's cards (see pocketcard.Cards) as a PDF to w: one
// page of 85.6 x 54 mm per face, front then back, the overdose card first,
// in DejaVu Sans, which is embedded (subset to the characters used). The
// emergency numbers are the largest text, white on a red band; a number too
// long for the card at 18 pt is set smaller, down to 10 pt, and then
// broken. Every number is a tel: link. Text that does not fit on a face is
// left off at the foot of the face rather than run onto another page.
//
// The font covers the Latin (with the accents of Western, Central and
// Eastern European languages and Vietnamese), Greek and Cyrillic scripts.
// The PDF writer does not shape or reorder text, so scripts that need it
// (Arabic, Hebrew, the Indic scripts) are not supported: the HTML card
// (pocketcard.HTML) lays them out in the browser. A character outside the
// Basic Multilingual Plane (an emoji) prints as U+FFFD. at is the PDF's creation
// date; the same plan, options and date give the same bytes.
func Write(w io.Writer, p recovery.Plan, at time.Time, opts *pocketcard.Options) error {
	cards := pocketcard.Cards(p, opts)
	if len(cards) == 0 {
		return ErrNoCard
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           fpdf.SizeType{Wd: pocketcard.WidthMM, Ht: pocketcard.HeightMM},
	})
	pdf.SetCreationDate(at.UTC())
	pdf.SetModificationDate(at.UTC())
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	pdf.SetMargins(margin, top, margin)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetTitle(cards[0].Front.Title, true)
	pdf.SetLang(cards[0].Lang)
	pdf.AddUTF8FontFromBytes(family, "", fontRegular)
	pdf.AddUTF8FontFromBytes(family, "B", fontBold)
	for _, c := range cards {
		pdf.AddPage()
		front(pdf, c.Front)
		pdf.AddPage()
		back(pdf, c.Back)
	}
	if err := pdf.Error(); err != nil {
		return errors.New("cardpdf: " + err.Error())
	}
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		return errors.New("cardpdf: " + err.Error())
	}
	_, err := w.Write(b.Bytes())
	return err
}

func width() float64 { return pocketcard.WidthMM - 2*margin }

func lineMM(pt float64) float64 { return pt * ptToMM * 1.2 }

// fits reports whether a line of height h still fits above the foot.
func fits(pdf *fpdf.Fpdf, h float64) bool { return pdf.GetY()+h <= pocketcard.HeightMM-bottom }

func front(pdf *fpdf.Fpdf, f pocketcard.Face) {
	pdf.SetXY(margin, top)
	pdf.SetTextColor(0, 0, 0)
	pdf.SetFont(family, "B", titlePt)
	pdf.MultiCell(width(), lineMM(titlePt), bmp(f.Title), "", "L", false)
	pdf.SetY(pdf.GetY() + 0.8)
	if len(f.Emergency) > 0 {
		emergency(pdf, f.EmergencyLabel, f.Emergency)
	}
	for _, n := range f.People {
		if !fits(pdf, lineMM(labelPt)+lineMM(personPt)) {
			return
		}
		pdf.SetTextColor(0, 0, 0)
		pdf.SetFont(family, "", labelPt)
		who := n.Label
		if n.Name != "" {
			who += ": " + n.Name
		}
		pdf.SetX(margin)
		pdf.MultiCell(width(), lineMM(labelPt), bmp(who), "", "L", false)
		pdf.SetFont(family, "B", personPt)
		pdf.SetX(margin)
		pdf.CellFormat(width(), lineMM(personPt), bmp(n.Phone), "", 1, "L", false, 0, n.Tel)
		pdf.SetY(pdf.GetY() + 0.6)
	}
}

// emergency draws the red band with its label and numbers.
func emergency(pdf *fpdf.Fpdf, label string, nums []pocketcard.Number) {
	const pad = 2.0
	inner := width() - 2*pad
	gap := 5.0
	// Lay out the numbers in lines, each number at the largest size up to
	// numberPt that fits the band.
	type placed struct {
		n    pocketcard.Number
		pt   float64
		x, w float64
		line int
	}
	var ps []placed
	x, line := 0.0, 0
	for _, n := range nums {
		pt := numberPt
		pdf.SetFont(family, "B", pt)
		n.Phone = bmp(n.Phone)
		w := pdf.GetStringWidth(n.Phone)
		for w > inner && pt > minNumberPt {
			pt--
			pdf.SetFont(family, "B", pt)
			w = pdf.GetStringWidth(n.Phone)
		}
		if x > 0 && x+w > inner {
			x, line = 0, line+1
		}
		ps = append(ps, placed{n: n, pt: pt, x: x, w: w, line: line})
		x += w + gap
	}
	lineH := lineMM(numberPt) * 0.95
	height := 0.8 + lineMM(labelPt) + float64(line+1)*lineH + 1.0
	y0 := pdf.GetY()
	pdf.SetFillColor(0xb0, 0x00, 0x20)
	pdf.RoundedRect(margin, y0, width(), height, 1.5, "1234", "F")
	pdf.SetTextColor(255, 255, 255)
	pdf.SetFont(family, "B", labelPt)
	pdf.SetXY(margin+pad, y0+0.8)
	pdf.CellFormat(inner, lineMM(labelPt), bmp(strings.ToUpper(label)), "", 0, "L", false, 0, "")
	for _, p := range ps {
		pdf.SetFont(family, "B", p.pt)
		pdf.SetXY(margin+pad+p.x, y0+0.8+lineMM(labelPt)+float64(p.line)*lineH)
		if p.w > inner { // still too long at the smallest size: break it
			pdf.MultiCell(inner, lineMM(p.pt), p.n.Phone, "", "L", false)
			continue
		}
		pdf.CellFormat(p.w, lineH, p.n.Phone, "", 0, "L", false, 0, p.n.Tel)
	}
	pdf.SetTextColor(0, 0, 0)
	pdf.SetXY(margin, y0+height+1.2)
}

func back(pdf *fpdf.Fpdf, f pocketcard.Face) {
	pdf.SetXY(margin, top)
	pdf.SetTextColor(0, 0, 0)
	for _, s := range f.Sections {
		if !fits(pdf, 2*lineMM(labelPt)) {
			return
		}
		pdf.SetFont(family, "B", labelPt)
		pdf.SetX(margin)
		pdf.MultiCell(width(), lineMM(labelPt), bmp(s.Heading), "", "L", false)
		pdf.SetFont(family, "", labelPt)
		for _, it := range s.Items {
			lines := pdf.SplitText(bmp(it), width()-3)
			for i, l := range lines {
				if !fits(pdf, lineMM(labelPt)) {
					return
				}
				pdf.SetX(margin)
				bullet := ""
				if i == 0 {
					bullet = "•"
				}
				pdf.CellFormat(3, lineMM(labelPt), bullet, "", 0, "L", false, 0, "")
				pdf.CellFormat(width()-3, lineMM(labelPt), l, "", 1, "L", false, 0, "")
			}
		}
		pdf.SetY(pdf.GetY() + 0.4)
	}
}

// bmp returns s with every character outside the Basic Multilingual Plane
// (emoji, rare CJK) replaced by U+FFFD: the PDF writer's font tables stop at
// U+FFFF, and DejaVu Sans has no glyphs beyond it.
func bmp(s string) string {
	for _, r := range s {
		if r > 0xFFFF {
			return strings.Map(func(r rune) rune {
				if r > 0xFFFF {
					return '\uFFFD'
				}
				return r
			}, s)
		}
	}
	return s
}
