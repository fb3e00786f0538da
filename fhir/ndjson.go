package fhir

import (
	"fmt"
	"io"
)

// WriteNDJSON writes the resources of b as FHIR Bulk Data NDJSON
// (application/fhir+ndjson, http://hl7.org/fhir/R4/nd-json.html): one
// resource per line, no whitespace inside a line, and one file per resource
// type, as a Bulk Data $export server writes them.
//
// For each resource type, in the order its first resource appears in b, open
// is called once with the type name ("CarePlan", "Goal", ...) and returns the
// writer for that type's file; its resources follow in bundle order. Closing
// the writers is the caller's business. Entries without a resource are
// skipped. The output is deterministic: the same bundle gives the same calls
// and bytes.
//
// The first error from open, from encoding or from a writer stops the export
// and is returned, wrapped with the resource type (and, for an encoding or
// write error, the entry index).
func WriteNDJSON(b Bundle, open func(resourceType string) (io.Writer, error)) error {
	var order []string
	byType := make(map[string][]int)
	for i, e := range b.Entry {
		if e.Resource == nil {
			continue
		}
		t := e.Resource.ResourceType()
		if _, seen := byType[t]; !seen {
			order = append(order, t)
		}
		byType[t] = append(byType[t], i)
	}
	var line []byte
	for _, t := range order {
		w, err := open(t)
		if err != nil {
			return fmt.Errorf("fhir: ndjson %s: %w", t, err)
		}
		for _, i := range byType[t] {
			line, err = appendResource(line[:0], b.Entry[i].Resource)
			if err != nil {
				return fmt.Errorf("fhir: ndjson %s entry %d: %w", t, i, err)
			}
			line = append(line, '\n')
			if _, err := w.Write(line); err != nil {
				return fmt.Errorf("fhir: ndjson %s entry %d: %w", t, i, err)
			}
		}
	}
	return nil
}
