// Package audit keeps a tamper-evident record of who changed what in a
// recovery plan.
package audit
