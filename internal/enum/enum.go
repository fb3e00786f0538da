// Package enum holds the values of the module's code enums: each enum lists
// its values once, in one [Set], and its list function, IsValid and Index read
// that set.
package enum

import "slices"

// Set is the ordered values of one enum. A Set is built once, at package
// initialisation, and never changed; it is safe for concurrent use.
type Set[T comparable] struct {
	values []T
}

// Of returns the set of vs, in the order given.
func Of[T comparable](vs ...T) Set[T] { return Set[T]{values: vs} }

// Values returns the values in order, in a new slice.
func (s Set[T]) Values() []T { return slices.Clone(s.values) }

// Index returns the position of v, or -1 when v is not in the set.
func (s Set[T]) Index(v T) int { return slices.Index(s.values, v) }

// Has reports whether v is in the set.
func (s Set[T]) Has(v T) bool { return s.Index(v) >= 0 }
