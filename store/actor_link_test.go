package store

import (
	"context"
	"fmt"
	"testing"
)

// linkArticles adds n articles, each with the entities ents.
func linkArticles(l *ActorLinker, prefix string, n int, ents ...LinkEntity) {
	for i := range n {
		for _, e := range ents {
			l.Add(fmt.Sprintf("%s%d", prefix, i), e)
		}
	}
}

func per(canonical, id string, names ...string) LinkEntity {
	return LinkEntity{Type: "PER", Canonical: canonical, ActorID: id, Names: names}
}

func TestActorLinker(t *testing.T) {
	l := NewActorLinker()
	// Trump, linked by the knowledge base under several spellings, and a
	// tagger's mistake that made his surname a place.
	linkArticles(l, "t", 40, per("دونالد ترامب", "donald-trump", "ترامب", "دونالد ترامب"))
	linkArticles(l, "u", 5, per("ترمب", "donald-trump", "ترمب"))
	linkArticles(l, "v", 2, LinkEntity{Type: "LOC", Canonical: "ترامب", Names: []string{"ترامب"}})
	// Bolton, unknown to the knowledge base: by full name with his
	// surname, and by surname alone.
	linkArticles(l, "b", 6, per("جون بولتون", "", "جون بولتون", "بولتون"))
	linkArticles(l, "c", 3, per("بولتون", "", "بولتون"))
	// A cut name: the first two words of Kim Jong Un's.
	linkArticles(l, "k", 10, per("كيم جونغ أون", "", "كيم جونغ أون", "كيم جونغ", "كيم"))
	linkArticles(l, "j", 12, per("كيم جونغ", "", "كيم جونغ"))
	linkArticles(l, "y", 2, per("كيم يو جونغ", "", "كيم"))
	linkArticles(l, "z", 9, per("كيم جونغ", "", "كيم")) // كيم: 10 + 9 of one actor against 2
	// Putin linked, and a spelling the knowledge base lacks.
	linkArticles(l, "p", 30, per("فلاديمير بوتين", "vladimir-putin", "بوتين"))
	linkArticles(l, "q", 20, per("فلاديمير بوتن", "", "بوتن"))
	// Two men whose names differ in a long vowel of a given name.
	linkArticles(l, "s", 8, per("محمد سعيد", "", "محمد سعيد"), per("سعيد جليلي", ""), per("سعد الحريري", "saad-hariri"))
	linkArticles(l, "r", 4, per("محمد سعد", ""), per("سعد عبد الله", ""))
	// A first name on its own more often than inside a full name.
	linkArticles(l, "h", 10, per("هاري", ""))
	linkArticles(l, "i", 7, per("هاري كين", "", "هاري"))

	links := l.Links()
	names := []struct{ name, want string }{
		{"دونالد ترامب", "donald-trump"},
		{"ترامب", "donald-trump"},
		{"ترمب", "donald-trump"},
		{"بولتون", NameIdent("جون بولتون")},
		{"جون بولتون", NameIdent("جون بولتون")},
		{"كيم جونغ", NameIdent("كيم جونغ اون")},
		{"كيم", NameIdent("كيم جونغ اون")},
		{"فلاديمير بوتن", "vladimir-putin"},
		{"بوتن", "vladimir-putin"},
		{"محمد سعد", NameIdent("محمد سعد")},
		{"محمد سعيد", NameIdent("محمد سعيد")},
		{"هاري", NameIdent("هاري")},
		{"هاري كين", NameIdent("هاري كين")},
	}
	for _, tc := range names {
		if got := links.Names[tc.name]; got != tc.want {
			t.Errorf("Names[%s] = %q, want %q", tc.name, got, tc.want)
		}
	}
	labels := []struct {
		ident string
		want  ActorLabel
	}{
		{"donald-trump", ActorLabel{"دونالد ترامب", "PER"}},
		{NameIdent("جون بولتون"), ActorLabel{"جون بولتون", "PER"}},
		{NameIdent("كيم جونغ اون"), ActorLabel{"كيم جونغ أون", "PER"}}, // not the cut name, though more frequent
		{"vladimir-putin", ActorLabel{"فلاديمير بوتين", "PER"}},
	}
	for _, tc := range labels {
		if got := links.Labels[tc.ident]; got != tc.want {
			t.Errorf("Labels[%s] = %+v, want %+v", tc.ident, got, tc.want)
		}
	}
	for _, gone := range []string{NameIdent("ترامب"), NameIdent("بولتون"), NameIdent("فلاديمير بوتن")} {
		if _, ok := links.Labels[gone]; ok {
			t.Errorf("%s still an actor of its own", gone)
		}
	}
}

// TestActorLinkerOrder: the links do not depend on the order of the
// articles.
func TestActorLinkerOrder(t *testing.T) {
	arts := [][]LinkEntity{
		{per("جون بولتون", "", "بولتون")}, {per("جون بولتون", "", "بولتون")}, {per("بولتون", "")},
		{per("ترامب", "donald-trump")}, {LinkEntity{Type: "LOC", Canonical: "ترامب"}},
		{per("ترامب", "donald-trump")}, {per("ا ب", ""), per("ب", "", "ا ب")}, {per("ب ا", "", "ب")},
	}
	var want ActorLinks
	for round := range 4 {
		l := NewActorLinker()
		for i := range arts {
			j := (i + round*3) % len(arts)
			for _, e := range arts[j] {
				l.Add(fmt.Sprint(j), e)
			}
		}
		got := l.Links()
		if round == 0 {
			want = got
			continue
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("round %d: %v\nwant %v", round, got, want)
		}
	}
}

func TestSkeleton(t *testing.T) {
	for in, want := range map[string]string{
		"ترامب":          "ترمب",
		"نتنياهو":        "نتنه",
		"نتانياهو":       "نتنه",
		"فلاديمير بوتين": "فلدمر بتن",
		"اوباما":         "ابم",
	} {
		if got := skeleton(in); got != want {
			t.Errorf("skeleton(%s) = %s, want %s", in, got, want)
		}
	}
}

// mapLookup is an ActorLookup over maps.
type mapLookup struct {
	linked, names, canonical, codes map[string]string
}

func (m mapLookup) LinkedActor(_ context.Context, id string) (string, error) {
	if m.linked[id] != "" {
		return id, nil
	}
	return "", nil
}
func (m mapLookup) NameActor(_ context.Context, k string) (string, error) { return m.names[k], nil }
func (m mapLookup) CanonicalActor(_ context.Context, k string) (string, error) {
	return m.canonical[k], nil
}
func (m mapLookup) CodeActor(_ context.Context, c string) (string, error) { return m.codes[c], nil }

func TestResolveActor(t *testing.T) {
	l := mapLookup{
		linked:    map[string]string{"donald-trump": "x", "country:IRN": "x"},
		names:     map[string]string{"ترامب": "donald-trump", "دونالد ترامب": "donald-trump", "بولتون": NameIdent("جون بولتون"), "ايران": "country:IRN"},
		canonical: map[string]string{"جديد": NameIdent("جديد")},
		codes:     map[string]string{"USAELI": "donald-trump"},
	}
	for in, want := range map[string]string{
		"donald-trump":         "donald-trump",
		"دونالد ترامب":         "donald-trump",
		"دُونالد ترامب":        "donald-trump",
		" ترامب ":              "donald-trump",
		"بولتون":               NameIdent("جون بولتون"),
		NameIdent("بولتون"):    NameIdent("جون بولتون"),
		NameIdent("غير معروف"): NameIdent("غير معروف"),
		"جديد":                 NameIdent("جديد"),
		"إيران":                "country:IRN",
		"IRN":                  "country:IRN",
		"USAELI":               "donald-trump",
		"USAGOV":               CodeIdent("USAGOV"),
		CodeIdent("USAGOV"):    CodeIdent("USAGOV"),
		"مجهول":                NameIdent("مجهول"),
		"Irn":                  NameIdent("irn"),
	} {
		got, err := ResolveActor(context.Background(), l, in)
		if err != nil || got != want {
			t.Errorf("ResolveActor(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
