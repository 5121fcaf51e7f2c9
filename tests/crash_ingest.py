"""`python -m tests.crash_ingest DATA_DIR FOLDER K`: ingests FOLDER with the hashing embedding
and SIGKILLs itself just before its K-th store write (a chunk, sentence or record upsert, a delete,
a change-log entry or a revision bump), so the crash tests can stop an ingest at exact moments.
Each article is written as its own batch, so the moments also fall between articles. K=0 never
kills."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qa.ingest import pipeline
from tests.conftest import make_service
from vectorstore.chroma_store import ChangeLog, VectorCollection

WRITES = ((VectorCollection, ("upsert", "delete_ids", "bump_revision")), (ChangeLog, ("append",)))


def _kill_before(kill_at: int) -> None:
    count = 0

    def wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        def counted(self: object, *args: Any, **kwargs: Any) -> Any:
            nonlocal count
            count += 1
            if count == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return method(self, *args, **kwargs)

        return counted

    for cls, names in WRITES:
        for name in names:
            setattr(cls, name, wrap(getattr(cls, name)))


def main() -> int:
    data, folder, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    service = make_service(data, corpus_dir=folder, embed_model="hashing")
    service.index  # opening repairs leftovers before the counting starts  # noqa: B018
    pipeline._WRITE_BATCH = 1  # one article per batch: more moments between writes
    _kill_before(kill_at)
    report = service.ingest([folder])
    print(report.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
