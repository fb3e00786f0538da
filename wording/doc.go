// Package wording checks what a team writes about a person for deficit-based
// and stigmatizing wording, and suggests person-first, recovery-oriented
// wording instead. It knows nothing of a plan: the caller passes a text and
// says whose words it is.
package wording
