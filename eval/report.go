package eval

import "github.com/marsad/marsad/extract"

// Report is the score of one analysis against one gold file. Its JSON form
// (struct tags) is the machine-readable report; WriteText renders it for
// people.
type Report struct {
	ID       string        `json:"id"`
	File     string        `json:"file"`
	Cleaning CleaningScore `json:"cleaning"`
	Entities EntityScore   `json:"entities"`
	Quotes   QuoteScore    `json:"quotes"`
	Events   EventScore    `json:"events"`
	Places   ItemScore     `json:"places"`
	Times    ItemScore     `json:"times"`
}

// CleaningScore checks what the cleaner recovered: title and authors
// (equal after normalisation), subheadings (each found among the system's,
// reported for information only) and the body's must_include/must_exclude.
type CleaningScore struct {
	TitleOK         bool     `json:"title_ok"`
	GoldTitle       string   `json:"gold_title"`
	SystemTitle     string   `json:"system_title"`
	AuthorsOK       bool     `json:"authors_ok"`
	MissingAuthors  []string `json:"missing_authors,omitempty"`
	ExtraAuthors    []string `json:"extra_authors,omitempty"`
	SubheadsFound   int      `json:"subheadings_found"`
	SubheadsTotal   int      `json:"subheadings_total"`
	MissingSubheads []string `json:"missing_subheadings,omitempty"`
	IncludeFound    int      `json:"include_found"`
	IncludeTotal    int      `json:"include_total"`
	MissingIncludes []string `json:"missing_includes,omitempty"`
	ExcludeLeaked   int      `json:"exclude_leaked"`
	ExcludeTotal    int      `json:"exclude_total"`
	LeakedExcludes  []string `json:"leaked_excludes,omitempty"`
}

// EntityScore scores distinct entities, overall and per type (TP and FN
// under the gold type, FP under the system type).
type EntityScore struct {
	Counts         Counts            `json:"counts"`
	ByType         map[string]Counts `json:"by_type"`
	Found          int               `json:"found"`
	ReachedMin     int               `json:"reached_min_mentions"`
	BelowMin       []string          `json:"below_min_mentions,omitempty"`
	Misses         []string          `json:"misses,omitempty"`
	FalsePositives []string          `json:"false_positives,omitempty"`
	Ignored        []string          `json:"ignored_optional,omitempty"`
}

// QuoteScore scores quotes; cue and kind agreement are counted over the
// matched pairs.
type QuoteScore struct {
	Counts Counts `json:"counts"`
	// Scored lists every system quote's confidence and whether it matched
	// a gold quote, in the analysis' order (for reliability tables).
	Scored         []Scored `json:"scored,omitempty"`
	CueAgree       int      `json:"cue_agree"`
	KindAgree      int      `json:"kind_agree"`
	Disagreements  []string `json:"disagreements,omitempty"`
	Misses         []string `json:"misses,omitempty"`
	FalsePositives []string `json:"false_positives,omitempty"`
}

// EventScore scores events: TP/FN over required gold events, SysTP/FP over
// system events. OptionalFound counts non-required gold events found, which
// count for neither recall nor (except as the reason a system event is
// correct) precision.
type EventScore struct {
	Counts Counts `json:"counts"`
	// Scored lists every system event's confidence and whether it matched
	// a gold event, in the analysis' order.
	Scored         []Scored `json:"scored,omitempty"`
	OptionalFound  int      `json:"optional_found"`
	OptionalTotal  int      `json:"optional_total"`
	Misses         []string `json:"misses,omitempty"`
	FalsePositives []string `json:"false_positives,omitempty"`
}

// Scored is a system item's confidence and whether it was right.
type Scored struct {
	Confidence float64 `json:"confidence"`
	Right      bool    `json:"right"`
}

// ItemScore scores a one-to-one matched layer (places, times).
type ItemScore struct {
	Counts         Counts   `json:"counts"`
	Misses         []string `json:"misses,omitempty"`
	FalsePositives []string `json:"false_positives,omitempty"`
}

// Score scores the analysis a against the gold g by FORMAT.md's rules; see
// the package documentation for the points FORMAT.md leaves open. A nil
// gold or analysis scores as an empty one.
func Score(g *Gold, a *extract.Analysis) *Report {
	if g == nil {
		g = &Gold{}
	}
	if a == nil {
		a = &extract.Analysis{}
	}
	sys := newSystemIndex(a)
	gi := newGoldIndex(g)
	return &Report{
		ID:       g.ID,
		File:     g.File,
		Cleaning: scoreCleaning(g, a),
		Entities: ScoreEntities(g, a),
		Quotes:   scoreQuotes(g, gi, sys, a),
		Events:   scoreEvents(g, gi, sys, a),
		Places:   scorePlaces(g, gi, a),
		Times:    scoreTimes(g, a),
	}
}
