package deidentify_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/deidentify"
	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/quality"
	"github.com/recoverykit/recovery/recoverytest"
)

// scrubbed returns text as it comes out of de-identification with kept text,
// written as the plan's vision.
func scrubbed(t *testing.T, text string) string {
	t.Helper()
	p := recoverytest.IdentifyingScenario()
	p.Vision = phi.Words(text)
	return string(deidentify.Plan(p, testKey, &deidentify.Options{KeepText: true}).Vision)
}

func TestScrubPhoneShapes(t *testing.T) {
	shapes := []string{
		"555-014-2222", "(555) 014-2222", "555.014.2222", "555 014 2222", "5550142222",
		"+1 555 014 2222", "+1-555-014-2222", "+15550142222", "1-555-014-2222",
		"555–014–2222",           // en dashes
		"555—014—2222",           // em dashes
		"555\u00a0014\u00a02222", // no-break spaces
		"555/014-2222",           // a slash
		"555-014-2222 x204", "555-014-2222 ext. 12", "(555) 014-2222 extension 7",
		"５５５-０１４-２２２２", // full-width digits
		"1-800-FLOWERS", "1-800-356-9377", "800-GOT-JUNK",
		"+44 20 7946 0958", "+33 1 23 45 67 89", "014-2222",
	}
	for _, ph := range shapes {
		out := scrubbed(t, "call me on "+ph+" after work")
		assert.Equal(t, "call me on "+deidentify.RemovedPhoneText+" after work", out, "%q", ph)
	}
}

func TestScrubIdentifiers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"write to jo.doe+plan@example.co.uk today", "write to " + deidentify.RemovedEmailText + " today"},
		{"see https://example.org/me?id=4 for more", "see " + deidentify.RemovedURL + " for more"},
		{"my site www.example.org", "my site " + deidentify.RemovedURL},
		{"from 192.168.10.4 at home", "from " + deidentify.RemovedURL + " at home"},
		{"DOB 3/14/1980, lives alone", deidentify.RemovedDate + ", lives alone"},
		{"born on March 14, 1980", deidentify.RemovedDate},
		{"date of birth: 14 March 1980", deidentify.RemovedDate},
		{"SSN 123-45-6789", "SSN " + deidentify.RemovedNumber},
		{"my social 123-45-6789 is in the file", "my social " + deidentify.RemovedNumber + " is in the file"},
		{"MRN: 00412345 at the clinic", deidentify.RemovedNumber + " at the clinic"},
		{"member ID XJ4432110", deidentify.RemovedNumber},
		{"case # 2026-CR-0042", deidentify.RemovedNumber},
		{"I move to 1428 Elm Street, Apt 3B in June", "I move to " + deidentify.RemovedAddress + " in June"},
		{"meet at 22 N. Main St.", "meet at " + deidentify.RemovedAddress},
		{"mail to P.O. Box 4412", "mail to " + deidentify.RemovedAddress},
		{"Springfield, IL 62704", "Springfield, " + deidentify.RemovedAddress},
		{"find a place by April 15", "find a place by " + deidentify.RemovedDate},
		{"by 12/15 I will call", "by " + deidentify.RemovedDate + " I will call"},
		{"sober since 2026-01-09", "sober since " + deidentify.RemovedDate},
		{"on the 3rd of May, 2025 I moved", "on the " + deidentify.RemovedDate + " I moved"},
		{"Sam and Alex will help", "[name] and [name] will help"}, // the scenario's own supporters
		{"dr. rivera said so", "[name] said so"},                  // the whole name as the plan records it
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, scrubbed(t, tt.in), "%q", tt.in)
	}
}

func TestScrubLeavesOrdinaryText(t *testing.T) {
	for _, s := range []string{
		"I will walk 20 minutes 3 times a week",
		"call 988 or text 741741 if it gets bad",
		"save $200 by next month",
		"go to 2 meetings and read 10 pages",
		"in 2027 I want to be working",
		"I want to get back in touch with my brother",
		"step 4 of the 12 steps",
	} {
		assert.Equal(t, s, scrubbed(t, s))
	}
}

func TestTimesKeepTheirDayAndZone(t *testing.T) {
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	require.NoError(t, err)
	p := recoverytest.Scenario()
	p.Overdose.NaloxoneExpires = time.Date(2026, time.March, 2, 0, 30, 0, 0, tokyo) // 1 March in UTC
	p.Created = time.Date(2026, time.February, 23, 10, 17, 42, 123456789, time.UTC)
	days := int(deidentify.DateShift(testKey, string(p.PersonID), nil) / (24 * time.Hour))

	out := deidentify.Plan(p, testKey, nil)
	exp := out.Overdose.NaloxoneExpires
	assert.Equal(t, tokyo, exp.Location(), "the day stays a day where it was written")
	assert.Equal(t, time.Date(2026, time.March, 2+days, 0, 0, 0, 0, tokyo), exp)
	assert.Equal(t, time.Date(2026, time.February, 23+days, 0, 0, 0, 0, time.UTC), out.Created, "no time of day, no nanoseconds")

	kept := deidentify.Plan(p, testKey, &deidentify.Options{KeepTimeOfDay: true})
	assert.Equal(t, time.Date(2026, time.February, 23+days, 10, 17, 42, 123456789, time.UTC), kept.Created)
}

func TestSafeHarbor(t *testing.T) {
	p := recoverytest.IdentifyingScenario()
	out := deidentify.Plan(p, testKey, &deidentify.Options{SafeHarbor: true, KeepText: true})
	assert.Equal(t, time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC), out.Created, "only the year")
	assert.Equal(t, time.Date(p.Overdose.NaloxoneExpires.Year(), time.January, 1, 0, 0, 0, 0, time.UTC), out.Overdose.NaloxoneExpires)
	assert.Equal(t, deidentify.RemovedText, string(out.Vision), "free text is removed whatever KeepText says")
	assert.Equal(t, deidentify.RemovedText, string(out.Goals[0].Statement))
	assert.Equal(t, out.Created, deidentify.Time(testKey, string(p.PersonID), p.Created, &deidentify.Options{SafeHarbor: true}))
}

// TestSyntheticPlansScoreAsTheOriginal: on plans of every richness, the
// de-identified plan scores as the original at the reference time moved by
// Time, on every criterion that does not read the words.
func TestSyntheticPlansScoreAsTheOriginal(t *testing.T) {
	at := recoverytest.ScenarioAt
	for i, p := range recoverytest.Plans(7, 200) {
		orig := quality.Score(p, at, nil)
		deid := quality.Score(deidentify.Plan(p, testKey, nil), deidentify.Time(testKey, string(p.PersonID), at, nil), nil)
		for j, c := range orig.Criteria {
			switch c.Criterion {
			case quality.CriterionOwnWords, quality.CriterionStrengthsLanguage, quality.CriterionSMARTGoals:
				continue // these read the words
			}
			if !assert.InDelta(t, c.Score, deid.Criteria[j].Score, eps, "plan %d %s", i, c.Criterion) {
				return
			}
		}
	}
}
