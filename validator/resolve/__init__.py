"""Stage 3, resolve (E104-E106): each claim's subject, property, value and date
resolved against the dataset into the sets the rules compare.
"""

__all__ = ["EMITS"]

# The codes of the findings this stage makes (the rules declare theirs in
# validator.rules).
EMITS: frozenset[str] = frozenset({"E104", "E105", "E106"})
