-- 005: a place counts the events placed there in its articles
-- (store.PlaceRow.Events): look them up by article and place, from the
-- index alone. The index on article_seq alone is its prefix.

CREATE INDEX events_article_place ON events (article_seq, place_key);
DROP INDEX events_article;
