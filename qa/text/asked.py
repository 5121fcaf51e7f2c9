"""What a search-box query asks for when it has no question word: "tanggal pertemuan menlu di
bucharest" asks when, "nama menlu ukraina" who, "jumlah anggota nato" how many. The nouns are
data (`data/asked_by_noun.json`); the values are the answer step's question types."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path


@cache
def asked_by_noun() -> dict[str, str]:
    path = Path(__file__).parent / "data" / "asked_by_noun.json"
    return dict(json.loads(path.read_text("utf-8"))["id"])
