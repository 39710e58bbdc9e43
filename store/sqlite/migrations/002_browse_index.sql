-- 002: browsing and counting the articles that are not duplicates (the
-- default view) from a small partial index instead of the wide table.

CREATE INDEX articles_original ON articles (published_at, seq) WHERE duplicate_of = '';
