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

// sql returns " WHERE ..." (or "") for the conditions.
func (c *conds) sql() string {
	if len(c.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(c.where, " AND ")
}

// articleConds adds the article-level conditions of f for the articles
// table aliased a. Actor, EntityType, EventType and Place become EXISTS
// tests unless skip names them (when the caller filters those rows itself).
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
		c.add(`EXISTS (SELECT 1 FROM entities fe WHERE fe.article_seq = a.seq
			AND (fe.canonical_key = ? OR fe.actor_id = ? OR fe.actor_code = ?))`,
			arabic.Normalize(f.Actor), f.Actor, f.Actor)
	}
	if f.EntityType != "" && !skipped("entity_type") {
		c.add(`EXISTS (SELECT 1 FROM entities ft WHERE ft.article_seq = a.seq AND ft.type = ?)`, f.EntityType)
	}
	if f.EventType != "" && !skipped("event_type") {
		c.add(`EXISTS (SELECT 1 FROM events fv WHERE fv.article_seq = a.seq AND fv.type = ?)`, f.EventType)
	}
	if f.Place != "" && !skipped("place") {
		c.add(`EXISTS (SELECT 1 FROM places fp WHERE fp.article_seq = a.seq AND (fp.name_key = ? OR fp.country = ?))`,
			arabic.Normalize(f.Place), f.Place)
	}
}
