"""End to end in a real headless Chromium (Debian's chromium + chromium-driver, driven by Selenium):
story list → search → story → a citation → its source article, with a screenshot."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from kabar.config import Settings

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"

pytestmark = pytest.mark.browser


def _need_browser() -> None:
    pytest.importorskip("selenium", reason="pip install selenium")
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")) or not (Path(DRIVER).exists()
                                                                         or shutil.which("chromedriver")):
        pytest.skip("needs chromium and chromium-driver (apt-get install chromium chromium-driver)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(web_db):
    _need_browser()
    import uvicorn

    from kabar.web.app import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(Settings(db=f"sqlite:///{web_db}")), host="127.0.0.1",
                                        port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,1600"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER if Path(DRIVER).exists() else shutil.which("chromedriver")),
                              options=opts)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _reached(browser, fragment: str, seconds: float = 10) -> None:
    """Wait for a navigation to land (clicks and form submissions return before the page loads)."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, seconds).until(expected_conditions.url_contains(fragment))
    assert fragment in browser.current_url


def test_list_search_story_citation_article(server, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(server + "/")
    assert browser.title.startswith("Stories")
    assert browser.find_elements(By.CSS_SELECTOR, "table.stories a[href^='/stories/']")
    assert browser.find_element(By.CSS_SELECTOR, "link[rel=stylesheet]")
    # the stylesheet applied under the strict CSP: the skip link sits off-screen until focused
    skip = browser.find_element(By.CSS_SELECTOR, "a.skip")
    assert skip.location["x"] < 0
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert browser.switch_to.active_element == skip

    box = browser.find_element(By.ID, "site-q")
    box.send_keys("gempa")
    box.send_keys(Keys.ENTER)
    _reached(browser, "/search?q=gempa")  # a submitted form navigates asynchronously
    marks = browser.find_elements(By.CSS_SELECTOR, "p.snippet mark")
    assert marks and all(m.text.lower().startswith("gempa") for m in marks)

    browser.find_element(By.CSS_SELECTOR, "ol.results a[href^='/stories/']").click()
    _reached(browser, "/stories/")
    assert browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart circle")
    browser.save_screenshot(str(tmp_path / "story.png"))

    cite = browser.find_element(By.CSS_SELECTOR, "sup.cite a")
    target = cite.get_attribute("href").rsplit("#", 1)[1]
    cite.click()
    _reached(browser, "#" + target)
    source = browser.find_element(By.ID, target)
    source.find_element(By.CSS_SELECTOR, "a.source-title").click()
    _reached(browser, "/articles/")
    assert browser.find_element(By.ID, "h-text").text == "Text"
    assert (tmp_path / "story.png").stat().st_size > 10_000
    logs = [e for e in browser.get_log("browser") if "Content Security Policy" in e.get("message", "")]
    assert not logs, logs  # nothing on our pages breaks the policy
