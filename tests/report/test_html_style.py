"""The HTML report's style sheet (validator.report.html_style): inline, loading nothing,
with a label for every column of every stacked table on a narrow screen."""

from __future__ import annotations

import re

from validator.report._html import HEADERS
from validator.report.html_style import STYLE


def test_every_column_of_every_table_has_its_label_on_a_narrow_screen() -> None:
    labels = re.findall(
        r'\.stack\.t-([a-z]+) td:nth-child\((\d+)\)::before\{content:"([^"]*)"\}', STYLE
    )
    expected = [
        (kind, str(n), f"{name}: ")
        for kind, header in HEADERS.items()
        for n, name in enumerate(header, start=1)
    ]
    assert labels == expected
    assert ("claims", "1", "Source: ") in labels


def test_the_labels_are_inside_the_narrow_screens_rules() -> None:
    narrow = STYLE.index("@media (max-width:40rem){")
    printed = STYLE.index("@media print{")
    first = STYLE.index(".stack.t-")
    assert narrow < first < printed
    assert "%(labels)s" not in STYLE


def test_no_header_can_break_out_of_its_css_string() -> None:
    for header in HEADERS.values():
        for name in header:
            assert re.fullmatch(r"[A-Za-z0-9 .,()'-]+", name), name


def test_the_sheet_loads_nothing_and_its_braces_balance() -> None:
    assert "url(" not in STYLE
    assert "@import" not in STYLE
    assert "</" not in STYLE  # nothing could end the <style> element it is pasted into
    depth = 0
    for char in STYLE:
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0
    assert depth == 0
    assert STYLE.endswith("}\n")
