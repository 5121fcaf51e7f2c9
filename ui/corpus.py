"""What the UI shows about the indexed corpus: the article table, outlet choices with spelling
variants folded together ("KOMPAS.com" = "Kompas.com"), and the date span for the filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from qa import ArticleMeta

NO_OUTLET = "__tanpa_penerbit__"
NO_OUTLET_LABEL = "tanpa penerbit"
TABLE_HEADERS = ["Judul", "Media", "Tanggal", "Potongan", "ID"]

Items = Sequence[tuple[ArticleMeta, int]]


def outlet_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _display(variants: list[str]) -> str:
    """The variant to show: one that is not shouted in capitals if there is one."""
    calm = [v for v in variants if not v.isupper()]
    return sorted(calm or variants)[0]


def outlet_choices(items: Items) -> list[tuple[str, str]]:
    """One choice per outlet however it is spelled, plus "tanpa penerbit" when some lack one."""
    variants: dict[str, list[str]] = {}
    for meta, _ in items:
        if meta.source.strip():
            variants.setdefault(outlet_key(meta.source), []).append(meta.source)
    choices = sorted(((_display(v), k) for k, v in variants.items()), key=lambda c: c[0].lower())
    if any(not meta.source.strip() for meta, _ in items):
        choices.append((NO_OUTLET_LABEL, NO_OUTLET))
    return choices


def outlet_sources(selected: Sequence[str] | None, items: Items) -> list[str] | None:
    """The stored spellings behind the chosen outlets; "" stands for articles without one."""
    if not selected:
        return None
    wanted = set(selected)
    sources = {"" for key in wanted if key == NO_OUTLET}
    sources |= {meta.source for meta, _ in items if outlet_key(meta.source) in wanted}
    return sorted(sources)


def outlet_label(key: str, items: Items) -> str:
    return dict((k, label) for label, k in outlet_choices(items)).get(key, key)


def date_span(items: Items) -> tuple[dt.date, dt.date] | None:
    dates = [meta.published for meta, _ in items if meta.published]
    return (min(dates), max(dates)) if dates else None


def table_rows(items: Items) -> list[list[object]]:
    return [
        [
            meta.title,
            meta.source,
            meta.published.isoformat() if meta.published else "",
            chunks,
            meta.id,
        ]
        for meta, chunks in items
    ]


def removal_choices(items: Items) -> list[tuple[str, str]]:
    """Articles named by title (the id only tells apart equal titles)."""
    return [(f"{meta.title or meta.id} — {meta.id}", meta.id) for meta, _ in items]
