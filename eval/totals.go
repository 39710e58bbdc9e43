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
}

// Total sums reports; nil reports are skipped.
func Total(reports []*Report) *Totals {
	t := &Totals{EntityByType: map[string]Counts{}}
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
