"""Stage 4: quotes across sources (Q401-Q403).

The quote claims of every source are gathered into clusters of the same words, and
each deviating wording is reported once (`quote_clusters`): against the dataset's
transcript by the same speaker where there is one, else against the wording most
sources give. How two quotes match, and which are worth matching, is `quote_match`'s;
a single quote against the transcripts is `validator.rules.transcripts`'.
"""

from __future__ import annotations

from validator.dataset.model import Dataset
from validator.model.findings import Finding
from validator.resolve.claims import ResolvedClaim

from .quote_clusters import quote_findings
from .quote_match import is_quote
from .rule import Across, AcrossFound, CrossRule, Needs
from .transcripts import Transcripts

__all__ = ["RULE", "quotes_across_sources"]


def quotes_across_sources(
    claims: list[ResolvedClaim], dataset: Dataset, transcripts: Transcripts | None = None
) -> list[Finding]:
    """Q401-Q403: the quote claims of different sources compared with each other."""
    transcripts = transcripts or Transcripts(dataset, explain=False)
    quoted = [c for c in claims if is_quote(c)]
    return quote_findings(quoted, dataset, transcripts.texts, transcripts.reference)


def _check(given: Across) -> AcrossFound:
    return AcrossFound(quotes_across_sources(list(given.claims), given.dataset))


RULE = CrossRule(
    name="quotes",
    codes=frozenset({"Q401", "Q402", "Q403"}),
    needs=Needs.QUOTES,
    check=_check,
    wants=is_quote,
)
"""The quotes of every source, compared with each other."""
