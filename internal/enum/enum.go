// Package enum holds the values of the module's code enums: each enum lists
// its values once, in one [Set], and its list function, IsValid and Index read
// that set.
package enum

import (
	"iter"
	"slices"
)

// Set is the ordered values of one enum. A Set is built once, at package
// initialisation, and never changed; it is safe for concurrent use.
type Set[T comparable] struct {
	values []T
}

// Of returns the set of vs, in the order given.
func Of[T comparable](vs ...T) Set[T] { return Set[T]{values: vs} }

// Values returns the values in order, in a new slice.
func (s Set[T]) Values() []T { return slices.Clone(s.values) }

// All yields each position and value in order, without copying the set: a
// hot path ranges over it where Values would allocate.
func (s Set[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s.values {
			if !yield(i, v) {
				return
			}
		}
	}
}

// Index returns the position of v, or -1 when v is not in the set.
func (s Set[T]) Index(v T) int { return slices.Index(s.values, v) }

// Has reports whether v is in the set.
func (s Set[T]) Has(v T) bool { return s.Index(v) >= 0 }
