package postgres

import (
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/store"
)

// layered is an article's analysis with the seq its rows are stored under.
type layered struct {
	seq int64
	an  *extract.Analysis // nil: no rows
}

// queueLayers queues the inserts of the structured rows of the analyses
// of arts: one statement per table for all of them, whose rows travel as
// arrays (one per column) and are unnested. Rows are numbered by ord,
// their order in the analysis.
func queueLayers(b *pgx.Batch, arts ...layered) {
	ents := newRowSet("entities", "ord int", "ent_id text", "canonical text", "canonical_key text",
		"type text", "actor_id text", "actor_code text", "mentions int")
	ments := newRowSet("mentions", "entity_ord int", "ord int", "text text", "start int", `"end" int`)
	quotes := newRowSet("quotes", "ord int", "speaker text", "speaker_key text",
		"speaker_entity text", "speaker_kind text", "via text", "cue text", "kind text", "content text",
		"cue_start int", "cue_end int", "content_start int", "content_end int", "confidence float8")
	events := newRowSet("events", "ord int", "type text", "cameo text", "trigger text",
		"source text", "source_key text", "source_code text", "target text", "target_key text", "target_code text",
		"place text", "place_key text", "date text", "modality text", "evidence text", "ev_start int", "ev_end int",
		"confidence float8", "ev_key int8")
	places := newRowSet("places", "ord int", "name text", "name_key text", "country text",
		"lat float8", "lon float8", "kind text", "mentions int")
	times := newRowSet("times", "ord int", "text text", "value text", "type text", "start int", `"end" int`)
	for _, a := range arts {
		an, seq := a.an, a.seq
		if an == nil {
			continue
		}
		for i, e := range an.Entities {
			ents.add(seq, i, e.ID, e.Canonical, arabic.Normalize(e.Canonical), e.Type, e.ActorID, e.ActorCode, len(e.Mentions))
			for j, m := range e.Mentions {
				ments.add(seq, i, j, m.Text, m.Start, m.End)
			}
		}
		for i, q := range an.Quotes {
			quotes.add(seq, i, q.Speaker, arabic.Normalize(q.Speaker), q.SpeakerEntity, q.SpeakerKind, q.Via, q.Cue, q.Kind,
				q.Content, q.CueStart, q.CueEnd, q.ContentStart, q.ContentEnd, q.Confidence)
		}
		for i, e := range an.Events {
			events.add(seq, i, e.Type, e.CAMEO, e.Trigger, e.Source, arabic.Normalize(e.Source), e.SourceCode,
				e.Target, arabic.Normalize(e.Target), e.TargetCode, e.Place, arabic.Normalize(e.Place),
				e.Date, e.Modality, e.Evidence, e.EvidenceAt.Start, e.EvidenceAt.End, e.Confidence,
				store.EventKey(e.Type, e.Source, e.Target, e.Evidence))
		}
		for i, p := range an.Places {
			places.add(seq, i, p.Name, arabic.Normalize(p.Name), p.Country, p.Lat, p.Lon, p.Kind, max(1, len(p.Mentions)))
		}
		for i, t := range an.Times {
			times.add(seq, i, t.Text, t.Value, t.Type, t.Start, t.End)
		}
	}
	// Mentions after their entities (a foreign key).
	for _, r := range []*rowSet{ents, ments, quotes, events, places, times} {
		r.queue(b)
	}
}

// rowSet gathers the rows of one table, column by column, for one INSERT:
//
//	INSERT INTO t (article_seq, c1, c2) SELECT x.* FROM unnest($1::bigint[], $2::type1[], $3::type2[]) AS x(article_seq, c1, c2)
type rowSet struct {
	table  string
	names  []string // article_seq first
	types  []string
	values [][]any // per column
}

// newRowSet returns an empty rowSet of table, whose columns after
// article_seq are cols, as "name type".
func newRowSet(table string, cols ...string) *rowSet {
	r := &rowSet{table: table, names: []string{"article_seq"}, types: []string{"bigint"}}
	for _, c := range cols {
		name, typ, _ := strings.Cut(c, " ")
		r.names = append(r.names, name)
		r.types = append(r.types, typ)
	}
	r.values = make([][]any, len(r.names))
	return r
}

// add appends the row of article seq whose other columns are vals.
func (r *rowSet) add(seq int64, vals ...any) {
	r.values[0] = append(r.values[0], seq)
	for j, v := range vals {
		r.values[j+1] = append(r.values[j+1], v)
	}
}

// queue queues the INSERT of the rows, if there are any.
func (r *rowSet) queue(b *pgx.Batch) {
	if len(r.values[0]) == 0 {
		return
	}
	arrays := make([]string, len(r.names))
	args := make([]any, len(r.names))
	for j := range r.names {
		arrays[j] = "$" + strconv.Itoa(j+1) + "::" + r.types[j] + "[]"
		args[j] = r.values[j]
	}
	list := strings.Join(r.names, ", ")
	b.Queue(`INSERT INTO `+r.table+` (`+list+`) SELECT x.* FROM unnest(`+
		strings.Join(arrays, ", ")+`) AS x(`+list+`)`, args...)
}

// queueDeleteLayers queues the removal of an article's structured rows
// (mentions go with their entities).
func queueDeleteLayers(b *pgx.Batch, seq int64) {
	for _, t := range []string{"entities", "quotes", "events", "places", "times"} {
		b.Queue(`DELETE FROM `+t+` WHERE article_seq = $1`, seq)
	}
}
