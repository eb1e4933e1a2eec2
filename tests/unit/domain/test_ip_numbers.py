"""Application numbers as ledgers and exports write them (CNIPA: 12 digits + check digit since 2003)."""

import pytest

from kjcg_desktop.domain.ip_numbers import check_digit, read_number


@pytest.mark.parametrize(("number", "check"), [("201710601862", "3"), ("95115608", "X"), ("97101765", "4")])
def test_check_digit_of_real_numbers(number, check):
    # published numbers: 201710601862.3, 95115608.X (remainder 10 → X), 97101765.4
    assert check_digit(number) == check


def test_excel_display_form_is_kept_as_written_never_expanded():
    # a CSV saved by Excel holds "2.01711E+11": the last six digits are gone
    reading = read_number("2.01711E+11")
    assert reading.kind == "other" and reading.normalised == "2.01711E+11"
    full = read_number("2.02210567802E+11")
    assert full.kind == "application" and full.normalised.startswith("202210567802.")


@pytest.mark.parametrize("pasted", ["201910000001.9\u200b", "\ufeff201910000001.9", "2019 1000 0001.9", "２０１９１００００００１.９"])
def test_invisible_and_full_width_characters_from_web_pages(pasted):
    reading = read_number(pasted)
    assert reading.kind == "application" and reading.normalised == "201910000001.9"
