"""Stage 1, read (E101): claim files found and read into plain data with positions,
under hard limits, never outside the project.
"""

__all__ = ["EMITS"]

# The codes of the findings this stage makes (the rules declare theirs in
# validator.rules); tests check that no other code appears in its modules.
EMITS: frozenset[str] = frozenset({"E101"})
