"""Settings in one place: defaults < file (TOML) < environment (KABAR_*) < flags.

Built once at the edge (CLI, web app) and passed down; the core never reads the environment.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from kabar.errors import KabarError

NER_MODES = ("crf", "accurate")


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "sqlite:///kabar.db"
    # ingest
    max_bytes: int = 20_000_000  # larger inputs are refused with a clear error
    # documents per batch (one transaction, one task for the pool); 0: kabar.pipeline.batch_size
    # chooses (64 annotating at ingest, 1024 with annotation deferred)
    batch_size: int = 0
    # dedup: calibrated by eval/dedup.py on injected copies of real articles (docs/BENCHMARKS.md).
    # The fingerprint itself (shingles, permutations) is fixed in kabar.dedup and versioned with the
    # stored signatures; these two only state it: word pairs, 128 permutations.
    minhash_perm: int = 128
    shingle_size: int = 2
    near_dup_threshold: float = 0.5
    # clustering: calibrated by eval/cluster.py (docs/BENCHMARKS.md, 2026-11-30, with kabar.cluster's
    # EMBED_WEIGHT 0.6): BCubed F1 at 0.42 / 0.45 / 0.50 is 0.935 / 0.933 / 0.915 on Clust-McMs dev
    # and 0.924 / 0.923 / 0.871 on the Indonesian set (both dev sets: no held-out figure)
    cluster_window_days: int = 14
    cluster_threshold: float = 0.45
    # the threshold for an article without a sentence vector (annotation deferred, or the vector
    # model not installed): word cosines alone run lower than the blend (eval/cluster.py, Indonesian
    # dev set, words only: 0.20 / 0.25 / 0.30 give 0.910 / 0.922 / 0.890; with the entity keys
    # 0.920 / 0.936 / 0.884; at 0.45 both fall under 0.79)
    cluster_threshold_words: float = 0.25
    # annotate (entities, quotes, times, sentence vectors) at ingest. False stores and clusters the
    # articles from their words alone, several times faster (bench/scale.py --defer-annotation);
    # their annotations are made when dossiers are built (kabar annotate, kabar.annotate_later)
    annotate: bool = True
    # the Indonesian entity tagger: "crf" (fast) or "accurate" (the CRF averaged with fine-tuned e5
    # nets, kabar.nlp.ner_e5: better names, ~30x slower; needs pip install kabar[accurate])
    ner: str = "crf"
    # summary
    summary_sentences: int = 6
    # scaling out (docs/scaling.md): where per-document stages run, and how live sources are fetched
    executor: str = "local"  # local, processes (a local pool), dask (a local cluster) or dask://HOST:PORT
    dask_workers: int = 0  # workers of a local process pool or Dask cluster; 0: one per CPU
    allow_private: bool = False  # fetch from private, loopback and link-local addresses too
    fetch_timeout: float = 20.0  # seconds per HTTP request
    fetch_retries: int = 2  # retries after a timeout, a dropped connection, HTTP 429 or 5xx
    host_interval: float = 1.0  # seconds between two requests to one host
    # web app (kabar serve)
    api_token: str = ""  # POST /api/documents is off unless set (env KABAR_API_TOKEN); sent as a Bearer token
    max_request_bytes: int = 5_000_000  # larger request bodies get 413
    dossier_cache_size: int = 512  # dossiers kept in memory per server (one build takes 0.1-0.5 s)
    warm_stories: int = 50  # newest stories whose pages the server builds at start and after an ingest
    # after an ingest, build and store the dossiers of the stories it changed (first views read
    # them; ~40 ms a story). False defers them: pages build on view, and the next ingest with it
    # on stores every story marked meanwhile.
    store_dossiers: bool = True

    def with_overrides(self, **overrides: Any) -> Settings:
        known = {f.name for f in fields(self)}
        return replace(self, **{k: v for k, v in overrides.items() if v is not None and k in known})


def _coerce(name: str, value: str, like: Any) -> Any:
    """``value`` of the variable ``name`` as the type of the setting's default ``like``."""
    if isinstance(like, bool):
        if value.lower() not in {"1", "true", "yes", "on", "0", "false", "no", "off"}:
            raise KabarError(f"{name}={value!r}: expected true or false (1/0, yes/no, on/off)")
        return value.lower() in {"1", "true", "yes", "on"}
    try:
        if isinstance(like, int):
            return int(value)
        if isinstance(like, float):
            return float(value)
    except ValueError:
        raise KabarError(f"{name}={value!r}: expected a {'whole ' if isinstance(like, int) else ''}number") from None
    return value


def load_settings(config_file: str | Path | None = None, env: dict[str, str] | None = None,
                  **flags: Any) -> Settings:
    """Defaults, then a TOML file's ``[kabar]`` table, then ``KABAR_<NAME>`` variables, then flags."""
    s = Settings()
    path = Path(config_file) if config_file else Path("kabar.toml")
    if config_file and not path.is_file():
        raise KabarError(f"settings file {path} not found")
    if path.is_file():
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh).get("kabar", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise KabarError(f"settings file {path} is not valid TOML: {exc}") from None
        s = s.with_overrides(**data)
    env = os.environ if env is None else env
    from_env = {}
    for f in fields(s):
        name, like = f"KABAR_{f.name.upper()}", getattr(s, f.name)
        raw = env.get(name)
        if raw is None:
            continue
        if isinstance(like, str):
            from_env[f.name] = raw
        elif raw.strip():  # set but empty ("KABAR_DASK_WORKERS= kabar …") reads as unset
            from_env[f.name] = _coerce(name, raw.strip(), like)
    s = s.with_overrides(**from_env).with_overrides(**flags)
    if s.ner not in NER_MODES:
        raise KabarError(f"ner={s.ner!r}: expected one of {', '.join(NER_MODES)}")
    if s.ner == "accurate":
        from kabar.nlp import ner_e5

        if not ner_e5.available():
            raise KabarError(ner_e5.NEEDS)
    if s.batch_size < 0:
        raise KabarError(f"batch_size={s.batch_size}: expected 0 (the run chooses) or a number of documents")
    return s
