package pocketcard_test

import (
	"time"

	"github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/recoverytest"
)

var reviewed = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

// englishPlan is the scenario with a safety plan as well.
func englishPlan() recovery.Plan {
	p := recoverytest.Scenario()
	p.Overdose.OtherSteps = append(p.Overdose.OtherSteps, "Start low and go slow after a break")
	p.Safety = &crisis.SafetyPlan{
		ID:                recoverytest.ScenarioID(recoverytest.KindCrisis, 2),
		WarningSigns:      []phi.Words{"I stop answering texts", "I skip meals"},
		InternalCoping:    []phi.Words{"Walk to the river", "Play guitar for ten minutes"},
		DistractionPeople: []crisis.Contact{{Name: "Alex", Phone: "555-0142"}},
		DistractionPlaces: []phi.Words{"The library"},
		AskForHelp:        []crisis.Contact{{Name: "Sam", Relationship: "brother", Phone: "555-0144", Consent: true}},
		ProfessionalHelp:  []crisis.Contact{{Name: "Crisis line", Phone: "988"}, {Name: "Dr. Rivera", Phone: "(555) 014-9999"}},
		SaferEnvironment:  []phi.Words{"Leave extra pills with Alex"},
		ReasonsForLiving:  []phi.Words{"My daughter", "Music"},
		Reviewed:          reviewed,
	}
	return p
}

// spanishPlan is a plan written in Spanish.
func spanishPlan() recovery.Plan {
	p := englishPlan()
	p.Overdose = &crisis.OverdosePlan{
		ID:               recoverytest.ScenarioID(recoverytest.KindCrisis, 1),
		EmergencyNumbers: []phi.Phone{"911", "800 911 2000"},
		NaloxoneLocation: "En la mochila, bolsillo de delante",
		NaloxoneCarrier:  crisis.Contact{Name: "Lucía", Relationship: "mi hermana", Phone: "+52 55 1234 5678"},
		CheckIn:          crisis.Contact{Name: "Jordi", Relationship: "compañero de apoyo", Phone: "55 8765 4321"},
		CheckInBy:        []crisis.Channel{crisis.ChannelText, crisis.ChannelInPerson},
		CheckInHow:       "Mándame un mensaje; si no contesto en una hora, ven a casa.",
		OtherSteps:       []phi.Words{"No consumir a solas", "Empezar con poco"},
		NaloxoneExpires:  time.Date(2027, time.January, 31, 0, 0, 0, 0, time.UTC),
		Reviewed:         reviewed,
	}
	p.Safety = &crisis.SafetyPlan{
		ID:               recoverytest.ScenarioID(recoverytest.KindCrisis, 2),
		WarningSigns:     []phi.Words{"Dejo de contestar mensajes"},
		InternalCoping:   []phi.Words{"Caminar por el parque"},
		AskForHelp:       []crisis.Contact{{Name: "Lucía", Phone: "+52 55 1234 5678"}},
		ProfessionalHelp: []crisis.Contact{{Name: "Línea de la Vida", Phone: "800 911 2000"}},
		ReasonsForLiving: []phi.Words{"Mi hija"},
		Reviewed:         reviewed,
	}
	return p
}

// oddPlan has text that must be escaped, control characters, other scripts
// and long words.
func oddPlan() recovery.Plan {
	p := recoverytest.Scenario()
	p.Overdose = &crisis.OverdosePlan{
		ID:               recoverytest.ScenarioID(recoverytest.KindCrisis, 1),
		EmergencyNumbers: []phi.Phone{"112", "+30 210 123 4567 8901 2345", "  "},
		NaloxoneLocation: "<script>alert('x')</script> & \"quotes\"\nsecond line",
		NaloxoneCarrier:  crisis.Contact{Name: "Ольга", Relationship: "сестра", Phone: "+7 495 123-45-67"},
		CheckIn:          crisis.Contact{Name: "Νίκος\u202e", Phone: "no digits"},
		CheckInBy:        []crisis.Channel{crisis.ChannelPhone, "carrier-pigeon"},
		OtherSteps:       []phi.Words{"Supercalifragilisticexpialidocious-and-then-some-more-without-a-break", "مرحبا بكم", "", "3", "4", "5 (not shown)"},
	}
	p.Safety = nil
	return p
}

// noCheckInPlan has check-in channels and wording but no check-in person.
func noCheckInPlan() recovery.Plan {
	p := recoverytest.Scenario()
	p.Overdose.CheckIn = crisis.Contact{}
	p.Safety = nil
	return p
}
