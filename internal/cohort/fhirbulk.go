package cohort

import (
	"cmp"
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"github.com/google/uuid"
)

// A FHIR Bulk Data export holds one NDJSON file per resource type. Plans are
// reassembled by CarePlan: each CarePlan, with every resource it reaches by
// literal reference and every resource that refers to one of those (for the
// types in gathers), other CarePlans excepted, becomes one Bundle for
// fhir.Import.

// bulkResource is one line of an export.
type bulkResource struct {
	typ, id string
	refs    []string // the ids its literal references name
	raw     json.RawMessage
	src     int
	line    int
}

// refTarget returns the resource id a literal reference names:
// "urn:uuid:<id>", "<Type>/<id>", or "" for anything else.
func refTarget(ref string) string {
	if id, ok := strings.CutPrefix(ref, "urn:uuid:"); ok {
		return id
	}
	if i := strings.LastIndexByte(ref, '/'); i > 0 && !strings.Contains(ref, ":") {
		return ref[i+1:]
	}
	return ""
}

// collectRefs appends the targets of every "reference" string in v.
func collectRefs(v any, out []string) []string {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if s, ok := e.(string); ok && k == "reference" {
				if id := refTarget(s); id != "" {
					out = append(out, id)
				}
				continue
			}
			out = collectRefs(e, out)
		}
	case []any:
		for _, e := range x {
			out = collectRefs(e, out)
		}
	}
	return out
}

// errNoResourceType is a line of an export that is JSON but no resource.
var errNoResourceType = errors.New("no resourceType")

// parseBulk reads one resource line.
func parseBulk(raw []byte) (bulkResource, error) {
	var v map[string]any
	if err := decode(raw, &v); err != nil {
		return bulkResource{}, err
	}
	typ, _ := v["resourceType"].(string)
	id, _ := v["id"].(string)
	if typ == "" {
		return bulkResource{}, errNoResourceType
	}
	r := bulkResource{typ: typ, id: id, raw: append(json.RawMessage(nil), raw...)}
	r.refs = collectRefs(v, nil)
	return r, nil
}

// gathers are the resource types whose referrers belong to the plan too: the
// CarePlan (its Consents), its Goals (their GAS Observations and the ranking
// Lists) and Observations (the strengths Lists). A supporter, practitioner
// or organization that many plans refer to gathers nothing, so one shared
// resource never joins two plans.
var gathers = map[string]bool{"CarePlan": true, "Goal": true, "Observation": true}

// bundles reassembles one Bundle per CarePlan of rs, in the order of the
// CarePlans.
func bundles(rs []bulkResource) (out []assembled) {
	byID := make(map[string][]int, len(rs))
	referrers := make(map[string][]int, len(rs))
	for i, r := range rs {
		if r.id != "" {
			byID[r.id] = append(byID[r.id], i)
		}
		for _, t := range r.refs {
			referrers[t] = append(referrers[t], i)
		}
	}
	for i, r := range rs {
		if r.typ != "CarePlan" {
			continue
		}
		in := map[int]bool{i: true}
		order := []int{i}
		for k := 0; k < len(order); k++ {
			cur := rs[order[k]]
			var next []int
			for _, t := range cur.refs {
				next = append(next, byID[t]...)
			}
			if cur.id != "" && gathers[cur.typ] {
				next = append(next, referrers[cur.id]...)
			}
			for _, j := range next {
				if !in[j] && rs[j].typ != "CarePlan" {
					in[j] = true
					order = append(order, j)
				}
			}
		}
		// Entries keep the export's order: by file, then by line, so the
		// supporters, goals and statements of a plan come back in the
		// order the plan had them.
		slices.SortFunc(order, func(a, b int) int {
			return cmp.Or(cmp.Compare(rs[a].src, rs[b].src), cmp.Compare(rs[a].line, rs[b].line))
		})
		var b strings.Builder
		b.WriteString(`{"resourceType":"Bundle","type":"collection","entry":[`)
		for n, j := range order {
			if n > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`{`)
			if _, err := uuid.Parse(rs[j].id); err == nil {
				b.WriteString(`"fullUrl":"urn:uuid:` + rs[j].id + `",`)
			}
			b.WriteString(`"resource":`)
			b.Write(rs[j].raw)
			b.WriteString(`}`)
		}
		b.WriteString(`]}`)
		out = append(out, assembled{src: r.src, line: r.line, bundle: []byte(b.String())})
	}
	return out
}

type assembled struct {
	src, line int
	bundle    []byte
}
