"""Application numbers as ledgers and exports write them (CNIPA: 12 digits + check digit since 2003)."""

import pytest

from kjcg_desktop.domain.ip_numbers import check_digit, number_text, read_number


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


@pytest.mark.parametrize(("written", "kind", "normalised"), [
    ("ZL202210567802·5", "patent", "202210567802.5"),       # middle dot before the check digit
    ("ZL202120345678。9", "patent", "202120345678.9"),      # ideographic full stop
    ("ＺＬ２０２２１０５６７８０２．５", "patent", "202210567802.5"),  # all full-width
    ("202230123456.", "application", "202230123456.2"),     # a dot and no check digit
    (3123456.9, "application", "03123456.9"),              # 03123456.9 typed as a number: Excel dropped the 0
])
def test_spellings_of_ledgers_and_excel_damage(written, kind, normalised):
    reading = read_number(written)
    assert (reading.kind, reading.normalised, reading.problem) == (kind, normalised, None)


def test_a_lost_leading_zero_is_restored_only_when_the_check_digit_confirms_it():
    reading = read_number(3123456.5)   # 03123456 has the check digit 9
    assert reading.kind == "other" and reading.normalised == "3123456.5"
    assert "去掉了开头 0" in reading.problem and "应为 9" in reading.problem


def test_excel_display_form_says_excel_cut_the_digits():
    reading = read_number("2.02211E+11")
    assert reading.kind == "other" and reading.normalised == "2.02211E+11"
    assert "6 位有效数字" in reading.problem and "请从原始数据重新复制" in reading.problem


@pytest.mark.parametrize(("text", "kind", "normalised"), [
    ("ZL201920123456.5（已授权）", "patent", "201920123456.5"),
    ("201920000005.2(PCT)", "application", "201920000005.2"),
    ("CN110000007B 【授权公告】", "publication", "CN110000007B"),
    ("2019SR0123456（V1.0）", "registration", "2019SR0123456"),
])
def test_a_bracketed_note_after_a_number_is_set_aside_and_kept_as_written(text, kind, normalised):
    reading = read_number(text)
    assert (reading.kind, reading.normalised, reading.as_written) == (kind, normalised, number_text(text))
    assert reading.as_written.endswith(")") or reading.as_written.endswith("】")  # the note stays as written


def test_a_note_alone_or_two_numbers_in_one_cell_stay_unread():
    assert read_number("（待申请）").kind == "other"
    assert read_number("202210567802.X、202210567803.1").kind == "other"
    assert read_number("见附件(共3项)").kind == "other"
