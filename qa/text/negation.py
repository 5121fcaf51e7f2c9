"""Negation in Indonesian (and English) sentences: the one list of words that deny a claim,
shared by yes/no answers and the answer/abstain decision."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from qa.text.glossary import indonesian_for, translate_terms
from qa.text.normalize import alias
from qa.text.tokens import analyze

# Words that turn a negation before them into an affirmation: "tidak ragu mengirim", "tak segan",
# "tidak lupa memberikan" (gave), also past an auxiliary ("tidak akan ragu memveto" will veto).
NEGATION_TURNED = ("ragu", "segan", "sungkan", "lupa")
NEGATION = re.compile(
    # "tak lama setelah", "tidak hanya", "bukan hanya", "tak sedikit" deny nothing
    r"\b(?:(?:tidak|bukan|tak)(?!\s+(?:lama|hanya|sedikit|lain|saja|(?:(?:akan|pernah|mau)\s+)?"
    rf"(?:{'|'.join(NEGATION_TURNED)}))\b)\b"
    r"|belum|menolak|menampik|enggan|gagal|menyangkal|membantah|berhenti|tanpa|not|no"
    # "bebas dari masalah" (free of problems) says there are none; "bebas dari penjara"
    # (released from prison) denies nothing
    r"|(?:bebas|lepas) dari (?:masalah|kendala|hambatan|ancaman|risiko|gangguan|kesulitan)"
    r"|free (?:of|from) (?:problems?|issues?|threats?|risks?|trouble)|without|"
    # (every English "n't": "Why won't Orban send troops?" denies as "didn't" does; chat drops
    # the apostrophe: "why orban dont want …")
    r"never|nobody|(?:wo|ca|do|does|did|is|are|was|were|has|have|had|would|could|should|must|need)"
    r"n['’]?t|cannot|did not|den(?:y|ies|ied)|refus(?:e|es|ed|ing)|reject(?:s|ed)?"
    # (the noun too, of a deed: "NATO's failure to give a timeline" gave none)
    r"|fail(?:s|ed|ing)?|(?:failure|refusal)(?=\s+to\b))\b",
    re.IGNORECASE,
)
# Words that deny a claim someone made or a deed they are said to have done ("Ia menyangkal
# niatnya …"), unlike a refusal ("menolak"), which a question may ask the reason for.
DENIAL = re.compile(r"\b(?:menyangkal|membantah|disangkal|dibantah|denie[sd]|deny)\b", re.I)
# How many words before a word a negation still denies it ("tidak akan memveto").
NEGATION_REACH = 3


def outside_denials(text: str) -> str:
    """The text with what each negation denies left out: the rest of its clause (up to the
    next punctuation, dash or time/reason clause: "… untuk tidak menciptakan ketergantungan baru
    pada China saat mereka mengurangi …"), the negation itself kept. Unlike `undenied`, however
    far the denied words reach: "berhenti mengambil langkah konkret seperti memberi Kyiv …"
    stops the giving."""
    return _DENIED_CLAUSE.sub(lambda m: m.group(1), text)


_DENIED_CLAUSE = re.compile(
    rf"({NEGATION.pattern})[^,;.:]*?"
    r"(?=[,;.:]|\s[-–—]\s|\s(?:saat|ketika|sementara|karena|sehingga|setelah|sebelum|sejak"
    r"|when|while|because|after|before)\b|$)",
    re.I,
)


def undenied(text: str) -> str:
    """The text without the words a negation just before them denies: "Hongaria berjanji tidak
    akan memveto usulan" -> "Hongaria berjanji tidak". What it says, not what it rules out."""
    words = re.findall(r"[\w'’-]+", text)
    reached = _in_reach_of_a_negation(words)
    return " ".join(word for word, denied in zip(words, reached, strict=True) if not denied)


def _in_reach_of_a_negation(words: list[str]) -> list[bool]:
    """For each word, whether a negation starts within `NEGATION_REACH` words before it, each
    negation read with the words after it ("tak lama setelah" is none)."""
    starts = [bool(NEGATION.match(" ".join(words[k : k + 4]))) for k in range(len(words))]
    return [
        any(starts[max(0, position - NEGATION_REACH) : position]) for position in range(len(words))
    ]


def denied_words(text: str) -> list[str]:
    """The words a negation in the text denies: "Mengapa Zelensky tidak hadir di KTT?" ->
    ["hadir", "di", "KTT"]; none when nothing is denied."""
    words = re.findall(r"[\w'’-]+", text)
    reached = _in_reach_of_a_negation(words)
    return [
        word
        for word, denied in zip(words, reached, strict=True)
        if denied and not NEGATION.fullmatch(word)
    ]


def denial_of(text: str, stems: Collection[str]) -> str:
    """The stretch of the text from a negation to the first word it denies whose analysed
    stem is among `stems` ("menolak pengiriman"); "" when there is none, or when the negation
    is itself negated or denies holding back ("tidak berhenti menyerang", "tak ragu mengirim").
    """
    words = list(re.finditer(r"[\w'’-]+", text))
    for position, word in enumerate(words):
        if not set(analyze(word.group())) & set(stems):
            continue
        for back in range(max(0, position - NEGATION_REACH), position):
            negated = back > 0 and NEGATION.fullmatch(words[back - 1].group())
            doubted = words[back + 1].group().lower() in _NEGATED_DOUBTS
            if NEGATION.fullmatch(words[back].group()) and not negated and not doubted:
                return text[words[back].start() : word.end()]
    return ""


# "tidak berhenti menyerang", "tak ragu mengirim": a negation of a word of holding back
# affirms the deed after it.
_NEGATED_DOUBTS = frozenset("berhenti henti ragu segan gagal lupa pernah".split())


def denied_in_clause(text: str) -> set[str]:
    """The analysed words after the text's first negation, however far, up to the end of its
    clause: what a question denies of its own claim ("supaya tidak menjegal usulan … dengan hak
    veto"), past the few words `denied_terms` reaches."""
    found = NEGATION.search(text)
    if found is None:
        return set()
    clause = re.split(r"[,;:]", text[found.end() :], maxsplit=1)[0]
    return {alias(t) for t in analyze(clause)}


def refused_in_passive(question: str, evidence: str) -> set[str]:
    """The analysed words of the clause a passive refusal in the question follows, where the
    evidence refuses them: "Pengiriman tentara ke Ukraina ditolak tegas oleh …?" refuses the
    sending as "Orban menolak pengiriman tentara" does. Nothing where the evidence only denies
    them otherwise ("Hak veto ditolak oleh siapa?" against "berjanji tidak akan memveto") or
    refuses something else ("Intervensi NATO … ditolak oleh siapa?" against "menolak pengiriman
    tentara … jika NATO melakukan intervensi")."""
    found = _PASSIVE_REFUSAL.search(question)
    if found is None:
        return set()
    clause = re.split(r"[,;:]|\b(?:yang|yg)\b", question[: found.start()])[-1]
    refused = {alias(t) for t in analyze(clause)}
    return refused if _REFUSING.match(denial_of(evidence, refused)) else set()


# The verbs of refusing and of denying, active and passive: one list for the premise check here
# and for yes/no polarity (`qa.answer.extract.extract_polarity`).
_REFUSING_ACTIVE = "menolak|menampik"
_REFUSING_PASSIVE = "ditolak|ditampik"
_DENYING_ACTIVE = "membantah|menyangkal"
_DENYING_PASSIVE = "dibantah|disangkal"
# A refusal, either voice ("Orban menolak …", "… ditolaknya").
REFUSAL = re.compile(rf"\b(?:{_REFUSING_ACTIVE}|{_REFUSING_PASSIVE})(?:nya)?\b", re.IGNORECASE)
# A refusal named by its noun, which a question takes for given ("… atas penolakan Hongaria
# mengirim tentara", "over Hungary's refusal to send troops").
REFUSAL_NOUN = re.compile(r"\b(?:penolakan(?:nya)?|refusal|rejection)\b", re.IGNORECASE)
# A refusal in the passive with its refuser after it ("ditolak oleh Orban").
REFUSAL_BY = re.compile(rf"\b(?:{_REFUSING_PASSIVE})\s+oleh\b", re.IGNORECASE)
# A refusal or denial in the passive, whose subject is what was refused, and one in the active.
_PASSIVE_REFUSAL = re.compile(rf"\b(?:{_REFUSING_PASSIVE}|{_DENYING_PASSIVE})\b", re.IGNORECASE)
_REFUSING = re.compile(rf"(?:{_REFUSING_ACTIVE}|{_DENYING_ACTIVE})\b", re.IGNORECASE)


def denied_terms(text: str, english: bool = False) -> set[str]:
    """The analysed words (stems, in the articles' forms) a negation in the text denies; an
    English text's in the articles' Indonesian (its articles and "to" take no room in a
    negation's reach: "not to veto the proposal" denies the proposal as "tidak akan memveto
    usulan" does)."""
    words = " ".join(denied_words(_ENGLISH_FILLERS.sub(" ", text) if english else text))
    if english:
        # "NATO gave no timeline" denies the giving as "NATO did not give a timeline" does (the
        # articles' "tidak memberikan batas waktu")
        words += " " + " ".join(
            verb for verb in _VERB_BEFORE_NO.findall(text) if not _REPORTING_EN.fullmatch(verb)
        )
    return {alias(t) for t in analyze(translate_terms(words) if english else words)}


def without_glossed_denials(claim_en: str, sentence: str) -> tuple[str, str]:
    """An English claim and an Indonesian sentence without the negated phrase both say: an
    English word whose Indonesian is a negated phrase ("non-lethal": "tidak mematikan",
    "absurd": "tidak masuk akal") carries no English negation, so "the non-lethal aid" read
    against "bantuan tidak mematikan" would look like a claim that denies nothing beside a
    sentence that denies. Where the sentence says that phrase, neither side keeps it."""
    for word, gloss in _glossed_denials(claim_en):
        said = re.compile(rf"\b{re.escape(gloss)}\b", re.IGNORECASE)
        if said.search(sentence):
            claim_en = re.sub(rf"\b{re.escape(word)}\b", " ", claim_en)
            sentence = said.sub(" ", sentence)
    return claim_en, sentence


@lru_cache(maxsize=256)
def _glossed_denials(claim_en: str) -> tuple[tuple[str, str], ...]:
    """The claim's words whose Indonesian is a negated phrase, with it (cached: the claim is
    read against every candidate sentence)."""
    words = set(re.findall(r"[A-Za-z][A-Za-z-]*", claim_en))
    glossed = ((word, indonesian_for(word.lower())) for word in sorted(words))
    return tuple((word, gloss) for word, gloss in glossed if " " in gloss and NEGATION.match(gloss))


def denied_among(text: str, shared: Collection[str]) -> set[str]:
    """`denied_terms` of an Indonesian text read in the words it shares with another (`shared`,
    analysed): its other content words take no room in a negation's reach, so "tidak akan
    menggunakan hak vetonya" denies the veto as "tidak akan memveto" does. (Clause by clause:
    "tidak ditutup, tetapi limbahnya diolah" denies no treating.)"""
    denied: set[str] = set()
    for clause in _CLAUSE_BOUNDARY.split(text):
        kept = [
            word
            for word in re.findall(r"[\w'’-]+", clause)
            if NEGATION.match(word)
            or word.lower().split("-")[0] in NEGATION_TURNED  # (never out of its reach)
            or not (forms := analyze(word))
            or set(forms) & set(shared)
        ]
        denied |= denied_terms(" ".join(kept))
    return denied & set(shared)


_CLAUSE_BOUNDARY = re.compile(
    r"[,;:.!?]|\b(?:tetapi|tapi|namun|melainkan|sedangkan|padahal|but)\b", re.IGNORECASE
)


_ENGLISH_FILLERS = re.compile(r"\b(?:to|the|a|an)\b", re.IGNORECASE)
# Verbs that report a clause, whose "no" denies the clause's deed, not the saying ("Did
# Stoltenberg say no date was set?").
_REPORTING_EN = re.compile(
    r"(?:say|says|said|admit\w*|claim\w*|announc\w*|stat\w*|report\w*|think|thinks|thought"
    r"|believ\w*|insist\w*|know|knew|knows|confirm\w*|add|added|adds)",
    re.IGNORECASE,
)
# (a named object may stand between: "gave Ukraine no timeline")
_VERB_BEFORE_NO = re.compile(
    r"\b([a-z][\w'’-]*)\s+(?:[A-Z][\w'’-]*\s+)?(?i:no)\b(?!\s+(?i:one|longer)\b)"
)


# "bantuan yang tidak mematikan" (non-lethal aid): a negation that describes a noun, denying
# nothing of a claim that does not speak of it ("Apakah menteri bertemu di Bucharest?"); one of a
# word the claim says ("anggota yang tidak menyetujui …" for "menyetujui"), or of a deed to come
# ("negara yang tidak akan mengirim pasukan"), still denies.
_DESCRIBING = re.compile(r"\byang\s+(?:tidak|tak)\s+([\w-]+)", re.IGNORECASE)
_DEED_AUXILIARIES = frozenset({"akan", "bisa", "dapat", "mau", "ingin", "pernah", "boleh"})


def without_describing_negations(text: str, claimed: Collection[str]) -> str:
    """The text without negations describing a noun with a word that is not `claimed` (the
    claim's analysed words)."""

    def describing(match: re.Match[str]) -> str:
        word = match.group(1).lower()
        if word in _DEED_AUXILIARIES or set(analyze(word)) & set(claimed):
            return match.group()
        return " "

    return _DESCRIBING.sub(describing, text)


def negated(text: str) -> bool:
    """The text denies or refuses something ("tidak", "belum", "menyangkal", "not")."""
    return NEGATION.search(text) is not None


# "Tidak ada yang tahu kapan dan bagaimana perang ini akan berakhir", "belum diketahui siapa
# penggantinya": the report says the thing is not known (yet); asked when the war ends, that
# is the article's answer, not a date from another sentence. Groups: the question word, then
# what it is said of (to the clause's end).
NOT_KNOWN = re.compile(
    r"\b(?:(?:tidak|tak|belum) (?:ada )?(?:(?:yang|seorang pun(?: yang)?) )?(?:tahu|mengetahui"
    r"|bisa memastikan|dapat memastikan)|(?:belum|tidak|tak) (?:diketahui|jelas|dipastikan|pasti)"
    r"|no one knows|nobody knows|(?:it is|it's) (?:not |un)clear|unknown)"
    r"\s+(?:(?:secara )?pasti\s+)?"
    r"(kapan|bagaimana|siapa|berapa|di mana|ke mana|mengapa|kenapa|apakah|when|how|who|where"
    r"|why|whether)\b((?:,?\s+(?:dan|atau)\s+\w+,?)?[^.;:,]*)",
    re.IGNORECASE,
)

# "… dicabut untuk menghindari government shutdown": what a deed was done to avoid or prevent
# did not happen (the words after the verb, to the clause's end).
AVOIDING_VERBS = ("menghindari", "menghindarkan", "mencegah")
AVOIDED = re.compile(
    rf"\b(?:{'|'.join(AVOIDING_VERBS)}|agar tidak|supaya tidak"
    r"|to (?:avoid|prevent|avert)|avoid(?:ing)?|prevent(?:ing)?)\s+"
    r"((?:(?!\b(?:dan|serta|sedangkan|yang|and|while|which)\b)[^.;:,()])*)",
    re.IGNORECASE,
)
