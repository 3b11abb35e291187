"""What the YAML builder records at a node, and what it refuses a whole document for."""

from __future__ import annotations

from validator.read.positions import LoadProblem
from validator.read.yaml_problems import refusal, too_many, unread_number
from validator.read.yaml_scalars import RefusedTag, YamlLimits, YamlParseError

from .test_yaml_load import error


def test_a_number_no_float_holds_and_a_refused_tag_are_problems_at_their_node() -> None:
    number = YamlParseError("'.inf' is not a finite number", 3, 12)
    assert unread_number(("claims", 0, "value"), number) == LoadProblem(
        ("claims", 0, "value"), 3, 12, "'.inf' is not a finite number", "number"
    )
    tag = RefusedTag("the tag !!binary is not allowed", 4, 5)
    assert refusal(("a",), tag) == LoadProblem(
        ("a",), 4, 5, "the tag !!binary is not allowed", "tag"
    )


def test_too_many_nodes_is_said_as_an_alias_bomb_where_aliases_made_most() -> None:
    limits = YamlLimits(max_nodes=10)
    bomb, big = too_many(limits, 6, 2, 3), too_many(limits, 5, 2, 3)
    assert (bomb.line, bomb.column, bomb.message) == (
        2,
        3,
        "aliases expand the document to more than 10 nodes (an alias bomb?); "
        "refused before expanding them",
    )
    assert big.message == "the document has more than 10 nodes; split it into one file per source"


def test_a_second_document_is_refused_with_its_fix() -> None:
    assert error("a: 1\n---\nb: 2\n") == (
        2,
        1,
        "a second YAML document starts here; a claim file holds one document: "
        "move it to a file of its own",
    )
    assert error("a: 1\n---\n") == (
        2,
        1,
        "a second YAML document starts here, with nothing in it; a claim file holds one "
        "document: remove this '---'",
    )
