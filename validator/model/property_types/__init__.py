"""Property types, registered in one table: how a written value of each type becomes the
set it denotes, how a set of it is put back into words, and which sets it compares as
(`validator.model.values`); and the derived properties (an age from a birth date).

`registry` holds the table every stage looks types up in; a type lives in one module
(`numbers`, `dates`, `choices`), a derivation in `derived`, and what all share in `base`.
"""
