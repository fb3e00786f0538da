package recoverytest

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/recoverykit/recovery/phi"

	"github.com/google/uuid"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/goals"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/sdm"
	"github.com/recoverykit/recovery/strengths"
)

// DefaultAt is the reference time plans are dated around when
// Options.At is zero: Monday 2 March 2026, 10:00 UTC.
var DefaultAt = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

// Options configures a Generator. A nil *Options, and the zero value, mean the
// defaults.
//
// An Options is a plain value, safe for concurrent use if not modified.
type Options struct {
	// At is the reference time: plans are created up to a year before it and
	// their steps fall due around it. Zero means DefaultAt.
	At time.Time
}

// Generator makes synthetic plans. The zero value is not usable; call New.
//
// A Generator is not safe for concurrent use; give each goroutine its own.
type Generator struct {
	r  *rand.Rand
	at time.Time
	n  int
}

// New returns a generator whose sequence of plans is fixed by seed.
func New(seed uint64, opts *Options) *Generator {
	at := DefaultAt
	if opts != nil && !opts.At.IsZero() {
		at = opts.At
	}
	return &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), at: at}
}

// Plans returns the first n plans of seed's sequence, with default options;
// none if n is not positive.
func Plans(seed uint64, n int) []recovery.Plan {
	g := New(seed, nil)
	n = max(n, 0)
	out := make([]recovery.Plan, n)
	for i := range out {
		out[i] = g.Next()
	}
	return out
}

// At returns the generator's reference time.
func (g *Generator) At() time.Time { return g.at }

// Next returns the next plan. Every plan passes [recovery.Plan.Validate].
// Its richness, from 0 (a draft with one goal) to 1 (every part filled in),
// is drawn uniformly, so a cohort spans the whole range of scores.
func (g *Generator) Next() recovery.Plan {
	g.n++
	r := g.r
	rich := r.Float64()
	day := 24 * time.Hour
	created := g.at.Add(-time.Duration(r.IntN(365)+1) * day)
	p := recovery.Plan{
		ID:       g.id(),
		Version:  1,
		Status:   recovery.StatusDraft,
		PersonID: phi.ID(fmt.Sprintf("S-%06d", g.n)),
		Created:  created,
	}
	if g.chance(rich) {
		p.Version = 1 + r.IntN(3)
		if p.Version > 1 {
			p.Replaces = g.id()
			// The series of a later version, named without drawing from the
			// generator, so that the plans drawn after it stay the same.
			p.SeriesID = uuid.NewSHA1(p.Replaces, []byte("series"))
		}
		p.Status = recovery.StatusActive
	}
	if g.chance(rich) {
		p.Vision = phi.Words(pick(r, visions))
	}

	// Strengths.
	if g.chance(rich) {
		p.Strengths = strengths.Assessment{ID: g.id(), AssessedAt: created}
		for range 1 + r.IntN(1+int(rich*6)) {
			b := pick(r, strengthBank)
			src := strengths.SourceSelf
			if !g.chance(rich) {
				src = strengths.SourceProvider
			}
			p.Strengths.Strengths = append(p.Strengths.Strengths, strengths.Strength{
				ID: g.id(), Area: b.area, Kind: b.kind, Timeframe: strengths.Timeframes()[r.IntN(3)],
				Statement: phi.Words(b.text), Source: src,
			})
		}
		if g.chance(rich) {
			p.Strengths.Priorities = []uuid.UUID{p.Strengths.Strengths[0].ID}
		}
	}

	// Supporters.
	nSup := 0
	if g.chance(rich) {
		nSup = 1 + r.IntN(3)
	}
	for i := range nSup {
		p.Supports = append(p.Supports, recovery.Supporter{
			ID: g.id(), Name: phi.Name(pick(r, names)), Role: recovery.SupporterRoles()[r.IntN(5)],
			Relationship: phi.Words(pick(r, relationships)), Phone: phi.Phone(fmt.Sprintf("555-01%02d", r.IntN(100))),
			ConsentToInvolve: g.chance(0.5 + rich/2), ConsentToShare: g.chance(rich),
			ConsentedAt: created,
		})
		if i == 0 && g.chance(rich) {
			p.Supports[i].Email = phi.Email(fmt.Sprintf("%s%d@example.org", "supporter", r.IntN(1000)))
		}
	}

	// Goals.
	nGoals := 1 + r.IntN(1+int(rich*5))
	order := r.Perm(nGoals)
	for i := range nGoals {
		b := pick(r, goalBank)
		gl := goals.SMARTGoal{
			ID: g.id(), Statement: phi.Words(b.text), Area: b.area, Term: goals.TermShort,
			Status: goals.StatusProposed,
		}
		if g.chance(rich) {
			gl.Status = goals.StatusActive
		}
		if g.chance(rich) {
			gl.Importance = 1 + r.IntN(nGoals)
		}
		if g.chance(rich) {
			gl.Order = 1 + order[i]
		}
		if g.chance(rich) {
			gl.Why = phi.Words(pick(r, whys))
		}
		if g.chance(rich) {
			gl.Measure = phi.Words(pick(r, measures))
		}
		if g.chance(rich) {
			c := 3 + r.IntN(8)
			gl.Confidence = &c
		}
		if g.chance(rich) {
			gl.Start = created.Add(time.Duration(r.IntN(7)) * day)
			gl.Due = gl.Start.Add(time.Duration(14+r.IntN(120)) * day)
		}
		if n := len(p.Strengths.Strengths); n > 0 && g.chance(rich) {
			gl.BuildsOn = []uuid.UUID{p.Strengths.Strengths[r.IntN(n)].ID}
		}
		for range r.IntN(1 + int(rich*4)) {
			st := goals.Step{ID: g.id(), Action: phi.Words(pick(r, steps))}
			if g.chance(rich) {
				st.Due = g.at.Add(time.Duration(r.IntN(21)-7) * day)
				if !gl.Start.IsZero() && st.Due.Before(gl.Start) {
					st.Due = gl.Start
				}
			}
			if g.chance(rich / 3) {
				st.Done = st.Due
			}
			gl.Steps = append(gl.Steps, st)
		}
		p.Goals = append(p.Goals, gl)
	}
	if g.chance(rich) {
		lt := pick(r, longTermBank)
		p.Goals = append(p.Goals, goals.SMARTGoal{
			ID: g.id(), Statement: phi.Words(lt.text), Area: lt.area, Term: goals.TermLong, Status: goals.StatusPlanned,
			Why: phi.Words(pick(r, whys)),
		})
	}

	// Crisis plans.
	if g.chance(rich) {
		o := &crisis.OverdosePlan{ID: g.id(), EmergencyNumbers: []phi.Phone{"911"}}
		if g.chance(rich) {
			o.EmergencyNumbers = append(o.EmergencyNumbers, "988")
			o.NaloxoneLocation = "In my bag, front pocket"
		}
		if len(p.Supports) > 0 && g.chance(rich) {
			s := p.Supports[0]
			o.NaloxoneCarrier = crisis.Contact{Name: s.Name, Phone: s.Phone, SupporterID: s.ID, Consent: s.ConsentToInvolve}
			o.CheckIn = o.NaloxoneCarrier
			o.CheckInBy = []crisis.Channel{crisis.ChannelText}
			o.CheckInHow = "Text me; call if I do not answer."
		}
		if g.chance(rich) {
			o.OtherSteps = []phi.Words{"I will not use alone."}
			o.RisksReviewed = crisis.Risks()[:1+r.IntN(5)]
			o.NaloxoneTrained = g.chance(rich)
			o.GoodSamaritanReviewed = g.chance(rich)
			o.NaloxoneExpires = g.at.Add(time.Duration(r.IntN(720)-120) * day)
			o.Reviewed = created
		}
		p.Overdose = o
	}
	if g.chance(rich / 2) {
		s := &crisis.SafetyPlan{
			ID: g.id(), WarningSigns: []phi.Words{"I stop answering my phone."}, InternalCoping: []phi.Words{"I go for a walk."},
			SaferEnvironment: []phi.Words{"I keep my medication with my sister."}, ReasonsForLiving: []phi.Words{"My kids."},
			ProfessionalHelp: []crisis.Contact{{Name: "988 Lifeline", Phone: "988"}},
		}
		if g.chance(rich) {
			s.Reviewed = created
		}
		p.Safety = s
	}
	if g.chance(rich / 2) {
		p.Toolbox = &crisis.Toolbox{ID: g.id(), Tools: []crisis.Tool{{Section: crisis.SectionCalmDown, Text: "Music and a cup of tea."}}}
	}

	// A shared decision.
	if g.chance(rich) {
		o1, o2 := g.id(), g.id()
		d := sdm.DecisionRecord{
			ID: g.id(), Question: phi.Words(pick(r, questions)), Stage: sdm.StageDecisionTalk,
			Options: []sdm.Option{
				{ID: o1, Name: "start now", Benefits: []phi.Note{"sooner"}, Harms: []phi.Note{"busy month"}},
				{ID: o2, Name: "wait a month"},
			},
			Participants: []sdm.Participant{{Role: sdm.RolePerson}},
			Goals:        []uuid.UUID{p.Goals[0].ID},
		}
		if g.chance(rich) {
			d.WhatMatters = []phi.Words{"Keeping my job."}
		}
		if g.chance(rich) {
			d.Stage, d.Chosen, d.ChosenBy, d.DecidedAt = sdm.StageDecided, o1, []sdm.Role{sdm.RolePerson}, created
			if g.chance(rich) {
				d.RevisitBy = created.Add(60 * day)
			}
		}
		if len(p.Supports) > 0 && g.chance(rich) {
			d.Participants = append(d.Participants, sdm.Participant{ID: p.Supports[0].ID, Role: sdm.RoleSupporter, Consent: true})
		}
		p.Decisions = []sdm.DecisionRecord{d}
	}

	// Who wrote it, agreement and review.
	if g.chance(rich) {
		p.CoCreators = []recovery.CoCreator{{Role: sdm.RolePerson}}
		if len(p.Supports) > 0 {
			p.CoCreators = append(p.CoCreators, recovery.CoCreator{Role: sdm.RolePeer, SupporterID: p.Supports[0].ID})
		}
	} else {
		p.CoCreators = []recovery.CoCreator{{Role: sdm.RoleProvider}}
	}
	if g.chance(rich) {
		p.AgreedAt = created.Add(time.Duration(r.IntN(3)) * day)
	}
	if g.chance(rich) {
		p.Reviewed = created.Add(time.Duration(r.Int64N(int64(g.at.Sub(created)/day)+1)) * day)
	}
	gas(&p, rich)
	sdmMeasures(&p, rich)
	return p
}

// gas scales some of the plan's active short-term goals with Goal
// Attainment Scaling, the richer the plan the more often, and rates some at
// follow-up. It draws from a stream of its own, seeded by the plan's ID, so
// that every other part of a seed's plans is what it was before plans had
// GAS records.
func gas(p *recovery.Plan, rich float64) {
	r := rand.New(rand.NewPCG(binary.LittleEndian.Uint64(p.ID[:8]), binary.LittleEndian.Uint64(p.ID[8:])))
	for i := range p.Goals {
		gl := &p.Goals[i]
		if gl.Term != goals.TermShort || gl.Status != goals.StatusActive || r.Float64() >= rich {
			continue
		}
		base := goals.LevelLess - goals.Level(r.IntN(2))
		a := &goals.GAS{Baseline: &base, ImportanceRating: r.IntN(4), DifficultyRating: r.IntN(4)}
		if r.Float64() < rich {
			l := goals.Level(r.IntN(5) - 2)
			a.FollowUp = &l
		}
		gl.Attainment = a
	}
}

// sdmMeasures gives some of the plan's decisions responses to the measures of
// shared decision making, the richer the plan the more often: one to three
// responses, each to an instrument drawn from sdm.Instruments, answered
// within 48 hours of the decision (or of the plan's creation, for a
// decision not yet made), as CollaboRATE's developers ask. It draws from a stream of its own, seeded
// by the decision's ID, so that every other part of a seed's plans is what
// it was before decisions had measures.
func sdmMeasures(p *recovery.Plan, rich float64) {
	for i := range p.Decisions {
		d := &p.Decisions[i]
		r := rand.New(rand.NewPCG(binary.LittleEndian.Uint64(d.ID[8:]), binary.LittleEndian.Uint64(d.ID[:8])))
		if r.Float64() >= rich {
			continue
		}
		when := p.Created
		if !d.DecidedAt.IsZero() {
			when = d.DecidedAt
		}
		for range 1 + r.IntN(3) {
			m := sdm.MeasureResponse{
				Instrument: pick(r, sdm.Instruments()),
				Respondent: sdm.RolePerson,
				AnsweredAt: when.Add(time.Duration(1+r.IntN(48)) * time.Hour),
			}
			switch m.Instrument {
			case sdm.InstrumentSDMQDoc:
				m.Respondent = sdm.RoleProvider
			case sdm.InstrumentOPTION5:
				m.Respondent = ""
			case sdm.InstrumentCollaboRATE:
				m.Version = pick(r, []sdm.CollaboRATEVersion{"", sdm.CollaboRATEVersion10, sdm.CollaboRATEVersion10, sdm.CollaboRATEVersion5})
				if r.IntN(4) == 0 {
					m.Respondent = sdm.RoleFamily
				}
			}
			n, top := m.Instrument.Items(m.Version)
			m.Items = make([]int, n)
			for j := range m.Items {
				// Richer plans lean towards the top of each scale, as
				// fuller shared decisions tend to score higher.
				m.Items[j] = min(top, int(float64(top+1)*(rich+r.Float64())/2))
			}
			d.Measures = append(d.Measures, m)
		}
	}
}

// chance reports true with probability p.
func (g *Generator) chance(p float64) bool { return g.r.Float64() < p }

// id returns a random version 4 UUID from the generator's stream.
func (g *Generator) id() uuid.UUID {
	var u uuid.UUID
	a, b := g.r.Uint64(), g.r.Uint64()
	for i := range 8 {
		u[i] = byte(a >> (8 * i))
		u[8+i] = byte(b >> (8 * i))
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return u
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

type phrase struct {
	text string
	area life.Area
	kind strengths.Kind
}

var (
	visions = []string{
		"I want a home of my own and my family back in my life.",
		"I want to be healthy, working, and there for my kids.",
		"A quiet life by the sea with people I love.",
		"I want to finish school and help others in recovery.",
	}
	strengthBank = []phrase{
		{"My brother and I were always close.", life.AreaSocial, strengths.KindRelationship},
		{"I am good at fixing things.", life.AreaEmployment, strengths.KindSkill},
		{"I keep going when things get hard.", life.AreaPersonal, strengths.KindQuality},
		{"I love to cook for friends.", life.AreaLeisure, strengths.KindInterest},
		{"I finished my GED at 30.", life.AreaEducation, strengths.KindSkill},
		{"My church has always welcomed me.", life.AreaSpiritual, strengths.KindResource},
		{"I walk every morning.", life.AreaHealth, strengths.KindInterest},
		{"Client is a former addict with a good work ethic.", life.AreaEmployment, strengths.KindQuality},
		{"I ask for help when I need it.", life.AreaPersonal, strengths.KindQuality},
		{"My aunt lets me stay when I need to.", life.AreaHousing, strengths.KindRelationship},
	}
	goalBank = []phrase{
		{"I want to get back in touch with my brother", life.AreaSocial, ""},
		{"I want to quit smoking", life.AreaHealth, ""},
		{"I want to go to a naloxone training", life.AreaHealth, ""},
		{"I want to find a place to live", life.AreaHousing, ""},
		{"I want to get a better job", life.AreaEmployment, ""},
		{"I will walk 20 minutes 3 times a week by April 1", life.AreaHealth, ""},
		{"Client will be less non-compliant with meds", life.AreaHealth, ""},
		{"I want to take a cooking class this spring", life.AreaEducation, ""},
		{"I will go to one meeting at my church each week", life.AreaSpiritual, ""},
		{"Stay clean and sober", life.AreaHealth, ""},
	}
	longTermBank = []phrase{
		{"I want to run my own repair shop", life.AreaEmployment, ""},
		{"I want a home where my kids can visit", life.AreaHousing, ""},
		{"I want to become a peer specialist", life.AreaEmployment, ""},
	}
	whys = []string{
		"Family is everything to me.", "I want to feel proud of myself.",
		"So I can breathe easier.", "A home is where I can rest.",
	}
	measures = []string{
		"I will count the calls I make each week.", "Days without smoking on my calendar.",
		"Number of applications sent.",
	}
	steps = []string{
		"I will look on Craigslist for rentals for no more than 1 hour",
		"I will list at least 5 possible rentals and will call at least 3",
		"I will bring the notes from the calls to go over next week",
		"I will call my brother by Friday",
		"I will try to do better",
		"I will ask my peer specialist about training dates this week",
	}
	names         = []string{"Alex", "Sam", "Jordan", "Riley", "Casey", "Morgan", "Taylor", "Jamie"}
	relationships = []string{"my brother", "a friend", "my peer specialist", "my sponsor", "my aunt", "my counselor"}
	questions     = []string{
		"Where should I get naloxone training?", "Which housing option should I try first?",
		"Should I start medication for opioid use disorder now?",
	}
)
