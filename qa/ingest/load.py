"""Read articles from disk: clean Markdown with front matter, or raw .txt/.html scrapes."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

import charset_normalizer
import yaml

from qa.ingest.clean import CleanResult, clean_scrape
from qa.ingest.front_matter import FrontMatterError, split_front_matter
from qa.models import Article

ARTICLE_SUFFIXES = {".md", ".txt", ".html", ".htm"}
RAW_SUFFIXES = {".txt", ".html", ".htm"}
MAX_ARTICLE_BYTES = 2_000_000
_IGNORED_NAMES = {"readme.md", "metadata.yaml"}
MIN_PRINTABLE_RATIO = 0.97  # random bytes decoded as cp1252 score about 0.87
MAX_BAD_UTF8_SHARE = 0.02  # of non-ASCII characters: a few stray bytes in a UTF-8 file
log = logging.getLogger(__name__)


class ArticleLoadError(ValueError):
    """A file that cannot become an article; the message says which file and why."""


def slugify(text: str, max_words: int = 8) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words[:max_words])


def iter_article_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from (
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and p.name.lower() not in _IGNORED_NAMES
            )
        elif path.is_file():
            yield path
        else:
            raise ArticleLoadError(f"{path}: tidak ditemukan (file atau folder tidak ada)")


def read_text(path: Path) -> str:
    if path.stat().st_size > MAX_ARTICLE_BYTES:
        raise ArticleLoadError(f"{path}: file terlalu besar (maksimal {MAX_ARTICLE_BYTES} byte)")
    return decode_text(path.read_bytes(), str(path))


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 first. A UTF-8 file with a few broken bytes keeps its UTF-8 reading (the bytes
    become U+FFFD, and a warning says how many); anything else goes to an encoding detector,
    never to a silent whole-file cp1252 guess. The result must look like text."""
    if b"\x00" in data:
        raise ArticleLoadError(f"{name}: bukan file teks (berisi byte NUL)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_non_utf8(data, name)
    if text and _printable_ratio(text) < MIN_PRINTABLE_RATIO:
        raise ArticleLoadError(f"{name}: bukan file teks (terlalu banyak karakter tak tercetak)")
    return text


def _decode_non_utf8(data: bytes, name: str) -> str:
    lossy = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    bad = lossy.count("\ufffd")
    non_ascii = sum(1 for c in lossy if ord(c) > 127)
    if non_ascii > bad and bad <= max(2, MAX_BAD_UTF8_SHARE * non_ascii):
        log.warning("%s: %d byte bukan UTF-8 yang sah diganti dengan \ufffd", name, bad)
        return lossy
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ArticleLoadError(f"{name}: pengodean teks tidak dikenali (simpan sebagai UTF-8)")
    log.warning("%s: bukan UTF-8; dibaca sebagai %s", name, best.encoding)
    return str(best)


def _printable_ratio(text: str) -> float:
    good = sum(1 for c in text if (c.isprintable() and c != "\ufffd") or c in "\n\r\t")
    return good / len(text)


def load_article(path: Path, overrides: dict[str, Any] | None = None) -> Article:
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise ArticleLoadError(
            f"{path}: jenis file tidak didukung (gunakan {', '.join(sorted(ARTICLE_SUFFIXES))})"
        )
    text = read_text(path)
    if suffix == ".md":
        return parse_markdown(text, source_name=str(path))
    return article_from_raw(
        text, raw_name=path.name, is_html=suffix in {".html", ".htm"}, overrides=overrides
    )


def parse_markdown(text: str, source_name: str = "<markdown>") -> Article:
    try:
        meta, body = split_front_matter(text)
    except FrontMatterError as error:
        raise ArticleLoadError(f"{source_name}: front matter ditolak: {error}") from error
    body = body.strip()
    if not body:
        raise ArticleLoadError(f"{source_name}: artikel kosong")
    if not meta.get("id"):
        meta["id"] = slugify(str(meta.get("title") or "")) or _content_id(body)
        meta["inferred"] = [*list(meta.get("inferred") or []), "id"]
    try:
        return Article.model_validate({**meta, "text": body})
    except ValueError as error:
        raise ArticleLoadError(f"{source_name}: metadata tidak valid ({error})") from error


def article_from_raw(
    raw: str, raw_name: str, is_html: bool = False, overrides: dict[str, Any] | None = None
) -> Article:
    html_meta: dict[str, str] = {}
    if is_html:
        raw, html_meta = html_to_lines(raw)
    cleaned: CleanResult = clean_scrape(raw)
    if not cleaned.paragraphs:
        raise ArticleLoadError(f"{raw_name}: tidak ada paragraf berita yang bisa diambil")
    fields: dict[str, Any] = {
        "title": cleaned.title or html_meta.get("title", ""),
        "source": cleaned.source or html_meta.get("site_name", ""),
        "published": cleaned.published.date
        if cleaned.published
        else _iso_date(html_meta.get("published", "")),
        "dateline": cleaned.dateline,
        "author": cleaned.author,
        "credit": cleaned.credit,
        "url": html_meta.get("url", ""),
        "raw_file": raw_name,
        "inferred": [],
    }
    fields.update({k: v for k, v in (overrides or {}).items() if k != "note" and v is not None})
    text = cleaned.text
    if not fields.get("id"):
        fields["id"] = slugify(fields["title"]) or slugify(Path(raw_name).stem) or _content_id(text)
        fields["inferred"] = [*fields["inferred"], "id"]
    return Article.model_validate({**fields, "text": text})


def article_to_markdown(article: Article) -> str:
    meta = article.model_dump(exclude={"text"}, mode="json")
    header = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{header}---\n\n{article.text}\n"


def _content_id(text: str) -> str:
    return "artikel-" + hashlib.sha1(text.encode()).hexdigest()[:10]


def _iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


class _TextExtractor(HTMLParser):
    """Keeps visible text with one line per block element; drops scripts, styles and navigation."""

    _SKIP: ClassVar[set[str]] = {
        "script",
        "style",
        "noscript",
        "nav",
        "footer",
        "header",
        "aside",
        "form",
        "svg",
    }
    _BLOCKS: ClassVar[set[str]] = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "figcaption",
        "blockquote",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag in self._SKIP:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = attributes.get("property") or attributes.get("name") or ""
            names = {
                "og:title": "title",
                "og:site_name": "site_name",
                "og:url": "url",
                "article:published_time": "published",
            }
            if key in names:
                self.meta.setdefault(names[key], attributes.get("content", ""))
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.meta.setdefault("title", data.strip())
        elif not self._skip_depth:
            self.parts.append(data)


def html_to_lines(html: str) -> tuple[str, dict[str, str]]:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts), parser.meta
