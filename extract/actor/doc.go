// Package actor is Marsad's actor knowledge base: it turns the people,
// organisations, titles and nationality words of Arabic news into CAMEO
// actor codes (a three-letter country or IGO code plus three-letter sector
// codes: LBYMIL, EGYGOV, IGOUNO).
//
// The knowledge base is built from embedded data files (see data/NOTICE):
// the UniversalPetrarch Arabic actor and agent dictionaries, the countries of
// the shared gazetteer (package gazetteer: GeoNames, Natural Earth, mledoze),
// and curated lists of well-known actors of Arab news 2015–2021, titles and
// nationality words. Load it once with Load
// and share the *KB: it is immutable and safe for concurrent use.
//
// Lookups:
//
//   - Country: a country name or variant → ISO 3166-1 alpha-3 and alpha-2.
//   - Nationality: a nationality adjective or plural, with article, gender,
//     number, accusative and clitic variants (الليبيين، وأمريكياً) → country.
//   - Sector and CodeForRole: a title or role phrase ("المتحدث باسم الجيش
//     الليبي") → sector (MIL) and full code (LBYMIL).
//   - Link: an entity's names and roles → a canonical Actor with the code
//     valid at the article's date; a state body named by its country
//     (الحكومة اليمنية، حكومة اليمن) → the curated actor of that body, or
//     else an actor reference "country:YEM:GOV".
//
// All matching uses spelling-folded keys (arabic.Normalize, the article ال
// dropped, ـية folded to ـي), so السيسى and السيسي, الأمريكية and الأمريكي
// agree.
package actor
