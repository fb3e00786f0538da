package fhir_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/crisis"
	"github.com/recoverykit/recovery/fhir"
	"github.com/recoverykit/recovery/life"
	"github.com/recoverykit/recovery/phi"
	"github.com/recoverykit/recovery/recoverytest"
	"github.com/recoverykit/recovery/strengths"
)

// fieldPaths returns the paths ("goals.steps.done") of every field of type
// t, down to the leaves: strings, numbers, booleans, times and UUIDs.
func fieldPaths(t reflect.Type, prefix string, out *[]string) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t == reflect.TypeFor[time.Time]() {
		*out = append(*out, prefix)
		return
	}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		fieldPaths(f.Type, join(prefix, f.Name), out)
	}
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// setPaths records the paths of the leaf fields of v that are set.
func setPaths(v reflect.Value, prefix string, set map[string]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			setPaths(v.Elem(), prefix, set)
		}
		return
	case reflect.Slice:
		for i := range v.Len() {
			setPaths(v.Index(i), prefix, set)
		}
		return
	case reflect.Struct:
		if v.Type() != reflect.TypeFor[time.Time]() {
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					setPaths(v.Field(i), join(prefix, v.Type().Field(i).Name), set)
				}
			}
			return
		}
	}
	if !v.IsZero() {
		set[prefix] = true
	}
}

// filledPlan returns the identifying seed scenario with the fields it
// leaves empty filled in: every contact field, every crisis list, the
// toolbox's cues and a recommended option.
func filledPlan() recovery.Plan {
	p := recoverytest.IdentifyingScenario()
	sam := crisis.Contact{Name: "Sam", Relationship: "brother", Phone: "555-0144",
		Channels: []crisis.Channel{crisis.ChannelPhone, crisis.ChannelInPerson}, SupporterID: p.Supports[2].ID, Consent: true}
	p.Overdose.CheckIn.Channels = []crisis.Channel{crisis.ChannelText}
	p.Overdose.NaloxoneCarrier.Channels = []crisis.Channel{crisis.ChannelInPerson, crisis.ChannelPhone}
	p.Safety.AskForHelp[0].Channels = []crisis.Channel{crisis.ChannelEmail}
	p.Safety.DistractionPeople = []crisis.Contact{sam, {Name: "Neighbour Lee", Phone: "555-0177"}}
	p.Safety.DistractionPlaces = []phi.Words{"The library", "The park by the river"}
	p.Safety.ProfessionalHelp = append(p.Safety.ProfessionalHelp, crisis.Contact{Name: "Jordan", Relationship: "peer specialist",
		Phone: "555-0143", Channels: []crisis.Channel{crisis.ChannelText}, SupporterID: p.Supports[0].ID, Consent: true})
	p.Toolbox.Triggers = []crisis.Cue{{Text: "Payday", Action: "I give my card to Jordan."}, {Text: "Old friends", Action: "I leave."}}
	p.Toolbox.EarlyWarningSigns = []crisis.Cue{{Text: "I stop sleeping", Action: "I call Jordan."}}
	p.Toolbox.Reviewed = recoverytest.ScenarioAt.Add(-3 * time.Hour)
	p.Decisions[0].Recommended = p.Decisions[0].Options[1].ID
	p.Language = "es-MX"
	p.Strengths.Aspects = []strengths.Aspect{
		{ID: recoverytest.ScenarioID(recoverytest.KindOther, 21), Area: life.AreaHousing, Kind: strengths.AspectNeed, Text: "A quiet room"},
		{ID: recoverytest.ScenarioID(recoverytest.KindOther, 22), Area: life.AreaHealth, Kind: strengths.AspectAbility, Text: "I cook for myself"},
	}
	return p
}

// wholePlans returns the plans the round trip is tested on: the seed
// scenario, its identifying variant, the package's own scenario, a plan in
// other time zones, and 500 synthetic plans of every richness, which
// between them set every field a plan has.
func wholePlans(t testing.TB) []recovery.Plan {
	t.Helper()
	zoned := recoverytest.IdentifyingScenario()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	for i := range zoned.Goals {
		g := &zoned.Goals[i]
		if !g.Start.IsZero() {
			g.Start = g.Start.In(ny).Add(90*time.Minute + 123456789)
			g.Due = g.Due.In(time.FixedZone("", 5*3600+1800)).Add(7 * time.Hour)
		}
	}
	plans := []recovery.Plan{recoverytest.Scenario(), recoverytest.IdentifyingScenario(), scenarioPlan(), zoned, filledPlan()}
	return append(plans, recoverytest.Plans(14, 500)...)
}

// TestWholePlanTravels checks Import(Export(p)) == p on every field of the
// plan: the test plans set every field between them, and each comes back.
func TestWholePlanTravels(t *testing.T) {
	plans := wholePlans(t)
	var all []string
	fieldPaths(reflect.TypeFor[recovery.Plan](), "", &all)
	set := map[string]bool{}
	gas := 0
	for i, p := range plans {
		require.NoError(t, p.Validate(), "plan %d", i)
		setPaths(reflect.ValueOf(p), "", set)
		for _, g := range p.Goals {
			if g.Attainment != nil {
				gas++
			}
		}
		b, err := fhir.Export(p, nil)
		require.NoError(t, err, "plan %d", i)
		raw, err := json.Marshal(b)
		require.NoError(t, err)
		got, skipped, err := fhir.Import(raw)
		require.NoError(t, err, "plan %d", i)
		assert.Empty(t, skipped, "plan %d", i)
		if !assert.Equal(t, carried(p), got, "plan %d", i) {
			continue
		}
		for j, g := range got.Goals {
			for _, tt := range [][2]time.Time{{p.Goals[j].Start, g.Start}, {p.Goals[j].Due, g.Due}} {
				assert.True(t, tt[0].Equal(tt[1]), "plan %d goal %d", i, j)
				assert.Equal(t, tt[0].Location().String(), tt[1].Location().String(), "plan %d goal %d", i, j)
				_, o1 := tt[0].Zone()
				_, o2 := tt[1].Zone()
				assert.Equal(t, o1, o2, "plan %d goal %d", i, j)
			}
		}
	}
	var unset []string
	for _, f := range all {
		if !set[f] {
			unset = append(unset, f)
		}
	}
	sort.Strings(unset)
	assert.Empty(t, unset, "fields no test plan sets")
	assert.Greater(t, gas, 100, "synthetic plans with GAS records")
	assert.True(t, slices.ContainsFunc(plans, func(p recovery.Plan) bool { return p.Overdose != nil && len(p.Decisions) > 0 }))
}

// TestCheckedBundles exports the bundles the external checkers of .ci/run
// read (FHIR.js and the FHIRPath invariants): the seed plans, the filled and
// zoned plans, the seed scenario as a transaction with its trail, and 100
// synthetic plans. Each is valid by the package's own rules; with
// -bundle-dir they are written there, one file each.
func TestCheckedBundles(t *testing.T) {
	plans := wholePlans(t)[:105]
	bundles := map[string]fhir.Bundle{}
	for i, p := range plans {
		b, err := fhir.Export(p, nil)
		require.NoError(t, err)
		bundles[fmt.Sprintf("plan-%03d.json", i)] = b
	}
	tx, err := fhir.Export(scenarioPlan(), &fhir.Options{Transaction: true, Trail: scenarioTrail()})
	require.NoError(t, err)
	bundles["transaction.json"] = tx
	for name, b := range bundles {
		require.NoError(t, b.Validate(), name)
		raw := encode(t, b)
		assert.Empty(t, invariantProblems(raw), name)
		if *bundleDir != "" {
			require.NoError(t, os.WriteFile(filepath.Join(*bundleDir, name), raw, 0o644))
		}
	}
	assert.Len(t, bundles, 106)
}
