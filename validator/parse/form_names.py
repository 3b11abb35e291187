"""A value written as a mapping of its parts under other names than a claim file's
(`{min: 85, max: 95}`, `{approx: 90}`, `{value: 90, unit: minutes}`, as a spreadsheet's
columns or another tool's export name them): the form to write, with its numbers. It
was told only that neither an interval nor an approximate number has those fields.
"""

from __future__ import annotations

from typing import Any

from validator.model.typography import shorten

__all__ = ["renamed_form"]

# Each field of a mapping form, by the names other tools give it.
_NAMES = {
    "from": ("from", "min", "minimum", "low", "lower", "start", "since", "earliest"),
    "to": ("to", "max", "maximum", "high", "upper", "end", "until", "till", "latest"),
    "about": ("about", "approx", "approximately", "circa", "around", "roughly"),
    "within": ("within", "margin", "tolerance", "plus_minus", "plusminus", "±", "+/-"),
}
_FIELD = {name: field for field, names in _NAMES.items() for name in names}
_FORMS = ({"from", "to"}, {"about", "within"})
_VALUE = frozenset(("value", "amount", "number", "quantity"))
_UNIT = frozenset(("unit", "units"))


def renamed_form(instance: dict[Any, Any]) -> str | None:
    """The next step for `instance`, a mapping of no form's fields, where its keys are
    another tool's names for one form's fields, or a number and its unit; else None."""
    if len(instance) > 2 or not all(_plain(value) for value in instance.values()):
        return None
    keys = {str(key).strip().casefold(): value for key, value in instance.items()}
    if set(keys) in ({"value", "unit"}, *({v, u} for v in _VALUE for u in _UNIT)):
        number, unit = (keys[k] for k in sorted(keys, key=lambda k: k in _UNIT))
        return f"write the value with its unit: '{_shown(number)} {_shown(unit)}'"
    fields = {_FIELD.get(key): value for key, value in keys.items()}
    if None in fields or len(fields) != len(keys):
        return None
    if not any(set(fields) <= form for form in _FORMS):
        return None
    order = [field for form in _FORMS for field in sorted(form, key=list(_NAMES).index)]
    written = ", ".join(f"{field}: {_shown(fields[field])}" for field in order if field in fields)
    return f"write {{{written}}}"


def _plain(value: object) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _shown(value: object) -> str:
    return shorten(str(value), 40)
