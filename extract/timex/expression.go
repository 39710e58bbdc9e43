package timex

// Types of temporal expression (TimeML TIMEX3 types).
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// Expression is one temporal expression. Value is ISO 8601 (a date, a
// month, a year, a duration) or a "relative:" description. Start and End
// are byte offsets into the text given to Find (End exclusive), and Text is
// that slice.
type Expression struct {
	Text  string `json:"text"`
	Value string `json:"value"`
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Mod is the TimeML modifier, if any: START, MID, END (أوائل، منتصف،
	// أواخر), MORE_THAN, LESS_THAN, APPROX.
	Mod string `json:"mod,omitempty"`
}

// Options tune Find.
type Options struct {
	// Vague also reports references that do not resolve to a calendar
	// value (الآن → PRESENT_REF, مؤخرا → PAST_REF, قريبا → FUTURE_REF,
	// الأيام الماضية → PAST_REF) and frequency adjectives (اليومية → SET P1D).
	Vague bool
}
