package store

import (
	"slices"
	"strings"

	"github.com/marsad/marsad/arabic"
)

// LinkEntity is what an ActorLinker reads of one stored entity.
type LinkEntity struct {
	Type      string
	Canonical string
	ActorID   string
	// Names are the other forms it goes by in its article: its mention
	// texts (the clitics already stripped) and aliases.
	Names []string
}

// ActorLinks is the link table of a store: which actor each name
// designates, and how each actor is shown.
type ActorLinks struct {
	// Names maps a name key (arabic.Normalize) to an ident.
	Names map[string]string
	// Labels maps an ident to its display name and entity type.
	Labels map[string]ActorLabel
}

// ActorLabel is how an actor is shown: the canonical name of most of its
// articles, and its most frequent entity type.
type ActorLabel struct {
	Name, Type string
}

// ActorLinker builds a store's ActorLinks from its entities, read article
// by article (Add). The result depends only on what was added, not on the
// order of the articles. It is not safe for concurrent use.
//
// The knowledge base of the analysis has the last word: an entity linked
// to an actor ID stays that actor's. An unlinked entity is the actor its
// canonical name designates across the store:
//
//   - the name of another actor's entities (as canonical name or mention)
//     in at least 2 articles and twice as many as any third actor's — for
//     a one-word name, also in as many articles as it names an entity of
//     its own ("بولتون" → "جون بولتون"; "ترامب", a place by a tagger's
//     mistake, → donald-trump; a first name "هاري", on its own in more
//     articles, stays itself);
//   - else a spelling of one other actor's name that differs only in the
//     long vowels ا و ي of words that are not given names, when that
//     actor is named in at least as many articles ("فلاديمير بوتن" →
//     vladimir-putin; "محمد سعد" and "محمد سعيد" stay apart only when
//     سعيد and سعد begin names of their own, as given names do);
//   - else itself.
//
// Folds are followed to their end. A name that is no entity's canonical
// name (a surname seen only as a mention) designates the actor it names in
// twice as many articles as any other, if any, the forms of one actor
// counted together.
type ActorLinker struct {
	votes   map[string]map[string]int // name key → local ident → articles
	arts    map[string]int            // local ident → articles
	canon   map[string]map[string]int // local ident → canonical name → articles
	types   map[string]map[string]int // local ident → type → articles
	first   map[string]map[string]bool
	article string
	seen    map[string]bool // keys counted for the current article
}

// NewActorLinker returns an empty ActorLinker.
func NewActorLinker() *ActorLinker {
	return &ActorLinker{
		votes: map[string]map[string]int{}, arts: map[string]int{},
		canon: map[string]map[string]int{}, types: map[string]map[string]int{},
		first: map[string]map[string]bool{}, seen: map[string]bool{},
	}
}

// Add counts one entity of article. The entities of one article must be
// added together, one article after another.
func (l *ActorLinker) Add(article string, e LinkEntity) {
	if article != l.article {
		l.article = article
		clear(l.seen)
	}
	k := arabic.Normalize(e.Canonical)
	if k == "" {
		return
	}
	local := LocalIdent(e.ActorID, e.Canonical)
	once := func(tag string) bool {
		if l.seen[tag] {
			return false
		}
		l.seen[tag] = true
		return true
	}
	if once("a\x00" + local) {
		l.arts[local]++
	}
	if once("c\x00" + local + "\x00" + e.Canonical) {
		inc(l.canon, local, e.Canonical)
	}
	if once("t\x00" + local + "\x00" + e.Type) {
		inc(l.types, local, e.Type)
	}
	for i := -1; i < len(e.Names); i++ {
		n := k
		if i >= 0 {
			n = arabic.Normalize(e.Names[i])
		}
		if n != "" && once("v\x00"+n+"\x00"+local) {
			inc(l.votes, n, local)
		}
	}
	if w := strings.Fields(k); e.Type == "PER" && len(w) > 1 {
		if l.first[w[0]] == nil {
			l.first[w[0]] = map[string]bool{}
		}
		l.first[w[0]][w[1]] = true
	}
}

func inc(m map[string]map[string]int, a, b string) {
	if m[a] == nil {
		m[a] = map[string]int{}
	}
	m[a][b]++
}

// Links resolves every name and labels every actor.
func (l *ActorLinker) Links() ActorLinks {
	r := resolver{l: l, memo: map[string]string{}, skel: l.skeletons()}
	out := ActorLinks{Names: make(map[string]string, len(l.votes)), Labels: map[string]ActorLabel{}}
	for _, k := range sortedKeys(l.votes) {
		if l.arts[NameIdent(k)] > 0 {
			out.Names[k] = r.resolve(NameIdent(k))
			continue
		}
		// A name of no entity of its own: the actor it names most, its
		// forms counted together (كيم: كيم جونغ أون and the cut كيم جونغ).
		byActor := map[string]int{}
		for local, n := range l.votes[k] {
			byActor[r.resolve(local)] += n
		}
		if best, ok := dominant(byActor, ""); ok {
			out.Names[k] = best
		}
	}
	canon, types := map[string]map[string]int{}, map[string]map[string]int{}
	for _, local := range sortedKeys(l.arts) {
		id := r.resolve(local)
		for n, c := range l.canon[local] {
			inc2(canon, id, n, c)
		}
		for t, c := range l.types[local] {
			inc2(types, id, t, c)
		}
	}
	for id, names := range canon {
		// The name of its own entities first: that of the actor the
		// others were folded into (كيم جونغ أون, not the cut كيم جونغ).
		if own := l.canon[id]; len(own) > 0 {
			names = own
		}
		out.Labels[id] = ActorLabel{Name: most(names), Type: most(types[id])}
	}
	return out
}

func inc2(m map[string]map[string]int, a, b string, n int) {
	if m[a] == nil {
		m[a] = map[string]int{}
	}
	m[a][b] += n
}

// most returns the key of the largest count, the least in byte order
// among equals.
func most(m map[string]int) string {
	best, n := "", -1
	for k, c := range m {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// dominant returns the ident of most articles among votes, leaving out
// skip, when it has at least twice as many as the next one.
func dominant(votes map[string]int, skip string) (string, bool) {
	best, bestN, second := "", 0, 0
	for id, n := range votes {
		if id == skip {
			continue
		}
		switch {
		case n > bestN || (n == bestN && id < best):
			second = max(second, bestN)
			best, bestN = id, n
		default:
			second = max(second, n)
		}
	}
	return best, bestN > 0 && bestN >= 2*second
}

// resolver follows folds, memoised.
type resolver struct {
	l    *ActorLinker
	memo map[string]string
	skel map[string][]string // skeleton → name keys of entities
}

// resolve returns the ident an entity's local ident stands for.
func (r *resolver) resolve(local string) string {
	if id, ok := r.memo[local]; ok {
		return id
	}
	path := []string{}
	cur := local
	for {
		if id, ok := r.memo[cur]; ok {
			cur = id
			break
		}
		if slices.Contains(path, cur) { // a cycle: stop where it closes
			break
		}
		path = append(path, cur)
		next := r.fold(cur)
		if next == cur {
			break
		}
		cur = next
	}
	for _, p := range path {
		r.memo[p] = cur
	}
	return cur
}

// fold returns the ident an unlinked actor is folded into, one step, or
// local itself.
func (r *resolver) fold(local string) string {
	kind, k := ParseIdent(local)
	if kind != IdentName {
		return local
	}
	self := r.l.arts[local]
	best, ok := dominant(r.l.votes[k], local)
	n := r.l.votes[k][best]
	if ok && n >= 2 && (strings.Contains(k, " ") || n >= self) {
		return best
	}
	if id := r.variant(k, self); id != "" {
		return id
	}
	return local
}

// variant returns the one actor, named in at least min articles, whose
// name is a spelling of k that differs in long vowels only, outside given
// names; "" if none or several.
func (r *resolver) variant(k string, min int) string {
	words := strings.Fields(k)
	if len(words) < 2 {
		return ""
	}
	found := ""
	for _, other := range r.skel[skeleton(k)] {
		if other == k || !r.spelling(words, strings.Fields(other)) {
			continue
		}
		id, ok := dominant(r.l.votes[other], NameIdent(k))
		if !ok || id == NameIdent(k) || r.l.arts[id] < max(min, 1) {
			continue
		}
		if found != "" && found != id {
			return ""
		}
		found = id
	}
	return found
}

// spelling reports whether two names of the same skeleton differ only in
// words that are not given names.
func (r *resolver) spelling(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && (len(r.l.first[a[i]]) > 1 || len(r.l.first[b[i]]) > 1) {
			return false
		}
	}
	return true
}

// skeletons indexes the multi-word name keys by skeleton.
func (l *ActorLinker) skeletons() map[string][]string {
	out := map[string][]string{}
	for _, k := range sortedKeys(l.votes) {
		if strings.Contains(k, " ") {
			s := skeleton(k)
			out[s] = append(out[s], k)
		}
	}
	return out
}

// skeleton drops the long vowels ا و ي from a name key but at the start
// of a word: ترامب and ترمب, نتنياهو and نتانياهو, بوتين and بوتن meet.
func skeleton(k string) string {
	var b strings.Builder
	start := true
	for _, r := range k {
		switch {
		case r == ' ':
			start = true
		case !start && (r == 'ا' || r == 'و' || r == 'ي'):
			continue
		default:
			start = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
