"""What the negation reader denies, avoids or leaves unknown: tables of sentences, no corpus."""

from __future__ import annotations

import pytest

from qa.text.negation import (
    AVOIDED,
    NEGATION,
    NOT_KNOWN,
    denial_of,
    denied_among,
    denied_terms,
    without_glossed_denials,
)
from qa.text.tokens import analyze


@pytest.mark.parametrize(
    ("text", "word", "stretch"),
    [
        ("Ardi tegas menolak pengiriman tentara.", "mengirim", "menolak pengiriman"),
        ("Budi tidak akan memveto usulan itu.", "veto", "tidak akan memveto"),
        # said without a negation before it: nothing denied
        ("Lebak mengirim tentara ke Medan.", "kirim", ""),
        ("Ardi menolak usulan itu lalu mengirim surat.", "kirim", ""),
        # a negation of holding back, or a negated negation, affirms the deed
        ("Rusia tidak berhenti menyerang Kyiv.", "menyerang", ""),
        ("Lebak tak ragu mengirim tentara.", "kirim", ""),
    ],
)
def test_the_stretch_a_negation_denies(text: str, word: str, stretch: str) -> None:
    assert denial_of(text, set(analyze(word))) == stretch


@pytest.mark.parametrize(
    ("text", "asked", "about"),
    [
        ("Tidak ada yang tahu kapan perang ini berakhir.", "kapan", " perang ini berakhir"),
        ("Belum diketahui siapa pengganti Ardi.", "siapa", " pengganti Ardi"),
        ("It is unclear when the talks resume.", "when", " the talks resume"),
        ("It is not clear when the talks resume.", "when", " the talks resume"),
        ("Kami tidak tahu kapan perang berakhir.", "kapan", " perang berakhir"),
        ("Belum ada yang tahu kapan, dan siapa, ia temui.", "kapan", ", dan siapa, ia temui"),
        ("Ardi tahu kapan rapat dimulai.", None, None),
        ("Hasilnya tidak jelas.", None, None),
    ],
)
def test_what_a_report_says_is_not_known(text: str, asked: str | None, about: str | None) -> None:
    found = NOT_KNOWN.search(text)
    assert (found.group(1).lower(), found.group(2)) == (asked, about) if found else asked is None


@pytest.mark.parametrize(
    ("text", "avoided"),
    [
        ("Anggaran dicabut untuk menghindari penutupan pemerintah.", "penutupan pemerintah"),
        ("Pasukan dikirim agar tidak terjadi kekacauan, kata Ardi.", "terjadi kekacauan"),
        ("The budget was cut to avoid a shutdown (a pause).", "a shutdown "),
        # to the clause's end: the next deed is no part of it
        ("Anggaran dicabut untuk mencegah penutupan dan Ardi pergi.", "penutupan "),
        # a passive's doer is no thing avoided
        ("Serangan itu dicegah polisi pada Mei.", None),
        ("Anggaran dicabut pada Oktober.", None),
    ],
)
def test_what_a_deed_avoided(text: str, avoided: str | None) -> None:
    found = AVOIDED.search(text)
    assert (found.group(1) if found else None) == avoided


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        # every English "n't" denies, with either apostrophe
        ("Why won't Ardi send troops to Medan?", True),
        ("Why won’t Ardi send troops to Medan?", True),
        ("Why doesn't Budi want to attend?", True),
        ("Why can't Lebak join?", True),
        ("Why hasn't the council met?", True),
        ("Why cannot Lebak join yet?", True),
        # ... and without one, as chat writes it
        ("why ardi dont want send troops to medan", True),
        ("why budi didnt attend", True),
        # (a word that only ends in "nt" denies nothing)
        ("Why did Ardi want to attend the event?", False),
        # "nobody" denies as "no one" does
        ("Is it true that nobody knows when the war ends?", True),
        ("Is it true that no one knows when the war ends?", True),
        ("Why did Ardi send troops to Medan?", False),
        ("Apa alasan Ardi tidak mengirim tentara?", True),
        ("Ia tiba tak lama setelah pidato itu.", False),
        # not hesitating affirms the deed
        ("Lebak tidak ragu mengirim tentara.", False),
        ("Lebak tidak akan ragu mengirim tentara.", False),  # (past an auxiliary too)
        ("Lebak tidak pernah segan mengirim tentara.", False),
        ("Lebak tak segan menolak usulan itu.", True),  # ... and the deed's own denial counts
        # "menampik" refuses as "menolak" does
        ("Siapa yang menampik mengirim pasukan?", True),
        # a failure or a refusal, as a noun too, did not do the deed
        ("What did Ardi call Medan's failure to give a timeline?", True),
        ("Ardi criticised the refusal to send troops.", True),
        # ... but not a refusal of no deed, nor a passive, which `extract_polarity` reads
        ("Penolakan Medan menunda keputusan itu.", False),
        ("Usulan Lebak ditolak oleh Medan dalam rapat itu.", False),
    ],
)
def test_negation_words(text: str, denies: bool) -> None:
    assert bool(NEGATION.search(text)) is denies


@pytest.mark.parametrize(
    ("question", "denied", "not_denied"),
    [
        # "gave no timeline" denies the giving, an object between or not
        ("Did the council give Ardi no timeline?", "beri", ""),
        ("Did the council set no deadline?", "batas", ""),
        # a reporting verb before "no" reports the clause: the saying is not denied
        ("Did Ardi say no date was set?", "tanggal", "kata"),
        # "to" and the articles take no room in the reach of "not"
        ("Did Medan promise not to veto the proposal?", "usul", ""),
        ("Did Medan decide not to send a single tank?", "tank", ""),
        ("Did Medan not send aid, and then agree to a plan?", "kirim", "rencana"),
    ],
)
def test_english_no_denies_the_verb_before_it(question: str, denied: str, not_denied: str) -> None:
    terms = denied_terms(question, english=True)
    assert denied in terms
    assert not not_denied or not_denied not in terms


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Mengapa Ardi tidak hadir di rapat?", {"hadir", "temu"}),
        # a word that makes a negation none is read after it, however close the word denied
        ("Rapat terjadi tak lama setelah Ardi resmi memperpanjang masa jabatannya.", set()),
        ("Ardi tidak hanya datang, tetapi juga berpidato.", set()),
        ("Did Ardi extend his term shortly before the talks?", set()),
    ],
)
def test_what_a_negation_reaches_is_read_with_the_words_after_it(
    text: str, denied: set[str]
) -> None:
    assert denied_terms(text, english=text.startswith("Did")) == denied


@pytest.mark.parametrize(
    ("text", "shared", "denied"),
    [
        # words the other side does not say take no room in the negation's reach
        ("Apakah Hongaria tidak akan menggunakan hak vetonya?", {"veto"}, {"veto"}),
        ("Apakah pabrik itu tidak akan membuang sembarangan limbahnya?", {"limbah"}, {"limbah"}),
        # what both say is read as it stands: past the reach, or in another clause, undenied
        (
            "Apakah Hongaria tidak akan menggunakan hak vetonya?",
            {"guna", "hak", "veto"},
            {"guna", "hak"},
        ),
        ("Pabrik itu tidak ditutup, tetapi limbahnya diolah.", {"olah", "limbah"}, set()),
        ("Apakah Hongaria akan memveto usulan itu?", {"veto", "usul"}, set()),
        # a word that turns the negation round stays in its reach
        ("Apakah dewan tidak akan lupa menggunakan hak vetonya?", {"veto"}, set()),
    ],
)
def test_a_negation_read_in_the_shared_words(text: str, shared: set[str], denied: set[str]) -> None:
    assert denied_among(text, shared) == denied


@pytest.mark.parametrize(
    ("claim", "sentence", "claim_left", "sentence_left"),
    [
        # the negated phrase an English word stands for, said by the sentence: out of both
        (
            "Fuel was part of the non-lethal aid",
            "Bagian dari bantuan tidak mematikan ini adalah bahan bakar.",
            "Fuel was part of the   aid",
            "Bagian dari bantuan   ini adalah bahan bakar.",
        ),
        (
            "Was the plan absurd",
            "Rencana itu tidak masuk akal, kata Ardi.",
            "Was the plan  ",
            "Rencana itu  , kata Ardi.",
        ),
        # a sentence that does not say the phrase keeps its negation, the claim its word
        (
            "Was the aid non-lethal",
            "Bantuan itu mematikan dan tidak dikirim.",
            "Was the aid non-lethal",
            "Bantuan itu mematikan dan tidak dikirim.",
        ),
        # words whose Indonesian is no negated phrase stay ("lethal", "not")
        (
            "Was the aid not lethal",
            "Bantuan itu tidak mematikan.",
            "Was the aid not lethal",
            "Bantuan itu tidak mematikan.",
        ),
    ],
)
def test_an_english_word_glossed_as_a_negation_is_shared(
    claim: str, sentence: str, claim_left: str, sentence_left: str
) -> None:
    assert without_glossed_denials(claim, sentence) == (claim_left, sentence_left)
