"""``POST /api/documents``: ingest JSON records over HTTP. Off unless ``api_token`` is set."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from kabar.ingest.readers import now_iso, records_from_json
from kabar.service import ingest_docs
from kabar.web.context import WebContext
from kabar.web.pages import Ctx
from kabar.web.schemas import IngestResult, Problem
from kabar.web.security import token_ok

router = APIRouter(prefix="/api", tags=["ingest"])
SOURCE = "api"  # the source name stored for documents that came over HTTP (never a path)
RECORD_SCHEMA = {
    "type": "object",
    "properties": {k: {"type": "string"} for k in ("id", "url", "title", "text", "html", "published_at", "outlet")},
}
BODY_DOC = {
    "required": True,
    "content": {"application/json": {"schema": {"oneOf": [RECORD_SCHEMA, {"type": "array", "items": RECORD_SCHEMA}]}},
                "application/x-ndjson": {"schema": {"type": "string"}}},
}


def check_token(request: Request, expected: str) -> None:
    if not expected:
        raise HTTPException(403, "ingest over HTTP is off: set KABAR_API_TOKEN (Settings.api_token) to turn it on")
    auth = request.headers.get("authorization", "")
    scheme, _, given = auth.partition(" ")
    if not auth:
        raise HTTPException(401, "send the API token as 'Authorization: Bearer TOKEN'",
                            headers={"WWW-Authenticate": "Bearer"})
    if scheme.lower() != "bearer" or not token_ok(given.strip(), expected):
        raise HTTPException(403, "wrong API token")


async def read_limited(request: Request, limit: int) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body too large (the limit is {limit} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def ingest_records(ctx: WebContext, data: bytes) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HTTPException(400, f"the body is not UTF-8 (bad byte at offset {exc.start})") from exc
    if not text.strip():
        raise HTTPException(400, "empty body: send a JSON record, a JSON array of records, or JSON lines")
    docs = list(records_from_json(SOURCE, text, now_iso()))
    with ctx.ingest_lock, ctx.stores.store() as st:
        stats = ingest_docs(docs, st, ctx.settings)  # and the changed stories' dossiers, stored
        ctx.caches["query"].clear()
        stories = st.count("stories")
    ctx.warm_in_background()  # new and changed stories near the top of the list
    return {"read": stats.read, "added": stats.added, "already": stats.already, "failed": stats.failed,
            "errors": [{"source": e.source, "reason": e.reason} for e in stats.errors], "stories": stories}


@router.post("/documents", summary="Ingest news records (needs the API token)", openapi_extra={"requestBody": BODY_DOC},
             responses={200: {"model": IngestResult}, 401: {"model": Problem, "description": "no token sent"},
                        403: {"model": Problem, "description": "wrong token, or ingest off"},
                        413: {"model": Problem, "description": "body over max_request_bytes"},
                        422: {"model": IngestResult, "description": "no record could be used"}})
async def documents(request: Request, ctx: Ctx) -> Any:
    """Records like ``{"id", "url", "title", "text" or "html", "published_at", "outlet"}``: one object,
    an array, or JSON lines. Runs the whole pipeline (extract, dedup, annotate, cluster) on them."""
    check_token(request, ctx.settings.api_token)
    data = await read_limited(request, ctx.settings.max_request_bytes)
    result = await run_in_threadpool(ingest_records, ctx, data)
    if result["added"] + result["already"] == 0:  # nothing usable: say why, as a client error
        return JSONResponse(result, status_code=422)
    return result
