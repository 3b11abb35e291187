"""How much of a hand-made claim file `factlint draft` recovers from the article.

    python benchmarks/draft.py                 # the three seed articles in ../shared/seeds
    python benchmarks/draft.py SEEDS_DIR
    python benchmarks/draft.py --pair ARTICLE=CLAIMS --pair ...   # any articles

Each article is drafted with the outlet and publication date of its shipped claim file,
and the draft is compared with that file:

- recall: the shipped claims the draft recovers (same subject, property and value, an
  inverse property counted in either direction; a quote at 90% similarity or more);
- precision: the drafted claims that match a shipped claim.

Both are given per property and overall, with the time each draft took in this process,
and the CPU time of a whole `factlint draft` of each article in a fresh process (imports
and the dataset included). Nothing is asserted: the figures go in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import difflib
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from validator.dataset.load import load_dataset  # noqa: E402
from validator.dataset.model import Dataset  # noqa: E402
from validator.draft import SourceInfo, draft, read_article  # noqa: E402
from validator.model.property_types.base import ValueProblem  # noqa: E402
from validator.model.property_types.registry import parse_value  # noqa: E402
from validator.model.typography import plain  # noqa: E402
from validator.read.files import Limits, LoadedFile, parse_text  # noqa: E402

# The seed articles and the claim files written by hand from them.
SEEDS = (
    ("tyla-winslet-difficulty.txt", "claims/tyla-2022-12-07.yaml"),
    ("yahoo-winslet-blown-away.txt", "claims/yahoo-2022-12.yaml"),
    ("dexerto-what-is-i-am-ruth-about.txt", "claims/dexerto-2023.yaml"),
)
QUOTE_SIMILARITY = 0.9

Key = tuple[str, str, Any]


def _load(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        loaded = parse_text(handle.read(), path, Limits())
    assert isinstance(loaded, LoadedFile), path
    data: dict[str, Any] = loaded.data
    return data


def _key(claim: dict[str, Any], dataset: Dataset) -> Key | None:
    found = dataset.property(claim["property"])
    if found is None:
        return None
    prop, inverted = found
    subject = dataset.resolve_entity(str(claim["subject"])) or str(claim["subject"])
    value = claim["value"]
    if prop.type == "entity":
        value = dataset.resolve_entity(str(value)) or str(value)
        if inverted:
            subject, value = value, subject
    elif prop.type == "quote":
        value = " ".join(plain(str(value)).split())
    else:
        try:
            value = parse_value(value, prop.type, unit=prop.unit, tolerance=prop.tolerance)
        except ValueProblem:
            return None
    return (subject, prop.name, value)


def _matches(a: Key, b: Key, dataset: Dataset) -> bool:
    if a[:2] != b[:2]:
        return False
    if dataset.properties[a[1]].type == "quote":
        ratio = difflib.SequenceMatcher(None, str(a[2]), str(b[2]), autojunk=False).ratio()
        return ratio >= QUOTE_SIMILARITY
    return bool(a[2] == b[2])


def score(pairs: list[tuple[str, str]], dataset: Dataset) -> str:
    shipped_by: Counter[str] = Counter()
    found_by: Counter[str] = Counter()
    drafted_by: Counter[str] = Counter()
    right_by: Counter[str] = Counter()
    lines = [
        "| article | words | draft (ms) | command CPU (s) | shipped | drafted | recall "
        "| precision |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for article_path, claims_path in pairs:
        shipped_file = _load(claims_path)
        source = shipped_file["source"]
        with open(article_path, "rb") as handle:
            raw = handle.read()
        published = source["published"]
        if isinstance(published, dict):
            published = (published.get("from"), published.get("to"))
        info = SourceInfo(source["id"], source["outlet"], source["title"], published)
        began = time.perf_counter()
        article = read_article(raw)
        text = draft(article, dataset, info)
        elapsed = time.perf_counter() - began
        drafted = [k for c in _load_text(text)["claims"] if (k := _key(c, dataset))]
        shipped = [k for c in shipped_file["claims"] if (k := _key(c, dataset))]
        found = [s for s in shipped if any(_matches(s, d, dataset) for d in drafted)]
        right = [d for d in drafted if any(_matches(d, s, dataset) for s in shipped)]
        for key in shipped:
            shipped_by[key[1]] += 1
        for key in found:
            found_by[key[1]] += 1
        for key in drafted:
            drafted_by[key[1]] += 1
        for key in right:
            right_by[key[1]] += 1
        words = sum(len(p.split()) for p in article.paragraphs)
        command = _command_cpu(article_path, info)
        lines.append(
            f"| {os.path.basename(article_path)} | {words} | {elapsed * 1000:.0f} | "
            f"{command:.2f} | "
            f"{len(shipped)} | {len(drafted)} | {_ratio(len(found), len(shipped))} | "
            f"{_ratio(len(right), len(drafted))} |"
        )
    lines += [
        "",
        "| property | shipped | recovered | recall | drafted | right | precision |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in sorted(set(shipped_by) | set(drafted_by)):
        lines.append(
            f"| {name} | {shipped_by[name]} | {found_by[name]} | "
            f"{_ratio(found_by[name], shipped_by[name])} | {drafted_by[name]} | "
            f"{right_by[name]} | {_ratio(right_by[name], drafted_by[name])} |"
        )
    total = (sum(shipped_by.values()), sum(found_by.values()))
    made = (sum(drafted_by.values()), sum(right_by.values()))
    lines.append(
        f"| **overall** | {total[0]} | {total[1]} | {_ratio(total[1], total[0])} | "
        f"{made[0]} | {made[1]} | {_ratio(made[1], made[0])} |"
    )
    return "\n".join(lines) + "\n"


def _command_cpu(article: str, info: SourceInfo) -> float:
    """CPU seconds of `factlint draft ARTICLE` in a fresh process, output discarded."""
    published = info.published
    if isinstance(published, tuple):
        published = f"{published[0] or ''}/{published[1] or ''}"
    args = [article, "--published", published, "--outlet", info.outlet, "-o", os.devnull]
    code = f"from validator.cli.factlint import main; main(['draft', *{args!r}])"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _load_text(text: str) -> dict[str, Any]:
    loaded = parse_text(text, "draft.yaml", Limits())
    assert isinstance(loaded, LoadedFile)
    data: dict[str, Any] = loaded.data
    return data


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "–"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "seeds",
        nargs="?",
        default=os.path.join(ROOT, "..", "shared", "seeds"),
        help="the folder of the seed articles (default: ../shared/seeds beside the repository)",
    )
    parser.add_argument("--pair", action="append", default=[], metavar="ARTICLE=CLAIMS")
    parser.add_argument("--dataset", default=os.path.join(ROOT, "dataset"))
    args = parser.parse_args(argv)
    if args.pair:
        pairs = [tuple(p.split("=", 1)) for p in args.pair]
    else:
        pairs = [(os.path.join(args.seeds, a), os.path.join(ROOT, c)) for a, c in SEEDS]
    sys.stdout.write(score([(a, c) for a, c in pairs], load_dataset(args.dataset)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
