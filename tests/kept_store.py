"""A `validator.report._json_runs.Kept` in memory, and claim records of numbered files,
for the reports' tests of the texts they keep between runs."""

from __future__ import annotations

from validator.model.result import ClaimRecord, Verdict


def claim_record(
    file: int, number: int, value: str, subject: str, excerpt: str, subject_id: str | None = None
) -> ClaimRecord:
    """Claim `c<number>` of source `s<file>` in `<file>.yaml`, on line `number + 2`: its
    subject's `age` is `value`; an odd-numbered claim has `excerpt`."""
    return ClaimRecord(
        f"s{file}/c{number}",
        f"s{file}",
        f"c{number}",
        f"{file}.yaml",
        number + 2,
        3,
        subject,
        "age",
        value,
        Verdict.SUPPORTED,
        subject_id=subject_id,
        excerpt=excerpt if number % 2 else None,
    )


class KeptStore:
    """Counts what it is asked, what it finds and what it is handed; every report's part
    is this one store."""

    def __init__(self) -> None:
        self.texts: dict[str, bytes] = {}
        self.asked = 0
        self.found: list[str] = []
        self.put_names: list[str] = []
        self.parts: list[str] = []
        self.finished = 0

    def get(self, name: str) -> bytes | None:
        self.asked += 1
        text = self.texts.get(name)
        if text is not None:
            self.found.append(name)
        return text

    def put(self, name: str, text: bytes) -> None:
        self.put_names.append(name)
        self.texts[name] = text

    def done(self) -> None:
        self.finished += 1

    def part(self, report: str) -> KeptStore:
        self.parts.append(report)
        return self
