package sqlite

// The statements of the write path, prepared once per database (stmtCache).
const (
	qExisting      = `SELECT id FROM articles WHERE content_hash = ? OR id = ? LIMIT 1`
	qInsertArticle = `INSERT INTO articles
		(id, url, source, title, published, published_at, body, raw, raw_format,
		 content_hash, text_hash, duplicate_of, story_id, analysis, added)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`
	qUpsertStory = `INSERT INTO stories (id, title, created) VALUES (?, ?, ?)
		ON CONFLICT (id) DO NOTHING`
	qInsertEntity = `INSERT INTO entities
			(article_seq, ent_id, canonical, canonical_key, type, actor_id, actor_code, mentions)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	qInsertMention = `INSERT INTO mentions (entity_rid, article_seq, text, start, "end")
				VALUES (?, ?, ?, ?, ?)`
	qInsertQuote = `INSERT INTO quotes
			(article_seq, speaker, speaker_key, speaker_entity, speaker_kind, via, cue, kind, content,
			 cue_start, cue_end, content_start, content_end, confidence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qInsertEvent = `INSERT INTO events
			(article_seq, type, cameo, trigger, source, source_key, source_code, target, target_key,
			 target_code, place, place_key, date, modality, evidence, ev_start, ev_end, confidence, ev_key)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qInsertPlace = `INSERT INTO places
			(article_seq, name, name_key, country, lat, lon, kind, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	qInsertTime = `INSERT INTO times (article_seq, text, value, type, start, "end")
			VALUES (?, ?, ?, ?, ?, ?)`
	// Each put of a group or batch is in a savepoint of its own.
	qSavepoint  = `SAVEPOINT put`
	qRelease    = `RELEASE put`
	qRollbackTo = `ROLLBACK TO put`
)

// writeQueries are the statements stmtCache prepares when the database opens.
var writeQueries = [...]string{qExisting, qInsertArticle, qInsertFTS, qDeleteFTS, qPutTerms, qUpsertStory, qInsertEntity, qInsertMention, qInsertQuote, qInsertEvent, qInsertPlace, qInsertTime,
	qSavepoint, qRelease, qRollbackTo}
