"""Security headers on every response and a limit on request bodies, as one ASGI middleware.

Pages carry no scripts and load styles only from this server, so the policy can be strict.
"""

from __future__ import annotations

import hmac
import json

CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class BodyTooLarge(Exception):
    """The request body went past the limit while it was being read."""


def token_ok(given: str | None, expected: str) -> bool:
    """Compare a presented API token with the configured one in constant time."""
    if not expected or not given:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


async def _send_json(send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *HEADERS]})
    await send({"type": "http.response.body", "body": body})


class SecurityMiddleware:
    """Adds :data:`HEADERS` to every response; refuses bodies over ``max_bytes`` with 413, whether
    announced by Content-Length or found while streaming; answers HEAD as GET without a body."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = f"request body too large (the limit is {self.max_bytes} bytes)"
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    announced = int(value)
                except ValueError:
                    await _send_json(send, 400, "bad Content-Length")
                    return
                if announced > self.max_bytes:
                    await _send_json(send, 413, too_large)
                    return
        head = scope["method"] == "HEAD"
        if head:  # answer HEAD like GET, without the body
            scope = {**scope, "method": "GET"}
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge
            return message

        async def secured_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {n.lower() for n, _ in HEADERS}
                kept = [(n, v) for n, v in message.get("headers", []) if n.lower() not in names]
                message = {**message, "headers": kept + HEADERS}
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        try:
            await self.app(scope, limited_receive, secured_send)
        except BodyTooLarge:
            if not started:
                await _send_json(send, 413, too_large)
        except Exception:
            # a bug: answer 500 here, with the headers (the server's own error page would lack
            # them), then let it propagate to be logged
            if not started:
                await _send_json(send, 500, "internal error: the server log has the details")
            raise
