"""How a claim's value and qualifiers were written, where the reader took them for a
number or boolean.

A text property takes a scalar as its author wrote it: `character: 007` is the text
"007", and `format: 1.50` is "1.50", not the numbers 7 and 1.5 the YAML core schema
reads. Which property takes text is the dataset's to say, so the reader keeps the text
of every number and boolean (`Positions.written`) and this hands the claim's own to
its resolution, which takes them where the property's type wants text
(`registry.as_written`). Nearly every claim has none: its value is text already.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from validator.model.property_types.base import NOT_TEXT
from validator.read.files import LoadedFile

__all__ = ["WrittenAs", "written_as"]


class WrittenAs(NamedTuple):
    """The text each number or boolean of a claim was written as: its value's (None
    when it is not one, or its tag chose its type), and its qualifiers' by name."""

    value: str | None
    qualifiers: tuple[tuple[str, str], ...] = ()

    def qualifier(self, name: str) -> str | None:
        for qualifier, text in self.qualifiers:
            if qualifier == name:
                return text
        return None


def written_as(raw: dict[str, Any], number: int, loaded: LoadedFile) -> WrittenAs | None:
    """How the number or boolean value and qualifiers of claim `number` of `loaded`
    (written as `raw`) were written; None when it has none (nearly every claim)."""
    value = raw.get("value")
    qualifiers = raw.get("qualifiers")
    value_text = None
    positions = loaded.positions
    if type(value) in NOT_TEXT:
        value_text = positions.written_as(("claims", number, "value"))
    named: list[tuple[str, str]] = []
    if type(qualifiers) is dict:
        for name, item in qualifiers.items():
            if type(item) in NOT_TEXT:
                text = positions.written_as(("claims", number, "qualifiers", name))
                if text is not None:
                    named.append((name, text))
    if value_text is None and not named:
        return None
    return WrittenAs(value_text, tuple(named))
