"""Indonesian-aware tokens for lexical search: lowercase, function words out, Sastrawi stems,
and numbers and dates kept whole (`11/10/2023`) as well as in parts."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

_CLITIC = re.compile(r"(?:nya|lah|kah|pun)$")
# An acronym with a clitic: "KTTnya".
ACRONYM_CLITIC = re.compile(r"^([A-Z]{2,})(?:nya|lah|kah|pun)$")
_TOKEN = re.compile(r"\d+(?:[/.,:-]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_DATA = Path(__file__).parent / "data"
# The data files tokens are read through: a change to them changes tokens as a code change does.
_TOKEN_DATA = ("synonyms.json", "aliases.json")


def _token_data_digest() -> str:
    digest = hashlib.sha256()
    for name in _TOKEN_DATA:
        digest.update((_DATA / name).read_bytes())
    return digest.hexdigest()[:12]


# Bump the number when the code changes tokens; the digest follows the data files. Stored BM25
# indexes of another version get rebuilt, so an edited synonym group never leaves the articles'
# tokens in the old form while questions take the new one.
ANALYZER_VERSION = f"id-stem-v33-{_token_data_digest()}"

# Function words only ("akhirnya", finally, is an adverb: its stem "akhir" would match "akhir
# April"; English "up" is a verb's particle: "wrapped up" is "wrapped"). Sastrawi's own list
# (800 words) also drops content words that questions hinge on ("setuju", "pasti", "akhir",
# "minta", "kata"), which measurably hurt answers here.
_STOPWORDS = frozenset(
    """
    yang dan di ke dari untuk dengan pada dalam ini itu adalah ialah merupakan akan telah sudah
    juga atau karena oleh sebagai para bahwa tersebut ia dia mereka kami kita saya aku anda kamu
    beliau nya pun lah kah se secara bagi hingga agar supaya namun tetapi tapi serta yaitu yakni
    maupun antara saat ketika sejak sementara masih hanya bisa dapat harus sangat ada adanya
    sebuah seorang suatu sang si apa apakah siapa siapakah kapan kapankah mana dimana manakah
    berapa mengapa kenapa bagaimana saja pula lagi pernah sedang tengah oleh-oleh hal kepada
    terhadap tentang seperti sehingga jika kalau bila maka lalu kemudian yakni dll the a an of in
    on to and or is are was were be been did does do what who whom whose when where which how
    why for at by with from that this these those it its as into about according article
    articles artikel berita urut urutkan kronologis ya he she his her him they their them we
    our us you your i my me has have had will would could should during while than then there
    sebelum setelah sesudah mengenai terkait akhirnya memang kan seandainya andaikan andai
    andaikata jikalau apabila up wajib mesti begitu soal many much also just still only even
    already yet ever never since after before if can could might most some any each every own
    again such going get gets got getting itself themselves
    """.split()
)


def stopwords() -> frozenset[str]:
    return _STOPWORDS


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    return StemmerFactory().create_stemmer()


# Words whose Sastrawi stem joins two roots: "menemukan" (find) is not "bertemu" (meet), yet
# both stem to "temu", so "Kapan Zelensky bertemu Biden?" matched "Gedung Putih berusaha
# menemukan cara". The find-words get a stem of their own.
# Likewise "perusahaan" (a company) is no "berusaha" (to try): both stem to "usaha".
_DISTINCT_STEMS = {
    "menemukan": "nemu",
    "ditemukan": "nemu",
    "penemuan": "nemu",
    "temukan": "nemu",
    "perusahaan": "perusahaan",
    # "berikutnya" (next) is no "ikut" (to join)
    "berikut": "berikut",
    "berikutnya": "berikut",
    # "tersendiri" (separate) is no "sendiri" (own, self): "menurut penuturannya sendiri"
    "tersendiri": "tersendiri",
    # "melewatkan" (to skip) is no "lewat" (via)
    "melewatkan": "lewatkan",
    "dilewatkan": "lewatkan",
    "terlewatkan": "lewatkan",
    "lewatkan": "lewatkan",
    # "meninggal (dunia)" (to die) is no "tinggal" (to stay)
    "meninggal": "meninggal",
    # "memperpanjang" (to extend) is no "panjang" (long): "jangka panjang" extends nothing
    "memperpanjang": "perpanjang",
    "diperpanjang": "perpanjang",
    "perpanjangan": "perpanjang",
    "perpanjang": "perpanjang",
    # "pejabat" (an official) is no "jabatan" (an office, a term of office)
    "pejabat": "pejabat",
    # "ditempatkan" (stationed) is no "tempat" (a place, which where-questions ask for)
    "ditempatkan": "tempatkan",
    "menempatkan": "tempatkan",
    "penempatan": "tempatkan",
    # "mengerikan" (terrible) is "ngeri" (dread), not "keri"
    "mengerikan": "ngeri",
    "kengerian": "ngeri",
    # "desakan" (an urging) is "desak", not "desa" (a village) with "-kan"
    "desakan": "desak",
    # "tujuan" (a purpose, a destination) is no "setuju" (to agree)
    "tujuan": "tujuan",
    "bertujuan": "tujuan",
    "tujuannya": "tujuan",
}


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    own = _DISTINCT_STEMS.get(_CLITIC.sub("", word))
    if own:
        return own
    if "-" in word:  # reduplication (negara-negara) and compounds: stem each part
        parts = {stem(part) for part in word.split("-") if part}
        return "-".join(sorted(parts)) if len(parts) > 1 else next(iter(parts), word)
    return str(_stemmer().stem(word)) or word


@lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """Sastrawi's Indonesian root-word dictionary (about 30,000 words)."""
    return frozenset(StemmerFactory().get_words_from_file())


def is_indonesian_word(word: str) -> bool:
    """A dictionary word, itself or once its affixes are stripped ("mengunjungi" -> kunjung).
    Sastrawi's dictionary misses some everyday words ("wartawan", "setuju"); the words of our
    synonym groups are Indonesian by construction, so they count too."""
    lowered = word.lower()
    known = _known_words()
    return lowered in known or stem(lowered) in known


@cache
def _english_headwords(source: str) -> frozenset[str]:
    """One word list of the `english-words` package, lower case: the GNU Collaborative
    International Dictionary of English ("gcide", about 115,000 headwords) or Webster's Second
    ("web2", whose 235,000 hold many rare short words)."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set([source], lower=True))


@cache
def _english_dictionary() -> frozenset[str]:
    return _english_headwords("gcide") | _english_headwords("web2")


# An English inflection and the ends its root may have had: "hugged" -> hug, "denies" -> deny.
_ENGLISH_INFLECTIONS = re.compile(r"(?:ies|ied|ying|es|ed|ing|s|d|'s|’s)$")


def is_english_word(word: str) -> bool:
    """An English dictionary word, itself or inflected ("hugged", "snipers", "denied"). The
    dictionary lists headwords only; rather than a stemmer (none ships with our packages), the
    few regular endings are tried off, with a doubled last consonant and a -y or -e root, and
    a compound is two headwords."""
    lowered = word.lower()
    known = _english_dictionary()
    if lowered in known:
        return True
    ending = _ENGLISH_INFLECTIONS.search(lowered)
    root = lowered[: ending.start()] if ending else lowered
    roots = {root, root + "e", root + "y", root[:-1] if root[-2:-1] == root[-1:] else root}
    if any(len(candidate) > 1 and candidate in known for candidate in roots):
        return True
    # (a compound written as one word: "rooftops", "ceasefire", "livestream"; of the common
    # dictionary's words, as Webster's rare ones make a name of two: "zel" + "ensky")
    common = _english_headwords("gcide")
    return any(root[:cut] in common and root[cut:] in common for cut in range(3, len(root) - 2))


# The prefixes that make a verb of a root: me- (active), di- (passive), ber- (intransitive).
_VERB_PREFIX = re.compile(r"^(?:me|di|ber)[a-z]")
# Prefixed words that relate rather than do: prepositions and copulas built like verbs.
_RELATING_WORDS = frozenset(
    "bersama beserta berupa berdasarkan berikut berbagai merupakan menjadi melalui mengenai "
    "menurut menjelang dibanding dibandingkan".split()
)


# A noun made from a verb by pe-…-an or ke-…-an: "penolakan", "perbincangan", "kekecewaan".
_DEED_NOUN = re.compile(r"(?:pe|ke)\w{3,}an", re.IGNORECASE)


def is_deed_noun(word: str) -> bool:
    """The word has the shape of a noun that tells a deed ("penolakan" for "menolak"); whether
    its stem is a root the caller sees from `stem`."""
    return _DEED_NOUN.fullmatch(word) is not None


def is_verb_form(word: str) -> bool:
    """A verb made from a root by a verbal prefix ("menyetujui", "dicabut", "bertemu"): the
    stemmer strips the prefix to a dictionary word. "Berapa", "dia" or "meja" are no verbs:
    their stem is the word itself or no dictionary word."""
    lowered = word.lower()
    if not _VERB_PREFIX.match(lowered) or lowered in _RELATING_WORDS:
        return False
    root = stem(lowered)
    return root != lowered and not lowered.startswith(root) and root in _known_words()


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    # (and the words kept apart from a root they share letters with: "tujuan", "ditempatkan")
    return (
        root_words()
        | {word for group in synonym_groups() for word in group}
        | set(_DISTINCT_STEMS)
        | set(_DISTINCT_STEMS.values())
    )


@lru_cache(maxsize=1)
def synonym_groups() -> list[list[str]]:
    """`data/synonyms.json`: groups of words news writing uses for the same thing."""
    data = json.loads((_DATA / "synonyms.json").read_text("utf-8"))
    return [list(group) for group in data["groups"]]


@cache
def opposites(kind: str = "pairs") -> dict[str, frozenset[str]]:
    """`data/opposites.json`, by whole lower-case word form: each form -> its opposite forms.
    `kind` "undoings": deeds and what undoes them once done (a budget passed, then withdrawn),
    which deny no claim but give it no date."""
    data = json.loads((_DATA / "opposites.json").read_text("utf-8"))
    table: dict[str, set[str]] = {}
    for first, second in data[kind]:
        for one, others in ((first, second), (second, first)):
            for form in one:
                table.setdefault(form, set()).update(others)
    return {form: frozenset(others) for form, others in table.items()}


@lru_cache(maxsize=1)
def alias_data() -> dict[str, dict[str, str]]:
    """`data/aliases.json`, read once for the tokenizer and the question normaliser."""
    return dict(json.loads((_DATA / "aliases.json").read_text("utf-8")))


@lru_cache(maxsize=1)
def _capitalised() -> dict[str, str]:
    """`data/aliases.json` "capitalised": abbreviations read as their full names (in capitals
    only)."""
    return dict(alias_data()["capitalised"])


def written_in_full(name: str) -> list[str]:
    """The analysed words an abbreviation stands for where the tokenizer reads it in full
    ("as", a name written "AS" -> amerika, serikat); [] for any other name."""
    full = _capitalised().get(name.upper())
    return analyze(full) if full else []


@lru_cache(maxsize=1)
def _phrase_names() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """`data/aliases.json` phrases that write out an acronym ("pertemuan puncak" -> KTT), as
    one pattern (None when there are none), and each one's acronym as a token ("ktt")."""
    names = {
        phrase.lower(): alias.lower()
        for phrase, alias in alias_data()["phrases"].items()
        if " " in phrase and alias.isupper() and " " not in alias
    }
    if not names:
        return None, names
    alternatives = "|".join(re.escape(p) for p in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), names


def fold_accents(text: str) -> str:
    """ "Orbán" -> "Orban", "Ceaușescu" -> "Ceausescu": Sastrawi's stemmer drops any letter
    outside a-z ("orbán" became "orb n"), and articles and askers accent names differently."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# The small counts news spells out and chat writes in digits.
_COUNT_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh".split(), start=1
    )
}


# Counts written in words that `with_count_digits` puts in digits, Indonesian and English:
# not "satu"/"one" alone ("salah satu negara", "one of the allies" count nothing), in lower
# case only ("di Lima" is a city); compounds too ("tiga puluh dua negara", "thirty-two").
_UNIT_WORDS = {
    **{word: int(digit) for word, digit in _COUNT_WORDS.items() if word != "sepuluh"},
    **{
        word: value
        for value, word in enumerate(
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen".split(),
            1,
        )
    },
    **{
        word: 10 * value
        for value, word in enumerate(
            "twenty thirty forty fifty sixty seventy eighty ninety".split(), 2
        )
    },
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
}
# (what multiplies the count before it within a hundred, "tiga puluh"; "belas" adds ten)
_WITHIN_HUNDREDS = {"puluh": 10, "ratus": 100, "hundred": 100}
_THOUSANDS = {
    "ribu": 1000,
    "thousand": 1000,
    "juta": 10**6,
    "million": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "billion": 10**9,
}
_NUMBER_WORD = "|".join([*_UNIT_WORDS, *_WITHIN_HUNDREDS, *_THOUSANDS, "belas", "and"])
# (also joined to a unit of time by a hyphen, as English writes a measure: "a three-day
# meeting"; not "two-thirds", "two-way", "dua-tiga negara")
_SPELLED_COUNT = re.compile(
    rf"\b((?:{'|'.join(_UNIT_WORDS)})(?:[\s-]+(?:{_NUMBER_WORD})\b)*)"
    r"(\s+|-(?=(?:day|week|month|year|hour|minute)s?\b))"
    rf"(?!(?:{_NUMBER_WORD})\b)(?=[^\W\d_])"
)


# The small counts, not "satu"/"one", put in digits one by one inside a run that spells no one
# number.
_SINGLE_COUNTS = frozenset(w for w, v in _UNIT_WORDS.items() if 2 <= v <= 10)


def _spelled_value(words: list[str]) -> int | None:
    """The number the words spell ("tiga puluh dua" -> 32, "two hundred and five" -> 205);
    None for one word that counts nothing alone ("satu", "one") or an ill-formed run."""
    if words[-1] == "and":
        return None
    # (`last`: the unit a following "puluh", "ratus" or "belas" applies to)
    total = current = last = 0
    for word in words:
        if word in _UNIT_WORDS:
            # (only into the places still empty: "dua puluh satu", not "dua-tiga", a range)
            unit = _UNIT_WORDS[word]
            if current % (10 if unit < 10 else 100) or 10 <= current % 100 < 20:
                return None  # (nor after a ten or a teen: "sepuluh dua" is no number)
            current, last = current + unit, unit
        elif word == "belas" and 0 < last < 10:
            current, last = current + 10, 0
        elif word in _WITHIN_HUNDREDS and 0 < last < 10:
            current, last = current + last * (_WITHIN_HUNDREDS[word] - 1), 0
        elif word in _THOUSANDS and current:
            total, current, last = total + current * _THOUSANDS[word], 0, 0
        elif word != "and":
            return None
    value = total + current
    return None if value == 1 and len(words) == 1 else value


@lru_cache(maxsize=1024)
def with_count_digits(text: str) -> str:
    """The counts the text spells out before a word, in digits ("selama dua hari" -> "selama
    2 hari", "tiga puluh dua negara" -> "32 negara", "three days" -> "3 days"), as chat writes
    them: a count compares whichever way it is written. (Cached: asked again of each candidate
    sentence's claim.)"""

    def digits(match: re.Match[str]) -> str:
        separator = " " if match.group(2).startswith("-") else match.group(2)
        value = _spelled_value(re.split(r"[\s-]+", match.group(1)))
        if value is not None:
            return f"{value}{separator}"
        # (no one number: each count before a word on its own, "dua tiga hari" -> "2 3 hari",
        # "two and three days" -> "2 and 3 days"; not a range's "dua-tiga")
        pieces = re.split(r"(\s+|-)", match.group(1))
        return (
            "".join(
                str(_UNIT_WORDS[piece])
                if piece in _SINGLE_COUNTS and (at == len(pieces) - 1 or pieces[at + 1] != "-")
                else piece
                for at, piece in enumerate(pieces)
            )
            + separator
        )

    return _SPELLED_COUNT.sub(digits, text)


def analyze(text: str) -> list[str]:
    tokens: list[str] = []
    for written in _TOKEN.findall(fold_accents(text)):
        # (an acronym with a clitic is the acronym: "KTTnya", as "pertemuan puncaknya" reads
        # once its words are the articles')
        written = ACRONYM_CLITIC.sub(r"\1", written)
        if written in _capitalised():
            # "AS" in capitals is Amerika Serikat, not the English function word "as"
            tokens += written_in_full(written)
            continue
        raw = written.lower()
        if raw in _COUNT_WORDS:
            # "dua hal" is "2 hal" as chat writes it: one token for both
            tokens.append(_COUNT_WORDS[raw])
            continue
        if raw[0].isdigit():
            tokens.append(raw)
            pieces = re.split(r"[/.,:-]", raw)
            if len(pieces) > 1:
                tokens.extend(p.lstrip("0") or "0" for p in pieces)
        else:
            # A function word, also with a clitic ("kepadanya", "adalah"), is out; a word
            # derived from one keeps its root: "mengaku"/"diakui" (admit) -> aku, "diadakan"
            # (held) -> ada, "mendapatkan" -> dapat carry the meaning a question turns on.
            base = _CLITIC.sub("", raw) or raw
            stemmed = stem(raw)
            if raw in stopwords() or base in stopwords() or stemmed == base in stopwords():
                continue
            tokens.append(stemmed)
    # "pertemuan puncak" is a KTT: a text that writes an acronym out says it too, so "KTT
    # bulan depan" finds "pertemuan puncak … bulan depan" (added; the phrase's words stay).
    pattern, names = _phrase_names()
    if pattern is not None:
        tokens += [names[phrase.lower()] for phrase in pattern.findall(text)]
    return tokens
