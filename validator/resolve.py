"""Stage 3: resolve each claim against the dataset's vocabulary into sets.

Names become entity ids, the property becomes its declaration (a claim written with an
inverse property is turned around), and the value, qualifiers and `as_of` become the
sets they denote. Anything that cannot be resolved is an E104/E105/E106 finding and
the claim is `invalid`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .claim_files import ClaimEntry, ParsedFile
from .dataset import Dataset, PropertyDef
from .findings import Finding, Location, make_finding
from .parse_values import EntityLookup, UnknownEntity, ValueProblem, describe_raw, parse_value
from .values import Choice, Span, ValueSet

__all__ = ["ResolvedClaim", "resolve_claim"]


@dataclass(frozen=True, slots=True)
class ResolvedClaim:
    full_id: str
    source_id: str
    file: str
    location: Location  # the claim's value: where findings about it point
    subject: str  # entity id, in the declared direction of the property
    written_subject: str  # entity id of the subject as written (differs when inverted)
    prop: PropertyDef
    written_property: str
    inverted: bool
    raw_value: Any
    value: ValueSet
    value_display: str
    qualifiers: tuple[tuple[str, ValueSet, str], ...]
    as_of: Span
    as_of_display: str
    excerpt: str | None

    @property
    def group_key(self) -> tuple[str, str]:
        return (self.subject, self.prop.name)

    def qualifier(self, name: str) -> tuple[ValueSet, str] | None:
        for qualifier, value, display in self.qualifiers:
            if qualifier == name:
                return value, display
        return None


def _suggest(names: tuple[str, ...]) -> str:
    if not names:
        return ""
    return "; did you mean " + " or ".join(f"'{n}'" for n in names) + "?"


def resolve_claim(
    entry: ClaimEntry, parsed: ParsedFile, dataset: Dataset
) -> ResolvedClaim | list[Finding]:
    """The claim as sets, or the findings that keep it from being checked."""
    raw = entry.raw
    loaded = parsed.loaded
    findings: list[Finding] = []
    lookup = EntityLookup(dataset.resolve_entity, dataset.with_narrower)
    claims = (entry.full_id,)

    def fail(code: str, message: str, where: tuple[str | int, ...], key: str) -> None:
        findings.append(
            make_finding(
                code, message, claims=claims, locations=(entry.position(loaded, *where),), key=key
            )
        )

    subject_name: str = raw["subject"]
    subject = dataset.resolve_entity(subject_name)
    if subject is None:
        fail(
            "E104",
            f"subject '{subject_name}' names no entity in the dataset"
            f"{_suggest(dataset.entity_suggestions(subject_name))}",
            ("subject",),
            f"subject:{subject_name}",
        )
    written_property: str = raw["property"]
    found = dataset.property(written_property)
    if found is None:
        fail(
            "E105",
            f"property '{written_property}' is not in the dataset's vocabulary"
            f"{_suggest(dataset.property_suggestions(written_property))}",
            ("property",),
            f"property:{written_property}",
        )
        return findings
    prop, inverted = found
    value_kind = "entity" if inverted else prop.type

    value: ValueSet | None = None
    try:
        value = parse_value(
            raw["value"], value_kind, unit=prop.unit, tolerance=prop.tolerance, lookup=lookup
        )
    except UnknownEntity as unknown:
        fail(
            "E104",
            f"value '{unknown.name}' names no entity in the dataset"
            f"{_suggest(dataset.entity_suggestions(unknown.name))}",
            ("value",),
            f"value:{unknown.name}",
        )
    except ValueProblem as problem:
        fail(
            "E106",
            f"value does not fit property '{written_property}' ({_type_words(prop, inverted)}): "
            f"{problem.message}",
            ("value",),
            "value",
        )

    qualifiers: list[tuple[str, ValueSet, str]] = []
    for name, qualifier_raw in sorted((raw.get("qualifiers") or {}).items()):
        kind = prop.qualifier_type(name)
        if kind is None:
            known = ", ".join(q for q, _ in prop.qualifiers) or "none"
            fail(
                "E106",
                f"qualifier '{name}' is not defined for property '{prop.name}' (defined: {known})",
                ("qualifiers", name),
                f"qualifier:{name}",
            )
            continue
        try:
            qualifiers.append(
                (name, parse_value(qualifier_raw, kind, lookup=lookup), describe_raw(qualifier_raw))
            )
        except UnknownEntity as unknown:
            fail(
                "E104",
                f"qualifier '{name}': '{unknown.name}' names no entity in the dataset"
                f"{_suggest(dataset.entity_suggestions(unknown.name))}",
                ("qualifiers", name),
                f"qualifier:{name}",
            )
        except ValueProblem as problem:
            fail(
                "E106",
                f"qualifier '{name}' should be {kind}: {problem.message}",
                ("qualifiers", name),
                f"qualifier:{name}",
            )

    as_of_raw = raw.get("as_of")
    where: tuple[str | int, ...] = ("as_of",)
    if as_of_raw is None:
        source_raw = loaded.data.get("source", {})
        as_of_raw = source_raw.get("published")
    try:
        as_of = parse_value(as_of_raw, "date")
    except ValueProblem as problem:
        fail("E106", f"as_of: {problem.message}", where, "as_of")
        as_of = Span(None, None)
    if findings or subject is None or value is None:
        return findings
    assert isinstance(as_of, Span)

    written_subject = subject
    if inverted:
        # `A acted_in B` is held as `B cast_member A`: facts are stored one way round.
        assert isinstance(value, Choice)
        named = dataset.resolve_entity(raw["value"])
        assert named is not None
        subject, value = named, Choice(dataset.with_narrower(subject))
    return ResolvedClaim(
        full_id=entry.full_id,
        source_id=parsed.source_id,
        file=parsed.path,
        location=entry.position(loaded, "value"),
        subject=subject,
        written_subject=written_subject,
        prop=prop,
        written_property=written_property,
        inverted=inverted,
        raw_value=raw["value"],
        value=value,
        value_display=describe_raw(raw["value"]),
        qualifiers=tuple(qualifiers),
        as_of=as_of,
        as_of_display=describe_raw(as_of_raw),
        excerpt=raw.get("excerpt"),
    )


def _type_words(prop: PropertyDef, inverted: bool) -> str:
    if inverted or prop.type == "entity":
        return "an entity"
    unit = f" in {prop.unit}" if prop.unit else ""
    return f"{prop.type}{unit}"
