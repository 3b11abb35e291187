"""Stage 5, settle: which findings stand. Acknowledgements (E108), a baseline, and
the rule selection of --select and --ignore; and the scorecard's rows, one for every
claim file.
"""

__all__ = ["EMITS"]

# The codes of the findings this stage makes: an acknowledgement that matches nothing.
EMITS: frozenset[str] = frozenset({"E108"})
