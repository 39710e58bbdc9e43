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
	// Mentions lists every occurrence of the same expression with the same
	// value, when Group merged them (the first is Start, End).
	Mentions []Span `json:"mentions,omitempty"`
}

// Span is a byte range of the text (End exclusive).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Group merges expressions with the same text and value into one, in order
// of first occurrence, listing every occurrence in Mentions — as entities
// group their mentions. "اليوم الخميس" said twice is one time of the article.
func Group(exprs []Expression) []Expression {
	index := map[[2]string]int{}
	var out []Expression
	for _, e := range exprs {
		k := [2]string{e.Text, e.Value}
		if i, ok := index[k]; ok {
			out[i].Mentions = append(out[i].Mentions, Span{e.Start, e.End})
			continue
		}
		index[k] = len(out)
		e.Mentions = []Span{{e.Start, e.End}}
		out = append(out, e)
	}
	return out
}

// Options tune Find.
type Options struct {
	// Vague also reports references that do not resolve to a calendar
	// value (الآن → PRESENT_REF, مؤخرا → PAST_REF, قريبا → FUTURE_REF,
	// الأيام الماضية → PAST_REF) and frequency adjectives (اليومية → SET P1D).
	Vague bool
}
