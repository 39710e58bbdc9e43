package storetest

import (
	"fmt"
	"strings"
	"time"

	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/store"
)

// actorEnt is an entity of an actor fixture: its mentions are the first
// occurrences in the body of each of its names, in order.
type actorEnt struct {
	canonical, typ, actorID, code string
	names                         []string
}

// actorArticle is an article of ActorCorpus.
type actorArticle struct {
	id, story, body string
	ents            []actorEnt
	quotes          [][2]string // speaker entity (its index, "" none), speaker name
	events          [][2]string // source, target (entity canonical names or other words)
}

// ActorCorpus is a small store of one person, one state and one
// unlinked person named in several forms: Trump by the knowledge base's
// ID under two spellings and once as a "place" by a tagger's mistake;
// Bolton, unknown to the knowledge base, by full name and by surname;
// Iran by name, code and ID; two Iranian bodies that share a code.
func ActorCorpus() []*store.Article {
	trump := func(canonical string, names ...string) actorEnt {
		return actorEnt{canonical, entity.PER, "donald-trump", "USAGOV", names}
	}
	iran := actorEnt{"إيران", entity.LOC, "country:IRN", "IRN", []string{"إيران"}}
	arts := []actorArticle{
		{id: "t1", story: "st1", body: "قال الرئيس دونالد ترامب إن إيران لن تحصل على سلاح نووي، وأضاف ترامب أن العقوبات ستعود.",
			ents:   []actorEnt{trump("دونالد ترامب", "دونالد ترامب", "ترامب"), iran},
			quotes: [][2]string{{"0", "دونالد ترامب"}}, events: [][2]string{{"دونالد ترامب", "إيران"}}},
		{id: "t2", story: "st1", body: "هددت إيران بالرد على ترمب وقالت إن الاتفاق باق، وقال ترمب إن الاتفاق سيئ.",
			ents:   []actorEnt{trump("ترمب", "ترمب"), iran},
			quotes: [][2]string{{"0", "ترمب"}, {"1", "إيران"}}, events: [][2]string{{"إيران", "ترمب"}}},
		{id: "t3", body: "وصل جون بولتون إلى البيت الأبيض، وقال بولتون إن لقاء ترامب مع كيم ممكن.",
			ents: []actorEnt{{"جون بولتون", entity.PER, "", "", []string{"جون بولتون", "بولتون"}},
				{"ترامب", entity.LOC, "", "", []string{"ترامب"}}},
			quotes: [][2]string{{"0", "جون بولتون"}}},
		{id: "t4", story: "st2", body: "قال بولتون إن على إيران أن توقف برنامجها، واتهم بولتون طهران.",
			ents:   []actorEnt{{"بولتون", entity.PER, "", "", []string{"بولتون"}}, iran},
			quotes: [][2]string{{"0", "بولتون"}}, events: [][2]string{{"بولتون", "إيران"}}},
		{id: "t5", story: "st2", body: "التقى جون بولتون دونالد ترامب، وقال بولتون إن ترامب حاسم.",
			ents: []actorEnt{{"جون بولتون", entity.PER, "", "", []string{"جون بولتون", "بولتون"}},
				trump("دونالد ترامب", "دونالد ترامب", "ترامب")}},
		{id: "t6", body: "ردت الحكومة الإيرانية، وقالت الخارجية الإيرانية إن الرد قادم. وقال متحدث إن القرار نهائي.",
			ents: []actorEnt{{"الحكومة الإيرانية", entity.ORG, "", "IRNGOV", []string{"الحكومة الإيرانية"}},
				{"الخارجية الإيرانية", entity.ORG, "", "IRNGOV", []string{"الخارجية الإيرانية"}}},
			quotes: [][2]string{{"1", "الخارجية الإيرانية"}, {"", "متحدث"}}},
		// A copy of t5: counted only with duplicates.
		{id: "t7", story: "st2", body: "التقى جون بولتون دونالد ترامب، وقال بولتون إن ترامب حاسم!",
			ents: []actorEnt{{"جون بولتون", entity.PER, "", "", []string{"جون بولتون", "بولتون"}},
				trump("دونالد ترامب", "دونالد ترامب", "ترامب")}},
	}
	out := make([]*store.Article, len(arts))
	for i, x := range arts {
		out[i] = x.article(Day().AddDate(0, 0, i))
	}
	out[6].DuplicateOf = "t5"
	return out
}

func (x actorArticle) article(pub time.Time) *store.Article {
	x.body += " وقيل إن الموقف ثابت."
	an := &extract.Analysis{Version: extract.SchemaVersion, ID: x.id, Source: "src", Title: "عنوان " + x.id, Body: x.body,
		Published: pub.Format(time.RFC3339), Format: "text", Authors: []string{}, Subheadings: []string{}}
	for i, e := range x.ents {
		ent := entity.Entity{ID: fmt.Sprintf("E%d", i+1), Canonical: e.canonical, Type: e.typ, ActorID: e.actorID, ActorCode: e.code}
		off := 0
		for _, n := range e.names {
			j := strings.Index(x.body[off:], n)
			if j < 0 {
				panic("storetest: " + x.id + ": no mention " + n)
			}
			ent.Mentions = append(ent.Mentions, entity.Mention{Text: n, Start: off + j, End: off + j + len(n)})
			off += j + len(n)
		}
		an.Entities = append(an.Entities, ent)
	}
	for _, q := range x.quotes {
		qq := quote.Quote{Speaker: q[1], SpeakerKind: "person", Cue: "قال", Kind: "indirect", Content: "الموقف ثابت"}
		if q[0] != "" {
			qq.SpeakerEntity = "E" + string(rune('1'+q[0][0]-'0'))
		}
		an.Quotes = append(an.Quotes, qq)
	}
	for _, e := range x.events {
		an.Events = append(an.Events, event.Event{Type: "THREATEN", Source: e[0], Target: e[1], Modality: "asserted", Evidence: x.body})
	}
	return &store.Article{ID: x.id, Source: "src", Title: an.Title, Body: x.body, Published: pub,
		Raw: []byte(x.body), RawFormat: "text", StoryID: x.story, Analysis: an}
}

// ActorForms lists, by public ID (store.PublicActorID), the forms a user
// may call each actor of ActorCorpus by: ID, canonical name, spellings,
// surname, code.
func ActorForms() map[string][]string {
	return map[string][]string{
		"donald-trump": {"donald-trump", "دونالد ترامب", "دونالدْ ترامب", "ترامب", "ترمب", "وترمب", "USAGOV"},
		"جون بولتون":   {"جون بولتون", "بولتون"},
		"country:IRN":  {"country:IRN", "إيران", "ايران", "IRN"},
	}
}
