package strengths

import "github.com/recoverykit/recovery/life"

// Suggestion is an example strength an app can offer when the person looks
// for words ("Can you think of other examples of personal strengths?"). It is
// a prompt, never a strength recorded for the person: the person chooses and
// says it in their own words. The zero Suggestion is empty. It is a plain
// value, safe for concurrent use if not written.
type Suggestion struct {
	// Name is the strength, in a few words, for example "Courage".
	Name string `json:"name"`
	// Kind is the sort of strength.
	Kind Kind `json:"kind"`
}

// Catalog returns example strengths, in a fresh slice the caller may modify.
// The first nine are the examples of personal strengths a peer recovery
// training curriculum gives, in its order (courage, resilience, leadership,
// teamwork, clear communication, strong work ethic, humility, empathy, asks for
// help); three more of each [Kind] follow, grouped in [Kinds] order.
func Catalog() []Suggestion {
	return []Suggestion{
		// The curriculum's examples of personal strengths.
		{"Courage", KindQuality},
		{"Resilience", KindQuality},
		{"Leadership", KindSkill},
		{"Teamwork", KindSkill},
		{"Clear communication", KindSkill},
		{"Strong work ethic", KindQuality},
		{"Humility", KindQuality},
		{"Empathy", KindQuality},
		{"Asks for help", KindQuality},
		// A few more of each kind.
		{"Hope", KindQuality},
		{"Sense of humor", KindQuality},
		{"Patience", KindQuality},
		{"Cooking", KindSkill},
		{"Fixing things", KindSkill},
		{"Managing money", KindSkill},
		{"Music", KindInterest},
		{"Art and crafts", KindInterest},
		{"Being outdoors", KindInterest},
		{"Family I trust", KindRelationship},
		{"A friend I can call", KindRelationship},
		{"A peer support group", KindRelationship},
		{"Public library", KindResource},
		{"Community center", KindResource},
		{"Faith community", KindResource},
	}
}

// Prompt returns a short, open question that invites the person to talk about
// their strengths in area a and column t, or "" if a or t is not valid. The
// questions are this library's own plain wording, not taken from any published
// form. An app may replace them with its own: nothing else in the package
// depends on them. [Timeframe] order matters in conversation: the Strengths
// Model suggests starting with what the person wants ([TimeframeDesired]).
func Prompt(a life.Area, t Timeframe) string {
	if !t.IsValid() {
		return ""
	}
	var q [3]string // current, desired, past
	switch a {
	case life.AreaPersonal:
		q = [3]string{
			"What do you like about yourself, and what are you good at right now?",
			"What would you like for yourself in the coming months?",
			"What has helped you get through hard times before?",
		}
	case life.AreaSocial:
		q = [3]string{
			"Who do you enjoy spending time with, and who can you count on now?",
			"Which relationships would you like to build or renew?",
			"Who has been there for you in the past, and how did they help?",
		}
	case life.AreaHealth:
		q = [3]string{
			"What are you doing now that helps you feel well?",
			"What would feeling well look like for you?",
			"What has helped you stay well or feel better before?",
		}
	case life.AreaEmployment:
		q = [3]string{
			"What skills and work experience do you bring today?",
			"What kind of work would you like to do?",
			"What jobs or tasks have you enjoyed or done well before?",
		}
	case life.AreaEducation:
		q = [3]string{
			"What are you learning or curious about right now?",
			"What would you like to learn or study?",
			"What have you learned before that you are proud of?",
		}
	case life.AreaHousing:
		q = [3]string{
			"Where are you staying now, and what works for you there?",
			"Where would you like to live, and what would make it feel like home?",
			"What helped you find or keep a home before?",
		}
	case life.AreaCultural:
		q = [3]string{
			"Which traditions, languages or communities are part of your life now?",
			"How would you like your culture to be part of your life?",
			"Which traditions or people from your culture have given you strength before?",
		}
	case life.AreaSpiritual:
		q = [3]string{
			"What gives you meaning, peace or hope right now?",
			"What would you like your spiritual life to include?",
			"What beliefs or practices have sustained you before?",
		}
	case life.AreaFinances:
		q = [3]string{
			"What income and resources do you have to work with now?",
			"What would you like your money to make possible?",
			"What has helped you manage money before?",
		}
	case life.AreaLeisure:
		q = [3]string{
			"What do you enjoy doing in your free time?",
			"What would you like to do for fun or to relax?",
			"What activities have you enjoyed before?",
		}
	default:
		return ""
	}
	switch t {
	case TimeframeCurrent:
		return q[0]
	case TimeframeDesired:
		return q[1]
	}
	return q[2]
}
