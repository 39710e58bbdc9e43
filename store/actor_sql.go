package store

import "strconv"

// The SQL of actor identity, shared by the SQLite and PostgreSQL stores:
// both keep the entities in a table entities (article_seq, ent_id,
// canonical_key, actor_id, actor_code), the link table in actor_names
// (name_key, ident) and the labels in actor_labels (ident, name, type).

// ActorIdentSQL is the ident of entity row e (see ActorIdentJoin): its
// actor ID, else the ident the link table gives its name, else its name's.
func ActorIdentSQL(e, an string) string {
	return `CASE WHEN ` + e + `.actor_id <> '' THEN ` + e + `.actor_id ELSE COALESCE(` + an + `.ident, '` +
		namePrefix + `' || ` + e + `.canonical_key) END`
}

// ActorIdentJoin joins the link table an to the entity rows e that need it.
func ActorIdentJoin(e, an string) string {
	return ` LEFT JOIN actor_names ` + an + ` ON ` + e + `.actor_id = '' AND ` + an + `.name_key = ` + e + `.canonical_key`
}

// ActorSQL writes the conditions that keep the rows of one resolved actor
// (an ident from ResolveActor). Arg adds an argument and returns its
// placeholder; the conditions call it in the order their placeholders
// appear, so positional placeholders (?) work as numbered ones ($1) do.
type ActorSQL struct {
	kind  IdentKind
	ident string
	value string
	arg   func(any) string
}

// NewActorSQL returns the SQL writer of ident.
func NewActorSQL(ident string, arg func(any) string) ActorSQL {
	kind, v := ParseIdent(ident)
	return ActorSQL{kind: kind, ident: ident, value: v, arg: arg}
}

// key is the condition that the name key in col designates the actor.
func (s ActorSQL) key(col string) string {
	q := col + ` IN (SELECT name_key FROM actor_names WHERE ident = ` + s.arg(s.ident) + `)`
	if s.kind == IdentName {
		q = `(` + q + ` OR (` + col + ` = ` + s.arg(s.value) +
			` AND NOT EXISTS (SELECT 1 FROM actor_names WHERE name_key = ` + s.arg(s.value) + `)))`
	}
	return q
}

// Entity is the condition that entity row e is the actor's (for a code,
// that it bears the code). The redundant "<> ”" terms let SQLite use its
// partial indexes on actor_id and actor_code.
func (s ActorSQL) Entity(e string) string {
	switch s.kind {
	case IdentCode:
		return `(` + e + `.actor_code = ` + s.arg(s.value) + ` AND ` + e + `.actor_code <> '')`
	case IdentName:
		return `(` + e + `.actor_id = '' AND ` + s.key(e+`.canonical_key`) + `)`
	}
	return `((` + e + `.actor_id = ` + s.arg(s.value) + ` AND ` + e + `.actor_id <> '') OR (` + e + `.actor_id = '' AND ` +
		s.key(e+`.canonical_key`) + `))`
}

// keys is the subquery of every name key a row of the actor's may have:
// the canonical names of its entities and the names that designate it.
func (s ActorSQL) keys() string {
	return `SELECT xk.canonical_key FROM entities xk WHERE ` + s.Entity("xk") +
		` UNION SELECT name_key FROM actor_names WHERE ident = ` + s.arg(s.ident)
}

// Articles is the condition that the article whose seq is in col names
// the actor.
func (s ActorSQL) Articles(col string) string {
	return col + ` IN (SELECT xe.article_seq FROM entities xe WHERE ` + s.Entity("xe") + `)`
}

// Quote is the condition that quote q is the actor's: its speaker's
// entity is, or, for a speaker without an entity, its name designates the
// actor.
func (s ActorSQL) Quote(q string) string {
	in := `(` + q + `.article_seq, ` + q + `.speaker_entity) IN (SELECT xe.article_seq, xe.ent_id FROM entities xe WHERE ` +
		s.Entity("xe") + `)`
	if s.kind == IdentCode {
		return in
	}
	return `(` + in + ` OR (` + q + `.speaker_entity = '' AND ` + s.key(q+`.speaker_key`) + `))`
}

// Event is the condition that the actor is event ev's source (role
// RoleSource), target (RoleTarget) or either (""): the entity of its
// article named so is the actor's, or, for a name that is no linked
// entity of the article, the name designates the actor.
func (s ActorSQL) Event(ev, role string) string {
	side := func(key, code string) string {
		if s.kind == IdentCode {
			return ev + `.` + code + ` = ` + s.arg(s.value)
		}
		linked := `EXISTS (SELECT 1 FROM entities xe WHERE xe.article_seq = ` + ev + `.article_seq AND xe.canonical_key = ` +
			ev + `.` + key + ` AND xe.actor_id <> ''`
		// Placeholders are taken in the order they appear.
		var q string
		if s.kind == IdentLinked {
			q = linked + ` AND xe.actor_id = ` + s.arg(s.value) + `) OR `
		}
		q += `(` + s.key(ev+`.`+key) + ` AND NOT ` + linked + `))`
		return `(` + q + `)`
	}
	// First the events whose names may be the actor's, through the
	// indexes on them; then the exact test of each.
	pre := func(key string) string {
		if s.kind == IdentCode {
			return ``
		}
		return ev + `.` + key + ` IN (` + s.keys() + `) AND `
	}
	switch role {
	case RoleSource:
		return `(` + pre("source_key") + side("source_key", "source_code") + `)`
	case RoleTarget:
		return `(` + pre("target_key") + side("target_key", "target_code") + `)`
	}
	return `((` + pre("source_key") + side("source_key", "source_code") + `) OR (` +
		pre("target_key") + side("target_key", "target_code") + `))`
}

// ActorFacetSQL is the query of the actors facet of a search: the label,
// type and number of articles of each actor named in the articles whose
// seqs the subquery set selects, most named first, its LIMIT left to the
// caller. collate is appended to the text ordered on (` COLLATE "C"` for
// PostgreSQL to order as SQLite does).
func ActorFacetSQL(set, collate string) string {
	name := `COALESCE(x.name, g.name)`
	return `SELECT ` + name + `, COALESCE(x.type, g.type), g.c FROM (
		SELECT ` + ActorIdentSQL("e", "an") + ` AS k, MAX(e.canonical` + collate + `) AS name, MAX(e.type` + collate + `) AS type,
			COUNT(DISTINCT e.article_seq) AS c
		FROM entities e` + ActorIdentJoin("e", "an") + ` WHERE e.article_seq IN (` + set + `) GROUP BY 1) g
		LEFT JOIN actor_labels x ON x.ident = g.k ORDER BY g.c DESC, ` + name + collate
}

// ActorIsSQL is the condition that entity row e is the actor whose ident
// is the SQL expression ident (a column of another table, as in a
// correlated subquery): ActorSQL.Entity without arguments.
func ActorIsSQL(e, ident string) string {
	return `((` + e + `.actor_id = ` + ident + ` AND ` + e + `.actor_id <> '') OR (` + e + `.actor_id = '' AND (` +
		e + `.canonical_key IN (SELECT name_key FROM actor_names WHERE ident = ` + ident + `) OR (` +
		e + `.canonical_key = substr(` + ident + `, ` + strconv.Itoa(len(namePrefix)+1) + `) AND ` +
		ident + ` = '` + namePrefix + `' || ` + e + `.canonical_key AND NOT EXISTS (SELECT 1 FROM actor_names WHERE name_key = ` +
		e + `.canonical_key)))))`
}
