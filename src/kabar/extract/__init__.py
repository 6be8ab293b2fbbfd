"""Extraction: RawDoc → Article (clean body, title, outlet, date, bylines, wire sources, dateline).

``extract(raw)`` is the one entry point; ``join_pages(articles)`` merges the pages of a multi-page
article; :mod:`kabar.extract.normalise` gives NLP its normalised text with an offset map back to
``Article.body``.

How the stages run (each a module with one job):
  text scrapes  lines.py classifies every line (rules.py: what a line says on its own; lines.py:
                the page's shape — header, body, trailer, headline lists) → text.py turns labels
                into paragraphs, dropped lines and metadata (bylines.py, dates.py, dateline.py,
                outlets.py, wire.py)
  HTML          html.py: htmlmeta.py reads JSON-LD / meta tags / byline nodes, trafilatura the
                body (htmldate only when the page names no date), then the same line layer in
                "body only" mode (rule hits, captions that say so, a repeated title, a dateline)
  records       meta["format"] says which of the two; the record's url/title/published_at/outlet
                override what the page says (a page date that disagrees becomes a date flag)
  then          lang.py (py3langid), dateflags.py (page date vs the body's own dates)

Decisions:
  - Datelines ("JAKARTA, KOMPAS.com -") are cut from the lede and kept in ``Article.dateline``
    (as printed) and ``dropped`` (reason "dateline"): an outlet tag in the body is noise for NER
    and hides syndicated copies from each other.
  - wire_sources are the services the *text* cites ("Sumber: Reuters", "dikutip dari Antara",
    "seperti dimuat Associated Press", a wire dateline on another outlet's page). Photo credits
    ("KCNA via REUTERS", "Foto: AP") say who took a picture, not where the words came from: they
    go to ``extra["photo_credits"]``.
  - The outlet is the page's own (record > og:site_name/publisher > known URL > dateline tag >
    end credit "(Serambinews.com/Name)" > copyright line, the brand before "©" first > masthead
    line). "Sumber: TribunSolo.com" or "Artikel ini telah tayang di X" names a sister site the text
    came from: ``extra["source_outlet"]``, and that site's dateline tag and credit on the copy do
    not count. An outlet with no display name in outlets.py is given as the page prints it best
    ("Suara Timur" over "SUARATIMUR.COM"; an acronym tag spelled out where the page expands it).
  - HTML ``dropped`` lists only what the line layer removed; trafilatura's removals are not
    itemised.

``Article.extra`` keys set here: section, description, tags, photo_credits, source_outlet,
network, dateline_place, dateline_outlet, paragraph_lines (the raw line each paragraph came from,
text scrapes), paginated ("Halaman 1 2 3" seen), next_page (HTML rel=next), page_published_at
(when a record's date overrode the page's), pages and dropped_page (join_pages).
"""

from __future__ import annotations

from kabar.extract.core import extract, join_pages

__all__ = ["extract", "join_pages"]
