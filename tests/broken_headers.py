"""A run over claim files whose sources cannot be used, for the tests of each report's
per-source parts: every file has its row, under an id no other row has.

- `claims/a.yaml`: a usable source, `a-src`, with one supported claim;
- `claims/b.yaml`: a header with schema errors (a hostile id, an outlet that is a
  number, no title or date), whose claim names no entity (E104);
- `claims/c.yaml`: a usable header whose id `a-src` is a's (E103), its one claim
  checked all the same (supported, as `a-src/c1@claims/c.yaml`);
- `claims/d.yaml`: a header with no id at all, so its claims go by the file's name
  (`d.yaml`: with its extension, which no source's id can be).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.model.result import Result
from validator.pipeline import validate

__all__ = ["HOSTILE", "MARKDOWN_SCORECARD", "broken_header_result"]

# Markup of every kind the reports write, a terminal escape and a bidi override.
HOSTILE = "<script>x</script> | *B* `bad` [l](javascript:x)\x1b[31m\u202e"

# The Markdown scorecard's rows (consistency.md's and the job summary's), the table's end.
MARKDOWN_SCORECARD = [
    "| a-src | Example | 2023-01-01 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 |",
    "| &lt;script&gt;x&lt;/script&gt; \\| \\*B\\* \\`bad\\` \\[l\\](javascript:x)"
    "\\\\x1b\\[31m\\\\u202e | \u2014 | \u2014 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 4 |",
    "| a-src@claims/c.yaml | Example Too | 2023-01-02 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
    "| d.yaml | \u2014 | \u2014 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |",
    "",
]

_CLAIM = """\
claims:
  - id: c1
    subject: {subject}
    property: birth_date
    value: 1975-10-05
"""

FILES = {
    "a.yaml": "source:\n  id: a-src\n  outlet: Example\n  title: An article\n"
    "  published: 2023-01-01\n" + _CLAIM.format(subject="Kate Winslet"),
    "b.yaml": 'source:\n  id: "<script>x</script> | *B* `bad` [l](javascript:x)\\e[31m\\u202e"\n'
    "  outlet: 5\n" + _CLAIM.format(subject="Nobody Known"),
    "c.yaml": "source:\n  id: a-src\n  outlet: Example Too\n  title: The same id\n"
    "  published: 2023-01-02\n" + _CLAIM.format(subject="Kate Winslet"),
    "d.yaml": "source:\n  outlet: Example\n" + _CLAIM.format(subject="Kate Winslet"),
}


ROOT = Path(__file__).resolve().parents[1]


@cache
def _dataset() -> Dataset:
    return load_dataset(str(ROOT / "dataset"))


def broken_header_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dataset: Dataset | None = None
) -> Result:
    """The run over `FILES` in `tmp_path/claims`, from `tmp_path`; against the shipped
    dataset unless given another."""
    (tmp_path / "claims").mkdir()
    for name, text in FILES.items():
        (tmp_path / "claims" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return validate("claims", dataset or _dataset())
