package life

import "github.com/recoverykit/recovery/internal/enum"

// Area is an area of a whole life, stored as a lower-case code.
//
// The zero value is not a valid Area. Area is a string and is safe for
// concurrent use.
type Area string

// The areas of a whole life, in the order [Areas] lists them.
const (
	// AreaPersonal is the person themselves: identity, self-care, daily living and
	// self-management.
	AreaPersonal Area = "personal"
	// AreaSocial is friendships, family and the people the person chooses around them.
	AreaSocial Area = "social"
	// AreaHealth is physical and mental health and wellness, including substance use.
	AreaHealth Area = "health"
	// AreaEmployment is work, paid or volunteer.
	AreaEmployment Area = "employment"
	// AreaEducation is learning, schooling and training.
	AreaEducation Area = "education"
	// AreaHousing is a safe and stable place to live.
	AreaHousing Area = "housing"
	// AreaCultural is culture, identity, traditions and belonging.
	AreaCultural Area = "cultural"
	// AreaSpiritual is faith, spirituality, meaning and values.
	AreaSpiritual Area = "spiritual"
	// AreaFinances is money, income, benefits and insurance (the Strengths Model's
	// assets domain).
	AreaFinances Area = "finances"
	// AreaLeisure is recreation, hobbies and interests (the Strengths Model's leisure
	// domain).
	AreaLeisure Area = "leisure"
)

// Areas returns every area in the fixed order: Personal, Social, Health,
// Employment, Education, Housing, Cultural, Spiritual, Finances, Leisure. It
// returns a new slice on each call.
func Areas() []Area { return areas.Values() }

var areas = enum.Of(AreaPersonal, AreaSocial, AreaHealth, AreaEmployment, AreaEducation, AreaHousing,
	AreaCultural, AreaSpiritual, AreaFinances, AreaLeisure)

// IsValid reports whether a is one of the defined areas.
func (a Area) IsValid() bool { return areas.Has(a) }

// Index returns the position of a in [Areas], or -1 if a is not valid. It is
// the sort key for reports that list areas in order.
func (a Area) Index() int { return areas.Index(a) }

// Dimension returns the SAMHSA recovery dimension that a belongs to, or the
// empty Dimension if a is not valid. The mapping is:
//
//	Health                                            -> DimensionHealth
//	Housing                                           -> DimensionHome
//	Personal, Employment, Education, Spiritual,
//	Finances, Leisure                                 -> DimensionPurpose
//	Social, Cultural                                  -> DimensionCommunity
//
// SAMHSA describes purpose as meaningful daily activities, independence, income
// and resources, which is why self-direction (Personal), money (Finances) and
// leisure count there; community is relationships and social networks.
func (a Area) Dimension() Dimension {
	switch a {
	case AreaHealth:
		return DimensionHealth
	case AreaHousing:
		return DimensionHome
	case AreaPersonal, AreaEmployment, AreaEducation, AreaSpiritual, AreaFinances, AreaLeisure:
		return DimensionPurpose
	case AreaSocial, AreaCultural:
		return DimensionCommunity
	}
	return ""
}

// Dimension is one of the four dimensions that support a life in recovery in
// SAMHSA's working definition of recovery (2012). The zero value is not valid.
//
// A Dimension is a string and is safe for concurrent use.
type Dimension string

// The four dimensions, in SAMHSA's order.
const (
	// DimensionHealth is overcoming or managing one's conditions and making
	// informed, healthy choices.
	DimensionHealth Dimension = "health"
	// DimensionHome is a stable and safe place to live.
	DimensionHome Dimension = "home"
	// DimensionPurpose is meaningful daily activities and the independence,
	// income and resources to take part in society.
	DimensionPurpose Dimension = "purpose"
	// DimensionCommunity is relationships and social networks that give support,
	// friendship, love and hope.
	DimensionCommunity Dimension = "community"
)

// Dimensions returns the four dimensions in SAMHSA's order. It returns a new
// slice on each call.
func Dimensions() []Dimension { return dimensions.Values() }

var dimensions = enum.Of(DimensionHealth, DimensionHome, DimensionPurpose, DimensionCommunity)

// IsValid reports whether d is one of the four dimensions.
func (d Dimension) IsValid() bool { return dimensions.Has(d) }

// Index returns the position of d in [Dimensions], or -1 if d is not valid.
func (d Dimension) Index() int { return dimensions.Index(d) }
