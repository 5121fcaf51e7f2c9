"""Sentence offsets and Indonesian date resolution."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from qa.text.dates import (
    asked_period,
    find_dates,
    lacks_only_its_year,
    weekdays_named,
    with_daytime,
)
from qa.text.english import english_fact
from qa.text.enumerations import enumerated_items
from qa.text.glossary import gloss_alternatives, glossed, indonesian_for
from qa.text.normalize import (
    alias,
    lexical_expansion,
    plain_question_words,
    without_chat_openers,
    written_forms,
)
from qa.text.numbers import numbered_ordinals, vague_amounts
from qa.text.places import (
    asked_place_kind,
    asks_country_located,
    country_after,
    country_in_english,
    country_of_capital,
    is_country,
    spellings,
)
from qa.text.premises import cancelled_deed_done, degree_not_given, presupposed_terms
from qa.text.sentences import paragraph_sentences, split_sentences, without_spans
from qa.text.tokens import analyze, is_verb_form, opposites, stem, with_count_digits


def test_sentences_keep_quotes_with_their_speaker_and_exact_offsets() -> None:
    text = (
        '"Semua anggota NATO telah setuju. Kami telah mendiskusikannya," kata Stoltenberg akhir '
        "April lalu. Dr. Budi tiba pukul 10.30 WIB.\n\nParagraf kedua di sini!"
    )
    spans = split_sentences(text)
    sentences = [text[s.start : s.end] for s in spans]
    assert sentences == [
        '"Semua anggota NATO telah setuju. Kami telah mendiskusikannya," kata Stoltenberg akhir '
        "April lalu.",
        "Dr. Budi tiba pukul 10.30 WIB.",
        "Paragraf kedua di sini!",
    ]


@pytest.mark.parametrize(
    ("text", "published", "iso", "inferred"),
    [
        ("pada Rabu (11/10/2023) tiba", None, "2023-10-11", False),
        ("pada Selasa (4/7), menambah", dt.date(2023, 7, 4), "2023-07-04", True),
        ("kata Stoltenberg, Jumat, 14 Juni.", dt.date(2024, 6, 14), "2024-06-14", True),
        ("pada Selasa (29 November) dan Rabu", dt.date(2022, 11, 28), "2022-11-29", True),
        ("di Vilnius pada Selasa kemarin", dt.date(2023, 7, 12), "2023-07-11", True),
        ("akhir April lalu", dt.date(2023, 7, 4), "2023-04", True),
        ("sejak Februari tahun lalu", dt.date(2023, 7, 12), "2022-02", True),
        ("di Washington bulan depan", dt.date(2024, 6, 14), "2024-07", True),
        ("Pada awal Oktober 2023, anggaran", None, "2023-10", False),
        ("Pada tahun 2008, KTT NATO", None, "2008", False),
        ("Rapat pada 3 Januari lalu", dt.date(2023, 12, 30), "2023-01-03", True),
        # chat's lower case, where a year makes it a date
        ("abis dari markas nato oktober 2023", None, "2023-10", False),
        ("rapat tgl 14 juni 2024", None, "2024-06-14", False),
    ],
)
def test_date_resolution(text: str, published: dt.date | None, iso: str, inferred: bool) -> None:
    mention = find_dates(text, published)[0]
    assert (mention.iso(), mention.inferred) == (iso, inferred)


@pytest.mark.parametrize(
    ("text", "year_named"),
    [
        ("pada 4 April 2023", True),
        ("Pada tahun 2008", True),
        ("sejak Februari tahun lalu", True),  # the year from the report's, but said
        ("KTT tahun depan", True),
        ("pada Selasa kemarin", False),  # only the report's date places these
        ("akhir April lalu", False),
        ("pada Juni", False),
    ],
)
def test_year_named(text: str, year_named: bool) -> None:
    assert find_dates(text, dt.date(2023, 7, 12))[0].year_named() is year_named


@pytest.mark.parametrize(
    ("text", "part", "without_part", "english"),
    [
        ("akhir April lalu", "akhir", "April lalu", "late April 2023"),
        # an English part of a month is read as the articles' ("early June" is "awal Juni")
        ("Didn't he say that in early June?", "awal", "June", "early June 2023"),
        ("in late June", "akhir", "June", "late June 2023"),
        ("by mid-June 2023", "pertengahan", "June 2023", "mid-June 2023"),
        ("pada Juni", "", "Juni", "June 2023"),
    ],
)
def test_a_part_of_a_month(text: str, part: str, without_part: str, english: str) -> None:
    mention = find_dates(text, dt.date(2023, 7, 12))[0]
    assert (mention.part, mention.without_part(), mention.format("en")) == (
        part,
        without_part,
        english,
    )


@pytest.mark.parametrize(
    ("text", "published", "days"),
    [
        # a bare weekday joined to a dated day is the next one after it
        ("pada Selasa (29 November) dan Rabu", dt.date(2022, 11, 28), ["2022-11-29", "2022-11-30"]),
        ("Jumat (3/11/2023) hingga Senin", None, ["2023-11-03", "2023-11-06"]),
        ("Kamis, 2 Mei 2024 - Sabtu", None, ["2024-05-02", "2024-05-04"]),
        # a joined day with its own date keeps it
        ("Jumat (3/11/2023) hingga Senin (13/11/2023)", None, ["2023-11-03", "2023-11-13"]),
        # not joined: the weekday before the publication date
        (
            "pada Selasa (29 November), lalu Rabu",
            dt.date(2022, 12, 9),
            ["2022-11-29", "2022-12-07"],
        ),
        (
            "sidang Selasa (29 November). Rabu lalu",
            dt.date(2022, 12, 9),
            ["2022-11-29", "2022-12-07"],
        ),
    ],
)
def test_a_day_joined_to_a_dated_one(text: str, published: dt.date | None, days: list[str]) -> None:
    assert [m.iso() for m in find_dates(text, published)] == days


def test_dates_format_in_both_languages() -> None:
    mention = find_dates("Rabu (11/10/2023)")[0]
    assert mention.format("id") == "Rabu, 11 Oktober 2023"
    assert mention.format("en") == "Wednesday, 11 October 2023"


def test_no_date_in_plain_numbers() -> None:
    assert find_dates("aliansi beranggotakan 31 negara dan 1.340 kilometer") == []
    # a count before a relative time is so many back, not the year or week just gone
    published = dt.date(2023, 7, 12)
    assert find_dates("Lebak menyerbu Medan tiga tahun lalu.", published) == []
    assert find_dates("rapat itu digelar 2 minggu lalu", published) == []
    # a lower-case month alone is a word ("mei", "maret") or a week ("minggu"): no date
    assert find_dates("hal itu mungkin terjadi, mei bilang, minggu ini") == []


def test_ratios_and_impossible_dates_are_not_dates() -> None:
    assert find_dates("rasio 1/20 dan 3/0", dt.date(2023, 7, 4)) == []
    assert find_dates("Juni 0000") == []
    assert find_dates("awal Oktober 2023")[0].format("en") == "early October 2023"


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("Apa yang disetujui NATO pada Juni 2024?", ("2024-06-01", "2024-07-31")),
        ("sidang juni 2024 dimana", ("2024-06-01", "2024-07-31")),
        ("What did NATO approve in June 2024?", ("2024-06-01", "2024-07-31")),
        ("KTT NATO 2023 di mana?", ("2023-01-01", "2024-01-31")),
        ("Siapa yang datang pada 4 Juli 2023?", ("2023-07-04", "2023-08-04")),
        ("Kapan Zelensky ke markas NATO?", None),
        ("zelensky dateng oktober kemaren", None),  # no year: relative to what?
        ("Apa yang terjadi bulan lalu?", None),
        ("ada 2000 orang yang ikut demo?", None),  # a count, not a year
        ("Berapa dari 2000 orang itu dievakuasi pada Juni 2024?", ("2024-06-01", "2024-07-31")),
    ],
)
def test_asked_period_is_when_a_report_on_it_was_published(
    question: str, period: tuple[str, str] | None
) -> None:
    found = asked_period(question)
    assert (tuple(d.isoformat() for d in found) if found else None) == period


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # a word derived from a function word keeps its root: admit, held, get
        ("Rusia mengaku menyerang", ["rusia", "aku", "serang"]),
        ("Rusia mengakui menargetkan", ["rusia", "aku", "target"]),
        ("KTT diadakan", ["ktt", "ada"]),
        ("mendapatkan bantuan", ["dapat", "bantu"]),
        # function words, also with a clitic, are out; content words with one keep their root
        ("kepadanya adalah sebagai akan ada", []),
        ("katanya negaranya", ["kata", "negara"]),
        ("tanggal 11/10/2023", ["tanggal", "11/10/2023", "11", "10", "2023"]),
        # a small count is one token however it is written; a condition is a function word
        ("dua negara besar", ["2", "negara", "besar"]),
        ("2 negara", ["2", "negara"]),
        ("seandainya Kyiv bergabung", ["kyiv", "gabung"]),
        # a duty's modal is a function word, as "harus" and "must" are; so is "begitu" (as soon as)
        ("wajib dijamin begitu perang usai", ["jamin", "perang", "usai"]),
        ("harus dijamin", ["jamin"]),
        # chat's "soal" (about) opens a topic, as "tentang" does
        ("mengaku tidak soal serangan", ["aku", "tidak", "serang"]),
        # English "up" is a verb's particle
        ("the summit wrapped up", ["summit", "wrapped"]),
    ],
)
def test_lexical_tokens(text: str, tokens: list[str]) -> None:
    assert analyze(text) == tokens


@pytest.mark.parametrize(
    ("name", "country", "english"),
    [
        ("Jerman", True, "Germany"),  # CLDR Indonesian
        ("Lithuania", True, "Lithuania"),  # CLDR English, as some articles write it
        ("Lituania", True, "Lithuania"),
        ("AS", True, "United States"),  # a short form news writes (data/places.json)
        ("as", False, None),  # a word, not the country
        ("Vilnius", False, None),
        ("Bucharest", False, None),
    ],
)
def test_countries_by_name(name: str, country: bool, english: str | None) -> None:
    assert (is_country(name), country_in_english(name)) == (country, english)


@pytest.mark.parametrize(
    ("name", "written"),
    [
        # a capital: its own spellings, never its country's
        ("kyiv", {"kyiv", "kiev"}),
        ("Kiev", {"kyiv", "kiev"}),
        ("Bucharest", {"bucharest", "bukares", "bukarest"}),
        ("vilnius", {"vilnius", "vilna", "wilno"}),
        # a country: its names and its capital's, in any of them
        ("ukraina", {"ukraina", "ukraine", "kyiv", "kiev"}),
        ("Ukraine", {"ukraina", "ukraine", "kyiv", "kiev"}),
        ("Lithuania", {"lithuania", "lituania", "vilnius", "vilna", "wilno"}),
        ("belgia", {"belgia", "belgium", "brussels", "brussel"}),
        # anything else: itself, lower case
        ("Istana Parlemen", {"istana parlemen"}),
        ("foo", {"foo"}),
    ],
)
def test_spellings_of_a_place(name: str, written: set[str]) -> None:
    assert set(spellings(name)) == written


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Di negara mana KTT digelar?", "country"),
        ("markas nato itu di negara apa", "country"),
        ("Negara mana yang memegang kepresidenan G7?", "country"),
        ("In which country was the summit?", "country"),
        ("Di kota mana KTT digelar?", "city"),
        ("Di kota manakah KTT digelar?", "city"),
        ("Negara manakah yang menolak?", "country"),
        ("Di alun-alun manakah ia berpidato?", "site"),
        ("Which city did he visit?", "city"),
        ("Di mana KTT digelar?", None),
        ("Di alun-alun mana Zelensky berpidato?", "site"),
        ("In which square did he speak?", "site"),
        ("Di gedung apa pertemuan itu?", "site"),
        ("Berapa negara anggota NATO?", None),
        ("Negara anggota mana yang menolak?", "country"),
        ("Negara-negara apa saja yang memberi jaminan?", "country"),
        ("Which member countries objected?", "country"),
        ("Which other countries signed?", "country"),
        ("Sebutkan negara-negara yang memberi jaminan.", "country"),
        ("Name the countries that signed.", "country"),
        ("Name the officials who signed.", None),
        ("Siapa kepala negara mana yang hadir?", None),
        # a city and its country: no one kind
        ("Di kota dan negara mana KTT digelar?", None),
        ("In which city and country is the headquarters?", None),
    ],
)
def test_the_kind_of_place_asked(question: str, kind: str | None) -> None:
    assert asked_place_kind(question) == kind


@pytest.mark.parametrize(
    ("fact", "english"),
    [
        ("Brussels, Belgia", "Brussels, Belgium"),
        ("Ceko", "Czechia"),  # no hand-written entry: CLDR names it
        ("31 negara", "31 countries"),
        ("selama diperlukan", "as long as necessary"),
        ("AS, Inggris, dan Jerman", "United States, Britain, and Germany"),  # a list of doers
        ("para menteri pertahanan", "the defence ministers"),
        ("para menteri pertahanan NATO", "the NATO defence ministers"),
        # an office is of a country or a body, in any case; a name after it is its holder
        ("Menteri Luar Negeri Ukraina", "foreign minister of Ukraine"),
        ("Perdana Menteri Hongaria", "Prime Minister of Hungary"),
        ("Menteri Luar Negeri Dmytro Kovalenko", "foreign minister Dmytro Kovalenko"),
        ("Presiden Joe Biden", "President Joe Biden"),
        ("Presiden Amerika Serikat", "President of the United States"),
        ("diktator", "dictator"),
    ],
)
def test_facts_in_english(fact: str, english: str) -> None:
    assert english_fact(fact) == english


@pytest.mark.parametrize(
    ("word", "indonesian"),
    [
        ("visit", "kunjungan mengunjungi"),
        ("ends", "berakhir selesai"),  # -s: "end"
        ("ensured", "memastikan"),  # -ed: "ensure"
        ("supplies", "pasokan"),
        ("refuse", "menolak"),  # what a "why did X refuse" premise turns on
        ("conceded", "mengakui"),
        ("launched", "meluncurkan memulai dimulai"),  # an attack is begun, not inaugurated
        ("marksmen", "penembak jitu"),
        ("venues", "tempat lokasi"),  # found again without the plural
        ("ukraine's", ""),  # names are the normaliser's job, not the glossary's
        ("ministers'", "menteri"),  # a plural's possessive
        ("nato's", ""),
        ("bus", ""),  # too short a stem to strip
        ("wrapped", "berakhir selesai"),  # a summit wrapped up has ended
        ("funding", "dana pendanaan anggaran"),  # news Indonesian funds by a budget
        ("talks", "pembicaraan perbincangan pertemuan"),  # ministers' talks are their meeting
        ("scrapped", "mencabut menghapus"),  # not "membatalkan": no cancelling is claimed
        ("pulled", "menarik"),  # "pull attention away" diverts; "got pulled" is an alias
        ("concerning", "tentang"),  # "issues concerning Ukraine": about, no worry
        ("skipped", "melewatkan"),  # what a "why did X skip" premise turns on
        ("terrible", "mengerikan buruk"),  # "a terrible winter": "musim dingin yang mengerikan"
        ("ousted", "digulingkan"),
        ("would", "akan"),  # "said Ukraine would eventually join": a plan, as "akan" is
        ("join", "bergabung masuk anggota"),  # joining an alliance is becoming a member
        ("expectations", "harapan"),  # general news words the glossary lacked
        ("intervened", "intervensi"),
        ("next", "berikutnya selanjutnya depan"),  # "next month": "bulan depan"
    ],
)
def test_english_words_in_the_articles_indonesian(word: str, indonesian: str) -> None:
    assert indonesian_for(word) == indonesian


@pytest.mark.parametrize(
    ("word", "renderings"),
    [
        # a compound is one rendering of its words together, beside single-word ones
        ("deadline", (("batas", "waktu"), ("tenggat",))),
        ("deadlines", (("batas", "waktu"), ("tenggat",))),
        ("wrapped", (("berakhir",), ("selesai",))),
        ("bus", ()),
    ],
)
def test_an_english_words_renderings(word: str, renderings: tuple[tuple[str, ...], ...]) -> None:
    assert gloss_alternatives(word) == renderings
    assert indonesian_for(word) == " ".join(" ".join(parts) for parts in renderings)


@pytest.mark.parametrize(
    ("question", "glossed_question"),
    [
        ("the defence ministers' meeting", "the pertahanan menteri pertemuan"),
        # a hyphenated word the table lacks, glossed part by part; one it has, whole
        ("late-november talks", "late november pembicaraan perbincangan pertemuan"),
        ("mid-june talks", "mid juni pembicaraan perbincangan pertemuan"),
        ("long-term support", "jangka panjang dukungan"),
        # an adjective after "how" is the measure it asks; alone it is glossed as nothing
        ("how old is ardi", "how usia umur is ardi"),
        ("the old meeting", "the old pertemuan"),
    ],
)
def test_english_questions_glossed(question: str, glossed_question: str) -> None:
    assert glossed(question) == glossed_question


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("lembaga", "badan", True),  # a synonym group (data/synonyms.json)
        ("pabrikan", "produsen", True),
        ("bermaksud", "berniat", True),
        ("persekutuan", "aliansi", True),
        ("formal", "resmi", True),
        ("peperangan", "perang", True),
        ("bersiaga", "berjaga", True),
        ("mengultimatum", "ancaman", True),
        ("diprediksi", "diperkirakan", True),  # compared as stems: prediksi / kira
        ("mengunjungi", "kunjungan", True),  # the stemmer parts them (unjung / kunjung)
        ("Zelenskyy", "zelensky", True),  # spellings still go through the aliases
        ("resmi", "kukuh", False),  # "resmi" has a second sense: no group
        ("badan", "jaminan", False),
        ("membicarakan", "membahas", True),
        ("diupayakan", "berusaha", True),
        ("bertemu", "menemui", True),
        # Sastrawi stems both to "temu": find is not meet
        ("menemukan", "bertemu", False),
        # ... and "berikutnya" (next) to "ikut" (join)
        ("berikutnya", "mengikuti", False),
        # ... "diperpanjang" (extended) to "panjang" (long), "pejabat" (an official) to
        # "jabat" as "jabatan" (an office)
        ("diperpanjang", "jangka panjang", False),
        ("memperpanjang", "perpanjangan", True),
        ("pejabat", "jabatannya", False),
        ("memakai", "menggunakan", True),
        ("membolehkan", "diizinkan", True),
        ("pidato", "orasi", True),
        ("pelik", "rumit", True),
        ("prospek", "peluang", True),
        ("sentra", "pusat", True),
        ("berpidato", "berorasi", True),
        ("lembut", "halus", True),
        ("media", "pers", True),
        # Twitter is a name the index keeps as it is, not a word for a tweet
        ("twitter", "cuitan", False),
        ("pers", "pidato", False),
        ("dihapus", "dicabut", True),
        ("dicoret", "pencabutan", True),
        ("dilengserkan", "digulingkan", True),
        ("kajian", "analisis", True),
        ("menyangkal", "membantah", True),
        ("membantah", "mengakui", False),  # opposites, never one group
        ("diserang", "invasi", True),  # an invasion is an attack
        ("genteng", "atap", True),
        ("posisi", "jabatan", True),
        ("berkumpul", "pertemuan", True),  # a group gathering meets
        ("ditutup", "berakhir", True),  # a summit closed has ended
        ("diprioritaskan", "berfokus", True),
        ("tersendiri", "terpisah", True),
        ("sendiri", "terpisah", False),  # one's own is not separate
        ("melewatkan", "lewat", False),  # to skip is not "via"
        ("melewatkan", "dilewatkan", True),
        ("meninggal", "tinggal", False),  # to die is not to stay
        ("mengerikan", "ngeri", True),  # terrible is dreadful
        ("ditempatkan", "berjaga", True),  # stationed is on guard
        ("ditempatkan", "tempat", False),  # ... and no place asked for
        ("mengawasi", "berjaga", True),  # watching over is keeping guard
        ("mengelak", "menyangkal", True),  # to evade a charge is to deny it
        ("konflik", "perang", True),
        ("pertikaian", "peperangan", True),
        ("pertempuran", "perang", True),
        ("memastikan", "dijamin", True),  # to ensure is to guarantee
        ("garansi", "kepastian", True),
        # urging is not asking for: "mendesak sekutu meningkatkan pasokan" names no request
        ("mendesak", "meminta", False),
        ("disahkan", "menyetujui", True),  # ratified is approved
        ("tujuan", "setuju", False),  # a purpose is no agreement
        ("jatuhnya", "digulingkan", True),  # a ruler's fall is his overthrow
        ("dilengserkan", "digulingkan", True),
        ("bertujuan", "tujuan", True),
        ("komitmen", "janji", True),  # a commitment is a promise
        ("melunak", "lembut", True),  # a tone that softens is a softer one
        ("berkomitmen", "berjanji", True),
    ],
)
def test_synonyms_compare_equal(a: str, b: str, same: bool) -> None:
    assert (alias(stem(a.lower())) == alias(stem(b.lower()))) is same


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("menyetujui", True),
        ("dicabut", True),
        ("bertemu", True),
        ("mengunjungi", True),
        ("berapa", False),  # a question word, its own stem
        ("dia", False),
        ("menteri", False),  # no prefix: the stemmer leaves it
        ("bersama", False),  # prefixed, but relates rather than does
        ("merupakan", False),
        ("melalui", False),
    ],
)
def test_a_verb_is_a_root_with_a_verbal_prefix(word: str, verb: bool) -> None:
    assert is_verb_form(word) is verb


@pytest.mark.parametrize(
    ("accented", "plain"),
    [("Viktor Orbán", "Viktor Orban"), ("Ceaușescu", "Ceausescu"), ("Zelenskýy", "Zelenskyy")],
)
def test_accents_do_not_change_tokens(accented: str, plain: str) -> None:
    assert analyze(accented) == analyze(plain)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # "AS" in capitals is the country, whose full name the articles also write
        ("Presiden AS", ["presiden", "amerika", "serikat"]),
        ("Presiden Amerika Serikat", ["presiden", "amerika", "serikat"]),
        # ... lower-case "as" is the English function word
        ("as of June", ["june"]),
        # "akhirnya" (finally) is an adverb, not the "akhir" (end) of "akhir April"
        ("Ukraina akhirnya bergabung akhir April", ["ukraina", "gabung", "akhir", "april"]),
        # "memang" (indeed) stresses a claim, it claims nothing
        ("Rusia memang menyerang Ukraina", ["rusia", "serang", "ukraina"]),
    ],
)
def test_the_united_states_abbreviated_is_the_united_states(text: str, tokens: list[str]) -> None:
    assert analyze(text) == tokens


@pytest.mark.parametrize(
    ("text", "acronyms"),
    [
        # a phrase that writes an acronym out also says it, and keeps its own words
        ("sebelum pertemuan puncak di Washington", {"ktt", "temu", "puncak"}),
        ("Konferensi Tingkat Tinggi itu", {"ktt"}),
        ("pakta atlantik utara", {"nato", "pakta"}),
        ("pertemuan para menteri", set()),
    ],
)
def test_written_out_acronyms_are_said(text: str, acronyms: set[str]) -> None:
    tokens = set(analyze(text))
    assert acronyms <= tokens
    if not acronyms:
        assert "ktt" not in tokens


@pytest.mark.parametrize(
    ("text", "unheard", "added", "not_added"),
    [
        # a word no article uses brings its synonyms, which an article may use
        ("Konflik mana yang dicemaskan?", {"cemas"}, {"khawatir", "takut"}, {"cemas"}),
        # a word the articles use is searched as asked
        ("Konflik mana yang dicemaskan?", set(), set(), {"khawatir"}),
        # a visit in other words
        ("Kota mana yang disambangi?", {"sambang"}, {"kunjungan", "mengunjungi"}, set()),
        ("Kapan rapat itu rampung?", {"rampung"}, {"berakhir", "selesai"}, set()),
        # a word with no synonym group brings nothing
        ("Siapa yang berpaling?", {"paling"}, set(), set()),
    ],
)
def test_lexical_expansion_adds_synonyms_of_unheard_words(
    text: str, unheard: set[str], added: set[str], not_added: set[str]
) -> None:
    words = set(lexical_expansion(text, unheard).split())
    assert added <= words
    assert not words & not_added


@pytest.mark.parametrize(
    ("term", "written"),
    [
        # a synonym group's words, for a keyword query that matches words as written
        ("ancam", {"ancam", "memperingatkan", "ultimatum"}),
        # the spellings that alias to a name
        ("zelensky", {"zelensky", "zelenskyy"}),
        # a term with neither: itself
        ("medan", {"medan"}),
    ],
)
def test_written_forms_of_a_compared_term(term: str, written: set[str]) -> None:
    forms = written_forms(term)
    assert forms[0] == term
    assert written <= set(forms)


@pytest.mark.parametrize(
    ("text", "numbered"),
    [
        ("Which country became NATO's 31st member?", {"31": "31st"}),
        ("Negara mana yang menjadi anggota ke-31?", {"31": "ke-31"}),
        # a day of a month, a year or a percentage reached is no place in a sequence
        ("Did they talk on July 4th?", {}),
        ("Did they talk on the 4th of July?", {}),
        ("naik dari 2022 ke 2023", {}),
        ("naik ke 2 persen", {}),
    ],
)
def test_numbered_ordinals(text: str, numbered: dict[str, str]) -> None:
    assert numbered_ordinals(text) == numbered


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # after the verb, up to the preposition that opens what follows
        (
            "Ia meminta sistem pertahanan udara, rudal jarak jauh, dan amunisi di tengah krisis.",
            "sistem pertahanan udara, rudal jarak jauh, dan amunisi",
        ),
        # after a word that introduces examples, up to the dash
        (
            "Bantuan ini – barang-barang seperti bahan bakar, pasokan medis, dan pengacau drone "
            "– telah dikirim.",
            "bahan bakar, pasokan medis, dan pengacau drone",
        ),
        # from the sentence's start, up to the verb
        (
            "AS, Inggris, Prancis, dan Jerman diperkirakan akan memberi jaminan.",
            "AS, Inggris, Prancis, dan Jerman",
        ),
        # two items make a list only after a list word
        (
            "Mereka membicarakan dua hal besar, yaitu keanggotaan dan jaminan keamanan.",
            "keanggotaan dan jaminan keamanan",
        ),
        ("Zelensky dan Stoltenberg bertemu di Brussels.", None),
        # clauses and long runs are no items
        ("Namun, kata Stoltenberg, Ukraina dan NATO sepakat.", None),
        ("Para menteri luar negeri negara anggota NATO, Kuleba, dan Blinken bertemu.", None),
        # doers joined by "dan" after a clause are no list
        ("Dalam perbincangan itu, ia dan Zelensky membahas situasi.", None),
        # clauses are no items
        (
            "Sekutu akan menambah dukungan dalam jangka panjang, meningkatkan hubungan politik "
            "kami, dan membawa Ukraina lebih dekat.",
            None,
        ),
    ],
)
def test_enumerated_items(text: str, items: str | None) -> None:
    assert enumerated_items(text) == items


@pytest.mark.parametrize(
    ("question", "located"),
    [
        ("vilnius tuh di negara mana", True),
        ("Di negara mana pertemuan NATO di Vilnius digelar?", True),
        ("Which country is Vilnius in?", True),
        ("In which country was the summit held?", True),
        # which country did something: not where
        ("Negara mana yang menolak mengirim tentara?", False),
        ("Which countries pledged guarantees?", False),
    ],
)
def test_asks_country_located(question: str, located: bool) -> None:
    assert asks_country_located(question) == located


@pytest.mark.parametrize(
    ("place", "text", "country"),
    [
        ("Vilnius", "persiapan pertemuan NATO di Vilnius, Lithuania.", "Lithuania"),
        ("vilnius", "KTT di Vilnius, Lithuania, pekan depan", "Lithuania"),
        # a list of countries is no place set in one
        ("Inggris", "AS, Inggris, Prancis, dan Jerman", None),
        ("Vilnius", "Di Vilnius, para sekutu akan bertindak.", None),
        # a speaker is set nowhere
        ("Zelensky", "Kata Zelensky, Rusia tidak akan menang.", None),
    ],
)
def test_country_after(place: str, text: str, country: str | None) -> None:
    assert country_after(place, text) == country


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # English order, with or without a weekday, a year or an ordinal suffix
        ("Did they talk on Wednesday, July 5, 2023?", [("Wednesday, July 5, 2023", "2023-07-05")]),
        ("on July 5th", [("July 5th", "2023-07-05")]),
        # chat's lower case month is a date with a day number too
        ("ngobrolnya hari rabu 5 juli kan", [("5 juli", "2023-07-05")]),
        ("kuleba ngomong itu akhir mei kan", [("akhir mei", "2023-05")]),
        # ... or a whole month after "bulan"; alone, a lower case "mei" may be no month
        ("ketemunya bulan juli tgl brp", [("juli", "2023-07")]),
        ("ketemunya juli tgl brp", []),
        # a month and a year is no day ("Juli 20" is not read out of "Juli 2023")
        ("pada Juli 2023", [("Juli 2023", "2023-07")]),
        # an Indonesian month is never written before its day: "Juli 20 orang" counts
        ("Juli 20 orang", [("Juli", "2023-07")]),
    ],
)
def test_dates_in_english_order_and_chat(text: str, found: list[tuple[str, str]]) -> None:
    mentions = find_dates(text, dt.date(2023, 7, 12))
    assert [(m.text, m.iso()) for m in mentions] == found


@pytest.mark.parametrize(
    ("text", "spans", "kept"),
    [
        ("Ardi tiba 3 Mei 2021 di Lebak.", [(10, 20)], "Ardi tiba   di Lebak."),
        # spans in any order, each replaced by a space
        ("a bb c dd e", [(7, 9), (2, 4)], "a   c   e"),
        ("tanpa rentang", [], "tanpa rentang"),
    ],
)
def test_text_without_spans(text: str, spans: list[tuple[int, int]], kept: str) -> None:
    assert without_spans(text, spans) == kept


@pytest.mark.parametrize(
    ("asked", "plain"),
    [
        ("Di kota apakah KTT itu digelar?", "Di kota apa KTT itu digelar?"),
        ("Pesawat apakah yang dijanjikan Belanda?", "Pesawat apa yang dijanjikan Belanda?"),
        ("Berapakah anggota NATO?", "Berapa anggota NATO?"),
        # "apakah" opening a clause asks yes or no: kept
        ("Apakah NATO setuju?", "Apakah NATO setuju?"),
        ("Menurut Stoltenberg apakah NATO setuju?", "Menurut Stoltenberg apakah NATO setuju?"),
    ],
)
def test_emphatic_kah_on_question_words(asked: str, plain: str) -> None:
    assert plain_question_words(asked) == plain


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("selama dua hari", "selama 2 hari"),
        ("three days and ten tanks", "3 days and 10 tanks"),
        # a count before no word, "satu"/"one" and a capitalised word stay as written
        ("jumlahnya dua.", "jumlahnya dua."),
        ("one of the allies", "one of the allies"),
        ("salah satu negara", "salah satu negara"),
        ("tiba di Lima Peru", "tiba di Lima Peru"),
        # English joins a count to its unit of time: "a three-day meeting"; not a share or a
        # kind ("two-thirds", "a two-way street")
        ("a three-day meeting", "a 3 day meeting"),
        ("two-thirds of a two-way street", "two-thirds of a two-way street"),
        # compounds, Indonesian and English
        ("tiga puluh dua negara", "32 negara"),
        ("lima belas orang dan sebelas tank", "15 orang dan 11 tank"),
        ("seratus dua puluh orang", "120 orang"),
        ("dua ribu lima ratus tentara", "2500 tentara"),
        ("thirty-two members", "32 members"),
        ("two hundred and five people", "205 people"),
        ("one billion euros", "1000000000 euros"),
        ("satu miliar euro", "1000000000 euro"),
        # a range, or a run that spells no one number, counts word by word; one that ends on no
        # counted word is left as written
        ("dua-tiga negara", "dua-3 negara"),
        ("dua tiga negara", "2 3 negara"),
        ("two and three days", "2 and 3 days"),
        ("sepuluh dua negara", "10 2 negara"),
        ("jumlahnya empat puluh lima", "jumlahnya empat puluh lima"),
    ],
)
def test_spelled_out_counts_in_digits(text: str, digits: str) -> None:
    assert with_count_digits(text) == digits


@pytest.mark.parametrize(
    ("text", "lacks_only_year"),
    [
        ("Rabu (5/7)", True),
        ("Senin 3/7", True),  # after a weekday, figures are a date
        ("5 Juli", True),
        ("Selasa", False),
        ("2/3", False),  # a share, perhaps
        ("2/3 anggota", False),
        # ... but a date after a word that dates it
        ("bertemu pada 5/7", True),
        ("zelensky ngobrol tgl 5/7 ya", True),
        ("Did they talk on 5/7?", True),
        ("bertemu pada Selasa", False),  # a weekday alone is too vague
    ],
)
def test_a_day_written_in_full_but_for_its_year(text: str, lacks_only_year: bool) -> None:
    mentions = find_dates(text, dt.date(2023, 7, 4))
    assert any(lacks_only_its_year(m, text) for m in mentions) is lacks_only_year


@pytest.mark.parametrize(("inside_quotes", "count"), [(False, 1), (True, 2)])
def test_a_quote_of_several_sentences_splits_only_when_asked(
    inside_quotes: bool, count: int
) -> None:
    text = "“Kami mendukung peta jalan itu. Sekutu bersiap di Medan,” kata Ardi."
    assert len(paragraph_sentences(text, inside_quotes=inside_quotes)) == count


@pytest.mark.parametrize(
    ("place", "country"),
    [
        ("Bukares", "Rumania"),
        ("Kremlin", "Rusia"),
        # a city news uses for a government, not its capital: Tel Aviv for Israel
        ("Tel Aviv", "Israel"),
        ("Lebak", None),
    ],
)
def test_a_seat_of_government_stands_for_its_country(place: str, country: str | None) -> None:
    found = country_of_capital(place)
    assert (country in found) if country else not found


@pytest.mark.parametrize(
    ("word", "opposite"),
    [
        ("mengakui", "membantah"),  # as the data pairs them, both ways
        ("mengelak", "diakui"),  # to evade a charge denies what is admitted
        ("mengakhiri", "diperpanjang"),  # a term ended is not extended
    ],
)
def test_opposites_come_from_the_data_file(word: str, opposite: str) -> None:
    assert opposite in opposites()[word]
    assert word not in opposites()[word]


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [key for key, _ in pairs]
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})
    return dict(pairs)


@pytest.mark.parametrize(
    "path", sorted((Path(__file__).parent.parent / "qa" / "text" / "data").glob("*.json"))
)
def test_data_files_name_each_key_once(path: Path) -> None:
    # (JSON keeps the last of two equal keys silently: an edit to the first would do nothing)
    json.loads(path.read_text("utf-8"), object_pairs_hook=_no_duplicate_keys)


@pytest.mark.parametrize(
    ("text", "language", "shown"),
    [
        ("Ardi tiba pada Selasa malam.", "id", "Selasa malam, 11 Juli 2023"),
        ("Ardi tiba pada Selasa malam.", "en", "Tuesday evening, 11 July 2023"),
        ("Ardi tiba pada Selasa pagi di Medan.", "id", "Selasa pagi, 11 Juli 2023"),
        # no time of day, or a word that is none
        ("Ardi tiba pada Selasa.", "id", "Selasa, 11 Juli 2023"),
        ("Ardi tiba pada Selasa malamnya.", "id", "Selasa, 11 Juli 2023"),
    ],
)
def test_a_day_keeps_the_time_of_day_the_text_gives(text: str, language: str, shown: str) -> None:
    mention = next(m for m in find_dates(text, dt.date(2023, 7, 12)) if m.precision == "day")
    assert with_daytime(mention.format(language), mention, text, language) == shown


@pytest.mark.parametrize(
    ("text", "weekdays"),
    [
        ("Apakah Ardi tiba pada hari Kamis?", {3}),
        ("Did Ardi arrive on Thursday?", {3}),
        ("pada Minggu (5/11)", {6}),
        # "minggu" as a week is no Sunday
        ("serangan minggu lalu", set()),
        ("pada minggu ini", set()),
        ("selama dua minggu", set()),
        ("pada minggu itu", set()),
        ("pada minggu yang sama", set()),
        ("hari Minggu lalu", {6}),
        ("tiba Minggu (5/11)", {6}),
        ("Minggu pagi, ia tiba", {6}),
        ("Ardi tiba di Medan", set()),
    ],
)
def test_weekdays_named(text: str, weekdays: set[int]) -> None:
    assert weekdays_named(text) == weekdays


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "oke ganti topik, sidang itu berlangsung berapa hari?",
            "sidang itu berlangsung berapa hari?",
        ),
        ("Ok, another question: when did the minister arrive?", "when did the minister arrive?"),
        ("btw kantor pusatnya di mana", "kantor pusatnya di mana"),
        ("Oke. Siapa gubernurnya?", "Siapa gubernurnya?"),
        # nothing opens it, or the opener is all there is, or a word only starts like one
        ("Siapa gubernurnya?", "Siapa gubernurnya?"),
        ("makasih", "makasih"),
        ("makasih ke siapa bupati itu?", "makasih ke siapa bupati itu?"),  # (the deed asked)
        ("Okeanografi itu ilmu apa?", "Okeanografi itu ilmu apa?"),
        ("Ok-kah kalau Ukraina masuk NATO?", "Ok-kah kalau Ukraina masuk NATO?"),
        ("ok - siapa gubernurnya?", "siapa gubernurnya?"),
        # a change of subject only before punctuation: without it, the question's own words
        (
            "Satu lagi kabupaten yang dilanda banjir apa?",
            "Satu lagi kabupaten yang dilanda banjir apa?",
        ),
        ("Pertanyaan lain yang dibahas bupati apa?", "Pertanyaan lain yang dibahas bupati apa?"),
        ("Baik Ardi maupun Wati hadir?", "Baik Ardi maupun Wati hadir?"),
        # a connective only before a question word: otherwise the question's own word
        ("Terus kenapa dia datang ke sana?", "kenapa dia datang ke sana?"),
        ("lalu di mana?", "di mana?"),
        ("So why did he go there?", "why did he go there?"),
        ("terus bekerja apa bupati itu", "terus bekerja apa bupati itu"),
        ("Lalu lintas di Medan gimana?", "Lalu lintas di Medan gimana?"),
    ],
)
def test_chat_openers_are_left_out(text: str, asked: str) -> None:
    assert without_chat_openers(text) == asked


def test_the_analyzer_version_follows_the_token_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited synonym group changes the version, so stored lexical indexes are rebuilt."""
    from qa.text import tokens

    for name in tokens._TOKEN_DATA:
        (tmp_path / name).write_bytes((tokens._DATA / name).read_bytes())
    monkeypatch.setattr(tokens, "_DATA", tmp_path)
    before = tokens._token_data_digest()
    assert tokens._token_data_digest() == before
    synonyms = tmp_path / "synonyms.json"
    synonyms.write_text(synonyms.read_text("utf-8").replace('"mesti"', '"mesti", "harus"'), "utf-8")
    assert tokens._token_data_digest() != before


@pytest.mark.parametrize(
    ("question", "asks_whether", "presupposed"),
    [
        # asked whether, claiming a state is no admission presupposed
        ("Apakah Ardi mengaku tahu kapan banjir berakhir?", True, []),
        ("ardi ngaku kecewa gak", True, ["kecewa"]),
        # ... but admitting a deed is
        ("Apakah Lebak mengakui menargetkan jembatan?", True, ["aku"]),
        ("Apakah Lebak mengaku menargetkan jembatan?", True, ["aku"]),
        # asked when or why, the claim is taken for granted
        ("Kapan Ardi mengaku tahu kapan banjir berakhir?", False, ["aku"]),
        ("Kenapa Ardi mengaku kecewa?", False, ["aku", "kecewa"]),
    ],
)
def test_the_words_a_question_presupposes(
    question: str, asks_whether: bool, presupposed: list[str]
) -> None:
    assert presupposed_terms(analyze(question), question, asks_whether) == presupposed


@pytest.mark.parametrize(
    ("question", "evidence", "not_given"),
    [
        # a rank asked is given only by the same rank, in any of its forms
        ("Siapa penyumbang terbesar?", "Medan adalah penyumbang terbesar.", []),
        ("Siapa penyumbang paling besar?", "Medan adalah penyumbang terbesar.", []),
        ("Who was the biggest donor?", "Medan adalah penyumbang terbesar.", []),
        ("What is the most important issue?", "Isu terpenting adalah jembatan.", []),
        ("Siapa penyumbang terbesar?", "Minggu lalu adalah minggu terburuk.", ["terbesar"]),
        ("Who was the biggest donor?", "Minggu lalu adalah minggu terburuk.", ["biggest"]),
        ("Which ally donated the most?", "Medan menyumbang paling cepat.", ["most"]),
        # ... and a question that asks no rank is given it by anything
        ("Siapa penyumbangnya?", "Minggu lalu adalah minggu terburuk.", []),
    ],
)
def test_a_rank_asked_is_given_only_by_the_same_rank(
    question: str, evidence: str, not_given: list[str]
) -> None:
    assert degree_not_given(question, evidence) == not_given


@pytest.mark.parametrize(
    ("claim", "evidence", "done"),
    [
        # a deed claimed called off, which the evidence says done
        (
            "Ardi batal memperpanjang masa jabatannya",
            "Rapat ini digelar setelah Ardi resmi memperpanjang masa jabatannya, kata Budi.",
            "resmi memperpanjang masa jabatannya",
        ),
        # (the deed's noun names it too)
        (
            "Ardi membatalkan kunjungan",
            "Ardi telah berkunjung ke Medan.",
            "telah berkunjung ke Medan",
        ),
        (
            "Did Ardi cancel visiting Medan?",
            "Ardi sudah mengunjungi Medan.",
            "sudah mengunjungi Medan",
        ),
        # ... or refused
        (
            "Ardi menolak berkunjung ke Medan",
            "Ardi telah berkunjung ke Medan.",
            "telah berkunjung ke Medan",
        ),
        (
            "Did Ardi refuse to visit Medan?",
            "Ardi sudah mengunjungi Medan.",
            "sudah mengunjungi Medan",
        ),
        # not a deed only planned, denied or not done yet, nor a claim that cancels nothing
        ("Ardi batal berkunjung ke Medan", "Ardi belum resmi berkunjung ke Medan.", ""),
        ("Ardi batal berkunjung ke Medan", "Ardi akan berkunjung ke Medan.", ""),
        ("Ardi berkunjung ke Medan", "Ardi telah berkunjung ke Medan.", ""),
    ],
)
def test_a_deed_claimed_called_off_that_the_evidence_says_done(
    claim: str, evidence: str, done: str
) -> None:
    assert cancelled_deed_done(claim, evidence) == done


@pytest.mark.parametrize(
    ("text", "english", "amounts"),
    [
        ("kata Ardi kepada ribuan orang di Medan", False, [("ribuan", "orang")]),
        ("yang membuat jutaan orang tidak memiliki air", False, [("jutaan", "orang")]),
        ("puluhan ribu tentara", False, [("puluhan", "ribu")]),
        # English through the glossary, "of" skipped
        ("Did Ardi speak to hundreds of people?", True, [("ratusan", "orang rakyat warga")]),
        ("millions", True, [("jutaan", "")]),
        # an exact count is no magnitude
        ("kepada 300 orang", False, []),
        ("to 300 people", True, []),
    ],
)
def test_counts_given_by_their_magnitude(
    text: str, english: bool, amounts: list[tuple[str, str]]
) -> None:
    assert vague_amounts(text, english) == amounts
