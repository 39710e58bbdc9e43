package actor

import (
	"strings"

	"github.com/marsad/marsad/extract/actor/internal/dict"
)

// agentMatch is one agent phrase found in a role: words [start, end).
type agentMatch struct {
	start, end int
	code       string
}

// roleKeys folds the words of phrase. A word that is not itself a one-word
// agent is replaced by a variant that is — clitics removed (للحكومة →
// حكومة, لمشايخ → مشايخ), the accusative ـاً (عسكرياً → عسكري) or a plural
// ending (المتظاهرون → متظاهرين → متظاهر) changed — or, failing that, by a
// variant that at least occurs in some agent phrase.
func (kb *KB) roleKeys(phrase string) []string {
	words := splitWords(phrase)
	keys := make([]string, 0, len(words))
	for _, w := range words {
		k := dict.FoldWord(w)
		if k == "" {
			continue
		}
		if kb.agents[k] == "" {
			vs := kb.wordVariants(w)
			found := false
			for _, v := range vs {
				if kb.agents[v] != "" {
					k, found = v, true
					break
				}
			}
			if !found && !kb.vocab[k] {
				for _, v := range vs {
					if kb.vocab[v] {
						k = v
						break
					}
				}
			}
		}
		keys = append(keys, k)
	}
	return keys
}

// wordVariants returns folded forms of w with clitics removed and with
// accusative or plural endings changed, least changed first.
func (kb *KB) wordVariants(w string) []string {
	var out []string
	for _, v := range readings(bareWord(w)) {
		f := dict.FoldWord(v)
		out = append(out, f)
		for _, e := range [...][2]string{{"ا", ""}, {"ون", "ين"}, {"ون", ""}, {"ين", ""}, {"ات", ""}, {"ه", ""}} {
			if b, cut := strings.CutSuffix(f, e[0]); cut && len([]rune(b)) >= 3 {
				out = append(out, b+e[1])
			}
		}
	}
	return out
}

// agentMatches returns every agent phrase in keys.
func (kb *KB) agentMatches(keys []string) []agentMatch {
	var out []agentMatch
	for i := range keys {
		for n := min(kb.agentN, len(keys)-i); n >= 1; n-- {
			if code, ok := kb.agents[strings.Join(keys[i:i+n], " ")]; ok {
				out = append(out, agentMatch{i, i + n, code})
			}
		}
	}
	return out
}

// Sector returns the CAMEO sector code of a title or role phrase: MIL for
// "المشير" or "المتحدث باسم الجيش الليبي", GOV for "وزير الخارجية", LEG for
// "رئيس مجلس النواب", CVL for "أعيان القبائل". When several agent phrases
// occur, the one ending last wins (the institution a title is "of": in
// "المتحدث باسم الجيش" the army), and among those the longest. Compound
// dictionary codes are cut to their primary sector (GOVMIL → GOV).
func (kb *KB) Sector(phrase string) (code string, ok bool) {
	ms := kb.agentMatches(kb.roleKeys(phrase))
	if len(ms) == 0 {
		return "", false
	}
	best := ms[0]
	for _, m := range ms[1:] {
		if m.end > best.end || (m.end == best.end && m.end-m.start > best.end-best.start) {
			best = m
		}
	}
	return best.code[:3], true
}

// CodeForRole returns the CAMEO code of a role phrase: the country named in
// it (by a nationality word or a country name) followed by its sector:
// "المتحدث باسم الجيش الليبي" → LBYMIL. With no country it returns the bare
// sector (MIL); with no sector the bare country (LBY); "" with neither.
func (kb *KB) CodeForRole(role string) string {
	return kb.CodeForRoleIn(role, "")
}

// CodeForRoleIn is CodeForRole with a default country (for instance the
// article's main country) used when the phrase names none: "رئاسة الجمهورية"
// in an Egyptian article → EGYGOV.
func (kb *KB) CodeForRoleIn(role, country string) string {
	c := kb.countryIn(role)
	if c == "" {
		c = strings.ToUpper(country)
	}
	sec, ok := kb.Sector(role)
	switch {
	case !ok:
		return c
	case len(c) > 3: // an IGO code such as IGOUNO already carries its kind
		return c
	case sec == "IGO":
		return sec
	}
	return c + sec
}
