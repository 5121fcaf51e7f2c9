"""YAML front matter parsed under limits, so a tiny hostile file cannot take minutes or gigabytes.

A front matter block is a few flat fields (id, title, source, dates). PyYAML's safe loader still
expands aliases, and a 500-byte "billion laughs" block of nested aliases grows into gigabytes once
anything walks the result. Here the header is size-capped before parsing, aliases are counted
while the document is composed (a small budget, far above anything an article needs) and nesting
depth is capped; breaking a limit is an ordinary `ValueError` with an Indonesian message.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.events import AliasEvent, CollectionStartEvent
from yaml.nodes import Node

MAX_HEADER_BYTES = 16_384
MAX_ALIASES = 32
MAX_DEPTH = 8
_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


class FrontMatterError(ValueError):
    """Front matter that is malformed or breaks a size/alias/depth limit."""


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that refuses alias expansion beyond a budget and deep nesting."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:  # type: ignore[override]
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise FrontMatterError(f"terlalu banyak alias YAML (maksimal {MAX_ALIASES})")
        nested = isinstance(event, CollectionStartEvent)
        if nested:
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise FrontMatterError(f"YAML terlalu dalam (maksimal {MAX_DEPTH} tingkat)")
        try:
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            if nested:
                self._depth -= 1


def _size(value: Any, budget: int) -> int:
    """Counts scalars in the parsed value, stopping once past `budget` (shared aliases count
    every time they are reached, which is what expansion would cost)."""
    stack, seen = [value], 0
    while stack and seen <= budget:
        item = stack.pop()
        seen += 1
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return seen


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(metadata, body); a text without a leading `---` block has empty metadata."""
    match = _BLOCK.match(text)
    if not match:
        if text.lstrip("\ufeff").startswith("---"):
            head = text.lstrip("\ufeff")[3:].lstrip(" \t")
            if head.startswith(("\n", "\r")):  # opened but never closed
                raise FrontMatterError("front matter tidak ditutup dengan '---'")
        return {}, text
    header = match.group(1)
    if len(header.encode("utf-8")) > MAX_HEADER_BYTES:
        raise FrontMatterError(f"front matter terlalu besar (maksimal {MAX_HEADER_BYTES} byte)")
    loader = _BoundedLoader(header)
    try:
        data = loader.get_single_data()
    except FrontMatterError:
        raise
    except (yaml.YAMLError, ValueError) as error:  # bad YAML, or a date like 2023-02-30
        raise FrontMatterError(f"YAML rusak ({error})") from error
    finally:
        loader.dispose()
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter harus berupa pasangan kunci: nilai")
    if _size(data, MAX_HEADER_BYTES) > MAX_HEADER_BYTES:
        raise FrontMatterError("front matter terlalu besar setelah alias diuraikan")
    return {str(k): v for k, v in data.items()}, text[match.end() :]
