"""The floor beneath the stages and the speed machinery: reading a file that may be
hostile, and the project's boundary.

Every part of factlint that opens a file the project supplies (the read stage, the
configuration, the archive check, the caches) reads it here, the same bounded way. It
sits below all of them, beside `model`, so that the caches can use it without
importing a stage. Nothing here imports any other part of factlint.
"""
