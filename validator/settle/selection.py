"""Rule selection: which codes a run reports (--select, --ignore)."""

from __future__ import annotations

from dataclasses import dataclass

from validator.model.findings import CODES

__all__ = ["RuleSelection", "UnknownCode", "parse_codes"]


class UnknownCode(ValueError):
    """A code or prefix that names no finding code."""

    def __init__(self, code: str) -> None:
        super().__init__(f"'{code}' matches no finding code; validate --list-codes lists them")
        self.code = code


def parse_codes(text: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """`D2,X` or a list of codes/prefixes; each must name at least one code."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    written = [part.strip() for part in parts if part.strip()]
    for code in written:
        if not any(known.startswith(code.upper()) for known in CODES):
            raise UnknownCode(code)  # as written: upper case turned "\x1b[31m" to "[31M"
    return tuple(code.upper() for code in written)


@dataclass(frozen=True, slots=True)
class RuleSelection:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def keeps(self, code: str) -> bool:
        if self.select and not any(code.startswith(prefix) for prefix in self.select):
            return False
        return not any(code.startswith(prefix) for prefix in self.ignore)
