"""The last run repeated for a re-run whose claim files changed only where the checks do
not look (see validator.drive_outcome), and remembered under the re-run's own key, so
that the next run over these bytes repeats it at once."""

from __future__ import annotations

from dataclasses import replace

from validator.dataset.model import Dataset
from validator.run_settings import Options, Settings
from validator.speed.run_cache import RememberedRun, RunCache

from .run_key import RunKey

__all__ = ["same_run"]


def same_run(
    runs: RunCache, keyed: RunKey, dataset: Dataset, settings: Settings, options: Options
) -> RememberedRun | None:
    """The latest run of `keyed`'s dataset and settings, when this run's claim files
    (their bytes in `settings.read`) check to what that run's checked to, and its
    archives and reports still hold; None otherwise."""
    previous = runs.latest(keyed.frame)
    if previous is None or not previous.files:
        return None
    # Imported only now: the checks of the files that changed.
    from validator.drive_outcome import same_outcome

    if not same_outcome(
        previous.files, keyed.claims, dataset, settings, options.limits, options.root
    ):
        return None
    run = replace(previous, files=keyed.claims)
    runs.put(keyed.key, run, keyed.frame)
    return run
