"""What a run is asked to do (`Options`) and how its driver runs it (`Settings`): plain,
frozen settings whose defaults are what the Python API gives when told nothing."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from validator.model.findings import Severity
from validator.read.files import Limits
from validator.run_settings import Options, Settings
from validator.settle.selection import RuleSelection


def test_options_by_default() -> None:
    options = Options()
    assert (options.dataset, options.fail_on, options.today, options.root) == (
        "dataset",
        Severity.ERROR,
        None,
        None,
    )
    assert options.rules == RuleSelection()
    assert options.limits == Limits()
    assert (options.baseline, options.progress, options.skip) == ({}, None, ())


def test_settings_by_default_cache_nothing_and_run_in_one_process() -> None:
    settings = Settings()
    assert (settings.cache_dir, settings.jobs, settings.freeze_loaded) == (None, 1, False)
    assert (settings.explanations, settings.found, settings.dataset_digest) == (True, None, None)
    assert settings.read == {}


def test_each_default_mapping_is_the_settings_own() -> None:
    one, other = Options(), Options()
    assert one.baseline is not other.baseline
    assert Settings().read is not Settings().read


@pytest.mark.parametrize(
    ("settings", "field"),
    [(Options(today=date(2026, 11, 21)), "dataset"), (Settings(cache_dir="cache", jobs=2), "jobs")],
)
def test_settings_are_frozen(settings: Options | Settings, field: str) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(settings, field, 3)
    changed = dataclasses.replace(settings)
    assert changed == settings and changed is not settings
