"""Questions as they were meant: Unicode and control characters tidied, chat Indonesian turned
into standard words, known spellings and synonyms mapped to the articles' forms, and typos in
names matched against the corpus's own vocabulary.

Slang goes through indoNLP's maintained dictionary (`replace_slang`); `data/slang.json` only holds
what it misses or maps to a non-word ("ngomong" -> "mengomong"). Aliases live in
`data/aliases.json`, not in code.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Collection, Iterator
from functools import cache
from pathlib import Path

from indoNLP.preprocessing import replace_slang
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from qa.text.asked import WH_WORD, names_a_person, office_nouns, person_nouns
from qa.text.glossary import indonesian_for
from qa.text.places import (
    capital_of,
    capital_phrase_pattern,
    country_of_capital,
    governing_capital_pattern,
    is_country,
    place_pattern,
    same_country,
)
from qa.text.tokens import (
    alias_data,
    analyze,
    fold_accents,
    is_english_word,
    is_indonesian_word,
    is_verb_form,
    root_words,
    stem,
    stopwords,
    synonym_groups,
)

_DATA = Path(__file__).with_name("data")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A typo fix must be close (one or two letters in a name) and the word long enough that a close
# match is not a different word ("lima" vs "lama").
FUZZY_MIN_SCORE = 85.0
# A given name's spellings differ more across languages ("Dmitry", "Dmytro"): how close one
# typed before a surname the articles use must be to theirs.
GIVEN_NAME_MIN_SCORE = 65.0
FUZZY_MIN_LENGTH = 5


@cache
def _slang() -> dict[str, str]:
    data = json.loads((_DATA / "slang.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@cache
def _aliases() -> tuple[dict[str, str], dict[str, str]]:
    data = alias_data()
    return data["phrases"], data["words"]


@cache
def _acronyms(english: bool) -> tuple[dict[str, str], re.Pattern[str]]:
    """The acronyms a question in that language spells out: English ones ("the US") only in
    English (in Indonesian "UN" is also Ujian Nasional), Indonesian ones ("UE") in both."""
    data = alias_data()
    table = {**data["acronyms_id"], **(data["acronyms"] if english else {})}
    forms = "|".join(map(re.escape, sorted(table, key=len, reverse=True)))
    return table, re.compile(rf"(?<![\w.])(?:{forms})(?![\w])")


@cache
def _phrase_pattern() -> re.Pattern[str]:
    phrases, _ = _aliases()
    longest_first = sorted(phrases, key=len, reverse=True)
    # (with its clitic: "hak tolaknya" is "hak vetonya")
    alternatives = "|".join(map(re.escape, longest_first))
    # (whole words, also a phrase that ends in a full stop: "Washington D.C.")
    return re.compile(rf"(?<!\w)({alternatives})(nya)?(?!\w)", re.IGNORECASE)


@cache
def _synonyms() -> dict[str, str]:
    """Each word of a synonym group (as written and as stemmed) -> the group's first stem."""
    table: dict[str, str] = {}
    for group in synonym_groups():
        representative = stem(group[0])
        for word in group:
            for key in (word, stem(word)):
                # A word (or stem) in two groups would silently take the later one.
                if table.get(key, representative) != representative:
                    raise ValueError(f"synonyms.json: {key!r} ada di dua kelompok")
                table[key] = representative
    return table


@cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """Single words the phrase table writes out in several ("sekjen" -> Sekretaris Jenderal),
    each with the analysed words of what it stands for."""
    phrases, _ = _aliases()
    return {
        key.lower(): tuple(analyze(value))
        for key, value in phrases.items()
        if " " not in key and " " in value
    }


def written_out(word: str) -> tuple[str, ...]:
    """The analysed words an abbreviation stands for ("sekjen" -> sekretaris, jenderal); ()
    for any other word. Questions are rewritten whole; a sentence's "sekjen NATO" is compared
    by both forms."""
    return _abbreviations().get(word.lower(), ())


def alias(word: str) -> str:
    """The articles' form of one word ("Zelenskyy" -> "zelensky", "Hungary" -> "hongaria"), and
    one form for synonyms ("lembaga" and "badan" -> badan), so question and sentence words
    compare equal whichever the asker or the reporter chose."""
    lowered = word.lower()
    found = _aliases()[1].get(lowered, lowered)
    return _synonyms().get(found, found)


@cache
def _group_words() -> dict[str, tuple[str, ...]]:
    """Each synonym group's representative stem -> the group's words, one per stem."""
    words: dict[str, dict[str, str]] = {}
    for group in synonym_groups():
        for word in group:
            words.setdefault(stem(group[0]), {}).setdefault(stem(word), word)
    return {key: tuple(by_stem.values()) for key, by_stem in words.items()}


def written_forms(term: str) -> list[str]:
    """The words news may write for one compared term (`alias`'s form): its synonym group's
    words ("ancam" -> ancaman, memperingatkan, …) and the spellings that alias to it
    ("zelensky" -> zelenskyy), itself first. For a keyword (BM25) query, which matches words as
    written, built from compared terms."""
    return list(
        dict.fromkeys([term, *_group_words().get(term, ()), *_spellings_of().get(term, ())])
    )


@cache
def _spellings_of() -> dict[str, tuple[str, ...]]:
    """Each word's form -> the words that alias to it ("zelensky" -> zelenskyy, zelenskiy, …):
    read once, not searched per question."""
    spellings: dict[str, list[str]] = {}
    for word, found in _aliases()[1].items():
        spellings.setdefault(found, []).append(word)
    return {found: tuple(words) for found, words in spellings.items()}


def lexical_expansion(text: str, unheard: Collection[str]) -> str:
    """The words news writes for the text's `unheard` words (stems no article uses): the other
    members of their synonym groups ("dicemaskan" -> khawatir, takut). Added to the keyword
    (BM25) query, which matches words as written: a word no article uses finds nothing there,
    its synonyms may. Words the articles use are left as asked (expanding them too drowned the
    asked words in their synonyms' matches); the embedding and the answer step already compare
    meanings and canonical forms."""
    stems = set(analyze(text))
    extra: list[str] = []
    for token in stems & set(unheard):
        representative = _synonyms().get(token)
        if representative is not None:
            extra += [w for w in _group_words()[representative] if stem(w) not in stems]
    return " ".join(dict.fromkeys(extra))


def clean_text(text: str) -> str:
    """NFKC, control characters out, whitespace collapsed."""
    normalized = unicodedata.normalize("NFKC", text or "")
    return " ".join("".join(c if c.isprintable() else " " for c in normalized).split())


def _keep_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# "ngaku gak sih nyerang ...": the chat yes/no tag "gak sih" asks whether, like "gak kalau";
# dropping "sih" (a filler) would leave "tidak" to negate the claim.
_WHY = re.compile(r"\b(?:mengapa|kenapa|knp|napa|kok|ngapain)\b", re.IGNORECASE)
# (not before a "kalau" of the asker's own: "ngaku gk sih kalo …")
_TAG_SIH = re.compile(
    r"\b(nggak|ngga|enggak|engga|gak|ga|gk|tidak|tdk)\s+sih\b(?!\s+(?:kalo|kalau|klo|bahwa)\b)",
    re.IGNORECASE,
)


# Jakarta chat verbs: a nasal prefix and "-in" or "-kan" ("ngurangin", "ngebatalin", "nyariin",
# "ngeloloskan"), or "nge-" alone ("ngelunak"), for the
# standard "me-" verb with "-kan" ("mengurangkan", "membatalkan", "mencarikan"), for those
# indoNLP's dictionary does not list. The nasal swallows the root's first consonant: "nyari"
# is cari, "ngirim" kirim, "nulis" tulis, "mukul" pukul; a candidate root counts only when the
# dictionary has it.
# "menlu2", "negara2": a plural typed with a 2 (`_chat_plural`).
_CHAT_PLURAL = re.compile(r"\b([^\W\d_]{3,})2\b")
# "satu2nya", "masing2nya", "gelap2an": a reduplicated word with its suffix, written with "2".
# (The whole word is repeated, a prefix too: "kekanak2an" -> "kekanak-kekanakan"; telling a
# prefix from a root that begins like one, "senang", needs more than the dictionary here.)
_CHAT_REDUPLICATED = re.compile(r"\b([^\W\d_]{3,})2(nya|an)\b")
_CHAT_VERB = re.compile(r"(nge|ng|ny|n|m)([a-z]{3,}?)(in|kan)?")
_SWALLOWED = {"nge": ("",), "ng": ("k", ""), "ny": ("s", "c"), "n": ("t", ""), "m": ("p", "")}


def _me_form(root: str) -> str:
    """The standard "me-" verb of a root: kurang -> mengurang, pukul -> memukul, cari -> mencari."""
    first, rest = root[:1], root[1:]
    dropped = {"k": "meng", "p": "mem", "t": "men", "s": "meny"}
    if first in dropped:
        return dropped[first] + rest
    if first in "bfv":
        return "mem" + root
    if first in "cdjz":
        return "men" + root
    if first in "lmnrwy":
        return "me" + root
    return "meng" + root


def _chat_verb(lowered: str) -> str:
    match = _CHAT_VERB.fullmatch(lowered)
    if not match or is_indonesian_word(lowered) or replace_slang(lowered) != lowered:
        return ""
    prefix, rest, suffix = match.groups()
    if not suffix and prefix not in {"nge", "ng", "ny"}:
        # "nge-", "ng-", "ny-" mark a chat verb without "-in" ("ngelunak", "ngirim",
        # "nyangkal": dictionary words such as "nyata" or "ngeri" are left above); a bare
        # "n-" or "m-" does not: "nato" is no verb
        return ""
    base = replace_slang(prefix + rest)  # "nyariin": indoNLP knows "nyari" -> mencari
    if base != prefix + rest and " " not in base:
        return f"{base}{'kan' if suffix else ''}"
    roots = (swallowed + rest for swallowed in _SWALLOWED[prefix])
    root = next((r for r in roots if r in root_words()), "")
    return f"{_me_form(root)}{'kan' if suffix else ''}" if root else ""


def _chat_suffix(lowered: str) -> str:
    """Jakarta "-in" on a root, bare or passive: "setujuin" -> menyetujui (chat drops the
    active prefix: "sekutu janjiin apa" is what the allies promise), "diresmiin" -> diresmikan.
    The "-i" form unless the root ends in "i" ("diresmii" is no word); the dictionary check
    reads stems, so "dijualin" becomes "dijuali", not "dijualkan": the same stem either way,
    which is all the answer step compares."""
    if not lowered.endswith("in") or is_indonesian_word(lowered):
        return ""
    passive = "di" if lowered.startswith("di") and _chat_root(lowered[2:-2]) else ""
    base = _chat_root(lowered[len(passive) : -2])
    if len(base) < 3:
        return ""
    prefixed = f"{passive}{base}" if passive else _me_form(base)
    # (a root ending in "i" takes "-kan": "resmi" -> "diresmikan", never "diresmii")
    forms = [f"{prefixed}kan"] if base.endswith("i") else []
    forms += [f"{prefixed}i", f"{prefixed}kan"]
    return next(f for f in forms if is_indonesian_word(f) or f == forms[-1])


def _chat_root(word: str) -> str:
    """The root a chat "-in" verb is made on, in standard spelling ("dateng" in "datengin" is
    datang), or "" when it is none."""
    if is_indonesian_word(word):
        return word
    standard = replace_slang(word)
    # (not a verb already: indoNLP reads "nyoba" as "mencoba", whose "-in" form is that verb)
    root = " " not in standard and is_indonesian_word(standard) and not is_verb_form(standard)
    return standard if root else ""


def is_chat_word(word: str) -> bool:
    """A word of chat Indonesian ("brp", "nyerang", "sih"): in our slang data or indoNLP's."""
    lowered = word.lower()
    return lowered in _slang() or replace_slang(lowered) != lowered


def _words_read_whole() -> re.Pattern[str] | None:
    """`slang.json`'s words mapped to themselves and its phrases, as one capturing pattern
    (None if none; longest first, so a phrase is read whole)."""
    kept = sorted(
        (word for word, standard in _slang().items() if word == standard or " " in word),
        key=len,
        reverse=True,
    )
    if not kept:
        return None
    return re.compile(rf"\b({'|'.join(map(re.escape, kept))})\b", re.IGNORECASE)


_READ_WHOLE = _words_read_whole()


def _standard_word(word: str, first: bool = False) -> str:
    """One chat word in standard form, also with "-nya" ("nulisnya" -> "menulisnya"): our data
    first, then indoNLP's dictionary. `first`: the word opens the question (capitalised there
    whatever it is)."""
    lowered = word.lower()
    slang = _slang()
    if lowered in slang:
        return _keep_case(word, slang[lowered])
    # (a capitalised word past the first is a name, "Ngurah", not chat's "ngirim")
    name = word[:1].isupper() and not first
    verb = "" if name else _chat_verb(lowered) or _chat_suffix(lowered)
    if verb:
        return _keep_case(word, verb)
    base = lowered[:-3] if lowered.endswith("nya") else ""
    if len(base) > 2 and not is_indonesian_word(lowered):
        standard = slang.get(base) or replace_slang(base)
        if standard and standard != base and " " not in standard:
            return _keep_case(word, f"{standard}nya")
        if indonesian_for(base) and not is_indonesian_word(base):
            # an English word with the suffix, as chat mixes them ("membernya", "meetingnya"):
            # the English word, read as one where it stands alone
            return _keep_case(word, base)
    return word


# "stoltenberg baru aja ngapain ...": after its subject "ngapain" asks what was done; opening
# a question ("ngapain dia ke sana"), after a particle ("kok ngapain", "terus ngapain") or
# before the deed it asks about ("zelensky ngapain dateng ke markas nato", why he came) it asks
# why (slang.json's "mengapa").
_DOING_WHAT = re.compile(
    r"(?<=\w )(?<!kok )(?<!emang )(?<!memang )(?<!terus )(?<!trus )(?<!tapi )(?<!jadi )"
    r"(?<!lalu )ngapain\b"
    r"(?=\s*(?:$|[?.!,]|(?:aja|saja|sih|ya|tuh|di|pas|saat|waktu|ketika|selama|sama|dengan|dgn"
    r"|bareng|bersama|kemarin|hari|tadi|lagi|sebelum|sebelumnya|setelah|sesudah|abis|habis|usai"
    r"|menjelang|jelang|sejak|begitu|soal|tentang|terkait|mengenai|atas)\b))",
    re.IGNORECASE,
)


# "presiden prancis yg ikut kasih jaminan siapa namanya": chat asks who last, after the
# person it describes; the subject opens with a person noun.
_WHO_LAST = re.compile(
    r"^\s*(?P<subject>[^\W\d_]+(?:\s+[\w-]+){0,3}?)\s+(?P<rest>(?:yang|yg)\b.*?)\s*,?\s+"
    r"siapa(?:kah)?(?P<name>\s+nama(?:nya)?)?(?:\s+(?:sih|ya|dia|tuh|itu|dong))*\s*\??\s*$",
    re.IGNORECASE,
)


@cache
def _describing_nouns() -> frozenset[str]:
    """The words that open a description of a person (data/person_nouns.json)."""
    kinds = ("titles", "heads", "callings", "generic")
    return frozenset(noun for kind in kinds for noun in person_nouns(kind))


def _who_first(text: str) -> str:
    """ "presiden prancis yg ikut … siapa namanya" -> "siapa nama presiden prancis yg ikut …?":
    the word order the question rules read (the calling asked, then what is said of it)."""
    found = _WHO_LAST.match(text)
    if not found:
        return text
    if found.group("subject").split()[0].lower() not in _describing_nouns():
        return text
    name = " nama" if found.group("name") else ""
    return f"siapa{name} {found.group('subject')} {found.group('rest')}?"


def _chat_plural(found: re.Match[str]) -> str:
    """ "negara2" -> "negara" (a plural adds nothing here); "wanti2" -> "wanti-wanti", a word
    that exists only reduplicated (the dictionary has it whole); and any word before "ini" is
    kept reduplicated, for "baru2 ini", "akhir2 ini" make a time ("baru-baru ini" is lately,
    "baru ini" no time at all) and "negara-negara ini" stays the same plural."""
    word = found.group(1)
    whole = f"{word}-{word}"
    if whole.lower() in root_words() or _BEFORE_INI.match(found.string, found.end()):
        return whole
    return word


_BEFORE_INI = re.compile(r"\s+ini\b", re.IGNORECASE)


def _standard_words(text: str) -> str:
    """Each word through our data (`_standard_word`), then indoNLP's `replace_slang`, except
    inside the words and phrases our data keeps as written ("negara kaya" stays rich, "terima
    kasih" is thanks, not "terima beri") or reads whole ("ngomong apa" is "mengatakan apa",
    what was said, where "ngomong sama …" is talking with someone)."""
    parts = _READ_WHOLE.split(text) if _READ_WHOLE is not None else [text]
    done, offset = [], 0
    for index, part in enumerate(parts):
        start = offset
        offset += len(part)
        if index % 2:
            standard = _slang()[part.lower()]
            done.append(part if standard == part.lower() else standard)
            continue
        own = _WORD.sub(
            lambda m, start=start: _standard_word(  # type: ignore[misc]
                m.group(), first=not text[: start + m.start()].strip()
            ),
            part,
        )
        done.append(_names_kept(own))
    return "".join(done)


# Chat's "abis"/"habis" (after) before an event: "abis ktt vilnius" is "setelah ktt vilnius"
# (not "stoknya habis", run out, which no event follows).
_CHAT_AFTER = re.compile(r"\b(?:abis|habis)\s+(?=([\w-]+))", re.IGNORECASE)


def _chat_after(found: re.Match[str]) -> str:
    # (imported here: `premises` reads this module's aliases as it loads)
    from qa.text.premises import is_event_word

    return "setelah " if is_event_word(found.group(1)) else found.group()


# The bound prefix "pasca-" (after) on a word the dictionary knows: "pascaserangan Hamas" is
# "setelah serangan Hamas", as news also writes it; whole, the compound is no dictionary word
# and was read as an unknown name.
_AFTER_PREFIX = re.compile(r"\b[Pp]asca-?([a-z]{4,})\b")


def _after_prefix_split(match: re.Match[str]) -> str:
    word = match.group(1)
    whole = match.group().lower()  # (not a dictionary word of its own: "pascasarjana")
    return (
        f"setelah {word}"
        if is_indonesian_word(word) and not is_indonesian_word(whole)
        else match.group()
    )


# "-nya" hyphened to a name or acronym ("Sekjen NATO-nya siapa?", "menlu ukraina-nya") is
# chat's "the": the word without it is the name. (After a letter: "ke-2-nya" is "both".)
_HYPHENED_NYA = re.compile(r"(?<=[^\W\d_])-nya\b", re.IGNORECASE)


def hyphened_nya(text: str) -> bool:
    """Whether the asker hyphened "-nya" to a word ("terus as-nya setuju gak?"): dropped from
    the question read (`standardize_slang`), it may still point back in a conversation."""
    return _HYPHENED_NYA.search(text) is not None


def standardize_slang(text: str) -> str:
    """Chat Indonesian to standard words: "bos yg ngobrol" -> "bos yang berbincang"."""
    text = _HYPHENED_NYA.sub("", text)
    text = _AFTER_PREFIX.sub(_after_prefix_split, text)
    text = _CHAT_AFTER.sub(_chat_after, text)
    if not _WHY.search(text):  # "kenapa nato gak sih ngundang …" does deny
        text = _TAG_SIH.sub(r"\1 kalau", text)
    text = _CHAT_REDUPLICATED.sub(r"\1-\1\2", text)  # "gelap2an" -> "gelap-gelapan"
    text = _CHAT_PLURAL.sub(_chat_plural, text)
    text = _DOING_WHAT.sub("melakukan apa", text)
    text = _who_first(text)
    return " ".join(_standard_words(text).split())


# A capitalised word after the question's first: a name the asker wrote as one ("Paman Sam"
# is no chat "sama").
_NAME_INSIDE = re.compile(r"(?<=\s)([A-Z][\w'’-]*)")


def _names_kept(text: str) -> str:
    """indoNLP's `replace_slang` on the words that are not capitalised names."""
    parts = _NAME_INSIDE.split(text)
    return "".join(part if index % 2 else replace_slang(part) for index, part in enumerate(parts))


def apply_aliases(text: str, english: bool = False) -> str:
    """Synonyms and spellings to the articles' forms: "kantor pusat" -> "markas",
    "Bukares" -> "bucharest", acronyms ("UE" -> Uni Eropa; "the US" -> AS in English only)."""
    phrases, words = _aliases()
    acronyms, acronym_pattern = _acronyms(english)
    text = acronym_pattern.sub(lambda m: acronyms[m.group()], text)
    # Twice: a phrase taken first may leave the rest of a longer one ("bos aliansi Atlantik
    # Utara" -> "Sekretaris Jenderal NATO Atlantik Utara" -> "Sekretaris Jenderal NATO").
    for _ in range(2):
        text = _phrase_pattern().sub(
            lambda m: phrases[m.group(1).lower()] + (m.group(2) or ""), text
        )
    return _WORD.sub(lambda m: _keep_case(m.group(), words.get(m.group().lower(), m.group())), text)


# A one-letter typo is trusted from this length on ("Dmitro"), and only towards a name: "Putin"
# is no "putih", a name the articles never mention is not a common word misspelt.
ONE_EDIT_MIN_LENGTH = 6
SWAP_MIN_LENGTH = 5
# The shortest common word `_word_one_edit_off` corrects.
WORD_ONE_EDIT_MIN_LENGTH = 6


def _one_letter_off(word: str, vocabulary: Collection[str]) -> tuple[str, float] | None:
    """One letter typed wrong in a name ("Dmitro" for "Dmytro"), or two swapped ("Kulbea" for
    "Kuleba"), scores only 83 by ratio, which counts either edit twice: one edit to a corpus
    name is a typo here (optimal string alignment counts a swap as one). A shorter name only
    by two letters swapped ("Obran", "Ruisa"), the likeliest slip, and the least ambiguous."""
    if len(word) < SWAP_MIN_LENGTH:
        return None
    found = process.extract(  # type: ignore[call-overload]  # (an int-valued scorer)
        word, vocabulary, scorer=OSA.distance, score_cutoff=1, limit=2
    )
    if len(found) != 1 or is_indonesian_word(found[0][0]):
        return None  # none, or two names one letter away: no guess (nor one by set order)
    if len(word) < ONE_EDIT_MIN_LENGTH and Levenshtein.distance(word, found[0][0]) != 2:
        return None  # (a swap is one edit to OSA, two to Levenshtein)
    return str(found[0][0]), float(found[0][1])


def correct_typos(text: str, vocabulary: Collection[str], names_only: bool = False) -> str:
    """Words the corpus never uses, replaced by the closest word it does use ("Stoltenbreg" ->
    "Stoltenberg"); `vocabulary` holds analysed (stemmed, lower-case) corpus tokens.
    `names_only` (English questions) touches capitalised words only: ordinary English words are
    not misspelt Indonesian ones."""
    if not vocabulary:
        return text
    countries: list[str] = []  # (the vocabulary's countries, read once when first needed)

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        lowered = word.lower()
        if names_only and not word[:1].isupper():
            # (a country is a name typed in lower case too: "the ukrain defence minister")
            if not countries:
                countries.extend(name for name in vocabulary if is_country(name.capitalize()))
            country = _country_typo(lowered, countries)
            return _keep_case(word, country) if country else word
        if len(lowered) < FUZZY_MIN_LENGTH or lowered in stopwords():
            return word
        if names_only and indonesian_for(lowered):
            return word  # an English word capitalised, "the President of …", is no typo
        if lowered in vocabulary or stem(lowered) in vocabulary or is_indonesian_word(lowered):
            return word  # a real word the corpus happens not to use is not a typo
        if is_country(word[:1].upper() + word[1:]):
            return word  # nor a country it never names ("Swedia" is no "sedia")
        joined = _PREPOSITION_JOINED.match(lowered)
        if joined and joined.group(2) in vocabulary:
            # a preposition typed onto the word after it: "dinato" is "di nato" (a verb's
            # "di-", "dibahas", is a word of its own and never reaches here)
            return f"{word[: joined.end(1)]} {word[joined.end(1) :]}"
        # (a given name before a surname the articles use is that person's, however its
        # spelling differs: "Dmitry Kuleba" is the articles' "Dmytro Kuleba")
        surname = _NAME_AFTER_WORD.match(match.string, match.end())
        before_a_name = (
            word[:1].isupper()
            and surname is not None
            and surname.group(1).lower() in vocabulary
            and not is_indonesian_word(surname.group(1).lower())
        )
        cutoff = GIVEN_NAME_MIN_SCORE if before_a_name else FUZZY_MIN_SCORE
        best = process.extractOne(
            lowered, vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff
        ) or _one_letter_off(lowered, vocabulary)
        if best:
            return _keep_case(word, best[0])
        fixed = _suffixed_typo(lowered, vocabulary)
        if not fixed and (word == lowered or _titles_a_thing(match)):
            # (a common word in lower case, or opening a capitalised thing's name, "Isatna
            # Parlemen"; any other capitalised word, the question's first too, may be a
            # person's or a place's name, which only a name may correct: "Putin" is no "putih")
            fixed = _word_one_edit_off(lowered, vocabulary)
        return _keep_case(word, fixed) if fixed else word

    return _WORD.sub(fix, text)


# The capitalised word after a given name: its surname.
_NAME_AFTER_WORD = re.compile(r"\s+([A-Z][\w'’-]+)")
# A preposition and the word after it typed as one: "dinato", "kebrussels", "darikyiv".
_PREPOSITION_JOINED = re.compile(r"^(di|ke|dari)(\w{3,})$")
# The prefixes and suffixes a word is read without, to match its root against the corpus's
# stems: "perteuman" is "per-" + "teum" + "-an", one swap from "temu".
_WORD_PREFIXES = (
    *("", "me", "mem", "men", "meng", "meny", "di", "ber", "per", "ter", "ke"),
    *("pe", "pem", "pen", "peng", "peny"),
)
_WORD_SUFFIXES = ("", "an", "kan", "i", "nya")
# How long a root must be to be matched one letter off.
_ROOT_MIN_LENGTH = 4


def _word_one_edit_off(word: str, vocabulary: Collection[str]) -> str:
    """A common word typed one letter wrong, two letters swapped among them ("maraks",
    "batnuan", "perteuman"): the one dictionary word of a corpus stem (its affixes as written)
    one edit from it; "" when there is none or more than one (no guess). Not a short word
    (five letters are one edit from too many: "putin", "marin", "rural"), nor an English word
    the glossary knows ("fight"), nor one edit into a function word ("gimana" is no "dimana").
    A letter held down at the end is dropped ("sajaa")."""
    held = re.sub(r"(.)\1+$", r"\1", word)
    if held != word and (held in stopwords() or is_indonesian_word(held)):
        return held
    if len(word) < WORD_ONE_EDIT_MIN_LENGTH or indonesian_for(word):
        return ""
    found: set[str] = set()
    # (two letters swapped anywhere, the prefix's too, or one left out: "pretemuan",
    # "pleatihan", "betemu", "pengirman"; stemmed only where a corpus stem that is a
    # dictionary root stands between the affixes as written, the stemmer being slow on what is
    # no word)
    swaps = (f"{word[:at]}{word[at + 1]}{word[at]}{word[at + 2 :]}" for at in range(len(word) - 1))
    insertions = (
        f"{word[:at]}{letter}{word[at:]}"
        for at in range(1, len(word))
        for letter in "abcdefghijklmnopqrstuvwxyz"
    )
    for candidate in {*swaps, *insertions} - {word}:
        if (
            any(
                root in vocabulary and root in root_words() for root in _roots_as_written(candidate)
            )
            and is_indonesian_word(candidate)
            and stem(candidate) in vocabulary
        ):
            found.add(candidate)
    for prefix, root, suffix in _split_as_written(word):
        if len(root) >= _ROOT_MIN_LENGTH:
            for corpus_stem, _, _ in process.extract(  # type: ignore[call-overload]
                root, vocabulary, scorer=OSA.distance, score_cutoff=1, limit=3
            ):
                rebuilt = f"{prefix}{corpus_stem}{suffix}"
                # (a dictionary root first, cheaply: a name is matched as one elsewhere)
                if (
                    rebuilt != word
                    and corpus_stem in root_words()
                    and is_indonesian_word(rebuilt)
                    and stem(rebuilt) == corpus_stem
                ):
                    found.add(rebuilt)
    return found.pop() if len(found) == 1 else ""


# A capitalised dictionary word right after a word: the two name a thing, "… Parlemen".
_CAPITALISED_NEXT = re.compile(r"\s+([A-Z][a-z]+)\b")


def _titles_a_thing(match: re.Match[str]) -> bool:
    """The capitalised word opens a name of a thing whose next word is a capitalised common
    word ("… membangun Isatna Parlemen", "Gednug Putih"), as a person's name never is; after
    a lower-case word (not in a question typed in title case: "Apa Kata Putin Soal NATO?")."""
    following = _CAPITALISED_NEXT.match(match.string, match.end())
    before = match.string[: match.start()].split()
    return (
        following is not None
        and bool(before)
        and before[-1].islower()
        and is_indonesian_word(following.group(1).lower())
    )


def _split_as_written(word: str) -> list[tuple[str, str, str]]:
    """Each reading of the word as prefix, root and suffix of `_WORD_PREFIXES` and
    `_WORD_SUFFIXES` (the root non-empty)."""
    return [
        (prefix, word[len(prefix) : len(word) - len(suffix)], suffix)
        for prefix in _WORD_PREFIXES
        if word.startswith(prefix)
        for suffix in _WORD_SUFFIXES
        if word.endswith(suffix) and len(prefix) + len(suffix) < len(word)
    ]


def _roots_as_written(word: str) -> list[str]:
    """The roots of `_split_as_written`, each also with the letter a nasal prefix takes off
    ("pengiriman": peng- + "irim", kirim)."""
    return [
        written
        for prefix, root, _ in _split_as_written(word)
        for written in (root, _NASAL_DROPS.get(prefix, "") + root)
    ]


# The first letter of a root each nasal prefix drops: "mengirim" (kirim), "menulis" (tulis).
_NASAL_DROPS = {
    **dict.fromkeys(("meng", "peng"), "k"),
    **dict.fromkeys(("men", "pen"), "t"),
    **dict.fromkeys(("mem", "pem"), "p"),
    **dict.fromkeys(("meny", "peny"), "s"),
}


def _country_typo(word: str, countries: list[str]) -> str:
    """A lower-case English word that is one of the corpus's `countries` misspelt ("ukrain"),
    not an English word the glossary knows ("russian"); "" otherwise."""
    if len(word) < FUZZY_MIN_LENGTH or indonesian_for(word) or is_country(word.capitalize()):
        return ""
    best = process.extractOne(word, countries, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
    return str(best[0]) if best else ""


# Suffixes the vocabulary's stems lose: a typo in "anggaran" is read against "anggar".
_TYPO_SUFFIXES = ("nya", "kan", "an", "i")


def _suffixed_typo(word: str, vocabulary: Collection[str]) -> str:
    """A typo in a suffixed word ("anggran" for "anggaran"): its root, misspelt, matched to a
    corpus stem and given its suffix back; "" when none matches."""
    for suffix in _TYPO_SUFFIXES:
        root = word.removesuffix(suffix)
        if root == word or len(root) < FUZZY_MIN_LENGTH:
            continue
        best = process.extractOne(root, vocabulary, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        if best and is_indonesian_word(f"{best[0]}{suffix}"):
            return f"{best[0]}{suffix}"
    return ""


# "-kah" only emphasises a question word: "Tahun berapakah …" asks "berapa". "Apakah" asks which
# one only after a preposition and its noun ("Di kota apakah KTT itu digelar?", "Pada hari
# apakah …") or after a noun with "yang" following ("Lembaga apakah yang diresmikan …?");
# anywhere else it asks yes or no ("Menurut Stoltenberg apakah …", "Zelensky apakah hadir …?").
_EMPHATIC_KAH = re.compile(r"\b(berapa|mengapa|bagaimana)kah\b", re.IGNORECASE)
_WHICH_APAKAH = re.compile(
    r"\b((?:di|ke|dari|pada|dalam|untuk|dengan|oleh|bagi|sejak|sampai)\s+[\w-]+\s+)apakah\b"
    r"|\b([\w-]+\s+)apakah(?=\s+(?:yang|yg)\b)",
    re.IGNORECASE,
)


def plain_question_words(text: str) -> str:
    """The question words without their emphatic "-kah" where it asks no yes or no."""
    text = _EMPHATIC_KAH.sub(r"\1", text)
    return _WHICH_APAKAH.sub(lambda m: f"{m.group(1) or m.group(2)}apa", text)


# "ketemu para menhan dulu baru ngomong ke media", "lebih dulu bertemu …, baru kemudian
# memberi keterangan pers": a claim that one deed came before the other, as the articles would
# say it with "sebelum".
_FIRST_THEN = re.compile(
    r"\b(?:lebih\s+(?:dulu|dahulu)|terlebih\s+dahulu)\s+(?P<first>[^?]+?),?\s+"
    r"(?:baru(?:lah)?|lalu|kemudian)(?:\s+(?:kemudian|lalu|setelah itu))?\s+",
    re.IGNORECASE,
)
_THEN = re.compile(
    r"\s+(?:dulu|dahulu)\s*,?\s+(?:baru(?:lah)?|lalu|kemudian)(?:\s+(?:kemudian|lalu))?\s+",
    re.IGNORECASE,
)


@cache
def _office_in_a_country() -> re.Pattern[str]:
    """ "menjabat perdana menteri di negara apa": the country of an office, asked as where."""
    offices = "|".join(sorted(office_nouns(), key=len, reverse=True))
    return re.compile(
        rf"\b(?:menjabat\s+(?:sebagai\s+)?)?(?P<office>(?:{offices})(?:\s+[a-z]+){{0,2}}?)"
        r"\s+(?:di|dari)\s+negara\s+(?:apa|mana)\b",
        re.IGNORECASE,
    )


# "In which country is Orban prime minister?": the English way of asking it.
_OFFICE_IN_A_COUNTRY_EN = re.compile(
    r"^\W*in\s+(?:which|what)\s+country\s+(?P<be>is|was)\s+(?P<who>.+?)\s+(?:the\s+|a\s+)?"
    r"(?P<office>(?:[a-z]+\s+){0,2}(?:minister|president|chancellor|secretary[\s-]general"
    r"|leader|head|ambassador|spokes(?:wo)?man))\W*$",
    re.IGNORECASE,
)


def _office_country_asked(text: str, language: str) -> str:
    """The country an office is of, asked as where someone holds it ("Orban menjabat perdana
    menteri di negara apa?", "In which country is Orban prime minister?"), asked as whose
    office it is ("Orban perdana menteri negara mana?", "Which country is Orban prime minister
    of?"): the articles name that country after the title ("Perdana Menteri Hongaria"), while
    "di"/"in" made it a question of where a deed took place, answered by any place near."""
    if language == "en":
        return _OFFICE_IN_A_COUNTRY_EN.sub(r"Which country \g<be> \g<who> \g<office> of?", text)
    return _office_in_a_country().sub(r"\g<office> negara mana", text)


# "zelensky ke brussels", "kenapa ke sana": someone and where they went, the verb left out.
_WENT_TO = re.compile(r"\b(?P<who>[\w-]+)\s+ke\s+(?=[\w-])", re.IGNORECASE)
_GOERS = frozenset({"dia", "ia", "beliau", "mereka", "kenapa", "mengapa", "kapan", "pernah"})


def _going_said(text: str) -> str:
    """Chat's verbless "zelensky kenapa ke brussels" with its verb ("… kenapa pergi ke
    brussels", "pernah pergi ke markas"), so it finds and matches the reports of the trip
    ("tiba di …"). Only right after a pronoun, a question word or "pernah", in a question with
    no verb of its own: after a name or a noun, "ke" may be whom a message is for ("pesan
    stoltenberg ke rusia") or where aid goes ("bantuan NATO ke Ukraina"); "dana ke Ukraina
    dicabut" has its verb."""
    if any(is_verb_form(word) for word in re.findall(r"[\w-]+", text)):
        return text

    def went(found: re.Match[str]) -> str:
        who = found.group("who")
        return f"{who} pergi ke " if who.lower() in _GOERS else found.group()

    return _WENT_TO.sub(went, text, count=1)


def _order_as_before(text: str) -> str:
    """A claimed order of two deeds with "sebelum" ("A dulu baru B" -> "A sebelum B")."""
    return _THEN.sub(" sebelum ", _FIRST_THEN.sub(r"\g<first> sebelum ", text))


# "when he dropped by NATO HQ", "Zelensky stopped by Kyiv", "swung by": an English phrasal
# verb of visiting, right after the person who visits and before a place (a name or a site):
# not "drop by half", "stop by winter", "the aid, stopped by Congress,". (No phrase alias can
# tell these apart, so a pattern.)
_DROPPED_BY = re.compile(
    r"(?P<who>\b(?i:he|she|they|i|we|you)|\b[A-Z][\w'’-]*)\s+"
    r"(?P<verb>(?i:drop|stop|swing|swung|pop)(?P<ending>s|ped|ping)?)\s+(?i:by|in\s+(?:at|on))\s+"
    r"(?=(?:the\s+)?(?:[A-Z][\w-]*|(?:[\w-]+\s+){0,2}"
    r"(?i:headquarters|hq|office|capital|palace|embassy|base)\b))"
)


# (a form of "be" before the person makes it a passive: "Was Zelensky stopped by Congress?")
# (in the person's own clause: "What was he asking for when he dropped by …" is no passive)
_BE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|be|being)\b"
    r"(?:(?!\b(?:when|while|after|before|as|since)\b)[^,;])*$",
    re.IGNORECASE,
)


def _visits_dropped_by(text: str) -> str:
    def visit(found: re.Match[str]) -> str:
        if _BE_BEFORE.search(text, 0, found.start()):
            return found.group()
        ending = (found.group("ending") or "").lower()
        if ending == "ped" or found.group("verb").lower().startswith("swung"):
            verb = "visited"
        else:
            verb = {"s": "visits", "ping": "visiting"}.get(ending, "visit")
        return f"{found.group('who')} {verb} "

    return _DROPPED_BY.sub(visit, text)


# The words a question opens with after a connective ("terus kenapa …", "so where …"): a
# question word (`WH_WORD`), with the chat spellings not yet standardised here and the yes/no
# openers.
_QUESTION_WORDS_OPENING = (
    rf"{WH_WORD.pattern}|(?:(?:di|ke) ?mana|apakah|knp|kpn|dmn|brp|gimana|did|does|was|is)\b"
)


@cache
def _chat_opener() -> re.Pattern[str]:
    """`data/chat_openers.json` as one pattern: any run of them at the start of a question."""
    data = json.loads((_DATA / "chat_openers.json").read_text("utf-8"))

    def alternatives(key: str) -> str:
        return "|".join(map(re.escape, sorted(data[key], key=len, reverse=True)))

    # (whole words: "Ok-kah …" is no opener)
    opener = (
        rf"(?:{alternatives('openers')})(?![\w-])[\s,.:;!–—-]*"
        rf"|(?:{alternatives('openers_before_punctuation')})\s*[,.:;!–—-][\s,.:;!–—-]*"
        rf"|(?:{alternatives('openers_before_question_word')})[\s,.:;!–—-]+"
        rf"(?={_QUESTION_WORDS_OPENING})"
    )
    return re.compile(rf"^(?:\s*(?:{opener}))+(?=\w)", re.IGNORECASE)


def without_chat_openers(text: str) -> str:
    """ "oke ganti topik, sidang itu berapa hari?" -> "sidang itu berapa hari?": what only
    acknowledges the last answer or changes the subject asks nothing."""
    return _chat_opener().sub("", text)


# "Apa jabatan Dmytro Kuleba?", "kuleba jabatannya apa", "orban itu siapa", "What is Kuleba's
# position?": who a named person is, asked as "Siapa Kuleba?" / "Who is Kuleba?" asks it.
# ("Apa jabatan Kuleba di NATO?", "What is Kuleba's role in NATO?": the office asked where it
# is held, which the office itself says, or shows to be elsewhere)
_NAMED = r"(?P<named>[\w'’-]+(?:\s+[\w'’-]+)??)"
_HELD_AT = r"(?:\s+(?:di|dalam|in|at|within)\s+(?:the\s+)?[\w-]+)?"
# (the office asked again after who: "orban itu siapa sih, jabatannya apa / pejabat mana")
_OFFICE_AGAIN = (
    r"(?:\s*,?\s*(?:(?:jabatannya|posisinya|kedudukannya)\s+apa|pejabat\s+(?:mana|apa)))?"
)
# (which report tells it is no part of who someone is: "… menurut berita KTT Vilnius")
_END = (
    r"(?:\s*,?\s+(?:menurut|dalam|di)\s+(?:berita|artikel|laporan)\b[^?.]*"
    r"|\s*,?\s+(?:according\s+to|in)\s+the\s+(?:article|report|news)\b[^?.]*)?"
    r"\s*(?P<end>[?.]?)\s*$"
)
_IDENTITY_FORMS = (
    re.compile(
        rf"^\W*(?:apa(?:kah)?\s+)?(?:jabatan|posisi|kedudukan)\s+{_NAMED}{_HELD_AT}\s*"
        rf"(?:itu\s*)?(?:apa\s*)?(?:sih)?{_END}",
        re.IGNORECASE,
    ),
    # (also of a kind of office, "menjabat sebagai menteri apa", and where it is held after
    # the asking, "jabatannya apa sih di nato")
    re.compile(
        rf"^\W*{_NAMED}\s+(?:itu\s+)?(?:(?:jabatannya|posisinya|kedudukannya)\s+(?:sebagai\s+)?"
        rf"|menjabat\s+(?:sebagai\s+)?(?:menteri\s+|pejabat\s+)?"
        rf"|(?:digambarkan|disebut|dikenal)\s+sebagai\s+"
        rf"(?:(?:tokoh|sosok|orang)\s+)?)apa(?:\s+sih)?{_HELD_AT}(?:\s+sih)?{_END}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^\W*{_NAMED}\s+itu\s+siapa(?:\s+sih)?{_OFFICE_AGAIN}(?:\s+sih)?{_END}", re.IGNORECASE
    ),
)
_OFFICE_NOUNS_EN = r"(?:job|position|title|role|office|post)"
_IDENTITY_FORMS_EN = (
    re.compile(
        rf"^\W*what(?:'s|’s|\s+is|\s+was)\s+{_NAMED}(?:'s|’s)\s+{_OFFICE_NOUNS_EN}{_HELD_AT}{_END}",
        re.IGNORECASE,
    ),
    # "What position does Stoltenberg hold?", "What job does Kuleba have in Ukraine?"
    re.compile(
        rf"^\W*(?:what|which)\s+{_OFFICE_NOUNS_EN}\s+(?:does|did)\s+{_NAMED}\s+"
        rf"(?:hold|have|occupy){_HELD_AT}{_END}",
        re.IGNORECASE,
    ),
)


def identity_as_who(text: str, language: str) -> str:
    """A question of a named person's office asked as who they are; a name only, not "Apa
    jabatan barunya?"."""
    forms = _IDENTITY_FORMS_EN if language == "en" else _IDENTITY_FORMS
    for form in forms:
        found = form.match(text)
        if found is None:
            continue
        named = found.group("named")
        name = named.split()[-1]
        # (a person's name: not a country or an acronym, whose "posisi"/"role" is a stance
        # or a part: "Apa posisi Rusia?", "What is NATO's role?")
        if not names_a_person(named.split()):
            continue
        # (English by its capital; Indonesian chat writes names in lower case too)
        if name[:1].isupper() if language == "en" else not is_indonesian_word(name):
            asking = "Who is" if language == "en" else "Siapa"
            return f"{asking} {named}{found.group('end') or '?'}"
    return text


# "Siapa Nicolae Ceaucescu yang disebut dalam artikel?", "Who is the dictator mentioned in the
# article?": that the articles mention it is what every answer cites, no part of the question.
_MENTIONED_IN_THE_ARTICLES = re.compile(
    r"\s*,?\s*(?:(?:yang|yg)\s+(?:di)?sebut(?:kan)?\s+(?:dalam|di)\s+(?:artikel|berita)(?:-\w+)?"
    r"(?:\s+(?:ini|itu|tersebut))?"
    r"|(?:(?:who|that|which)\s+(?:is|was|are|were)\s+)?mentioned\s+in\s+"
    r"(?:the|these|this|those)\s+(?:articles?|news|reports?|stor(?:y|ies)))"
    # (at the question's end only: "… yang disebutkan dalam berita pertemuan di Bucharest" names
    # which report)
    r"(?=\s*[?.!]?\s*$)",
    re.IGNORECASE,
)


# An English tag on an Indonesian claim ("Jerman memegang kepresidenan G7, right?"): chat's
# "kan?", not a name no article mentions.
_ENGLISH_TAG = re.compile(
    r",?\s*\b(?:right|correct|isn'?t\s+it|ya\s+kan|no)\s*\?+\s*$", re.IGNORECASE
)


def normalize_question(
    text: str, language: str, vocabulary: Collection[str] | Callable[[], Collection[str]] = ()
) -> str:
    """The question in the articles' words; the asker's own text is kept elsewhere for display.
    Accents are folded: the articles write "Orban", askers "Orbán" too."""
    text = _MENTIONED_IN_THE_ARTICLES.sub("", without_chat_openers(fold_accents(text)))
    if language == "id":
        text = _ENGLISH_TAG.sub(" kan?", text)
        text = _order_as_before(plain_question_words(standardize_slang(text)))
    else:
        text = _visits_dropped_by(text)
    text = _office_country_asked(text, language)
    text = identity_as_who(text, language)
    text = apply_aliases(text, english=language == "en")
    words = vocabulary() if callable(vocabulary) else vocabulary
    text = _without_unknown_glosses(text, words)
    if language == "id":
        text = _leader_asked(_english_words_glossed(text, words), words)
        text = _going_said(text)
    if language == "en":
        text = _unknown_lowercase_names_capitalised(text, words)
    # (a typo of a spelling the aliases know is one too: "Ukrane" for "Ukraine", then read as
    # the articles' "Ukraina")
    corrected = correct_typos(text, _with_alias_words(words), names_only=language != "id")
    if corrected != text:
        text = apply_aliases(corrected, english=language == "en")
    if language == "en":
        text = _lowercase_names_capitalised(text, words)
    return with_known_places(_name_asked_as_who(text, language), words)


# "nama mentri luar negri ukraina", "name of the ukrainian foreign minister": a search-box
# query for a person's name, with no question word.
_NAME_ASKED = {
    "id": re.compile(r"^\W*nama\s+(?P<rest>.+?)\W*$", re.IGNORECASE),
    "en": re.compile(r"^\W*(?:the\s+)?name\s+of\s+(?:the\s+)?(?P<rest>.+?)\W*$", re.IGNORECASE),
}
# How far into the query its office or calling may stand ("the ukrainian foreign minister").
_NAME_NOUN_REACH = 4


def _name_asked_as_who(text: str, language: str) -> str:
    """A person's name asked for without a question word, asked as who they are: "nama
    menteri luar negeri ukraina" -> "siapa nama menteri luar negeri ukraina" (an office or a
    calling after "nama"; not "nama gedung itu"). The question type alone (`asked_by_noun`)
    already reads "nama …" as who; the office checks read the asking in the text, so the
    query is said in full (it used to abstain, or answer the office itself)."""
    found = _NAME_ASKED[language].match(text)
    if found is None or WH_WORD.search(text.lower()):
        return text
    rest = found.group("rest")
    words = rest.lower().split()[:_NAME_NOUN_REACH]
    nouns = [indonesian_for(w).split()[:1] for w in words] if language == "en" else [[words[0]]]
    people = office_nouns() | person_nouns("generic")
    if not any(noun and noun[0] in people for noun in nouns):
        return text
    return f"siapa nama {rest}?" if language == "id" else f"Who is the {rest}?"


class _WithAliasWords(Collection[str]):
    """The vocabulary and the one-word spellings the aliases map to the articles' forms, as one
    collection without copying the vocabulary for each question (its membership stays a
    lookup)."""

    def __init__(self, vocabulary: Collection[str]) -> None:
        self.vocabulary = vocabulary

    def __contains__(self, word: object) -> bool:
        return word in self.vocabulary or word in _alias_word_set()

    def __iter__(self) -> Iterator[str]:
        return itertools.chain(self.vocabulary, _alias_words())

    def __len__(self) -> int:
        return len(self.vocabulary) + len(_alias_words())


def _with_alias_words(vocabulary: Collection[str]) -> Collection[str]:
    """The vocabulary with the one-word spellings the aliases map to the articles' forms."""
    return _WithAliasWords(vocabulary) if vocabulary else ()


@cache
def _alias_words() -> tuple[str, ...]:
    """The one-word spellings the aliases map, words and one-word phrases ("menlu")."""
    phrases, words = _aliases()
    return tuple(word for word in (*phrases, *words) if word.isalpha())


@cache
def _written_acronyms() -> frozenset[str]:
    """The acronyms the aliases write names as ("NATO", "KTT"): one word in capitals."""
    phrases, words = _aliases()
    return frozenset(
        alias
        for alias in (*phrases.values(), *words.values())
        if alias.isalpha() and alias.isupper() and len(alias) > 1
    )


@cache
def _alias_word_set() -> frozenset[str]:
    return frozenset(_alias_words())


def _unknown_lowercase_names_capitalised(text: str, vocabulary: Collection[str]) -> str:
    """ "did zelensky meet putin": a lower-case word of an English question that no dictionary
    of English or Indonesian, no glossary and no article knows is a name typed in lower case,
    capitalised so that it is read as one: corrected if it is a typo of a name the articles use
    ("zelenksy"), else reported as a name no article mentions, not dropped as an English word
    the glossary lacks (which made "did zelensky meet putin in vilnius" a claim about Zelensky
    and Vilnius alone)."""
    if not vocabulary:
        return text

    def named(match: re.Match[str]) -> str:
        word = match.group()
        known = word in vocabulary or _a_common_word(word) or is_english_word(word)
        return word if known else word.capitalize()

    return re.sub(r"(?<![\w'’-])[a-z][a-z]{2,}(?=['’]s\b|(?![\w'’-]))", named, text)


def _a_common_word(word: str) -> bool:
    """A function word, an English word the glossary knows, or an Indonesian word: no name."""
    return word in stopwords() or bool(indonesian_for(word)) or is_indonesian_word(word)


def _lowercase_names_capitalised(text: str, vocabulary: Collection[str]) -> str:
    """ "when did the ministers meet in bucharest": a lower-case word of an English question
    that the articles use and that is neither English the glossary knows nor Indonesian is a
    name typed in lower case ("bucharest", "stoltenberg"), capitalised so that it is read as
    one, as chat Indonesian's are (`question.lowercase_names`)."""
    if not vocabulary:
        return text

    def named(match: re.Match[str]) -> str:
        word = match.group()
        if is_country(word.capitalize()):
            return word.capitalize()  # ("rusia", as the aliases wrote "russian")
        known = _a_common_word(word) or word not in vocabulary
        if known:
            return word
        # ("the menlu nato meeting": "NATO" as the articles write it, not "Nato", a name that
        # "Menteri Luar Negeri" would be read as the title of)
        return word.upper() if word.upper() in _written_acronyms() else word.capitalize()

    # (a possessive too: "stoltenberg's term")
    return re.sub(r"(?<![\w'’-])[a-z][a-z-]{2,}(?=['’]s\b|(?![\w'’-]))", named, text)


# "Siapa yang memimpin NATO?" asks for NATO's leader, as "Siapa pemimpin NATO?" does; not
# "Siapa yang memimpin sidang itu?", whose chair may be no office holder at all.
_LEADING_WHOM = re.compile(
    r"\bsiapa\s+yang\s+(?:memimpin|mimpin|mengepalai)\s+(?=(?P<body>[\w-]+))", re.IGNORECASE
)


def _leader_asked(text: str, vocabulary: Collection[str]) -> str:
    """ "siapa yang memimpin <a body or country>" read as "siapa pemimpin …" (a body in chat's
    lower case too: a corpus word that is no Indonesian one, "nato")."""

    def lead(match: re.Match[str]) -> str:
        body = match.group("body")
        lowered = body.lower()
        named = (
            body[:1].isupper()
            or is_country(body.capitalize())
            or (lowered in vocabulary and not is_indonesian_word(lowered))
        )
        return f"{match.group()[:5]} pemimpin " if named else match.group()  # ("Siapa" kept)

    return _LEADING_WHOM.sub(lead, text)


def _english_words_glossed(text: str, vocabulary: Collection[str]) -> str:
    """English words an Indonesian question mixes in ("membership action plan", "disiarkan
    live", "roadmap"), which the articles do not use, in the articles' Indonesian: code-switching
    is ordinary chat, and such a word is no unknown name. Capitalised words are names, but
    for an English office the aliases spell so ("secretary general" -> "Secretary-General"),
    each of whose parts the glossary knows: "Sekretaris Jenderal"."""
    if not vocabulary:
        return text

    def gloss(match: re.Match[str]) -> str:
        word = match.group()
        parts = word.split("-")
        if (
            len(parts) > 1
            and word.lower() not in vocabulary
            and all(indonesian_for(part.lower()) for part in parts)
            and not any(is_indonesian_word(part.lower()) for part in parts)
        ):
            return " ".join(indonesian_for(part.lower()).split()[0].title() for part in parts)
        if not word.islower() or word in vocabulary or stem(word) in vocabulary:
            return word
        if is_indonesian_word(word):
            return word
        return indonesian_for(word) or word

    return _WORD.sub(gloss, text)


# "rencana aksi keanggotaan (MAP)": the asker's abbreviation of the words before it.
_GLOSS = re.compile(r"\s*\(([A-Z]{2,6})\)")


def _without_unknown_glosses(text: str, vocabulary: Collection[str]) -> str:
    """An abbreviation in brackets that the articles never use says nothing the words before
    it do not: out, so it is not asked about as a name no article mentions."""
    if not vocabulary:
        return text
    return _GLOSS.sub(lambda m: m.group() if m.group(1).lower() in vocabulary else "", text)


# A capitalised word right before or after a place name makes it part of another name.
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z]")
_ASKED_WHO = re.compile(r"\b(?:siapa(?:kah)?|who\s+(?:is|was))\s+$", re.IGNORECASE)


# "kota mana di …", "which city in …": a place asked for within the country named next.
_PLACE_WITHIN_ASKED = re.compile(
    r"\b(?:(?:kota|ibu\s+kota|tempat)\s+(?:mana|apa)\s+(?:di|yang\s+ada\s+di)"
    r"|(?:which|what)\s+(?:city|town|capital|place)\s+in)\s+$",
    re.IGNORECASE,
)


def _known(name: str, vocabulary: Collection[str]) -> bool:
    """The corpus names it, as the lexical index analyses it ("AS", a stopword there, is
    taken as named: the index cannot tell)."""
    return all(token in vocabulary for token in analyze(name))


def with_known_places(text: str, vocabulary: Collection[str]) -> str:
    """A country, capital or seat of government the articles never name, read as the name they
    use for the same country: news writes one for the other ("Budapest menolak" for Hungary's
    government; the parliament "di Bucharest" for Romania's), so "Romania's capital" ->
    Bucharest, "Is Budapest going to block …" -> Hongaria. A capital that owns a person or is
    owned by an office stands for its country whether the articles name it or not ("Kyiv's
    leader" is Ukraine's president; the articles say "Presiden Ukraina", and "Kyiv" in them is
    the aid's destination). A place the articles do name, or one with no named counterpart,
    stays otherwise: an unknown place is then still reported as unknown."""
    if not vocabulary:
        return text

    def counterpart(names: list[str], written: str) -> str:
        found = next((n for n in names if _known(n, vocabulary)), None)
        return found if found is not None else written

    def capital(match: re.Match[str]) -> str:
        return counterpart(capital_of(match.group(1) or match.group(2)), match.group())

    def governing(match: re.Match[str]) -> str:
        city = match.group(1) or match.group(2)
        return match.group().replace(city, counterpart(country_of_capital(city), city))

    def place(match: re.Match[str]) -> str:
        written = match.group()
        if _known(written, vocabulary) or (written.islower() and is_indonesian_word(written)):
            return written
        before, after = text[: match.start()], text[match.end() :]
        previous = _WORD_BEFORE.search(before)
        word = previous.group(1) if previous else ""
        # (a capitalised stopword is a question's opening: "Is Budapest …", "Apakah Budapest …")
        named_before = word[:1].isupper() and word.lower() not in stopwords()
        if named_before or _NAME_AFTER.match(after) or _ASKED_WHO.search(before):
            # part of a name ("Sofia Vergara", "Washington Post", "Paris Hilton"), or the name
            # asked about itself ("Siapa Athena?"): no place
            return written
        if _PLACE_WITHIN_ASKED.search(before):
            # "Di kota mana di Rumania …?": the country the city asked lies in, which its
            # capital cannot stand for (the answer is never what the question names)
            return written
        return counterpart(same_country(written), written)

    text = governing_capital_pattern().sub(governing, text)
    return place_pattern().sub(place, capital_phrase_pattern().sub(capital, text))
