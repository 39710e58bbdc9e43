-- 004: a place counts the events placed there in its articles
-- (store.PlaceRow.Events): look them up by article and place.

CREATE INDEX events_article_place ON events (article_seq, place_key);
