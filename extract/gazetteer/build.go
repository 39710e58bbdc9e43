package gazetteer

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/marsad/marsad/arabic"
)

// entry is one gazetteer row while building.
type entry struct {
	kind     string
	country  string
	code     string
	lat, lon float64
	pop      int64
	names    []string
	curated  bool
}

// builder accumulates entries, merging duplicates by a source key.
type builder struct {
	entries []*entry
	byKey   map[string]*entry
}

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

// Report says what Build found about the curated entries.
type Report struct {
	Entries int // entries written
	// Redundant lists the curated names (as "country name") that a general
	// source already gives a place of the same country: they should go.
	Redundant []string
}

// Build writes the gazetteer (gzip-compressed, the format Read reads) from
// the gazetteer sources of the shared data directory (data/gazetteer:
// mledoze_countries, naturalearth_50m_admin0_countries,
// naturalearth_50m_populated_places, geonames-cities15000.zip) and curated
// additions (the format of data/curated.tsv). The same inputs give the same
// bytes.
func Build(shared string, curated io.Reader, w io.Writer) (Report, error) {
	var rep Report
	b := &builder{byKey: map[string]*entry{}}
	dir := filepath.Join(shared, "data", "gazetteer")
	steps := []func() error{
		func() error { return readMledoze(b, filepath.Join(dir, "mledoze_countries", "countries_ar.tsv")) },
		func() error {
			return readNECountries(b, filepath.Join(dir, "naturalearth_50m_admin0_countries", "admin0_countries_ar.tsv"))
		},
		func() error { return readGeoNames(b, filepath.Join(dir, "geonames-cities15000.zip")) },
		func() error {
			return readNEPlaces(b, filepath.Join(dir, "naturalearth_50m_populated_places", "populated_places_ar.tsv"))
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return rep, err
		}
	}
	general := map[string]bool{} // "country key" of every name from a general source
	for _, e := range b.entries {
		for _, n := range cleanNames(e.names...) {
			general[e.country+" "+arabic.Normalize(n)] = true
		}
	}
	rows, err := ReadCurated(curated)
	if err != nil {
		return rep, err
	}
	for _, r := range rows {
		names := r.Names
		if r.Kind == "alias" {
			names = names[1:] // the first names the place
		}
		for _, n := range names {
			if general[r.Country+" "+arabic.Normalize(n)] {
				rep.Redundant = append(rep.Redundant, r.Country+" "+n)
			}
		}
		if r.Kind == "alias" {
			e := b.named(r.Country, r.Names[0])
			if e == nil {
				return rep, fmt.Errorf("gazetteer: curated alias: no place %q in %q", r.Names[0], r.Country)
			}
			e.names = append(e.names, names...)
			continue
		}
		country := r.Country
		if country == "" {
			country = "XX"
		}
		b.add("", &entry{kind: r.Kind, country: country, code: r.Code, lat: r.Lat, lon: r.Lon, names: names, curated: true})
	}
	n, err := write(b, w)
	rep.Entries = n
	return rep, err
}

// readTSV calls fn with the header index and each row of a TSV file.
func readTSV(path string, fn func(col map[string]int, row []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("gazetteer: %s: %w", path, err)
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
			return fmt.Errorf("gazetteer: %s: %w", path, err)
		}
		if err := fn(col, padRow(row, len(head))); err != nil {
			return err
		}
	}
}

// padRow gives a short row the header's width.
func padRow(row []string, n int) []string {
	for len(row) < n {
		row = append(row, "")
	}
	return row
}

func readMledoze(b *builder, path string) error {
	return readTSV(path, func(c map[string]int, row []string) error {
		lat, _ := strconv.ParseFloat(row[c["lat"]], 64)
		lon, _ := strconv.ParseFloat(row[c["lng"]], 64)
		e := &entry{kind: KindCountry, country: row[c["cca2"]], code: row[c["cca3"]], lat: lat, lon: lon,
			names: cleanNames(row[c["name_ar_common"]], row[c["name_ar_official"]])}
		b.add("C:"+row[c["cca3"]], e)
		return nil
	})
}

// readNECountries adds Natural Earth's Arabic names to the countries of
// mledoze (Natural Earth has no coordinates; its countries mledoze lacks
// are left out).
func readNECountries(b *builder, path string) error {
	return readTSV(path, func(c map[string]int, row []string) error {
		a3 := row[c["ADM0_A3"]]
		if iso3 := row[c["ISO_A3"]]; iso3 != "-99" {
			a3 = iso3
		}
		if _, ok := b.byKey["C:"+a3]; !ok {
			return nil
		}
		b.add("C:"+a3, &entry{names: cleanNames(row[c["NAME_AR"]])})
		return nil
	})
}

func readGeoNames(b *builder, path string) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "cities15000.txt" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return fmt.Errorf("gazetteer: %w", err)
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
			kind := KindCity
			switch fs[7] {
			case "PPLC":
				kind = "capital"
			case "PPLA":
				kind = "admin"
			}
			b.add("G:"+fs[0], &entry{kind: kind, country: fs[8], lat: lat, lon: lon, pop: pop, names: names})
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("gazetteer: %w", err)
		}
		return nil
	}
	return fmt.Errorf("gazetteer: cities15000.txt not in %s", path)
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
		kind := KindCity
		switch cla := row[c["FEATURECLA"]]; {
		case strings.Contains(cla, "Admin-0 capital"):
			kind = "capital"
		case strings.Contains(cla, "Admin-1 capital"):
			kind = "admin"
		}
		b.add(key, &entry{kind: kind, country: row[c["ISO_A2"]], lat: lat, lon: lon, pop: pop, names: names})
		return nil
	})
}

// cleanNames keeps Arabic-script names written in Arabic letters (dropping
// Persian, Urdu and Kurdish spellings), cuts a "، country" suffix, removes
// marks and duplicates.
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

// write writes the entries sorted by country, then population (the order
// of the sources among equals), and returns how many it wrote.
func write(b *builder, out io.Writer) (int, error) {
	sort.SliceStable(b.entries, func(i, j int) bool {
		ei, ej := b.entries[i], b.entries[j]
		if ei.country != ej.country {
			return ei.country < ej.country
		}
		return ei.pop > ej.pop
	})
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return 0, fmt.Errorf("gazetteer: %w", err)
	}
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "#kind\tcountry\tcode\tlat\tlon\tpop\tnames")
	n := 0
	for _, e := range b.entries {
		names := cleanNames(e.names...)
		if len(names) == 0 || e.country == "" || e.country == "-99" {
			continue
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%.4f\t%.4f\t%d\t%s\n", e.kind, e.country, e.code, e.lat, e.lon, e.pop, strings.Join(names, "|"))
		n++
	}
	if err := w.Flush(); err != nil {
		return n, fmt.Errorf("gazetteer: %w", err)
	}
	if err := zw.Close(); err != nil {
		return n, fmt.Errorf("gazetteer: %w", err)
	}
	return n, nil
}

// named returns the country of ISO code country, or else its most
// populous place, that has the name, or nil.
func (b *builder) named(country, name string) *entry {
	var best *entry
	for _, e := range b.entries {
		if e.country != country || !slices.Contains(e.names, name) {
			continue
		}
		if e.kind == KindCountry {
			return e
		}
		if best == nil || e.pop > best.pop {
			best = e
		}
	}
	return best
}

// near returns an entry of the same country within about 20 km that shares
// a name with names, or nil.
func (b *builder) near(country string, lat, lon float64, names []string) *entry {
	for _, e := range b.entries {
		if e.country != country || e.kind == KindCountry || (e.lat-lat)*(e.lat-lat)+(e.lon-lon)*(e.lon-lon) > 0.04 {
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
