"""BM25 (bm25s) over analyzed text, persisted next to the store.

The index is rebuilt from the passage collection whenever that collection's revision changes
(ingest or remove), never per query; a query then costs one sparse lookup.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import bm25s
import numpy as np

Analyzer = Callable[[str], list[str]]


class LexicalIndex:
    def __init__(self, directory: Path, analyzer: Analyzer, analyzer_version: str) -> None:
        """`analyzer_version` is saved with the index; a different one forces a rebuild."""
        self.directory = directory
        self.analyzer = analyzer
        self.analyzer_version = analyzer_version
        self._bm25: bm25s.BM25 | None = None
        self._ids: list[str] = []
        self._positions: dict[str, int] = {}
        self.revision = -1
        self._load()

    def _load(self) -> None:
        state_file = self.directory / "state.json"
        if not state_file.exists():
            return
        try:
            state = json.loads(state_file.read_text(encoding="utf-8"))
            self._ids = list(state["ids"])
            same_analyzer = state.get("analyzer") == self.analyzer_version
            self.revision = int(state["revision"]) if same_analyzer else -1
            self._bm25 = bm25s.BM25.load(str(self.directory / "bm25")) if self._ids else None
        except (OSError, ValueError, KeyError):
            self._ids, self.revision, self._bm25 = [], -1, None  # rebuilt by the caller
        self._positions = {doc_id: n for n, doc_id in enumerate(self._ids)}

    def rebuild(self, ids: Sequence[str], texts: Sequence[str], revision: int) -> None:
        self._ids = list(ids)
        self._positions = {doc_id: n for n, doc_id in enumerate(self._ids)}
        self._bm25 = None
        if self._ids:
            self._bm25 = bm25s.BM25()
            self._bm25.index([self.analyzer(t) or ["<kosong>"] for t in texts], show_progress=False)
        tmp = self.directory.with_name(self.directory.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self._bm25 is not None:
            self._bm25.save(str(tmp / "bm25"), show_progress=False)
        (tmp / "state.json").write_text(
            json.dumps({"ids": self._ids, "revision": revision, "analyzer": self.analyzer_version}),
            encoding="utf-8",
        )
        shutil.rmtree(self.directory, ignore_errors=True)
        tmp.rename(self.directory)
        self.revision = revision

    def unknown_terms(self, tokens: list[str]) -> list[str]:
        """Analyzed tokens that occur in no indexed text at all."""
        vocabulary = self._bm25.vocab_dict if self._bm25 is not None else {}
        return [t for t in tokens if t not in vocabulary]

    def search(
        self, query: str, k: int, allowed_ids: set[str] | None = None
    ) -> list[tuple[str, float]]:
        tokens = self.analyzer(query)
        if self._bm25 is None or not tokens:
            return []
        vocabulary = self._bm25.vocab_dict
        tokens = [t for t in tokens if t in vocabulary]
        if not tokens:
            return []
        mask = None
        if allowed_ids is not None:
            mask = np.zeros(len(self._ids), dtype=np.float32)
            for doc_id in allowed_ids:
                if doc_id in self._positions:
                    mask[self._positions[doc_id]] = 1.0
            if not mask.any():
                return []
        documents, scores = self._bm25.retrieve(
            [tokens], k=min(k, len(self._ids)), show_progress=False, weight_mask=mask
        )
        return [
            (self._ids[int(doc)], float(score))
            for doc, score in zip(documents[0], scores[0], strict=True)
            if score > 0
        ]
