package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/marsad/marsad/extract/event"
)

// PloverSentence is one line of a PLOVER gold set (UniversalPetrarch's
// Arabic validation layout): a sentence with its gold events.
type PloverSentence struct {
	ID       string        `json:"id"`
	Category string        `json:"category"`
	Date     string        `json:"date"` // YYYYMMDD
	Text     string        `json:"text"`
	Events   []PloverEvent `json:"events"`
}

// PloverEvent is one gold event of a PloverSentence.
type PloverEvent struct {
	Plover     string  `json:"plover"`
	SourceCode *string `json:"source_code"`
	TargetCode *string `json:"target_code"`
	Trigger    *string `json:"trigger"`
	SourceText *string `json:"source_text"`
	TargetText *string `json:"target_text"`
}

// ReadPlover reads a PLOVER gold set in JSON Lines.
func ReadPlover(r io.Reader) ([]PloverSentence, error) {
	var out []PloverSentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var s PloverSentence
		if err := json.Unmarshal([]byte(line), &s); err != nil {
			return nil, fmt.Errorf("eval: plover line %d: %w", n, err)
		}
		if len(s.Events) == 0 {
			return nil, fmt.Errorf("eval: plover line %d: no gold event", n)
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: reading plover set: %w", err)
	}
	return out, nil
}

// PloverReport scores coded events against a PLOVER gold set.
//
// For each sentence the system's first asserted event (else its first
// event) is compared with the sentence's gold event. Category accuracy is
// over sentences where the system found an event; actor codes are split
// into their country part (USA of USAMIL) and sector part (MIL), each
// scored over the gold codes that have that part, on sentences where an
// event was found.
type PloverReport struct {
	Sentences      int                       `json:"sentences"`
	Found          int                       `json:"found"`
	CategoryRight  int                       `json:"category_right"`
	Source         CodeScore                 `json:"source"`
	Target         CodeScore                 `json:"target"`
	Confusion      map[string]map[string]int `json:"confusion"` // gold → system ("NONE": no event)
	FoundRate      float64                   `json:"found_rate"`
	CategoryAcc    float64                   `json:"category_accuracy"`
	CategoryAccAll float64                   `json:"category_accuracy_all"`
}

// CodeScore counts actor-code agreement.
type CodeScore struct {
	Exact, ExactN     int
	Country, CountryN int
	Sector, SectorN   int
}

// NewPloverReport returns an empty report.
func NewPloverReport() *PloverReport {
	return &PloverReport{Confusion: map[string]map[string]int{}}
}

// Add scores one sentence given the system's events for it.
func (r *PloverReport) Add(s PloverSentence, sys []event.Event) {
	gold := s.Events[0]
	r.Sentences++
	got := pickEvent(sys)
	cat := "NONE"
	if got != nil {
		cat = got.Type
		r.Found++
		if got.Type == gold.Plover {
			r.CategoryRight++
		}
		r.Source.add(orEmpty(gold.SourceCode), got.SourceCode)
		r.Target.add(orEmpty(gold.TargetCode), got.TargetCode)
	}
	if r.Confusion[gold.Plover] == nil {
		r.Confusion[gold.Plover] = map[string]int{}
	}
	r.Confusion[gold.Plover][cat]++
	r.FoundRate = ratio(r.Found, r.Sentences)
	r.CategoryAcc = ratio(r.CategoryRight, r.Found)
	r.CategoryAccAll = ratio(r.CategoryRight, r.Sentences)
}

func pickEvent(evs []event.Event) *event.Event {
	for i := range evs {
		if evs[i].Modality == event.Asserted || evs[i].Modality == event.Reported {
			return &evs[i]
		}
	}
	if len(evs) > 0 {
		return &evs[0]
	}
	return nil
}

func (c *CodeScore) add(gold, sys string) {
	if gold == "" {
		return
	}
	c.ExactN++
	if gold == sys {
		c.Exact++
	}
	gc, gs := splitCode(gold)
	sc, ss := splitCode(sys)
	if gc != "" {
		c.CountryN++
		if gc == sc {
			c.Country++
		}
	}
	if gs != "" {
		c.SectorN++
		if gs == ss {
			c.Sector++
		}
	}
}

// ploverSectors are CAMEO agent (sector) codes; other leading blocks are
// countries or international groups (IGO, IMG, NGO…).
var ploverSectors = map[string]bool{"GOV": true, "MIL": true, "CVL": true, "MED": true, "REB": true, "COP": true, "JUD": true, "LEG": true, "OPP": true, "PTY": true, "BUS": true, "EDU": true, "REL": true, "UAF": true, "CRM": true, "SPY": true, "LAB": true, "HLH": true, "ELI": true, "MOD": true, "RAD": true, "REF": true, "AGR": true, "ENV": true, "HRI": true}

// splitCode splits a CAMEO actor code into its country (or international
// group) block and its first sector block: USAMIL → USA, MIL; CVL → "", CVL;
// IMGREB → IMG, REB; EGY → EGY, "".
func splitCode(code string) (country, sector string) {
	for i := 0; i+3 <= len(code); i += 3 {
		b := code[i : i+3]
		if ploverSectors[b] {
			if sector == "" {
				sector = b
			}
			continue
		}
		if i == 0 {
			country = b
		}
	}
	return country, sector
}

// orEmpty is *s, or "" for nil.
func orEmpty(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// WriteText prints the report as a table with the confusion matrix.
func (r *PloverReport) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "PLOVER events: %d sentences\n", r.Sentences)
	fmt.Fprintf(&b, "  event found            %4d / %-4d  %.3f\n", r.Found, r.Sentences, r.FoundRate)
	fmt.Fprintf(&b, "  category (found)       %4d / %-4d  %.3f\n", r.CategoryRight, r.Found, r.CategoryAcc)
	fmt.Fprintf(&b, "  category (all)         %4d / %-4d  %.3f\n", r.CategoryRight, r.Sentences, r.CategoryAccAll)
	for _, x := range []struct {
		name string
		c    CodeScore
	}{{"source", r.Source}, {"target", r.Target}} {
		fmt.Fprintf(&b, "  %s code exact        %4d / %-4d  %.3f\n", x.name, x.c.Exact, x.c.ExactN, ratio(x.c.Exact, x.c.ExactN))
		fmt.Fprintf(&b, "  %s country part     %4d / %-4d  %.3f\n", x.name, x.c.Country, x.c.CountryN, ratio(x.c.Country, x.c.CountryN))
		fmt.Fprintf(&b, "  %s sector part      %4d / %-4d  %.3f\n", x.name, x.c.Sector, x.c.SectorN, ratio(x.c.Sector, x.c.SectorN))
	}
	cols := map[string]bool{}
	var rows []string
	for g, m := range r.Confusion {
		rows = append(rows, g)
		for s := range m {
			cols[s] = true
		}
	}
	sort.Strings(rows)
	var cs []string
	for c := range cols {
		cs = append(cs, c)
	}
	sort.Strings(cs)
	fmt.Fprintf(&b, "\nconfusion (rows gold, columns system)\n  %-10s", "")
	for _, c := range cs {
		fmt.Fprintf(&b, " %10s", c)
	}
	b.WriteString("\n")
	for _, g := range rows {
		fmt.Fprintf(&b, "  %-10s", g)
		for _, c := range cs {
			fmt.Fprintf(&b, " %10d", r.Confusion[g][c])
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
