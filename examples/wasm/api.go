package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/pocketcard"
	"github.com/recoverykit/recovery/vocab"
	"github.com/recoverykit/recovery/wording"
)

// The functions the WebAssembly build exports take and return JSON text, so
// that the same code is tested by go test on any platform and called from
// JavaScript through main_js.go. Every result is an object with "ok"; a
// failure carries "error" (a message with no text of the input) or, for a
// plan, "problems".

// problem is a validation problem as JavaScript sees it.
type problem struct {
	Path    string `json:"path"`
	Pointer string `json:"pointer"`
	Rule    string `json:"rule"`
	Param   string `json:"param,omitempty"`
	Message string `json:"message"`
}

type result struct {
	OK       bool      `json:"ok"`
	Error    string    `json:"error,omitempty"`
	Problems []problem `json:"problems,omitempty"`
	Value    any       `json:"value,omitempty"`
}

func encode(r result) string {
	b, err := json.Marshal(r)
	if err != nil {
		return `{"ok":false,"error":"result does not encode"}`
	}
	return string(b)
}

var catalogue = vocab.New()

func problems(err error, lang string) ([]problem, bool) {
	var ve *recovery.ValidationError
	if !errors.As(err, &ve) {
		return nil, false
	}
	tag := catalogue.Match(lang)
	out := make([]problem, len(ve.Problems))
	for i, p := range ve.Problems {
		out[i] = problem{Path: p.Path, Pointer: p.Pointer(), Rule: p.Rule, Param: p.Param, Message: catalogue.Message(p, tag)}
	}
	return out, true
}

// validatePlan decodes and validates a plan's JSON, with every unknown field
// reported, and words each problem in lang.
func validatePlan(planJSON, lang string) string {
	_, err := recovery.DecodeOptions{DisallowUnknownFields: true}.DecodePlan(strings.NewReader(planJSON))
	if err == nil {
		return encode(result{OK: true})
	}
	ps, ok := problems(err, lang)
	if !ok {
		return encode(result{Error: "the plan could not be read"})
	}
	return encode(result{Problems: ps})
}

// smartCheck checks one goal's JSON against the SMART criteria at the time
// at (RFC 3339), with each verdict's reason worded in lang.
func smartCheck(goalJSON, at, lang string) string {
	var g goals.SMARTGoal
	dec := json.NewDecoder(strings.NewReader(goalJSON))
	if err := dec.Decode(&g); err != nil {
		return encode(result{Error: "the goal could not be read"})
	}
	t, err := time.Parse(time.RFC3339, at)
	if err != nil {
		return encode(result{Error: "at is not an RFC 3339 time"})
	}
	c := goals.Check(g, t)
	tag := catalogue.Match(lang)
	type verdict struct {
		Criterion string `json:"criterion"`
		Label     string `json:"label"`
		Met       bool   `json:"met"`
		Reason    string `json:"reason"`
		Message   string `json:"message"`
	}
	var vs []verdict
	for _, v := range c.Verdicts {
		crit, _ := catalogue.Term("goals.Criterion", string(v.Criterion), tag)
		reason, _ := catalogue.Term("goals.Reason", string(v.Reason), tag)
		vs = append(vs, verdict{Criterion: string(v.Criterion), Label: crit.Label, Met: v.Met, Reason: string(v.Reason), Message: reason.Help})
	}
	return encode(result{OK: true, Value: map[string]any{"smart": c.SMART(), "verdicts": vs}})
}

// span is a finding's place in the text, in UTF-8 bytes and in the UTF-16
// code units JavaScript strings count.
type span struct {
	Start   int `json:"start"`
	End     int `json:"end"`
	Start16 int `json:"start16"`
	End16   int `json:"end16"`
}

// analyzeText reads a goal's text, in the language lang (a BCP 47 tag), for
// actions, amounts, time limits and vague wording, with each match's offsets
// in bytes and in UTF-16 code units.
func analyzeText(text, at, lang string) string {
	t, err := time.Parse(time.RFC3339, at)
	if err != nil {
		return encode(result{Error: "at is not an RFC 3339 time"})
	}
	a := goals.AnalyzeText(text, t, &goals.TextOptions{Language: lang})
	type match struct {
		Rule string `json:"rule"`
		Kind string `json:"kind"`
		span
		Deadline string `json:"deadline,omitempty"`
	}
	units := a.UTF16Spans(text)
	ms := make([]match, len(a.Matches))
	for i, m := range a.Matches {
		ms[i] = match{Rule: string(m.Rule), Kind: string(m.Kind()),
			span: span{Start: m.Start, End: m.End, Start16: units[i].Start, End16: units[i].End}}
		if !m.Deadline.IsZero() {
			ms[i].Deadline = m.Deadline.Format(time.RFC3339)
		}
	}
	return encode(result{OK: true, Value: ms})
}

// checkLanguage finds wording in what a team wrote that a person-first guide
// suggests changing, read in lang (a BCP 47 tag: English or Spanish), with
// the preferred wording in that language and offsets in bytes and in UTF-16
// code units.
func checkLanguage(text, lang string) string {
	flags := wording.Check(text, wording.WhoseTeam, &wording.Options{Language: lang})
	type finding struct {
		Rule   string `json:"rule"`
		Family string `json:"family"`
		Prefer string `json:"prefer"`
		Source string `json:"source"`
		span
	}
	units := wording.UTF16Spans(text, flags)
	fs := make([]finding, len(flags))
	for i, f := range flags {
		r, _ := f.Rule.Rule(lang)
		fs[i] = finding{Rule: string(f.Rule), Family: string(r.Family), Prefer: r.Prefer, Source: string(r.Source),
			span: span{Start: f.Start, End: f.End, Start16: units[i].Start, End16: units[i].End}}
	}
	return encode(result{OK: true, Value: fs})
}

// card returns the plan's pocket cards as a self-contained HTML page in
// lang.
func card(planJSON, lang string) string {
	// A plan that decodes gets its card even while it breaks a rule of
	// Validate: the card is the person's, and an incomplete plan is still
	// worth carrying.
	p, err := recovery.DecodePlan(strings.NewReader(planJSON))
	if errors.Is(err, recovery.ErrJSON) || errors.Is(err, recovery.ErrTooLarge) {
		ps, _ := problems(err, lang)
		return encode(result{Problems: ps})
	}
	html, err := pocketcard.HTML(p, &pocketcard.Options{Catalogue: catalogue, Lang: lang})
	if err != nil {
		return encode(result{Error: "the plan has no overdose or safety plan"})
	}
	return encode(result{OK: true, Value: string(html)})
}

// vocabulary returns one enum's codes, labels and help in lang.
func vocabulary(enum, lang string) string {
	v, ok := catalogue.Vocabulary(enum, catalogue.Match(lang))
	if !ok {
		return encode(result{Error: "no such enum"})
	}
	return encode(result{OK: true, Value: v})
}

// schema returns the plan's JSON Schema.
func schema() string {
	return encode(result{OK: true, Value: json.RawMessage(bytes.TrimSpace(recovery.JSONSchema()))})
}
