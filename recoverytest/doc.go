// Package recoverytest generates synthetic recovery plans for tests,
// benchmarks, fuzz seeds and research pipelines, as net/http/httptest serves
// HTTP tests: valid plans of varying richness, from a sparse draft to a full
// plan, the same for the same seed. The recoverykit command writes them with
// -synthetic N -emit; generate plans for your own tests with [New] or
// [Plans].
//
// The plans are made up from small banks of phrases and fictional names and
// 555-01xx phone numbers; they describe no one. A few phrases carry terms that
// [github.com/recoverykit/recovery/wording.Check] flags, so the language
// criterion varies across a cohort as it does in real records.
//
// A Generator is not safe for concurrent use; give each goroutine its own.
package recoverytest
