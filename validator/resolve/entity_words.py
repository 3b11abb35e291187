"""What an E104 says after "names no entity in the dataset": the names close to what was
written; where it lists several entities ("Kate Winslet and Mia Threapleton", as a cast
list gives them), that a claim holds one value (a did-you-mean of one of them, "did you
mean 'Mia Threapleton'?", told the writer to drop the other); where a name is placed or
described after a comma or in brackets ("Reading, Berkshire"), the name before them;
where it gives the entity and then, after "as" or in brackets, what the property's one
text qualifier holds ("Kate Winslet as Ruth", "Kate Winslet (Ruth)", as cast lists give
a part), the value and the qualifier to write.
"""

from __future__ import annotations

import re

from validator.dataset.model import Dataset, PropertyDef
from validator.model.typography import flow_text, listed, shorten, split_remark

__all__ = ["suggest", "unknown_entity_words"]

# What parts a list of names, as prose and spreadsheets write one. White space is taken
# whole (`\s*+`, "and" looking behind for it): a run of spaces was tried again from
# each of its places, 0.12 s for a name of 380 characters.
_PARTED = re.compile(r"\s*+(?:,\s*(?:and\s+)?|(?<=\s)and\s+|&|/|;)\s*", re.IGNORECASE)
# Past this many characters a value is no list of names to read, nor a name placed after
# a comma: each part is looked up.
_LONGEST_LIST = 400
# Characters of a name a message quotes, as `qualifiers.unknown_name` cuts the whole.
_NAME_CHARS = 80
_LISTED = 3  # names a message shows before "and N more"


def suggest(names: tuple[str, ...], fix: str = "add the entity (or the name) to") -> str:
    """The did-you-mean part of a message: the names close to what was written, or the
    next step when none is."""
    if not names:  # nothing close: the next step the code table gives
        return f"; check the spelling, or {fix} the dataset"
    return "; did you mean " + " or ".join(f"'{n}'" for n in names) + "?"


def unknown_entity_words(dataset: Dataset, name: str, prop: PropertyDef | None = None) -> str:
    """The end of the E104 of `name`, which names no entity: that it names several,
    each a claim of its own, where every part of it names a different one (each perhaps
    with its part: `_entities_listed`); that it names one and what a qualifier of
    `prop`, the claim's property, holds (`_as_part`); else the names close to it
    (`suggest`)."""
    # A list first: "Kate Winslet as Ruth, Mia Threapleton as Freya" names a character
    # of the first no more than "Kate Winslet, Mia Threapleton" does.
    qualifier = _text_qualifier(prop)
    several, with_parts = _entities_listed(dataset, name, qualifier)
    if several:
        shown = listed(
            [f"'{shorten(part, _NAME_CHARS)}'" for part in several[:_LISTED]],
            ", ",
            len(several),
            sentence=True,
        )
        each = f", with its {qualifier} under qualifiers" if with_parts else ""
        return (
            f"; it lists {len(several)} entities, {shown}: a claim holds one value, so "
            f"write a claim for each{each}"
        )
    if qualifier and (part := _as_part(dataset, name, qualifier)) is not None:
        return part
    suggested = dataset.entity_suggestions(name)
    head = _placed_name(name)
    owner = None if head is None else dataset.resolve_entity(head)
    if head and owner and all(dataset.resolve_entity(s) != owner for s in suggested):
        # "Reading, Berkshire": the name before what places it, which a did-you-mean
        # scoring the whole did not reach.
        suggested = (shorten(head, _NAME_CHARS), *suggested)[:3]
    return suggest(suggested)


def _placed_name(name: str) -> str | None:
    """The words of `name` before a comma or a bracket that places or describes them
    ("Reading, Berkshire", "Channel 4 (UK)"); None where there are none, or the name is
    too long to be one. Found with `str.find`: a pattern of spaces before the comma took
    time growing as the square of a run of spaces (20,000 took 1.7 s)."""
    if len(name) > _LONGEST_LIST:
        return None
    cuts = [at for at in (name.find(","), name.find("(")) if at > 0]
    head = name[: min(cuts)].strip() if cuts else ""
    return head or None


def _entities_listed(dataset: Dataset, name: str, qualifier: str | None) -> tuple[list[str], bool]:
    """The parts of `name` as written, where it lists two entities or more and each part
    names a different one, and whether one gives what `qualifier`, the property's one
    text qualifier, holds after "as" or in brackets ("Mia Threapleton as Freya"); else
    none."""
    if len(name) > _LONGEST_LIST:
        return [], False
    parts = [part.strip() for part in _PARTED.split(name) if part.strip()]
    if len(parts) < 2:
        return [], False
    named = [dataset.resolve_entity(part) for part in parts]
    with_parts = False
    for at, entity in enumerate(named):
        found = _part_of(dataset, parts[at]) if entity is None and qualifier else None
        if found is not None:
            named[at], with_parts = dataset.resolve_entity(found["name"]), True
    if None in named or len(set(named)) != len(named):
        return [], False
    return parts, with_parts


# "Kate Winslet as Ruth", "Kate Winslet (Ruth)", "Kate Winslet (as Ruth)": a name, and
# what the name stands as after "as" or in brackets, as cast lists give a part.
_AS = re.compile(r"(?P<name>.+?)\s+as\s+(?P<part>.+)", re.IGNORECASE | re.DOTALL)
_BRACKETED = re.compile(
    r"(?P<name>[^()\[\]]+?)\s*[(\[]\s*(?:as\s+)?(?P<part>[^()\[\]]+?)\s*[)\]]",
    re.IGNORECASE,
)


def _text_qualifier(prop: PropertyDef | None) -> str | None:
    """The one text qualifier of `prop`, which holds a part ("character"); None where it
    has none, or several."""
    texts = [name for name, kind in prop.qualifiers if kind == "text"] if prop else []
    return texts[0] if len(texts) == 1 else None


def _part_of(dataset: Dataset, name: str) -> re.Match[str] | None:
    """`name` read as an entity's name and a part, after "as" or in brackets (the
    groups `name` and `part`); None where the name before them names no entity, or the
    brackets hold an entity's name ("Mia Threapleton (Mia)", "Channel 4 (UK)" are no
    part)."""
    found = _AS.fullmatch(name.strip())
    if found is not None and dataset.resolve_entity(found["name"]) is not None:
        return found
    found = _BRACKETED.fullmatch(name.strip())
    if found is None or dataset.resolve_entity(found["part"]) is not None:
        return None
    return found if dataset.resolve_entity(found["name"]) is not None else None


def _as_part(dataset: Dataset, name: str, qualifier: str) -> str | None:
    """The next step for `name` written as an entity and what `qualifier`, the one text
    qualifier of the claim's property, holds, after "as" or in brackets ("Kate Winslet
    (Ruth)" for a cast member whose qualifier `character` is text): the value and the
    qualifier apart. None for any other."""
    found = _part_of(dataset, name) if len(name) <= _LONGEST_LIST else None
    if found is None:
        return None
    how = "after 'as'" if found.re is _AS else "in brackets"
    entity = shorten(found["name"].strip(), _NAME_CHARS)
    written, note = found["part"].strip(), ""
    if (remarked := split_remark(written)) is not None:  # "as Ruth (lead)": the note's
        written, remark = remarked
        note = f", and '{shorten(remark, _NAME_CHARS)}' in the claim's note"
    part = flow_text(shorten(written, _NAME_CHARS))
    return (
        f"; it names '{entity}' and, {how}, its {qualifier}: write value: {entity}, "
        f"qualifiers: {{{qualifier}: {part}}}{note}"
    )
