"""BM25 (bm25s) over analyzed text, persisted next to the store.

The index is rebuilt from the passage collection whenever that collection's version changes
(ingest, remove, reindex), never per query; a query then costs one sparse lookup. Each build is
one immutable snapshot swapped in whole, so searches running during a rebuild stay consistent.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import bm25s
import numpy as np

Analyzer = Callable[[str], list[str]]


@dataclass(frozen=True)
class _Snapshot:
    version: str = ""
    ids: list[str] = field(default_factory=list)
    bm25: bm25s.BM25 | None = None

    @property
    def positions(self) -> dict[str, int]:
        return {doc_id: n for n, doc_id in enumerate(self.ids)}


class LexicalIndex:
    def __init__(self, directory: Path, analyzer: Analyzer, analyzer_version: str) -> None:
        """`analyzer_version` is saved with the index; a different one forces a rebuild."""
        self.directory = directory
        self.analyzer = analyzer
        self.analyzer_version = analyzer_version
        self._snapshot = self._load()

    @property
    def version(self) -> str:
        """The version of the collection this index was built from ("" = none yet)."""
        return self._snapshot.version

    def _load(self) -> _Snapshot:
        state_file = self.directory / "state.json"
        if not state_file.exists():
            return _Snapshot()
        try:
            state = json.loads(state_file.read_text(encoding="utf-8"))
            if state.get("analyzer") != self.analyzer_version:
                return _Snapshot()
            ids = list(state["ids"])
            bm25 = bm25s.BM25.load(str(self.directory / "bm25")) if ids else None
            return _Snapshot(str(state["version"]), ids, bm25)
        except Exception:  # any damage (bad JSON, params, arrays): the caller rebuilds it
            return _Snapshot()

    def rebuild(self, ids: Sequence[str], texts: Sequence[str], version: str) -> None:
        bm25 = None
        if ids:
            bm25 = bm25s.BM25()
            bm25.index([self.analyzer(t) or ["<kosong>"] for t in texts], show_progress=False)
        self._snapshot = _Snapshot(version, list(ids), bm25)
        self._persist(
            bm25, {"ids": list(ids), "version": version, "analyzer": self.analyzer_version}
        )

    def _persist(self, bm25: bm25s.BM25 | None, state: dict[str, object]) -> None:
        """Writes the snapshot under a name no other process or thread uses, then swaps it in
        with renames. Losing a race to another writer is fine: the loser's snapshot stays in
        memory and the next process to load finds whichever complete one won."""
        unique = f"{self.directory.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}"
        tmp = self.directory.with_name(unique + ".tmp")
        old = self.directory.with_name(unique + ".old")
        try:
            tmp.mkdir(parents=True)
            if bm25 is not None:
                bm25.save(str(tmp / "bm25"), show_progress=False)
            (tmp / "state.json").write_text(json.dumps(state), encoding="utf-8")
            with contextlib.suppress(FileNotFoundError):
                self.directory.rename(old)
            tmp.rename(self.directory)
        except OSError:
            pass  # another writer's snapshot is in place, or the disk is full: memory serves
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
            shutil.rmtree(old, ignore_errors=True)

    def vocabulary(self) -> Collection[str]:
        """Every analysed token of the indexed texts (for matching misspelt words to them)."""
        bm25 = self._snapshot.bm25
        return bm25.vocab_dict.keys() if bm25 is not None else ()

    def unknown_terms(self, tokens: list[str]) -> list[str]:
        """Analyzed tokens that occur in no indexed text at all."""
        bm25 = self._snapshot.bm25
        vocabulary = bm25.vocab_dict if bm25 is not None else {}
        return [t for t in tokens if t not in vocabulary]

    def search(
        self, query: str, k: int, allowed_ids: set[str] | None = None
    ) -> list[tuple[str, float]]:
        snapshot = self._snapshot
        tokens = self.analyzer(query)
        if snapshot.bm25 is None or not tokens:
            return []
        vocabulary = snapshot.bm25.vocab_dict
        tokens = [t for t in tokens if t in vocabulary]
        if not tokens:
            return []
        mask = None
        if allowed_ids is not None:
            positions = snapshot.positions
            mask = np.zeros(len(snapshot.ids), dtype=np.float32)
            for doc_id in allowed_ids:
                if doc_id in positions:
                    mask[positions[doc_id]] = 1.0
            if not mask.any():
                return []
        documents, scores = snapshot.bm25.retrieve(
            [tokens], k=min(k, len(snapshot.ids)), show_progress=False, weight_mask=mask
        )
        return [
            (snapshot.ids[int(doc)], float(score))
            for doc, score in zip(documents[0], scores[0], strict=True)
            if score > 0
        ]
