package postgres

import (
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract"
)

// queueLayers queues the inserts of the structured rows of an analysis:
// one statement per table, whose rows travel as arrays (one per column)
// and are unnested. Rows are numbered by ord, their order in the analysis.
func queueLayers(b *pgx.Batch, seq int64, an *extract.Analysis) {
	if an == nil {
		return
	}
	ents := an.Entities
	queueRows(b, "entities", seq, len(ents), []string{"ord int", "ent_id text", "canonical text", "canonical_key text",
		"type text", "actor_id text", "actor_code text", "mentions int"}, func(i int) []any {
		e := ents[i]
		return []any{i, e.ID, e.Canonical, arabic.Normalize(e.Canonical), e.Type, e.ActorID, e.ActorCode, len(e.Mentions)}
	})
	type mention struct{ entity, ord int }
	var ms []mention
	for i, e := range ents {
		for j := range e.Mentions {
			ms = append(ms, mention{i, j})
		}
	}
	queueRows(b, "mentions", seq, len(ms), []string{"entity_ord int", "ord int", "text text", "start int", `"end" int`},
		func(i int) []any {
			m := ents[ms[i].entity].Mentions[ms[i].ord]
			return []any{ms[i].entity, ms[i].ord, m.Text, m.Start, m.End}
		})
	queueRows(b, "quotes", seq, len(an.Quotes), []string{"ord int", "speaker text", "speaker_key text",
		"speaker_entity text", "speaker_kind text", "via text", "cue text", "kind text", "content text",
		"cue_start int", "cue_end int", "content_start int", "content_end int"}, func(i int) []any {
		q := an.Quotes[i]
		return []any{i, q.Speaker, arabic.Normalize(q.Speaker), q.SpeakerEntity, q.SpeakerKind, q.Via, q.Cue, q.Kind,
			q.Content, q.CueStart, q.CueEnd, q.ContentStart, q.ContentEnd}
	})
	queueRows(b, "events", seq, len(an.Events), []string{"ord int", "type text", "cameo text", "trigger text",
		"source text", "source_key text", "source_code text", "target text", "target_key text", "target_code text",
		"place text", "place_key text", "date text", "modality text", "evidence text", "ev_start int", "ev_end int"},
		func(i int) []any {
			e := an.Events[i]
			return []any{i, e.Type, e.CAMEO, e.Trigger, e.Source, arabic.Normalize(e.Source), e.SourceCode,
				e.Target, arabic.Normalize(e.Target), e.TargetCode, e.Place, arabic.Normalize(e.Place),
				e.Date, e.Modality, e.Evidence, e.EvidenceAt.Start, e.EvidenceAt.End}
		})
	queueRows(b, "places", seq, len(an.Places), []string{"ord int", "name text", "name_key text", "country text",
		"lat float8", "lon float8", "kind text", "mentions int"}, func(i int) []any {
		p := an.Places[i]
		return []any{i, p.Name, arabic.Normalize(p.Name), p.Country, p.Lat, p.Lon, p.Kind, max(1, len(p.Mentions))}
	})
	queueRows(b, "times", seq, len(an.Times), []string{"ord int", "text text", "value text", "type text",
		"start int", `"end" int`}, func(i int) []any {
		t := an.Times[i]
		return []any{i, t.Text, t.Value, t.Type, t.Start, t.End}
	})
}

// queueRows queues one INSERT of n rows into table for the article seq.
// cols are the columns as "name type"; row(i) returns the values of row i
// in that order. The rows travel column by column, as arrays:
//
//	INSERT INTO t (article_seq, c1, c2) SELECT $1, x.* FROM unnest($2::type1[], $3::type2[]) AS x(c1, c2)
func queueRows(b *pgx.Batch, table string, seq int64, n int, cols []string, row func(i int) []any) {
	if n == 0 {
		return
	}
	names := make([]string, len(cols))
	arrays := make([]string, len(cols))
	values := make([][]any, len(cols))
	for j, c := range cols {
		name, typ, _ := strings.Cut(c, " ")
		names[j] = name
		arrays[j] = "$" + strconv.Itoa(j+2) + "::" + typ + "[]"
		values[j] = make([]any, n)
	}
	for i := range n {
		for j, v := range row(i) {
			values[j][i] = v
		}
	}
	args := make([]any, 0, len(cols)+1)
	args = append(args, seq)
	for _, v := range values {
		args = append(args, v)
	}
	list := strings.Join(names, ", ")
	b.Queue(`INSERT INTO `+table+` (article_seq, `+list+`) SELECT $1, x.* FROM unnest(`+
		strings.Join(arrays, ", ")+`) AS x(`+list+`)`, args...)
}

// queueDeleteLayers queues the removal of an article's structured rows
// (mentions go with their entities).
func queueDeleteLayers(b *pgx.Batch, seq int64) {
	for _, t := range []string{"entities", "quotes", "events", "places", "times"} {
		b.Queue(`DELETE FROM `+t+` WHERE article_seq = $1`, seq)
	}
}
