package cohort

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/sdm"
)

// code is one code of a column, with its label.
type code struct {
	Code  string `json:"code"`
	Label string `json:"label"`
}

// column is one column of a table, as the codebook documents it.
type column struct {
	Name   string `json:"column"`
	Type   string `json:"type"` // string, uuid, integer, number, boolean
	Label  string `json:"label"`
	Codes  []code `json:"codes,omitempty"`
	Source string `json:"source"`
}

// variable is a per-plan value the summary describes.
type variable struct {
	Name  string `json:"name"`
	Label string `json:"label"`
}

// val is one value of a summary variable, by its index in the table's vars.
type val struct {
	v int
	x float64
}

// planCtx is what a table's row function works with for one plan.
type planCtx struct {
	p    *recovery.Plan
	id   ident
	at   time.Time
	keep []string // the values of the -keep keys, in order
	e    *rowEnc
	vals []val
	gas  gasFollowUp // the goals table's follow-up T-scores, for change between versions

	pre      []byte // the encoded prefix, once written
	preCells int
	preBuf   []byte // reused for pre
}

// gasFollowUp holds a plan's GAS follow-up T-score, weighted and unweighted;
// has[i] is false where no goal could be scored.
type gasFollowUp struct {
	t   [2]float64
	has [2]bool
}

// table is one of the command's outputs: tidy, long format, one row per
// plan and what the table counts (criterion, goal measure, decision, crisis
// plan).
type table struct {
	name  string
	label string
	cols  []column // after the identifying and -keep columns
	vars  []variable
	rows  func(c *planCtx)
	// changeVar is the index in vars of the weighted change from the version
	// replaced (the unweighted follows), or 0 when the table has none.
	changeVar int
}

// idColumns come first in every table.
var idColumns = []column{
	{Name: "person_id", Type: "string", Label: "pseudonymous ID of the person", Source: "plan personId"},
	{Name: "series_id", Type: "string", Label: "ID shared by every version of the plan; missing when the plan carries none", Source: "plan seriesId"},
	{Name: "plan_id", Type: "uuid", Label: "ID of this version of the plan", Source: "plan id"},
	{Name: "version", Type: "integer", Label: "version number of the plan, 1 for the first", Source: "plan version"},
	{Name: "replaces", Type: "uuid", Label: "plan_id of the version this one amends; missing for a first version", Source: "plan replaces"},
}

// prefix writes the identifying and -keep cells that start each of the
// plan's rows: encoded once per plan, then copied.
func (c *planCtx) prefix() {
	e, p := c.e, &c.id
	if c.pre != nil {
		e.buf = append(e.buf, c.pre...)
		e.i = c.preCells
		return
	}
	if e.i != 0 {
		panic("cohort: prefix written in the middle of a row")
	}
	start := len(e.buf)
	e.str(string(p.person)) // the pseudonym: deidentify.Plan makes one before export
	e.str(p.series)
	e.str(p.id.String())
	e.int(p.version)
	if p.replaces == uuid.Nil {
		e.null()
	} else {
		e.str(p.replaces.String())
	}
	for _, k := range c.keep {
		e.str(k)
	}
	c.pre, c.preCells = append(c.preBuf[:0], e.buf[start:]...), e.i
}

func codesOf[T ~string](xs []T, label func(T) string) []code {
	var out []code
	for _, x := range xs {
		out = append(out, code{string(x), label(x)})
	}
	return out
}

func plainCodes(xs []string) []code {
	var out []code
	for _, x := range xs {
		out = append(out, code{x, x})
	}
	return out
}

var tables = []*table{scoreTable, goalsTable, decisionsTable, readinessTable}

func tableNamed(name string) *table {
	for _, t := range tables {
		if t.name == name {
			return t
		}
	}
	return nil
}

var scoreTable = &table{
	name:  "score",
	label: "plan quality on the 4 Ps: one row per plan and rubric criterion",
	cols: []column{
		{Name: "p", Type: "string", Label: "the P the criterion belongs to", Codes: plainCodes(ps()), Source: "quality rubric"},
		{Name: "criterion", Type: "string", Label: "the rubric criterion", Codes: plainCodes(criteria()), Source: "quality rubric"},
		{Name: "score", Type: "number", Label: "how well the plan meets the criterion, 0 to 1", Source: "plan quality score"},
		{Name: "weight", Type: "number", Label: "the criterion's share of its P, 0 to 1", Source: "plan quality score"},
		{Name: "points", Type: "number", Label: "score × weight × 25: what the criterion adds to its P (a P is worth 25 of 100 points)", Source: "plan quality score"},
		{Name: "rubric", Type: "string", Label: "the rubric version", Codes: []code{{rubricVersion, "the rubric this command applies"}}, Source: "quality rubric"},
	},
	vars: append(varsOf(ps(), "points of the P, 0 to 25"), variable{"total", "total points, 0 to 100"}),
	rows: func(c *planCtx) {
		q := scorePlan(c.p, c.at)
		for _, cs := range q.Criteria {
			c.prefix()
			c.e.str(string(cs.P))
			c.e.str(string(cs.Criterion))
			c.e.float(cs.Score)
			c.e.float(cs.Weight)
			c.e.float(cs.Points)
			c.e.str(q.Rubric)
			c.e.end()
		}
		for i, p := range qualityPs() {
			c.vals = append(c.vals, val{i, q.Subtotal(p)})
		}
		c.vals = append(c.vals, val{4, q.Total})
	},
}

func varsOf(names []string, label string) []variable {
	var out []variable
	for _, n := range names {
		out = append(out, variable{n, label})
	}
	return out
}

// The measures of the goals table.
const (
	measureGASBaseline      = "gas-baseline"
	measureGASFollowUp      = "gas-follow-up"
	measureGASChange        = "gas-change"
	measureGASGoals         = "gas-goals"
	measureGASFromReplaced  = "gas-change-from-replaced"
	measureGASOmitted       = "gas-omitted"
	measureGASLevelBaseline = "gas-level-baseline"
	measureGASLevelFollowUp = "gas-level-follow-up"
	measureGASWeight        = "gas-weight"
	smartPrefix             = "smart-"
)

var weightings = [2]string{"weighted", "unweighted"}

func goalMeasures() []code {
	out := []code{
		{measureGASBaseline, "plan: GAS T-score of the baseline levels"},
		{measureGASFollowUp, "plan: GAS T-score of the follow-up levels"},
		{measureGASChange, "plan: follow-up T-score minus baseline T-score, within this version"},
		{measureGASGoals, "plan: number of goals scored (0 when none could be; reason says why)"},
		{measureGASFromReplaced, "plan: follow-up T-score minus the follow-up T-score of the version this one replaces (both in the input)"},
		{measureGASOmitted, "goal: a goal with an attainment record left out of the GAS summary; reason says why"},
		{measureGASLevelBaseline, "goal: GAS attainment level at baseline, -2 to +2"},
		{measureGASLevelFollowUp, "goal: GAS attainment level at follow-up, -2 to +2"},
		{measureGASWeight, "goal: GAS weight, importance rating × difficulty rating, 0 to 9"},
	}
	for _, cr := range goals.Criteria() {
		out = append(out, code{smartPrefix + string(cr), "goal: 1 when the goal meets the SMART criterion " + string(cr) + ", else 0; reason is the evidence"})
	}
	return out
}

var goalsTable = &table{
	name:  "goals",
	label: "goal attainment (GAS) per plan and SMART criteria per goal: one row per plan or goal and measure",
	cols: []column{
		{Name: "goal_id", Type: "uuid", Label: "the goal; missing on plan rows", Source: "goal id"},
		{Name: "term", Type: "string", Label: "the goal's term; missing on plan rows", Codes: plainCodes([]string{string(goals.TermShort), string(goals.TermLong)}), Source: "goal term"},
		{Name: "status", Type: "string", Label: "the goal's status; missing on plan rows", Codes: codesOf(goals.Statuses(), func(s goals.Status) string { return string(s) }), Source: "goal status"},
		{Name: "measure", Type: "string", Label: "what value holds", Codes: goalMeasures(), Source: "goals package"},
		{Name: "weighting", Type: "string", Label: "for GAS T-scores: weighted by the goals' weights or not; missing otherwise", Codes: []code{{"weighted", "each goal weighted by importance × difficulty (Turner-Stokes 2009)"}, {"unweighted", "every goal weighted 1"}}, Source: "goals.SummarizeGAS"},
		{Name: "rho", Type: "number", Label: "the assumed correlation between goals in the T-score formula; missing on rows that are not T-scores", Source: "goals.DefaultRho"},
		{Name: "value", Type: "number", Label: "the measure's value; missing for gas-omitted", Source: "goals package"},
		{Name: "reason", Type: "string", Label: "why a goal was left out (gas-omitted, gas-goals 0) or the SMART evidence code (smart-*)", Codes: append(gasReasons, code{"none-scored", "no goal of the plan could be scored"}), Source: "goals.SummarizeGAS, goals.Check (goals.Reason codes)"},
	},
	vars: []variable{
		{"gas-follow-up-weighted", "weighted GAS follow-up T-score"},
		{"gas-follow-up-unweighted", "unweighted GAS follow-up T-score"},
		{"gas-change-weighted", "weighted GAS change within a version"},
		{"gas-change-unweighted", "unweighted GAS change within a version"},
		{"gas-change-from-replaced-weighted", "weighted follow-up T-score change from the version replaced"},
		{"gas-change-from-replaced-unweighted", "unweighted follow-up T-score change from the version replaced"},
	},
	rows:      goalRows,
	changeVar: 4,
}

func goalRows(c *planCtx) {
	e := c.e
	planRow := func(measure, weighting string, rho bool, x float64, reason string) {
		c.prefix()
		e.null()
		e.null()
		e.null()
		e.str(measure)
		e.str(weighting)
		if rho {
			e.float(goals.DefaultRho)
		} else {
			e.null()
		}
		if measure == measureGASOmitted {
			e.null()
		} else {
			e.float(x)
		}
		e.str(reason)
		e.end()
	}
	for wi, w := range weightings {
		s, left, ok := summarizeGAS(c.p.Goals, wi == 0)
		if !ok {
			planRow(measureGASGoals, w, false, 0, "none-scored")
		} else {
			planRow(measureGASBaseline, w, true, s.Baseline, "")
			planRow(measureGASFollowUp, w, true, s.FollowUp, "")
			planRow(measureGASChange, w, true, s.Change, "")
			planRow(measureGASGoals, w, false, float64(s.Goals), "")
			c.gas.t[wi], c.gas.has[wi] = s.FollowUp, true
			c.vals = append(c.vals, val{wi, s.FollowUp}, val{2 + wi, s.Change})
		}
		for _, o := range left {
			goalRow(c, &c.p.Goals[o.index], measureGASOmitted, w, 0, o.reason)
		}
	}
	for i := range c.p.Goals {
		g := &c.p.Goals[i]
		if a := g.Attainment; a != nil {
			if a.Baseline != nil {
				goalRow(c, g, measureGASLevelBaseline, "", float64(*a.Baseline), "")
			}
			if a.FollowUp != nil {
				goalRow(c, g, measureGASLevelFollowUp, "", float64(*a.FollowUp), "")
			}
			goalRow(c, g, measureGASWeight, "", a.Weight(), "")
		}
		for _, v := range goals.Check(*g, c.at).Verdicts {
			x := 0.0
			if v.Met {
				x = 1
			}
			goalRow(c, g, smartPrefix+string(v.Criterion), "", x, string(v.Reason))
		}
	}
}

func goalRow(c *planCtx, g *goals.SMARTGoal, measure, weighting string, x float64, reason string) {
	e := c.e
	c.prefix()
	e.str(g.ID.String())
	e.str(string(g.Term))
	e.str(string(g.Status))
	e.str(measure)
	e.str(weighting)
	e.null()
	if measure == measureGASOmitted {
		e.null()
	} else {
		e.float(x)
	}
	e.str(reason)
	e.end()
}

// The summary variables of the decisions table: decision quality, then one
// per instrument score, in the order of measureVars.
var measureVars = []struct {
	in  sdm.Instrument
	top bool // CollaboRATE's top score rather than its mean
	variable
}{
	{sdm.InstrumentSDMQ9, false, variable{"sdm-q-9", "SDM-Q-9 score, 0 to 100 (one value per response)"}},
	{sdm.InstrumentSDMQDoc, false, variable{"sdm-q-doc", "SDM-Q-Doc score, 0 to 100 (one value per response)"}},
	{sdm.InstrumentCollaboRATE, false, variable{"collaborate-mean", "CollaboRATE mean item score of a 10-point response, 0 to 9 (one value per response)"}},
	{sdm.InstrumentCollaboRATE, true, variable{"collaborate-top", "CollaboRATE top score of a 10-point response, 1 when all three items are 9, else 0: the mean × 100 is the CollaboRATE score, which its developers report from 25 responses up"}},
	{sdm.InstrumentSURE, false, variable{"sure", "SURE score, 0 to 4 (one value per response)"}},
	{sdm.InstrumentOPTION5, false, variable{"option-5", "OPTION-5 score, 0 to 100 (one value per response)"}},
	{sdm.InstrumentDCS, false, variable{"dcs", "Decisional Conflict Scale total, 0 to 100 (one value per response)"}},
}

var instrumentLabels = map[sdm.Instrument]string{
	sdm.InstrumentSDMQ9:       "SDM-Q-9, the person's 9-item Shared Decision Making Questionnaire (Kriston et al. 2010)",
	sdm.InstrumentSDMQDoc:     "SDM-Q-Doc, the clinician's version of the questionnaire (Scholl et al. 2012)",
	sdm.InstrumentCollaboRATE: "CollaboRATE, three items about one encounter (Elwyn et al. 2013)",
	sdm.InstrumentSURE:        "the SURE test, four yes/no items screening for decisional conflict (Légaré et al. 2010)",
	sdm.InstrumentOPTION5:     "Observer OPTION-5, five items an observer rates (Elwyn et al. 2013)",
	sdm.InstrumentDCS:         "the 16-item Decisional Conflict Scale, statement format (O'Connor 1995, manual 2010)",
}

// versionCodes are the codes of the version column: CollaboRATE's scales,
// then the DCS version.
func versionCodes() []code {
	out := codesOf(sdm.CollaboRATEVersions(), func(v sdm.CollaboRATEVersion) string {
		_, top := sdm.InstrumentCollaboRATE.Items(v)
		return "CollaboRATE, each item 0 to " + strconv.Itoa(top)
	})
	return append(out, code{sdm.DCSVersion, "the Decisional Conflict Scale: 16 statements, five responses, the subscales of the 2010 manual"})
}

var decisionsTable = &table{
	name: "decisions",
	label: "shared decisions and their SDM measures: one row per decision and measure response, one row for a decision with no response. " +
		"Long format, because a decision may carry several responses (the person's and the clinician's, or one per encounter); " +
		"the decision's columns repeat on each of its rows, so for one row per decision keep the rows whose response is missing or 1",
	cols: append([]column{
		{Name: "decision_id", Type: "uuid", Label: "the decision", Source: "decision id"},
		{Name: "stage", Type: "string", Label: "where the decision stands in the three-talk model", Codes: codesOf(sdm.Stages(), func(s sdm.Stage) string { return string(s) }), Source: "decision stage"},
		{Name: "chosen_by", Type: "string", Label: "the roles of those who made the choice, in the record's order, joined by |; missing when no one has chosen", Codes: codesOf(sdm.Roles(), func(r sdm.Role) string { return string(r) }), Source: "decision chosenBy"},
		{Name: "person_chose", Type: "boolean", Label: "an option was chosen and the person was among those who chose it", Source: "sdm.Quality finding person-chose"},
		{Name: "quality", Type: "number", Label: "how complete the shared decision is, points / possible, 0 to 1", Source: "sdm.DecisionRecord.Quality"},
		{Name: "points", Type: "integer", Label: "the weights of the criteria met", Source: "sdm.DecisionRecord.Quality"},
		{Name: "possible", Type: "integer", Label: "the weights of the criteria that apply (100 when all apply)", Source: "sdm.DecisionRecord.Quality"},
		{Name: "unmet", Type: "string", Label: "the criteria that apply and are not met, joined by |", Codes: codesOf(sdm.FindingCodes(), func(f sdm.FindingCode) string { return string(f) }), Source: "sdm.DecisionRecord.Quality"},
	}, measureColumns...),
	vars: func() []variable {
		out := []variable{{"decision-quality", "quality of each shared decision, 0 to 1 (one value per decision)"}}
		for _, m := range measureVars {
			out = append(out, m.variable)
		}
		return out
	}(),
	rows: func(c *planCtx) {
		for i := range c.p.Decisions {
			d := &c.p.Decisions[i]
			q := decisionQuality(d)
			if len(d.Measures) == 0 {
				decisionCells(c, d, &q)
				for range measureColumns {
					c.e.null() // no response
				}
				c.e.end()
			}
			for j := range d.Measures {
				decisionCells(c, d, &q)
				measureCells(c, j, &d.Measures[j])
				c.e.end()
			}
			c.vals = append(c.vals, val{0, q.Score})
		}
	},
}

// decisionCells writes the identifying and decision cells of a decisions row.
func decisionCells(c *planCtx, d *sdm.DecisionRecord, q *sdm.Quality) {
	e := c.e
	c.prefix()
	e.str(d.ID.String())
	e.str(string(d.Stage))
	var by []string
	for _, r := range d.ChosenBy {
		by = append(by, string(r))
	}
	e.str(strings.Join(by, "|"))
	e.bool(q.Met(sdm.FindingPersonChose))
	e.float(q.Score)
	e.int(q.Points)
	e.int(q.Possible)
	var unmet []string
	for _, f := range q.Findings {
		if !f.Met {
			unmet = append(unmet, string(f.Code))
		}
	}
	e.str(strings.Join(unmet, "|"))
}

// measureCells writes the cells of the j-th measure response m, and its
// summary values.
// measureColumns are the decisions table's columns of a measure response,
// which measureCells writes, in order: the response's, then one per DCS
// subscale.
var measureColumns = append([]column{
	{Name: "response", Type: "integer", Label: "the measure response's place among the decision's responses, from 1; missing on the row of a decision with none", Source: "decision measures"},
	{Name: "instrument", Type: "string", Label: "the measure answered; missing on the row of a decision with no response", Codes: codesOf(sdm.Instruments(), func(i sdm.Instrument) string { return instrumentLabels[i] }), Source: "decision measures instrument"},
	{Name: "instrument_version", Type: "string", Label: "the instrument's version: CollaboRATE's response scale (a response without one is 10-point), the one DCS version scored; missing for instruments without versions", Codes: versionCodes(), Source: "decision measures version"},
	{Name: "respondent", Type: "string", Label: "the role of who answered; missing for OPTION-5, which an observer rates", Codes: codesOf(sdm.Roles(), func(r sdm.Role) string { return string(r) }), Source: "decision measures respondent"},
	{Name: "answered_at", Type: "string", Label: "when the response was given, RFC 3339 in UTC (de-identified plans carry shifted dates)", Source: "decision measures answeredAt"},
	{Name: "score", Type: "number", Label: "the instrument's score as package sdm scores it: SDM-Q-9, SDM-Q-Doc, OPTION-5 and the DCS total 0 to 100; CollaboRATE the encounter's mean item score, 0 to 9; SURE the yes answers, 0 to 4; missing for CollaboRATE's 5-point version, whose top-score rule is not published", Source: "sdm.SDMQ9, sdm.SDMQDoc, sdm.CollaboRATE, sdm.SURE, sdm.OPTION5, sdm.DCS"},
	{Name: "top_score", Type: "boolean", Label: "CollaboRATE (10-point): all three items 9, the encounter's code in the developers' top-score method (the CollaboRATE score is the share of such encounters, from 25 encounters up); missing for the other instruments", Source: "sdm.CollaboRATE"},
	{Name: "conflict", Type: "boolean", Label: "decisional conflict: SURE's positive screen (score 3 or less) or a DCS total above 37.5; missing for the other instruments", Source: "sdm.SURE, sdm.DCS (sdm.DCSHighCutoff)"},
}, dcsColumns()...)

// dcsColumns are the columns of the DCS subscales, in sdm.DCSSubscales
// order: dcs_informed, dcs_values_clarity, and so on.
func dcsColumns() []column {
	var out []column
	for _, sub := range sdm.DCSSubscales() {
		items := sub.Items()
		field := "" // the DCSResult field: values-clarity is ValuesClarity
		for _, w := range strings.Split(string(sub), "-") {
			field += strings.ToUpper(w[:1]) + w[1:]
		}
		out = append(out, column{
			Name:   "dcs_" + strings.ReplaceAll(string(sub), "-", "_"),
			Type:   "number",
			Label:  fmt.Sprintf("DCS %s subscale (items %d-%d), 0 to 100; missing for the other instruments", strings.ReplaceAll(string(sub), "-", " "), items[0], items[len(items)-1]),
			Source: "sdm.DCS (DCSResult." + field + ")",
		})
	}
	return out
}

func measureCells(c *planCtx, j int, m *sdm.MeasureResponse) {
	e := c.e
	s := scoreMeasure(m)
	e.int(j + 1)
	e.str(string(m.Instrument))
	e.str(s.version)
	e.str(string(m.Respondent))
	e.str(m.AnsweredAt.UTC().Format(time.RFC3339Nano))
	if s.ok {
		e.float(s.score)
	} else {
		e.null()
	}
	optBool(e, s.top, s.hasTop)
	optBool(e, s.conflict, s.hasConflict)
	for _, sub := range sdm.DCSSubscales() {
		if s.hasDCS {
			e.float(s.dcs.Subscale(sub))
		} else {
			e.null()
		}
	}
	if !s.ok {
		return
	}
	for vi, mv := range measureVars {
		switch {
		case mv.in != m.Instrument:
		case mv.top:
			x := 0.0
			if s.top {
				x = 1
			}
			c.vals = append(c.vals, val{1 + vi, x})
		default:
			c.vals = append(c.vals, val{1 + vi, s.score})
		}
	}
}

func optBool(e *rowEnc, b, ok bool) {
	if ok {
		e.bool(b)
	} else {
		e.null()
	}
}

var readinessTable = &table{
	name:  "readiness",
	label: "crisis plan readiness: one row per plan and crisis plan or toolbox (a row with crisis_plan none for a plan with neither)",
	cols: []column{
		{Name: "crisis_plan", Type: "string", Label: "which crisis plan", Codes: []code{{"overdose", "the overdose prevention pocket plan"}, {"safety", "the safety plan"}, {"toolbox", "the wellness toolbox"}, {"none", "the plan has none of them"}}, Source: "plan overdose, safety, toolbox"},
		{Name: "score", Type: "number", Label: "share of the fields filled in, 0 to 1", Source: "crisis readiness"},
		{Name: "checked", Type: "integer", Label: "fields checked", Source: "crisis readiness"},
		{Name: "missing", Type: "integer", Label: "fields still to fill in", Source: "crisis readiness"},
		{Name: "missing_fields", Type: "string", Label: "the fields still to fill in, joined by |", Codes: readinessFields(), Source: "crisis readiness"},
		{Name: "stale", Type: "boolean", Label: "last reviewed longer ago than 90 days", Source: "crisis readiness"},
		{Name: "naloxone_expired", Type: "boolean", Label: "the naloxone's expiry date has passed (overdose plan only)", Source: "crisis readiness"},
	},
	vars: []variable{{"overdose-readiness", "overdose plan readiness score, 0 to 1"}, {"safety-readiness", "safety plan readiness score, 0 to 1"}, {"toolbox-readiness", "wellness toolbox readiness score, 0 to 1"}},
	rows: func(c *planCtx) {
		e := c.e
		row := func(kind string, r readiness) {
			c.prefix()
			e.str(kind)
			e.float(r.score)
			e.int(r.checked)
			e.int(len(r.missing))
			e.str(strings.Join(r.missing, "|"))
			e.bool(r.stale)
			e.bool(r.naloxone)
			e.end()
		}
		if c.p.Overdose != nil {
			r := overdoseReadiness(c.p.Overdose, c.at)
			row("overdose", r)
			c.vals = append(c.vals, val{0, r.score})
		}
		if c.p.Safety != nil {
			r := safetyReadiness(c.p.Safety, c.at)
			row("safety", r)
			c.vals = append(c.vals, val{1, r.score})
		}
		if c.p.Toolbox != nil {
			r := toolboxReadiness(c.p.Toolbox, c.at)
			row("toolbox", r)
			c.vals = append(c.vals, val{2, r.score})
		}
		if c.p.Overdose == nil && c.p.Safety == nil && c.p.Toolbox == nil {
			c.prefix()
			e.str("none")
			for range 6 {
				e.null()
			}
			e.end()
		}
	},
}
