"""Fetch a page a user asked for. The only network access kabar ever makes.

A plain HTTP GET with a timeout and a clear user agent; failures become DocErrors naming the URL.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator

from kabar import __version__
from kabar.records import DocError, RawDoc

USER_AGENT = f"kabar/{__version__} (+https://github.com/kabar-news/kabar; news research tool)"


def fetch_url(url: str, max_bytes: int = 20_000_000, timeout: float = 20.0) -> Iterator[RawDoc | DocError]:
    from kabar.ingest.readers import docs_from_bytes, now_iso

    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - user-given URL
            data = resp.read(max_bytes + 1)
            ctype = resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        yield DocError(url, f"HTTP {exc.code} {exc.reason}")
        return
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        yield DocError(url, f"unreachable: {reason}")
        return
    if len(data) > max_bytes:
        yield DocError(url, f"too large (over {max_bytes / 1e6:.0f} MB)")
        return
    name = "page.html" if "html" in ctype else ("feed.json" if "json" in ctype else "page.txt")
    for doc in docs_from_bytes(url, data, now_iso(), name=name):
        if isinstance(doc, RawDoc) and doc.kind in ("html", "text"):
            doc.meta.setdefault("url", url)
        yield doc
