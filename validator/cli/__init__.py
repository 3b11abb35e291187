"""The commands: `validate` (options, configuration, one run, its outputs and exit
status) and `factlint` (`check` and `draft`).
"""
