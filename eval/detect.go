package eval

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/marsad/marsad/extract/event"
)

// Detection labels of an event-detection set (openeventdata's
// arabic_event_gsr layout): yes is a positive, easy no and difficult no are
// negatives, ambiguous sentences are left out of the scores.
const (
	LabelYes         = "yes"
	LabelEasyNo      = "easy no"
	LabelDifficultNo = "difficult no"
	LabelAmbiguous   = "ambiguous"
)

// ErrDetectionFormat reports a detection set that cannot be read: a missing
// column, an unknown label, a malformed row.
var ErrDetectionFormat = errors.New("eval: event-detection set")

// DetectionSentence is one labelled sentence of an event-detection set:
// does Text report an event of type EventType?
type DetectionSentence struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"` // PLOVER category: ASSAULT, PROTEST…
	Label     string `json:"label"`      // LabelYes, LabelEasyNo, LabelDifficultNo, LabelAmbiguous
	Text      string `json:"text"`
}

// detectionColumns are the columns ReadDetection needs; others (accept,
// reject, total) are ignored.
var detectionColumns = []string{"id", "event_type", "label", "text"}

// maxDetectionRows bounds the rows read from one set, so that a wrong file
// fails instead of filling memory.
const maxDetectionRows = 1_000_000

// ReadDetection reads an event-detection set in CSV with a header row
// naming at least the columns id, event_type, label and text (in any
// order). Labels are compared case-insensitively after trimming; an
// unknown label, an empty event type or text, or a malformed row is an
// error wrapping ErrDetectionFormat that names the line.
func ReadDetection(r io.Reader) ([]DetectionSentence, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%w: empty input", ErrDetectionFormat)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrDetectionFormat, err)
	}
	col := map[string]int{}
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	for _, c := range detectionColumns {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("%w: no %q column in the header (need %s)", ErrDetectionFormat, c, strings.Join(detectionColumns, ", "))
		}
	}
	var out []DetectionSentence
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrDetectionFormat, err)
		}
		line, _ := cr.FieldPos(0)
		if len(out) >= maxDetectionRows {
			return nil, fmt.Errorf("%w: more than %d rows", ErrDetectionFormat, maxDetectionRows)
		}
		field := func(name string) string {
			if i := col[name]; i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		s := DetectionSentence{
			ID:        field("id"),
			EventType: strings.ToUpper(field("event_type")),
			Label:     strings.ToLower(strings.Join(strings.Fields(field("label")), " ")),
			Text:      field("text"),
		}
		switch {
		case s.EventType == "":
			return nil, fmt.Errorf("%w: line %d: no event type", ErrDetectionFormat, line)
		case s.Text == "":
			return nil, fmt.Errorf("%w: line %d: no text", ErrDetectionFormat, line)
		case s.Label != LabelYes && s.Label != LabelEasyNo && s.Label != LabelDifficultNo && s.Label != LabelAmbiguous:
			return nil, fmt.Errorf("%w: line %d: label %s is none of yes, easy no, difficult no, ambiguous", ErrDetectionFormat, line, strconv.Quote(s.Label))
		}
		if s.ID == "" {
			s.ID = "line " + strconv.Itoa(line)
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no rows", ErrDetectionFormat)
	}
	return out, nil
}

// DetectionReport scores "this sentence reports an event of type T"
// against an event-detection set: a sentence is detected when the system
// outputs at least one event of type T for it (any modality). yes
// sentences are positives, easy no and difficult no negatives; ambiguous
// sentences are counted and left out. Counts holds TP (yes, detected), FN
// (yes, missed), SysTP = TP and FP (no, detected).
type DetectionReport struct {
	EventType string `json:"event_type"`
	Counts    Counts `json:"counts"`
	TN        int    `json:"tn"`
	Ambiguous int    `json:"ambiguous_skipped"`
	// ByLabel counts the sentences of each label and how many were detected.
	ByLabel map[string]LabelCount `json:"by_label"`
	// Misses and FalsePositives list the first MaxListed sentences of each
	// (id: text), for reading.
	Misses         []string `json:"misses,omitempty"`
	FalsePositives []string `json:"false_positives,omitempty"`
}

// LabelCount is how many sentences of a label were scored and detected.
type LabelCount struct {
	Sentences int `json:"sentences"`
	Detected  int `json:"detected"`
}

// MaxListed is how many misses and false positives a DetectionReport keeps.
const MaxListed = 20

// NewDetectionReport returns an empty report for one event type.
func NewDetectionReport(eventType string) *DetectionReport {
	return &DetectionReport{EventType: strings.ToUpper(eventType), ByLabel: map[string]LabelCount{}}
}

// Detected reports whether evs hold an event of type eventType that the
// sentence reports as happening: asserted, or reported by a speaker. A
// negated, future or conditional event ("لم يتم خطفهم") reports none.
func Detected(evs []event.Event, eventType string) bool {
	return slices.ContainsFunc(evs, func(e event.Event) bool {
		return strings.EqualFold(e.Type, eventType) && (e.Modality == event.Asserted || e.Modality == event.Reported)
	})
}

// Add scores one sentence of the report's event type given whether the
// system detected it. A sentence of another type is an error.
func (r *DetectionReport) Add(s DetectionSentence, detected bool) error {
	if !strings.EqualFold(s.EventType, r.EventType) {
		return fmt.Errorf("eval: sentence %s is labelled for %s, the report scores %s", s.ID, s.EventType, r.EventType)
	}
	lc := r.ByLabel[s.Label]
	lc.Sentences++
	if detected {
		lc.Detected++
	}
	r.ByLabel[s.Label] = lc
	item := truncateRunes(s.ID, 40) + ": " + truncateRunes(s.Text, 160)
	switch s.Label {
	case LabelAmbiguous:
		r.Ambiguous++
	case LabelYes:
		if detected {
			r.Counts.TP++
			r.Counts.SysTP++
		} else {
			r.Counts.FN++
			if len(r.Misses) < MaxListed {
				r.Misses = append(r.Misses, item)
			}
		}
	default:
		if detected {
			r.Counts.FP++
			if len(r.FalsePositives) < MaxListed {
				r.FalsePositives = append(r.FalsePositives, item)
			}
		} else {
			r.TN++
		}
	}
	return nil
}

// WriteText prints the report: precision, recall and F1, the detection
// rate of each label, and the listed misses and false positives.
func (r *DetectionReport) WriteText(w io.Writer) error {
	var b strings.Builder
	c := r.Counts
	fmt.Fprintf(&b, "%s detection: %d sentences scored (%d ambiguous left out)\n", r.EventType, c.TP+c.FN+c.FP+r.TN, r.Ambiguous)
	fmt.Fprintf(&b, "  tp %d  fp %d  fn %d  tn %d\n", c.TP, c.FP, c.FN, r.TN)
	fmt.Fprintf(&b, "  precision %.3f  recall %.3f  F1 %.3f\n", c.Precision(), c.Recall(), c.F1())
	for _, l := range []string{LabelYes, LabelDifficultNo, LabelEasyNo, LabelAmbiguous} {
		lc := r.ByLabel[l]
		fmt.Fprintf(&b, "  %-13s %5d sentences, %5d detected (%.3f)\n", l, lc.Sentences, lc.Detected, ratio(lc.Detected, lc.Sentences))
	}
	writeList(&b, fmt.Sprintf("missed (first %d)", MaxListed), r.Misses)
	writeList(&b, fmt.Sprintf("false positives (first %d)", MaxListed), r.FalsePositives)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeList prints a titled list of items, nothing when it is empty.
func writeList(b *strings.Builder, title string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(b, "  %s:\n", title)
	for _, it := range items {
		fmt.Fprintf(b, "    - %s\n", it)
	}
}

// truncateRunes cuts s to at most n runes, marking a cut with "…".
func truncateRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
