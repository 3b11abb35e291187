"""Stage 2: a field the source does not have (`colour:`, `autor:`), written beside its
own, or one the file does not have beside its source and claims (`notes:`). Its E102
fails the run, but it changes nothing the claims are checked with, so it does not make
them invalid as an error in the source's own fields does: one such typo hid every
refutation of the file. A stray field that misspells a required one leaves that field
missing: the source unusable all the same, but for the publication date (`publihsed:`),
whose absence leaves it undated (`source_header`).
"""

from __future__ import annotations

from typing import Any

from .located import Located
from .models import Source

__all__ = ["SOURCE_FIELDS", "known_fields", "stray_file_field", "stray_source_field"]

# The fields a source has: any other is a stray.
SOURCE_FIELDS = frozenset(Source.model_fields)
# The fields a claim file has beside its source and claims.
_FILE_FIELDS = frozenset(("source", "claims", "$schema"))
# Of those, the ones a file must have.
_REQUIRED_FILE_FIELDS = frozenset(("source", "claims"))


def stray_source_field(problem: Located) -> bool:
    """Whether `problem` is only the E102 of a field the source does not have."""
    path = problem.path
    return (
        problem.code == "E102"
        and len(path) == 2
        and path[0] == "source"
        and path[1] not in SOURCE_FIELDS
    )


def stray_file_field(problem: Located) -> bool:
    """Whether `problem` is only the E102 of a field the file does not have, beside its
    source and claims (`notes:`, `reviewed_by:`, as a desk adds a note of its own): it
    changes nothing the claims are checked with, and made every claim invalid. A stray
    that misspells `source` or `claims` leaves that field missing, whose own E102 keeps
    the claims from being checked all the same."""
    path = problem.path
    return (
        problem.code == "E102"
        and len(path) == 1
        and path[0] not in _FILE_FIELDS
        # `src:` told "did you mean 'source'?" is the one finding of the missing source
        # (its own E102 is left out): the claims cannot be checked without it.
        and (problem.field is None or problem.field[1] not in _REQUIRED_FILE_FIELDS)
    )


def known_fields(source: dict[str, Any]) -> dict[str, Any]:
    """The source's own fields, the stray ones left out."""
    return {key: value for key, value in source.items() if key in SOURCE_FIELDS}
