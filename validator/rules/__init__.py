"""Stage 4, rules: resolved claims held against the dataset (D2xx), against each
other across sources (X3xx), their quotes (Q4xx), excerpts (E107) and shared wording
(S501). Rules return findings; they never print.
"""
