"""The cleaner on the real seed scrapes: boilerplate out, body sentences kept, metadata found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qa.ingest.clean import clean_scrape, normalize_line
from qa.ingest.corpus import build_corpus
from qa.ingest.load import article_from_raw, html_to_lines
from qa.ingest.metadata import match_dateline, match_publisher_line
from tests.conftest import CORPUS, RAW

# Written by hand from reading each raw file: the lines that are page furniture, not article.
BOILERPLATE = {
    "000_a403878bfd846ed3.txt": [
        "Baca juga: Ukraina Kesal, NATO Hanya Beri Harapan Palsu untuk Bergabung",
        "Cek Berita dan Artikel yang lain di",
        "Google News",
    ],
    "001_e981233068321737.txt": ["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"],
    "002_53c97a36751e01a9.txt": [
        "Baca berita tanpa iklan. Gabung Kompas.com+",
        "Kompas.com - 11/10/2023, 18:05 WIB",
        "Aditya Jaya Iswara",
        "Penulis",
        "Sumber AFP",
        "Baca juga: NATO Siap jika Perang Rusia-Ukraina Berlangsung Lama",
        "Baca juga:",
        "Baca juga: Di Balik Batalnya Government Shutdown di AS...",
        "Terkini Lainnya",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu "
        "akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/"
        "0029VaFPbedBPzjZrk13HO3D. Pastikan kamu sudah install aplikasi WhatsApp ya.",
        "Korsel Sebut Peretas Korea Utara Curi Data Komputer Pengadilan Selama 2 Tahun",
        "Global",
        "Tentara Israel Diserang Ratusan Lebah di Gaza Selatan",
        "Komentar",
        "Close Ads",
        "Bagikan artikel ini melalui",
        "Oke",
        "Login untuk memaksimalkan pengalaman mengakses Kompas.com",
        "Presiden Ukraina Tiba di Markas NATO, Kunjungan Pertama sejak Invasi Rusia",
    ],
    "003_b7ca16f26af62a2d.txt": [
        "Para Menlu NATO Bahas Bantuan Musim Dingin Untuk Kyiv",
        "Pemimpin NATO Jens Stoltenberg",
        "Baca Juga : Fosun Pertimbangkan Jual Produsen Obat India Gland Pharma",
        "Baca Juga : Pasukan Bala Bantuan AS Pertama Tiba Di Polandia",
        "Baca Juga : Rusia Siap Hadapi Konfrontasi Militer Dengan Barat",
        "Sumber : CNA/SL",
        "Bagikan :",
        "Scroll to Top",
    ],
    "004_ed26206d9a183108.txt": [
        "NATO Setujui Bantuan Keamanan dan Dukungan Pelatihan untuk Ukraina",
        "Baca juga:",
    ],
}
DATELINES = ("BRUSSELS, KOMPAS.com - ", "Bucharest | EGINDO.co – ", "JAKARTA - ")


def _raw_lines(name: str) -> list[str]:
    text = (RAW / name).read_text(encoding="utf-8")
    return [normalize_line(line) for line in text.splitlines() if normalize_line(line)]


@pytest.mark.parametrize("name", sorted(BOILERPLATE))
def test_no_boilerplate_line_survives(name: str) -> None:
    clean = clean_scrape((RAW / name).read_text(encoding="utf-8"))
    paragraphs = set(clean.paragraphs)
    for line in BOILERPLATE[name]:
        assert line not in paragraphs, line
    assert "Baca juga" not in clean.text and "Baca Juga" not in clean.text
    assert "ADVERTISEMENT" not in clean.text and "Terkini Lainnya" not in clean.text


@pytest.mark.parametrize("name", sorted(BOILERPLATE))
def test_every_body_line_is_kept_verbatim(name: str) -> None:
    clean = clean_scrape((RAW / name).read_text(encoding="utf-8"))
    junk = set(BOILERPLATE[name])
    if name == "002_53c97a36751e01a9.txt":  # everything after "Terkini Lainnya" is a link list
        lines = _raw_lines(name)
        cut = lines.index("Terkini Lainnya")
        junk |= set(lines[cut:])
    body = [line for line in _raw_lines(name) if line not in junk]
    assert body, "a seed must have body lines"
    for line in body:
        for prefix in DATELINES:
            line = line.removeprefix(prefix)
        assert line in clean.paragraphs, line
    assert len(clean.paragraphs) == len(body)


def test_committed_corpus_is_the_cleaners_output(tmp_path: Path) -> None:
    build_corpus(RAW, tmp_path)
    built = sorted(p.name for p in tmp_path.glob("*.md"))
    assert built == sorted(p.name for p in CORPUS.glob("*.md"))
    for name in built:
        assert (tmp_path / name).read_text(encoding="utf-8") == (CORPUS / name).read_text(
            encoding="utf-8"
        ), f"{name} differs: run `tanya build-corpus`"


def test_seed_metadata_stated_and_inferred(tmp_path: Path) -> None:
    articles = {a.id: a for a in build_corpus(RAW, tmp_path)}
    kompas = articles["zelensky-tiba-di-markas-nato"]
    assert (kompas.source, kompas.published, kompas.dateline) == (
        "Kompas.com",
        dt.date(2023, 10, 11),
        "Brussels",
    )
    assert kompas.inferred == [] and kompas.author == "Aditya Jaya Iswara"
    assert articles["menlu-nato-bahas-bantuan-musim-dingin-kyiv"].source == "EGINDO.co"
    vilnius = articles["zelensky-ktt-nato-vilnius"]
    assert vilnius.source == "" and "published" in vilnius.inferred
    assert articles["nato-setujui-bantuan-keamanan-ukraina"].dateline == "Jakarta"


def test_new_raw_article_gets_metadata_from_its_own_text() -> None:
    raw = (
        "Menlu Bertemu Mitra di Jakarta\n\nKompas.com - 20/4/2023, 09:15 WIB\nBudi Santoso\n"
        "Penulis\n\nJAKARTA, KOMPAS.com - Menteri Luar Negeri bertemu mitranya pada Kamis "
        "(20/4/2023).\n\nBaca juga: Berita Lain Yang Tidak Relevan\n\n"
        "Pertemuan berlangsung dua jam."
    )
    article = article_from_raw(raw, raw_name="baru.txt")
    assert article.title == "Menlu Bertemu Mitra di Jakarta"
    assert article.published == dt.date(2023, 4, 20) and article.source == "Kompas.com"
    assert article.dateline == "Jakarta" and article.id == "menlu-bertemu-mitra-di-jakarta"
    assert article.text.startswith("Menteri Luar Negeri bertemu mitranya")
    assert "Baca juga" not in article.text and "Pertemuan berlangsung dua jam." in article.text


def test_html_scrape_is_reduced_to_visible_article_text() -> None:
    html = (
        "<html><head><title>Judul Halaman</title><meta property='og:site_name' content='Contoh.id'>"
        "<script>var x = 1;</script></head><body><nav>Beranda | Politik</nav><h1>Judul Halaman</h1>"
        "<p>JAKARTA - Kalimat pertama berita ini.</p><p>Kalimat kedua &amp; terakhir.</p>"
        "<footer>Hak cipta</footer></body></html>"
    )
    text, meta = html_to_lines(html)
    assert "var x" not in text and "Beranda" not in text and meta["site_name"] == "Contoh.id"
    article = article_from_raw(html, raw_name="a.html", is_html=True)
    assert article.title == "Judul Halaman" and article.source == "Contoh.id"
    assert article.text == "Kalimat pertama berita ini.\n\nKalimat kedua & terakhir."


def test_dateline_needs_caps_or_outlet() -> None:
    assert match_dateline("JAKARTA - Isi.") is not None
    assert match_dateline("Presiden AS - yang baru - datang.") is None
    assert match_publisher_line("Kompas.com - 31/2/2023, 10:00 WIB") is None


def test_bare_date_line_is_the_publication_date_not_the_title() -> None:
    raw = (
        "Banjir Rendam Kota Fiktif\n"
        "Kamis, 6 Maret 2025\n"
        "KOTA FIKTIF, KOMPAS.com - Banjir merendam ratusan rumah warga pada Kamis pagi.\n"
    )
    cleaned = clean_scrape(raw)
    assert cleaned.title == "Banjir Rendam Kota Fiktif"
    assert cleaned.published is not None
    assert cleaned.published.date == dt.date(2025, 3, 6)
    assert cleaned.source == "KOMPAS.com"
    assert cleaned.paragraphs == ["Banjir merendam ratusan rumah warga pada Kamis pagi."]
    assert clean_scrape(
        "6 Maret 2025 14:05 WIB\nIsi berita yang cukup panjang di sini.\n"
    ).published
    assert clean_scrape("Kamis, 31 Februari 2025\nIsi.\n").published is None
