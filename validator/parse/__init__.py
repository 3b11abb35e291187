"""Stage 2, parse and schema (E101-E103): a loaded document checked against the
claim-file schema and turned into a source and its typed claims.
"""

__all__ = ["EMITS"]

# The codes of the findings this stage makes: E101 too for a duplicate key and a file
# with more claims than the limit, which only the parsed document shows.
EMITS: frozenset[str] = frozenset({"E101", "E102", "E103"})
