"""Stage 4: excerpts against the source's archived text (E107).

The archive a claim file names is found, refused or read by `rules.archives` (only an
ordinary UTF-8 file inside the project, each once per run); a refused one gives one
E107 that says why and is never quoted.

The work is bounded. Finding an excerpt is one linear search of its archive, or, once
an archive was searched many times, a look at the places of its rarest inner word
(`passage_index`), paid for from a budget per archive (`archives.LOOKUP_SEARCHES`);
past it, the excerpt gets an E107 saying it was not looked for. The nearest passage (shown
when an excerpt is not found) is searched for within a budget of character comparisons
per excerpt and per archive; past it, the finding says so instead of naming a passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from validator.dataset.model import Dataset
from validator.model.findings import Finding, Location, make_finding
from validator.model.typography import listed, shorten
from validator.parse.claim_file import ClaimEntry, ParsedFile

from . import longest_stretch
from .archives import (
    NEAREST_BUDGET,
    Archived,
    Archives,
    SearchBudget,
    Unusable,
    archive_path,
    normalise_passage,
)
from .rule import FileRule, Setting
from .unspaced import written_without_spaces

__all__ = [
    "NEAREST_BUDGET",
    "RULE",
    "check_excerpts",
]

_WIDEN = 40  # characters a nearest passage may grow at each end to end on whole words
# Letters and digits the longest common stretch must hold for its passage to be named (or
# half the excerpt's, if fewer), a character of a script written without spaces counting
# two (`_alnum`): "ted " or " for the " is in most texts, and the passage around it,
# named as the nearest, sent the reader to words with nothing of the excerpt.
_RESEMBLES = 8
# The claims an unusable archive's E107 names before "and N more", as S501 names its own.
_LISTED = 3


def _nearest(excerpt: str, archive: str, budget: SearchBudget) -> str | None:
    """The passage of the archive nearest the excerpt; "" when none resembles it, None
    when the budget ran out before one was found."""
    found = longest_stretch.longest_common(archive, excerpt, budget)
    if found is None:
        return None
    start_a, start_b, size = found
    needed = min(_RESEMBLES, max(3, _alnum(excerpt) // 2))
    if _alnum(archive[start_a : start_a + size]) < needed:
        return ""
    start = _head_at(archive, excerpt[:start_b], start_a)
    start, end = _whole_words(archive, start, start + len(excerpt) + 10)
    passage = archive[start:end].strip()
    return shorten(passage, 160)


def _head_at(archive: str, head: str, anchor: int) -> int:
    """Where the passage whose stretch at `anchor` follows the excerpt's `head` starts:
    at the longest start of `head` (three letters or more) the archive has just before
    the stretch. Counted back by the head's length alone, a passage whose words before
    the stretch are longer than the excerpt's ("tomorrow" for "today") lost its first
    words ("Am Ruth airs tomorrow" for "I Am Ruth airs today")."""
    low = max(0, anchor - len(head) - _WIDEN)
    skip = 0  # a quotation mark or bracket opening the excerpt: its words are sought
    while skip < len(head) and not head[skip].isalnum():
        skip += 1
    for size in range(min(len(head), 60), skip, -1):
        start = head[skip:size]
        if _alnum(start) < 3:
            break
        found = archive.rfind(start, low, anchor)
        if found >= 0:
            return found
    return max(0, anchor - len(head))


# A mark of words left out: "...", as "…" is once normalised, bracketed or not.
_CUT = re.compile(r"\s*[\[(]?\.{3,}[\])]?\s*")


def _parts_in_order(excerpt: str, archive: str) -> bool:
    """Whether an excerpt that marks words it leaves out ("opened up … her daughter",
    "[...]") has each of its parts in the archive, in order, as a quote that marks a
    cut agrees with its transcript. Each part is looked for after the one before: the
    parts together cost one linear search of the archive. An excerpt of marks alone
    ("...", "[...]") has no parts, and names no passage."""
    if "..." not in excerpt:
        return False
    parts = [part for part in _CUT.split(excerpt) if part]
    if not parts:
        return False
    at = 0
    for part in parts:
        found = archive.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def _in_other_case(excerpt: str, archive: Archived) -> str | None:
    """The archive's passage that is the excerpt but for case, if any: an excerpt
    written in capitals ("HER 22-YEAR-OLD DAUGHTER") shares no run of characters with
    its passage, and was told that nothing in the archive resembles it. Lowering the
    archive is paid for from its budget; only a text whose length lowering keeps
    gives positions that are the archive's own."""
    text = archive.text
    if not archive.budget.spend(len(text)):
        return None
    lowered, sought = text.lower(), excerpt.lower()
    at = lowered.find(sought) if len(lowered) == len(text) else -1
    return shorten(text[at : at + len(sought)], 160) if at >= 0 else None


# Marks a desk puts around a passage it copies, as normalise_passage leaves them.
_QUOTATION_MARKS = {'"': '"', "'": "'", "\u00ab": "\u00bb", "\u00bb": "\u00ab"}


def _placed(excerpt: str, archive: Archived) -> bool | None:
    """Whether the excerpt is in the archive, whole or as its parts around marks of words
    left out; None when the archive's budget for look-ups cannot pay for the search."""
    found = archive.finder.holds(excerpt)
    if found is not False or "..." not in excerpt:
        return found
    if not archive.lookups.spend(len(archive.text) + 1):  # the parts: one linear search
        return None
    return _parts_in_order(excerpt, archive.text)


def _found_unquoted(excerpt: str, archive: Archived) -> bool:
    """Whether the excerpt, less quotation marks around the whole of it
    ('"I Am Ruth airs tomorrow"'), is in the archive: the words are the source's, the
    marks the writer's."""
    if len(excerpt) < 3 or _QUOTATION_MARKS.get(excerpt[0]) != excerpt[-1]:
        return False
    inner = excerpt[1:-1].strip()
    return bool(inner) and _placed(inner, archive) is True


def _alnum(text: str) -> int:
    """The text's letters and digits, a character of a script written without spaces
    counting two: it weighs half a word (`unspaced.half_words`), as two or three letters
    of English do. Counted one, a Chinese excerpt with its date written otherwise ("九号"
    for "八日") shared seven with its sentence on either side of it, and was told that
    no passage of the archive resembles it."""
    letters = sum(c.isalnum() for c in text)
    if text.isascii():
        return letters
    return letters + sum(1 for c in text if c.isalnum() and written_without_spaces(c))


def _whole_words(archive: str, start: int, end: int) -> tuple[int, int]:
    """The passage widened to the words it cuts, by at most `_WIDEN` characters at each
    end: the message says to copy the source's words, and "ongside ... Mia Thre" are not
    words of it."""
    first = max(0, start - _WIDEN)
    while start > first and _inside_word(archive, start):
        start -= 1
    last = min(len(archive), end + _WIDEN)
    while end < last and _inside_word(archive, end):
        end += 1
    return start, end


def _inside_word(archive: str, at: int) -> bool:
    """Whether a cut before `archive[at]` cuts a word: neither side is white space, nor
    a character of a script written without spaces, each of which is a word (a Chinese
    passage was widened by the whole bound, having no space to end on)."""
    before, after = archive[at - 1], archive[at]
    if before.isspace() or after.isspace():
        return False
    if before.isascii() and after.isascii():
        return True
    return not (written_without_spaces(before) or written_without_spaces(after))


def _nearest_within_budget(excerpt: str, archive: Archived, shared: bool) -> str | None:
    """`_nearest`, paid for from the archive's budget of work (`shared`: what is left of
    it is less than one search's)."""
    budget = SearchBudget(min(NEAREST_BUDGET, archive.budget.left))
    nearest = _nearest(excerpt, archive.text, budget)
    archive.budget.spend(budget.spent)
    if nearest is None and shared:  # cut short by what the run's other searches spent
        archive.budget.cut_short()
    return nearest


def check_excerpts(parsed: ParsedFile, archives: Archives) -> list[Finding]:
    source = parsed.source
    if source is None or source.archive is None:
        return []
    with_excerpts = [e for e in parsed.claims if e.model is not None and e.model.excerpt]
    archive = archives.get(source.archive, archive_path(parsed))
    if isinstance(archive, Unusable):
        where = Location(parsed.path, *parsed.loaded.positions.of(("source", "archive")))
        return [_unusable(parsed, source.archive, archive, where)]
    if not with_excerpts:
        return []
    archive.finder.expect(len(with_excerpts))
    findings = []
    for entry in with_excerpts:
        assert entry.model is not None and entry.model.excerpt is not None
        excerpt = normalise_passage(entry.model.excerpt)
        found = _placed(excerpt, archive)
        if found:
            continue
        if found is None:
            message = (
                f"excerpt not looked for in the archived text {source.archive}: this run "
                "has searched it as much as factlint's bound on work allows; give this "
                "source an archive of its own text, or check fewer files naming it at once"
            )
        else:
            hint, fix = _not_found(excerpt, archive)
            message = f"excerpt not found in the archived text {source.archive}; {hint}; {fix}"
        findings.append(
            make_finding(
                "E107",
                message,
                claims=(entry.full_id,),
                locations=(entry.position(parsed.loaded, "excerpt"),),
                key="excerpt",
            )
        )
    return findings


def _unusable(parsed: ParsedFile, written: str, archive: Unusable, where: Location) -> Finding:
    """The E107 of an archive that cannot be used. It concerns the claims that write an
    excerpt, valid or not (an invalid one's cannot be checked either, and the finding is
    then the same whichever claims are valid); where none does, every claim of the
    source: a broken archive is a broken record of what the source said, told now
    rather than when a first excerpt fails. Its line is labelled with its first claim,
    as every finding's is: the message names the claims it concerns, as a finding
    about several claims does (S501, X303), so that the line does not read as if the
    first alone were concerned."""
    quoting = tuple(e for e in parsed.claims if _writes_excerpt(e))
    concerned = quoting or parsed.claims
    claims = tuple(e.full_id for e in concerned)
    named = listed([e.claim_id for e in concerned[:_LISTED]], ", ", len(claims), sentence=True)
    whose = f"the source's {'claims' if len(claims) > 1 else 'claim'} {named}"
    if quoting:
        excerpts = "excerpts" if len(quoting) > 1 else "excerpt"
        why = f"{archive.reason}, so the {excerpts} of {whose} cannot be checked"
    else:
        why = f"{archive.reason}, for {whose}" if claims else archive.reason
    return make_finding(
        "E107",
        f"archive '{written}' cannot be used: it {why}; {archive.fix}",
        claims=claims,
        locations=(where,),
        key="archive",
    )


def _writes_excerpt(entry: ClaimEntry) -> bool:
    if entry.model is not None:
        return bool(entry.model.excerpt)
    excerpt = entry.raw.get("excerpt")
    return isinstance(excerpt, str) and bool(excerpt)


def _not_found(excerpt: str, archive: Archived) -> tuple[str, str]:
    """What the archive has nearest an excerpt it does not hold, and what to do."""
    # An excerpt that is its passage but for capitals ("I am" for "I Am") is shown that
    # passage as such: the nearest passage around it, a few words longer, hides the one
    # difference the reader has to find.
    fix = "copy the source's words exactly"
    if _found_unquoted(excerpt, archive):
        # Its nearest passage was the excerpt itself, less the marks: no help.
        return "the archive has it without the quotation marks around it", (
            "write the excerpt without them"
        )
    if other_case := _in_other_case(excerpt, archive):
        return f'the archive has it with other capitals: "{other_case}"', fix
    shared = archive.budget.left < NEAREST_BUDGET  # what the run's other searches left
    nearest = _nearest_within_budget(excerpt, archive, shared)
    if nearest is None and shared:
        # Not the archive's length: a 30 KB archive's run may have spent its budget on
        # the searches for other excerpts not found in it.
        hint = (
            "its nearest passage was not looked for: this run's searches of the archive "
            "for excerpts not found reached factlint's bound on work"
        )
    elif nearest is None:
        hint = (
            "the archive is too long to look for the nearest passage of this excerpt "
            "within factlint's bound on work"
        )
    elif not nearest:
        hint = (
            "no passage of it resembles the excerpt: check that the archive is this source's text"
        )
    else:
        hint = f'the nearest passage is "{nearest}"'
    return hint, fix


def _start(dataset: Dataset, setting: Setting) -> Callable[[ParsedFile], list[Finding]]:
    # Each archive read once per run and process.
    archives = setting.archives if setting.archives is not None else Archives(setting.root)

    def check(parsed: ParsedFile) -> list[Finding]:
        return check_excerpts(parsed, archives)

    return check


RULE = FileRule(name="excerpts", codes=frozenset({"E107"}), start=_start)
"""Every file's excerpts, against its source's archived text."""
