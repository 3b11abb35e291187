"""Speed machinery, kept apart from the stages: the cache of parsed files and of
whole runs, its signing and restricted unpickling, the process pool, and the
collector pause.
"""
