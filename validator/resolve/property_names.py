"""A claim's property written as a label ("Directed by", "Running time",
"firstBroadcast"), named from the dataset's vocabulary.

The schema refuses such a property (E102) before the dataset is consulted, and told the
writer the text's form as a name ("write 'directed_by'"), which is no property: the next
run answered E105, "did you mean 'director'?", and the writer had been sent the wrong way
once. The E102 stands; what it says to write is now a property of the vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from validator.dataset.model import Dataset
from validator.model.findings import Finding
from validator.parse.claim_file import ParsedFile

__all__ = ["named_properties"]

# The key of a schema error at a claim's property (`format_path`): claims[3].property.
# Only the schema's errors are keyed by a bare path (a duplicate key's is "kind:path").
_AT_PROPERTY = re.compile(r"claims\[([0-9]+)\]\.property\Z")
# The form the schema's words gave the text (`parse.pattern_words`): replaced, not added to.
_FORM_GIVEN = re.compile(r"(?:; it has [a-z ]+ it:|;) write '[^']*'\Z")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_WORDS = re.compile(r"[a-z0-9]+")


def named_properties(
    findings: Iterable[Finding], parsed: ParsedFile, dataset: Dataset
) -> tuple[Finding, ...]:
    """`findings`, each E102 at a claim's property telling the dataset's names for what
    was written (the name itself where the text is one written as a label, else the
    names close to it), or that the vocabulary has none close."""
    out: list[Finding] = []
    for finding in findings:
        at = _AT_PROPERTY.match(finding.key)
        written = _written_property(parsed, int(at[1])) if at else None
        # A name of the vocabulary with space around it is told just that already.
        if written is not None and not _spaced_name(written, dataset):
            base = _FORM_GIVEN.sub("", finding.message)
            finding = replace(finding, message=base + _next_step(written, dataset))
        out.append(finding)
    return tuple(out)


def _spaced_name(written: str, dataset: Dataset) -> bool:
    bare = written.strip()
    return bare != written and dataset.property(bare) is not None


def _written_property(parsed: ParsedFile, index: int) -> str | None:
    claim = parsed.written(index)
    written = claim.get("property") if claim is not None else None
    return written if isinstance(written, str) and len(written) <= 100 else None


def _next_step(written: str, dataset: Dataset) -> str:
    spaced = _CAMEL.sub(" ", written)  # firstBroadcast: two words
    bare = "".join(c for c in unicodedata.normalize("NFKD", spaced) if c.isascii())
    name = "_".join(_WORDS.findall(bare.lower()))
    if name and dataset.property(name) is not None:
        return f"; write '{name}'"
    near = dataset.property_suggestions(name) if name else ()
    if near:
        return "; did you mean " + " or ".join(f"'{n}'" for n in near) + "?"
    return "; write the name of a property in the dataset's vocabulary"
