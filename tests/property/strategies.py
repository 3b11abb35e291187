"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from typing import Any

import yaml
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from validator.model.result import ClaimRecord, Verdict
from validator.model.values import Choice, Span

__all__ = [
    "LARGEST_FLOAT_INT",
    "PRECISIONS",
    "Yaml12Dumper",
    "acknowledgements",
    "archived_excerpts",
    "article_texts",
    "bare_number_texts",
    "choices",
    "dataset_files",
    "dates",
    "exactly",
    "file_name_bytes",
    "hostile_text",
    "json_claim_documents",
    "json_layouts",
    "json_number_texts",
    "moments",
    "plain_claim_documents",
    "plain_data",
    "spans",
    "syntax_soup",
    "value_sets_of_one_kind",
    "wording_records",
    "written_at",
    "written_dates",
]

LARGEST_FLOAT_INT = int(1.7976931348623157e308)

# --- documents -------------------------------------------------------------------------

scalars: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-LARGEST_FLOAT_INT, max_value=LARGEST_FLOAT_INT),
    st.text(max_size=30),
)

plain_data: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(st.text(max_size=12), children, max_size=5),
    ),
    max_leaves=30,
)
"""Plain data as claim files hold it: mappings with text keys, lists, text, integers,
booleans and null (YAML dates stay text, so none are generated)."""


_DIGITS = st.text("0123456789", min_size=1, max_size=5)
_EXPONENTS = st.sampled_from(["", "e3", "E-2", "e+1", "E05"])

bare_number_texts: st.SearchStrategy[str] = st.one_of(
    st.tuples(st.sampled_from(["", "+", "-"]), _DIGITS).map("".join),
    st.tuples(st.sampled_from(["", "+", "-"]), _DIGITS, _DIGITS, _EXPONENTS).map(
        lambda parts: f"{parts[0]}{parts[1]}.{parts[2]}{parts[3]}"
    ),
    st.tuples(st.sampled_from(["0x", "0o"]), st.text("01234567", min_size=1, max_size=5)).map(
        "".join
    ),
    st.sampled_from(["true", "True", "TRUE", "false", "False", "FALSE", ".5", "-.5e3", "5."]),
)
"""Plain YAML scalars the core schema reads as a finite number or a boolean, written with
what the value drops: leading zeros, signs, trailing zeros, exponents, bases, case."""

json_number_texts: st.SearchStrategy[str] = st.one_of(
    st.from_regex(r"\A-?(0|[1-9][0-9]{0,5})(\.[0-9]{1,4})?([eE][-+]?[0-9]{1,2})?\Z"),
    st.sampled_from(["true", "false"]),
)
"""JSON numbers and booleans, written with what the value drops (`1.50`, `1E3`, `-0`)."""


class Yaml12Dumper(yaml.SafeDumper):
    """PyYAML's safe dumper, taught the YAML 1.2 core forms it does not know.

    PyYAML decides whether a string may be written plain by resolving it the YAML 1.1
    way: `0o17` and `1e3` are not numbers there, so it would write them plain, and a
    YAML 1.2 reader then reads numbers. Registering the 1.2 forms makes it quote them.
    """


Yaml12Dumper.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$"), None
)
Yaml12Dumper.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    None,
)
Yaml12Dumper.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), None
)


_FRAGMENTS = [
    "[",
    "]",
    "{",
    "}",
    ": ",
    ":",
    "- ",
    ", ",
    "? ",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "!!str ",
    "!!int ",
    "!!python/object:os.system ",
    "!x ",
    "<<: ",
    "\n",
    "\r\n",
    "  ",
    "\t",
    "'",
    '"',
    "\\",
    "\\u",
    "d800",
    "# c\n",
    "---\n",
    "...\n",
    "%YAML 1.2\n",
    "|\n",
    ">-\n",
    "a",
    "source",
    "claims",
    "1",
    "0x1F",
    "0o7",
    "1e400",
    ".nan",
    "-.inf",
    "true",
    "null",
    "~",
    "é",
    "\ufeff",
    "\x00",
    "\x07",
    "\x85",
    "\u2028",
    "NaN",
    "Infinity",
    "9" * 400,
]

syntax_soup: st.SearchStrategy[str] = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=3)), max_size=40
).map("".join)
"""Text made of YAML and JSON syntax, to reach deeper into the parsers than random text."""

# --- values ----------------------------------------------------------------------------

_bounds = st.one_of(
    st.none(),
    st.integers(min_value=-20, max_value=20).map(float),
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False),
)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    """Any span, empty or not, with small integer bounds often so that ends coincide."""
    return Span(draw(_bounds), draw(_bounds), draw(st.booleans()), draw(st.booleans()))


choices: st.SearchStrategy[Choice] = st.frozensets(
    st.sampled_from(["a", "b", "c", "d", "e"]), max_size=5
).map(Choice)

value_sets_of_one_kind = st.one_of(
    st.tuples(spans(), spans(), spans()), st.tuples(choices, choices, choices)
)
"""Three sets of one kind: the algebra never compares a span with a choice."""

dates: st.SearchStrategy[date] = st.dates(min_value=date(1800, 1, 1), max_value=date(2100, 12, 31))

moments: st.SearchStrategy[datetime] = st.datetimes(
    min_value=datetime(1800, 1, 1), max_value=datetime(2100, 12, 31, 23, 59)
).map(lambda moment: moment.replace(second=0, microsecond=0))
"""Minutes of the calendar, leap days among them, as a date-time value can name them."""

PRECISIONS = ("year", "month", "day", "minute")


def written_at(moment: datetime, precision: str) -> str:
    """`moment` written as a claim file writes a date of that precision: `2022`,
    `2022-12`, `2022-12-08` or `2022-12-08T21:00`."""
    width = {"year": 4, "month": 7, "day": 10, "minute": 16}[precision]
    return moment.strftime("%Y-%m-%dT%H:%M")[:width]


written_dates: st.SearchStrategy[str] = st.builds(written_at, moments, st.sampled_from(PRECISIONS))
"""Dates of any precision, as claim files write them."""


# --- claim files -----------------------------------------------------------------------

acknowledgements: st.SearchStrategy[dict[str, str]] = st.fixed_dictionaries(
    {"code": st.sampled_from(["D201", "D203", "X301", "Q402"]), "reason": st.text(min_size=1)},
    optional={"until": dates.map(date.isoformat)},
).flatmap(lambda entry: st.permutations(list(entry.items())).map(dict))
"""Entries of a claim's `acknowledge` list, their keys in any order."""


@st.composite
def json_claim_documents(draw: st.DrawFn) -> dict[str, Any]:
    """Claim files as data: claims with unique ids, any other members (plain data),
    and sometimes an `acknowledge` list (maybe empty) anywhere among them."""
    ids = draw(st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=4, unique=True))
    other_keys = st.text(max_size=8).filter(lambda key: key not in ("id", "acknowledge"))
    claims = []
    for claim_id in ids:
        members = [
            ("id", claim_id),
            *draw(st.dictionaries(other_keys, plain_data, max_size=4)).items(),
        ]
        if draw(st.booleans()):
            members.append(("acknowledge", draw(st.lists(acknowledgements, max_size=3))))
        claims.append(dict(draw(st.permutations(members))))
    source = draw(st.dictionaries(st.text(max_size=8), plain_data, max_size=3))
    return {"source": source, "claims": claims}


json_layouts: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "indent": st.sampled_from([None, 0, 1, 2, 4, "\t", "\t  "]),
        "separators": st.sampled_from(
            [None, (",", ":"), (", ", ": "), (",", ": "), (" , ", " : ")]
        ),
        "ensure_ascii": st.booleans(),
    }
)
"""Keyword arguments of `json.dumps`: the ways JSON files are commonly laid out."""


_plain_words = st.from_regex(r"[A-Za-z][a-z]{0,6}( [a-z]{1,6}){0,3}", fullmatch=True)


@st.composite
def plain_claim_documents(draw: st.DrawFn) -> dict[str, Any]:
    """Claim files as people write them: ids, words and numbers, some acknowledgements.
    Most of what `json_claim_documents` makes (any text as keys and values) has a layout
    the YAML writer's round trip would change, and is refused."""
    ids = draw(
        st.lists(
            st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    claims = []
    for claim_id in ids:
        claim: dict[str, Any] = {"id": claim_id, "subject": draw(_plain_words), "property": "age"}
        claim["value"] = draw(st.one_of(st.integers(0, 200), _plain_words))
        if draw(st.booleans()):
            claim["acknowledge"] = draw(st.lists(acknowledgements, max_size=2))
        claims.append(claim)
    return {"source": {"id": "source", "outlet": draw(_plain_words)}, "claims": claims}


def from_schema_composed(schema: dict[str, Any], defs: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Documents a JSON Schema accepts, for the shapes the claim-file schema uses.

    Objects, arrays, `anyOf` and `$ref` are composed here and each leaf is left to
    hypothesis-jsonschema's `from_schema`: given the whole schema, it re-canonicalises
    subschemas on every draw and takes a tenth of a second per document. What this
    builds can be wider than the schema (an interval with no end, say); callers keep
    only what the schema accepts.
    """
    if "$ref" in schema:
        return from_schema_composed(defs[schema["$ref"].rsplit("/", 1)[1]], defs)
    if "anyOf" in schema:
        return st.one_of([from_schema_composed(branch, defs) for branch in schema["anyOf"]])
    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", ()))
        fixed = st.fixed_dictionaries(
            {k: from_schema_composed(v, defs) for k, v in properties.items() if k in required},
            optional={
                k: from_schema_composed(v, defs) for k, v in properties.items() if k not in required
            },
        )
        extra = schema.get("additionalProperties", True)
        objects = fixed
        if isinstance(extra, dict):
            names = from_schema({"type": "string", **schema.get("propertyNames", {})})
            more = st.dictionaries(names, from_schema_composed(extra, defs), max_size=3)
            objects = st.tuples(fixed, more).map(lambda pair: {**pair[1], **pair[0]})
        least = schema.get("minProperties", 0)
        return objects.filter(lambda d: len(d) >= least) if least else objects
    if kind == "array":
        return st.lists(from_schema_composed(schema.get("items", {}), defs), max_size=3)
    return from_schema(schema)


# --- sources that share wording --------------------------------------------------------

# Three passages of 16 words: texts cut from them overlap in long runs often, and in runs
# of exactly the threshold's length sometimes.
_PASSAGES = tuple(
    text.split()
    for text in (
        "the fact that she is my mother really helped because the bond between us was there",
        "we are playing characters and these people are not us and this is not our story",
        "it was really staggering how free we were able to be which nobody had imagined at",
        # Characters of a script written without spaces, two a piece (each half a word),
        # alone and among other words.
        "米娅 在镜 头前 那种 惊人 的自 由真 的让 我非 常震 惊我 从来 没有 见过 这样 的表 演啊 "
        "真的 很好 的人",
        "she said 米娅 在镜 头前 that 惊人 的自 由真 was 我非 常震 惊我 so 没有 见过 here "
        "的表 演啊 now 很好",
    )
)


@st.composite
def _wording_record(draw: st.DrawFn, number: int) -> ClaimRecord:
    source = draw(st.sampled_from(["a", "b", "c", "d", "e"]))
    words = draw(st.sampled_from(_PASSAGES))
    start = draw(st.integers(0, 4))
    text = words[start : start + draw(st.integers(8, 16))]
    if text and draw(st.booleans()):  # a changed word, as copies go
        text[draw(st.integers(0, len(text) - 1))] = "indeed"
    as_quote = draw(st.booleans())
    wrong = draw(st.sampled_from([None, None, None, "2 hours", "3 hours", "true"]))
    return ClaimRecord(
        full_id=f"{source}/claim-{number}",
        source_id=source,
        claim_id=f"claim-{number}",
        file=f"claims/{source}.yaml",
        line=number + 1,
        column=5,
        subject="Kate Winslet" if wrong is None else "I Am Ruth",
        property="said"
        if wrong is None
        else ("runtime" if wrong != "true" else "dialogue_improvised"),
        value=" ".join(text) if wrong is None and as_quote else (wrong or "x"),
        verdict=Verdict.REFUTED if wrong is not None else Verdict.SUPPORTED,
        subject_id="kate-winslet" if wrong is None else "i-am-ruth",
        excerpt=None if wrong is None and as_quote else " ".join(text),
    )


@st.composite
def wording_records(draw: st.DrawFn) -> list[ClaimRecord]:
    """Claim records of up to five sources whose quotes, excerpts and refuted values
    overlap often: for the laws of validator.rules.wording."""
    count = draw(st.integers(0, 12))
    return [draw(_wording_record(number)) for number in range(count)]


# --- articles for `factlint draft` --------------------------------------------------------

_ARTICLE_PIECES = (
    "said", "told", "wrote", "explained:", "as", "plays", "opens at", "opens", "runs for",
    "is a", "year-old", "sold out", "tomorrow", "this March", "14 March", "at 7.30pm",
    "two-hour", "90-minute", "an hour and a half", "100%", "2025", "he", "she", "her",
    "they", ",", ".", ":", ";", "...", "–", "(", ")", "\"", "“", "”", "‘", "’", "'", "\n",
    "\n\n", "  ", "and", "the", "of", "premiere", "written by", "47", "twenty-one",
)  # fmt: skip


def article_texts(names: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Text made of the given entity names, the words cues and dates are made of,
    punctuation, quotation marks and line breaks, and any other characters."""
    piece = st.one_of(
        st.sampled_from(names),
        st.sampled_from(_ARTICLE_PIECES),
        st.text(max_size=6),
        st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True),
    )
    return st.lists(piece, max_size=60).map(" ".join)


_MARKDOWN_PIECES = (
    "*", "**", "_", "`", "[", "]", "(", ")", "![", "](", "](/x)", "[1]:", "# ", "## ", "> ",
    "- ", "1. ", "|", "---", "```", "\\", "title: ", "date: 2025-03-07", "\n", "\n\n",
)  # fmt: skip


def markdown_texts(names: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Article text with Markdown's marks among its words, sometimes after front matter."""
    piece = st.one_of(st.sampled_from(_MARKDOWN_PIECES), article_texts(names))
    body = st.lists(piece, max_size=30).map("".join)
    front = st.sampled_from(["", "---\ntitle: A review\n---\n", "---\n"])
    return st.tuples(front, body).map("".join)


# --- hostile text ------------------------------------------------------------------------

# What a hostile claim file puts where text goes: terminal sequences, bidi controls, line
# breaks, white space the Actions runner trims, and both workflow command syntaxes.
_HOSTILE_PIECES = [
    "\x1b[31m",
    "\x1b]0;title\x07",
    "\x1b]8;;https://example.invalid\x1b\\",
    "\x1b]52;c;aGk=\x07",
    "\x07",
    "\x9b",
    "\x85",
    "\r",
    "\n",
    "\r\n",
    "\u2028",
    "\u202e",
    "\u2066",
    "\u2069",
    "\u200f",
    "\u061c",
    " ",
    "\t",
    "\u00a0",
    "\u3000",
    "::",
    "::error file=x.yaml,line=1::forged",
    "::stop-commands::token",
    "::add-mask::secret",
    "##[error]forged",
    "##[",
    "##vso[task.complete result=Succeeded;]forged",
    "##vso[",
    "%0A",
    "%25",
    ",",
    "=",
    "|",
    "<script>",
    "&amp;",
    "\\",
]

hostile_text: st.SearchStrategy[str] = st.lists(
    st.one_of(st.sampled_from(_HOSTILE_PIECES), st.text(max_size=4)), max_size=12
).map("".join)

# A file name as the file system holds it: any bytes but `/` and NUL, often not UTF-8
# (lone bytes over 0x7f, truncated sequences, encoded surrogates), often the hostile
# pieces above; never `.` or `..`, which name a folder itself and its parent, no file
# (the outputs that name files from the project's root read `claims/.` as `claims`).
file_name_bytes: st.SearchStrategy[bytes] = (
    st.lists(
        st.one_of(
            st.binary(min_size=1, max_size=4),
            st.sampled_from(
                [b"\xe9", b"\x85", b"\xc2\x85", b"\xed\xa0\x80", b"\xff\xfe", b"\xe2\x80"]
            ),
            st.sampled_from(_HOSTILE_PIECES).map(str.encode),
        ),
        min_size=1,
        max_size=8,
    )
    .map(lambda pieces: b"".join(pieces).replace(b"/", b"_").replace(b"\0", b"_"))
    .filter(lambda name: name not in (b".", b".."))
)


# --- claims compared across sources -------------------------------------------------------


def resolved_claim(source: str, number: int, value: Span, prop: Any) -> Any:
    """A resolved claim about an entity the dataset knows nothing about, for checks that
    take resolved claims (the dataset then settles nothing)."""
    from validator.model.findings import Location
    from validator.resolve.claims import ResolvedClaim

    return ResolvedClaim(
        full_id=f"{source}/c{number}",
        source_id=source,
        file=f"{source}.yaml",
        location=Location(f"{source}.yaml", number + 1, 12),
        subject="no-such-film",
        written_subject="no-such-film",
        prop=prop,
        written_property=prop.name,
        inverted=False,
        raw_value=None,
        value=value,
        value_display=repr((value.low, value.high)),
        qualifiers=(),
        value_signed=False,
        as_of=Span(0.0, 0.0),
        as_of_display="2022-12-08",
        excerpt=None,
    )


compared_spans: st.SearchStrategy[list[tuple[int, Span]]] = st.lists(
    st.tuples(st.integers(0, 5), spans()), min_size=2, max_size=12
)
"""Claims of up to six sources (by number) about one single-valued property."""


# --- datasets ---------------------------------------------------------------------------

# One property of each value type, an inverse with a qualifier, and a derived one.
_DATASET_PROPERTIES: dict[str, dict[str, Any]] = {
    "knows": {"type": "entity", "inverse": "known_by", "qualifiers": {"role": "text"}},
    "born": {"type": "date", "single": True},
    "age": {"type": "integer", "unit": "years", "derived": "age", "from": "born"},
    "episodes": {"type": "integer", "unit": "episodes"},
    "runtime": {"type": "duration", "unit": "minutes", "tolerance": 5},
    "share": {"type": "percent"},
    "score": {"type": "number", "tolerance": 0.5},
    "label": {"type": "text"},
    "active": {"type": "boolean"},
    "said": {"type": "quote"},
}
_WORDS = ["Alpha", "Beta", "Gamma", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"]
_words = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(" ".join)
_day = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
_dates = st.one_of(
    _day.map(date.isoformat),
    _day.map(lambda d: d.isoformat()[:7]),
    st.integers(1900, 2100),
    st.tuples(_day, _day).map(lambda p: {"from": min(p).isoformat(), "to": max(p).isoformat()}),
)
_numbers = st.one_of(
    st.integers(-(10**9), 10**9),
    st.integers(-(10**6), 10**6).map(lambda n: n / 100),
    st.integers(0, 10**4).map(lambda n: {"about": n, "within": n % 7}),
    st.tuples(st.integers(0, 500), st.integers(0, 500)).map(
        lambda p: {"from": min(p), "to": max(p)}
    ),
)


def _fact_value(kind: str, ids: list[str]) -> st.SearchStrategy[Any]:
    return {
        "entity": st.sampled_from(ids),
        "date": _dates,
        "integer": st.integers(-(10**6), 10**6),
        "duration": st.integers(1, 10**4),
        "percent": st.integers(0, 100),
        "number": _numbers,
        "text": _words,
        "boolean": st.booleans(),
        "quote": _words.map(lambda w: f"{w}, they said."),
    }[kind]


@st.composite
def _fact(draw: st.DrawFn, ids: list[str]) -> dict[str, Any]:
    name = draw(st.sampled_from([*(n for n in _DATASET_PROPERTIES if n != "age"), "known_by"]))
    kind = "entity" if name == "known_by" else _DATASET_PROPERTIES[name]["type"]
    fact: dict[str, Any] = {"property": name, "value": draw(_fact_value(kind, ids))}
    if name == "knows" and draw(st.booleans()):
        fact["qualifiers"] = {"role": draw(_words)}
    for key, value in (
        ("ref", st.sampled_from(["listing", "paper"])),
        ("status", st.just("disputed")),
        ("valid", _day.map(lambda d: {"from": d.isoformat()})),
        ("confidence", st.sampled_from(["confirmed", "one-source"])),
        ("note", _words),
    ):
        if draw(st.integers(0, 3)) == 0:
            fact[key] = draw(value)
    return fact


@st.composite
def dataset_files(draw: st.DrawFn) -> dict[str, str]:
    """A dataset as YAML files (name -> text): a header file, then entities spread over
    up to four files, with facts of every value type, inverses, qualifiers, validity,
    disputes and narrower entities. Values are of their property's type."""
    count = draw(st.integers(1, 12))
    ids = [f"e{number}" for number in range(count)]
    parts: dict[int, list[dict[str, Any]]] = {}
    for number, entity_id in enumerate(ids):
        names = [f"Entity {number}"]
        if draw(st.booleans()):
            names.append(f"{draw(_words)} {number}")
        entity: dict[str, Any] = {
            "id": entity_id,
            "kind": draw(st.sampled_from(["person", "film", "place"])),
            "names": names,
        }
        if number and draw(st.booleans()):
            entity["broader"] = draw(st.lists(st.sampled_from(ids[:number]), unique=True))
        if draw(st.integers(0, 4)) == 0:
            entity["complete"] = ["knows"]
        entity["facts"] = draw(st.lists(_fact(ids), max_size=5))
        parts.setdefault(draw(st.integers(0, 3)), []).append(entity)
    header = {
        "dataset": {"id": "generated", "title": "Generated", "checked": "2026-11-21"},
        "references": {"listing": {"title": "A listing"}, "paper": {"title": "A paper"}},
        "properties": _DATASET_PROPERTIES,
    }
    files = {"head.yaml": yaml.dump(header, Dumper=Yaml12Dumper, sort_keys=False)}
    for part, entities in sorted(parts.items()):
        text = yaml.dump({"entities": entities}, Dumper=Yaml12Dumper, sort_keys=False)
        files[f"part-{part}.yaml"] = text
    return files


def exactly(value: Any) -> Any:
    """`value` with the type of every part spelt out, dictionaries in their order and
    sets sorted (their order is the hash seed's): equal only when equal in every type."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return (
            type(value).__name__,
            *(exactly(getattr(value, f.name)) for f in fields if f.compare),
        )
    if isinstance(value, dict):
        return ("dict", *((exactly(k), exactly(v)) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return (type(value).__name__, *sorted((exactly(v) for v in value), key=repr))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, *(exactly(v) for v in value))
    return (type(value).__name__, value)


# --- edits between two runs over the same claim files ------------------------------------

_EDIT_CHOICES: dict[str, tuple[str, ...]] = {
    "age": ("22", "23", "30", "41"),
    "network": ("Channel 4", "ITV", "BBC One"),
    "born": ("1980", "1982", "1980-05"),
    "word": ("playing", "acting", "portraying"),
    "source": ("src-00", "src-01", "src-02"),  # a source id another file may already use
}


CROSS_QUOTE = "We are playing characters, these people aren't us and this isn't our story."


def cross_claim_file(number: int, fields: dict[str, str]) -> str:
    """A source with a claim in each group the checks across files compare: an age the
    dataset knows, a network, a birth date it does not know, a quote; `fields` gives
    the source's id, the values, the quote's word for "playing" and an excerpt."""
    quote = CROSS_QUOTE.replace("playing", fields.get("word", "playing"))
    excerpt = f"\n    excerpt: {fields['excerpt']}" if "excerpt" in fields else ""
    return f"""\
source:
  id: {fields.get("source", f"src-{number:02}")}
  outlet: Outlet {number}
  title: Account {number}
  published: 2022-12-07
claims:
  - id: mia-age
    subject: Mia Threapleton
    property: age
    value: {fields.get("age", "22")}{excerpt}
  - id: network
    subject: I Am Ruth
    property: network
    value: {fields.get("network", "Channel 4")}
  - id: davis-born
    subject: Seroca Davis
    property: birth_date
    value: {fields.get("born", "1980")}
  - id: playing
    subject: Kate Winslet
    property: said
    value: "{quote}"
"""


@st.composite
def cross_edits(draw: st.DrawFn, files: int) -> list[tuple[int, str, str]]:
    """Edits to a few of `files` claim files: (file number, what is edited, its new
    value), each a claim's value, a quote's word or the source's id."""
    return draw(
        st.lists(
            st.sampled_from(sorted(_EDIT_CHOICES)).flatmap(
                lambda field: st.tuples(
                    st.integers(0, files - 1),
                    st.just(field),
                    st.sampled_from(_EDIT_CHOICES[field]),
                )
            ),
            min_size=1,
            max_size=4,
        )
    )


_ARCHIVE_WORDS = ("the", "film", "runs", "about", "ninety", "minutes", "—", "“it", "is”", "é")


@st.composite
def archived_excerpts(draw: st.DrawFn) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """A few archived texts, and claim files naming them in any order: for each file,
    the text it names and its excerpts. An excerpt is a stretch of its text as it is,
    with a word changed, in capitals, with a word cut out as "...", or words it may not
    hold at all."""
    words = st.sampled_from(_ARCHIVE_WORDS)
    texts = draw(st.lists(st.lists(words, max_size=80), min_size=1, max_size=3))
    files = []
    for _ in range(draw(st.integers(1, 6))):
        named = draw(st.integers(0, len(texts) - 1))
        excerpts = []
        for _ in range(draw(st.integers(1, 5))):
            start = draw(st.integers(0, len(texts[named])))
            piece = texts[named][start : start + draw(st.integers(1, 8))]
            piece = piece or draw(st.lists(words, min_size=1, max_size=5))
            at = draw(st.integers(0, len(piece) - 1))
            edit = draw(st.sampled_from(("as it is", "word", "capitals", "cut", "other")))
            if edit == "word":
                piece = [*piece[:at], draw(words), *piece[at + 1 :]]
            elif edit == "cut":
                piece = [*piece[:at], "...", *piece[at + 1 :]]
            elif edit == "other":
                piece = draw(st.lists(words, min_size=1, max_size=8))
            excerpt = " ".join(piece)
            excerpts.append(excerpt.upper() if edit == "capitals" else excerpt)
        files.append((named, excerpts))
    return [" ".join(text) for text in texts], files


# Edits a claim file's checks do not see, by name: each keeps every value, line and
# column the file's checks read (see validator.drive_outcome).
UNSEEN_EDITS = {
    "a comment appended": lambda text: text + "# checked again\n",
    "blank lines appended": lambda text: text + "\n\n",
    "a comment at a line's end": lambda text: text.replace("\nclaims:\n", "\nclaims:  # all\n"),
    # Once: a second quoting of a quoted text would be another text.
    "the outlet quoted": lambda text: re.sub(
        r"(?m)^  outlet: (Outlet \d+)$", r"  outlet: '\1'", text
    ),
}


def unseen_edits(files: int) -> st.SearchStrategy[list[tuple[int, str]]]:
    """Edits the checks do not see to a few of `files` claim files: (file number, the
    name of the edit in `UNSEEN_EDITS`), each at most once."""
    return st.lists(
        st.tuples(st.integers(0, files - 1), st.sampled_from(sorted(UNSEEN_EDITS))),
        max_size=4,
        unique=True,
    )
