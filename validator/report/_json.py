"""JSON text as `json.dumps(value, indent=2, ensure_ascii=False)` writes it, fast; `dump_json`
also writes control and bidi characters as `\\u` escapes (see validator.report.escaping)."""

from __future__ import annotations

import json
import json.encoder as json_encoder

from .escaping import json_safe

__all__ = ["dump_json", "json_text"]

# json.dumps only uses its C encoder without `indent`; with it, it falls back to pure
# Python, which on a 100,000-claim report takes seconds. A container whose items are
# all plain scalars is written by the C encoder instead, its item separator carrying
# the newline and indentation: an encoded string never holds a raw newline, so this
# gives exactly the indented text.
_encode_string = json_encoder.encode_basestring
_FLAT_TYPES = frozenset({str, int, float, bool, type(None)})
_SCALAR_ENCODER = json.JSONEncoder(ensure_ascii=False)
_flat_encoders: dict[str, json.JSONEncoder] = {}


def _flat_encoder(inner: str) -> json.JSONEncoder:
    """The C encoder that separates items with a newline and `inner` indentation."""
    encoder = _flat_encoders.get(inner)
    if encoder is None:
        encoder = _flat_encoders[inner] = json.JSONEncoder(
            ensure_ascii=False, separators=(",\n" + inner, ": ")
        )
    return encoder


def _dump(value: object, pad: str, out: list[str]) -> None:
    """Append `value` at indentation `pad`."""
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = pad + "  "
        if all(type(item) in _FLAT_TYPES for item in value.values()):
            body = _flat_encoder(inner).encode(value)
            out.append("{\n" + inner + body[1:-1] + "\n" + pad + "}")
            return
        separator = "{\n" + inner
        for key, item in value.items():
            out.append(separator + _encode_string(key) + ": ")
            separator = ",\n" + inner
            _dump(item, inner, out)
        out.append("\n" + pad + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = pad + "  "
        if all(type(item) in _FLAT_TYPES for item in value):
            body = _flat_encoder(inner).encode(value)
            out.append("[\n" + inner + body[1:-1] + "\n" + pad + "]")
            return
        separator = "[\n" + inner
        for item in value:
            out.append(separator)
            separator = ",\n" + inner
            _dump(item, inner, out)
        out.append("\n" + pad + "]")
    else:
        # A scalar (a str or int subclass too): exactly what json.dumps writes for it.
        out.append(_SCALAR_ENCODER.encode(value))


def json_text(value: object, pad: str = "") -> str:
    """`value` as `json.dumps(value, indent=2, ensure_ascii=False)` writes it, as if
    nested at indentation `pad` (its inner lines indented from there), with no final
    newline. Keys keep their insertion order; keys must be strings."""
    out: list[str] = []
    _dump(value, pad, out)
    return "".join(out)


def dump_json(value: object) -> str:
    """`json.dumps(value, indent=2, ensure_ascii=False)` plus a final newline, written
    many times faster. Keys keep their insertion order; keys must be strings. Control
    and bidi characters in strings are `\\u` escapes (`json_safe`), as with ensure_ascii."""
    return json_safe(json_text(value) + "\n")
