"""Stage 2, parse and schema (E102, E103): a loaded document checked against the
claim-file schema and turned into a source and its typed claims.
"""
