// Package cohort is the recoverykit command: it streams recovery plans from
// JSON Lines into the tidy tables of the command's documentation (score,
// goals, decisions, readiness), with their codebook, rejects and summary.
// [Main] runs it with its arguments and streams passed in, so the command,
// its older name examples/cohort and the tests share one implementation.
//
// # Stages
//
// One producer reads lines (or generates synthetic plans) into batches of
// 128; workers decode, validate and tabulate batches in parallel; one
// collector writes each batch's rows and rejects in input order, skips
// duplicate plan IDs and adds the per-plan values to the summary in input
// order. The output is the same whatever the number of workers.
//
// The library's measures (the plan score, the GAS summary, crisis readiness,
// decision quality) are reached through measure.go only, so a change in their
// API touches one file.
package cohort
