// Package geo resolves place names in an article to gazetteer entries.
//
// The gazetteer (countries, cities of 15,000+ people with Arabic names, and
// curated regions, sites and waters that Arab news names often) is embedded
// in the binary; Load parses it. Find scans an article body for gazetteer
// names, with clitic stripping (بسرت، لليبيا، وسرت), multi-word names
// (الهلال النفطي) and place cues (مدينة X، منطقتي X و Y، العاصمة X), and
// resolves each name to one place using the countries the article names
// most often and population.
//
// Sources: GeoNames cities15000 (CC BY 4.0), Natural Earth (public domain),
// mledoze/countries (ODbL); see data/SOURCE.md.
package geo
