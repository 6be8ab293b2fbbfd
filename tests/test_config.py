from __future__ import annotations

import pytest

from kabar.config import Settings, load_settings
from kabar.errors import KabarError


def test_precedence_defaults_file_env_flags(tmp_path):
    cfg = tmp_path / "k.toml"
    cfg.write_text('[kabar]\ndb = "sqlite:///file.db"\ncluster_threshold = 0.5\nbatch_size = 8\n')
    s = load_settings(cfg, env={"KABAR_CLUSTER_THRESHOLD": "0.4", "KABAR_BATCH_SIZE": "16"}, batch_size=32)
    assert s.db == "sqlite:///file.db"  # file over default
    assert s.cluster_threshold == 0.4  # env over file
    assert s.batch_size == 32  # flag over env
    assert load_settings(None, env={}) == Settings()  # no file named, none in the folder: defaults


def test_bad_settings_are_one_clear_error_naming_them(tmp_path):
    with pytest.raises(KabarError, match="none.toml not found"):
        load_settings(tmp_path / "none.toml", env={})  # a file named that is not there is no silent default
    bad = tmp_path / "bad.toml"
    bad.write_text("[kabar\ndb = 1\n")
    with pytest.raises(KabarError, match="bad.toml is not valid TOML"):
        load_settings(bad, env={})
    with pytest.raises(KabarError, match="KABAR_DASK_WORKERS='two': expected a whole number"):
        load_settings(None, env={"KABAR_DASK_WORKERS": "two"})
    with pytest.raises(KabarError, match="KABAR_CLUSTER_THRESHOLD='high': expected a number"):
        load_settings(None, env={"KABAR_CLUSTER_THRESHOLD": "high"})
    with pytest.raises(KabarError, match="KABAR_ANNOTATE='maybe': expected true or false"):
        load_settings(None, env={"KABAR_ANNOTATE": "maybe"})
    with pytest.raises(KabarError, match="batch_size=-5: expected 0"):
        load_settings(None, env={"KABAR_BATCH_SIZE": "-5"})
    assert load_settings(None, env={"KABAR_BATCH_SIZE": "0"}).batch_size == 0  # the run chooses
    # set but empty reads as unset (a shell's "VAR= kabar …"); text settings keep what they are given
    s = load_settings(None, env={"KABAR_DASK_WORKERS": "", "KABAR_ANNOTATE": " ", "KABAR_API_TOKEN": ""})
    assert (s.dask_workers, s.annotate, s.api_token) == (0, True, "")
    assert load_settings(None, env={"KABAR_ANNOTATE": "off", "KABAR_DASK_WORKERS": " 3 "}).annotate is False

