"""The domain core: the rules of the pilot plan and its two guidelines (SPEC.md R1–R13).

Pure Python — this package never imports Qt or a database driver.
"""

from .assets import TreatmentDecision, expenditure_treatment, treatment_decision
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
from .grants import (
    CONDUCT_DECLARATIONS,
    EXTENSION_CONDITIONS,
    NEGATIVE_LIST,
    OWNERSHIP_AGREEMENT_TERMS,
    Finding,
    NegativeListItem,
    check_extension,
    check_extension_end,
    check_ownership_split,
    check_shares,
    check_use_right_term,
    missing_agreement_terms,
    negative_list_findings,
    use_right_term_ok,
)
from .money import fen_to_yuan, format_yuan, yuan_to_fen
from .parsing import check_not_negative, is_partial_date, parse_amount_text, parse_date_text
from .publicity import (
    PublicityWindow,
    check_can_close,
    check_grant_publicity_days,
    holiday_data_known,
    is_working_day,
    publicity_end,
    publicity_window,
)
from .stage import (
    RD_START_BASIS,
    Evidence,
    StageDecision,
    check_stage_override,
    classify_stage,
    rd_start_date,
)
from .tags import after_deal_completed, after_intent, attribute_for, parse_legal_status
from .timeline import PilotMilestones, add_years, annual_report_due, pilot_milestones
from .workflow import TRANSITIONS, ApplicationStateMachine, Transition

__all__ = [name for name in dir() if not name.startswith("_")]
