package sqlite

import (
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/store"
)

// conds accumulates SQL conditions with their arguments.
type conds struct {
	where []string
	args  []any
}

func (c *conds) add(cond string, args ...any) {
	c.where = append(c.where, cond)
	c.args = append(c.args, args...)
}

// arg adds an argument and returns its placeholder, for conditions built
// piecewise (store.ActorSQL): add such a condition with no more arguments.
func (c *conds) arg(v any) string {
	c.args = append(c.args, v)
	return "?"
}

// sql returns " WHERE ..." (or "") for the conditions.
func (c *conds) sql() string {
	if len(c.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(c.where, " AND ")
}

// articleConds adds the article-level conditions of f for the articles
// table aliased a; f.Actor must be resolved (resolveActor). Actor,
// EntityType, EventType and Place become tests on their tables unless
// skip names them (when the caller filters those rows itself).
func articleConds(c *conds, f store.Filter, skip ...string) {
	skipped := func(name string) bool {
		for _, s := range skip {
			if s == name {
				return true
			}
		}
		return false
	}
	if !f.IncludeDuplicates {
		c.add(`a.duplicate_of = ''`)
	}
	if f.Source != "" {
		c.add(`a.source = ?`, f.Source)
	}
	if !f.Since.IsZero() {
		c.add(`a.published_at >= ?`, f.Since.Unix())
	}
	if !f.Until.IsZero() {
		c.add(`a.published_at < ?`, f.Until.Unix())
	}
	if f.StoryID != "" {
		c.add(`a.story_id = ?`, f.StoryID)
	}
	if f.ArticleID != "" {
		c.add(`a.id = ?`, f.ArticleID)
	}
	if f.Actor != "" && !skipped("actor") {
		c.add(store.NewActorSQL(f.Actor, c.arg).Articles("a.seq")) // f.Actor resolved (resolveActor)
	}
	if f.EntityType != "" && !skipped("entity_type") {
		c.add(`EXISTS (SELECT 1 FROM entities ft WHERE ft.article_seq = a.seq AND ft.type = ?)`, f.EntityType)
	}
	if f.EventType != "" && !skipped("event_type") {
		c.add(`EXISTS (SELECT 1 FROM events fv WHERE fv.article_seq = a.seq AND fv.type = ? AND fv.confidence >= ?)`,
			f.EventType, f.MinConfidence)
	}
	if f.Place != "" && !skipped("place") {
		c.add(`EXISTS (SELECT 1 FROM places fp WHERE fp.article_seq = a.seq AND (fp.name_key = ? OR fp.country = ?))`,
			arabic.Normalize(f.Place), f.Place)
	}
}
