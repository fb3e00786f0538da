// Package conformance checks the FHIR that package fhir writes with a third,
// independent validator: the strict R4 JSON parser of github.com/google/fhir
// (v0.7.4), which checks required elements, the codes of required bindings,
// reference target types, primitive formats and unknown elements. It is a
// module of its own, holding only tests, so that the library's module does
// not depend on google/fhir and its protobuf stack; .ci/run runs it with
// "cd fhir/conformance && go test ./...".
package conformance
