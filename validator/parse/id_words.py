"""A claim id told the form to write (`Net` told "write 'net'") where another claim of
the file has that id already: following the advice made an E103, a duplicate id. The
next step names a free id, and the claim whose id the form is.
"""

from __future__ import annotations

import re
from typing import Any

from validator.read.positions import JsonPath, path_key

from .located import Located
from .schema import SchemaError

__all__ = ["FreeIds"]

_WORDS = re.compile(r"[a-z0-9]+")
# The form an id's E102 says to write (`parse.pattern_words.mended_form`).
_WRITE = re.compile(r"; write '(?P<id>[a-z0-9][a-z0-9-]{0,98})'\Z")


class FreeIds:
    """The ids of a file's claims, gathered at the first message about an id."""

    def __init__(self, claims: Any) -> None:
        self.claims = claims if isinstance(claims, list) else []
        self.taken: dict[str, int] | None = None
        # The ids written, and each as an id's message may mend it ("net 2": 'net-2'):
        # no free id either. Gathered once: a file may hold thousands of such ids.
        self.used: set[str] = set()

    def located(self, error: SchemaError) -> Located:
        """The schema's `error` as an E102, told a free id where it needs one."""
        path, message = error.path, self(error.path, error.message)
        return Located("E102", path, error.line, error.column, message, path_key(path), error.field)

    def __call__(self, path: JsonPath, message: str) -> str:
        """`message`, an error at `path`; where it is a claim's id told to write one that
        another claim has, told a free one instead."""
        if len(path) != 3 or path[0] != "claims" or path[2] != "id":
            return message
        found = _WRITE.search(message)
        if found is None:
            return message
        if self.taken is None:
            self.taken = {}
            for number, claim in enumerate(self.claims):
                written = claim.get("id") if isinstance(claim, dict) else None
                if isinstance(written, str):
                    self.taken.setdefault(written, number)
                    self.used.update((written, "-".join(_WORDS.findall(written.lower()))))
        mended = found["id"]
        other = self.taken.get(mended)
        if other is None or other == path[1]:
            return message
        used = self.used
        free = next(f"{mended}-{n}" for n in range(2, len(used) + 3) if f"{mended}-{n}" not in used)
        return (
            f"{message[: found.start()]}; write '{free}' ('{mended}' is the id of claims[{other}])"
        )
