"""Tanya Berita: cited question answering over Indonesian news articles."""

from qa.api import QuestionError, TanyaService, ask, get_service
from qa.ingest.load import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES, ArticleLoadError, load_article
from qa.ingest.pipeline import IngestReport
from qa.models import Answer, Article, ArticleMeta, Chunk, Citation, HistoryMessage, Passage
from qa.settings import Settings, get_settings
from qa.text.dates import format_date, parse_iso_date

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "Answer",
    "Article",
    "ArticleLoadError",
    "ArticleMeta",
    "Chunk",
    "Citation",
    "HistoryMessage",
    "IngestReport",
    "Passage",
    "QuestionError",
    "Settings",
    "TanyaService",
    "ask",
    "format_date",
    "get_service",
    "get_settings",
    "load_article",
    "parse_iso_date",
]
