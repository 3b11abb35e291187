"""What of a dataset file's positions is kept once the file has passed its schema: the
places the checks across files report, and how the numbers of its entities were written.
"""

from __future__ import annotations

from validator.read.positions import Positions

__all__ = ["reported"]


# The last step of every path a problem found across files is reported at (a header,
# reference or property by its name; an entity's id, names, broader and complete; a
# fact's property, ref, value, validity and each qualifier; a property's inverse and
# from): see `load._collect`, `_check_properties`, `_index_names` and
# `fact_values.fact_parts`.
_REPORTED = frozenset(("id", "names", "broader", "complete", "property", "ref", "value"))


def reported(positions: Positions) -> Positions:
    """Only the positions the checks across files can report: once a file has passed
    its schema, the position of every other node and of every key is dropped (but a
    cue's, which `PropertyDef.cues_at` keeps for drafting). At
    100,000 entities the positions held until the last file was checked were most of
    the loader's peak."""
    return Positions(
        {
            path: at
            for path, at in positions.values.items()
            if len(path) <= 2
            or path[-1] in _REPORTED
            or (len(path) == 3 and path[0] == "properties" and path[2] in ("inverse", "from"))
            or (len(path) == 5 and path[0] == "entities" and path[4] == "valid")
            or (len(path) == 6 and path[0] == "entities" and path[4] == "qualifiers")
            or (len(path) == 4 and path[0] == "properties" and path[2] == "cues")
        },
        {},
        # How each number or boolean of an entity was written: a fact's value or
        # qualifier of a text property takes it (or an alias's, from another fact).
        {path: text for path, text in positions.written.items() if path[:1] == ("entities",)},
        positions.aliases,
    )
