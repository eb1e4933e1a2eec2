"""The domain core: the rules of the pilot plan and its two guidelines (SPEC.md R1–R13).

Pure Python — this package never imports Qt or a database driver.
"""

from .assets import TreatmentDecision, expenditure_treatment, reclassification_on_grant, treatment_decision
from .deals import (
    DEFAULT_APPROVAL_LEVELS,
    ApprovalLevel,
    abandonment_effective,
    approval_level,
    approval_levels_from_setting,
    check_abandonment_applicant,
    check_abandonment_publicity_start,
    check_deal_fields,
    check_valuation_decision,
    distribute,
    price_publicity_required,
    related_party_publicity_required,
    split_deal_form,
    valuation_required,
    write_off_needed,
)
from .decisions import (
    DecisionBody,
    DecisionStep,
    Previous,
    check_decision,
    check_reversal,
    decision_bodies,
    minutes_needed,
    step_of,
)
from .diligence import (
    EVIDENCE_LABELS,
    EXEMPTION_SITUATIONS,
    AchievementFacts,
    DealFacts,
    EvidenceItem,
    ExemptionSituation,
    PublicityFact,
    RecordFact,
    achievement_evidence,
    check_step,
    deal_evidence,
)
from .enums import (
    AchievementStatus,
    AchievementType,
    ApplicationKind,
    ApplicationState,
    Attribute,
    DealKind,
    EvidenceKind,
    ExpenditureKind,
    FundingSource,
    GrantMode,
    LegalStatus,
    LicenceType,
    PricingMethod,
    PublicityKind,
    PublicityState,
    Stage,
    TransferStatus,
    Treatment,
)
from .errors import DomainError
from .grant_evidence import GrantDecision, decide_legal_status
from .grants import (
    CONDUCT_DECLARATIONS,
    EXTENSION_CONDITIONS,
    NEGATIVE_LIST,
    OWNERSHIP_AGREEMENT_TERMS,
    Finding,
    NegativeListItem,
    UseRightTerm,
    check_extension,
    check_extension_end,
    check_ownership_split,
    check_shares,
    check_use_right_term,
    missing_agreement_terms,
    negative_list_findings,
    use_right_term,
    use_right_term_ok,
)
from .holidays import (
    HolidayCalendar,
    YearSchedule,
    current_calendar,
    install_calendar,
    statutory_holidays,
)
from .ip_numbers import NumberReading, read_number
from .money import amount_fen, fen_to_yuan, format_yuan, share_percent, yuan_to_fen
from .parsing import check_not_negative, is_partial_date, parse_amount_text, parse_date_text
from .partial_dates import PartialDate, full_date, read_date
from .publicity import (
    PublicityWindow,
    check_can_close,
    check_grant_publicity_days,
    check_period_elapsed,
    end_date_change,
    end_of_day_message,
    first_action_day,
    holiday_data_known,
    is_working_day,
    period_elapsed,
    publicity_end,
    publicity_window,
)
from .review_flags import REVIEW_LABEL, FlagKind, ReviewFlag
from .stage import (
    RD_START_BASIS,
    Evidence,
    RdStart,
    StageDecision,
    check_stage_override,
    classify_stage,
    rd_start,
    rd_start_date,
)
from .tags import after_deal_completed, after_intent, attribute_for, parse_legal_status
from .timeline import PilotMilestones, add_years, annual_report_due, pilot_milestones
from .workflow import FINAL_STATES, TRANSITIONS, ApplicationStateMachine, Transition

__all__ = [name for name in dir() if not name.startswith("_")]
