package eval

import (
	"fmt"
	"math"
	"strings"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/geo"
)

// EarthRadiusKM is the mean Earth radius used by Haversine.
const EarthRadiusKM = 6371.0088

// scorePlaces matches places greedily one to one: each gold place, in gold
// order, takes the first unmatched system place whose name agrees and which
// lies within the tolerance (countries: whose country code agrees).
func scorePlaces(g *Gold, gi *goldIndex, a *extract.Analysis) ItemScore {
	var s ItemScore
	used := make([]bool, len(a.Places))
	for _, gp := range g.Places {
		names := placeNames(gp, gi)
		matched, nearest := -1, math.Inf(1)
		for j, sp := range a.Places {
			if used[j] || !names.meets(sysPlaceNames(sp)) {
				continue
			}
			if gp.IsCountry() {
				if normCode(gp.Country) == normCode(sp.Country) {
					matched = j
					break
				}
				continue
			}
			d := Haversine(*gp.Lat, *gp.Lon, sp.Lat, sp.Lon)
			if d <= gp.Tolerance() {
				matched = j
				break
			}
			nearest = math.Min(nearest, d)
		}
		if matched >= 0 {
			used[matched] = true
			s.Counts.TP++
			s.Counts.SysTP++
			continue
		}
		s.Counts.FN++
		label := goldPlaceLabel(gp)
		if !math.IsInf(nearest, 1) {
			label += fmt.Sprintf(": nearest %.0f km away", nearest)
		}
		s.Misses = append(s.Misses, label)
	}
	for j, sp := range a.Places {
		if !used[j] {
			s.Counts.FP++
			s.FalsePositives = append(s.FalsePositives, fmt.Sprintf("%s (%s %.2f,%.2f)", sp.Name, sp.Country, sp.Lat, sp.Lon))
		}
	}
	return s
}

// placeNames is what a system place name may equal: the gold name, its
// English name, and the names of the gold entity that has the gold name as
// canonical name or alias.
func placeNames(gp GoldPlace, gi *goldIndex) nameSet {
	names, _ := gi.expand(gp.Name)
	names.add(gp.En)
	return names
}

// sysPlaceNames is the normalised system place name.
func sysPlaceNames(sp geo.Place) nameSet {
	s := nameSet{}
	s.add(sp.Name)
	return s
}

// goldPlaceLabel names a gold place in a report.
func goldPlaceLabel(gp GoldPlace) string {
	if gp.IsCountry() {
		return fmt.Sprintf("%s (country %s)", gp.Name, strings.ToUpper(gp.Country))
	}
	return fmt.Sprintf("%s (%.2f,%.2f ±%g km)", gp.Name, *gp.Lat, *gp.Lon, gp.Tolerance())
}

// Haversine is the great-circle distance in km between two points given in
// degrees.
func Haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * EarthRadiusKM * math.Asin(math.Sqrt(math.Min(1, h)))
}
