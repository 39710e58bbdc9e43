package actor

import (
	"sort"
	"strings"
)

// orgRoleHeads are the first words of the roles that mark a curated actor
// as an organisation rather than a person (وكالة أنباء، تنظيم، جيش…).
var orgRoleHeads = map[string]bool{
	"وكالة": true, "قناة": true, "جيش": true, "صحيفة": true, "منظمة": true, "فصائل": true,
	"حكومة": true, "مجلس": true, "قوات": true, "رئاسة": true, "حزب": true, "حركة": true,
	"تنظيم": true, "برلمان": true, "ميليشيا": true, "مؤسسة": true, "جماعة": true, "هيئة": true,
	"تحالف": true, "شركة": true, "جامعة": true, "محكمة": true, "وزارة": true, "بنك": true,
	"مصرف": true, "اتحاد": true, "سلطة": true, "مرصد": true, "مكتب": true, "لجنة": true,
	"إذاعة": true, "تلفزيون": true, "موقع": true, "جبهة": true, "فصيل": true, "ائتلاف": true,
	"كتلة": true, "تيار": true, "مجموعة": true, "حلف": true, "منتدى": true, "صندوق": true,
}

// Organisations returns the names of the curated actors that are
// organisations (their first role starts with an organisation noun:
// وكالة أنباء، تنظيم، جيش…), canonical names and aliases of two words or
// more, sorted. Single words are left out: many are also common words
// (القاعدة، الأناضول). The entity recogniser uses them to find names the
// tagger misses (entity.Options.Organisations).
func (kb *KB) Organisations() []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range kb.actors {
		if !a.Curated || len(a.Roles) == 0 {
			continue
		}
		head, _, _ := strings.Cut(strings.TrimSpace(a.Roles[0]), " ")
		if !orgRoleHeads[head] {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if len(splitWords(n)) < 2 || seen[n] {
				continue
			}
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}
