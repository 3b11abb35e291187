"""Stage 1, read (E101): claim files found and read into plain data with positions,
under hard limits, never outside the project.
"""
