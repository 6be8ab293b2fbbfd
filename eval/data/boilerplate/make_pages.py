"""Build pages.jsonl: the Indonesian plain-text boilerplate annotation set (run once; output committed).

No public set of Indonesian plain-text scrapes with their furniture exists (../shared/data/README.md),
so each page here is a *real* article body from ../shared/data (detik1000 or IndoSum) wrapped in
page furniture that we wrote by hand, in the shapes the five real scrapes in ../shared/seeds and
the outlets' own pages show: section and title lines, date lines in each outlet's format, bylines,
photo credits and captions, "Baca Juga" inserts, ads, pagination, editor/source trailers, tags,
headline lists (other real articles' titles, by reference), copyright and navigation footers.

Only references are stored: a body line is ``["body", k, label]`` (k-th non-empty line of the
real article, read at eval time), a headline is ``["headline", key, label]`` (another article's
title), the title ``["title", null, "title"]``; our own furniture lines are ``["text", str, label]``.
Furniture that the real bodies already carry (detik's "SCROLL TO CONTINUE WITH CONTENT", video
promos; IndoSum's "Baca juga :" and promo lines) was labelled by the patterns in ``REAL_LABELS``
and checked by eye on every selected article; three columnist bios were labelled by hand (``MANUAL``).

Split: pages are shuffled once; the first half is ``dev`` (rules were tuned looking at it), the
second half ``test`` (its errors were printed once; no later change targets them).

Usage: python eval/data/boilerplate/make_pages.py ../shared/data > eval/data/boilerplate/pages.jsonl
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

WIB = timezone(timedelta(hours=7))
SEED = 20261122

REAL_LABELS = [
    (re.compile(r"^(SCROLL TO CONTINUE WITH CONTENT|ADVERTISEMENT)$"), "ad"),
    (re.compile(r"^Saksikan Live ?Detik ?pagi ?:$", re.I), "ad"),
    (re.compile(r"(?i)^(simak|tonton|lihat)( juga)? video"), "related"),
    (re.compile(r"(?i)^[\[(]?\s*(baca|simak)( juga)?\s*[:\-–]"), "related"),
    (re.compile(r"^DailySocial\.id adalah portal berita"), "ad"),
    (re.compile(r"^Naskah ini bisa dibaca juga di"), "footer"),
    (re.compile(r"^[(\[]\s*[\w.\s\-/]{1,25}[)\]]$"), "byline"),  # "(T.H - ZG/S023)", "[ noe ]"
]
# (dataset, key, line) → label, decided by reading the line
MANUAL = {("detik1000", "404", 5): "byline", ("detik1000", "406", 24): "byline",
          ("detik1000", "887", 10): "byline"}

FIRST = ["Agus", "Rina", "Dimas", "Sari", "Yoga", "Maya", "Budi", "Dewi", "Fajar", "Intan", "Hendra",
         "Lina", "Rizky", "Nadia", "Taufik", "Wulan", "Arif", "Putri", "Bayu", "Citra", "Eko", "Fitri"]
LAST = ["Pratama", "Lestari", "Hidayat", "Wibowo", "Santoso", "Kurniawan", "Anggraini", "Saputra",
        "Rahmawati", "Nugroho", "Permana", "Handayani", "Setiawan", "Maharani", "Siregar", "Nasution"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember"]
MONTHS_AB = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
SECTIONS = ["Nasional", "Ekonomi", "Bisnis", "Internasional", "Olahraga", "Teknologi", "Hiburan",
            "Regional", "Politik", "Hukum", "Megapolitan", "Gaya Hidup"]
CAPTIONS = ["Suasana di lokasi kegiatan, {d}.", "Ilustrasi kegiatan warga di ibu kota.",
            "Petugas memberikan keterangan kepada wartawan, {d}.", "Sejumlah warga berkumpul di lokasi, {d}.",
            "Foto ilustrasi gedung perkantoran di Jakarta.", "Kendaraan melintas di jalan protokol, {d}."]
ADS = ["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "AYO Sukseskan Pemilu Damai!",
       "Dapatkan berita terbaru setiap hari langsung di ponsel Anda.", "Iklan", "Advertisement",
       "Download aplikasi kami untuk membaca berita tanpa iklan."]


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def fmt_long(d: datetime, caps: bool = False) -> str:
    s = f"{DAYS_ID[d.weekday()]}, {d.day:02d} {MONTHS_ID[d.month - 1]} {d.year}"
    return s.upper() if caps else s


def page_for(outlet: str, rng: random.Random, when: datetime, n_body: int, others: list[str]) -> dict:
    """Furniture around ``n_body`` body lines, in ``outlet``'s shape. Returns lines + gold fields."""
    author, editor = name(rng), name(rng)
    hm = f"{when.hour:02d}:{when.minute:02d}"
    iso_min = when.strftime("%Y-%m-%dT%H:%M:00+07:00")
    gold = {"authors": [author], "editors": [editor], "published_at": iso_min}
    head: list[list] = []
    tail: list[list] = []
    inserts: list[list] = []
    cap = rng.choice(CAPTIONS).format(d=f"{DAYS_ID[when.weekday()]} ({when.day}/{when.month}/{when.year})")
    related = [["headline", k, "related"] for k in rng.sample(others, 3)]
    popular = [["headline", k, "popular-list"] for k in rng.sample(others, 4)]
    if outlet == "detikcom":
        gold["outlet"] = "detikcom"
        head = [["text", rng.choice(["detikNews", "detikFinance", "Berita", "detikNews Berita"]), "section"],
                ["title", None, "title"],
                ["text", f"{author} - detikNews", "byline"],
                ["text", f"{DAYS_ID[when.weekday()]}, {when.day:02d} {MONTHS_AB[when.month - 1]} {when.year} {hm} WIB", "date"],
                ["text", "0 komentar", "navigation"],
                ["text", "BAGIKAN URL telah disalin", "navigation"],
                ["text", f"{cap} Foto: {name(rng)}/detikcom", "caption"]]
        inserts = [["text", "Baca juga: " + "{h}", "related"], ["text", "Halaman 1 2 Selanjutnya", "navigation"]]
        tail = [["text", f"({rng.choice(['rdp', 'fas', 'whn', 'isa'])}/{rng.choice(['imk', 'dnu', 'aud'])})", "byline"],
                ["text", "Hoegeng Awards 2025", "ad"],
                ["text", "Baca kisah inspiratif kandidat polisi teladan di sini", "ad"],
                ["text", "indonesia " + " ".join(rng.sample(["ekonomi", "pemerintah", "dpr", "jakarta", "hukum"], 3)), "tags"],
                ["text", "Berita Terkait", "related"], *related,
                ["text", "Berita detikcom Lainnya", "related"], ["text", "Berita Terpopuler", "popular-list"],
                *popular, ["text", "Redaksi Pedoman Media Siber Karir Kotak Pos Info Iklan Privacy Policy Disclaimer", "navigation"]]
        gold["editors"] = []
    elif outlet in ("CNN Indonesia", "Suara.com", "Merdeka", "kumparan"):
        gold["outlet"] = outlet
        date_line = {
            "CNN Indonesia": f"CNN Indonesia | {fmt_long(when)} {hm} WIB",
            "Suara.com": f"{author} | {editor}",
            "Merdeka": f"Reporter : {author} | {fmt_long(when)} {hm}",
            "kumparan": f"{DAYS_ID[when.weekday()]}, {when.day} {MONTHS_AB[when.month - 1]} {when.year} {hm} WIB",
        }[outlet]
        head = [["text", "Beranda", "navigation"], ["text", rng.choice(SECTIONS), "section"], ["title", None, "title"]]
        if outlet == "Suara.com":
            head += [["text", date_line, "byline"],
                     ["text", f"{fmt_long(when)} | {hm} WIB", "date"]]
            gold["authors"], gold["editors"] = [author], [editor]
        elif outlet == "Merdeka":
            head += [["text", date_line, "byline"]]
            gold["editors"] = []
            gold["published_at"] = when.strftime("%Y-%m-%dT%H:%M:00")  # the page gives no zone
        elif outlet == "kumparan":
            head += [["text", "kumparanNEWS", "byline"], ["text", date_line, "date"]]
            gold["authors"], gold["editors"] = [], []
        else:
            head += [["text", date_line, "date"]]
            gold["authors"], gold["editors"] = [], []
        head += [["text", f"Ilustrasi. ({outlet.split()[0]}/{name(rng)})", "caption"]]
        inserts = [["text", "Baca Juga: " + "{h}", "related"], ["text", rng.choice(ADS), "ad"]]
        tail = [["text", f"Editor: {editor}" if outlet == "kumparan" else "(asa/end)", "byline"],
                ["text", "TOPIK TERKAIT", "related"], *related[:2],
                ["text", "Terpopuler", "popular-list"], *popular,
                ["text", f"© {when.year} {outlet}. All rights reserved.", "footer"]]
        if outlet == "kumparan":
            gold["editors"] = [editor]
    elif outlet == "Antara":
        gold["outlet"] = "Antara"
        head = [["title", None, "title"], ["text", f"{fmt_long(when)} {hm} WIB", "date"],
                ["text", f"{cap} ANTARA FOTO/{name(rng)}/foc.", "caption"]]
        inserts = [["text", "Baca juga: " + "{h}", "related"]]
        tail = [["text", f"Pewarta: {author}", "byline"], ["text", f"Editor: {editor}", "byline"],
                ["text", f"COPYRIGHT © ANTARA {when.year}", "footer"],
                ["text", "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.", "footer"]]
    elif outlet in ("Tribunnews", "Serambinews"):
        gold["outlet"] = outlet
        head = [["text", fmt_long(when), "date"], ["text", rng.choice(SECTIONS), "section"], ["title", None, "title"],
                ["text", f"Penulis: {author} | Editor: {editor}" if rng.random() < 0.5 else f"Penulis: {author}", "byline"],
                ["text", f"TRIBUNNEWS.COM/{name(rng).upper()}", "caption"], ["text", cap, "caption"]]
        if head[3][1].startswith("Penulis: ") and "|" not in head[3][1]:
            head.insert(4, ["text", f"Editor: {editor}", "byline"])
        inserts = [["text", "Baca juga: " + "{h}", "related"]]
        tail = [["text", f"({outlet}.com/{author})", "byline"], ["text", "Berita Terkait", "related"], *related,
                ["text", "Berita Populer", "popular-list"], *popular,
                ["text", f"© {when.year} TRIBUNnews.com Network, a subsidiary of KG Media. All Right Reserved", "footer"],
                ["text", "Tentang Kami Bantuan Kebijakan Privasi Syarat Penggunaan Kontak Pedoman Media Siber Redaksi", "navigation"]]
        gold["published_at"] = when.strftime("%Y-%m-%d")
    elif outlet == "Pos Kota":
        gold["outlet"] = "Pos Kota"
        head = [["text", rng.choice(SECTIONS), "section"], ["title", None, "title"],
                ["text", f"{fmt_long(when, caps=True)} | {hm} WIB | LAPORAN: {author.upper()}", "byline"]]
        gold["editors"] = []
        inserts = [["text", rng.choice(ADS), "ad"]]
        tail = [["text", "Populer", "popular-list"]]
        for k in rng.sample(others, 3):
            d2 = when - timedelta(days=rng.randint(300, 500), minutes=rng.randint(0, 900))
            tail += [["headline", k, "popular-list"],
                     ["text", f"{DAYS_ID[d2.weekday()]}, {d2.day:02d} {MONTHS_ID[d2.month - 1]} {d2.year} | {d2.hour:02d}:{d2.minute:02d}", "popular-list"]]
        tail += [["text", "Selengkapnya", "related"]]
    else:  # PR network / Juara / Goal / DailySocial / Rimanews: "- 5 September 2023, 20:37 WIB" shape
        gold["outlet"] = outlet
        head = [["title", None, "title"], ["text", f"- {when.day} {MONTHS_ID[when.month - 1]} {when.year}, {hm} WIB", "date"],
                ["text", cap, "caption"], ["text", f"{cap} /{name(rng)}/", "caption"]]
        inserts = [["text", "Baca Juga: " + "{h}", "related"]]
        tail = [["text", "Halaman:", "navigation"], ["text", f"Editor: {editor}", "byline"],
                ["text", "Sumber: " + rng.choice(["Reuters", "Antara", "AFP"]), "source"], ["text", "Tags", "tags"],
                ["text", "Artikel Pilihan", "related"], ["text", "Terkait", "related"], *related[:2],
                ["text", "Terpopuler", "popular-list"], *popular[:3],
                ["text", f"© {when.year} {outlet}. Hak cipta dilindungi undang-undang.", "footer"]]
        gold["authors"] = []
    return {"head": head, "inserts": inserts, "tail": tail, "gold": gold}


def detok(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r"\s+([,.;:!?%)\]])", r"\1", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s*/\s*", "/", s)
    s = re.sub(r'"\s+(.*?)\s+"', r'"\1"', s)
    s = re.sub(r"“\s+", "“", s)
    s = re.sub(r"\s+”", "”", s)
    return re.sub(r"\s{2,}", " ", s).strip()


def load_articles(data: Path, body_keys: set[tuple[str, str]] | None = None) -> dict[tuple[str, str], dict]:
    """Every article's title and date; its lines too when ``body_keys`` is None or holds its key."""
    arts: dict[tuple[str, str], dict] = {}
    with open(data / "news/detik1000/data_berita.csv", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            lines = [ln.strip() for ln in row["isi_berita"].split("\n") if ln.strip()]
            when = datetime.strptime(row["tanggal"], "%m/%d/%Y %H:%M").replace(tzinfo=WIB)
            arts[("detik1000", str(i))] = {"title": row["judul"].strip(), "lines": lines, "when": when,
                                           "outlet": "detikcom"}
    with open(data / "summarization/indosum/indosum_dev_pool.jsonl", encoding="utf-8") as f:
        for row in map(json.loads, f):
            need = body_keys is None or ("indosum", row["id"]) in body_keys
            lines = [detok([t for sent in para for t in sent]) for para in row["paragraphs"]] if need else []
            ts = int(row["id"].split("-", 1)[0])
            slug = re.sub(r"\.html?$", "", row["source_url"].split("?")[0].rstrip("/").split("/")[-1])
            words = [w for w in re.split(r"[-.]", slug) if w and (not w.isdigit() or len(w) < 5)]
            if len(words) < 4:  # ".../match-report": fall back to the id's slug
                words = row["id"].split("-")[1:-1]
            title = " ".join(w.capitalize() for w in words)
            arts[("indosum", row["id"])] = {"title": title, "lines": lines, "source": row["source"],
                                            "when": datetime.fromtimestamp(ts, WIB)}
    return arts


INDOSUM_OUTLET = {"cnn indonesia": "CNN Indonesia", "kumparan": "kumparan", "antaranews": "Antara",
                  "merdeka": "Merdeka", "suara": "Suara.com", "poskotanews": "Pos Kota",
                  "juara.net": "Juara.net", "goal indonesia": "Goal Indonesia",
                  "dailysocial.id": "DailySocial", "rimanews": "Rimanews"}
DETIK_SHAPES = ["detikcom", "detikcom", "Tribunnews", "Serambinews", "Pikiran Rakyat Depok"]


def real_label(dataset: str, key: str, k: int, line: str) -> str:
    if (dataset, key, k) in MANUAL:
        return MANUAL[(dataset, key, k)]
    for rx, label in REAL_LABELS:
        if rx.search(line):
            return label
    return "body"


def main(data: Path) -> None:
    rng = random.Random(SEED)
    arts = load_articles(data)
    detik = [k for k in arts if k[0] == "detik1000"]
    by_src: dict[str, list] = {}
    for k, a in arts.items():
        if k[0] == "indosum":
            by_src.setdefault(a["source"], []).append(k)
    chosen = rng.sample(detik, 40)
    for src in sorted(by_src):
        chosen += rng.sample(sorted(by_src[src]), 4)
    rng.shuffle(chosen)
    for n, key in enumerate(chosen):
        a = arts[key]
        if key[0] == "detik1000":
            # detik bodies are re-dressed in several outlets' shapes: the body is what is tested
            outlet = rng.choice(DETIK_SHAPES)
        else:
            outlet = INDOSUM_OUTLET[a["source"]]
        others = [f"{d}:{k}" for d, k in rng.sample([x for x in arts if x[0] == key[0] and x != key], 8)]
        shape = page_for(outlet, rng, a["when"], len(a["lines"]), others)
        body = [["body", k, real_label(key[0], key[1], k, ln)] for k, ln in enumerate(a["lines"])]
        # a dateline of ours on the lede, where the outlet prints one and the real text has none
        prefix = {"detikcom": "Jakarta - ", "Pikiran Rakyat Depok": "PR DEPOK - "}.get(outlet)
        if prefix and key[0] == "detik1000" and rng.random() < 0.8:
            body[0].append(prefix)
        # inserts go between body lines, never before the second or after the last
        for ins in shape["inserts"]:
            if len(body) > 3 and rng.random() < 0.8:
                at = rng.randint(2, len(body) - 1)
                kind, text, label = ins
                if "{h}" in text:
                    body.insert(at, ["headline", others[-1], label, text.replace("{h}", "")])
                else:
                    body.insert(at, [kind, text, label])
        lines = shape["head"] + body + shape["tail"]
        gold = dict(shape["gold"], title={"ref": "title"})
        page = {"page": n, "split": "dev" if n < len(chosen) // 2 else "test", "dataset": key[0], "key": key[1],
                "shape": outlet, "sep": rng.choice(["\n\n", "\n\n", "\n"]), "lines": lines, "gold": gold}
        print(json.dumps(page, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
