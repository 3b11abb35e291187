"""An error-heavy corpus: every E1xx path of the run, often.

Built on the ordinary generator's files (`generate.Corpus`), then broken the ways claim
files break: a file in fifty is unreadable (bytes that are not UTF-8, or YAML that does
not parse: E101); a file in thirty does not follow the schema where its source is
described (E102); a file in fifty reuses the source id of the file before it (E103).
In the other files, claims name things the dataset does not know (a misspelt subject:
E104; a misspelt property: E105), give values that do not fit their property's type
(E106), break the schema (a missing value, an unknown field: E102), reuse a claim id
(E103) or acknowledge a finding that never comes (E108); misquoted excerpts are the
ordinary generator's (E107). Deterministic for a seed.
"""

from __future__ import annotations

import os
import random
from typing import Any

from generate import Corpus, write_file
from vocabulary import misspell

from validator.dataset.model import Dataset

__all__ = ["ErrorHeavy", "generate_errors"]

# Values no property type accepts for the type named (E106).
_BAD_VALUES = {
    "date": "the week after next",
    "integer": "a great many",
    "number": "about a dozen or so",
    "percent": "most of them",
    "duration": "quite a while",
    "boolean": "perhaps",
    "entity": 17,
}
_UNREADABLE = (
    b"source:\n  id: broken\n  outlet: \xff\xfe not text\n",  # not UTF-8
    b"source: {id: broken, outlet: [unclosed\nclaims:\n  - subject: x\n",  # no closing bracket
    b"source:\n\tid: broken\n",  # a tab for indentation
)


class ErrorHeavy(Corpus):
    """The ordinary corpus with each file and claim broken at the rates above."""

    def broken(self, number: int) -> tuple[dict[str, Any] | None, str | None, bytes | None]:
        """The n-th file: a document and archive, or the raw bytes of an unreadable file."""
        rng = random.Random(self.seed * 7_000_003 + number)
        # Which files break is fixed by their number, so that every fifty files hold
        # one of each kind of broken file whatever the seed.
        if number % 50 == 3:
            return None, None, _UNREADABLE[(number // 50) % len(_UNREADABLE)]
        document, archive = self.document(number)
        if number % 30 == 5:
            source = document["source"]
            del source[rng.choice(("outlet", "title"))]  # a required field missing: E102
            source["published"] = ["sometime"]
        elif number % 50 == 26:
            document["source"]["id"] = f"gen-{number - 1:06d}"  # the file before's id: E103
        for index, claim in enumerate(document["claims"]):
            self._break(rng, claim, document["claims"], index)
        return document, archive, None

    def _break(
        self, rng: random.Random, claim: dict[str, Any], claims: list[dict[str, Any]], index: int
    ) -> None:
        roll = rng.random()
        if roll < 0.04:
            claim["subject"] = misspell(rng, str(claim["subject"])) + "x"  # E104
        elif roll < 0.06:
            claim["property"] = claim["property"] + "_of_it"  # E105
        elif roll < 0.10:
            found = self.dataset.property(claim["property"])
            kind = found[0].type if found else "integer"
            claim["value"] = _BAD_VALUES.get(kind, {"about": "nothing"})  # E106
        elif roll < 0.12:
            claim.pop("value")  # a required field missing: E102
        elif roll < 0.13:
            claim["sources"] = "unknown field"  # a field the schema does not allow: E102
        elif roll < 0.14 and index > 0:
            claim["id"] = claims[index - 1]["id"]  # the claim before's id: E103
        elif roll < 0.15 and self._quotes_nothing(claim):
            # An acknowledgement of a quote finding on a claim that quotes nothing: E108.
            claim["acknowledge"] = [{"code": "Q401", "reason": "Reviewed; left as printed."}]

    def _quotes_nothing(self, claim: dict[str, Any]) -> bool:
        prop = self.dataset.properties.get(claim["property"])
        return prop is not None and prop.type != "quote"


def generate_errors(
    out: str, dataset: Dataset, *, files: int, claims: int, seed: int = 1
) -> list[str]:
    """Write the error-heavy corpus to `out`; return its claim files."""
    corpus = ErrorHeavy(dataset, seed, claims)
    written: list[str] = []
    for number in range(1, files + 1):
        document, archive, raw = corpus.broken(number)
        if raw is not None:
            path = os.path.join(out, f"gen-{number:06d}.yaml")
            os.makedirs(out, exist_ok=True)
            with open(path, "wb") as handle:
                handle.write(raw)
            written.append(path)
        else:
            assert document is not None
            # Named by number: a file reusing another's source id must not replace it.
            written.append(write_file(out, document, archive, stem=f"gen-{number:06d}"))
    return written
