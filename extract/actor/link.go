package actor

import (
	"strings"
	"time"

	"github.com/marsad/marsad/extract/actor/internal/dict"
)

// Link finds the canonical actor an entity designates. names are its
// canonical name and the aliases found in the document ("خليفة حفتر",
// "حفتر", "المشير خليفة حفتر"); roles the titles and appositions found
// ("المشير", "المتحدث باسم الجيش الليبي"); date the article's date, used to
// choose among dated codes (the zero date takes the latest valid code).
//
// Matching, in order: the full name key (titles and nationality words in
// front of a name are dropped: "الرئيس المصري عبد الفتاح السيسي"); then a
// single-word name against curated surnames (السيسى → Sisi); then a
// multi-word name whose first and last words agree with a curated actor
// ("فايز مصطفى السراج"). Several candidates are told apart by the roles'
// country and sector and by the date; a tie links nothing. A name that is
// itself a role description naming a country ("الجيش المصري") gives a
// Generic actor, whose ID ("country:EGY:MIL") stands for that body of that
// country. Otherwise ok is false and the caller keeps a local id.
func (kb *KB) Link(names, roles []string, date time.Time) (Actor, bool) {
	return kb.LinkIn(names, roles, date, "")
}

// LinkIn is Link with a default country (the article's main country, ISO
// alpha-3) for generic names that need one ("رئاسة الجمهورية").
func (kb *KB) LinkIn(names, roles []string, date time.Time, country string) (Actor, bool) {
	roleCountry, roleSector := kb.roleHints(roles)
	try := func(cands []int, strict bool) (Actor, bool) {
		i, ok := kb.pick(cands, roleCountry, roleSector, date, strict)
		if !ok {
			return Actor{}, false
		}
		a := kb.actors[i]
		a.Code = a.CodeAt(date)
		return a, true
	}
	// 1. Full key, then the key without leading titles; a country name
	// not owned by a curated actor gives the country itself.
	for _, n := range names {
		for j, k := range kb.nameKeys(n) {
			cands := kb.byKey[k]
			if _, ok := kb.countries[k]; ok && j > 0 {
				continue // حكومة اليمن is a body of Yemen, not Yemen (step 3)
			}
			if j > 0 && placeActors(kb, cands) {
				continue // بلدية نابلس is not the place نابلس
			}
			if c, ok := kb.countries[k]; ok && (len(cands) == 0 || !kb.actors[cands[0]].Curated) {
				return Actor{ID: "country:" + c.ISO3, Name: c.Name, Code: c.ISO3, Codes: []CodeSpan{{Code: c.ISO3}}}, true
			}
			if a, ok := try(cands, !strings.Contains(k, " ")); ok {
				return a, true
			}
		}
	}
	// 1b. A known name qualified by its country's adjective (حكومة الوفاق
	// الليبية is حكومة الوفاق, an actor of Libya).
	for _, n := range names {
		words := splitWords(n)
		if len(words) < 3 {
			continue
		}
		nat, ok := kb.Nationality(words[len(words)-1])
		if !ok {
			continue
		}
		var cands []int
		for _, i := range kb.byKey[dict.Key(strings.Join(words[:len(words)-1], " "))] {
			if code := kb.actors[i].CodeAt(date); len(code) >= 3 && code[:3] == nat {
				cands = append(cands, i)
			}
		}
		if a, ok := try(cands, false); ok {
			return a, true
		}
	}
	// 2. First and last word of a longer name against curated actors.
	for _, n := range names {
		ks := kb.nameKeys(n)
		toks := strings.Fields(ks[len(ks)-1])
		if len(toks) < 2 {
			continue
		}
		var cands []int
		for _, i := range kb.surname[toks[len(toks)-1]] {
			first := dict.KeyTokens(kb.actors[i].Name)
			if len(first) > 0 && first[0] == toks[0] {
				cands = append(cands, i)
			}
		}
		if a, ok := try(cands, true); ok {
			return a, true
		}
	}
	// 3. A role description used as a name: a state body named by its
	// country (الحكومة اليمنية، حكومة اليمن) is that country's body.
	for _, n := range names {
		if code, pure := kb.genericCode(n, country); code != "" {
			id := ""
			if pure && kb.countryIn(n) != "" {
				// The name itself names the country (الحكومة اليمنية، not
				// وزارة الدفاع coded by the article's country).
				if i, ok := kb.bodies[bodyKey(code, n)]; ok {
					return try([]int{i}, false) // the curated actor of that body
				}
				id = kb.bodyID(code)
			}
			return Actor{ID: id, Name: n, Code: code, Codes: []CodeSpan{{Code: code}}, Generic: true}, true
		}
	}
	return Actor{}, false
}

// bodyKey is the key of a country's body: its code and its head noun
// (YEMGOV/حكومه for الحكومة اليمنية and حكومة اليمن).
func bodyKey(code, name string) string {
	words := splitWords(name)
	if len(words) == 0 {
		return code
	}
	return code + "/" + dict.FoldWord(words[0])
}

// placeActors reports whether the actors cands are all places: coded with
// a bare country code (the dictionary's نابلس → PSE).
func placeActors(kb *KB, cands []int) bool {
	for _, i := range cands {
		for _, c := range kb.actors[i].Codes {
			if len(c.Code) != 3 {
				return false
			}
		}
	}
	return len(cands) > 0
}

// stateSectors are the sectors of a state's bodies: its government,
// military, legislature, judiciary, police and intelligence.
var stateSectors = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "COP": true, "SPY": true}

// bodyID returns the actor ID of a state body coded code, a country code
// and a state sector ("country:YEM:GOV" for YEMGOV), or "" when code is
// not so made (IGOUNO, a bare sector, a country's media: جريدة فلسطين is
// a newspaper's name).
func (kb *KB) bodyID(code string) string {
	if len(code) != 6 {
		return ""
	}
	if _, ok := kb.byISO3[code[:3]]; !ok || !stateSectors[code[3:]] {
		return ""
	}
	return "country:" + code[:3] + ":" + code[3:]
}

// CodeFor returns the code of an entity: that of its linked actor, or else
// the code its roles describe (CodeForRoleIn of the first role that gives
// a country and sector, then of the first that gives anything).
func (kb *KB) CodeFor(names, roles []string, date time.Time, country string) string {
	if a, ok := kb.LinkIn(names, roles, date, country); ok && a.Code != "" {
		return a.Code
	}
	best := ""
	for _, r := range roles {
		c := kb.CodeForRoleIn(r, country)
		if len(c) >= 6 {
			return c
		}
		if best == "" {
			best = c
		}
	}
	return best
}

// nameKeys returns the key of name and, when it starts with titles or
// nationality words, the key without them.
func (kb *KB) nameKeys(name string) []string {
	words := splitWords(name)
	out := []string{dict.Key(name)}
	i := 0
	for i < len(words)-1 && kb.isTitleOrNationality(words[i]) {
		i++
	}
	if i > 0 && !kb.isTitleOrNationality(words[i]) {
		out = append(out, dict.Key(strings.Join(words[i:], " ")))
	}
	return out
}

// isTitleOrNationality reports whether w is a one-word agent (المشير،
// الرئيس) or a nationality word.
func (kb *KB) isTitleOrNationality(w string) bool {
	if kb.agents[dict.FoldWord(w)] != "" {
		return true
	}
	_, ok := kb.Nationality(w)
	return ok
}

// roleHints returns the country and sector the roles point to.
func (kb *KB) roleHints(roles []string) (country, sector string) {
	for _, r := range roles {
		if country == "" {
			country = kb.countryIn(r)
		}
		if sector == "" {
			sector, _ = kb.Sector(r)
		}
	}
	return country, sector
}

// pick chooses among candidate actors: one candidate is taken unless strict
// (a match on a surname) and the roles name another country; several are
// scored by agreement with the roles' country and sector and by a code
// valid at date.
func (kb *KB) pick(cands []int, country, sector string, date time.Time, strict bool) (int, bool) {
	best, bestScore, tie := -1, -1, false
	for _, i := range cands {
		a := kb.actors[i]
		code := a.CodeAt(date)
		score := 0
		if country != "" && len(code) >= 3 {
			if code[:3] == country {
				score += 2
			} else if strict && len(cands) == 1 && len(country) == 3 && code[:3] != "IGO" {
				return 0, false
			}
		}
		if sector != "" && len(code) >= 6 && code[3:6] == sector {
			score += 2
		}
		for _, s := range a.Codes {
			if !date.IsZero() && s.ValidAt(date) {
				score++
				break
			}
		}
		if a.Curated {
			score++
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = i, score, false
		case score == bestScore:
			tie = true
		}
	}
	if best < 0 || tie {
		return 0, false
	}
	return best, true
}

// genericCode returns the code of a name that is a role description naming
// a country and a sector ("الجيش المصري", "قوات الأمن الليبية"), or "".
// Every word must be an agent word, a nationality or country word, or a
// short function word (then pure is true) — except in a name headed by an
// agent word that also carries a nationality ("صحيفة nutre الروسية" →
// RUSMED, a named body of that country). A proper name yields "".
func (kb *KB) genericCode(name, country string) (code string, pure bool) {
	words := splitWords(name)
	unknown, hasNat := 0, false
	for _, w := range words {
		k := dict.FoldWord(w)
		if kb.vocab[k] || isFunctionWord(k) {
			continue
		}
		if _, ok := kb.Nationality(w); ok {
			hasNat = true
			continue
		}
		if _, ok := kb.Country(w); ok {
			continue
		}
		unknown++
	}
	if unknown > 0 && !(hasNat && len(words) > 0 && kb.agents[dict.FoldWord(words[0])] != "") {
		return "", false
	}
	code = kb.CodeForRoleIn(name, country)
	if len(code) < 6 {
		return "", false
	}
	return code, unknown == 0
}

// isFunctionWord reports whether k (folded) is a short function word that
// may appear inside a role description.
func isFunctionWord(k string) bool {
	switch k {
	case "في", "لدي", "باسم", "اسم", "ب", "ل", "من", "علي":
		return true
	}
	return false
}
