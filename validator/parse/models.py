"""The typed view of a schema-valid claim file.

The JSON Schema is the contract users and editors see; these models are what the code
works with after a document has passed it. Both describe the same documents: a
property test generates documents from the schema and parses them here.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from validator.model.codes import CODE_PATTERN

__all__ = [
    "Acknowledgement",
    "Approximate",
    "Claim",
    "ClaimFile",
    "DateInterval",
    "Interval",
    "Source",
]

_STRICT = ConfigDict(extra="forbid", frozen=True, strict=True, populate_by_name=True)


class _Model(BaseModel):
    """Optional fields are absent or set; `null` is accepted only where the schema does."""

    model_config = _STRICT
    nullable: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="before")
    @classmethod
    def _no_null(cls, data: Any) -> Any:
        # `None in values()` runs in C and finds None by identity: the loop below, which
        # names the key, runs only for a document that has a null somewhere.
        if isinstance(data, dict) and None in data.values():
            for key, value in data.items():
                if value is None and key not in cls.nullable:
                    raise ValueError(f"`{key}` may not be null")
        return data


class _Range(_Model):
    @model_validator(mode="after")
    def _one_end(self) -> _Range:
        if not self.model_fields_set:
            raise ValueError("an interval needs `from`, `to` or both")
        return self


Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=100)]
DateText = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])"
        r"(T([01][0-9]|2[0-3]):[0-5][0-9])?)?)?$"
    ),
]


def _whole_year(raw: Any) -> Any:
    # JSON Schema counts 2022.0 as an integer, so the schema lets it through as a year;
    # a JSON writer that prints every number as a float (2022.0) means the year 2022.
    if type(raw) is float and raw.is_integer():
        return int(raw)
    return raw


Year = Annotated[int, BeforeValidator(_whole_year), Field(ge=1, le=9999)]
Date = DateText | Year


class DateInterval(_Range):
    start: Date | None = Field(default=None, alias="from")
    end: Date | None = Field(default=None, alias="to")


When = Date | DateInterval


class Interval(_Range):
    start: int | float | DateText | None = Field(default=None, alias="from")
    end: int | float | DateText | None = Field(default=None, alias="to")


class Approximate(_Model):
    about: float
    within: Annotated[float, Field(ge=0)] | None = None


Value = (
    Annotated[str, StringConstraints(min_length=1, max_length=20000)]
    | bool
    | int
    | float
    | Interval
    | Approximate
)


class Acknowledgement(_Model):
    code: Annotated[str, StringConstraints(pattern=CODE_PATTERN)]
    reason: Annotated[str, StringConstraints(min_length=1, max_length=5000)]
    until: (
        Annotated[
            str,
            StringConstraints(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"),
        ]
        | None
    ) = None


class Claim(_Model):
    id: Id
    subject: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    property: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=100)]
    value: Value
    qualifiers: dict[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")], Value] = (
        Field(default_factory=dict)
    )
    as_of: When | None = None
    excerpt: Annotated[str, StringConstraints(min_length=1, max_length=2000)] | None = None
    note: Annotated[str, StringConstraints(max_length=10000)] | None = None
    acknowledge: list[Acknowledgement] = Field(default_factory=list)


class Source(_Model):
    nullable: ClassVar[frozenset[str]] = frozenset({"url", "author"})

    id: Id
    outlet: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    title: Annotated[str, StringConstraints(min_length=1, max_length=2000)]
    url: Annotated[str, StringConstraints(max_length=2000, pattern=r"^https?://")] | None = None
    author: Annotated[str, StringConstraints(max_length=500)] | None = None
    published: When
    archive: Annotated[str, StringConstraints(min_length=1, max_length=1000)] | None = None


class ClaimFile(_Model):
    schema_: str | None = Field(default=None, alias="$schema")
    source: Source
    claims: list[Claim]
