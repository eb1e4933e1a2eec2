"""1-2 第七条：技术转移机构（部门）对该科技成果进行审核，审核通过的予以登记 — a registered
achievement is archived, never deleted; an unregistered disclosure (第六条) nothing refers to is a draft."""

import pytest

from kjcg_desktop.domain import DomainError
from kjcg_desktop.domain.removal import removal_action


def test_only_an_unreferenced_disclosure_is_deleted():
    assert removal_action("disclosed", 0) == "delete"
    assert removal_action("disclosed", 1) == "archive"      # the disclosure application refers to it
    assert removal_action("registered", 0) == "archive"     # 审核通过的予以登记: the ledger keeps it


def test_an_archived_achievement_cannot_be_removed_again():
    with pytest.raises(DomainError, match="已归档"):
        removal_action("archived", 0)
