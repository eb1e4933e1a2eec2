"""The ledger number given at registration (1-2 第七条 台账标记): KJCG-year-five-digit serial."""

from kjcg_desktop.domain.ledger_numbers import is_ledger_number, ledger_number, ledger_serial, year_prefix


def test_the_format_is_written_and_read_in_one_place():
    assert ledger_number(2025, 1) == "KJCG-2025-00001"
    assert ledger_number(2026, 123456) == "KJCG-2026-123456"      # a sixth digit when a year runs past 99999
    assert year_prefix(2025) == "KJCG-2025-"
    assert ledger_serial("KJCG-2025-00042") == 42
    assert ledger_serial("校-2025-007") == ledger_serial(None) == ledger_serial("KJCG-2025-") == 0
    assert is_ledger_number("KJCG-2025-00001") and not is_ledger_number("KJCG-25-1") and not is_ledger_number("")
