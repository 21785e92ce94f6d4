"""The seeds' page in a real browser: every record is highlighted after the page's script ran, and it is drawn.

Runs headless Chromium (Debian package ``chromium``); where it cannot be had the test skips and says
so, it never passes without a browser.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quoteattr.cli import main
from quoteattr.extract import extract
from quoteattr.speakers import link_speakers

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("chromium not found: install the Debian package chromium")


class Highlights(HTMLParser):
    """Record ids of the highlighted elements in a rendered DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.records: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "mark" and "q" in (found.get("class") or "").split() and found.get("data-quote"):
            self.records.add(str(found["data-quote"]))


def png_pixels(path: Path) -> bytes:
    """The decompressed image data of a PNG (filter bytes included): enough to tell a blank page."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, chunks = 8, []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        if kind == b"IDAT":
            chunks.append(data[position + 8 : position + 8 + length])
        position += 12 + length
    return zlib.decompress(b"".join(chunks))


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("view") / "page.html"
    assert main(["view", *map(str, SEEDS), "--out", str(out)]) == 0
    return out


def run_chromium(page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [chromium(), *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_record_is_highlighted_in_the_rendered_dom(page: Path, tmp_path: Path) -> None:
    done = run_chromium(page, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    highlights = Highlights()
    highlights.feed(done.stdout)
    documents = link_speakers([extract(p.read_text(encoding="utf-8"), doc_id=p.stem) for p in SEEDS])
    expected = {q.id for d in documents for q in d.quotes}
    assert expected and highlights.records == expected


def test_screenshot_is_not_blank(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "view.png"
    done = run_chromium(page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2000")
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    pixels = png_pixels(shot)
    assert shot.stat().st_size > 50_000
    assert len(set(pixels)) > 64, "the screenshot is (nearly) one colour"
