package dict

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// Nisba derives the masculine relative adjective (nisba) key of a one-word
// Arabic country name, as Key would fold it: ليبيا → ليبي, فرنسا → فرنسي,
// السعودية → سعودي, الإمارات → اماراتي, مصر → مصري. Multi-word names and
// names that already end in ي (مالي، تشيلي) give "" — they need curation.
func Nisba(name string) string {
	toks := KeyTokens(name)
	if len(toks) != 1 {
		return ""
	}
	w := toks[0]
	if runeLen(w) < 3 {
		return ""
	}
	switch {
	case strings.HasSuffix(arabic.Normalize(name), "يه"):
		return w // السعودية → سعودي (Key already folded ـيه)
	case strings.HasSuffix(w, "يا"):
		return strings.TrimSuffix(w, "يا") + "ي"
	case strings.HasSuffix(w, "ي"):
		return ""
	case strings.HasSuffix(w, "ا"):
		return strings.TrimSuffix(w, "ا") + "ي"
	case strings.HasSuffix(w, "ه"):
		return ""
	}
	return w + "ي"
}
