"""Fetch what a user asked for over HTTP: the only network access kabar ever makes.

A polite client on the standard library: a clear user agent, a timeout per request, retries with
exponential back-off after timeouts, dropped connections, HTTP 429 and 5xx (honouring a short
``Retry-After``), conditional GET (``ETag`` / ``Last-Modified``), robots.txt, a minimum interval
between two requests to one host, and a guard that refuses hosts resolving to private, loopback,
link-local or reserved addresses (also after a redirect) unless told otherwise. Every failure
becomes a :class:`DocError` naming the URL; nothing here raises for a bad URL.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from kabar import __version__
from kabar.records import DocError, RawDoc

USER_AGENT = f"kabar/{__version__} (+https://github.com/kabar-news/kabar; news research tool)"
ROBOTS_AGENT = "kabar"
MAX_RETRY_AFTER = 30.0  # seconds; a server asking for longer is an error for this run
RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass(slots=True)
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 when the validators sent still hold
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


class Refused(Exception):
    """A URL the guard will not fetch (raised inside the redirect handler, caught in Fetcher.get)."""


def address_problem(url: str, allow_private: bool = False) -> str | None:
    """Why ``url`` may not be fetched (bad scheme, unresolvable, a non-public address), else None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "only http:// and https:// URLs can be fetched"
    if allow_private:
        return None
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                   proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        return f"unreachable: cannot resolve {parts.hostname} ({exc})"
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast \
                or ip.is_unspecified:
            return (f"refused: {parts.hostname} resolves to the non-public address {ip} "
                    "(use --allow-private to fetch from private networks)")
    return None


class _GuardedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, allow_private: bool):
        self.allow_private = allow_private

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        problem = address_problem(newurl, self.allow_private)
        if problem:
            raise Refused(f"redirected to {newurl}: {problem}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


@dataclass
class Fetcher:
    """One polite HTTP client for a run: keeps robots.txt rules and per-host timing between requests."""

    allow_private: bool = False
    timeout: float = 20.0
    retries: int = 2
    host_interval: float = 1.0  # seconds between two requests to one host
    backoff: float = 1.0  # first retry waits this long, then twice as long each time
    max_bytes: int = 20_000_000
    respect_robots: bool = True
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings) -> Fetcher:
        return cls(allow_private=settings.allow_private, timeout=settings.fetch_timeout,
                   retries=settings.fetch_retries, host_interval=settings.host_interval,
                   max_bytes=settings.max_bytes)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            accept: str = "text/html,application/xhtml+xml,*/*;q=0.5") -> Response | DocError:
        problem = address_problem(url, self.allow_private)
        if problem:
            return DocError(url, problem)
        if self.respect_robots and not self._robots_allow(url):
            return DocError(url, "refused: robots.txt disallows it for kabar")
        headers = {"User-Agent": USER_AGENT, "Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._request(url, headers)

    def _request(self, url: str, headers: dict[str, str]) -> Response | DocError:
        opener = urllib.request.build_opener(_GuardedRedirects(self.allow_private))
        host = urlsplit(url).netloc.lower()
        attempt = 0
        while True:
            self._wait_turn(host)
            wait = self.backoff * (2 ** attempt)
            try:
                req = urllib.request.Request(url, headers=headers)
                with opener.open(req, timeout=self.timeout) as resp:
                    body = resp.read(self.max_bytes + 1)
                    if len(body) > self.max_bytes:
                        return DocError(url, f"too large (over {self.max_bytes / 1e6:.0f} MB)")
                    h = resp.headers
                    return Response(resp.geturl(), resp.status, body, h.get("Content-Type", ""),
                                    h.get("ETag"), h.get("Last-Modified"))
            except Refused as exc:
                return DocError(url, f"refused: {exc}")
            except urllib.error.HTTPError as exc:
                if exc.code == 304:
                    return Response(url, 304, etag=exc.headers.get("ETag"),
                                    last_modified=exc.headers.get("Last-Modified"))
                error = DocError(url, f"HTTP {exc.code} {exc.reason}")
                if exc.code not in RETRY_STATUS:
                    return error
                wait = max(wait, _retry_after(exc.headers.get("Retry-After")))
                if wait > MAX_RETRY_AFTER:
                    return DocError(url, f"HTTP {exc.code} {exc.reason} (retry after {wait:.0f} s)")
            except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                error = DocError(url, f"unreachable: {reason or type(exc).__name__}")
            if attempt >= self.retries:
                if self.retries:
                    error.reason += f" (after {self.retries + 1} tries)"
                return error
            attempt += 1
            self.sleep(wait)

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        now = self.clock()
        if last is not None and now - last < self.host_interval:
            self.sleep(self.host_interval - (now - last))
            now = self.clock()
        self._last[host] = now

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin + "/robots.txt")
        rules = self._robots[origin]
        return rules is None or rules.can_fetch(ROBOTS_AGENT, url)

    def _load_robots(self, robots_url: str) -> urllib.robotparser.RobotFileParser | None:
        """The site's rules; ``None`` (all allowed) when it has none or they cannot be read."""
        resp = self._request(robots_url, {"User-Agent": USER_AGENT, "Accept": "text/plain"})
        rules = urllib.robotparser.RobotFileParser(robots_url)
        if isinstance(resp, DocError):
            if resp.reason.startswith(("HTTP 401", "HTTP 403")):
                rules.disallow_all = True  # the robotparser convention: a locked robots.txt locks all
                return rules
            return None
        rules.parse(resp.body.decode("utf-8", errors="replace").splitlines())
        return rules


def _retry_after(value: str | None) -> float:
    try:
        return float(value) if value else 0.0
    except ValueError:
        return 0.0  # an HTTP date: fall back on our own back-off


def page_docs(url: str, resp: Response) -> Iterator[RawDoc | DocError]:
    """The documents a fetched page holds (one page, or the records of a JSON/JSONL file)."""
    from kabar.ingest.readers import docs_from_bytes, now_iso

    ctype = resp.content_type
    name = "page.html" if "html" in ctype else ("feed.json" if "json" in ctype else "page.txt")
    for doc in docs_from_bytes(url, resp.body, now_iso(), name=name):
        if isinstance(doc, RawDoc) and doc.kind in ("html", "text"):
            doc.meta.setdefault("url", resp.url or url)
        yield doc


def fetch_url(url: str, max_bytes: int = 20_000_000, timeout: float = 20.0,
              fetcher: Fetcher | None = None) -> Iterator[RawDoc | DocError]:
    """Every document at ``url``: a page, or each article a feed or sitemap lists."""
    from kabar.ingest.feeds import docs_from_url

    fetcher = fetcher or Fetcher(timeout=timeout, max_bytes=max_bytes)
    yield from docs_from_url(url, fetcher)
