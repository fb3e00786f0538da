package cohort

import (
	"fmt"
	"html"
	"io"
	"math"
	"strconv"
	"strings"
)

// reportTables are the tables whose values the report draws, in order; the
// report's variables are theirs, one after the other.
var reportTables = []*table{scoreTable, goalsTable, readinessTable, decisionsTable}

var reportTable = &table{
	name:  "report",
	label: "a self-contained HTML report: the distribution of each P and the total, GAS change and crisis readiness, overall and by -keep group",
	vars: func() []variable {
		var out []variable
		for _, t := range reportTables {
			out = append(out, t.vars...)
		}
		return out
	}(),
	changeVar: len(scoreTable.vars) + goalsTable.changeVar,
	rows: func(c *planCtx) {
		start := len(c.e.buf)
		off := 0
		for _, t := range reportTables {
			n := len(c.vals)
			t.rows(c)
			for i := n; i < len(c.vals); i++ {
				c.vals[i].v += off
			}
			off += len(t.vars)
			c.e.buf = c.e.buf[:start]
		}
	},
}

// figure is one variable drawn as box plots, one per group.
type figure struct {
	v      string
	title  string
	lo, hi float64 // the axis; a NaN bound comes from the data
}

type section struct {
	id, title, note string
	figures         []figure
}

var nan = math.NaN()

var reportSections = []section{
	{"quality", "Plan quality on the 4 Ps", "Points of each P (0 to 25) and the total (0 to 100), rubric " + rubricVersion + ".", []figure{
		{"philosophy", "Philosophy", 0, 25}, {"process", "Process", 0, 25}, {"plan", "Plan", 0, 25},
		{"purpose", "Purpose", 0, 25}, {"total", "Total", 0, 100},
	}},
	{"gas", "Goal attainment (GAS)", "T-scores of the goals scaled for GAS, weighted by importance × difficulty (ρ = 0.3); change within a version, and from the version a plan replaces.", []figure{
		{"gas-follow-up-weighted", "Follow-up T-score", nan, nan},
		{"gas-change-weighted", "Change within a version", nan, nan},
		{"gas-change-from-replaced-weighted", "Change from the version replaced", nan, nan},
	}},
	{"readiness", "Crisis plan readiness", "Share of the fields filled in (0 to 1) of each crisis plan and wellness toolbox.", []figure{
		{"overdose-readiness", "Overdose prevention plan", 0, 1}, {"safety-readiness", "Safety plan", 0, 1},
		{"toolbox-readiness", "Wellness toolbox", 0, 1},
	}},
	{"decisions", "Shared decisions", "Quality of each shared decision (0 to 1).", []figure{
		{"decision-quality", "Decision quality", 0, 1},
	}},
}

// The geometry of a figure, in SVG user units.
const (
	plotLeft  = 150.0
	plotWidth = 420.0
	rowHeight = 28.0
	boxHeight = 16.0
	axisRoom  = 24.0
)

// plotX places value x on an axis from lo to hi.
func plotX(x, lo, hi float64) float64 {
	if hi <= lo {
		return plotLeft
	}
	return plotLeft + (x-lo)/(hi-lo)*plotWidth
}

// fmtCoord writes an SVG coordinate with two decimals.
func fmtCoord(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

// fmtValue writes a summary value as the summary's JSON does.
func fmtValue(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'g', -1, 64)
}

type labeled struct {
	label string
	st    stats
}

// writeReport writes the HTML report of summary s.
func writeReport(w io.Writer, s *summary, meta runMeta) error {
	var b strings.Builder
	esc := html.EscapeString
	b.WriteString(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<title>Recovery plans: cohort report</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 44em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }
figure { margin: 1em 0; } figcaption { font-weight: 600; }
svg text { font-size: 11px; fill: #333; }
.box rect { fill: #cfe3f3; stroke: #2a6f97; } .box line { stroke: #2a6f97; } .box .median { stroke: #08306b; stroke-width: 2; }
.axis line { stroke: #999; } .none { fill: #999; }
table { border-collapse: collapse; font-size: 0.85em; } td, th { border-bottom: 1px solid #ddd; padding: 2px 6px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
</style>
</head>
<body>
<h1>Recovery plans: cohort report</h1>
`)
	fmt.Fprintf(&b, "<p class=\"meta\">%d plans tabulated, %d lines rejected; scored at %s; rubric %s; %s %s; quartiles of type %d.</p>\n",
		s.Counts.Plans, s.Counts.Rejected, esc(meta.At), esc(meta.Rubric), esc(meta.Library.Module), esc(meta.Library.Version), s.QuantileType)
	byName := func(sts []stats, name string) stats {
		for _, st := range sts {
			if st.Name == name {
				return st
			}
		}
		return stats{Name: name}
	}
	for _, sec := range reportSections {
		fmt.Fprintf(&b, "<section id=\"%s\">\n<h2>%s</h2>\n<p>%s</p>\n", sec.id, esc(sec.title), esc(sec.note))
		for _, f := range sec.figures {
			rows := []labeled{{"all plans", byName(s.Variables, f.v)}}
			for _, g := range s.Groups {
				var parts []string
				for _, k := range s.Keep {
					parts = append(parts, g.Group[k])
				}
				rows = append(rows, labeled{strings.Join(parts, " / "), byName(g.Variables, f.v)})
			}
			writeFigure(&b, f, rows)
		}
		b.WriteString("</section>\n")
	}
	b.WriteString("<section id=\"numbers\">\n<h2>The numbers</h2>\n<table>\n<tr><th>variable</th><th>group</th><th>n</th><th>mean</th><th>sd</th><th>min</th><th>q1</th><th>median</th><th>q3</th><th>max</th></tr>\n")
	row := func(group string, st stats) {
		fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%d</td>", esc(st.Name), esc(group), st.N)
		for _, p := range []*float64{st.Mean, st.SD, st.Min, st.Q1, st.Median, st.Q3, st.Max} {
			cell := "–"
			if p != nil {
				cell = strconv.FormatFloat(*p, 'f', 2, 64)
			}
			fmt.Fprintf(&b, "<td>%s</td>", cell)
		}
		b.WriteString("</tr>\n")
	}
	for _, st := range s.Variables {
		row("all plans", st)
	}
	for _, g := range s.Groups {
		var parts []string
		for _, k := range s.Keep {
			parts = append(parts, g.Group[k])
		}
		for _, st := range g.Variables {
			row(strings.Join(parts, " / "), st)
		}
	}
	b.WriteString("</table>\n</section>\n</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// writeFigure draws one variable as a horizontal box plot per group: the
// whiskers from min to max, the box from q1 to q3, a thick line at the
// median. Each box carries the figures it draws as data attributes.
func writeFigure(b *strings.Builder, f figure, rows []labeled) {
	lo, hi := f.lo, f.hi
	if math.IsNaN(lo) || math.IsNaN(hi) {
		lo, hi = math.Inf(1), math.Inf(-1)
		for _, r := range rows {
			if r.st.Min != nil {
				lo, hi = math.Min(lo, *r.st.Min), math.Max(hi, *r.st.Max)
			}
		}
		if math.IsInf(lo, 0) {
			lo, hi = 0, 1
		}
		lo, hi = math.Floor(lo/10)*10, math.Ceil(hi/10)*10
		if hi <= lo {
			hi = lo + 10
		}
	}
	height := float64(len(rows))*rowHeight + axisRoom
	esc := html.EscapeString
	fmt.Fprintf(b, "<figure data-var=\"%s\">\n<figcaption>%s</figcaption>\n", esc(f.v), esc(f.title))
	fmt.Fprintf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"%s\" viewBox=\"0 0 600 %s\" role=\"img\" aria-label=\"%s by group\" data-lo=\"%s\" data-hi=\"%s\">\n",
		fmtCoord(height), fmtCoord(height), esc(f.title), fmtValue(&lo), fmtValue(&hi))
	for i, r := range rows {
		top := float64(i) * rowHeight
		mid := top + rowHeight/2
		fmt.Fprintf(b, "<text x=\"%s\" y=\"%s\" text-anchor=\"end\">%s (n=%d)</text>\n", fmtCoord(plotLeft-8), fmtCoord(mid+4), esc(r.label), r.st.N)
		st := r.st
		if st.N == 0 {
			fmt.Fprintf(b, "<text class=\"none\" x=\"%s\" y=\"%s\">no values</text>\n", fmtCoord(plotLeft), fmtCoord(mid+4))
			continue
		}
		x := func(p *float64) string { return fmtCoord(plotX(*p, lo, hi)) }
		fmt.Fprintf(b, "<g class=\"box\" data-group=\"%s\" data-n=\"%d\" data-min=\"%s\" data-q1=\"%s\" data-median=\"%s\" data-q3=\"%s\" data-max=\"%s\" data-mean=\"%s\">\n",
			esc(r.label), st.N, fmtValue(st.Min), fmtValue(st.Q1), fmtValue(st.Median), fmtValue(st.Q3), fmtValue(st.Max), fmtValue(st.Mean))
		fmt.Fprintf(b, "<line class=\"whisker\" x1=\"%s\" x2=\"%s\" y1=\"%s\" y2=\"%s\"/>\n", x(st.Min), x(st.Max), fmtCoord(mid), fmtCoord(mid))
		q1, q3 := plotX(*st.Q1, lo, hi), plotX(*st.Q3, lo, hi)
		fmt.Fprintf(b, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"/>\n", fmtCoord(q1), fmtCoord(mid-boxHeight/2), fmtCoord(q3-q1), fmtCoord(boxHeight))
		fmt.Fprintf(b, "<line class=\"median\" x1=\"%s\" x2=\"%s\" y1=\"%s\" y2=\"%s\"/>\n", x(st.Median), x(st.Median), fmtCoord(mid-boxHeight/2), fmtCoord(mid+boxHeight/2))
		b.WriteString("</g>\n")
	}
	axisY := float64(len(rows))*rowHeight + 4
	fmt.Fprintf(b, "<g class=\"axis\"><line x1=\"%s\" x2=\"%s\" y1=\"%s\" y2=\"%s\"/>", fmtCoord(plotLeft), fmtCoord(plotLeft+plotWidth), fmtCoord(axisY), fmtCoord(axisY))
	for k := 0; k <= 4; k++ {
		v := lo + (hi-lo)*float64(k)/4
		fmt.Fprintf(b, "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\">%s</text>", fmtCoord(plotX(v, lo, hi)), fmtCoord(axisY+14), strconv.FormatFloat(v, 'g', 4, 64))
	}
	b.WriteString("</g>\n</svg>\n</figure>\n")
}
