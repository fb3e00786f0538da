package cohort_test

import (
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type xmlNode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Nodes   []xmlNode  `xml:",any"`
	Text    string     `xml:",chardata"`
}

func (n *xmlNode) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// walk calls f on n and every node under it, in document order.
func (n *xmlNode) walk(f func(*xmlNode)) {
	f(n)
	for i := range n.Nodes {
		n.Nodes[i].walk(f)
	}
}

func (n *xmlNode) find(local, class string) []*xmlNode {
	var out []*xmlNode
	n.walk(func(m *xmlNode) {
		if m.XMLName.Local == local && (class == "" || m.attr("class") == class) {
			out = append(out, m)
		}
	})
	return out
}

func num(t *testing.T, s string) float64 {
	t.Helper()
	x, err := strconv.ParseFloat(s, 64)
	require.NoError(t, err, s)
	return x
}

// TestReportMatchesSummary parses the HTML report and checks that every box
// plot draws the summary's figures: its data attributes are the summary's
// numbers, and its whiskers, box and median line sit where the axis puts
// them.
func TestReportMatchesSummary(t *testing.T) {
	dir := t.TempDir()
	summaryPath := filepath.Join(dir, "summary.json")
	code, out, errOut := run(t, strings.NewReader(fixedCohort(t)), "report", "-at", at, "-keep", "program", "-summary", summaryPath)
	require.Equal(t, 0, code, errOut)
	golden(t, "report.html", []byte(out))
	for _, external := range []string{"<script", "<link", "src=", "href=", "url("} {
		assert.NotContains(t, out, external, "the report is self-contained")
	}

	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = true
	var doc xmlNode
	require.NoError(t, dec.Decode(&doc), "the report is well-formed")
	for { // nothing but space after the document
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		cd, ok := tok.(xml.CharData)
		require.True(t, ok && strings.TrimSpace(string(cd)) == "", "after the document: %v", tok)
	}

	s := readSummary(t, summaryPath)
	stat := func(group, name string) (statsFile, bool) {
		sts := s.Variables
		if group != "all plans" {
			sts = nil
			for _, g := range s.Groups {
				if g.Group["program"] == group {
					sts = g.Variables
				}
			}
		}
		for _, st := range sts {
			if st.Name == name {
				return st, true
			}
		}
		return statsFile{}, false
	}
	str := func(p *float64) string { return strconv.FormatFloat(*p, 'g', -1, 64) }
	coord := func(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

	figures := doc.find("figure", "")
	require.Len(t, figures, 12, "4 Ps and the total, 3 GAS, 3 readiness, 1 decisions")
	boxes := 0
	for _, fig := range figures {
		v := fig.attr("data-var")
		svg := fig.find("svg", "")
		require.Len(t, svg, 1, v)
		lo, hi := num(t, svg[0].attr("data-lo")), num(t, svg[0].attr("data-hi"))
		x := func(p *float64) string { return coord(150 + (*p-lo)/(hi-lo)*420) }
		drawn := map[string]bool{}
		for _, g := range fig.find("g", "box") {
			group := g.attr("data-group")
			st, ok := stat(group, v)
			require.True(t, ok, "%s %s", v, group)
			drawn[group] = true
			boxes++
			assert.Equal(t, strconv.Itoa(st.N), g.attr("data-n"), v)
			assert.Equal(t, str(st.Min), g.attr("data-min"), v)
			assert.Equal(t, str(st.Q1), g.attr("data-q1"), v)
			assert.Equal(t, str(st.Median), g.attr("data-median"), v)
			assert.Equal(t, str(st.Q3), g.attr("data-q3"), v)
			assert.Equal(t, str(st.Max), g.attr("data-max"), v)
			assert.Equal(t, str(st.Mean), g.attr("data-mean"), v)
			assert.LessOrEqual(t, lo, *st.Min, v)
			assert.GreaterOrEqual(t, hi, *st.Max, v)
			whisker := g.find("line", "whisker")[0]
			assert.Equal(t, x(st.Min), whisker.attr("x1"), v)
			assert.Equal(t, x(st.Max), whisker.attr("x2"), v)
			median := g.find("line", "median")[0]
			assert.Equal(t, x(st.Median), median.attr("x1"), v)
			rect := g.find("rect", "")[0]
			assert.Equal(t, x(st.Q1), rect.attr("x"), v)
			assert.InDelta(t, num(t, x(st.Q3))-num(t, x(st.Q1)), num(t, rect.attr("width")), 0.011, v)
		}
		// Every group with values is drawn; the others say so.
		groups := []string{"all plans"}
		for _, g := range s.Groups {
			groups = append(groups, g.Group["program"])
		}
		for _, group := range groups {
			st, ok := stat(group, v)
			require.True(t, ok)
			assert.Equal(t, st.N > 0, drawn[group], "%s %s", v, group)
		}
	}
	assert.Greater(t, boxes, 30)
	b, err := os.ReadFile(summaryPath)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"command": "report"`)
}
