// Command gen builds the embedded data files of package actor from the
// read-only shared data: the UniversalPetrarch Arabic actor and agent
// dictionaries. (Countries and their nationality adjectives come from the
// shared gazetteer, package gazetteer, at load time.)
//
//	go run ./extract/actor/internal/gen -shared ../shared
//
// Output (extract/actor/data/, sorted and byte-for-byte reproducible):
// actors.tsv.gz, agents.tsv. The curated_*
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
