// Package strengths records a Strengths Model assessment.
package strengths
