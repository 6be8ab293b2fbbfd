"""The HTML pages: story list, story (the dossier), article, search. Server-rendered, no scripts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kabar.annotate_later import annotations_for
from kabar.store.base import Store
from kabar.web.context import WebContext
from kabar.web.filters import StoryFilter

PAGE_SIZE = 50
SEARCH_PAGE_SIZE = 20
MAX_QUERY = 300  # longest search a page accepts

router = APIRouter(include_in_schema=False)


def web(request: Request) -> WebContext:
    return request.app.state.ctx


Ctx = Annotated[WebContext, Depends(web)]
Page = Annotated[int, Query(alias="page", ge=1, le=100_000)]


def page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    return HTMLResponse(request.app.state.ctx.env.get_template(name).render(**context), status_code=status)


def story_rows(ctx: WebContext, st: Store, f: StoryFilter, limit: int, offset: int) -> tuple[int, list[dict]]:
    """(total, one page of rows) for a filter, kept in the query cache until the next ingest."""
    return ctx.cached(st, "query", ("stories", f, limit, offset),
                      lambda: (st.story_count(**f.as_params()), st.story_list(**f.as_params(), limit=limit,
                                                                               offset=offset)))


def search_hits(ctx: WebContext, st: Store, q: str, limit: int, offset: int) -> list[dict]:
    return ctx.cached(st, "query", ("search", " ".join(q.lower().split()), limit, offset),
                      lambda: st.search_page(q, limit=limit, offset=offset))


@router.get("/", response_class=HTMLResponse)
def story_list(request: Request, ctx: Ctx, entity: str | None = None, outlet: str | None = None,
               date_from: str | None = None, date_to: str | None = None, page_no: Page = 1) -> Response:
    f = StoryFilter.parse(entity, outlet, date_from, date_to)
    with ctx.stores.store() as st:
        total, rows = story_rows(ctx, st, f, PAGE_SIZE, (page_no - 1) * PAGE_SIZE)
        outlets = ctx.cached(st, "query", "outlets", st.outlet_counts)
    return page(request, "stories.html.j2", rows=rows, total=total, f=f, params=f.as_params(),
                outlets=outlets, page_no=page_no, pages=max(1, -(-total // PAGE_SIZE)))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, ctx: Ctx, story_id: str) -> Response:
    with ctx.stores.store() as st:
        sid = st.resolve_story(story_id)
        if sid != story_id:
            return RedirectResponse(request.url_for("story", story_id=sid).path, status_code=301)
        html = ctx.story_page(st, sid)
    return HTMLResponse(html)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, ctx: Ctx, article_id: str) -> Response:
    with ctx.stores.store() as st:
        a = st.article(article_id)
        story_id = st.article_story(a.id)
        root = a.duplicate_of or a.syndicated_from
        original = next(iter(st.article_briefs([root])), None) if root else None
        copies = [c for c in st.article_briefs(sorted(st.copies_of(root or a.id))) if c["id"] != a.id]
        ann = annotations_for(st, [a])[a.id]
    return page(request, "article.html.j2", a=a, story_id=story_id, original=original, copies=copies,
                entities=sorted(ann.entities, key=lambda e: -e.mentions), quotes=ann.quotes)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, ctx: Ctx, q: Annotated[str, Query(max_length=MAX_QUERY)] = "",
           page_no: Page = 1) -> Response:
    results: list[dict] = []
    if q.strip():
        with ctx.stores.store() as st:
            results = search_hits(ctx, st, q, SEARCH_PAGE_SIZE + 1, (page_no - 1) * SEARCH_PAGE_SIZE)
    more = len(results) > SEARCH_PAGE_SIZE
    return page(request, "search.html.j2", q=q, results=results[:SEARCH_PAGE_SIZE], page_no=page_no, more=more)


@router.get("/api", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    """The API described for people, from the app's own OpenAPI spec (no script, unlike Swagger UI)."""
    return page(request, "api.html.j2", spec=request.app.openapi())


@router.get("/static/kabar.css")
def stylesheet(request: Request) -> Response:
    return Response(request.app.state.css, media_type="text/css",
                    headers={"cache-control": "public, max-age=3600"})
