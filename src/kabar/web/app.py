"""``create_app(settings)``: the FastAPI app behind ``kabar serve`` — pages, JSON API, security headers.

Everything the app holds (store connections, dossier cache, templates) is built here and hung on
``app.state``; nothing lives at module level.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from kabar import __version__
from kabar.config import Settings
from kabar.errors import NotFound, StoreError
from kabar.web import api, ingest, pages
from kabar.web.context import StoreProvider, WebContext
from kabar.web.render import make_env, stylesheet
from kabar.web.security import SecurityMiddleware

DESCRIPTION = ("Story dossiers from many outlets' news: stories, dossiers (the JSON contract in docs/DESIGN.md), "
               "articles and full-text search. Pages for people are at /, /stories/{id}, /articles/{id} and /search.")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    html = request.app.state.ctx.env.get_template("error.html.j2").render(request=request, status=status, message=message)
    return HTMLResponse(html, status_code=status, headers=headers)


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return _error(request, 503, f"the store is not available: {exc}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.errors()}, status_code=422)
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return _error(request, 400, f"bad request: {problems}")


def create_app(settings: Settings) -> FastAPI:
    stores = StoreProvider(settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        warming = app.state.ctx.warm_in_background()
        yield
        app.state.ctx.stopping.set()
        warming.join(30)
        stores.close()

    app = FastAPI(title="kabar", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    env = make_env()
    app.state.css = stylesheet(env)
    app.state.ctx = WebContext(settings, stores, env)
    app.add_middleware(SecurityMiddleware, max_bytes=settings.max_request_bytes)
    _install_errors(app)
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(ingest.router)
    return app
