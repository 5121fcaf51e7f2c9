"""The items a sentence enumerates ("Ia meminta sistem pertahanan udara, rudal jarak jauh, dan
amunisi di tengah …" -> "sistem pertahanan udara, rudal jarak jauh, dan amunisi"): what a list
answer states first, before the sentences it quotes.

Indonesian news lists as "A, B, dan C" (or "serta", "atau"); the list opens after a verb or a
word that introduces examples ("seperti", "yaitu") and closes at punctuation, a dash, a
preposition or a verb. Each item is a short noun phrase: a run of more words than
`MAX_ITEM_WORDS` is a clause, and makes no list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.text.tokens import is_verb_form

# Words after which a list's first item starts ("barang-barang seperti bahan bakar, …").
_OPENERS = frozenset(
    "seperti yaitu yakni termasuk berupa antara adalah ialah meliputi mencakup including".split()
)
# Words that end the last item ("… dan amunisi di tengah kekhawatiran …") or stand between
# clauses ("Namun, kata Stoltenberg, …").
_CLOSERS = frozenset(
    "di ke dari untuk pada yang telah sudah akan dalam sebagai dengan kepada bagi oleh karena "
    "agar sejak selama hingga sampai jika namun tetapi sementara menurut kata ujar butuh "
    "in to for from of on that which with by".split()
)
_JOINERS = frozenset({"dan", "serta", "atau", "and", "or"})
# Words of saying before their speaker: the name after them opens no list.
_SAYING = frozenset({"kata", "ujar", "ucap", "tutur", "katanya"})
# Words that stand for someone named elsewhere: "…, ia dan Zelensky membahas" joins doers.
_PRONOUNS = frozenset("ia dia mereka kami kita saya aku beliau anda he she they we".split())
# Words an item may have; more is a clause ("…, ia dan Zelensky membahas …" is no list).
MAX_ITEM_WORDS = 5
# Items a list needs: "A, B, dan C" (two are a pair, which any sentence joins; a list word
# before them, "yaitu A dan B", makes two a list).
MIN_ITEMS = 3
_WORD = re.compile(r"[\w'’/-]+|[,.;:()\"“”–—]")


@dataclass(frozen=True)
class Enumeration:
    items: str
    # How many items it lists.
    count: int
    # A word that introduces examples stands before it ("seperti", "yaitu").
    introduced: bool


def enumerated_items(text: str) -> str | None:
    """The sentence's first list, as written; None when it has none."""
    found = enumeration(text)
    return found.items if found else None


def enumeration(text: str) -> Enumeration | None:
    """The sentence's first list of at least `MIN_ITEMS` short items (two after a list word)."""
    tokens = list(_WORD.finditer(text))
    for at, token in enumerate(tokens):
        if token.group().lower() not in _JOINERS or at == 0:
            continue
        found = _list_around(text, tokens, at)
        if found:
            return found
    return None


def _list_around(text: str, tokens: list[re.Match[str]], joiner: int) -> Enumeration | None:
    # the last item: words after the joiner up to a closer, punctuation or a verb
    end = joiner + 1
    while end < len(tokens) and _in_item(tokens[end].group()):
        end += 1
    if end == joiner + 1 or end - joiner - 1 > MAX_ITEM_WORDS:
        return None
    # the items before it, back over ", item"
    items = 1
    at = joiner - 1
    if at >= 0 and tokens[at].group() == ",":
        at -= 1  # "B, dan C"
    start = joiner
    while at >= 0:
        item_end = at
        while at >= 0 and _in_item(tokens[at].group()):
            at -= 1
        if at == item_end:
            break
        if item_end - at > MAX_ITEM_WORDS:
            return None  # "… luar negeri negara anggota NATO, Kuleba, dan Blinken": a clause
        items += 1
        start = at + 1
        if at < 0 or tokens[at].group() != ",":
            break
        at -= 1
    before = tokens[start - 1].group().lower() if start > 0 else ""
    if before in _SAYING:
        return None  # "Namun, kata Stoltenberg, Ukraina dan NATO sepakat": a speaker, a clause
    introduced = before in _OPENERS
    if items < (2 if introduced else MIN_ITEMS):
        return None  # ("dua hal besar, yaitu keanggotaan dan jaminan keamanan": two, told)
    return Enumeration(text[tokens[start].start() : tokens[end - 1].end()], items, introduced)


def _in_item(word: str) -> bool:
    lowered = word.lower()
    return (
        bool(re.match(r"[\w'’/-]", word))
        and lowered not in _OPENERS
        and lowered not in _CLOSERS
        and lowered not in _JOINERS
        and lowered not in _PRONOUNS
        and not is_verb_form(lowered)
    )
