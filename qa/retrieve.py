"""Hybrid retrieval: dense and BM25 ranks fused by reciprocal rank fusion, both under the
same metadata filters, with near-duplicate passages folded away."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import replace
from typing import Any, Literal

from pydantic import BaseModel

from qa.index import STORE_READS, NewsIndex, chunk_from_record, date_key, meta_from_record
from qa.ingest.chunk import first_chunk_id, previous_chunk_id
from qa.models import Passage
from vectorstore.chroma_store import Record
from vectorstore.lexical import LexicalFilter, LexicalIndex

RetrievalMode = Literal["hybrid", "dense", "lexical"]
_CANDIDATES_PER_RESULT = 4
_MIN_CANDIDATES = 20
_NEAR_DUPLICATE_JACCARD = 0.8
# Re-runs of one report with other names or numbers (measured ~0.74 between such copies;
# distinct sentences sharing a template ~0.3) count as one place in the lexical ranking.
_COPY_JACCARD = 0.6
_COPY_SAMPLE = 8
# A filter admitting at most this many passages is searched exactly among them; a broader one
# samples this many times the candidates from the unfiltered nearest.
_EXACT_FILTER_LIMIT = 500
_FILTER_OVERSAMPLE = 10
# How many passages tied with the last lexical candidate are weighed by dense similarity.
_TIED = 100


class Filters(BaseModel):
    sources: list[str] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def admits(self, metadata: Mapping[str, Any]) -> bool:
        """The same filter on one passage's metadata."""
        if self.sources and metadata.get("source") not in self.sources:
            return False
        published = metadata.get("published")
        if self.date_from or self.date_to:
            if not isinstance(published, int) or published <= 0:
                return False
            if self.date_from and published < date_key(self.date_from):
                return False
            if self.date_to and published > date_key(self.date_to):
                return False
        return True

    def lexical(self) -> LexicalFilter | None:
        """The same filter as a mask over the lexical index's own columns (no id fetch)."""
        if not (self.sources or self.date_from or self.date_to):
            return None
        return LexicalFilter(
            sources=list(self.sources) if self.sources else None,
            date_min=date_key(self.date_from) if self.date_from else None,
            date_max=date_key(self.date_to) if self.date_to else None,
        )


def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def _near_duplicate(a: set[str], b: set[str], threshold: float = _NEAR_DUPLICATE_JACCARD) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= threshold


def _within(mask: LexicalFilter | None, period: tuple[dt.date, dt.date]) -> LexicalFilter:
    """`mask` narrowed to the publication dates of `period`."""
    first, last = date_key(period[0]), date_key(period[1])
    if mask is None:
        return LexicalFilter(date_min=first, date_max=last)
    return LexicalFilter(
        sources=mask.sources,
        date_min=max(first, mask.date_min or first),
        date_max=min(last, mask.date_max or last),
    )


def _shared_ranks(
    scores: Mapping[str, float], shingles: Callable[[str], set[str]] | None = None
) -> dict[str, int]:
    """Rank by score, best 0; equal scores share the best rank of their group, so copies of one
    text ("sindikasi", re-runs), which BM25 scores identically, do not decide the fusion by
    their order among themselves. With `shingles`, a group's members that are copies of its
    first (3-word shingles, Jaccard >= _COPY_JACCARD; judged on a sample of the group) also
    count as one place for the ranks below: three hundred re-runs of one report do not push the
    next different passage three hundred places down, while distinct passages that merely score
    alike still count each."""
    ranks: dict[str, int] = {}
    ordered = sorted(scores.items(), key=lambda kv: -kv[1])
    place = 0
    start = 0
    while start < len(ordered):
        end = start + 1
        while end < len(ordered) and math.isclose(ordered[end][1], ordered[start][1], rel_tol=1e-6):
            end += 1
        group = [key for key, _ in ordered[start:end]]
        for key in group:
            ranks[key] = place
        if shingles is None:
            place += len(group)
        else:
            # A sample of the group stands for it: groups of copies run to hundreds.
            first, sample = shingles(group[0]), group[1 : 1 + _COPY_SAMPLE]
            distinct = sum(not _near_duplicate(first, shingles(k), _COPY_JACCARD) for k in sample)
            place += 1 + round(distinct * (len(group) - 1) / max(len(sample), 1))
        start = end
    return ranks


def _with_texts(found: list[Record], lexical: LexicalIndex) -> list[Record]:
    """Records with their text and metadata from the lexical index; one it no longer holds
    (removed meanwhile by another writer) is gone."""
    documents = lexical.documents([r.id for r in found])
    return [
        replace(r, text=documents[r.id][0], metadata=documents[r.id][1])
        for r in found
        if r.id in documents
    ]


class Retriever:
    def __init__(self, index: NewsIndex) -> None:
        self.index = index

    def _dense(
        self,
        query_vector: Sequence[float],
        candidates: int,
        filters: Filters | None,
        lexical: LexicalIndex,
    ) -> tuple[list[Record], bool]:
        """Dense candidates under the filters, and whether they are the exact nearest: from the
        vectors the lexical index holds (up to `Settings.exact_dense_limit` passages), else
        from Chroma's graph. Chroma's
        own filtered search is not used: it scans every passage's metadata (a date range took
        0.76 s at 100k passages) and, with a selective filter over crowded vectors, returns
        fewer than asked. A selective filter lists its passages from the lexical index's
        columns and ranks them exactly; a broad one samples the unfiltered nearest and keeps
        those it admits."""
        mask = filters.lexical() if filters else None
        similar = lexical.nearest(query_vector, candidates, mask)
        if similar is not None:
            found = [Record(id=i, text="", metadata={}, distance=1.0 - s) for i, s in similar]
            return _with_texts(found, lexical), True
        if filters is None or mask is None:
            # The texts come from the lexical index, which keeps every passage's: Chroma
            # returns ids and distances only (less to send and parse over HTTP).
            found = self.index.chunks.query(query_vector, candidates, texts=False)
            return _with_texts(found, lexical), False
        allowed = lexical.matching(mask, _EXACT_FILTER_LIMIT)
        if allowed is not None:
            found = self.index.nearest_among(query_vector, candidates, allowed)
            return _with_texts(found, lexical), True
        sampled = self.index.chunks.query(query_vector, candidates * _FILTER_OVERSAMPLE)
        return [r for r in sampled if filters.admits(r.metadata)][:candidates], False

    def retrieve(
        self,
        question: str,
        k: int,
        filters: Filters | None = None,
        mode: RetrievalMode = "hybrid",
        lexical_query: str | None = None,
        lexical: LexicalIndex | None = None,
        query_vector: Sequence[float] | None = None,
        period: tuple[dt.date, dt.date] | None = None,
    ) -> list[Passage]:
        """`lexical_query` lets BM25 see other words than the embedding does (e.g. Indonesian
        translations of an English question); `query_vector` is the question's embedding when
        the caller already has it (so a question is embedded once per ask); `period`: the
        publication dates the question's own date points to ("Juni 2024"), a soft preference,
        not a filter: among near-identical reports of other years, the one of the year asked."""
        settings = self.index.settings
        candidates = max(_MIN_CANDIDATES, k * _CANDIDATES_PER_RESULT)
        records: dict[str, Record] = {}
        dense_score: dict[str, float] = {}
        lexical_score: dict[str, float] = {}
        if lexical is None:  # (an empty index is falsy: `or` would catch it up again)
            lexical = self.index.fresh_lexical()
        nearest: Future[tuple[list[Record], bool]] | None = None
        if mode in ("hybrid", "dense"):
            if query_vector is None:
                query_vector = self.index.query_vector(question)
            # The dense search runs while BM25 scores (a round trip to a server beside local
            # work); the lexical pass takes its candidates once it has scored.
            nearest = STORE_READS.submit(self._dense, query_vector, candidates, filters, lexical)
        if mode in ("hybrid", "lexical"):
            mask = filters.lexical() if filters else None
            # Within the period the question names, its best matches are candidates too,
            # however many look-alikes from other years crowd the unfiltered lists.
            hits = lexical.search(
                lexical_query or question,
                candidates,
                mask,
                tied=_TIED,
                include=(lambda: [r.id for r in nearest.result()[0]]) if nearest else (),
                within=_within(mask, period) if period is not None else None,
            )
        dense, exact = nearest.result() if nearest else ([], False)
        for record in dense:
            records[record.id] = record
            dense_score[record.id] = 1.0 - float(record.distance or 0.0)
        if mode in ("hybrid", "lexical"):
            lexical_score = dict(hits)
            missing = [chunk_id for chunk_id in lexical_score if chunk_id not in records]
            # Beside an exact dense list the missing ones are all less similar.
            if query_vector is not None and missing and not exact:
                # Lexical candidates as close to the question as the dense list's last join
                # the dense ranking: the approximate search, crowded by look-alikes, missed them.
                # A short dense list (a broad filter admitting few of the sampled nearest) saw
                # only part of what the filter admits: then every lexical candidate joins.
                full = len(dense_score) >= candidates
                cut = min(dense_score.values()) if full else -1.0
                for record in self.index.nearest_among(query_vector, len(missing), missing):
                    if 1.0 - float(record.distance or 0.0) >= cut:
                        dense_score[record.id] = 1.0 - float(record.distance or 0.0)
            for chunk_id, (text, metadata) in lexical.documents(missing).items():
                records[chunk_id] = Record(id=chunk_id, text=text, metadata=metadata)
            # A passage removed (by another writer) between the search and the read is gone.
            lexical_score = {key: v for key, v in lexical_score.items() if key in records}
            dense_score = {key: v for key, v in dense_score.items() if key in records}
        shingle_cache: dict[str, set[str]] = {}

        def shingles(chunk_id: str) -> set[str]:
            if chunk_id not in shingle_cache:
                shingle_cache[chunk_id] = _shingles(records[chunk_id].text)
            return shingle_cache[chunk_id]

        rankings = (
            (_shared_ranks(dense_score), 1.0),
            (_shared_ranks(lexical_score, shingles), settings.lexical_weight),
        )
        fused = {
            chunk_id: sum(
                weight / (settings.rrf_k + ranks[chunk_id] + 1)
                for ranks, weight in rankings
                if chunk_id in ranks
            )
            for chunk_id in records
        }
        if period is not None:
            first, last = date_key(period[0]), date_key(period[1])
            bonus = settings.period_weight / (settings.rrf_k + 1)
            for chunk_id, record in records.items():
                published = record.metadata.get("published")
                if isinstance(published, int) and first <= published <= last:
                    fused[chunk_id] += bonus
        passages: list[Passage] = []
        kept_shingles: list[set[str]] = []
        for chunk_id in sorted(fused, key=fused.__getitem__, reverse=True):
            record = records[chunk_id]
            own = shingles(chunk_id)
            if any(_near_duplicate(own, other) for other in kept_shingles):
                continue
            kept_shingles.append(own)
            passages.append(
                Passage(
                    chunk=chunk_from_record(record),
                    article=meta_from_record(record.metadata),
                    score=fused[chunk_id],
                    dense_score=dense_score.get(chunk_id),
                    lexical_score=lexical_score.get(chunk_id),
                )
            )
            if len(passages) == k:
                break
        return _with_article_context(passages, lexical)


def _with_article_context(passages: list[Passage], lexical: LexicalIndex) -> list[Passage]:
    """Each passage with the article's text just before it, read from the chunk before it:
    chunks overlap by a sentence or so, which leaves a quote opening a chunk without the
    sentence naming its speaker; and with its article's opening chunk (in the same read)."""
    before = {
        passage.chunk.id: earlier_id
        for passage in passages
        if (earlier_id := previous_chunk_id(passage.chunk)) is not None
    }
    leads = {first_chunk_id(passage.chunk) for passage in passages if passage.chunk.index}
    wanted = sorted(set(before.values()) | leads)
    found = lexical.documents(wanted) if wanted else {}
    for passage in passages:
        lead = found.get(first_chunk_id(passage.chunk))
        passage.article_lead = (
            lead[0] if lead else ("" if passage.chunk.index else passage.chunk.text)
        )
        earlier = found.get(before.get(passage.chunk.id, ""))
        if earlier is None:
            continue
        text, metadata = earlier
        start = int(metadata["start"])
        if start < passage.chunk.start <= int(metadata["end"]):  # (not across a left-out run)
            passage.lead_in = text[: passage.chunk.start - start].rstrip()
    return passages
