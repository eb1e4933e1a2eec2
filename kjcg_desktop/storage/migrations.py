"""Schema migrations, one ordered list, tracked by ``PRAGMA user_version``.

Each migration runs in its own transaction. Before migrating an existing file (user_version > 0
and behind), a verified copy is written with the SQLite online backup API.
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


# The search index since migration v6 (search as you type): one trigram table over the text one
# achievement is found by — numbers, name, keywords, the values of the imported extra columns and
# the inventors' names (no per-row token counts: nothing ranks by them).
# ``storage.ledger.search_document`` builds the same text in Python for bulk writes.
LEDGER_SEARCH_DOC = """coalesce({p}.name, '') || ' ' || coalesce({p}.ledger_no, '') || ' ' || coalesce({p}.application_no, '')
    || ' ' || coalesce({p}.patent_no, '') || ' ' || coalesce({p}.registration_no, '') || ' ' || coalesce({p}.keywords, '')
    || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each({p}.extra)), '')
    || ' ' || coalesce((SELECT group_concat(name, ' ') FROM (SELECT name FROM inventors WHERE achievement_id = {p}.id
                                                         ORDER BY position, id)), '')"""

_REINDEX = """    DELETE FROM achievement_fts WHERE rowid = {id};
    INSERT INTO achievement_fts (rowid, doc) SELECT a.id, {doc} FROM achievements a WHERE a.id = {id};"""

LEDGER_SEARCH_SQL = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS achievement_fts USING fts5(doc, tokenize = 'trigram', columnsize = 0);

{_achievement_triggers(LEDGER_SEARCH_DOC)}
CREATE TRIGGER IF NOT EXISTS inventors_fts_insert AFTER INSERT ON inventors
BEGIN
{_REINDEX.format(id="new.achievement_id", doc=LEDGER_SEARCH_DOC.format(p="a"))}
END;

CREATE TRIGGER IF NOT EXISTS inventors_fts_update AFTER UPDATE OF name, achievement_id, position ON inventors
BEGIN
{_REINDEX.format(id="old.achievement_id", doc=LEDGER_SEARCH_DOC.format(p="a"))}
{_REINDEX.format(id="new.achievement_id", doc=LEDGER_SEARCH_DOC.format(p="a"))}
END;

CREATE TRIGGER IF NOT EXISTS inventors_fts_delete AFTER DELETE ON inventors
BEGIN
{_REINDEX.format(id="old.achievement_id", doc=LEDGER_SEARCH_DOC.format(p="a"))}
END;
"""

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
    _run_script(db, LEDGER_SEARCH_SQL)
    # Terms collect in memory up to 16 MB before a segment is written (default 1 MB): a large
    # import writes a few segments instead of many small ones that must then be merged.
    db.execute("INSERT INTO achievement_fts (achievement_fts, rank) VALUES ('hashsize', 16777216)")
    db.execute(f"INSERT INTO achievement_fts (rowid, doc) SELECT a.id, {LEDGER_SEARCH_DOC.format(p='a')} FROM achievements a")


def _v12_contracts_and_national_report(db: Database) -> None:
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


MIGRATIONS: list[Migration] = [
    _v1_initial_schema,
    _v2_deals_diligence,
    _v3_event_head,
    _v4_ledger_search,
    _v5_report_indexes,
    _v6_one_search_table,
    _v12_contracts_and_national_report,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: Database, *, backup_dir: Path | None = None) -> list[int]:
    """Bring ``db`` to :data:`SCHEMA_VERSION`; return the versions applied."""
    current = db.user_version
    if current > SCHEMA_VERSION:
        raise StorageError(
            f"数据库版本（{current}）高于本软件支持的版本（{SCHEMA_VERSION}），请升级 KJCG Desktop 后再打开"
        )
    if current == SCHEMA_VERSION:
        return []
    if current > 0 and db.path is not None:
        from .backup import backup_database

        backup_database(db, reason=f"before-migration-v{current}-to-v{SCHEMA_VERSION}", folder=backup_dir)
    applied = []
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with db.transaction():
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
        applied.append(version)
    return applied
