-- What the SQLite file does with its own machinery, done on the office server (see schema.py).
-- Statements are separated by lines holding only ";;" (function bodies contain ";"); the functions
-- before the "after the tables" line are created first (the tables' CHECKs call json_valid).

-- SQLite functions the repositories call ------------------------------------------------------
CREATE OR REPLACE FUNCTION json_valid(doc text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
    PERFORM doc::json;
    RETURN true;
EXCEPTION WHEN others THEN
    RETURN false;
END $$
;;
-- json_each over JSON text: an object's members in their written order, an array's elements.
CREATE OR REPLACE FUNCTION json_each(doc text) RETURNS TABLE (key text, value text) LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT e.key, e.value FROM json_each_text(CASE WHEN json_typeof(doc::json) = 'object' THEN doc::json ELSE '{}'::json END) e
    UNION ALL
    SELECT (o.n - 1)::text, o.v FROM json_array_elements_text(CASE WHEN json_typeof(doc::json) = 'array' THEN doc::json
                                                                    ELSE '[]'::json END) WITH ORDINALITY AS o(v, n)
$$
;;
CREATE OR REPLACE FUNCTION json_extract(doc text, path text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT doc::json #>> string_to_array(substr(path, 3), '.')
$$
;;
-- substr of a moment reads its local ISO text, as substr of the SQLite file's text does
CREATE OR REPLACE FUNCTION substr(moment timestamptz, start integer, len integer) RETURNS text LANGUAGE sql STABLE STRICT AS $$
    SELECT substr(to_char(moment, 'YYYY-MM-DD"T"HH24:MI:SS'), start, len)
$$
;;
CREATE OR REPLACE FUNCTION substr(moment timestamptz, start integer) RETURNS text LANGUAGE sql STABLE STRICT AS $$
    SELECT substr(to_char(moment, 'YYYY-MM-DD"T"HH24:MI:SS'), start)
$$
;;
-- ---- after the tables ----
-- Ids: the next one after the largest, as SQLite gives a rowid; the writers' lock (taken here too, for a
-- statement outside a transaction) makes it safe.
CREATE OR REPLACE FUNCTION kjcg_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(/*WRITE_LOCK_KEY*/);
    EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO NEW.id;
    RETURN NEW;
END $$
;;
-- Row versions of editable records: every update raises it (storage/versions.py refuses a stale save).
CREATE OR REPLACE FUNCTION kjcg_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    RETURN NEW;
END $$
;;
/*ID_TRIGGERS*/
;;
-- The event log: append-only, its head advanced by every append --------------------------------
CREATE OR REPLACE FUNCTION kjcg_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION '事件日志只能追加，不能修改' USING ERRCODE = 'check_violation';
    END IF;
    RAISE EXCEPTION '事件日志只能追加，不能删除' USING ERRCODE = 'check_violation';
END $$
;;
DROP TRIGGER IF EXISTS events_no_change ON events
;;
CREATE TRIGGER events_no_change BEFORE UPDATE OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION kjcg_events_append_only()
;;
DROP TRIGGER IF EXISTS events_no_truncate ON events
;;
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION kjcg_events_append_only()
;;
CREATE OR REPLACE FUNCTION kjcg_events_advance_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_head SET last_id = NEW.id, last_hash = NEW.hash, count = count + 1 WHERE id = 1;
    RETURN NULL;
END $$
;;
DROP TRIGGER IF EXISTS events_advance_head ON events
;;
CREATE TRIGGER events_advance_head AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION kjcg_events_advance_head()
;;
INSERT INTO event_head (id, last_id, last_hash, count)
SELECT 1, coalesce((SELECT max(id) FROM events), 0),
       coalesce((SELECT hash FROM events ORDER BY id DESC LIMIT 1), repeat('0', 64)), (SELECT count(*) FROM events)
WHERE NOT EXISTS (SELECT 1 FROM event_head)
;;
CREATE OR REPLACE FUNCTION kjcg_event_head_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        RAISE EXCEPTION '事件日志头记录只能有一条' USING ERRCODE = 'check_violation';
    END IF;
    RAISE EXCEPTION '事件日志头记录不能删除' USING ERRCODE = 'check_violation';
END $$
;;
DROP TRIGGER IF EXISTS event_head_fixed ON event_head
;;
CREATE TRIGGER event_head_fixed BEFORE INSERT OR DELETE ON event_head FOR EACH ROW EXECUTE FUNCTION kjcg_event_head_fixed()
;;
-- The ledger's search: the same text as SQLite's FTS5 table, trigram-indexed by pg_trgm --------
CREATE TABLE IF NOT EXISTS achievement_fts (
    rowid bigint PRIMARY KEY REFERENCES achievements(id) ON DELETE CASCADE,
    doc   text NOT NULL,
    chars text[] NOT NULL DEFAULT '{}'  -- the characters of doc, for terms of 1-2 characters (below)
)
;;
CREATE INDEX IF NOT EXISTS achievement_fts_doc_trgm ON achievement_fts USING gin (doc gin_trgm_ops)
;;
-- Terms of 1 or 2 characters, which trigrams cannot serve, have their own index: the set of
-- characters of each text (GIN over an array), so a short term reads only the texts that contain
-- all of its characters and checks those with LIKE.
CREATE OR REPLACE FUNCTION kjcg_chars(doc text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT c), '{}') FROM regexp_split_to_table(doc, '') AS c
$$
;;
-- The text is kept in lower case and searched with LIKE on a lowered pattern: as case-insensitive as
-- SQLite's search, and LIKE reads Chinese text several times faster than ILIKE.
CREATE OR REPLACE FUNCTION kjcg_fts_lower() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.doc := lower(NEW.doc);
    NEW.chars := kjcg_chars(NEW.doc);
    RETURN NEW;
END $$
;;
DROP TRIGGER IF EXISTS achievement_fts_lower ON achievement_fts
;;
CREATE TRIGGER achievement_fts_lower BEFORE INSERT OR UPDATE ON achievement_fts FOR EACH ROW EXECUTE FUNCTION kjcg_fts_lower()
;;
CREATE OR REPLACE FUNCTION kjcg_reindex(aid bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    text_of text;
BEGIN
    SELECT /*SEARCH_DOC*/ INTO text_of FROM achievements a WHERE a.id = aid;
    IF NOT FOUND THEN
        DELETE FROM achievement_fts WHERE rowid = aid;
    ELSE
        INSERT INTO achievement_fts (rowid, doc) VALUES (aid, text_of)
        ON CONFLICT (rowid) DO UPDATE SET doc = excluded.doc;
    END IF;
END $$
;;
-- A bulk import sets kjcg.defer_search for its transaction and indexes its new rows at the end.
CREATE OR REPLACE FUNCTION kjcg_search_deferred() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('kjcg.defer_search', true), '') = 'on'
$$
;;
CREATE OR REPLACE FUNCTION kjcg_achievements_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND kjcg_search_deferred() THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM kjcg_reindex(NEW.id);
    END IF;
    RETURN NULL;
END $$
;;
DROP TRIGGER IF EXISTS achievements_search ON achievements
;;
CREATE TRIGGER achievements_search AFTER INSERT OR UPDATE OF name, ledger_no, application_no, patent_no, registration_no,
    keywords, extra ON achievements FOR EACH ROW EXECUTE FUNCTION kjcg_achievements_search()
;;
CREATE OR REPLACE FUNCTION kjcg_inventors_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND kjcg_search_deferred() THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM kjcg_reindex(OLD.achievement_id);
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.achievement_id <> OLD.achievement_id) THEN
        PERFORM kjcg_reindex(NEW.achievement_id);
    END IF;
    RETURN NULL;
END $$
;;
DROP TRIGGER IF EXISTS inventors_search ON inventors
;;
CREATE TRIGGER inventors_search AFTER INSERT OR DELETE OR UPDATE OF name, achievement_id, position ON inventors
    FOR EACH ROW EXECUTE FUNCTION kjcg_inventors_search()
;;
-- The catalogue as the repositories ask SQLite's (which tables and indexes exist); an index that
-- backs a key has no statement, as SQLite's automatic indexes have none.
CREATE OR REPLACE VIEW sqlite_master AS
    SELECT 'table'::text AS type, c.relname::text AS name, c.relname::text AS tbl_name, NULL::text AS sql
      FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v')
    UNION ALL
    SELECT 'index'::text, i.indexname::text, i.tablename::text,
           CASE WHEN EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname) THEN NULL ELSE i.indexdef END
      FROM pg_indexes i WHERE i.schemaname = current_schema()
;;
-- An FTS5 phrase ("term", quotes doubled) as a LIKE pattern matching the term anywhere.
CREATE OR REPLACE FUNCTION kjcg_phrase_pattern(phrase text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT '%' || replace(replace(replace(replace(substr(phrase, 2, length(phrase) - 2), '""', '"'), '\', '\\'), '%', '\%'),
                          '_', '\_') || '%'
$$
;;
CREATE OR REPLACE VIEW achievement_fts_content AS SELECT rowid AS id, doc || '' AS c0 FROM achievement_fts
;;
-- The characters a LIKE pattern requires (its wildcards and escapes left out: fewer, never more)
CREATE OR REPLACE FUNCTION kjcg_pattern_chars(pattern text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT c), '{}') FROM regexp_split_to_table(pattern, '') AS c WHERE c NOT IN ('%', '_', '\')
$$
;;
CREATE INDEX IF NOT EXISTS achievement_fts_doc_chars ON achievement_fts USING gin (chars)
;;
CREATE OR REPLACE FUNCTION kjcg_short_search(pattern text) RETURNS TABLE (id bigint) LANGUAGE sql STABLE AS $$
    SELECT rowid FROM achievement_fts WHERE chars @> kjcg_pattern_chars(pattern) AND doc ~~ pattern
$$
;;
-- Attachments' content on the server (the SQLite file keeps them in its attachments/ folder), one
-- row per distinct content, so every colleague opens the same file.
CREATE TABLE IF NOT EXISTS attachment_blobs (
    sha256  text PRIMARY KEY CHECK (length(sha256) = 64),
    size    bigint NOT NULL CHECK (size >= 0),
    content bytea NOT NULL
)
;;
-- Each entry of the log names the role that writes it (the database's owner, who moves a file's
-- history to the server, writes the entries as they were).
CREATE OR REPLACE FUNCTION kjcg_events_real_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.operator IS DISTINCT FROM current_user::text
       AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
        RAISE EXCEPTION '事件日志的操作人（%）必须是登录的数据库账号（%）', NEW.operator, current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$
;;
DROP TRIGGER IF EXISTS events_real_user ON events
;;
CREATE TRIGGER events_real_user BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION kjcg_events_real_user()
;;
-- The merge base of an imported record (migration _v15_import_base on SQLite): before the record's
-- first change by anything but an import, every imported field as it stands is copied into the base.
CREATE OR REPLACE FUNCTION kjcg_import_base() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kept jsonb;
BEGIN
    IF OLD.import_source IS NULL OR left(OLD.import_source, 4) <> '{"#"'
        OR NEW.import_source IS DISTINCT FROM OLD.import_source THEN
        RETURN NEW;
    END IF;
    kept := OLD.import_source::jsonb;
    IF kept ? 'complete' OR NOT (NEW.ledger_no IS DISTINCT FROM OLD.ledger_no
        OR NEW.name IS DISTINCT FROM OLD.name
        OR NEW.type IS DISTINCT FROM OLD.type
        OR NEW.legal_status IS DISTINCT FROM OLD.legal_status
        OR NEW.application_no IS DISTINCT FROM OLD.application_no
        OR NEW.patent_no IS DISTINCT FROM OLD.patent_no
        OR NEW.registration_no IS DISTINCT FROM OLD.registration_no
        OR NEW.filing_date IS DISTINCT FROM OLD.filing_date
        OR NEW.grant_date IS DISTINCT FROM OLD.grant_date
        OR NEW.holder IS DISTINCT FROM OLD.holder
        OR NEW.department IS DISTINCT FROM OLD.department
        OR NEW.keywords IS DISTINCT FROM OLD.keywords
        OR NEW.summary IS DISTINCT FROM OLD.summary
        OR NEW.disclosure_date IS DISTINCT FROM OLD.disclosure_date
        OR NEW.registration_date IS DISTINCT FROM OLD.registration_date
        OR NEW.transfer_status IS DISTINCT FROM OLD.transfer_status
        OR NEW.transfer_count IS DISTINCT FROM OLD.transfer_count
        OR NEW.asset_value_fen IS DISTINCT FROM OLD.asset_value_fen
        OR NEW.extra IS DISTINCT FROM OLD.extra) THEN
        RETURN NEW;
    END IF;
    NEW.import_source := (jsonb_set(kept, '{base}', jsonb_build_object(
            'ledger_no', OLD.ledger_no,
            'name', OLD.name,
            'type', OLD.type,
            'legal_status', OLD.legal_status,
            'application_no', OLD.application_no,
            'patent_no', OLD.patent_no,
            'registration_no', OLD.registration_no,
            'filing_date', OLD.filing_date,
            'grant_date', OLD.grant_date,
            'holder', OLD.holder,
            'department', OLD.department,
            'keywords', OLD.keywords,
            'summary', OLD.summary,
            'disclosure_date', OLD.disclosure_date,
            'registration_date', OLD.registration_date,
            'transfer_status', OLD.transfer_status,
            'transfer_count', OLD.transfer_count,
            'asset_value_fen', OLD.asset_value_fen,
            'extra', OLD.extra::jsonb) || coalesce(kept -> 'base', '{}'::jsonb))
        || '{"complete": true}'::jsonb)::text;
    RETURN NEW;
END $$
;;
DROP TRIGGER IF EXISTS achievements_import_base ON achievements
;;
CREATE TRIGGER achievements_import_base BEFORE UPDATE ON achievements FOR EACH ROW EXECUTE FUNCTION kjcg_import_base()