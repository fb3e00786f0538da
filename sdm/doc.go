// Package sdm records shared decisions and scores the published measures of
// shared decision making.
package sdm
