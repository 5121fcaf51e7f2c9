"""BM25 and exact dense search over the same passages: SQLite on disk, numpy segments in memory,
updated per document.

Why not SQLite FTS5's own `bm25()`: over a news corpus the common query words ("nato", "presiden")
occur in most passages, and FTS5 scores every matching row through its auxiliary function: 230-300
ms per question at 100k passages, measured. Why not bm25s: it only builds whole indexes, so every
ingest or removal re-indexed the corpus in every process (21 s at 100k passages).

Here SQLite (one file, WAL, one writer at a time across processes) holds each passage's analysed
term ids, its text, metadata and dense vector (float32: a few candidates are ranked by similarity
here instead of a round trip to the vector store), and an append-only `changes` table. Memory
holds a *main* segment (a term -> postings matrix and the passages' unit vectors, built with
numpy) and a small *delta* segment for passages added since, plus a liveness mask for removals.

Why dense search here too, exactly: a news archive is crowded with near-copies (syndication,
re-runs, follow-up reports), and an HNSW graph (16 neighbours a node) links each copy to its own
copies, so its greedy search stays in one crowd. On the 10k-passage benchmark corpus Chroma's top
26 held 20 % of the exact top 26 (49-66 % for a fresh graph of any setting tried: ef_search up
to 1000, 48 neighbours), and passages the answers needed went missing. The exact product needs
no round trip and honours filters as masks; but it costs 1.5 KB of memory a passage and time
linear in the store (0.5 ms at 10k passages, ~8 ms at 100k), so the vectors are held in memory
only while the store is at most `vectors_up_to` passages; past that `nearest` declines and the
caller asks the vector store's graph.

Adding or removing a document writes its rows and one change row; every process sharing the file
applies the new change rows on its next search, re-reading only those documents. When the delta
grows past a fraction of the main segment, both are merged in a background thread (amortised O(1)
per document). Filters are numpy masks over the date and source arrays aligned with each segment,
so a filter never fetches ids.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

Analyzer = Callable[[str], list[str]]
_K1, _B = 1.5, 0.75
_MERGE_FRACTION, _MERGE_MIN = 0.1, 2000
_VARS = 900  # SQL variables per statement, far below SQLite's limit
# The dense product runs on one BLAS thread: beside the BM25 pass and the embedder's own threads,
# BLAS's second thread (which spins while it waits) made asks 1.7-2.4x slower at 10k passages
# on 2 cores, measured, instead of faster.
_BLAS = ThreadpoolController()
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS terms(id INTEGER PRIMARY KEY, term TEXT UNIQUE NOT NULL);
CREATE TABLE IF NOT EXISTS docs(
    row INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, grp TEXT NOT NULL,
    date INTEGER NOT NULL, source TEXT NOT NULL, length INTEGER NOT NULL, terms BLOB NOT NULL,
    text TEXT NOT NULL, metadata TEXT NOT NULL, vector BLOB);
CREATE INDEX IF NOT EXISTS docs_grp ON docs(grp);
CREATE TABLE IF NOT EXISTS changes(
    seq INTEGER PRIMARY KEY AUTOINCREMENT, row INTEGER NOT NULL, added INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS applied(change_id TEXT PRIMARY KEY, ts INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS group_vectors(
    grp TEXT PRIMARY KEY, keys BLOB NOT NULL, vectors BLOB NOT NULL, dimension INTEGER NOT NULL);
"""


@dataclass(frozen=True)
class LexicalDoc:
    id: str
    group: str  # documents are replaced and removed by group (e.g. all passages of an article)
    text: str
    metadata: dict[str, Any]
    date: int = 0  # YYYYMMDD, 0 = unknown
    source: str = ""
    # The document's dense vector (float32) when the writer has it: a few documents are then
    # ranked by similarity from this file, without a round trip to the vector store.
    vector: np.ndarray | None = None


@dataclass(frozen=True)
class LexicalFilter:
    sources: Sequence[str] | None = None
    date_min: int | None = None  # inclusive; a date bound excludes undated documents
    date_max: int | None = None


class _Segment:
    """Immutable postings (term id -> positions, term frequencies) over documents in row order;
    only `alive` changes, when a document is removed."""

    ARRAYS = ("rows", "dates", "sources", "lengths", "postings", "tfs", "indptr", "vectors")

    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        self.rows, self.dates, self.sources = arrays["rows"], arrays["dates"], arrays["sources"]
        self.lengths, self.postings, self.tfs = arrays["lengths"], arrays["postings"], arrays["tfs"]
        self.indptr = arrays["indptr"]
        # Unit vectors in row order (a document stored without one has a zero row), or none at
        # all (0 rows) when the index holds no vectors in memory.
        self.vectors = arrays["vectors"]
        self.vectored = self.vectors.any(axis=1)
        self.alive = np.ones(len(self.rows), dtype=bool)

    @classmethod
    def build(
        cls,
        rows: np.ndarray,
        terms: list[np.ndarray],
        dates: np.ndarray,
        sources: np.ndarray,
        vectors: np.ndarray,
    ) -> _Segment:
        n = max(len(rows), 1)
        flat = np.concatenate(terms).astype(np.int64) if terms else np.zeros(0, np.int64)
        positions = np.repeat(np.arange(len(rows), dtype=np.int64), [len(t) for t in terms])
        keys, counts = np.unique(flat * n + positions, return_counts=True)
        term_ids = keys // n
        top = int(term_ids[-1]) + 1 if len(term_ids) else 0
        return cls(
            {
                "rows": rows,
                "dates": dates,
                "sources": sources,
                "lengths": np.array([len(t) for t in terms], dtype=np.float32),
                "postings": (keys % n).astype(np.int32),
                "tfs": counts.astype(np.float32),
                "indptr": np.searchsorted(term_ids, np.arange(top + 1)),
                "vectors": vectors,
            }
        )

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def has_vectors(self) -> bool:
        return len(self.vectors) == len(self.rows)

    def postings_of(self, term: int) -> tuple[np.ndarray, np.ndarray]:
        if term + 1 >= len(self.indptr):
            return self.postings[:0], self.tfs[:0]
        start, end = self.indptr[term], self.indptr[term + 1]
        return self.postings[start:end], self.tfs[start:end]

    def kill(self, rows: np.ndarray) -> None:
        self.alive[_positions(self, rows)] = False


def _empty_segment() -> _Segment:
    empty = np.zeros(0, np.int32)
    return _Segment.build(np.zeros(0, np.int64), [], empty, empty, np.zeros((0, 0), np.float32))


class LexicalIndex:
    def __init__(
        self, path: Path, analyzer: Analyzer, analyzer_version: str, vectors_up_to: int = 0
    ) -> None:
        """`path` is the SQLite file; a different `analyzer_version` than the stored one empties
        it (the caller then re-adds everything). Up to `vectors_up_to` passages, their vectors
        are held in memory for `nearest`."""
        self.path = path
        self.analyzer = analyzer
        self.vectors_up_to = vectors_up_to
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._lock = threading.RLock()
        self._merging = False
        try:
            self._open(analyzer_version)
        except sqlite3.DatabaseError:  # a damaged file is only a cache of Chroma: start afresh
            self.close()
            for damaged in path.parent.glob(f"{path.name}*"):
                damaged.unlink(missing_ok=True)
            self._open(analyzer_version)

    def _open(self, analyzer_version: str) -> None:
        self._db().executescript(_SCHEMA)
        with self._write() as db:
            stored = db.execute("SELECT value FROM meta WHERE key = 'analyzer'").fetchone()
            columns = {row[1] for row in db.execute("PRAGMA table_info(docs)")}
            if "vector" not in columns:
                # A file from before documents kept their vectors: emptied like one of another
                # analyzer, so the caller re-adds every document with its vector.
                db.execute("ALTER TABLE docs ADD COLUMN vector BLOB")
                stored = None
            if stored is None or stored[0] != analyzer_version:
                self._clear(db)
                db.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('analyzer', ?)", (analyzer_version,)
                )
            db.execute("INSERT OR IGNORE INTO meta VALUES ('epoch', ?)", (uuid.uuid4().hex,))
        self._load()

    def close(self) -> None:
        """Closes this thread's connection (before the file is removed)."""
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    # -- SQLite ---------------------------------------------------------------------------

    def _db(self) -> sqlite3.Connection:
        """One connection per thread (sqlite3 connections are not shared across threads)."""
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    def _write(self) -> _Transaction:
        return _Transaction(self._db())

    @staticmethod
    def _clear(db: sqlite3.Connection) -> None:
        for table in ("docs", "changes", "applied", "terms", "group_vectors"):
            db.execute(f"DELETE FROM {table}")
        db.execute("DELETE FROM meta WHERE key != 'analyzer'")
        # A new epoch: a snapshot of the main segment taken before this is of other documents.
        db.execute("INSERT INTO meta VALUES ('epoch', ?)", (uuid.uuid4().hex,))

    def get_meta(self, key: str) -> str | None:
        row = self._db().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def unapplied(self, change_ids: Sequence[str]) -> set[str]:
        """The ids among `change_ids` that `replace` has not recorded as applied yet."""
        done: set[str] = set()
        for first in range(0, len(change_ids), _VARS):
            page = list(change_ids[first : first + _VARS])
            marks = ",".join("?" * len(page))
            sql = f"SELECT change_id FROM applied WHERE change_id IN ({marks})"
            done.update(r[0] for r in self._db().execute(sql, page))
        return set(change_ids) - done

    # -- writes ---------------------------------------------------------------------------

    def clear(self) -> None:
        with self._write() as db:
            self._clear(db)
        self._load()

    def replace(
        self,
        groups: Iterable[str],
        docs: Sequence[LexicalDoc],
        applied: Iterable[tuple[str, int]] = (),
        forget_before_ms: int | None = None,
        group_vectors: Mapping[str, tuple[np.ndarray, np.ndarray]] | None = None,
    ) -> None:
        """Removes every document of `groups`, adds `docs`, and records `applied` change ids
        (with their time), all in one transaction; cost proportional to those documents.
        `group_vectors`: more vectors kept per group (e.g. an article's sentences), each with
        an integer key (its offset), replacing the groups' earlier ones."""
        analysed = [self.analyzer(d.text) or ["<kosong>"] for d in docs]
        groups = list(dict.fromkeys([*groups, *(d.group for d in docs)]))
        with self._write() as db:
            term_ids = self._term_ids(db, {t for tokens in analysed for t in tokens})
            for first in range(0, len(groups), _VARS):
                page = groups[first : first + _VARS]
                marks = ",".join("?" * len(page))
                old = [
                    r[0] for r in db.execute(f"SELECT row FROM docs WHERE grp IN ({marks})", page)
                ]
                db.executemany("INSERT INTO changes(row, added) VALUES (?, 0)", [(r,) for r in old])
                db.execute(f"DELETE FROM docs WHERE grp IN ({marks})", page)
                db.execute(f"DELETE FROM group_vectors WHERE grp IN ({marks})", page)
            for doc, tokens in zip(docs, analysed, strict=True):
                blob = np.array([term_ids[t] for t in tokens], dtype=np.int32).tobytes()
                vector = None if doc.vector is None else np.asarray(doc.vector, np.float32)
                cursor = db.execute(
                    "INSERT INTO docs(id, grp, date, source, length, terms, text, metadata, "
                    "vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        doc.id, doc.group, doc.date, doc.source, len(tokens), blob, doc.text,
                        json.dumps(doc.metadata, ensure_ascii=False),
                        None if vector is None else vector.tobytes(),
                    ),
                )  # fmt: skip
                db.execute("INSERT INTO changes(row, added) VALUES (?, 1)", (cursor.lastrowid,))
            db.executemany(
                "INSERT OR REPLACE INTO group_vectors VALUES (?, ?, ?, ?)",
                [
                    (
                        group, np.asarray(keys, np.int64).tobytes(),
                        np.asarray(vectors, np.float32).tobytes(), np.shape(vectors)[-1],
                    )
                    for group, (keys, vectors) in (group_vectors or {}).items()
                ],
            )  # fmt: skip
            db.executemany("INSERT OR IGNORE INTO applied VALUES (?, ?)", list(applied))
            if forget_before_ms is not None:
                db.execute("DELETE FROM applied WHERE ts < ?", (forget_before_ms,))
        self.refresh()

    @staticmethod
    def _term_ids(db: sqlite3.Connection, terms: set[str]) -> dict[str, int]:
        db.executemany("INSERT OR IGNORE INTO terms(term) VALUES (?)", [(t,) for t in terms])
        ids: dict[str, int] = {}
        ordered = sorted(terms)
        for first in range(0, len(ordered), _VARS):
            page = ordered[first : first + _VARS]
            marks = ",".join("?" * len(page))
            sql = f"SELECT term, id FROM terms WHERE term IN ({marks})"
            ids.update(db.execute(sql, page).fetchall())
        return ids

    # -- memory ---------------------------------------------------------------------------

    def _rows(self, where: str = "", args: Sequence[Any] = ()) -> list[Any]:
        sql = f"SELECT row, date, source, terms FROM docs {where} ORDER BY row"
        return self._db().execute(sql, args).fetchall()

    def _build(self, rows: list[Any], with_vectors: bool) -> _Segment:
        numbers = np.array([r[0] for r in rows], dtype=np.int64)
        return _Segment.build(
            numbers,
            [np.frombuffer(r[3], dtype=np.int32) for r in rows],
            np.array([r[1] for r in rows], dtype=np.int32),
            np.array([self._source_code(r[2]) for r in rows], dtype=np.int32),
            self._unit_vectors(numbers) if with_vectors else np.zeros((0, 0), np.float32),
        )

    def _unit_vectors(self, rows: np.ndarray) -> np.ndarray:
        """The documents' vectors (sorted `rows`), each scaled to unit length, filled in place
        as one range scan streams them: no second copy of a 100k x 384 matrix in Python
        objects. A row without a vector stays zero."""
        vectors = np.zeros((len(rows), 0), np.float32)
        if not len(rows):
            return vectors
        sql = "SELECT row, vector FROM docs WHERE row BETWEEN ? AND ? AND vector IS NOT NULL"
        for row, blob in self._db().execute(sql, (int(rows[0]), int(rows[-1]))):
            position = int(np.searchsorted(rows, row))
            if position == len(rows) or rows[position] != row:
                continue
            vector = np.frombuffer(blob, dtype=np.float32)
            if vectors.shape[1] != len(vector):
                if vectors.shape[1]:
                    continue  # another model's vector: the store is being reindexed
                vectors = np.zeros((len(rows), len(vector)), np.float32)
            norm = float(np.linalg.norm(vector))
            if norm:
                vectors[position] = vector / norm
        return vectors

    def _source_code(self, source: str) -> int:
        return self._sources.setdefault(source, len(self._sources))

    @property
    def _snapshot_path(self) -> Path:
        return self.path.with_name(f"{self.path.name}.main.npz")

    def _load(self, from_snapshot: bool = True) -> None:
        """The main segment: from the snapshot the last full build left beside the file when
        it belongs to this store's epoch, then only the changes logged since (a new process
        starts in a fraction of a second at 100k passages instead of re-reading and
        re-indexing every one); otherwise built from every live document and snapshotted."""
        with self._lock:
            self._sources: dict[str, int] = getattr(self, "_sources", {})
            db = self._db()
            db.execute("BEGIN")  # one snapshot: the documents and the change sequence agree
            try:
                epoch = self.get_meta("epoch") or ""
                snapshot = self._read_snapshot(epoch) if from_snapshot else None
                if snapshot is None:
                    last = db.execute("SELECT COALESCE(MAX(seq), 0) FROM changes").fetchone()
                    self._seq = int(last[0])
                    rows = self._rows()
                    self._main = self._build(rows, len(rows) <= self.vectors_up_to)
                else:
                    self._main, self._seq, self._sources = snapshot
                self._vocab = dict(db.execute("SELECT term, id FROM terms").fetchall())
            finally:
                db.execute("COMMIT")
            self._delta = _empty_segment()
            self._pending: list[int] = []  # rows added since the main segment was built
            if snapshot is None:
                self._write_snapshot(epoch)
        if snapshot is not None:
            self.refresh()

    def _write_snapshot(self, epoch: str) -> None:
        """Written under a temporary name and renamed, so readers see a whole file or none."""
        arrays = {name: getattr(self._main, name) for name in _Segment.ARRAYS}
        names = sorted(self._sources, key=self._sources.__getitem__)
        temporary = self._snapshot_path.with_name(f"{self._snapshot_path.name}.{os.getpid()}")
        with open(temporary, "wb") as handle:
            np.savez(
                handle,
                **arrays,
                source_names=np.array(names, dtype=str),
                seq=np.array(self._seq),
                epoch=np.array(epoch),
            )
        os.replace(temporary, self._snapshot_path)

    def _read_snapshot(self, epoch: str) -> tuple[_Segment, int, dict[str, int]] | None:
        """The snapshot when it is of this epoch and not ahead of the change log."""
        try:
            with np.load(self._snapshot_path) as stored:
                newest = self._db().execute("SELECT COALESCE(MAX(seq), 0) FROM changes")
                seq = int(stored["seq"])
                if str(stored["epoch"]) != epoch or seq > newest.fetchone()[0]:
                    return None
                segment = _Segment({name: stored[name] for name in _Segment.ARRAYS})
                names = [str(n) for n in stored["source_names"]]
        except (OSError, ValueError, KeyError):  # none yet, or unreadable: build instead
            return None
        return segment, seq, {name: code for code, name in enumerate(names)}

    def refresh(self) -> None:
        """Applies the changes other writers (or this one) made since the last look."""
        with self._lock:
            db = self._db()
            changes = db.execute(
                "SELECT seq, row, added FROM changes WHERE seq > ? ORDER BY seq", (self._seq,)
            ).fetchall()
            if not changes:
                return
            self._seq = int(changes[-1][0])
            gone = {r for _, r, added in changes if not added}
            added = sorted({r for _, r, a in changes if a} - gone)
            if gone:
                self._main.kill(np.array(sorted(gone), np.int64))
                self._pending = [r for r in self._pending if r not in gone]
            if added:
                self._pending = sorted({*self._pending, *added})
                known = max(self._vocab.values(), default=0)
                sql = "SELECT term, id FROM terms WHERE id > ?"
                self._vocab = {**self._vocab, **dict(db.execute(sql, (known,)).fetchall())}
            if added or gone:
                self._rebuild_delta()
            if len(self._pending) > max(_MERGE_MIN, _MERGE_FRACTION * len(self._main)):
                self._merge_in_background()

    def _rebuild_delta(self) -> None:
        """The delta holds only documents added since the last merge, so this is bounded."""
        rows: list[Any] = []
        for first in range(0, len(self._pending), _VARS):
            page = self._pending[first : first + _VARS]
            rows += self._rows(f"WHERE row IN ({','.join('?' * len(page))})", page)
        # The delta holds vectors while the main segment does and the two stay under the limit;
        # past it, the next merge builds the main segment without them.
        with_vectors = self._main.has_vectors and len(self._main) + len(rows) <= self.vectors_up_to
        self._delta = self._build(sorted(rows), with_vectors)

    def _merge_in_background(self) -> None:
        if self._merging:
            return
        self._merging = True

        def merge() -> None:
            try:
                fresh = LexicalIndex.__new__(LexicalIndex)
                fresh.__dict__.update(
                    path=self.path, analyzer=self.analyzer, _local=threading.local(),
                    _lock=threading.RLock(), _sources=dict(self._sources), _merging=True,
                    vectors_up_to=self.vectors_up_to,
                )  # fmt: skip
                fresh._load(from_snapshot=False)
                with self._lock:
                    self._main, self._vocab, self._seq = fresh._main, fresh._vocab, fresh._seq
                    self._sources, self._delta, self._pending = fresh._sources, _empty_segment(), []
                    self.refresh()
            finally:
                self._merging = False

        threading.Thread(target=merge, name="lexical-merge", daemon=True).start()

    # -- reads ----------------------------------------------------------------------------

    def __len__(self) -> int:
        return int(self._main.alive.sum() + self._delta.alive.sum())

    def search(
        self,
        query: str,
        k: int,
        where: LexicalFilter | None = None,
        tied: int = 0,
        include: Sequence[str] | Callable[[], Sequence[str]] = (),
        within: LexicalFilter | None = None,
    ) -> list[tuple[str, float]]:
        """The `k` best documents, best first, plus up to `tied` more that score exactly as the
        k-th does, plus the scores of the `include` ids (another ranking's candidates) wherever
        they fall, plus the `k` best of those `within` also admits (e.g. the period a question
        names), all from one scoring pass. Copies of one text (syndication, re-runs) score
        alike, so which of them make a cut must be the caller's choice (e.g. by dense
        similarity), not an accident of row order; and scoring the other ranking's candidates
        lets a fusion rank both lists over the same documents instead of treating "not in my
        top k" as "no match". `include` may be a function, called after the scoring pass: the
        other ranking (a vector search on a server) then runs while this one scores."""
        self.refresh()
        with self._lock:
            segments = [self._main, self._delta]
            vocab = self._vocab
            sources = dict(self._sources)
        terms = sorted({vocab[t] for t in self.analyzer(query) if t in vocab})
        if not terms:
            return []
        alive = sum(int(s.alive.sum()) for s in segments)
        if not alive:
            return []
        average = sum(float(s.lengths[s.alive].sum()) for s in segments) / alive
        candidates: list[tuple[float, int]] = []
        narrowed: list[tuple[float, int]] = []
        scored: list[tuple[_Segment, np.ndarray]] = []
        for segment in segments:
            if not len(segment):
                continue
            scores = np.zeros(len(segment), dtype=np.float32)
            norm = _K1 * (1 - _B + _B * segment.lengths / average)
            for term in terms:
                df = sum(int(s.alive[s.postings_of(term)[0]].sum()) for s in segments)
                idf = math.log(1 + (alive - df + 0.5) / (df + 0.5))
                positions, tfs = segment.postings_of(term)
                scores[positions] += idf * tfs * (_K1 + 1) / (tfs + norm[positions])
            scores[~_mask(segment, where, sources)] = 0
            top = np.argpartition(-scores, min(k + tied, len(scores) - 1))[: k + tied]
            candidates += [(float(scores[p]), int(segment.rows[p])) for p in top if scores[p] > 0]
            scored.append((segment, scores))
            if within is not None:
                inside = np.where(_mask(segment, within, sources), scores, 0)
                narrowed.extend(
                    (float(inside[p]), int(segment.rows[p]))
                    for p in np.argpartition(-inside, min(k, len(inside) - 1))[:k]
                    if inside[p] > 0
                )
        others = include() if callable(include) else include
        included = np.array(sorted(self._rows_of(others).values()), dtype=np.int64)
        extra: dict[int, float] = {}
        for segment, scores in scored:
            for p in _positions(segment, included):
                if scores[p] > 0:
                    extra[int(segment.rows[p])] = float(scores[p])
        ranked = sorted(candidates, reverse=True)
        best = ranked[:k] + [
            c for c in ranked[k : k + tied] if math.isclose(c[0], ranked[k - 1][0], rel_tol=1e-6)
        ]
        for score, row in sorted(narrowed, reverse=True)[:k]:
            extra.setdefault(row, score)
        kept = {row for _, row in best}
        best = sorted(best + [(score, row) for row, score in extra.items() if row not in kept])
        best.reverse()
        ids = self._ids([row for _, row in best])
        return [(ids[row], score) for score, row in best if row in ids]

    def nearest(
        self, vector: Sequence[float], k: int, where: LexicalFilter | None = None
    ) -> list[tuple[str, float]] | None:
        """The `k` live documents most similar (cosine) to `vector` that `where` admits, best
        first, by an exact product over every stored vector (see the module docstring); None
        when the vectors are not held in memory (a store past `vectors_up_to`)."""
        self.refresh()
        with self._lock:
            segments = [self._main, self._delta]
            sources = dict(self._sources)
        query = np.asarray(vector, dtype=np.float32)
        held = [s for s in segments if len(s)]
        if not all(s.has_vectors and s.vectors.shape[1] == len(query) for s in held):
            # not held, or none stored at all (shape (n, 0)), or another model's: the caller
            # asks the vector store instead of taking "no match" for an answer
            return None
        if not len(query) or not float(np.linalg.norm(query)):
            return []
        query = query / np.linalg.norm(query)
        found: list[tuple[float, int]] = []
        for segment in segments:
            if not len(segment):
                continue
            with _BLAS.limit(limits=1, user_api="blas"):
                similarity = segment.vectors @ query
            admitted = _mask(segment, where, sources) & segment.vectored
            similarity[~admitted] = -np.inf
            top = np.argpartition(-similarity, min(k, len(similarity) - 1))[:k]
            found += [(float(similarity[p]), int(segment.rows[p])) for p in top if admitted[p]]
        best = sorted(found, reverse=True)[:k]
        ids = self._ids([row for _, row in best])
        return [(ids[row], score) for score, row in best if row in ids]

    def matching(self, where: LexicalFilter, limit: int) -> list[str] | None:
        """Ids of the live documents `where` admits, from the in-memory columns; None when more
        than `limit` do (a broad filter: the caller samples instead of listing them)."""
        self.refresh()
        with self._lock:
            segments = [self._main, self._delta]
            sources = dict(self._sources)
        rows = [s.rows[_mask(s, where, sources)] for s in segments if len(s)]
        if sum(len(r) for r in rows) > limit:
            return None
        ids = self._ids([int(row) for chunk in rows for row in chunk])
        return sorted(ids.values())

    def _rows_of(self, ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for first in range(0, len(ids), _VARS):
            page = list(ids[first : first + _VARS])
            sql = f"SELECT id, row FROM docs WHERE id IN ({','.join('?' * len(page))})"
            found.update(self._db().execute(sql, page).fetchall())
        return found

    def _ids(self, rows: list[int]) -> dict[int, str]:
        if not rows:
            return {}
        marks = ",".join("?" * len(rows))
        sql = f"SELECT row, id FROM docs WHERE row IN ({marks})"
        return dict(self._db().execute(sql, rows).fetchall())

    def documents(self, ids: Sequence[str]) -> dict[str, tuple[str, dict[str, Any]]]:
        """Text and metadata of indexed documents, so callers need no other store for them."""
        found: dict[str, tuple[str, dict[str, Any]]] = {}
        for first in range(0, len(ids), _VARS):
            page = list(ids[first : first + _VARS])
            marks = ",".join("?" * len(page))
            sql = f"SELECT id, text, metadata FROM docs WHERE id IN ({marks})"
            for doc_id, text, metadata in self._db().execute(sql, page):
                found[doc_id] = (text, json.loads(metadata))
        return found

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors (float32) of those documents that have one."""
        found: dict[str, np.ndarray] = {}
        for first in range(0, len(ids), _VARS):
            page = list(ids[first : first + _VARS])
            marks = ",".join("?" * len(page))
            sql = f"SELECT id, vector FROM docs WHERE id IN ({marks}) AND vector IS NOT NULL"
            for doc_id, blob in self._db().execute(sql, page):
                found[doc_id] = np.frombuffer(blob, dtype=np.float32)
        return found

    def group_vectors(self, groups: Sequence[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """The keys and vectors (float32, one row a key) stored for those groups that have them."""
        found: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for first in range(0, len(groups), _VARS):
            page = list(groups[first : first + _VARS])
            marks = ",".join("?" * len(page))
            sql = f"SELECT grp, keys, vectors, dimension FROM group_vectors WHERE grp IN ({marks})"
            for group, keys, vectors, dimension in self._db().execute(sql, page):
                matrix = np.frombuffer(vectors, dtype=np.float32).reshape(-1, max(dimension, 1))
                found[group] = (np.frombuffer(keys, dtype=np.int64), matrix)
        return found

    def vocabulary(self) -> Collection[str]:
        """Every analysed token ever indexed here (for matching misspelt words to them); tokens
        of removed documents stay until the file is rebuilt, `unknown_terms` says which live."""
        self.refresh()
        with self._lock:
            return self._vocab.keys()

    def unknown_terms(self, tokens: list[str]) -> list[str]:
        """Analysed tokens that occur in no live document at all."""
        self.refresh()
        with self._lock:
            segments, vocab = [self._main, self._delta], self._vocab

        def known(token: str) -> bool:
            term = vocab.get(token)
            return term is not None and any(
                bool(s.alive[s.postings_of(term)[0]].any()) for s in segments
            )

        return [t for t in tokens if not known(t)]

    def sources(self) -> set[str]:
        """The publishers documents were indexed with (once seen, a name stays: a publisher's
        name is a known word even after its last article is deleted)."""
        self.refresh()
        with self._lock:
            return {name for name in self._sources if name}

    def dates(self) -> set[int]:
        """The distinct known dates of live documents (e.g. for the years a corpus covers)."""
        self.refresh()
        with self._lock:
            segments = [self._main, self._delta]
        return {int(d) for s in segments for d in np.unique(s.dates[s.alive]) if d}


def _positions(segment: _Segment, rows: np.ndarray) -> np.ndarray:
    """Where the given rows (sorted) sit in the segment; rows it does not hold are skipped."""
    positions = np.searchsorted(segment.rows, rows)
    positions = positions[positions < len(segment.rows)]
    return positions[np.isin(segment.rows[positions], rows)]


def _mask(segment: _Segment, where: LexicalFilter | None, sources: dict[str, int]) -> np.ndarray:
    mask = segment.alive.copy()
    if where is None:
        return mask
    if where.sources is not None:
        codes = [sources[s] for s in where.sources if s in sources]
        mask &= np.isin(segment.sources, codes)
    if where.date_min is not None or where.date_max is not None:
        mask &= segment.dates > 0
    if where.date_min is not None:
        mask &= segment.dates >= where.date_min
    if where.date_max is not None:
        mask &= segment.dates <= where.date_max
    return mask


class _Transaction:
    """`BEGIN IMMEDIATE` ... `COMMIT`: one writer at a time across processes (SQLite's lock)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind: object, *_: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")
