package actor

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"

	"github.com/marsad/marsad/extract/actor/internal/dict"
	"github.com/marsad/marsad/extract/gazetteer"
	"github.com/marsad/marsad/internal/memo"
)

// KB is the actor knowledge base. It is immutable after Load and safe for
// concurrent use.
type KB struct {
	countries map[string]Country // country-name key → country
	byISO3    map[string]Country
	countryN  int                   // longest country name, in words
	nat       map[string]string     // nationality key → code
	natStop   map[string]bool       // keys never read as nationalities
	agents    map[string]string     // agent key → sector code
	agentN    int                   // longest agent phrase, in words
	vocab     map[string]bool       // every word of an agent key
	actors    []Actor               // curated first, then dictionary actors
	byKey     map[string][]int      // name key → actors
	surname   map[string][]int      // single-word alias key of curated actors → actors
	sectors   map[string]bool       // three-letter sector codes (GOV, MIL, ...)
	bodies    map[string]int        // bodyKey → the curated actor named by that body's description (YEMGOV/حكومه → الحكومة اليمنية)
	natMemo   *memo.Memo[natAnswer] // Nationality answers by word
}

// Load builds the knowledge base from the embedded data files. Call it once
// and share the result.
func Load() (*KB, error) {
	kb := &KB{
		countries: map[string]Country{},
		byISO3:    map[string]Country{},
		nat:       map[string]string{},
		natStop:   map[string]bool{},
		agents:    map[string]string{},
		vocab:     map[string]bool{},
		byKey:     map[string][]int{},
		surname:   map[string][]int{},
		sectors:   map[string]bool{},
		natMemo:   &memo.Memo[natAnswer]{},
		bodies:    map[string]int{},
	}
	steps := []struct {
		file string
		cols int
		fn   func([]string) error
	}{
		{"curated_nationalities.tsv", 2, kb.addNationalityRow},
		{"nationality_stop.txt", 1, kb.addStopRow},
		{"agents.tsv", 2, kb.addKeyedAgentRow},
		{"curated_agents.tsv", 2, kb.addAgentRow},
		{"curated_actors.tsv", 6, kb.addCuratedActorRow},
		{"actors.tsv.gz", 3, kb.addDictActorRow},
	}
	if err := kb.addGazetteer(); err != nil {
		return nil, err
	}
	for _, s := range steps {
		rows, err := readRows(s.file, s.cols)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if err := s.fn(r); err != nil {
				return nil, fmt.Errorf("actor: %s: %w", s.file, err)
			}
		}
	}
	kb.findBodies()
	return kb, nil
}

// findBodies records the curated actors whose canonical name is only the
// description of a country's body (الحكومة اليمنية: YEMGOV headed by
// حكومة), when one actor alone is so described: the actor every name of
// that body links to (حكومة اليمن).
func (kb *KB) findBodies() {
	n := map[string]int{}
	for i, a := range kb.actors {
		if !a.Curated {
			continue
		}
		if code, pure := kb.genericCode(a.Name, ""); pure && kb.bodyID(code) != "" {
			k := bodyKey(code, a.Name)
			n[k]++
			kb.bodies[k] = i
		}
	}
	for code, k := range n {
		if k > 1 {
			delete(kb.bodies, code)
		}
	}
}

func readRows(name string, cols int) ([][]string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, fmt.Errorf("actor: %w", err)
	}
	var r io.Reader = bytes.NewReader(b)
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("actor: %s: %w", name, err)
		}
		defer zr.Close()
		r = zr
	}
	rows, err := dict.ParseTSV(r, cols)
	if err != nil {
		return nil, fmt.Errorf("actor: %s: %w", name, err)
	}
	return rows, nil
}

func (kb *KB) addCountry(c Country, name string) {
	k := dict.Key(name)
	if k == "" {
		return
	}
	if _, ok := kb.countries[k]; !ok {
		kb.countries[k] = c
	}
	if n := strings.Count(k, " ") + 1; n > kb.countryN {
		kb.countryN = n
	}
}

// addGazetteer adds the countries of the shared gazetteer (package
// gazetteer) and the regions actors are coded with (EUR, AFR), with all
// their names, and the nationality adjectives the countries' one-word names
// derive (ليبيا → ليبي, السعودية → سعودي); an adjective two countries would
// share is left out.
func (kb *KB) addGazetteer() error {
	es, err := gazetteer.Entries()
	if err != nil {
		return fmt.Errorf("actor: %w", err)
	}
	nis := map[string]string{}
	for _, e := range es {
		if e.Code == "" || (e.Kind != gazetteer.KindCountry && e.Kind != gazetteer.KindRegion) {
			continue
		}
		c := Country{ISO3: e.Code, ISO2: e.Country, Name: e.Names[0]}
		if !dict.ValidCode(c.ISO3) || len(c.ISO3) != 3 {
			continue
		}
		kb.byISO3[c.ISO3] = c
		seen := map[string]bool{}
		for _, n := range e.Names {
			kb.addCountry(c, n)
			if e.Kind != gazetteer.KindCountry {
				continue // a region's adjectives are curated (أوروبي)
			}
			ns := dict.Nisba(n)
			if ns == "" || seen[ns] {
				continue
			}
			seen[ns] = true
			if prev, ok := nis[ns]; ok && prev != c.ISO3 {
				nis[ns] = ""
				continue
			}
			nis[ns] = c.ISO3
		}
	}
	for k, code := range nis {
		if code != "" {
			kb.nat[k] = code
		}
	}
	return nil
}

func (kb *KB) addNationalityRow(r []string) error {
	if !dict.ValidCode(r[1]) {
		return fmt.Errorf("bad code %q", r[1])
	}
	k := dict.Key(r[0])
	if k == "" || strings.Contains(k, " ") {
		return fmt.Errorf("bad nationality word %q", r[0])
	}
	kb.nat[k] = r[1]
	return nil
}

func (kb *KB) addStopRow(r []string) error {
	kb.natStop[dict.Key(r[0])] = true
	return nil
}

// addAgentRow adds a curated agent phrase, folded here.
func (kb *KB) addAgentRow(r []string) error {
	return kb.addAgent(dict.KeyTokens(r[0]), r[1])
}

// addKeyedAgentRow adds a generated agent row whose phrase is already a key.
func (kb *KB) addKeyedAgentRow(r []string) error {
	return kb.addAgent(strings.Fields(r[0]), r[1])
}

func (kb *KB) addAgent(toks []string, code string) error {
	if !dict.ValidCode(code) {
		return fmt.Errorf("bad sector %q", code)
	}
	if len(toks) == 0 {
		return nil
	}
	kb.agents[strings.Join(toks, " ")] = code
	kb.sectors[code[:3]] = true
	for _, t := range toks {
		kb.vocab[t] = true
	}
	if len(toks) > kb.agentN {
		kb.agentN = len(toks)
	}
	return nil
}

func convertSpans(s string) ([]CodeSpan, error) {
	sp, err := dict.ParseSpans(s)
	if err != nil {
		return nil, err
	}
	out := make([]CodeSpan, len(sp))
	for i, x := range sp {
		out[i] = CodeSpan{Code: x.Code, From: x.From, To: x.To}
	}
	return out, nil
}

func (kb *KB) addCuratedActorRow(r []string) error {
	spans, err := convertSpans(r[3])
	if err != nil {
		return err
	}
	if len(spans) == 0 || r[0] == "" || r[1] == "" {
		return fmt.Errorf("actor %q: id, name and code required", r[0])
	}
	a := Actor{ID: r[0], Name: r[1], Aliases: dict.SplitList(r[2]), Codes: spans,
		Roles: dict.SplitList(r[4]), Source: r[5], Curated: true}
	i := len(kb.actors)
	kb.actors = append(kb.actors, a)
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		k := dict.Key(n)
		if k == "" || containsInt(kb.byKey[k], i) {
			continue
		}
		kb.byKey[k] = append(kb.byKey[k], i)
		if !strings.Contains(k, " ") {
			kb.surname[k] = append(kb.surname[k], i)
		}
	}
	return nil
}

func (kb *KB) addDictActorRow(r []string) error {
	k := r[0]
	if _, ok := kb.byKey[k]; ok {
		return nil // a curated actor owns this name
	}
	spans, err := convertSpans(r[2])
	if err != nil {
		return err
	}
	// Entries coded only with a bare sector (جيش [MIL]) are agents, not actors.
	keep := spans[:0]
	for _, s := range spans {
		if p := s.Code[:3]; p == "IGO" || !kb.sectors[p] {
			keep = append(keep, s)
		}
	}
	if len(keep) == 0 {
		return nil
	}
	kb.byKey[k] = []int{len(kb.actors)}
	kb.actors = append(kb.actors, Actor{ID: "up:" + strings.ReplaceAll(k, " ", "_"), Name: r[1], Codes: keep,
		Source: "UniversalPetrarch actor_dict_ar_v4"})
	return nil
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Len returns the number of actors (curated and dictionary).
func (kb *KB) Len() int { return len(kb.actors) }
