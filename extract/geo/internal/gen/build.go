package main

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/marsad/marsad/arabic"
)

// entry is one gazetteer row before writing.
type entry struct {
	kind     string
	country  string
	lat, lon float64
	pop      int64
	names    []string
}

// builder accumulates entries, merging duplicates by a source key.
type builder struct {
	entries []*entry
	byKey   map[string]*entry
}

func newBuilder() *builder { return &builder{byKey: map[string]*entry{}} }

// add merges e into the entry registered under key (if any) or appends it.
func (b *builder) add(key string, e *entry) {
	if key != "" {
		if old, ok := b.byKey[key]; ok {
			old.names = append(old.names, e.names...)
			if old.pop < e.pop {
				old.pop = e.pop
			}
			return
		}
		b.byKey[key] = e
	}
	b.entries = append(b.entries, e)
}

func run(shared, curated, out string) error {
	b := newBuilder()
	gaz := filepath.Join(shared, "data", "gazetteer")
	if err := readMledoze(b, filepath.Join(gaz, "mledoze_countries", "countries_ar.tsv")); err != nil {
		return err
	}
	if err := readNECountries(b, filepath.Join(gaz, "naturalearth_50m_admin0_countries", "admin0_countries_ar.tsv")); err != nil {
		return err
	}
	if err := readGeoNames(b, filepath.Join(gaz, "geonames-cities15000.zip")); err != nil {
		return err
	}
	if err := readNEPlaces(b, filepath.Join(gaz, "naturalearth_50m_populated_places", "populated_places_ar.tsv")); err != nil {
		return err
	}
	if err := readCurated(b, curated); err != nil {
		return err
	}
	if err := write(b, out); err != nil {
		return err
	}
	names := map[string]bool{}
	for _, e := range b.entries {
		if e.kind == "country" || e.kind == "capital" || e.pop >= 250_000 {
			continue // countries, capitals and large cities are never taken as common words
		}
		for _, n := range e.names {
			if k := arabic.Normalize(n); !strings.Contains(k, " ") {
				names[k] = true
			}
		}
	}
	for _, e := range b.entries {
		if e.kind == "country" || e.kind == "capital" || e.pop >= 250_000 {
			for _, n := range e.names {
				delete(names, arabic.Normalize(n))
			}
		}
	}
	words, err := commonWords(filepath.Join(shared, "data", "ner", "anercorp", "train.conll"), names)
	if err != nil {
		return err
	}
	return writeCommon(filepath.Join(filepath.Dir(out), "common_words_anercorp.txt"), words)
}

// readTSV calls fn with the header index and each row of a TSV file.
func readTSV(path string, fn func(col map[string]int, row []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("gen: %s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	for {
		row, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("gen: %s: %w", path, err)
		}
		if err := fn(col, row); err != nil {
			return err
		}
	}
}

func readMledoze(b *builder, path string) error {
	return readTSV(path, func(c map[string]int, row []string) error {
		lat, _ := strconv.ParseFloat(row[c["lat"]], 64)
		lon, _ := strconv.ParseFloat(row[c["lng"]], 64)
		e := &entry{kind: "country", country: row[c["cca2"]], lat: lat, lon: lon,
			names: cleanNames(row[c["name_ar_common"]], row[c["name_ar_official"]])}
		b.add("C:"+row[c["cca3"]], e)
		return nil
	})
}

func readNECountries(b *builder, path string) error {
	return readTSV(path, func(c map[string]int, row []string) error {
		a3 := row[c["ADM0_A3"]]
		if iso3 := row[c["ISO_A3"]]; iso3 != "-99" {
			a3 = iso3
		}
		if _, ok := b.byKey["C:"+a3]; !ok {
			return nil // only add names to countries with coordinates
		}
		b.add("C:"+a3, &entry{names: cleanNames(row[c["NAME_AR"]])})
		return nil
	})
}

func readGeoNames(b *builder, path string) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "cities15000.txt" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return fmt.Errorf("gen: %w", err)
		}
		defer rc.Close()
		sc := bufio.NewScanner(rc)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		for sc.Scan() {
			fs := strings.Split(sc.Text(), "\t")
			if len(fs) < 15 {
				continue
			}
			names := cleanNames(strings.Split(fs[3], ",")...)
			if len(names) == 0 {
				continue
			}
			lat, _ := strconv.ParseFloat(fs[4], 64)
			lon, _ := strconv.ParseFloat(fs[5], 64)
			pop, _ := strconv.ParseInt(fs[14], 10, 64)
			kind := "city"
			if fs[7] == "PPLC" {
				kind = "capital"
			}
			b.add("G:"+fs[0], &entry{kind: kind, country: fs[8], lat: lat, lon: lon, pop: pop, names: names})
		}
		return sc.Err()
	}
	return fmt.Errorf("gen: cities15000.txt not in %s", path)
}

func readNEPlaces(b *builder, path string) error {
	return readTSV(path, func(c map[string]int, row []string) error {
		names := cleanNames(row[c["NAME_AR"]])
		if len(names) == 0 {
			return nil
		}
		key := ""
		if id := row[c["GEONAMESID"]]; id != "" && !strings.HasPrefix(id, "*") && !strings.HasPrefix(id, "-") {
			key = "G:" + id
		}
		if _, ok := b.byKey[key]; key != "" && ok {
			b.add(key, &entry{names: names})
			return nil
		}
		lat, _ := strconv.ParseFloat(row[c["LATITUDE"]], 64)
		lon, _ := strconv.ParseFloat(row[c["LONGITUDE"]], 64)
		pop, _ := strconv.ParseInt(row[c["POP_MAX"]], 10, 64)
		if e := b.near(row[c["ISO_A2"]], lat, lon, names); e != nil {
			e.names = append(e.names, names...) // the same town without a GeoNames id
			return nil
		}
		kind := "city"
		if strings.Contains(row[c["FEATURECLA"]], "Admin-0 capital") {
			kind = "capital"
		}
		b.add(key, &entry{kind: kind, country: row[c["ISO_A2"]], lat: lat, lon: lon, pop: pop, names: names})
		return nil
	})
}

// readCurated reads kind, country, lat, lon, names (|-separated), source.
func readCurated(b *builder, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) < 5 {
			return fmt.Errorf("gen: %s:%d: want 5+ tab-separated fields", path, n)
		}
		lat, err1 := strconv.ParseFloat(fs[2], 64)
		lon, err2 := strconv.ParseFloat(fs[3], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("gen: %s:%d: bad coordinates", path, n)
		}
		names := cleanNames(strings.Split(fs[4], "|")...)
		if fs[0] == "alias" { // extra names for an existing country
			if e, ok := countryByISO2(b, fs[1]); ok {
				e.names = append(e.names, names...)
				continue
			}
			return fmt.Errorf("gen: %s:%d: no country %s", path, n, fs[1])
		}
		b.add("", &entry{kind: fs[0], country: fs[1], lat: lat, lon: lon, pop: 0, names: names})
	}
	return sc.Err()
}

func countryByISO2(b *builder, iso2 string) (*entry, bool) {
	for _, e := range b.entries {
		if e.kind == "country" && e.country == iso2 {
			return e, true
		}
	}
	return nil, false
}

// cleanNames keeps Arabic-script names written in Arabic letters (dropping
// Persian, Urdu and Kurdish spellings), cuts a ", country" suffix and
// removes duplicates.
func cleanNames(in ...string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range in {
		if i := strings.Index(n, "،"); i >= 0 {
			n = n[:i]
		}
		n = strings.Map(func(r rune) rune {
			if r == '\u200e' || r == '\u200f' || r == '\u200c' || (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == 0x0640 {
				return -1
			}
			return r
		}, n)
		n = strings.Join(strings.Fields(n), " ")
		if n == "" || !arabicOnly(n) || seen[n] {
			continue
		}
		seen[n] = true
		out = append(out, n)
	}
	return out
}

// arabicOnly reports whether s is written with the Arabic alphabet proper.
func arabicOnly(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r == ' ' || r == '-':
		case r >= 0x0621 && r <= 0x064A:
			letters++
		default:
			return false
		}
	}
	return letters >= 2
}

func write(b *builder, out string) error {
	sort.SliceStable(b.entries, func(i, j int) bool {
		ei, ej := b.entries[i], b.entries[j]
		if ei.country != ej.country {
			return ei.country < ej.country
		}
		return ei.pop > ej.pop
	})
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "#kind\tcountry\tlat\tlon\tpop\tnames")
	n := 0
	for _, e := range b.entries {
		names := cleanNames(e.names...)
		if len(names) == 0 || e.country == "" || e.country == "-99" {
			continue
		}
		fmt.Fprintf(w, "%s\t%s\t%.4f\t%.4f\t%d\t%s\n", e.kind, e.country, e.lat, e.lon, e.pop, strings.Join(names, "|"))
		n++
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	fmt.Fprintf(os.Stderr, "gen: wrote %d places to %s\n", n, out)
	return f.Close()
}

// near returns an entry of the same country within about 20 km that shares
// a name with names, or nil.
func (b *builder) near(country string, lat, lon float64, names []string) *entry {
	for _, e := range b.entries {
		if e.country != country || e.kind == "country" || (e.lat-lat)*(e.lat-lat)+(e.lon-lon)*(e.lon-lon) > 0.04 {
			continue
		}
		for _, n := range e.names {
			for _, m := range names {
				if n == m {
					return e
				}
			}
		}
	}
	return nil
}
