package extract

// UnscoredConfidence is the confidence given to the quotes and events of
// an extractor that does not score them yet: neither trusted nor doubted.
// The API, exports and web UI filter and mark items by their confidence
// (min_confidence); this placeholder keeps every unscored item visible and
// unmarked.
const UnscoredConfidence = 0.5

// placeholderConfidence gives UnscoredConfidence to the quotes, and to the
// events, of an analysis when their extractor left every one of them at 0,
// that is when it computes no confidence at all. A layer with at least one
// score is left as its extractor made it. To be removed when extract/quote
// and extract/event score their output (issue 15).
func placeholderConfidence(an *Analysis) {
	unscored := func(n int, conf func(int) float64) bool {
		for i := range n {
			if conf(i) != 0 {
				return false
			}
		}
		return true
	}
	if unscored(len(an.Quotes), func(i int) float64 { return an.Quotes[i].Confidence }) {
		for i := range an.Quotes {
			an.Quotes[i].Confidence = UnscoredConfidence
		}
	}
	if unscored(len(an.Events), func(i int) float64 { return an.Events[i].Confidence }) {
		for i := range an.Events {
			an.Events[i].Confidence = UnscoredConfidence
		}
	}
}
