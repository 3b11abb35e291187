"""Stage 5, settle: which findings stand. Acknowledgements (E108), a baseline, and
the rule selection of --select and --ignore.
"""
