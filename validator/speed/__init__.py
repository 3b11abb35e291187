"""Speed machinery, kept apart from the stages: the scheduler that maps a per-file
function over files on several processes (`schedule`, `forked`, with as many as the
memory available leaves room for: `memory_room`), the signed cache of
parsed files (`file_store`, `signing`, `restricted`, `fingerprint`, `cache_folder`) and
of whole runs (`run_cache`), fast pickling between processes (`pickling`), and the
collector pause (`gc_pause`).

It imports only `validator.model`, `validator.guard` and `validator._version`, never a
stage: the driver (validator.drive_files) hands it the functions to run and registers
the data types that may be cached or travel between processes.
"""
