"""An acknowledgement renewed in place in a YAML claim file the round trips refuse
(validator.cli.acknowledge_renew): its reason and until replaced where they are written,
every other byte kept; what cannot be vouched for is left, with the change to make."""

from __future__ import annotations

from datetime import date

import pytest

from validator.cli.acknowledge_renew import renew_lines, renewal_step
from validator.cli.acknowledge_request import Request

# Fields by four under `source`, by two in the claims: no round trip gives both back.
MIXED = "source:\n    id: s\nclaims:\n  - id: a\n    value: 1\n    acknowledge:\n"


def _request(reason: str = "checked again", until: date | None = None) -> Request:
    return Request("s/a", "D201", reason, until)


@pytest.mark.parametrize(
    ("entry", "wanted", "renewed"),
    [
        # The reason replaced as it was written: plain stays plain.
        (
            "      - code: D201\n        reason: old  # why\n",
            _request(),
            "      - code: D201\n        reason: checked again  # why\n",
        ),
        # A reason that would not read back plain is double-quoted.
        (
            "      - code: D201\n        reason: old\n",
            _request("see: the note # 2"),
            '      - code: D201\n        reason: "see: the note # 2"\n',
        ),
        # A quoted reason over two lines becomes the new one on one.
        (
            "      - code: D201\n        reason: 'old\n          words'\n  # next\n",
            _request(),
            '      - code: D201\n        reason: "checked again"\n  # next\n',
        ),
        # An until replaced, added after the entry's last field, or removed.
        (
            "      - code: D201\n        until: 2026-01-01\n        reason: old\n",
            _request(until=date(2027, 1, 1)),
            "      - code: D201\n        until: 2027-01-01\n        reason: checked again\n",
        ),
        (
            "      - code: D201\n        reason: old  # why\n",
            _request(until=date(2027, 1, 1)),
            "      - code: D201\n        reason: checked again  # why\n        until: 2027-01-01\n",
        ),
        (
            "      - code: D201\n        reason: old\n        until: 2026-01-01  # then\n",
            _request(),
            "      - code: D201\n        reason: checked again\n",
        ),
        # An entry in flow style, among others.
        (
            "      - {code: D202, reason: x}\n"
            "      - {code: D201, reason: old, until: 2026-01-01}\n",
            _request(),
            "      - {code: D202, reason: x}\n      - {code: D201, reason: checked again}\n",
        ),
        (
            "      - {code: D201, reason: old}\n",
            _request(until=date(2027, 1, 1)),
            "      - {code: D201, reason: checked again, until: 2027-01-01}\n",
        ),
    ],
)
def test_the_entry_is_renewed_every_other_byte_kept(
    entry: str, wanted: Request, renewed: str
) -> None:
    tail = "  - id: b\n      # odd\n    value: 2\n"
    assert renew_lines(MIXED + entry + tail, "a", wanted) == MIXED + renewed + tail


@pytest.mark.parametrize(
    "entry",
    [
        "      - code: D202\n        reason: old\n",  # no entry of the code: added, not renewed
        "      - code: D201\n        reason: >\n          old\n",  # a block scalar
        "      - code: D201\n        reason: &r old\n",  # an anchor another node may name
        "      - {until: 2026-01-01, code: D201, reason: old}\n",  # until first in flow
        "      - until: 2026-01-01\n        code: D201\n        reason: old\n",  # on the dash
        "      - code: D201\n        reason: old\n      - code: D201\n        reason: two\n",
    ],
)
def test_what_cannot_be_vouched_for_is_left(entry: str) -> None:
    assert renew_lines(MIXED + entry, "a", _request()) is None


def test_the_step_names_the_claim_the_code_and_the_values() -> None:
    block = (
        MIXED + "      - code: D201\n        reason: >\n          old\n        until: 2026-01-01\n"
    )
    assert renewal_step(block, "a", _request('new "one"')) == (
        'at line 7, in claim \'a\', set the D201 acknowledgement\'s reason to "new \\"one\\"" '
        "and delete its until"
    )
    assert renewal_step(block, "a", _request(until=date(2027, 1, 1))) == (
        "at line 7, in claim 'a', set the D201 acknowledgement's reason to \"checked again\" "
        "and its until to 2027-01-01"
    )
    assert renewal_step(MIXED + "      - code: D202\n        reason: x\n", "a", _request()) is None
