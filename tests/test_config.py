from __future__ import annotations

from kabar.config import Settings, load_settings


def test_precedence_defaults_file_env_flags(tmp_path):
    cfg = tmp_path / "k.toml"
    cfg.write_text('[kabar]\ndb = "sqlite:///file.db"\ncluster_threshold = 0.5\nbatch_size = 8\n')
    s = load_settings(cfg, env={"KABAR_CLUSTER_THRESHOLD": "0.4", "KABAR_BATCH_SIZE": "16"}, batch_size=32)
    assert s.db == "sqlite:///file.db"  # file over default
    assert s.cluster_threshold == 0.4  # env over file
    assert s.batch_size == 32  # flag over env
    assert load_settings(tmp_path / "none.toml", env={}) == Settings()
