-- Free-text search over both languages' titles and summaries. The list query filters with
-- initiative_search_text(...) ILIKE '%word%'; the trigram GIN index serves such substring searches, including
-- Japanese text (no word segmentation needed). Needs the pg_trgm contrib module (part of PostgreSQL's standard
-- distribution and of the embedded binaries); CREATE EXTENSION needs a role allowed to create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION initiative_search_text(title_ja TEXT, title_en TEXT, summary_ja TEXT, summary_en TEXT)
    RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN coalesce(title_ja, '') || ' ' || coalesce(title_en, '') || ' ' || coalesce(summary_ja, '') || ' '
        || coalesce(summary_en, '');

CREATE INDEX ix_initiative_search_text ON initiative
    USING gin (initiative_search_text(title_ja, title_en, summary_ja, summary_en) gin_trgm_ops);

CREATE INDEX ix_initiative_updated_at ON initiative (updated_at, id);
