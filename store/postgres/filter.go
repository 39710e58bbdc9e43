package postgres

import (
	"strconv"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/store"
)

// conds accumulates SQL conditions with their arguments, numbered $1, $2,
// ... in the order they are added.
type conds struct {
	where []string
	args  []any
}

// arg adds an argument and returns its placeholder.
func (c *conds) arg(v any) string {
	c.args = append(c.args, v)
	return "$" + strconv.Itoa(len(c.args))
}

func (c *conds) add(cond string) { c.where = append(c.where, cond) }

// sql returns " WHERE ..." (or "") for the conditions.
func (c *conds) sql() string {
	if len(c.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(c.where, " AND ")
}

// page returns the LIMIT and OFFSET clause of f, its values as arguments
// after the conditions' own.
func (c *conds) page(f store.Filter) (string, []any) {
	n := len(c.args)
	args := append(append([]any{}, c.args...), f.PageLimit(), max(0, f.Offset))
	return " LIMIT $" + strconv.Itoa(n+1) + " OFFSET $" + strconv.Itoa(n+2), args
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
		c.add(`a.source = ` + c.arg(f.Source))
	}
	if !f.Since.IsZero() {
		c.add(`a.published_at >= ` + c.arg(f.Since))
	}
	if !f.Until.IsZero() {
		c.add(`a.published_at < ` + c.arg(f.Until))
	}
	if f.StoryID != "" {
		c.add(`a.story_id = ` + c.arg(f.StoryID))
	}
	if f.ArticleID != "" {
		c.add(`a.id = ` + c.arg(f.ArticleID))
	}
	if f.Actor != "" && !skipped("actor") {
		c.add(store.NewActorSQL(f.Actor, c.arg).Articles("a.seq")) // f.Actor resolved (resolveActor)
	}
	if f.EntityType != "" && !skipped("entity_type") {
		c.add(`EXISTS (SELECT 1 FROM entities ft WHERE ft.article_seq = a.seq AND ft.type = ` + c.arg(f.EntityType) + `)`)
	}
	if f.EventType != "" && !skipped("event_type") {
		c.add(`EXISTS (SELECT 1 FROM events fv WHERE fv.article_seq = a.seq AND fv.type = ` + c.arg(f.EventType) +
			` AND fv.confidence >= ` + c.arg(f.MinConfidence) + `)`)
	}
	if f.Place != "" && !skipped("place") {
		k, code := c.arg(arabic.Normalize(f.Place)), c.arg(f.Place)
		c.add(`EXISTS (SELECT 1 FROM places fp WHERE fp.article_seq = a.seq
			AND (fp.name_key = ` + k + ` OR fp.country = ` + code + `))`)
	}
}
