// Command gen builds the embedded data files of package actor from the
// read-only shared data: the UniversalPetrarch Arabic actor and agent
// dictionaries and the mledoze / Natural Earth country gazetteers.
//
//	go run ./extract/actor/internal/gen -shared ../shared
//
// Output (extract/actor/data/, sorted and byte-for-byte reproducible):
// actors.tsv.gz, agents.tsv, countries.tsv, nationalities.tsv. The curated_*
// files beside them are edited by hand and never written here.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/marsad/marsad/extract/actor/internal/dict"
)

func main() {
	shared := flag.String("shared", "../shared", "path of the shared data directory")
	out := flag.String("out", "extract/actor/data", "output directory")
	flag.Parse()
	if err := run(*shared, *out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(shared, out string) error {
	up := filepath.Join(shared, "data/events/upetrarch-dictionaries")
	actors, err := genActors(filepath.Join(up, "actor_dict_ar_v4.txt"))
	if err != nil {
		return err
	}
	if err := writeGzip(filepath.Join(out, "actors.tsv.gz"), actors); err != nil {
		return err
	}
	agents, err := genAgents(filepath.Join(up, "agents.all.ar.txt"), filepath.Join(up, "agents.all.ar_v3.txt"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "agents.tsv"), agents, 0o644); err != nil {
		return fmt.Errorf("actor: %w", err)
	}
	gz := filepath.Join(shared, "data/gazetteer")
	countries, nats, err := genCountries(
		filepath.Join(gz, "mledoze_countries/countries_ar.tsv"),
		filepath.Join(gz, "naturalearth_50m_admin0_countries/admin0_countries_ar.tsv"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "countries.tsv"), countries, 0o644); err != nil {
		return fmt.Errorf("actor: %w", err)
	}
	if err := os.WriteFile(filepath.Join(out, "nationalities.tsv"), nats, 0o644); err != nil {
		return fmt.Errorf("actor: %w", err)
	}
	return nil
}

func writeGzip(path string, data []byte) error {
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("actor: %w", err)
	}
	if _, err := zw.Write(data); err != nil {
		return fmt.Errorf("actor: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("actor: %w", err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("actor: %w", err)
	}
	return nil
}

// genActors writes one line per key: key, display name, spans.
func genActors(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("actor: %w", err)
	}
	defer f.Close()
	entries, err := dict.ParseActors(f)
	if err != nil {
		return nil, err
	}
	type rec struct {
		name  string
		spans []string
	}
	byKey := map[string]*rec{}
	for _, e := range entries {
		k := dict.Key(e.Name)
		if k == "" {
			continue
		}
		r := byKey[k]
		if r == nil {
			r = &rec{name: strings.TrimSpace(strings.ReplaceAll(strings.Trim(e.Name, "_ "), "_", " "))}
			byKey[k] = r
		}
		for _, sp := range e.Spans {
			s := sp.String()
			if !contains(r.spans, s) {
				r.spans = append(r.spans, s)
			}
		}
	}
	var b bytes.Buffer
	b.WriteString("# key\tname\tspans — generated from UniversalPetrarch actor_dict_ar_v4.txt (MIT, Open Event Data Alliance)\n")
	for _, k := range sortedKeys(byKey) {
		r := byKey[k]
		fmt.Fprintf(&b, "%s\t%s\t%s\n", k, r.name, strings.Join(r.spans, ","))
	}
	return b.Bytes(), nil
}

// genAgents writes key → sector code; for a key with several codes the most
// frequent wins, ties going to the first seen (agents.all.ar.txt first).
func genAgents(paths ...string) ([]byte, error) {
	type tally struct {
		order  []string
		counts map[string]int
	}
	byKey := map[string]*tally{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("actor: %w", err)
		}
		as, err := dict.ParseAgents(f)
		f.Close()
		if err != nil {
			return nil, err
		}
		for _, a := range as {
			k := dict.Key(a.Phrase)
			if k == "" {
				continue
			}
			t := byKey[k]
			if t == nil {
				t = &tally{counts: map[string]int{}}
				byKey[k] = t
			}
			if t.counts[a.Code] == 0 {
				t.order = append(t.order, a.Code)
			}
			t.counts[a.Code]++
		}
	}
	var b bytes.Buffer
	b.WriteString("# key\tsector — generated from UniversalPetrarch agents.all.ar.txt + agents.all.ar_v3.txt (MIT, Open Event Data Alliance)\n")
	for _, k := range sortedKeys(byKey) {
		t := byKey[k]
		best := t.order[0]
		for _, c := range t.order[1:] {
			if t.counts[c] > t.counts[best] {
				best = c
			}
		}
		fmt.Fprintf(&b, "%s\t%s\n", k, best)
	}
	return b.Bytes(), nil
}

type country struct {
	iso2  string
	name  string
	names []string
}

// genCountries writes countries (iso3, iso2, canonical name, variants) and
// nationalities derived from one-word names (nisba key, iso3); a nisba two
// countries would share is dropped as ambiguous.
func genCountries(mledoze, ne string) ([]byte, []byte, error) {
	cs := map[string]*country{}
	rows, err := readTSV(mledoze, 9)
	if err != nil {
		return nil, nil, err
	}
	for _, r := range rows[1:] {
		iso2, iso3 := r[0], r[1]
		if len(iso3) != 3 || !dict.ValidCode(iso3) {
			continue
		}
		c := &country{iso2: iso2, name: r[4]}
		c.names = appendName(c.names, r[4])
		c.names = appendName(c.names, r[5])
		cs[iso3] = c
	}
	rows, err = readTSV(ne, 12)
	if err != nil {
		return nil, nil, err
	}
	for _, r := range rows[1:] {
		iso2, iso3, name := r[5], r[6], r[2]
		if !dict.ValidCode(iso3) || len(iso3) != 3 {
			iso3 = r[8]
		}
		if len(iso3) != 3 || !dict.ValidCode(iso3) || name == "" {
			continue
		}
		c := cs[iso3]
		if c == nil {
			if len(iso2) != 2 || iso2 == "-9" {
				iso2 = ""
			}
			c = &country{iso2: iso2, name: name}
			cs[iso3] = c
		}
		c.names = appendName(c.names, name)
	}
	var b bytes.Buffer
	b.WriteString("# iso3\tiso2\tname\tvariants — generated from mledoze/countries (ODbL) and Natural Earth admin-0 (public domain)\n")
	nis := map[string]string{}
	for _, iso3 := range sortedKeys(cs) {
		c := cs[iso3]
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", iso3, c.iso2, c.name, strings.Join(c.names, "|"))
		seen := map[string]bool{}
		for _, n := range c.names {
			ns := dict.Nisba(n)
			if ns == "" || seen[ns] {
				continue
			}
			seen[ns] = true
			if prev, ok := nis[ns]; ok && prev != iso3 {
				nis[ns] = ""
				continue
			}
			nis[ns] = iso3
		}
	}
	var n bytes.Buffer
	n.WriteString("# nisba key\tiso3 — derived from the one-word country names of countries.tsv\n")
	for _, k := range sortedKeys(nis) {
		if nis[k] != "" {
			fmt.Fprintf(&n, "%s\t%s\n", k, nis[k])
		}
	}
	return b.Bytes(), n.Bytes(), nil
}

func appendName(names []string, n string) []string {
	n = strings.TrimSpace(n)
	if n == "" || contains(names, n) {
		return names
	}
	return append(names, n)
}

func readTSV(path string, cols int) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("actor: %w", err)
	}
	defer f.Close()
	rows, err := dict.ParseTSV(f, cols)
	if err != nil {
		return nil, fmt.Errorf("actor: %s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("actor: %s: empty", path)
	}
	return rows, nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
