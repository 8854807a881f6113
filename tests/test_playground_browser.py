"""The playground page in a real headless Chromium (Debian's chromium + chromium-driver, via Selenium).

Two apps on one Serve: the real Qwen2.5-Coder-0.5B at /real/ (SQL that runs, so a rows table shows)
and the tiny random model at /tiny/ (SQL that fails, so the page must show why).
"""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
    pytest.skip("needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)",
                allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="needs the selenium package (pip install selenium)")

from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402
from serving_harness import deploy, serve_on_free_port  # noqa: E402
from tiny_model import tiny_model  # noqa: E402, F401 - session fixture

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def url(ray_session):
    with serve_on_free_port() as base:
        yield base


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS + [f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)))
    yield driver
    driver.quit()


def settings_for(model, data, **overrides):
    from serving.app import ServeSettings

    return ServeSettings(**dict(model=str(model), data=str(data), backend="hf", dtype="fp32", max_batch_size=2,
                                num_cpus=1) | overrides)


def database_options(browser) -> list[str]:
    # One script call: the page replaces its options when the list arrives, which would leave
    # element handles from a separate find_elements call stale.
    return browser.execute_script("return Array.from(document.querySelectorAll('#db option'), o => o.value)")


def ask_in_page(browser, page_url: str, db_id: str, question: str, timeout: float):
    """Open the page, pick the database, type the question, click Run; wait for an answer or an error."""
    browser.get(page_url)
    wait = WebDriverWait(browser, timeout, ignored_exceptions=[StaleElementReferenceException])
    wait.until(lambda b: db_id in database_options(b))  # the list arrives from GET v1/databases
    Select(browser.find_element(By.ID, "db")).select_by_value(db_id)
    browser.find_element(By.ID, "question").send_keys(question)
    browser.find_element(By.ID, "run").click()
    wait.until(lambda b: b.find_element(By.ID, "answer").is_displayed() or b.find_element(By.ID, "error").is_displayed())
    return wait


@pytest.fixture(scope="module")
def tiny_page(url, tiny_model, spider_mini):
    deploy(settings_for(tiny_model, spider_mini, max_new_tokens=8), name="tiny", prefix="/tiny")
    yield f"{url}/tiny/"
    from ray import serve

    serve.delete("tiny")


@pytest.fixture(scope="module")
def real_page(url, spider_mini):
    from cluster.model_fetch import resolve_model

    deploy(settings_for(resolve_model("qwen2.5-coder-0.5b-instruct"), spider_mini, max_new_tokens=64),
           name="real", prefix="/real")
    yield f"{url}/real/"
    from ray import serve

    serve.delete("real")


def test_page_lists_the_databases(browser, tiny_page, spider_mini):
    from text2sql.spider import SpiderData

    browser.get(tiny_page)
    WebDriverWait(browser, 30).until(lambda b: "concert_singer" in database_options(b))
    assert database_options(browser) == SpiderData(spider_mini).db_ids


def test_page_shows_the_sql_and_why_it_failed_to_run(browser, tiny_page):
    ask_in_page(browser, tiny_page, "concert_singer", "How many singers do we have?", timeout=60)
    assert browser.find_element(By.ID, "sql").text.strip()
    assert "syntax error" in browser.find_element(By.ID, "sql-error").text
    assert not browser.find_elements(By.ID, "rows")


@pytest.mark.slow
def test_page_shows_the_sql_and_a_rows_table(browser, real_page):
    ask_in_page(browser, real_page, "concert_singer", "How many singers do we have?", timeout=300)
    assert "count" in browser.find_element(By.ID, "sql").text.lower()
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#rows tbody td")]
    assert cells == ["6"]
