"""The JSON API under /api: the same data as the pages, in the contract shapes (docs/DESIGN.md)."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response

from kabar.story.dossier import article_json
from kabar.web.filters import DAY, MAX_TEXT, StoryFilter
from kabar.web.pages import MAX_QUERY, Ctx, search_hits, story_rows
from kabar.web.schemas import ArticleDetail, Dossier, OutletCount, Problem, SearchResults, StoryList

router = APIRouter(prefix="/api", tags=["read"])


@router.get("/stories", summary="Stories, newest first, filtered and paged", responses={200: {"model": StoryList}})
def stories(ctx: Ctx,
            entity: Annotated[str | None, Query(max_length=MAX_TEXT, description="a name some article mentions")] = None,
            outlet: Annotated[str | None, Query(max_length=MAX_TEXT, description="an outlet of some article")] = None,
            date_from: Annotated[str | None, Query(pattern=DAY, description="stories still running then")] = None,
            date_to: Annotated[str | None, Query(pattern=DAY, description="stories begun by then")] = None,
            limit: Annotated[int, Query(ge=1, le=200, description="stories per page")] = 50,
            offset: Annotated[int, Query(ge=0, le=10_000_000, description="stories to skip")] = 0) -> dict[str, Any]:
    f = StoryFilter.parse(entity, outlet, date_from, date_to)
    with ctx.stores.store() as st:
        total, rows = story_rows(ctx, st, f, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "stories": rows}


@router.get("/outlets", summary="Every outlet with its number of articles (for the outlet filter)",
            responses={200: {"model": list[OutletCount]}})
def outlets(ctx: Ctx) -> Any:
    with ctx.stores.store() as st:
        return ctx.cached(st, "query", "outlets", st.outlet_counts)


@router.get("/stories/{story_id}", name="api_story", summary="One story's dossier (a merged story's id redirects)",
            responses={200: {"model": Dossier, "description": "the dossier (docs/DESIGN.md)"},
                       301: {"description": "the story was merged into another; follow Location"},
                       404: {"model": Problem, "description": "no such story"}})
def story(request: Request, ctx: Ctx, story_id: str) -> Any:
    with ctx.stores.store() as st:
        sid = st.resolve_story(story_id)
        if sid != story_id:
            return RedirectResponse(request.url_for("api_story", story_id=sid).path, status_code=301)
        body = ctx.cached(st, "page", ("json", sid),
                          lambda: json.dumps(ctx.full_dossier(st, sid), ensure_ascii=False).encode("utf-8"),
                          ctx.full_version(st, sid))
    return Response(body, media_type="application/json")


@router.get("/articles/{article_id}", summary="One article: contract fields, dropped lines, copies",
            responses={200: {"model": ArticleDetail}, 404: {"model": Problem, "description": "no such article"}})
def article(ctx: Ctx, article_id: str) -> dict[str, Any]:
    with ctx.stores.store() as st:
        a = st.article(article_id)
        out = article_json(a)
        out["story_id"] = st.article_story(a.id)
        out["dropped"] = [{"line_no": x.line_no, "text": x.text, "reason": x.reason} for x in a.dropped]
        out["copies"] = sorted(c for c in st.copies_of(a.id))
    return out


@router.get("/search", summary="Full-text search over articles (every word must appear)",
            responses={200: {"model": SearchResults}})
def search(ctx: Ctx, q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY, description="plain words")],
           limit: Annotated[int, Query(ge=1, le=100, description="results per page")] = 20,
           offset: Annotated[int, Query(ge=0, le=100_000, description="results to skip")] = 0) -> dict[str, Any]:
    with ctx.stores.store() as st:
        results = search_hits(ctx, st, q, limit, offset)
    return {"query": q, "limit": limit, "offset": offset, "results": results}
