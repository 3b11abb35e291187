"""Stage 4: quotes across sources (Q401-Q403).

The quote claims of every source are gathered into clusters of the same words, and
each deviating wording is reported once (`quote_clusters`): against the dataset's
transcript by the same speaker where there is one, else against the wording most
sources give. How two quotes match, and which are worth matching, is `quote_match`'s;
a single quote against the transcripts is `validator.rules.transcripts`'.

Where clusters form depends on every quote (which runs of words are rare, which
wordings come first), so the stage is recalled as a whole, named by every quote
claim's token: a re-run that changed no quote takes its findings from an earlier run.
One that did finds the clusters again, each pair of texts matched once ever (a match
is a function of the two texts).
"""

from __future__ import annotations

from functools import partial

from validator.dataset.model import Dataset
from validator.model.findings import Finding
from validator.resolve.claims import ResolvedClaim

from .quote_clusters import quote_findings
from .quote_match import Texts, is_quote
from .recalled import group_name, is_findings
from .rule import Across, AcrossFound, CrossRule, Needs, Recall, recall_nothing
from .transcripts import Transcripts

__all__ = ["RULE", "quotes_across_sources"]


def quotes_across_sources(
    claims: list[ResolvedClaim],
    dataset: Dataset,
    transcripts: Transcripts | None = None,
    recall: Recall | None = None,
) -> list[Finding]:
    """Q401-Q403: the quote claims of different sources compared with each other; how
    two texts match may come from `recall` (see `Across.recall`)."""
    transcripts = transcripts or Transcripts(dataset, explain=False, texts=Texts(recall))
    quoted = [c for c in claims if is_quote(c)]
    return quote_findings(
        quoted, dataset, transcripts.texts, transcripts.reference, transcripts.misattributed
    )


def _check(given: Across) -> AcrossFound:
    quoted = [claim for claim in given.claims if is_quote(claim)]
    if given.recall is recall_nothing:  # nothing to recall: nothing named first
        return AcrossFound(quotes_across_sources(quoted, given.dataset))
    compute = partial(quotes_across_sources, quoted, given.dataset, recall=given.recall)
    name = group_name("quotes", (), quoted, given.tokens, {})
    if name is None:
        return AcrossFound(compute())
    return AcrossFound(given.recall(name, compute, is_findings))


RULE = CrossRule(
    name="quotes",
    codes=frozenset({"Q401", "Q402", "Q403"}),
    needs=Needs.QUOTES,
    check=_check,
    wants=is_quote,
)
"""The quotes of every source, compared with each other."""
