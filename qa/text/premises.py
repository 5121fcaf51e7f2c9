"""What a question presupposes happened: its decisive event words ("batal", "menolak",
"menggantikan", "resmi"), listed in `data/decisive_words.json`.

"Mengapa Zelensky batal datang?" is not answered by any sentence about Zelensky coming: the
evidence must say the decisive word itself, or the premise is unconfirmed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from qa.text.glossary import indonesian_for
from qa.text.negation import negated
from qa.text.normalize import alias
from qa.text.sentences import without_spans
from qa.text.tokens import analyze, is_verb_form, stem

_DATA = Path(__file__).with_name("data")
# Words after a planning word ("akan", "setuju") that it still governs.
_PLAN_REACH = 4
# Words after an event noun that a time phrase still dates ("pertemuan puncak Presiden Amerika
# Serikat Joe Biden di Washington bulan depan").
_TIME_REACH = 10
_TIME_NOUNS = frozenset("bulan pekan minggu tahun".split())
# Words that open a purpose ("untuk membawa …"): what follows is aimed at, not done.
_PURPOSES = frozenset("untuk agar supaya guna".split())
# Of those, the ones that open nothing but a purpose, whatever follows ("agar mereka dapat
# diterima"); "untuk" and "guna" open one only before a verb ("untuk Kyiv" is "for Kyiv").
_PURPOSES_ALWAYS = frozenset("agar supaya".split())
# How many words before a purpose a negation denies the deed it is the purpose of.
_PURPOSE_CLAUSE = 8
# Words that end the event's own noun phrase and open a clause about something else.
_CLAUSE_OPENERS = frozenset("bahwa yang karena untuk agar sehingga".split())


@cache
def _data() -> dict[str, list[str]]:
    return dict(json.loads((_DATA / "decisive_words.json").read_text("utf-8")))


def decisive_words() -> frozenset[str]:
    return frozenset(_data()["words"])


def decisive_terms(terms: Iterable[str]) -> list[str]:
    """The question's analysed terms (stems) that carry its presupposition."""
    return [term for term in terms if term in decisive_words()]


# A condition: what follows it in the sentence is supposed, not told as happening.
CONDITION = re.compile(r"\b(?:jika|kalau|apabila|bila|seandainya|andaikan|andai)\b", re.I)


# A purpose in a question: "jalur resmi untuk mengajukan keanggotaan", "a route to apply for
# membership" (English glossed: "to mengajukan"). Only a verb after the word makes one
# ("untuk Ukraina", "to reporters" are prepositions), and only up to the clause's end or
# another clause; not a future's or a duty's "to" ("Is Hungary going to block …?" claims the
# blocking).
_PURPOSE = re.compile(
    r"(?<!going )(?<!about )(?<!have )(?<!has )(?<!had )(?<!is )(?<!are )(?<!was )(?<!were )"
    rf"\b(?:{'|'.join(sorted(_PURPOSES))}|to)\s+([\w-]+)((?:(?!\b(?:setelah|sebelum|ketika|saat"
    r"|after|before|when|while)\b)[^,;.?])*)",
    re.IGNORECASE,
)


def presupposed_terms(terms: Iterable[str], text: str, asks_whether: bool = False) -> list[str]:
    """The decisive terms (`decisive_terms`) a question in the articles' words takes to have
    happened: not those said only in a purpose ("Has NATO offered Kyiv a route to apply …?"
    presupposes no application), nor, in a yes/no question (`asks_whether`), "mengaku" before
    a state claimed ("Apakah Stoltenberg mengaku tahu kapan perang berakhir?" asks whether he
    knows, as "claim to know" does; "Kapan X mengaku tahu …?" takes the claim for granted)."""
    only_purposed = only_in_purposes(text)
    claiming = _claiming_a_state(text) if asks_whether else set()
    return [
        term for term in decisive_terms(terms) if term not in only_purposed and term not in claiming
    ]


# "mengaku tahu", "ngaku kecewa": claiming a state, not admitting a deed ("mengakui
# menargetkan"); the word after it is no verb formed with a prefix.
_CLAIMING = re.compile(r"\b((?:meng|ng)aku)\s+(?!bahwa\b|telah\b|sudah\b)([a-z]+)\b", re.I)


def _claiming_a_state(text: str) -> set[str]:
    """The stems of the claiming verbs the text puts before a state ("mengaku tahu")."""
    return {
        stem(m.group(1).lower())
        for m in _CLAIMING.finditer(text)
        if not is_verb_form(m.group(2).lower())
    }


@lru_cache(maxsize=1024)
def only_in_purposes(text: str, heads_asked: frozenset[str] = frozenset()) -> frozenset[str]:
    """The analysed terms the text says in a purpose and nowhere else: a question's that it
    does not presuppose, an evidence's that it does not report done ("bergerilya … agar mereka
    dapat diterima"). `heads_asked`: the asker's terms; a purpose of a word among them is
    what they ask about ("bekerja untuk memperkuat dukungan" for "Mengapa mereka bekerja
    memperkuat dukungan?"). (Cached: asked for the chosen sentence and again for each
    stand-in.)"""
    aimed = [
        found
        for found in _PURPOSE.finditer(text)
        if is_verb_form(found.group(1).lower())
        and not _terms(_word_before(text, found.start())) & heads_asked
    ]
    outside = without_spans(text, (found.span() for found in aimed))
    purposes = " ".join(found.group(1) + found.group(2) for found in aimed)
    return _terms(purposes) - _terms(outside)


def _word_before(text: str, at: int) -> str:
    words = re.findall(r"[\w-]+", text[:at])
    return words[-1] if words else ""


def _terms(text: str) -> frozenset[str]:
    return frozenset(alias(term) for term in analyze(text))


@cache
def _stems(kind: str) -> frozenset[str]:
    return frozenset(stem(word) for word in _data()[kind])


def _said(text: str, kind: str) -> set[str]:
    # Raw words, not analysed terms: "sudah", "telah" and "akan" are stop words there. ("setelah
    # Rusia menyerbu" says no "telah": `_AFTER`; "sudah saatnya" no "sudah": `_TIME_TO`)
    words = re.findall(r"[a-z]+", text.lower())
    return {
        stem(word)
        for word, following in zip(words, [*words[1:], ""], strict=True)
        if word not in _AFTER and following not in _TIME_TO
    } & _stems(kind)


# The English perfect opening a yes/no question, "Has Ukraine become a member?", "Have the
# allies agreed …?": a claim that the deed is done, as "sudah" ("already") says it (not "Does
# NATO have a plan?", nor "hasn't", nor a perfect inside another question: "How had he
# described it?").
_PERFECT_EN = re.compile(
    r"^\W*(?:has|have|had)\s+(?:(?!not\b|to\b)\w+\s+){0,3}?(?:been|become|done|\w+ed|\w+en)\b",
    re.IGNORECASE,
)


def done_words(question: str) -> list[str]:
    """The question's words that ask for something done ("resmi", "sudah", "already", the
    English perfect "has become"), as written (chat's "udah" is not among them: the
    normalised "sudah" is shown then)."""
    words = re.findall(r"[A-Za-z]+", question)
    perfect = _PERFECT_EN.search(question)
    return list(
        dict.fromkeys(
            [
                *(
                    word
                    for word, following in zip(words, [*words[1:], ""], strict=True)
                    if _is_done_word(word.lower()) and following.lower() not in _TIME_TO
                ),
                *([perfect.group()] if perfect else []),
            ]
        )
    )


# "sudah saatnya", "sudah waktunya": it is time to do something, which claims nothing done
# ("Kuleba menyebut sudah saatnya ada kejelasan keanggotaan").
_TIME_TO = frozenset({"saatnya", "waktunya"})


def planned_words(evidence: str) -> list[str]:
    """The evidence's words that only agree to, plan or expect something, as written."""
    words = re.findall(r"[A-Za-z]+", evidence)
    return list(dict.fromkeys(w for w in words if w.lower() in _plans()))


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(_data()[kind])


@cache
def request_stems() -> frozenset[str]:
    """The stems of the Indonesian words that ask someone to do a deed ("meminta", "mendesak",
    "menyerukan"): one deed, asking, in whichever words."""
    # (verbs only: Sastrawi reads the noun "desakan" as "desa", a village; in the form words
    # are compared by: "memohon" is "minta")
    return frozenset(alias(stem(w)) for w in _words("requests") if is_verb_form(w))


@cache
def future_words() -> frozenset[str]:
    """Words that put a noun ahead in time ("pertemuan mendatang", "pekan depan"): time, not a
    deed ("mendatang" stems like "datang", to arrive)."""
    return _words("future")


@cache
def recipient_verbs_en() -> frozenset[str]:
    """English verbs whose who-question asks whom something was said, sent or given to ("Who
    did X tell …?", "Who did X send a message to?"): the one after "kepada" answers. (English
    words, not stems: "berterima" stems to "terima", to receive.)"""
    return _words("recipient_verbs_en")


def same_deed(deed: str) -> frozenset[str]:
    """A deed's stem with the other words for it: asking is one deed whichever verb says it
    ("Siapa yang meminta …?" against "Ia mendesak …")."""
    return request_stems() if deed in request_stems() else frozenset({deed})


@cache
def auxiliary_words() -> frozenset[str]:
    """Words that only say when or whether a deed happens ("dijadwalkan bertemu"): the deed
    asked about is the verb after them."""
    return frozenset(_data()["auxiliaries"])


@cache
def _plans() -> frozenset[str]:
    # Whole words, not stems: "setuju" stems to "tuju", which "menuju" and "tujuan" share.
    return frozenset(_data()["planned"])


@cache
def _plan_asked() -> frozenset[str]:
    """Words that ask what was planned or expected of an event, not what it produced."""
    return _plans() | _words("plan_asked")


def only_modal(word: str) -> bool:
    """A word that says a deed was planned, expected or wanted, not the deed itself: in
    "expected to approve" and "dijadwalkan bertemu" the deed is the verb after it."""
    return word.lower() in _words("plan_asked") | auxiliary_words()


def done_but_only_planned(
    question: str,
    evidence: str,
    asked_terms: Collection[str],
    purposes: bool = True,
    deed_terms: Collection[str] = (),
) -> list[str]:
    """ "Kapan Ukraina resmi menjadi anggota?" against "NATO sudah setuju Ukraina bergabung pada
    2018": the question asks when something was done, the evidence only agrees to or plans it.
    Returns the question's "done" words (resmi, sudah …) in that case, else nothing.

    The planning word must govern what was asked: one of the question's terms (stems) follows
    it within a few words ("setuju Ukraina", "akan menjadi anggota"); "Zelensky tiba … dan akan
    bertemu menteri" does not make "sudah tiba?" a plan. Evidence that itself says something was
    done ("resmi menjadi anggota", "telah tiba") is no plan, unless the done word only marks the
    plan ("sudah setuju") or is denied ("tidak pernah … jalur resmi"). A question that asks
    about the plan itself ("sudah setuju?") is not asked as done. `purposes`: a purpose counts
    as a plan too ("untuk membawa Ukraina ke keanggotaan"). `deed_terms`: the claim's verbs;
    one said before the plan word (in any word of its synonym group) tells the deed done, as
    the question's words after its done word do ("invasi Rusia membuat prospek Ukraina …" for
    "rusia nyerbu ukraina udah dari kapan")."""
    explicit = _said(question, "done")
    perfect = _PERFECT_EN.search(question) is not None
    done = explicit | ({stem("already")} if perfect else set())
    words = re.findall(r"[a-z]+", evidence.lower())
    asks_plan = any(w in _plans() for w in re.findall(r"[a-z]+", question.lower()))
    if not done or asks_plan or _says_done(words, asked_terms):
        return []
    stems = [stem(word) for word in words]
    # (in one form for synonyms: "invasi" tells "menyerbu")
    deeds = {alias(d) for d in (*done_deeds(question), *deed_terms)}
    stems_said = [alias(s) for s in stems]
    # (a deed claimed done only by the English perfect, "Has Ardi visited Oslo?", is its verb's:
    # the plan must govern that verb, not just a name of the claim, "berjanji memberi bantuan
    # bagi Oslo")
    governing = set(deed_terms) if perfect and not explicit and deed_terms else set(asked_terms)
    for position, word in enumerate(words):
        governed = stems[position + 1 : position + 1 + _PLAN_REACH]
        # "inisiatif … untuk membawa Ukraina ke keanggotaan": a purpose is a plan too. Neither
        # is, when the deed asked is said before it ("menyetujui peta jalan … rencana bantuan",
        # "menyetujui paket untuk membantu Ukraina").
        if not (word in _plans() or (purposes and _opens_a_purpose(words, position))):
            continue
        if set(governed) & governing and not deeds & set(stems_said[:position]):
            return sorted(done)
    return []


def _opens_a_purpose(words: list[str], position: int) -> bool:
    """ "untuk membawa …", "agar mereka …" open a purpose; not one of a deed just denied
    ("tidak pernah memberikan jalur resmi bagi Kyiv untuk mengurus keanggotaan": no path was
    given)."""
    following = words[position + 1] if position + 1 < len(words) else ""
    if words[position] not in _PURPOSES or not (
        words[position] in _PURPOSES_ALWAYS or is_verb_form(following)
    ):
        return False
    return not negated(" ".join(words[max(0, position - _PURPOSE_CLAUSE) : position]))


def purpose_words(evidence: str) -> list[str]:
    """The evidence's words that open a purpose ("untuk membawa …"), as written."""
    words = re.findall(r"[A-Za-z]+", evidence)
    lowered = [w.lower() for w in words]
    return list(dict.fromkeys(w for i, w in enumerate(words) if _opens_a_purpose(lowered, i)))


# Time words whose stem is a done word's: "setelah" (after) stems to "telah" (already). (Not
# fixed in the tokenizer's own stems: there it also moves what the planned-versus-done check
# reads, which changed 1 dev and 3 probe answers when tried.)
_AFTER = frozenset({"setelah", "sesudah"})


def _is_done_word(word: str) -> bool:
    return word not in _AFTER and stem(word) in _stems("done")


# Where a question starts to report what someone said: "… menegaskan bahwa …", "… said that …".
_REPORTED = re.compile(r"\b(?:bahwa|that)\b", re.IGNORECASE)


def done_deeds(question: str, firm_only: bool = False) -> list[str]:
    """ "Kenapa Ukraina resmi diterima …?", "Why was Ukraine officially admitted …?": the deed a
    done word vouches for, the first word after it that is no done word or auxiliary, as a
    stem. A reason can only be given for a deed the evidence says happened.

    `firm_only` (a date asked): only the firm words ("resmi", "officially") vouch, and only in
    the asker's own clause: "sudah berlangsung sejak" says how things stood, and "Kapan X
    menegaskan bahwa semua sudah sepakat" vouches in X's words."""
    if firm_only:
        question = _REPORTED.split(question, maxsplit=1)[0]
        merely = "|".join(map(re.escape, sorted(_words("done_merely"))))
        question = re.sub(rf"\b(?:{merely})\b", "", question, flags=re.IGNORECASE)
    written = re.findall(r"[A-Za-z]+", question)
    words = [w.lower() for w in written]
    deeds = []
    for position, word in enumerate(words):
        if not _is_done_word(word):
            continue
        # (function words and names carry no deed: "sudah ke Brussels" says where)
        candidates = (
            analyze(w)
            for w, as_written in zip(
                words[position + 1 : position + 1 + _PLAN_REACH],
                written[position + 1 : position + 1 + _PLAN_REACH],
                strict=True,
            )
            if not _is_done_word(w) and w not in auxiliary_words() and not as_written[:1].isupper()
        )
        deed = next((terms[0] for terms in candidates if terms), "")
        if deed:
            deeds.append(deed)
    return list(dict.fromkeys(deeds))


def asks_a_warning(question: str) -> bool:
    """ "Stoltenberg warned the West against creating a new dependence on which country?": a
    warning is told under a negation ("untuk tidak menciptakan ketergantungan baru"), which
    then says what was asked, not that it never happened."""
    return any(w in _words("warnings") for w in re.findall(r"[a-z]+", question.lower()))


# Verbs that carry a deed as their noun ("melakukan serangan", "menggelar pertemuan").
_LIGHT_VERBS = frozenset({"melakukan", "mengadakan", "menggelar", "melancarkan"})


# How many words before a request an acceptance still takes it ("menyetujui permintaan
# Stoltenberg", "agree to Stoltenberg's request").
_GRANT_REACH = 4


def _granted_at(words: list[str], requests: frozenset[str]) -> bool:
    """An acceptance word shortly before a request word: the request was granted (or asked
    whether it was)."""
    accepting = _words("acceptances")
    return any(
        word in requests and accepting & set(words[max(0, at - _GRANT_REACH) : at])
        for at, word in enumerate(words)
    )


def only_requested(question: str, evidence: str, verbs: frozenset[str] | set[str]) -> list[str]:
    """ "Did the US agree to let Ukraine strike Russian territory?" against "Ia mendesak Amerika
    Serikat … untuk mengizinkan Ukraina … melakukan serangan di wilayah Rusia": the deed asked
    about (one of the claim's `verbs`, as stems) is said only in what a request asks for, so it
    is asked for, not done. Returns the evidence's request word as written, else nothing.

    What a request asks for is the verb after its object ("meminta sekutu untuk menjanjikan"),
    with the verbs that go on from it to the end of the clause; a request for things ("meminta
    sistem pertahanan udara, rudal …") asks for no deed. A question that itself asks about a
    request or a wish ("Apakah Stoltenberg meminta …?", "What did he want …?") gets nothing."""
    requests = _words("requests")
    asked = re.findall(r"[a-z]+", question.lower())
    # (unless it asks whether the request was granted, "Did the US agree to his request to
    # …?": an acceptance word before the request; "Apakah Zelensky mendesak NATO menerima
    # Ukraina?" asks about the request, whose deed is an acceptance)
    about_the_request = any(w in requests or w in _words("wishes") for w in asked)
    if not verbs or (about_the_request and not _granted_at(asked, requests)):
        return []
    for clause in re.split(r"[;.]", evidence):
        written = re.findall(r"[A-Za-z]+|,", clause)
        lowered = [w.lower() for w in written]
        at = next((i for i, w in enumerate(lowered) if w in requests), None)
        if at is None or _granted_at(lowered, requests):
            continue  # (a request the evidence says was granted: "memenuhi permintaan …")
        after = written[at + 1 :]
        complement = next((i for i, w in enumerate(after) if w == "," or is_verb_form(w)), None)
        if complement is None or after[complement] == ",":
            continue
        asked_for = " ".join(after[complement:]).split(",")[0]
        # (and the deed a light verb carries as a noun: "untuk melakukan serangan" asks for the
        # attacking; other nouns, "pada pertemuan …", are the request's own setting)
        words = asked_for.split()
        carried = [after for before, after in pairwise(words) if before.lower() in _LIGHT_VERBS]
        deeds = {alias(t) for w in words if is_verb_form(w) or w in carried for t in analyze(w)}
        if verbs & deeds:
            return [written[at]]
    return []


def _says_done(words: list[str], asked_terms: Collection[str]) -> bool:
    """A done word that governs what was asked ("resmi menjadi anggota"); one about something
    else in the same quote ("kami telah mendiskusikannya") says nothing about it."""
    for position, word in enumerate(words):
        if not _is_done_word(word):
            continue
        before = words[max(0, position - _PLAN_REACH) : position]
        if negated(" ".join(before)):
            continue
        # "telah setuju …", "telah lama mendamba keanggotaan": the done word marks the plan or
        # the wish that stands between it and what was asked, not the thing itself.
        for word_after in words[position + 1 : position + 1 + _PLAN_REACH]:
            if word_after in _plans():
                break
            if stem(word_after) in asked_terms:
                return True
    return False


# What a claim orders its deed against, and the side it puts it on: "sebelum KTT berakhir" is
# denied by "setelah KTT NATO berakhir".
_ORDER_SIDES = {
    **dict.fromkeys(["sebelum", "menjelang", "jelang", "before", "ahead of", "prior to"], "before"),
    **dict.fromkeys(
        ["setelah", "sesudah", "usai", "seusai", "selepas", "sejak", "after", "following"],
        "after",
    ),
}


def order_side(word: str) -> str | None:
    """ "before" or "after" for a word that orders a deed against an event, else None."""
    return _ORDER_SIDES.get(word.lower())


def order_words(side: str | None = None) -> str:
    """The words that order a deed against an event, of one side or both, as a regex
    alternative (the longest first)."""
    words = [w for w, of in _ORDER_SIDES.items() if side in (None, of)]
    return "|".join(sorted(words, key=len, reverse=True))


def is_event_word(word: str) -> bool:
    """A word that names a meeting ("KTT", "pertemuan", "summit"): a place name after it is
    where the meeting was ("pertemuan Vilnius")."""
    return stem(word.lower()) in _stems("events") or word.lower() in _words("events")


def outcome_of_a_plan(question: str, evidence: str) -> list[str]:
    """ "What did the G7 meeting agree on?" against "Jerman juga menjadwalkan pertemuan G7 …":
    the question asks what an event decided or produced, the evidence only plans the event
    ("akan bertemu", "menjadwalkan pertemuan", "pertemuan puncak … bulan depan"), so no outcome
    of it can be reported there. Returns the evidence's words that put the event ahead, else
    nothing. A question about the plan itself ("Apa yang akan dibahas …?") is no such case."""
    asked = {stem(word) for word in re.findall(r"[a-z]+", question.lower())}
    # (an outcome word asks the outcome, though a plan may be agreed too: "sepakat apa")
    asks_plan = any(
        w in _plan_asked() and stem(w) not in _stems("outcomes")
        for w in re.findall(r"[a-z]+", question.lower())
    )
    if asks_plan or not asked & _stems("outcomes") or not asked & _stems("events"):
        return []
    words = re.findall(r"[a-z]+", evidence.lower())
    if any(
        stem(word) in _stems("outcomes") and not set(words[max(0, at - 2) : at]) & _plans()
        for at, word in enumerate(words)
    ):
        # the evidence itself says what was agreed or decided (not "akan mengumumkan")
        return []
    for position, word in enumerate(words):
        if stem(word) not in _stems("events"):
            continue
        before = words[max(0, position - _PLAN_REACH) : position]
        plans = [w for w in before if w in _plans()]
        if plans:
            return plans
        # A time phrase dates the event's own noun phrase ("pertemuan puncak … di Washington
        # bulan depan"), not what a verb after it does ("menyepakati anggaran tahun depan").
        after = words[position + 1 : position + 1 + _TIME_REACH]
        for index, later in enumerate(after):
            if is_verb_form(later):
                break
            if later in _CLAUSE_OPENERS or (later in _plans() and later not in auxiliary_words()):
                # "KTT itu setuju bahwa Ukraina … akan": an agreement, and a plan of another
                break
            if later in auxiliary_words() and later in _plans():
                # the event as the subject of a plan: "Pertemuan menteri luar negeri NATO di
                # Bucharest akan fokus pada …"
                return [later]
            if later == "mendatang" or (
                later in future_words() and index and after[index - 1] in _TIME_NOUNS
            ):
                return [f"{after[index - 1]} {later}" if later != "mendatang" else later]
    return []


# (chat's "paling cuma" is "at most just", "paling lambat" "at the latest", "paling sedikit"
# "at least"; English "not only", "most members": no rank)
_NOT_A_RANK = re.compile(
    r"\bpaling(?:-paling)?\s+(?:cuma|hanya|tidak|nggak|gak|ga|juga|lambat|cepat|sedikit)\b"
    r"|\b(?<!the )(?:most|least|only)\b"
)


_PALING = re.compile(r"\bpaling\s+([a-z]+)\b")
_MOST = re.compile(r"\bmost\s+([a-z]+)\b")


def unsaid_degree(question: str, evidence: str) -> list[str]:
    """ "Apakah Stoltenberg Sekjen dengan masa jabatan terlama?", "Which country gave the most
    …?", "Orban satu-satunya pemimpin yang menolak?": the question claims a rank or that one is
    the only one; evidence that ranks or singles out nothing does not say so. Returns the
    question's degree words, or nothing when the evidence has one too."""
    degree = _words("degree")
    claimed = _NOT_A_RANK.sub(" ", question.lower())
    asked = [w for w in re.findall(r"[a-z]+(?:-[a-z]+)?", claimed) if w in degree]
    ranks = degree | _words("ranks_said")
    written = set(re.findall(r"[a-z]+(?:-[a-z]+)?", evidence.lower()))
    # ("paling baru" is the evidence's "terbaru": the same superlative, written with ter-)
    # ("paling ramai" is "teramai": ter- drops its r before one)
    superlatives = {
        f"te{adjective}" if adjective.startswith("r") else f"ter{adjective}"
        for adjective in _PALING.findall(claimed)
    }
    said = written & (ranks | superlatives)
    return [] if said or not asked else list(dict.fromkeys(asked))


def degree_not_given(question: str, evidence: str) -> list[str]:
    """ "Siapa penyumbang terbesar …?", "Who was the biggest donor …?": a wh-question asks for
    what holds a rank, which only evidence giving that same rank answers ("terbesar"; "paling
    besar"; an English superlative in the articles' words through the glossary), not one that
    ranks something else ("minggu terburuk"). Returns the question's degree words, or nothing
    when the evidence gives one of them or the question asks none."""
    degree = _words("degree")
    claimed = _NOT_A_RANK.sub(" ", question.lower())
    asked = [w for w in re.findall(r"[a-z]+(?:-[a-z]+)?", claimed) if w in degree]
    if not asked:
        return []
    written = evidence.lower()
    forms = {
        form for word in asked for form in (word, *indonesian_for(word).split()) if form != "paling"
    } | {f"ter{adjective}" for adjective in _PALING.findall(claimed)}
    # ("the most important": its adjective in the articles' words, "terpenting")
    forms |= {
        f"ter{gloss}"
        for adjective in _MOST.findall(claimed)
        for gloss in indonesian_for(adjective).split()
    }
    forms |= {f"paling {form[3:]}" for form in forms if form.startswith("ter")}
    # (or a rank said in other words: "penyokong utama" for "pendukung terbesar"; a synonym's
    # superlative, "terburuk" for "paling parah")
    forms |= _words("ranks_said")
    given = any(re.search(rf"\b{re.escape(form)}\b", written) for form in forms)
    return (
        []
        if given or _superlatives(claimed) & _superlatives(written)
        else list(dict.fromkeys(asked))
    )


def _superlatives(text: str) -> set[str]:
    """The adjectives a text puts in the superlative, "terburuk", "paling parah", in one form
    per synonym group."""
    adjectives = _PALING.findall(text) + [
        word[3:] for word in re.findall(r"\bter[a-z]+", text) if word in _words("degree")
    ]
    return {alias(stem(adjective)) for adjective in adjectives}


# A comparison claimed: "lebih lama dari(pada)", "more troops than", "longer than". Not an order
# in time ("lebih dulu", "earlier than"), which dates answer.
_COMPARED = re.compile(
    r"\blebih\s+(?!dulu\b|dahulu\b|awal\b|cepat\b|lambat\b|akhir\b)\w+(?:\s+\w+)?\s+"
    r"(?:dari(?:pada)?|dibanding(?:kan)?)\b"
    r"|\b(?!earlier\b|later\b|sooner\b)(?:\w+er|more\s+\w+|less\s+\w+|fewer\s+\w+)\s+than\b",
    re.IGNORECASE,
)
_COMPARES = re.compile(r"\b(?:lebih|daripada|dibanding\w*|ketimbang|than)\b", re.IGNORECASE)


def unsaid_comparison(question: str, evidence: str) -> list[str]:
    """ "Was the October trip longer than the one in July?": a comparison the evidence does not
    make (no "lebih", "daripada", "dibanding") is not confirmed, nor denied, by a date or a
    number of one side. Returns the comparing words as written, or nothing."""
    claimed = _COMPARED.search(question)
    if not claimed or _COMPARES.search(evidence):
        return []
    return [claimed.group().split()[0]]


# A done word and the deed after it, to the clause's end: "resmi memperpanjang masa jabatannya".
_DONE_DEED = re.compile(r"\b(?:resmi|sudah|telah|akhirnya)\s+([\w-]+)[^,;.]*", re.IGNORECASE)
# ... unless denied just before it: "belum resmi …", "tidak jadi …".
_NOT_BEFORE = re.compile(r"\b(?:belum|tidak|tak|bukan|batal)\s+(?:\w+\s+)?$", re.IGNORECASE)


def cancelled_deed_done(claim: str, evidence: str) -> str:
    """The evidence's words that say done the deed a claim says was called off ("resmi
    memperpanjang masa jabatannya" for "Apakah Stoltenberg batal memperpanjang masa
    jabatannya?", "Did Stoltenberg refuse to extend his term?"); "" when the claim cancels or
    refuses nothing or the evidence does not say its verb done. An English verb is read through
    the glossary ("extend" -> "memperpanjang")."""
    # (English puts "to" before the verb: "refuse to extend")
    words = [w for w in re.findall(r"[\w'’-]+", claim) if w.lower() != "to"]
    verbs = {
        following for word, following in pairwise(words) if word.lower() in _words("cancellations")
    }
    stems = {stem(v.lower()) for v in verbs} | {
        stem(gloss) for v in verbs for gloss in indonesian_for(v.lower()).split()
    }
    for found in _DONE_DEED.finditer(evidence):
        if stem(found.group(1).lower()) in stems and not _NOT_BEFORE.search(
            evidence[: found.start()]
        ):
            return found.group().strip()
    return ""
