"""The records the UI and the services read, as typed rows: a missing or misspelt column is a type
error, not a ``KeyError`` at run time. Each is the table's columns (JSON columns decoded)."""

from __future__ import annotations

from typing import Any, TypedDict


class AchievementRecord(TypedDict):
    """A row of ``achievements`` (:func:`.achievements.get_achievement`); ``extra`` decoded."""

    id: int
    ledger_no: str | None
    name: str
    type: str
    legal_status: str
    application_no: str | None
    patent_no: str | None
    registration_no: str | None
    filing_date: str | None
    grant_date: str | None
    holder: str | None
    department: str | None
    keywords: str | None
    summary: str | None
    rd_status: str | None
    market_prospects: str | None
    project_id: int | None
    disclosure_date: str | None
    registration_date: str | None
    attribute: str
    stage: str
    stage_override: str | None
    stage_override_reason: str | None
    transfer_status: str
    transfer_count: int
    status: str
    confidential: int
    secret_level: str | None
    is_intangible_asset: int
    asset_value_fen: int | None
    extra: dict[str, Any]
    import_batch_id: int | None
    created_at: str
    updated_at: str
    filing_date_precision: str | None
    grant_date_precision: str | None
    disclosure_date_precision: str | None
    registration_date_precision: str | None
    application_no_as_written: str | None
    patent_no_as_written: str | None
    import_key: str | None
    import_source: str | None
    row_version: int


class ApplicationRecord(TypedDict):
    """A row of ``applications`` (:func:`.applications.get_application`); ``form`` decoded."""

    id: int
    number: str | None
    kind: str
    state: str
    achievement_id: int | None
    parent_id: int | None
    batch_id: int | None
    title: str | None
    applicant: str | None
    grant_mode: str | None
    team_share: str | None
    term_years: int | None
    start_date: str | None
    end_date: str | None
    form: dict[str, Any]
    form_page: int
    submitted_at: str | None
    decided_at: str | None
    effective_at: str | None
    created_at: str
    updated_at: str
    term_end_date: str | None
    row_version: int


class DealRecord(TypedDict):
    """A row of ``deals`` with its achievement's name, ledger number and asset flag and the income
    received so far (:func:`.deals.get_deal`); ``form`` decoded."""

    id: int
    number: str | None
    achievement_id: int
    application_id: int | None
    kind: str
    licence_type: str | None
    counterparty: str
    counterparty_state_owned: int
    counterparty_region: str | None
    counterparty_industry: str | None
    counterparty_small: int | None
    valuation_decision: str
    valuation_reason: str | None
    pricing_method: str
    related_party: int
    related_party_note: str | None
    contract_date: str | None
    contract_no: str | None
    tech_contract_reg_no: str | None
    amount_fen: int
    territory: str | None
    field_of_use: str | None
    term_years: int | None
    company: str | None
    equity_shares: str | None
    ends_ownership: int
    unit_share: str | None
    state: str
    completed_date: str | None
    form: dict[str, Any]
    created_at: str
    updated_at: str
    approver: str | None
    minutes_required: int
    counterparty_id: int | None
    tech_field: str | None
    technology_amount_fen: int | None
    expected_investment_fen: int | None
    expected_output_fen: int | None
    term_start: str | None
    term_end: str | None
    achievement_name: str
    ledger_no: str | None
    is_intangible_asset: int
    received_fen: int
    row_version: int


class PublicityRecord(TypedDict):
    """A row of ``publicities`` (:func:`.publicities.get_publicity`)."""

    id: int
    kind: str
    achievement_id: int | None
    application_id: int | None
    deal_id: int | None
    title: str
    start_date: str
    days: int
    working_days: int
    nominal_end: str
    end_date: str
    state: str
    closed_at: str | None
    place: str | None
    contact: str | None
    created_at: str
    row_version: int
