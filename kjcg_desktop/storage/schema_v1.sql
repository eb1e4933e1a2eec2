-- KJCG Desktop schema version 1. Money is integer fen; shares and percentages are decimal text;
-- dates are ISO text (YYYY-MM-DD); timestamps ISO text (YYYY-MM-DDTHH:MM:SS).

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    employee_no TEXT,
    department  TEXT,
    title       TEXT,
    email       TEXT,
    phone       TEXT
);
CREATE INDEX people_name ON people(name);

CREATE TABLE projects (
    id                 INTEGER PRIMARY KEY,
    number             TEXT,
    name               TEXT NOT NULL,
    funding_source     TEXT NOT NULL CHECK (funding_source IN ('government', 'enterprise', 'own')),
    funder             TEXT,
    approval_date      TEXT,
    contract_date      TEXT,
    decision_date      TEXT,
    plan_approved_date TEXT,
    start_date         TEXT,
    end_date           TEXT,
    amount_fen         INTEGER
);

CREATE TABLE achievements (
    id                    INTEGER PRIMARY KEY,
    ledger_no             TEXT UNIQUE,
    name                  TEXT NOT NULL,
    type                  TEXT NOT NULL CHECK (type IN ('invention', 'utility_model', 'design', 'software',
                              'plant_variety', 'ic_layout', 'know_how', 'other')),
    legal_status          TEXT NOT NULL DEFAULT 'not_filed' CHECK (legal_status IN ('not_filed', 'pending',
                              'granted', 'lapsed', 'rejected', 'withdrawn', 'abandoned')),
    application_no        TEXT,
    patent_no             TEXT,
    registration_no       TEXT,
    filing_date           TEXT,
    grant_date            TEXT,
    holder                TEXT,
    department            TEXT,
    keywords              TEXT,
    summary               TEXT,
    rd_status             TEXT,
    market_prospects      TEXT,
    project_id            INTEGER REFERENCES projects(id),
    disclosure_date       TEXT,
    registration_date     TEXT,
    attribute             TEXT NOT NULL DEFAULT 'ungranted' CHECK (attribute IN ('granted', 'ungranted')),
    stage                 TEXT NOT NULL DEFAULT 'research' CHECK (stage IN ('research', 'development', 'indistinguishable')),
    stage_override        TEXT CHECK (stage_override IS NULL OR stage_override IN ('research', 'development', 'indistinguishable')),
    stage_override_reason TEXT,
    transfer_status       TEXT NOT NULL DEFAULT 'none' CHECK (transfer_status IN ('none', 'intended', 'transferred')),
    transfer_count        INTEGER NOT NULL DEFAULT 0 CHECK (transfer_count >= 0),
    status                TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('disclosed', 'registered', 'abandoned',
                              'disposed', 'archived')),
    confidential          INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    secret_level          TEXT,
    is_intangible_asset   INTEGER NOT NULL DEFAULT 0 CHECK (is_intangible_asset IN (0, 1)),
    asset_value_fen       INTEGER,
    extra                 TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(extra)),
    import_batch_id       INTEGER REFERENCES import_batches(id),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX achievements_type ON achievements(type);
CREATE INDEX achievements_stage ON achievements(stage);
CREATE INDEX achievements_transfer ON achievements(transfer_status);
CREATE INDEX achievements_department ON achievements(department);
CREATE INDEX achievements_disclosure ON achievements(disclosure_date);
CREATE INDEX achievements_application_no ON achievements(application_no);

CREATE TABLE inventors (
    id                INTEGER PRIMARY KEY,
    achievement_id    INTEGER NOT NULL REFERENCES achievements(id) ON DELETE CASCADE,
    person_id         INTEGER REFERENCES people(id),
    name              TEXT NOT NULL,
    department        TEXT,
    share             TEXT,
    is_representative INTEGER NOT NULL DEFAULT 0 CHECK (is_representative IN (0, 1)),
    position          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX inventors_achievement ON inventors(achievement_id);
CREATE INDEX inventors_name ON inventors(name);

CREATE TABLE expenditures (
    id               INTEGER PRIMARY KEY,
    achievement_id   INTEGER NOT NULL REFERENCES achievements(id),
    date             TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('rd', 'registration', 'legal', 'maintenance', 'other')),
    amount_fen       INTEGER NOT NULL,
    description      TEXT,
    stage            TEXT NOT NULL CHECK (stage IN ('research', 'development', 'indistinguishable')),
    asset_formed     INTEGER CHECK (asset_formed IS NULL OR asset_formed IN (0, 1)),
    treatment        TEXT NOT NULL CHECK (treatment IN ('expense', 'capitalize', 'accumulate')),
    article          TEXT NOT NULL,
    voucher_no       TEXT,
    booked_amount_fen INTEGER,
    booked_date      TEXT
);
CREATE INDEX expenditures_achievement ON expenditures(achievement_id);

CREATE TABLE stage_evidence (
    id             INTEGER PRIMARY KEY,
    achievement_id INTEGER NOT NULL REFERENCES achievements(id),
    kind           TEXT NOT NULL CHECK (kind IN ('assessment_report', 'transferee', 'intent_contract',
                       'transfer_contract', 'exchange_certificate', 'ip_certificate', 'other')),
    date           TEXT,
    description    TEXT,
    attachment_id  INTEGER REFERENCES attachments(id)
);
CREATE INDEX stage_evidence_achievement ON stage_evidence(achievement_id);

CREATE TABLE batches (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    deadline TEXT
);

CREATE TABLE applications (
    id             INTEGER PRIMARY KEY,
    number         TEXT UNIQUE,
    kind           TEXT NOT NULL CHECK (kind IN ('disclosure', 'registration', 'ownership', 'use_right',
                       'extension', 'abandonment', 'deal')),
    state          TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'approved', 'in_publicity',
                       'publicity_ended', 'agreement_signed', 'effective', 'rejected', 'withdrawn')),
    achievement_id INTEGER REFERENCES achievements(id),
    parent_id      INTEGER REFERENCES applications(id),
    batch_id       INTEGER REFERENCES batches(id),
    title          TEXT,
    applicant      TEXT,
    grant_mode     TEXT CHECK (grant_mode IS NULL OR grant_mode IN ('full', 'partial', 'remaining')),
    team_share     TEXT,
    term_years     INTEGER,
    start_date     TEXT,
    end_date       TEXT,
    form           TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(form)),
    form_page      INTEGER NOT NULL DEFAULT 0,
    submitted_at   TEXT,
    decided_at     TEXT,
    effective_at   TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX applications_achievement ON applications(achievement_id);
CREATE INDEX applications_state ON applications(state);

CREATE TABLE deals (
    id                       INTEGER PRIMARY KEY,
    number                   TEXT UNIQUE,
    achievement_id           INTEGER NOT NULL REFERENCES achievements(id),
    application_id           INTEGER REFERENCES applications(id),
    kind                     TEXT NOT NULL CHECK (kind IN ('assignment', 'licence', 'equity')),
    licence_type             TEXT CHECK (licence_type IS NULL OR licence_type IN ('exclusive', 'sole', 'non_exclusive')),
    counterparty             TEXT NOT NULL,
    counterparty_state_owned INTEGER NOT NULL DEFAULT 0 CHECK (counterparty_state_owned IN (0, 1)),
    counterparty_region      TEXT,
    counterparty_industry    TEXT,
    counterparty_small       INTEGER CHECK (counterparty_small IS NULL OR counterparty_small IN (0, 1)),
    valuation_decision       TEXT NOT NULL DEFAULT 'not_needed' CHECK (valuation_decision IN ('not_needed', 'yes', 'no')),
    valuation_reason         TEXT,
    pricing_method           TEXT NOT NULL CHECK (pricing_method IN ('listing', 'auction', 'negotiated')),
    related_party            INTEGER NOT NULL DEFAULT 0 CHECK (related_party IN (0, 1)),
    related_party_note       TEXT,
    contract_date            TEXT,
    contract_no              TEXT,
    tech_contract_reg_no     TEXT,
    amount_fen               INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
    territory                TEXT,
    field_of_use             TEXT,
    term_years               INTEGER,
    company                  TEXT,
    equity_shares            TEXT,
    ends_ownership           INTEGER NOT NULL DEFAULT 0 CHECK (ends_ownership IN (0, 1)),
    unit_share               TEXT,
    state                    TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'signed', 'completed', 'terminated')),
    completed_date           TEXT,
    form                     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(form)),
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL
);
CREATE INDEX deals_achievement ON deals(achievement_id);

CREATE TABLE publicities (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('grant', 'abandonment', 'price', 'related_party', 'reward')),
    achievement_id INTEGER REFERENCES achievements(id),
    application_id INTEGER REFERENCES applications(id),
    deal_id        INTEGER REFERENCES deals(id),
    title          TEXT NOT NULL,
    start_date     TEXT NOT NULL,
    days           INTEGER NOT NULL CHECK (days > 0),
    working_days   INTEGER NOT NULL DEFAULT 0 CHECK (working_days IN (0, 1)),
    nominal_end    TEXT NOT NULL,
    end_date       TEXT NOT NULL,
    state          TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'ended', 'withdrawn')),
    closed_at      TEXT,
    place          TEXT,
    contact        TEXT,
    created_at     TEXT NOT NULL
);
CREATE INDEX publicities_end ON publicities(end_date);
CREATE INDEX publicities_achievement ON publicities(achievement_id);

CREATE TABLE objections (
    id           INTEGER PRIMARY KEY,
    publicity_id INTEGER NOT NULL REFERENCES publicities(id),
    raised_by    TEXT NOT NULL,
    raised_on    TEXT NOT NULL,
    content      TEXT NOT NULL,
    outcome      TEXT,
    upheld       INTEGER CHECK (upheld IS NULL OR upheld IN (0, 1)),
    resolved_on  TEXT
);

CREATE TABLE income_receipts (
    id         INTEGER PRIMARY KEY,
    deal_id    INTEGER NOT NULL REFERENCES deals(id),
    date       TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    payer      TEXT,
    voucher_no TEXT
);

CREATE TABLE distributions (
    id         INTEGER PRIMARY KEY,
    receipt_id INTEGER NOT NULL REFERENCES income_receipts(id),
    recipient  TEXT NOT NULL,
    person_id  INTEGER REFERENCES people(id),
    is_unit    INTEGER NOT NULL DEFAULT 0 CHECK (is_unit IN (0, 1)),
    share      TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    paid_date  TEXT
);

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    owner_type  TEXT NOT NULL CHECK (owner_type IN ('achievement', 'application', 'deal', 'publicity', 'project', 'declaration')),
    owner_id    INTEGER NOT NULL,
    kind        TEXT,
    filename    TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    stored_path TEXT NOT NULL,
    size        INTEGER NOT NULL,
    added_at    TEXT NOT NULL
);
CREATE INDEX attachments_owner ON attachments(owner_type, owner_id);

CREATE TABLE declarations (
    id         INTEGER PRIMARY KEY,
    owner_type TEXT NOT NULL CHECK (owner_type IN ('achievement', 'application', 'deal')),
    owner_id   INTEGER NOT NULL,
    person     TEXT NOT NULL,
    kind       TEXT NOT NULL,
    clause     TEXT NOT NULL,
    signed_on  TEXT NOT NULL
);

CREATE TABLE finance_queue (
    id             INTEGER PRIMARY KEY,
    achievement_id INTEGER NOT NULL REFERENCES achievements(id),
    kind           TEXT NOT NULL CHECK (kind IN ('recognize', 'write_off', 'dispose')),
    amount_fen     INTEGER,
    article        TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    exported_at    TEXT,
    voucher_no     TEXT,
    booked_amount_fen INTEGER,
    booked_date    TEXT
);

CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    sheet       TEXT,
    imported_at TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary)),
    undone_at   TEXT
);

-- Append-only event log: who, when, what, old → new; each row carries the hash of the previous
-- row, so an edit or deletion outside the application is detected by `kjcg-desktop check`.
CREATE TABLE events (
    id        INTEGER PRIMARY KEY,
    ts        TEXT NOT NULL,
    operator  TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    action    TEXT NOT NULL,
    old       TEXT CHECK (old IS NULL OR json_valid(old)),
    new       TEXT CHECK (new IS NULL OR json_valid(new)),
    article   TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX events_entity ON events(entity, entity_id);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, '事件日志只能追加，不能修改');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, '事件日志只能追加，不能删除');
END;
