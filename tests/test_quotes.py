"""Words a question gives to someone the article does not give them to: a false premise."""

from __future__ import annotations

from dataclasses import replace

import pytest

from qa.answer.evidence import Sentence
from qa.answer.question import analyze_question
from qa.answer.quotes import misattributed, quoted_claim
from qa.models import ArticleMeta
from qa.text.normalize import normalize_question

ARTICLE = ArticleMeta(id="banjir-lebak", title="Banjir Rendam Lebak")
TEXTS = [
    "Bupati Ardi meninjau banjir di Lebak pada Senin.",
    '"Air sudah setinggi atap rumah warga," kata Bupati Ardi.',
    "Seorang relawan mengatakan bahwa bantuan pangan belum sampai ke desa terpencil.",
    '"Kami sedang bersiap mengirim perahu karet ke setiap kecamatan," tulis Gubernur Wati.',
    "Camat Budi meminta warga mengungsi, setelah presiden Finlandia mengatakan kepada warga untuk "
    "bersiap menghadapi banjir susulan selama seminggu lagi.",
    '"Jembatan gantung itu hanyut terbawa arus sungai," kata petugas itu.',
]


# The passage that names the office's holder.
CONTEXT = "Presiden Finlandia Aarno Kovalainen meninjau banjir. " + " ".join(TEXTS)


def _sentences(texts: list[str] = TEXTS, context: str = CONTEXT) -> list[Sentence]:
    """The texts as consecutive sentences of one article passage (`context`)."""
    sentences, start, previous = [], 0, ""
    for text in texts:
        sentences.append(
            Sentence(ARTICLE, text, start, start + len(text), 0, context, previous=previous)
        )
        start, previous = start + len(text) + 1, text
    return sentences


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        (
            'Mengapa Bupati Ardi mengatakan "Air sudah setinggi atap"?',
            "ardi",
            "Air sudah setinggi atap",
        ),
        ("Why did Wati say 'we will be ready'?", "wati", "we will be ready"),
        (
            "Why did Ardi say that food aid had not reached remote villages?",
            "ardi",
            "food aid had not reached remote villages",
        ),
        (
            "kenapa Ardi bilang kalau bantuan pangan belum sampai",
            "ardi",
            "bantuan pangan belum sampai",
        ),
        # no speaker named, or no words given: nothing to check
        ('Siapa yang mengatakan "Air sudah setinggi atap"?', None, None),
        ("Mengapa Bupati Ardi meninjau banjir?", None, None),
        ("Why did Lebak's regent visit the flood?", None, None),
        ("What did Ardi say about the flood in Lebak?", None, None),
        # a phrase quoted before the verb is the report's, not the speaker's words
        ("Dalam “pesan yang jelas” kepada warga, Ardi menyatakan apa?", None, None),
        ("Why did Ardi say to reporters that he is tired?", "ardi", "he is tired"),
    ],
)
def test_the_question_gives_words_to_a_speaker(
    question: str, speaker: str | None, words: str | None
) -> None:
    claim = quoted_claim(analyze_question(question))
    if speaker is None:
        assert claim is None
    else:
        assert claim is not None and (claim.speaker, claim.words) == (speaker, words)


@pytest.mark.parametrize(
    ("question", "whose"),
    [
        # the words are another's: the sentence that holds them is returned
        ('Mengapa Gubernur Wati mengatakan "Air sudah setinggi atap rumah warga"?', 1),
        ("Why did Wati say the water was already as high as the roofs of people's homes?", 1),
        ('Kapan Bupati Ardi menulis "Kami sedang bersiap mengirim perahu karet"?', 3),
        # the words are the speaker's, or are in no sentence, or the question asks who
        ('Mengapa Bupati Ardi mengatakan "Air sudah setinggi atap rumah warga"?', None),
        ('Kapan Gubernur Wati menulis "Kami sedang bersiap mengirim perahu karet"?', None),
        ("Why did Ardi say that the water was as high as the roofs of the houses?", None),
        ('Mengapa Bupati Ardi mengatakan "Jembatan desa runtuh diterjang arus"?', None),
        ('Siapa yang mengatakan "Air sudah setinggi atap rumah warga"?', None),
        # an office the passages give one person is that person; one referred back to is
        # someone else
        ("Why did Budi tell residents to brace for another week of floods?", 4),
        ("Why did Kovalainen tell residents to brace for another week of floods?", None),
        ('Mengapa Ardi mengatakan "Jembatan gantung itu hanyut terbawa arus"?', 5),
        # a country speaks through its people: its president's words may be the relawan's report
        ("Kapan Presiden Finlandia menyampaikan bahwa bantuan pangan belum sampai ke desa?", None),
    ],
)
def test_words_given_to_someone_else_are_found(question: str, whose: int | None) -> None:
    sentences = _sentences()
    found = misattributed(analyze_question(question), sentences)
    assert (found.source if found else None) is (sentences[whose] if whose is not None else None)


# Two people the passage gives an office, each with words of their own.
OFFICE_TEXTS = [
    '"Kami akan membangun kembali setiap jembatan yang hanyut," kata Presiden Finlandia Aarno'
    " Kovalainen kepada warga.",
    '"Finlandia terus bekerja dengan semua mitra untuk mempercepat bantuan," ucap Menteri Luar'
    " Negeri Finlandia Elina Virtanen.",
    "Virtanen mengatakan bahwa bantuan pangan akan tiba di setiap desa pekan depan.",
    # (a deed of one person beside another's words; a country's promise)
    "Kovalainen akan meminta relawan mendirikan tenda darurat di lapangan kota, setelah"
    " Virtanen mengatakan kepada warga untuk bersiap.",
    "Finlandia berjanji tidak akan menutup perbatasan selama banjir berlangsung.",
]


@pytest.mark.parametrize(
    ("question", "whose", "speaker"),
    [
        # a yes/no claim that a person said words the article gives another person
        (
            "Apakah Virtanen yang bilang akan membangun kembali setiap jembatan yang hanyut?",
            0,
            "Aarno Kovalainen",
        ),
        (
            "Apakah Virtanen mengatakan bahwa mereka akan membangun kembali setiap jembatan?",
            0,
            "Aarno Kovalainen",
        ),
        (
            "Benarkah pernyataan bahwa Finlandia terus bekerja dengan semua mitra disampaikan oleh"
            " Presiden Kovalainen?",
            1,
            "Elina Virtanen",
        ),
        (
            "yang mengatakan akan membangun kembali setiap jembatan itu Virtanen?",
            0,
            "Aarno Kovalainen",
        ),
        (
            "yang berbicara akan membangun kembali setiap jembatan itu Virtanen kan",
            0,
            "Aarno Kovalainen",
        ),
        # the speaker's own words; a country, which speaks through its people
        (
            "Apakah Kovalainen yang bilang akan membangun kembali setiap jembatan yang hanyut?",
            None,
            "",
        ),
        ("Apakah Virtanen mengatakan bahwa bantuan pangan akan tiba pekan depan?", None, ""),
        ("Apakah Finlandia mengatakan akan membangun kembali setiap jembatan?", None, ""),
        ("yang mengatakan akan membangun kembali setiap jembatan itu Kovalainen?", None, ""),
        # the speaker's name ends where to whom or when begins
        (
            "Benarkah bahwa Finlandia terus bekerja dengan semua mitra disampaikan oleh Virtanen"
            " kepada Kovalainen?",
            None,
            "",
        ),
        # a name after "itu" that another deed follows; two claims; a claim the other way round
        (
            "Apakah yang mengatakan akan membangun kembali setiap jembatan itu bertemu Virtanen?",
            None,
            "",
        ),
        (
            "Apakah Virtanen mengatakan bantuan pangan akan tiba dan Kovalainen mengatakan jembatan"
            " akan dibangun kembali?",
            None,
            "",
        ),
        (
            "Apakah bukan Virtanen yang bilang akan membangun kembali setiap jembatan yang hanyut?",
            None,
            "",
        ),
        # words the sentence tells as a deed beside someone's words; a country's words
        (
            "Apakah Virtanen mengatakan akan meminta relawan mendirikan tenda darurat di lapangan"
            " kota?",
            None,
            "",
        ),
        (
            "Apakah Kovalainen mengatakan Finlandia tidak akan menutup perbatasan selama banjir?",
            None,
            "",
        ),
    ],
)
def test_a_yes_no_claim_of_another_persons_words_is_found(
    question: str, whose: int | None, speaker: str
) -> None:
    sentences = _sentences(OFFICE_TEXTS, " ".join(OFFICE_TEXTS))
    found = misattributed(analyze_question(question), sentences)
    if whose is None:
        assert found is None
    else:
        assert found is not None
        assert (found.source, found.speaker) == (sentences[whose], speaker)


# A quote given to a pronoun ('"…," ucapnya') after a sentence whose subject gives no words:
# the passage names the speaker by surname only, the article's opening gives the office.
PRONOUN_TEXTS = [
    "Kovalainen juga telah mengirimkan pesan kepada warga yang menyatakan bantuan akan terus"
    " datang.",
    "\u201cBantuan berkelanjutan akan membuat warga yakin bahwa mereka tidak perlu 'menunggu'"
    " sebelum kembali ke rumah,\u201d ucapnya.",
    "Virtanen kemudian meninjau tanggul di tepi sungai.",
]
PRONOUN_LEAD = (
    "Presiden Finlandia Aarno Kovalainen dan Menteri Luar Negeri Finlandia Elina Virtanen"
    " meninjau banjir."
)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # a word quoted inside the words reported is the report's quote, not all the words;
        # the denial inside them is what was said, not the claim's
        (
            "Apakah Virtanen yang mengatakan bahwa bantuan berkelanjutan akan membuat warga yakin"
            " bahwa mereka tidak perlu 'menunggu' sebelum kembali ke rumah?",
            "Kovalainen",
        ),
        (
            "yg bilang warga gak perlu nunggu sebelum kembali ke rumah itu virtanen kan",
            "Kovalainen",
        ),
        # the speaker's own words; a claim the other way round
        (
            "Apakah Kovalainen yang mengatakan bahwa bantuan berkelanjutan akan membuat warga"
            " yakin bahwa mereka tidak perlu 'menunggu' sebelum kembali ke rumah?",
            None,
        ),
        (
            "Apakah bukan Virtanen yang bilang warga tidak perlu menunggu sebelum kembali?",
            None,
        ),
    ],
)
def test_words_given_to_a_pronoun_are_the_person_the_run_names(
    question: str, speaker: str | None
) -> None:
    """'"…," ucapnya' after "Kovalainen juga telah mengirimkan pesan …" are his words, though
    that sentence gives none and the passage gives him no office (the article's opening does)."""
    sentences = [
        Sentence(
            s.article,
            s.text,
            s.start,
            s.end,
            0,
            s.context,
            previous=s.previous,
            article_lead=PRONOUN_LEAD,
        )
        for s in _sentences(PRONOUN_TEXTS, " ".join(PRONOUN_TEXTS))
    ]
    found = misattributed(analyze_question(question), sentences)
    if speaker is None:
        assert found is None
    else:
        assert found is not None
        assert (found.source, found.speaker) == (sentences[1], speaker)


def test_a_claim_may_say_where_the_words_were_said() -> None:
    """ "yg ngomong … di depan ribuan warga di Turku itu Virtanen kan": the scene is the
    sentence's, beside the quote; the words themselves are still the quote's."""
    texts = [
        '"Kami akan membangun kembali setiap jembatan," kata Presiden Finlandia Aarno Kovalainen'
        " kepada ribuan warga di Turku.",
        "Menteri Luar Negeri Finlandia Elina Virtanen meninjau tanggul.",
    ]
    sentences = _sentences(texts, " ".join(texts))
    question = (
        "Apakah Virtanen yang mengatakan akan membangun kembali jembatan kepada ribuan warga di"
        " Turku?"
    )
    found = misattributed(analyze_question(question), sentences)
    assert found is not None and found.speaker == "Aarno Kovalainen"
    # ... but a scene alone, with none of the quote's words, is no one's words
    scene_only = "Apakah Virtanen yang mengatakan sesuatu kepada ribuan warga di Turku?"
    assert misattributed(analyze_question(scene_only), sentences) is None


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # chat's words read in the articles' words, and "bener gak" an or-not tag, no denial
        (
            "Bener gak Virtanen yg bilang bantuan berkelanjutan bakal bikin warga yakin gak perlu"
            " nunggu sebelum kembali ke rumah",
            "Kovalainen",
        ),
        (
            "virtanen bilang bantuan berkelanjutan bakal bikin warga yakin gak perlu nunggu"
            " sebelum kembali ke rumah kan",
            "Kovalainen",
        ),
        # the speaker's own words
        (
            "Benar tidak Kovalainen yang mengatakan bantuan berkelanjutan akan membuat warga yakin"
            " tidak perlu menunggu sebelum kembali ke rumah?",
            None,
        ),
    ],
)
def test_a_chat_claim_of_another_persons_words_is_found(question: str, speaker: str | None) -> None:
    sentences = [
        replace(s, article_lead=PRONOUN_LEAD)
        for s in _sentences(PRONOUN_TEXTS, " ".join(PRONOUN_TEXTS))
    ]
    analyzed = analyze_question(normalize_question(question, "id"), question)
    found = misattributed(analyzed, sentences)
    if speaker is None:
        assert found is None
    else:
        assert found is not None
        assert (found.source, found.speaker) == (sentences[1], speaker)
