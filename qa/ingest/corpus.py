"""Build `corpus/articles/` from `corpus/raw/` with the project's own cleaner and the sidecar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from qa.ingest.load import RAW_SUFFIXES, article_from_raw, article_to_markdown, read_text
from qa.models import Article

SIDECAR_NAME = "metadata.yaml"


def read_sidecar(raw_dir: Path) -> dict[str, dict[str, Any]]:
    path = raw_dir / SIDECAR_NAME
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def build_corpus(raw_dir: Path, out_dir: Path) -> list[Article]:
    """Clean every raw scrape and write one Markdown article per file; returns what was written."""
    sidecar = read_sidecar(raw_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    articles = []
    for raw_path in sorted(p for p in raw_dir.iterdir() if p.suffix.lower() in RAW_SUFFIXES):
        article = article_from_raw(
            read_text(raw_path),
            raw_name=raw_path.name,
            is_html=raw_path.suffix.lower() != ".txt",
            overrides=sidecar.get(raw_path.name),
        )
        (out_dir / f"{article.id}.md").write_text(article_to_markdown(article), encoding="utf-8")
        articles.append(article)
    return articles
