"""Schema migrations, one ordered list, tracked by ``PRAGMA user_version``.

Each migration runs in its own transaction. Before migrating an existing file (user_version > 0
and behind), :mod:`.opening` writes a verified copy with the SQLite online backup API.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from .db import Database, StorageError

Migration = Callable[[Database], None]


def _run_script(db: Database, script: str) -> None:
    """Execute a SQL script statement by statement inside the current transaction
    (``executescript`` would commit on its own)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            db.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise StorageError(f"迁移脚本不完整：{buffer[:80]}")


def _v1_initial_schema(db: Database) -> None:
    _run_script(db, (Path(__file__).with_name("schema_v1.sql")).read_text(encoding="utf-8"))


def _v2_deals_diligence(db: Database) -> None:
    """Deals' approval level; due-diligence records (notices, decisions, related-party review,
    pricing proof — 1-1 第六条); startup rectifications (方案二(六)); third-party TTO agency
    service agreements (方案二(四), 1-2 第十三条)."""
    _run_script(db, """
ALTER TABLE deals ADD COLUMN approver TEXT;
ALTER TABLE deals ADD COLUMN minutes_required INTEGER NOT NULL DEFAULT 0 CHECK (minutes_required IN (0, 1));
CREATE TABLE diligence_records (
    id            INTEGER PRIMARY KEY,
    owner_type    TEXT NOT NULL CHECK (owner_type IN ('achievement', 'application', 'deal')),
    owner_id      INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('notice', 'decision', 'related_party_procedure', 'pricing_evidence',
                      'review_decision', 'other')),
    date          TEXT NOT NULL,
    actor         TEXT,
    description   TEXT,
    attachment_id INTEGER REFERENCES attachments(id),
    created_at    TEXT NOT NULL
);
CREATE INDEX diligence_records_owner ON diligence_records(owner_type, owner_id);
CREATE INDEX declarations_owner ON declarations(owner_type, owner_id);
CREATE INDEX income_receipts_deal ON income_receipts(deal_id);
CREATE INDEX distributions_receipt ON distributions(receipt_id);
CREATE TABLE startup_rectifications (
    id             INTEGER PRIMARY KEY,
    company        TEXT NOT NULL,
    founded_on     TEXT,
    founders       TEXT,
    achievement_id INTEGER REFERENCES achievements(id),
    used_how       TEXT,
    measures       TEXT,
    state          TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'rectified')),
    rectified_on   TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE TABLE agency_agreements (
    id             INTEGER PRIMARY KEY,
    agency         TEXT NOT NULL,
    services       TEXT NOT NULL,
    fee_fen        INTEGER CHECK (fee_fen IS NULL OR fee_fen >= 0),
    equity_share   TEXT,
    achievement_id INTEGER REFERENCES achievements(id),
    signed_on      TEXT,
    start_date     TEXT,
    end_date       TEXT,
    note           TEXT,
    created_at     TEXT NOT NULL
);
""")

# Migration v4's search index as it was created (v6 replaces it): the achievement's text in one
# trigram table, the inventors in another.
_V4_SEARCH_DOC = """coalesce({p}.name, '') || ' ' || coalesce({p}.ledger_no, '') || ' ' || coalesce({p}.application_no, '')
    || ' ' || coalesce({p}.patent_no, '') || ' ' || coalesce({p}.registration_no, '') || ' ' || coalesce({p}.keywords, '')
    || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each({p}.extra)), '')"""

def _achievement_triggers(doc: str) -> str:
    """The triggers that keep an achievement's row of ``achievement_fts`` in step with it."""
    return f"""CREATE TRIGGER IF NOT EXISTS achievements_fts_insert AFTER INSERT ON achievements
BEGIN
    INSERT INTO achievement_fts (rowid, doc) VALUES (new.id, {doc.format(p="new")});
END;

CREATE TRIGGER IF NOT EXISTS achievements_fts_update AFTER UPDATE OF name, ledger_no, application_no, patent_no, registration_no,
    keywords, extra ON achievements
BEGIN
    DELETE FROM achievement_fts WHERE rowid = old.id;
    INSERT INTO achievement_fts (rowid, doc) VALUES (new.id, {doc.format(p="new")});
END;

CREATE TRIGGER IF NOT EXISTS achievements_fts_delete AFTER DELETE ON achievements
BEGIN
    DELETE FROM achievement_fts WHERE rowid = old.id;
END;
"""


_V4_SEARCH_SQL = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS achievement_fts USING fts5(doc, tokenize = 'trigram');
CREATE VIRTUAL TABLE IF NOT EXISTS inventor_fts USING fts5(name, achievement_id UNINDEXED, tokenize = 'trigram');

{_achievement_triggers(_V4_SEARCH_DOC)}
CREATE TRIGGER IF NOT EXISTS inventors_fts_insert AFTER INSERT ON inventors
BEGIN
    INSERT INTO inventor_fts (rowid, name, achievement_id) VALUES (new.id, new.name, new.achievement_id);
END;

CREATE TRIGGER IF NOT EXISTS inventors_fts_update AFTER UPDATE OF name, achievement_id ON inventors
BEGIN
    DELETE FROM inventor_fts WHERE rowid = old.id;
    INSERT INTO inventor_fts (rowid, name, achievement_id) VALUES (new.id, new.name, new.achievement_id);
END;

CREATE TRIGGER IF NOT EXISTS inventors_fts_delete AFTER DELETE ON inventors
BEGIN
    DELETE FROM inventor_fts WHERE rowid = old.id;
END;

CREATE INDEX IF NOT EXISTS achievements_status ON achievements(status);
CREATE INDEX IF NOT EXISTS achievements_attribute ON achievements(attribute);
CREATE INDEX IF NOT EXISTS publicities_state ON publicities(state, end_date);
CREATE INDEX IF NOT EXISTS achievements_anniversary ON achievements(substr(filing_date, 6, 5)) WHERE legal_status = 'granted';
"""


# The search index of migration v6 (search as you type): one trigram table over the text one
# achievement is found by — numbers, name, keywords, the values of the imported extra columns and
# the inventors' names (no per-row token counts: nothing ranks by them).
_V6_SEARCH_DOC = """coalesce({p}.name, '') || ' ' || coalesce({p}.ledger_no, '') || ' ' || coalesce({p}.application_no, '')
    || ' ' || coalesce({p}.patent_no, '') || ' ' || coalesce({p}.registration_no, '') || ' ' || coalesce({p}.keywords, '')
    || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each({p}.extra)), '')
    || ' ' || coalesce((SELECT group_concat(name, ' ') FROM (SELECT name FROM inventors WHERE achievement_id = {p}.id
                                                         ORDER BY position, id)), '')"""

_REINDEX = """    DELETE FROM achievement_fts WHERE rowid = {id};
    INSERT INTO achievement_fts (rowid, doc) SELECT a.id, {doc} FROM achievements a WHERE a.id = {id};"""


def _search_sql(doc: str) -> str:
    """The search table and the triggers that keep it in step, for the search text ``doc``."""
    return f"""
CREATE VIRTUAL TABLE IF NOT EXISTS achievement_fts USING fts5(doc, tokenize = 'trigram', columnsize = 0);

{_achievement_triggers(doc)}
CREATE TRIGGER IF NOT EXISTS inventors_fts_insert AFTER INSERT ON inventors
BEGIN
{_REINDEX.format(id="new.achievement_id", doc=doc.format(p="a"))}
END;

CREATE TRIGGER IF NOT EXISTS inventors_fts_update AFTER UPDATE OF name, achievement_id, position ON inventors
BEGIN
{_REINDEX.format(id="old.achievement_id", doc=doc.format(p="a"))}
{_REINDEX.format(id="new.achievement_id", doc=doc.format(p="a"))}
END;

CREATE TRIGGER IF NOT EXISTS inventors_fts_delete AFTER DELETE ON inventors
BEGIN
{_REINDEX.format(id="old.achievement_id", doc=doc.format(p="a"))}
END;
"""


_V6_SEARCH_SQL = _search_sql(_V6_SEARCH_DOC)

# The search text since migration v16: v6's, with an extra column's value only when it is at most
# SEARCH_TEXT_MAX characters long. Long texts an export carries (摘要, 主权项, 权利要求, citation
# lists) are kept on the record but not searched, like the summary: indexed, the claims of a
# 20,000-row patent-database export made the import a minute long and the database a gigabyte.
# ``storage.ledger.search_document`` builds the same text in Python for bulk writes.
SEARCH_TEXT_MAX = 200
LEDGER_SEARCH_DOC = """coalesce({p}.name, '') || ' ' || coalesce({p}.ledger_no, '') || ' ' || coalesce({p}.application_no, '')
    || ' ' || coalesce({p}.patent_no, '') || ' ' || coalesce({p}.registration_no, '') || ' ' || coalesce({p}.keywords, '')
    || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each({p}.extra) WHERE length(value) <= """ + str(SEARCH_TEXT_MAX) + """), '')
    || ' ' || coalesce((SELECT group_concat(name, ' ') FROM (SELECT name FROM inventors WHERE achievement_id = {p}.id
                                                         ORDER BY position, id)), '')"""

LEDGER_SEARCH_SQL = _search_sql(LEDGER_SEARCH_DOC)

SEARCH_TRIGGERS = ("achievements_fts_insert", "achievements_fts_update", "achievements_fts_delete",
                   "inventors_fts_insert", "inventors_fts_update", "inventors_fts_delete")


def _v4_ledger_search(db: Database) -> None:
    """Trigram full-text index for the ledger search, kept in sync by row triggers (they fire for
    every row of an ``executemany`` too); existing rows are indexed here."""
    _run_script(db, _V4_SEARCH_SQL)
    db.execute(f"INSERT INTO achievement_fts (rowid, doc) SELECT a.id, {_V4_SEARCH_DOC.format(p='a')} FROM achievements a")
    db.execute("INSERT INTO inventor_fts (rowid, name, achievement_id) SELECT id, name, achievement_id FROM inventors")


def _v3_event_head(db: Database) -> None:
    """The head of the event log (last id, last hash, count) kept in step with every append, so
    ``check`` also notices when the LAST entries were deleted outside the app."""
    _run_script(db, (Path(__file__).with_name("schema_event_head.sql")).read_text(encoding="utf-8"))
def _v5_report_indexes(db: Database) -> None:
    """Indexes the annual report's year queries use (confidential filter, registration and
    expenditure dates), so the indicators of a 100,000-achievement ledger take well under a second."""
    db.execute("CREATE INDEX IF NOT EXISTS achievements_confidential ON achievements(confidential)")
    db.execute("CREATE INDEX IF NOT EXISTS achievements_registration ON achievements(registration_date)")
    db.execute("CREATE INDEX IF NOT EXISTS expenditures_date ON expenditures(date)")


def _v6_one_search_table(db: Database) -> None:
    """One search table (inventors' names inside each achievement's text) in place of v4's two,
    rebuilt from the ledger; the inventors' name index, which no query used, goes. A 20,000-row
    import writes a fifth less."""
    for name in SEARCH_TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    db.execute("DROP TABLE IF EXISTS achievement_fts")
    db.execute("DROP TABLE IF EXISTS inventor_fts")
    db.execute("DROP INDEX IF EXISTS inventors_name")
    _run_script(db, _V6_SEARCH_SQL)
    # Terms collect in memory up to 16 MB before a segment is written (default 1 MB): a large
    # import writes a few segments instead of many small ones that must then be merged.
    db.execute("INSERT INTO achievement_fts (achievement_fts, rank) VALUES ('hashsize', 16777216)")
    db.execute(f"INSERT INTO achievement_fts (rowid, doc) SELECT a.id, {_V6_SEARCH_DOC.format(p='a')} FROM achievements a")


def _v7_import_review(db: Database) -> None:
    """Day-one import: 待核对 flags (review_flags: one per field of an achievement that an import could
    not read with certainty, with the source cell and original text; resolved flags stay, with who
    resolved them and how); dates with their precision (day/month/year); application and patent
    numbers as written beside the normalised ones; the import key and what the file said at the
    last import (the base of the per-field merge)."""
    _run_script(db, """
CREATE TABLE review_flags (
    id              INTEGER PRIMARY KEY,
    achievement_id  INTEGER NOT NULL REFERENCES achievements(id) ON DELETE CASCADE,
    batch_id        INTEGER REFERENCES import_batches(id),
    field           TEXT NOT NULL,
    kind            TEXT NOT NULL,
    reason          TEXT NOT NULL,
    sheet           TEXT NOT NULL DEFAULT '',
    cell            TEXT NOT NULL DEFAULT '',
    original        TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    resolved_at     TEXT,
    resolved_by     TEXT,
    resolution      TEXT
);
CREATE INDEX review_flags_achievement ON review_flags(achievement_id);
CREATE INDEX review_flags_open ON review_flags(achievement_id) WHERE resolved_at IS NULL;
CREATE INDEX review_flags_batch ON review_flags(batch_id);
ALTER TABLE achievements ADD COLUMN filing_date_precision TEXT CHECK (filing_date_precision IN ('day', 'month', 'year'));
ALTER TABLE achievements ADD COLUMN grant_date_precision TEXT CHECK (grant_date_precision IN ('day', 'month', 'year'));
ALTER TABLE achievements ADD COLUMN disclosure_date_precision TEXT CHECK (disclosure_date_precision IN ('day', 'month', 'year'));
ALTER TABLE achievements ADD COLUMN registration_date_precision TEXT CHECK (registration_date_precision IN ('day', 'month', 'year'));
ALTER TABLE achievements ADD COLUMN application_no_as_written TEXT;
ALTER TABLE achievements ADD COLUMN patent_no_as_written TEXT;
ALTER TABLE achievements ADD COLUMN import_key TEXT;
ALTER TABLE achievements ADD COLUMN import_source TEXT;
""")
    db.execute("UPDATE achievements SET filing_date_precision = 'day' WHERE length(filing_date) = 10")
    db.execute("UPDATE achievements SET grant_date_precision = 'day' WHERE length(grant_date) = 10")
    db.execute("UPDATE achievements SET disclosure_date_precision = 'day' WHERE length(disclosure_date) = 10")
    db.execute("UPDATE achievements SET registration_date_precision = 'day' WHERE length(registration_date) = 10")
def _v8_holidays_and_rules(db: Database) -> None:
    """The office's entries of the State Council's holiday notices (one row a year with its source,
    one row a day: holiday or 调休 working day), the log of publicity end dates moved by a change of
    holiday data (listed on the dashboard until seen), the long-term use right's current term end
    (方案二(二)), the office-set R&D start point with its reason (1-2 第八条(一)) and the
    reclassification of registration and lawyer fees when the right is granted (1-2 第十条), and the
    development-stage conditions the office confirmed for each achievement (1-2 第八条(二))."""
    _run_script(db, """
CREATE TABLE holiday_years (
    year        INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    entered_at  TEXT NOT NULL,
    entered_by  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE holiday_days (
    day     TEXT PRIMARY KEY,
    year    INTEGER NOT NULL REFERENCES holiday_years(year) ON DELETE CASCADE,
    kind    TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX holiday_days_year ON holiday_days(year);
CREATE TABLE publicity_end_changes (
    id            INTEGER PRIMARY KEY,
    publicity_id  INTEGER NOT NULL REFERENCES publicities(id) ON DELETE CASCADE,
    old_end       TEXT NOT NULL,
    new_end       TEXT NOT NULL,
    computed_end  TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    changed_at    TEXT NOT NULL,
    seen_at       TEXT
);
CREATE INDEX publicity_end_changes_unseen ON publicity_end_changes(seen_at, publicity_id);
CREATE TABLE expenditure_reclassifications (
    id              INTEGER PRIMARY KEY,
    expenditure_id  INTEGER NOT NULL REFERENCES expenditures(id) ON DELETE CASCADE,
    achievement_id  INTEGER NOT NULL REFERENCES achievements(id) ON DELETE CASCADE,
    old_treatment   TEXT NOT NULL,
    new_treatment   TEXT NOT NULL,
    article         TEXT NOT NULL,
    reason          TEXT NOT NULL,
    on_date         TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX expenditure_reclassifications_achievement ON expenditure_reclassifications(achievement_id);
CREATE TABLE stage_conditions (
    achievement_id  INTEGER PRIMARY KEY REFERENCES achievements(id) ON DELETE CASCADE,
    conditions      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(conditions)),
    confirmed_by    TEXT NOT NULL DEFAULT '',
    confirmed_on    TEXT,
    note            TEXT NOT NULL DEFAULT ''
);
ALTER TABLE applications ADD COLUMN term_end_date TEXT;
ALTER TABLE projects ADD COLUMN rd_start_override TEXT;
ALTER TABLE projects ADD COLUMN rd_start_reason TEXT;
""")
def _v9_patent_fees(db: Database) -> None:
    """Patent maintenance: the annual-fee table as dated rows (seeded from resources/fee_schedule.toml,
    editable in settings), fee payments, each holder's 费减备案, term compensations, payer splits
    and the keep-or-abandon review decisions (1-2 第十一条)."""
    _run_script(db, """
CREATE TABLE fee_schedule (
    id          INTEGER PRIMARY KEY,
    patent_type TEXT NOT NULL CHECK (patent_type IN ('invention', 'utility_model', 'design')),
    year_from   INTEGER NOT NULL CHECK (year_from >= 1),
    year_to     INTEGER NOT NULL CHECK (year_to >= year_from),
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    valid_from  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE TABLE fee_payments (
    id             INTEGER PRIMARY KEY,
    achievement_id INTEGER NOT NULL REFERENCES achievements(id),
    patent_year    INTEGER NOT NULL CHECK (patent_year >= 1),
    paid_on        TEXT NOT NULL,
    amount_fen     INTEGER NOT NULL CHECK (amount_fen > 0),
    receipt_no     TEXT NOT NULL DEFAULT '',
    payer          TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL
);
CREATE INDEX fee_payments_achievement ON fee_payments(achievement_id, patent_year);
CREATE TABLE fee_reduction_filings (
    id          INTEGER PRIMARY KEY,
    holder_name TEXT NOT NULL UNIQUE,
    holder_kind TEXT NOT NULL DEFAULT 'person' CHECK (holder_kind IN ('unit', 'person', 'company', 'other')),
    eligible    INTEGER NOT NULL CHECK (eligible IN (0, 1)),
    recorded_on TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE TABLE term_compensations (
    achievement_id INTEGER PRIMARY KEY REFERENCES achievements(id),
    days           INTEGER NOT NULL CHECK (days > 0),
    decided_on     TEXT,
    note           TEXT NOT NULL DEFAULT ''
);
CREATE TABLE fee_payer_splits (
    achievement_id INTEGER PRIMARY KEY REFERENCES achievements(id),
    shares         TEXT NOT NULL CHECK (json_valid(shares)),
    source         TEXT NOT NULL DEFAULT ''
);
CREATE TABLE fee_reviews (
    id               INTEGER PRIMARY KEY,
    achievement_id   INTEGER NOT NULL REFERENCES achievements(id),
    patent_year      INTEGER NOT NULL,
    due_date         TEXT NOT NULL,
    decision         TEXT NOT NULL CHECK (decision IN ('keep', 'offer', 'abandon')),
    decided_by       TEXT NOT NULL,
    decided_on       TEXT NOT NULL,
    reason           TEXT NOT NULL,
    completers_answer TEXT NOT NULL DEFAULT '' CHECK (completers_answer IN ('', 'accepted', 'declined')),
    application_id   INTEGER REFERENCES applications(id),
    created_at       TEXT NOT NULL
);
CREATE INDEX fee_reviews_achievement ON fee_reviews(achievement_id, patent_year);
""")
    from ..domain.fees import parse_schedule_toml
    from ..paths import resources_dir

    for row in parse_schedule_toml((resources_dir() / "fee_schedule.toml").read_text(encoding="utf-8")):
        db.execute("INSERT INTO fee_schedule (patent_type, year_from, year_to, amount_fen, valid_from, note) "
                   "VALUES (?, ?, ?, ?, ?, ?)", (row.patent_type, row.year_from, row.year_to, row.amount_fen,
                                                 row.valid_from.isoformat(), row.note))
# ``PRAGMA application_id`` of every KJCG Desktop database ("KJCG" in ASCII), so a restore can tell
# this application's files from another program's SQLite database.
APPLICATION_ID = 0x4B4A4347
# Tables every KJCG Desktop database has had since version 1: how a file written before the
# application id existed is recognised.
CORE_TABLES = ("settings", "achievements", "inventors", "applications", "deals", "publicities", "attachments",
               "events", "import_batches")


def _v10_application_id(db: Database) -> None:
    """Mark the file as a KJCG Desktop database (``PRAGMA application_id``), so restore refuses
    another program's database whatever it contains."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
def _v11_contracts_and_national_report(db: Database) -> None:
    """The national annual report and technology-contract registration (促进科技成果转化法第二十一条):
    counterparties entered once and reused (region, country, party type, size, industry); the
    technology development, consulting and service contracts (四技) beside the deals, with their
    receipts and their workbook imports (a row the importer cannot read is kept raw and flagged
    for review); the registration facts of a deal; equity rewards; spin-off companies and staff on
    leave or in part-time posts."""
    _run_script(db, """
CREATE TABLE contract_imports (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    sheet       TEXT,
    imported_at TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary)),
    undone_at   TEXT
);
CREATE TABLE counterparties (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    uscc         TEXT,
    region_code  TEXT CHECK (region_code IS NULL OR (length(region_code) = 6 AND region_code NOT GLOB '*[^0-9]*')),
    country_code TEXT CHECK (country_code IS NULL OR (length(country_code) = 3 AND country_code NOT GLOB '*[^0-9]*')),
    party_type   TEXT,
    size         TEXT CHECK (size IS NULL OR size IN ('large', 'medium', 'small', 'micro')),
    industry     TEXT CHECK (industry IS NULL OR industry IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L',
                     'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T')),
    state_owned  INTEGER NOT NULL DEFAULT 0 CHECK (state_owned IN (0, 1)),
    address      TEXT,
    contact      TEXT,
    import_id    INTEGER REFERENCES contract_imports(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX counterparties_uscc ON counterparties(uscc);
ALTER TABLE deals ADD COLUMN counterparty_id INTEGER REFERENCES counterparties(id);
ALTER TABLE deals ADD COLUMN tech_field TEXT;
ALTER TABLE deals ADD COLUMN technology_amount_fen INTEGER CHECK (technology_amount_fen IS NULL OR technology_amount_fen >= 0);
ALTER TABLE deals ADD COLUMN expected_investment_fen INTEGER CHECK (expected_investment_fen IS NULL OR expected_investment_fen >= 0);
ALTER TABLE deals ADD COLUMN expected_output_fen INTEGER CHECK (expected_output_fen IS NULL OR expected_output_fen >= 0);
ALTER TABLE deals ADD COLUMN term_start TEXT;
ALTER TABLE deals ADD COLUMN term_end TEXT;
CREATE TABLE tech_contracts (
    id                    INTEGER PRIMARY KEY,
    number                TEXT NOT NULL UNIQUE,
    kind                  TEXT NOT NULL CHECK (kind IN ('development', 'consulting', 'service')),
    name                  TEXT NOT NULL,
    contract_no           TEXT,
    counterparty_id       INTEGER REFERENCES counterparties(id),
    amount_fen            INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
    technology_amount_fen INTEGER CHECK (technology_amount_fen IS NULL OR technology_amount_fen >= 0),
    contract_date         TEXT,
    term_start            TEXT,
    term_end              TEXT,
    department            TEXT,
    people                TEXT,
    funding_fen           INTEGER CHECK (funding_fen IS NULL OR funding_fen >= 0),
    achievement_id        INTEGER REFERENCES achievements(id),
    project_id            INTEGER REFERENCES projects(id),
    tech_field            TEXT,
    tech_contract_reg_no  TEXT,
    state                 TEXT NOT NULL DEFAULT 'signed' CHECK (state IN ('draft', 'signed', 'completed', 'terminated')),
    note                  TEXT,
    review                TEXT,
    raw                   TEXT CHECK (raw IS NULL OR json_valid(raw)),
    import_id             INTEGER REFERENCES contract_imports(id),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX tech_contracts_date ON tech_contracts(contract_date);
CREATE INDEX tech_contracts_contract_no ON tech_contracts(contract_no);
CREATE TABLE tech_contract_receipts (
    id          INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES tech_contracts(id),
    date        TEXT NOT NULL,
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    voucher_no  TEXT
);
CREATE INDEX tech_contract_receipts_contract ON tech_contract_receipts(contract_id);
CREATE TABLE equity_rewards (
    id            INTEGER PRIMARY KEY,
    deal_id       INTEGER NOT NULL REFERENCES deals(id),
    recipient     TEXT NOT NULL,
    person_id     INTEGER REFERENCES people(id),
    shares        TEXT,
    value_fen     INTEGER NOT NULL DEFAULT 0 CHECK (value_fen >= 0),
    granted_on    TEXT NOT NULL,
    tax_treatment TEXT NOT NULL DEFAULT 'deferred' CHECK (tax_treatment IN ('deferred', 'ordinary')),
    created_at    TEXT NOT NULL
);
CREATE TABLE spinoffs (
    id             INTEGER PRIMARY KEY,
    company        TEXT NOT NULL,
    uscc           TEXT,
    founded_on     TEXT,
    achievement_id INTEGER REFERENCES achievements(id),
    deal_id        INTEGER REFERENCES deals(id),
    unit_holding   TEXT,
    founders       TEXT,
    note           TEXT,
    created_at     TEXT NOT NULL
);
CREATE TABLE staff_mobility (
    id           INTEGER PRIMARY KEY,
    person       TEXT NOT NULL,
    person_id    INTEGER REFERENCES people(id),
    department   TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('leave', 'part_time')),
    organisation TEXT NOT NULL,
    start_date   TEXT NOT NULL,
    end_date     TEXT,
    note         TEXT,
    created_at   TEXT NOT NULL
);
""")


def _v12_document_numbers(db: Database) -> None:
    """Numbers (文号) of issued papers, from the office's scheme per kind, one sequence per kind and
    year of the 成文日期: a number is allocated in the transaction that issues the paper, a voided one
    stays listed as 作废 and is never given again."""
    _run_script(db, """
CREATE TABLE document_numbers (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    year         INTEGER NOT NULL,
    seq          INTEGER NOT NULL CHECK (seq > 0),
    number       TEXT NOT NULL,
    record_type  TEXT NOT NULL,
    record_id    INTEGER NOT NULL,
    issued_on    TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'issued' CHECK (state IN ('issued', 'void')),
    void_reason  TEXT,
    voided_at    TEXT,
    created_at   TEXT NOT NULL,
    UNIQUE (kind, year, seq)
);
CREATE INDEX document_numbers_record ON document_numbers(record_type, record_id, kind);
""")


def _v13_decisions(db: Database) -> None:
    """Decisions on the record (1-1 第六条、第八条): each decision step of an application or a deal
    with its date, deciding body, person, opinion and minutes or signed agreement; a reversal is a
    new row pointing at the decision it undoes (``reverses``) with its reason — rows are never
    edited. ``publicity_id`` / ``record_id`` / ``receipt_id`` name what the step created, so its
    reversal can withdraw exactly that."""
    _run_script(db, """
CREATE TABLE decisions (
    id            INTEGER PRIMARY KEY,
    owner_type    TEXT NOT NULL CHECK (owner_type IN ('application', 'deal')),
    owner_id      INTEGER NOT NULL,
    step          TEXT NOT NULL,
    date          TEXT NOT NULL,
    body          TEXT NOT NULL DEFAULT '',
    person        TEXT NOT NULL DEFAULT '',
    opinion       TEXT NOT NULL DEFAULT '',
    attachment_id INTEGER REFERENCES attachments(id),
    state_before  TEXT,
    state_after   TEXT,
    publicity_id  INTEGER REFERENCES publicities(id),
    record_id     INTEGER REFERENCES diligence_records(id),
    receipt_id    INTEGER REFERENCES income_receipts(id),
    restore       TEXT,
    reverses      INTEGER REFERENCES decisions(id),
    reason        TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX decisions_owner ON decisions(owner_type, owner_id, id);
CREATE UNIQUE INDEX decisions_one_reversal ON decisions(reverses) WHERE reverses IS NOT NULL;
""")


# Records colleagues edit in forms: each carries a row version, raised by every update, so a save
# over a newer version is refused (storage/versions.py) instead of silently undoing the other's edit.
VERSIONED_TABLES = ("achievements", "applications", "deals", "publicities", "projects", "tech_contracts",
                    "counterparties")


def _v14_row_versions(db: Database) -> None:
    """A row version on each editable record, raised by a trigger on every update whoever writes
    (the office server raises it with its own trigger)."""
    for table in VERSIONED_TABLES:
        db.execute(f"ALTER TABLE {table} ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")
        db.execute(f"CREATE TRIGGER {table}_row_version AFTER UPDATE ON {table} "
                   f"WHEN NEW.row_version = OLD.row_version BEGIN "
                   f"UPDATE {table} SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END")


# The imported fields as they stood when migration v15 was written (storage.imports.IMPORTED_FIELDS).
_V15_IMPORTED = ("ledger_no", "name", "type", "legal_status", "application_no", "patent_no", "registration_no",
                 "filing_date", "grant_date", "holder", "department", "keywords", "summary", "disclosure_date",
                 "registration_date", "transfer_status", "transfer_count", "asset_value_fen")


def _v15_import_base(db: Database) -> None:
    """An import keeps as a record's merge base only a digest of the source row and the fields where
    the file said something other than what the record holds (services/importing/merge.py). Before
    the record's first change by anything but an import — a form, the command line, another
    program — this trigger copies every imported field as it stands into the base, so what the last
    import wrote is still known when the next one merges. The office server does the same with
    ``kjcg_import_base``."""
    pairs = ", ".join(f"'$.base.{c}', OLD.{c}" for c in _V15_IMPORTED)
    db.execute(f"""CREATE TRIGGER IF NOT EXISTS achievements_import_base AFTER UPDATE OF {', '.join(_V15_IMPORTED)}, extra
ON achievements
WHEN OLD.import_source LIKE '{{"#":%' AND NEW.import_source IS OLD.import_source
    AND json_type(OLD.import_source, '$.complete') IS NULL
BEGIN
    UPDATE achievements SET import_source = json_insert(OLD.import_source, {pairs}, '$.base.extra', json(OLD.extra),
                                                        '$.complete', json('true'))
    WHERE id = OLD.id;
END""")


def _v16_short_search_text(db: Database) -> None:
    """The search text leaves out extra values longer than :data:`SEARCH_TEXT_MAX` characters (see
    ``LEDGER_SEARCH_DOC``): the search triggers are made again with it and the achievements that
    hold such a value are indexed again. The office server does the same (``pg/schema.py``)."""
    for name in SEARCH_TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    _run_script(db, LEDGER_SEARCH_SQL)
    long_text = (f"SELECT id FROM achievements WHERE EXISTS (SELECT 1 FROM json_each(extra) "
                 f"WHERE length(value) > {SEARCH_TEXT_MAX})")
    db.execute(f"DELETE FROM achievement_fts WHERE rowid IN ({long_text})")
    db.execute(f"INSERT INTO achievement_fts (rowid, doc) SELECT a.id, {LEDGER_SEARCH_DOC.format(p='a')} "
               f"FROM achievements a WHERE a.id IN ({long_text})")


MIGRATIONS: list[Migration] = [
    _v1_initial_schema,
    _v2_deals_diligence,
    _v3_event_head,
    _v4_ledger_search,
    _v5_report_indexes,
    _v6_one_search_table,
    _v7_import_review,
    _v8_holidays_and_rules,
    _v9_patent_fees,
    _v10_application_id,
    _v11_contracts_and_national_report,
    _v12_document_numbers,
    _v13_decisions,
    _v14_row_versions,
    _v15_import_base,
    _v16_short_search_text,
]
SCHEMA_VERSION = len(MIGRATIONS)
APPLICATION_ID_VERSION = MIGRATIONS.index(_v10_application_id) + 1  # files from before it have no id
EVENT_HEAD_VERSION = MIGRATIONS.index(_v3_event_head) + 1  # files from before it have no event_head


def apply_migrations(db: Database) -> list[int]:
    """Bring ``db`` to :data:`SCHEMA_VERSION`, each migration in its own transaction; return the
    versions applied. (:func:`kjcg_desktop.storage.opening.migrate` backs the file up first.)"""
    current = db.user_version
    if current > SCHEMA_VERSION:
        raise StorageError(
            f"数据库版本（{current}）高于本软件支持的版本（{SCHEMA_VERSION}），请升级 KJCG Desktop 后再打开"
        )
    applied = []
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with db.transaction():
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
        applied.append(version)
    return applied
