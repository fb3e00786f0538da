package pocketcard_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/pocketcard"
)

// chromium returns the path of a Chromium binary: $CHROMIUM, or chromium or
// chromium-browser on the PATH. Where none is installed the browser tests
// skip, except in CI (CI set), where they fail: CI installs Debian's
// chromium package and must run them.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("Chromium is not installed; CI installs it with apt-get install -y chromium")
	}
	t.Skip("Chromium is not installed (apt-get install -y chromium, or set CHROMIUM): the browser tests need it")
	return ""
}

// runChromium runs headless Chromium on the page with extra flags, in a
// fresh profile, with a time limit.
func runChromium(t *testing.T, bin, page string, flags ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir=" + t.TempDir(), "--hide-scrollbars", "--force-device-scale-factor=1",
	}, flags...)
	cmd := exec.CommandContext(ctx, bin, append(args, "file://"+page)...)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "chromium: %s", out)
}

var browserCases = []struct {
	name  string
	faces int
}{
	{"english", 4},
	{"odd_input", 2},
}

var mediaBox = regexp.MustCompile(`/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]`)

// TestBrowserPrintsWalletCards prints each golden page to PDF with headless
// Chromium and checks one page per face, each 85.6 x 54 mm.
func TestBrowserPrintsWalletCards(t *testing.T) {
	bin := chromium(t)
	for _, tt := range browserCases {
		t.Run(tt.name, func(t *testing.T) {
			page, err := filepath.Abs(filepath.Join("testdata", tt.name+".golden.html"))
			require.NoError(t, err)
			pdf := filepath.Join(t.TempDir(), "card.pdf")
			runChromium(t, bin, page, "--no-pdf-header-footer", "--print-to-pdf="+pdf)
			b, err := os.ReadFile(pdf)
			require.NoError(t, err)
			boxes := mediaBox.FindAllSubmatch(b, -1)
			require.Len(t, boxes, tt.faces, "one page per face")
			const ptPerMM = 72 / 25.4
			for _, m := range boxes {
				w, _ := strconv.ParseFloat(string(m[1]), 64)
				h, _ := strconv.ParseFloat(string(m[2]), 64)
				assert.InDelta(t, pocketcard.WidthMM, w/ptPerMM, 0.5, "page width in mm")
				assert.InDelta(t, pocketcard.HeightMM, h/ptPerMM, 0.5, "page height in mm")
			}
		})
	}
}

// rect is a pixel rectangle, max exclusive.
type rect struct{ minX, minY, maxX, maxY int }

func (r rect) empty() bool { return r.maxX <= r.minX || r.maxY <= r.minY }

func (r *rect) add(x, y int) {
	if r.empty() {
		*r = rect{x, y, x + 1, y + 1}
		return
	}
	r.minX, r.minY = min(r.minX, x), min(r.minY, y)
	r.maxX, r.maxY = max(r.maxX, x+1), max(r.maxY, y+1)
}

// inside reports whether r lies inside o with at least margin pixels on
// every side.
func (r rect) inside(o rect, margin int) bool {
	return r.minX >= o.minX+margin && r.minY >= o.minY+margin && r.maxX <= o.maxX-margin && r.maxY <= o.maxY-margin
}

func rgb(img image.Image, x, y int) (int, int, int) {
	r, g, b, _ := img.At(x, y).RGBA()
	return int(r >> 8), int(g >> 8), int(b >> 8)
}

// isBand reports the red of the emergency band (#b00020).
func isBand(img image.Image, x, y int) bool {
	r, g, b := rgb(img, x, y)
	return r > 150 && r < 200 && g < 30 && b > 15 && b < 60
}

// isOutline reports the grey outline of a face on screen (#555).
func isOutline(img image.Image, x, y int) bool {
	r, g, b := rgb(img, x, y)
	return r > 70 && r < 100 && g > 70 && g < 100 && b > 70 && b < 100
}

// TestBrowserScreenshotNumbersNotClipped screenshots each golden page and
// checks, from the pixels, that every emergency band lies inside its face
// and that the white numbers on it are inside the band with room to spare
// and drawn large: not cut off by the card's edge. A page whose numbers are
// kept on one line too long for the card is the control: the check must
// fail on it.
func TestBrowserScreenshotNumbersNotClipped(t *testing.T) {
	bin := chromium(t)
	for _, tt := range browserCases {
		t.Run(tt.name, func(t *testing.T) {
			page, err := filepath.Abs(filepath.Join("testdata", tt.name+".golden.html"))
			require.NoError(t, err)
			assert.Empty(t, clipped(t, bin, page, tt.faces))
		})
	}
	t.Run("control: a number kept on one line is clipped", func(t *testing.T) {
		b, err := os.ReadFile(filepath.Join("testdata", "odd_input.golden.html"))
		require.NoError(t, err)
		b = bytes.Replace(b, []byte("</style>"), []byte(".emergency .numbers { flex-wrap: nowrap; } .emergency a { white-space: nowrap; overflow-wrap: normal; }\n</style>"), 1)
		page := filepath.Join(t.TempDir(), "clipped.html")
		require.NoError(t, os.WriteFile(page, b, 0o644))
		assert.NotEmpty(t, clipped(t, bin, page, 2))
	})
}

// clipped screenshots page and returns what it finds wrong with the
// emergency numbers of its faces.
func clipped(t *testing.T, bin, page string, faces int) []string {
	t.Helper()
	shot := filepath.Join(t.TempDir(), "card.png")
	runChromium(t, bin, page, "--window-size=400,1000", "--screenshot="+shot)
	f, err := os.Open(shot)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	bounds := img.Bounds()

	// The faces: the outline's top and bottom rows, each a long run of grey.
	var edges []int
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		run := 0
		for x := bounds.Min.X; x < bounds.Max.X && run < 200; x++ {
			if isOutline(img, x, y) {
				run++
			} else {
				run = 0
			}
		}
		if run >= 200 {
			edges = append(edges, y)
		}
	}
	require.Len(t, edges, 2*faces, "top and bottom outline of each face: %v", edges)
	var problems []string
	bands := 0
	for i := 0; i < len(edges); i += 2 {
		face := rect{minY: edges[i], maxY: edges[i+1] + 1}
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			if isOutline(img, x, (face.minY+face.maxY)/2) {
				if face.minX == 0 {
					face.minX = x
				}
				face.maxX = x + 1
			}
		}
		var band rect
		for y := face.minY; y < face.maxY; y++ {
			for x := face.minX; x < face.maxX; x++ {
				if isBand(img, x, y) {
					band.add(x, y)
				}
			}
		}
		if band.empty() {
			continue // a back
		}
		bands++
		if !band.inside(face, 4) {
			problems = append(problems, fmt.Sprintf("face %d: band %v not inside face %v", i/2, band, face))
		}
		// Ink is white inside the band's box, leaving out the squares at its
		// rounded corners, where the face shows through.
		const corner = 8 // px; the corners' radius is 1.5 mm, about 6 px
		var ink rect
		for y := band.minY; y < band.maxY; y++ {
			for x := band.minX; x < band.maxX; x++ {
				nearX := x < band.minX+corner || x >= band.maxX-corner
				nearY := y < band.minY+corner || y >= band.maxY-corner
				if nearX && nearY {
					continue
				}
				if r, g, b := rgb(img, x, y); r > 230 && g > 230 && b > 230 {
					ink.add(x, y)
				}
			}
		}
		switch {
		case ink.empty():
			problems = append(problems, fmt.Sprintf("face %d: no numbers on the band", i/2))
		case !ink.inside(band, 3):
			problems = append(problems, fmt.Sprintf("face %d: numbers %v touch the band's edge %v", i/2, ink, band))
		case ink.maxY-ink.minY < 30:
			problems = append(problems, fmt.Sprintf("face %d: label and numbers %d px high", i/2, ink.maxY-ink.minY))
		}
	}
	if bands != faces/2 {
		problems = append(problems, fmt.Sprintf("%d emergency bands for %d cards", bands, faces/2))
	}
	return problems
}
