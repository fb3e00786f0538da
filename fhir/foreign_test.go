package fhir_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	recovery "github.com/recoverykit/recovery"
	"github.com/recoverykit/recovery/fhir"
	"github.com/recoverykit/recovery/recoverytest"
)

// exportDoc returns the filled seed plan's bundle as decoded JSON, to edit
// the way another system might write it.
func exportDoc(t *testing.T) (recovery.Plan, map[string]any) {
	t.Helper()
	p := filledPlan()
	b, err := fhir.Export(p, nil)
	require.NoError(t, err)
	raw, err := json.Marshal(b)
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(raw, &doc))
	return p, doc
}

func entries(doc map[string]any) []any { return doc["entry"].([]any) }

func resourceOf(e any) map[string]any { return e.(map[string]any)["resource"].(map[string]any) }

// each calls f on every resource of type rt.
func each(doc map[string]any, rt string, f func(r map[string]any)) {
	for _, e := range entries(doc) {
		if r := resourceOf(e); r["resourceType"] == rt {
			f(r)
		}
	}
}

func importDoc(t *testing.T, doc map[string]any) (recovery.Plan, []fhir.Skipped) {
	t.Helper()
	raw, err := json.Marshal(doc)
	require.NoError(t, err)
	p, skipped, err := fhir.Import(raw)
	require.NoError(t, err)
	return p, skipped
}

// TestImportReadsModifiers checks that what R4 marks as not in force is read
// as nothing: an inactive or rejected Consent, an inactive CareTeam, a
// participation or team whose period ended, and resources entered in error.
func TestImportReadsModifiers(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(doc map[string]any)
		expect func(t *testing.T, want, got recovery.Plan)
	}{
		{"privacy consents rejected", func(doc map[string]any) {
			each(doc, "Consent", func(r map[string]any) { r["status"] = "rejected" })
		}, func(t *testing.T, want, got recovery.Plan) {
			for _, s := range got.Supports {
				assert.False(t, s.ConsentToShare)
				assert.True(t, s.ConsentedAt.IsZero())
			}
			assert.True(t, got.AgreedAt.IsZero(), "the agreement is a Consent too")
		}},
		{"consent provision ended", func(doc map[string]any) {
			each(doc, "Consent", func(r map[string]any) {
				r["provision"].(map[string]any)["period"] = map[string]any{"end": "2001-01-01"}
			})
		}, func(t *testing.T, want, got recovery.Plan) {
			for _, s := range got.Supports {
				assert.False(t, s.ConsentToShare)
			}
		}},
		{"care team inactive", func(doc map[string]any) {
			each(doc, "CareTeam", func(r map[string]any) { r["status"] = "inactive" })
		}, func(t *testing.T, want, got recovery.Plan) {
			for _, s := range got.Supports {
				assert.False(t, s.ConsentToInvolve)
			}
		}},
		{"care team ended", func(doc map[string]any) {
			each(doc, "CareTeam", func(r map[string]any) { r["period"] = map[string]any{"end": "2001-01-01"} })
		}, func(t *testing.T, want, got recovery.Plan) {
			for _, s := range got.Supports {
				assert.False(t, s.ConsentToInvolve)
			}
		}},
		{"one participation ended", func(doc map[string]any) {
			each(doc, "CareTeam", func(r map[string]any) {
				r["participant"].([]any)[0].(map[string]any)["period"] = map[string]any{"end": "2001-01-01"}
			})
		}, func(t *testing.T, want, got recovery.Plan) {
			assert.False(t, got.Supports[0].ConsentToInvolve)
			assert.Equal(t, want.Supports[1].ConsentToInvolve, got.Supports[1].ConsentToInvolve)
		}},
		{"statement entered in error", func(doc map[string]any) {
			each(doc, "Observation", func(r map[string]any) {
				if strings.Contains(mustJSON(r["code"]), "statement-kind") {
					r["status"] = "entered-in-error"
				}
			})
		}, func(t *testing.T, want, got recovery.Plan) {
			require.NotEmpty(t, want.Strengths.Aspects)
			assert.Empty(t, got.Strengths.Aspects)
		}},
		{"step entered in error", func(doc map[string]any) {
			each(doc, "Task", func(r map[string]any) { r["status"] = "entered-in-error" })
		}, func(t *testing.T, want, got recovery.Plan) {
			for _, g := range got.Goals {
				assert.Empty(t, g.Steps)
			}
		}},
		{"safety plan entered in error", func(doc map[string]any) {
			each(doc, "QuestionnaireResponse", func(r map[string]any) {
				if strings.Contains(r["questionnaire"].(string), "safety-plan") {
					r["status"] = "entered-in-error"
				}
			})
		}, func(t *testing.T, want, got recovery.Plan) {
			assert.Nil(t, got.Safety)
			assert.Equal(t, want.Overdose, got.Overdose)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, doc := exportDoc(t)
			tt.edit(doc)
			got, skipped := importDoc(t, doc)
			tt.expect(t, want, got)
			assert.True(t, slices.ContainsFunc(skipped, func(s fhir.Skipped) bool { return s.Reason == fhir.SkipNotInForce }) ||
				strings.Contains(tt.name, "ended"), "%v", skipped)
		})
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestImportServerAssignedIDs reads a bundle whose ids a server assigned:
// "123"-style ids, absolute fullUrls and relative references. Each becomes
// a stable name-based UUID (fhir.ForeignID), the same on every read.
func TestImportServerAssignedIDs(t *testing.T) {
	want, doc := exportDoc(t)
	// Give every resource a server id, its fullUrl the server's URL, and
	// rewrite references to "Type/<n>".
	ids := map[string]string{}
	for i, e := range entries(doc) {
		r := resourceOf(e)
		old := "urn:uuid:" + r["id"].(string)
		n := r["resourceType"].(string) + "/" + strconv.Itoa(1000+i)
		ids[old] = n
		r["id"] = n[strings.IndexByte(n, '/')+1:]
		e.(map[string]any)["fullUrl"] = "https://ehr.example.org/fhir/" + n
	}
	raw := mustJSON(doc)
	for old, n := range ids {
		raw = strings.ReplaceAll(raw, `"reference":"`+old+`"`, `"reference":"`+n+`"`)
	}
	got, skipped, err := fhir.Import([]byte(raw))
	require.NoError(t, err)
	assert.Empty(t, skipped)
	again, _, err := fhir.Import([]byte(raw))
	require.NoError(t, err)
	assert.Equal(t, got, again, "the same ids on every read")
	assert.Equal(t, fhir.ForeignID("https://ehr.example.org/fhir/"+ids["urn:uuid:"+want.Goals[0].ID.String()], "Goal", "x"), got.Goals[0].ID)
	assert.Equal(t, len(want.Goals), len(got.Goals))
	assert.Equal(t, len(want.Supports), len(got.Supports))
	require.NotNil(t, got.Overdose)
	assert.Equal(t, got.Supports[1].ID, got.Overdose.NaloxoneCarrier.SupporterID, "references inside a response follow the mapping")
	assert.Equal(t, string(want.Supports[1].Name), string(got.Supports[1].Name))
	assert.Equal(t, got.Goals[2].ID, got.Decisions[0].Goals[0])
}

// TestImportSupporterOrder reads the supporters in the person's order, as
// the supporters List gives it, whatever order the entries come in.
func TestImportSupporterOrder(t *testing.T) {
	for seed := range 6 {
		want, doc := exportDoc(t)
		es := entries(doc)
		var people []int
		for i, e := range es {
			if resourceOf(e)["resourceType"] == "RelatedPerson" {
				people = append(people, i)
			}
		}
		require.Len(t, people, 3)
		moved := slices.Clone(people)
		for i := range moved {
			j := (i + seed) % len(moved)
			moved[i], moved[j] = moved[j], moved[i]
		}
		shuffled := slices.Clone(es)
		for i, k := range people {
			shuffled[k] = es[moved[i]]
		}
		doc["entry"] = shuffled
		got, _ := importDoc(t, doc)
		assert.Equal(t, carried(want).Supports, got.Supports, "seed %d", seed)
	}
}

// TestImportForeignResponses reads what other systems may send among the
// responses: a form the package does not know is skipped; an item it does
// not know, an answer of the wrong type and a second answer to a single
// field are errors naming the entry and the rule.
func TestImportForeignResponses(t *testing.T) {
	_, doc := exportDoc(t)
	doc["entry"] = append(entries(doc), map[string]any{"fullUrl": "urn:uuid:99000000-0000-4000-8000-000000000001",
		"resource": map[string]any{"resourceType": "QuestionnaireResponse", "id": "99000000-0000-4000-8000-000000000001",
			"status": "completed", "questionnaire": "https://example.org/Questionnaire/phq-9",
			"item": []any{map[string]any{"linkId": "1", "answer": []any{map[string]any{"valueInteger": 2}}},
				map[string]any{"linkId": "2", "answer": []any{map[string]any{"valueDecimal": 2.5}, map[string]any{"valueDate": "2026-03"},
					map[string]any{"valueQuantity": map[string]any{"value": 3, "unit": "d"}}}}}}})
	got, skipped := importDoc(t, doc)
	assert.NotNil(t, got.Safety)
	assert.Contains(t, skipped, fhir.Skipped{Index: len(entries(doc)) - 1, ResourceType: "QuestionnaireResponse",
		ID: "99000000-0000-4000-8000-000000000001", Reason: fhir.SkipNotInPlan})

	edits := []struct {
		name, path, rule string
		edit             func(r map[string]any)
	}{
		{"unknown item", "item[0].linkId", "linkId", func(r map[string]any) {
			r["item"].([]any)[0].(map[string]any)["linkId"] = "notAField"
		}},
		{"wrong answer type", "item[0].answer[0]", "valid", func(r map[string]any) {
			r["item"].([]any)[0].(map[string]any)["answer"] = []any{map[string]any{"valueBoolean": true}}
		}},
		{"two answers to one field", "item[1].answer", "max", func(r map[string]any) {
			it := r["item"].([]any)[1].(map[string]any)
			it["answer"] = []any{map[string]any{"valueString": "a"}, map[string]any{"valueString": "b"}}
		}},
		{"answer not in its code system", "item[5].answer[0]", "valid", func(r map[string]any) {
			it := r["item"].([]any)[5].(map[string]any)
			it["answer"] = []any{map[string]any{"valueCoding": map[string]any{"system": "https://example.org/cs", "code": "text"}}}
		}},
	}
	for _, tt := range edits {
		t.Run(tt.name, func(t *testing.T) {
			_, doc := exportDoc(t)
			at := -1
			for i, e := range entries(doc) {
				r := resourceOf(e)
				if q, _ := r["questionnaire"].(string); strings.Contains(q, "overdose-plan") {
					at = i
					tt.edit(r)
				}
			}
			require.GreaterOrEqual(t, at, 0)
			_, _, err := fhir.Import([]byte(mustJSON(doc)))
			var ee *fhir.EntryError
			require.ErrorAs(t, err, &ee)
			assert.Equal(t, at, ee.Index)
			assert.Contains(t, err.Error(), tt.path+": "+tt.rule)
			assert.NotContains(t, err.Error(), "555-01")
		})
	}
}

// TestTransactionBundle checks the transaction option: each entry a PUT on
// Type/<id>, valid R4, and read back like a collection.
func TestTransactionBundle(t *testing.T) {
	p := recoverytest.IdentifyingScenario()
	b, err := fhir.Export(p, &fhir.Options{Transaction: true})
	require.NoError(t, err)
	require.NoError(t, b.Validate())
	assert.Equal(t, fhir.BundleTransaction, b.Type)
	for _, e := range b.Entry {
		require.NotNil(t, e.Request)
		assert.Equal(t, fhir.HTTPPut, e.Request.Method)
		assert.Equal(t, e.Resource.ResourceType()+"/"+strings.TrimPrefix(e.FullURL, "urn:uuid:"), e.Request.URL)
	}
	raw := encode(t, b)
	assert.Empty(t, invariantProblems(raw))
	got, _, err := fhir.Import(raw)
	require.NoError(t, err)
	assert.Equal(t, carried(p), got)
	b.Entry[0].Request = nil
	assert.Error(t, b.Validate(), "bdl-3: a transaction entry needs its request")
}
