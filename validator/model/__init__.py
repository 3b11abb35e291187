"""The nouns every stage shares: a finding and the table of codes, the set algebra
of values, the typography that does not change what was said, and the one `Result`.

Nothing here imports any other part of factlint.
"""
