"""Laws of signed cache entries (`validator.speed.signing`): an entry gives back what was
sealed, for its key and secret only, and no change to any one of its bits goes unseen."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.speed.signing import seal, unseal

from .strategies import hostile_text

SETTINGS = settings(max_examples=300, deadline=None)

secrets = st.binary(min_size=32, max_size=32)
magics = st.binary(min_size=1, max_size=20)
payloads = st.binary(min_size=1, max_size=200)
keys = st.one_of(st.text(alphabet="0123456789abcdef", max_size=64), hostile_text)


@SETTINGS
@given(secret=secrets, magic=magics, key=keys, payload=payloads)
def test_an_entry_gives_back_what_was_sealed(
    secret: bytes, magic: bytes, key: str, payload: bytes
) -> None:
    assert unseal(secret, magic, key, seal(secret, magic, key, payload)) == payload


@SETTINGS
@given(
    secret=secrets, other_secret=secrets, magic=magics, key=keys, other_key=keys, payload=payloads
)
def test_an_entry_is_read_only_for_its_key_with_its_secret(
    secret: bytes, other_secret: bytes, magic: bytes, key: str, other_key: str, payload: bytes
) -> None:
    blob = seal(secret, magic, key, payload)
    if other_key != key:
        assert unseal(secret, magic, other_key, blob) is None
    if other_secret != secret:
        assert unseal(other_secret, magic, key, blob) is None


@SETTINGS
@given(secret=secrets, magic=magics, key=keys, payload=payloads, data=st.data())
def test_no_flipped_bit_and_no_cut_goes_unseen(
    secret: bytes, magic: bytes, key: str, payload: bytes, data: st.DataObject
) -> None:
    blob = seal(secret, magic, key, payload)
    at = data.draw(st.integers(min_value=0, max_value=len(blob) - 1))
    bit = data.draw(st.integers(min_value=0, max_value=7))
    flipped = blob[:at] + bytes([blob[at] ^ (1 << bit)]) + blob[at + 1 :]
    assert unseal(secret, magic, key, flipped) is None
    assert unseal(secret, magic, key, blob[:at]) is None
