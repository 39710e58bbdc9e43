package eval

// Totals sums the reports of several files (micro-averaging: TP, FN, SysTP
// and FP are added, then precision, recall and F1 are computed once).
type Totals struct {
	Files         int               `json:"files"`
	TitlesOK      int               `json:"titles_ok"`
	AuthorsOK     int               `json:"authors_ok"`
	SubheadsFound int               `json:"subheadings_found"`
	SubheadsTotal int               `json:"subheadings_total"`
	IncludeFound  int               `json:"include_found"`
	IncludeTotal  int               `json:"include_total"`
	ExcludeLeaked int               `json:"exclude_leaked"`
	ExcludeTotal  int               `json:"exclude_total"`
	Entities      Counts            `json:"entities"`
	EntityByType  map[string]Counts `json:"entities_by_type"`
	EntitiesFound int               `json:"entities_found"`
	ReachedMin    int               `json:"reached_min_mentions"`
	Quotes        Counts            `json:"quotes"`
	CueAgree      int               `json:"cue_agree"`
	KindAgree     int               `json:"kind_agree"`
	Events        Counts            `json:"events"`
	OptionalFound int               `json:"events_optional_found"`
	OptionalTotal int               `json:"events_optional_total"`
	Places        Counts            `json:"places"`
	Times         Counts            `json:"times"`
	// Reliability tables of the confidence of system quotes and events:
	// items by confidence band, and how many were right.
	QuoteReliability []Band `json:"quote_reliability"`
	EventReliability []Band `json:"event_reliability"`
}

// Band is one row of a reliability table: the items scored in [Lo, Hi)
// and how many of them were right.
type Band struct {
	Lo    float64 `json:"lo"`
	Hi    float64 `json:"hi"`
	Items int     `json:"items"`
	Right int     `json:"right"`
}

// ReliabilityBounds are the bands' bounds of the reliability tables.
var ReliabilityBounds = []float64{0.5, 0.8}

// reliability sorts scored items into the bands of ReliabilityBounds.
func reliability(items []Scored) []Band {
	var bands []Band
	lo := 0.0
	for _, hi := range append(append([]float64(nil), ReliabilityBounds...), 1.01) {
		bands = append(bands, Band{Lo: lo, Hi: hi})
		lo = hi
	}
	for _, it := range items {
		for k := range bands {
			if it.Confidence >= bands[k].Lo && it.Confidence < bands[k].Hi {
				bands[k].Items++
				if it.Right {
					bands[k].Right++
				}
				break
			}
		}
	}
	return bands
}

// Total sums reports; nil reports are skipped.
func Total(reports []*Report) *Totals {
	t := &Totals{EntityByType: map[string]Counts{}}
	var qs, es []Scored
	defer func() {
		t.QuoteReliability, t.EventReliability = reliability(qs), reliability(es)
	}()
	for _, r := range reports {
		if r == nil {
			continue
		}
		t.Files++
		c := r.Cleaning
		t.TitlesOK += b2i(c.TitleOK)
		t.AuthorsOK += b2i(c.AuthorsOK)
		t.SubheadsFound += c.SubheadsFound
		t.SubheadsTotal += c.SubheadsTotal
		t.IncludeFound += c.IncludeFound
		t.IncludeTotal += c.IncludeTotal
		t.ExcludeLeaked += c.ExcludeLeaked
		t.ExcludeTotal += c.ExcludeTotal
		t.Entities = t.Entities.Add(r.Entities.Counts)
		for k, v := range r.Entities.ByType {
			t.EntityByType[k] = t.EntityByType[k].Add(v)
		}
		t.EntitiesFound += r.Entities.Found
		t.ReachedMin += r.Entities.ReachedMin
		t.Quotes = t.Quotes.Add(r.Quotes.Counts)
		t.CueAgree += r.Quotes.CueAgree
		t.KindAgree += r.Quotes.KindAgree
		t.Events = t.Events.Add(r.Events.Counts)
		t.OptionalFound += r.Events.OptionalFound
		t.OptionalTotal += r.Events.OptionalTotal
		t.Places = t.Places.Add(r.Places.Counts)
		t.Times = t.Times.Add(r.Times.Counts)
		qs = append(qs, r.Quotes.Scored...)
		es = append(es, r.Events.Scored...)
	}
	return t
}

// Summary is the JSON document of an evaluation run: every file's report
// and the totals.
type Summary struct {
	Files  []*Report `json:"files"`
	Totals *Totals   `json:"totals"`
}

// Summarize returns the reports with their totals.
func Summarize(reports []*Report) *Summary {
	if reports == nil {
		reports = []*Report{}
	}
	return &Summary{Files: reports, Totals: Total(reports)}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
