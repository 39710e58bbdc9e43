package entity

import (
	"archive/zip"
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// BuildGazetteer writes the compact place list the tagger embeds
// (data/gazetteer.txt) from the gazetteer directory of the shared data
// (mledoze_countries, naturalearth_50m_admin0_countries,
// naturalearth_50m_populated_places, geonames-cities15000.zip). Each line is
// "kind TAB key TAB code": kind country (code ISO 3166-1 alpha-3) or city
// (code ISO alpha-2), key the normalised Arabic name. Lines are sorted, so
// the same inputs give the same bytes.
func BuildGazetteer(dir string, w io.Writer) error {
	lines := make(map[string]bool)
	add := func(kind, name, code string) {
		name, _, _ = strings.Cut(name, "،") // "بومبو، أوغندا" → "بومبو"
		key := phraseKey(name)
		if runeLen(strings.ReplaceAll(key, " ", "")) < 3 || !isArabicPhrase(key) || code == "" {
			return
		}
		lines[kind+"\t"+key+"\t"+code] = true
	}
	rows, err := readTSV(filepath.Join(dir, "mledoze_countries", "countries_ar.tsv"))
	if err != nil {
		return err
	}
	for _, r := range rows {
		add("country", r["name_ar_common"], r["cca3"])
	}
	rows, err = readTSV(filepath.Join(dir, "naturalearth_50m_admin0_countries", "admin0_countries_ar.tsv"))
	if err != nil {
		return err
	}
	for _, r := range rows {
		add("country", r["NAME_AR"], r["ISO_A3"])
	}
	rows, err = readTSV(filepath.Join(dir, "naturalearth_50m_populated_places", "populated_places_ar.tsv"))
	if err != nil {
		return err
	}
	for _, r := range rows {
		add("city", r["NAME_AR"], r["ISO_A2"])
	}
	if err := readGeoNames(filepath.Join(dir, "geonames-cities15000.zip"), func(name, cc string) { add("city", name, cc) }); err != nil {
		return err
	}
	out := make([]string, 0, len(lines))
	for l := range lines {
		out = append(out, l)
	}
	sort.Strings(out)
	bw := bufio.NewWriter(w)
	for _, l := range out {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("entity: write gazetteer: %w", err)
	}
	return nil
}

// readTSV reads a tab-separated file with a header line into maps.
func readTSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("entity: gazetteer: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("entity: gazetteer %s: %w", path, err)
	}
	if len(recs) == 0 {
		return nil, nil
	}
	var out []map[string]string
	for _, rec := range recs[1:] {
		m := make(map[string]string, len(rec))
		for i, v := range rec {
			if i < len(recs[0]) {
				m[recs[0][i]] = v
			}
		}
		out = append(out, m)
	}
	return out, nil
}

// readGeoNames calls fn with every Arabic-script alternate name of the
// GeoNames dump in the zip and the place's country code.
func readGeoNames(path string, fn func(name, cc string)) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return fmt.Errorf("entity: gazetteer: %w", err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return fmt.Errorf("entity: gazetteer: %w", err)
		}
		sc := bufio.NewScanner(rc)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) < 9 {
				continue
			}
			for _, alt := range strings.Split(cols[3], ",") {
				if isArabicPhrase(alt) {
					fn(alt, cols[8])
				}
			}
		}
		err = sc.Err()
		rc.Close()
		if err != nil {
			return fmt.Errorf("entity: gazetteer: %w", err)
		}
	}
	return nil
}

// phraseKey is the key of a multi-word name: the word keys of its words,
// space-separated.
func phraseKey(s string) string {
	var parts []string
	splitWords(s, func(w string) { parts = append(parts, wordKey(w)) })
	return strings.Join(parts, " ")
}

func isArabicPhrase(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Arabic, r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

func runeLen(s string) int { return len([]rune(s)) }
