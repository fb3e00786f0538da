// Package life names the areas of a whole life that a recovery plan covers.
//
// Person-centered recovery planning addresses the whole person, not a diagnosis.
// The areas here are the eight the recovery-planning curriculum lists (personal,
// social, health, employment, education, housing, cultural and spiritual) plus the
// two the Strengths Model assessment adds (finances and leisure). Every goal and
// every strength in this module is tagged with one [Area], so that coverage of a
// whole life can be counted.
//
// # Areas and dimensions
//
// Each [Area] belongs to one of the four dimensions of SAMHSA's working
// definition of recovery, returned by [Area.Dimension]: health, home, purpose and
// community. The mapping is this library's reading of the definition and is
// listed in the [Area.Dimension] documentation, so a researcher can see and
// replace it.
//
// [Areas] lists every area in the fixed order used by every report in this
// module. The zero [Area] is not valid; [Area.IsValid] reports whether a code is
// one of the defined ones.
package life
