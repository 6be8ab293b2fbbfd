"""Articles whose date does not fit their content: how often kabar's date flags fire, and how often
they catch a page date that is wrong.

    .venv/bin/python eval/dateflags.py --detik ../shared/data/news/detik1000/data_berita.csv \
        [--indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl] [--show N]

Three measures on real article bodies with their real page dates (the text read by kabar's
extractor first, as ingest reads a record):

1. False alarms: the share of articles flagged ``page_date_mismatch`` or
   ``body_date_after_page_date`` with their own page date (taken as right: these are archive
   pages), per corpus. ``--show N`` prints N flagged ones to read.
2. Re-dated pages (a republished or re-crawled page with a new date): each article's page date
   moved 1, 2 and 5 years later; the share flagged ``page_date_mismatch`` (articles naming no
   explicit dated day cannot be caught, and are counted apart). And moved 2 and 5 years back (a
   page date read wrong): the share flagged ``body_date_after_page_date``.
3. Weekday typos: in articles with a correct "Senin (20/10/2025)"-style date, the weekday word is
   swapped for the next day's; the share flagged ``weekday_mismatch`` — and, on the untouched
   articles, how many such flags fire at all (each names its date: a reader checks them with a
   calendar).

And one dossier-level measure: each event of eval/data/cluster_id.json with three or more dated
articles gets one of its articles again with the page date moved two years on (a republished
copy); is that copy flagged ``page_date_outlier`` and nothing else?
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "data"))
sys.path.insert(0, str(HERE))

from claims import extracted  # noqa: E402
from loaders import event_members, load_detik, load_indosum, record_date  # noqa: E402

from kabar.extract.dateflags import date_flags  # noqa: E402
from kabar.extract.dates import find_dates  # noqa: E402
from kabar.records import Article  # noqa: E402
from kabar.story.discrepancies import date_outliers  # noqa: E402

PAGE_FLAGS = ("page_date_mismatch", "body_date_after_page_date")
INDONESIAN_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def corpus(dataset: str, records: dict, limit: int | None) -> list[tuple[str, str, str]]:
    """(id, page date, extracted body) of each dated record."""
    out = []
    for key, rec in list(records.items())[:limit]:
        if not rec.get("date"):
            continue
        if dataset == "detik1000":
            paras = [p for p in rec["body"].split("\n") if p.strip()]
        else:
            paras = [" ".join(p) for p in rec["body_paragraphs"]]
        art = extracted(Article(id=str(key), source=str(key), paragraphs=paras, title=rec.get("title")))
        if art.paragraphs:
            out.append((str(key), record_date(rec["date"]), art.body))
    return out


def moved(published: str, years: int) -> str:
    d = datetime.fromisoformat(published)
    try:
        return d.replace(year=d.year + years).isoformat()
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28).isoformat()


def false_alarms(name: str, docs: list, show: int) -> None:
    flagged = [(k, p, b, f) for k, p, b in docs for f in date_flags(p, b) if f.kind in PAGE_FLAGS]
    per_kind = {kind: len({k for k, _, _, f in flagged if f.kind == kind}) for kind in PAGE_FLAGS}
    print(f"{name}: {len(docs)} articles with their own page dates; flagged " + ", ".join(
        f"{kind} {n} ({n / max(len(docs), 1):.1%})" for kind, n in per_kind.items()))
    for k, p, _, f in flagged[:show]:
        print(f"    {k} ({p[:10]}): {f.kind}: {f.detail[:200]}")


def redated(name: str, docs: list) -> None:
    datable = [(k, p, b) for k, p, b in docs if any(f.has_year for f in find_dates(b))]
    for years in (1, 2, 5):
        caught = sum(any(f.kind == "page_date_mismatch" for f in date_flags(moved(p, years), b)) for _, p, b in datable)
        print(f"  {name}, page date moved {years} year(s) on: flagged {caught}/{len(datable)} "
              f"({caught / max(len(datable), 1):.1%}) of the articles naming a dated day "
              f"({len(docs) - len(datable)} name none and cannot be caught)")
    for years in (2, 5):
        caught = sum(any(f.kind == "body_date_after_page_date" for f in date_flags(moved(p, -years), b))
                     for _, p, b in datable)
        print(f"  {name}, page date moved {years} years back: body_date_after_page_date on {caught}/{len(datable)} "
              f"({caught / max(len(datable), 1):.1%})")


_WD_DATE = re.compile(r"\b(" + "|".join(INDONESIAN_DAYS) + r")(,?\s*\(\s*\d{1,2}/\d{1,2}/\d{2,4}\s*\))")


def weekday_typos(name: str, docs: list, rng: random.Random) -> None:
    natural = sum(any(f.kind == "weekday_mismatch" for f in date_flags(p, b)) for _, p, b in docs)
    tried = caught = 0
    for _, p, b in docs:
        good = [m for m in _WD_DATE.finditer(b)
                if not any(f.kind == "weekday_mismatch" for f in date_flags(p, m.group()))]
        if not good:
            continue
        m = rng.choice(good)
        wrong = INDONESIAN_DAYS[(INDONESIAN_DAYS.index(m.group(1)) + 1) % 7]
        body = b[:m.start()] + wrong + b[m.start(1) + len(m.group(1)):]
        tried += 1
        swapped = (wrong + m.group(2)).strip()
        caught += any(f.kind == "weekday_mismatch" and swapped in f.detail for f in date_flags(p, body))
    print(f"  {name}: untouched articles with a weekday_mismatch flag: {natural}/{len(docs)}; a weekday swapped "
          f"in one correct 'Senin (20/10/2025)' date each: flagged {caught}/{tried}")


def outliers(data: dict) -> None:
    members = event_members(HERE / "data" / "cluster_id.json")
    events = caught = false = 0
    for (ds, _), ids in sorted(members.items()):
        recs = [data[ds][int(i) if ds == "detik1000" else i] for i in ids]
        dated = [(str(i), record_date(r["date"])) for i, r in zip(ids, recs, strict=True) if r.get("date")]
        if len(dated) < 3:
            continue
        events += 1
        arts = [Article(id=i, source=i, paragraphs=["x"], published_at=p) for i, p in dated]
        copy = Article(id="copy", source="copy", paragraphs=["x"], published_at=moved(dated[0][1], 2))
        found = {i for d in date_outliers([*arts, copy]) for i in d.article_ids}
        caught += "copy" in found
        false += len(found - {"copy"})
    print(f"cluster_id.json events with 3+ dated articles: {events}; a copy re-dated two years on flagged "
          f"page_date_outlier in {caught}; genuine articles flagged beside it: {false}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--detik", type=Path, required=True)
    ap.add_argument("--indosum", type=Path)
    ap.add_argument("--limit", type=int, help="at most this many articles of each corpus")
    ap.add_argument("--show", type=int, default=0, help="print this many flagged articles of each corpus")
    args = ap.parse_args()
    rng = random.Random(15)
    data = {"detik1000": load_detik(args.detik)}
    corpora = [("detik1000", corpus("detik1000", data["detik1000"], args.limit))]
    if args.indosum:
        data["indosum"] = load_indosum(args.indosum)
        corpora.append(("indosum", corpus("indosum", data["indosum"], args.limit)))
    for name, docs in corpora:
        false_alarms(name, docs, args.show)
        redated(name, docs)
        weekday_typos(name, docs, rng)
    if args.indosum:
        outliers(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
