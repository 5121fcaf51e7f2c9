"""Files the UI writes under the data dir: uploaded articles and answer feedback."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import threading
from pathlib import Path, PurePath
from typing import Any

from qa import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES, Answer

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_feedback_lock = threading.Lock()


class UploadError(ValueError):
    """An upload we refuse before parsing it; the message is Indonesian and names the file."""


def original_name(path: str | Path) -> str:
    """The user's file name without any directory part, whatever separator the client used."""
    return PurePath(str(path).replace("\\", "/")).name


def safe_upload_name(name: str, data: bytes) -> str:
    """`[A-Za-z0-9._-]` only, plus a content hash so different files never overwrite each other."""
    base = original_name(name)
    suffix = PurePath(base).suffix.lower()
    stem = _UNSAFE.sub("_", base[: len(base) - len(suffix)]).strip("._-")[:60] or "artikel"
    return f"{stem}-{hashlib.sha256(data).hexdigest()[:8]}{suffix}"


def check_upload(path: Path) -> None:
    """Rejects types and sizes `load_article` cannot take, before anything is copied."""
    name = original_name(path)
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        allowed = ", ".join(sorted(ARTICLE_SUFFIXES))
        raise UploadError(f"{name}: jenis file tidak didukung. Gunakan salah satu: {allowed}.")
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise UploadError(
            f"{name}: file terlalu besar ({size / 1_000_000:.1f} MB; "
            f"maksimal {MAX_ARTICLE_BYTES / 1_000_000:g} MB)."
        )


def store_upload(path: Path, uploads_dir: Path) -> Path:
    """Copies an accepted upload into the data dir under a safe name and returns the copy."""
    check_upload(path)
    data = path.read_bytes()
    uploads_dir.mkdir(parents=True, exist_ok=True)
    target = uploads_dir / safe_upload_name(path.name, data)
    if not target.exists():
        target.write_bytes(data)
    return target


def feedback_record(answer: Answer, liked: str | None, comment: str = "") -> dict[str, Any]:
    """One line of feedback.jsonl: enough to replay and judge the answer later."""
    return {
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "question": answer.question,
        "answer": answer.text,
        "citations": [c.model_dump(mode="json") for c in answer.citations],
        "liked": liked,
        "comment": comment,
    }


def store_feedback(path: Path, turn_id: str, record: dict[str, Any]) -> None:
    """Sets the one record of answer `turn_id`: a changed mind replaces the earlier record instead
    of adding a contradicting line. The lock keeps concurrent sessions from interleaving."""
    line = json.dumps({"turn": turn_id, **record}, ensure_ascii=False)
    with _feedback_lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        kept = []
        if path.exists():
            for old in path.read_text(encoding="utf-8").splitlines():
                try:
                    same = json.loads(old).get("turn") == turn_id
                except ValueError:
                    same = False
                if old.strip() and not same:
                    kept.append(old)
        path.write_text("\n".join([*kept, line]) + "\n", encoding="utf-8")
