"""Two questions asked in one ("Di kota mana pertemuan A digelar, dan di kota mana KTT B?",
"Which city hosted A, and which city hosted B?", chat's "… itu di kota mana, trus … di mana"):
each is asked on its own, by the whole answer step, and the two answers are joined, each fact
with its own citation.

One question about two facts ranks the sentences of neither well and answers at most one; a
reader who asks two things at once expects both, or to be told which one the articles lack."""

from __future__ import annotations

import re

from qa.answer.compare import renumbered
from qa.answer.followup import is_follow_up
from qa.answer.question import detect_language, named_entities
from qa.models import Answer, Citation, Passage

# What asks: a question word anywhere in a clause (chat puts it last: "… di mana").
_ASKING = re.compile(
    r"\b(?:mana|siapa|kapan|berapa|bagaimana|gimana|mengapa|kenapa|knp|kpn|brp"
    r"|which|what|who|whom|when|where|how|why)\b"
    # ("di kota apa": a place asked by its kind)
    r"|\b(?:di|ke|dari)\s+\w+\s+apa\b",
    re.IGNORECASE,
)
# Where a second question starts: a comma and a joining word before a clause that asks again
# (a comma alone opens a relative clause, "What step, which would …"; a joining word alone may
# join two question words inside one clause, "… tahu kapan dan bagaimana perang berakhir").
# ("…, sedangkan …", "…, whereas …": the second clause set against the first)
_JOINT = re.compile(
    r"\s*[,;]\s*(?:dan|lalu|terus|trus|serta|sedangkan|sementara|and then|and|then|whereas)\s+",
    re.I,
)
# Two question words asking of one event: "Kapan dan di mana Ardi tiba?", chat's "… itu kapan
# sama di mana", "When and where did Ardi arrive?"
_ONE_ASKED = r"kapan|di\s*mana|siapa|mengapa|kenapa|bagaimana|berapa|when|where|who|why|how"
_TWO_OPENING = re.compile(
    rf"^\W*(?P<one>{_ONE_ASKED})\s+(?:dan|serta|and)\s+(?P<two>{_ONE_ASKED})\s+(?P<rest>[^?]+?)"
    r"(?P<end>\??)\s*$",
    re.IGNORECASE,
)
_TWO_ENDING = re.compile(
    rf"^\W*(?P<rest>.+?)\s+(?P<one>{_ONE_ASKED})\s+(?:dan|sama|serta)\s+(?P<two>{_ONE_ASKED})"
    r"(?P<end>\??)\s*$",
    re.IGNORECASE,
)
# An English clause of time or place after the joint is the first question's, not a second one:
# "How did Russia respond when NATO met, and when Zelensky arrived?"
_SUBORDINATE_EN = re.compile(r"^(?:when|where|while|as)\s+(?:[A-Z]|(?:he|she|they|it|we|i)\b)")
# Each part a question of its own, not "…, dan kapan?".
_MIN_PART_WORDS = 3


def two_questions(question: str) -> tuple[str, str] | None:
    """The two questions a question asks at once, each as it can be asked alone; None when it
    asks one thing (a list, an order, a comparison, a clause that only sets the scene)."""
    text = question.strip()
    words_first = _TWO_OPENING.match(text)
    if words_first:
        one, two, rest, end = words_first.group("one", "two", "rest", "end")
        return f"{one} {rest}{end}", f"{two} {rest}{end}"
    words_last = _TWO_ENDING.match(text)
    if words_last:
        one, two, rest, end = words_last.group("one", "two", "rest", "end")
        return f"{rest} {one}{end}", f"{rest} {two}{end}"
    for joint in _JOINT.finditer(text):
        first, second = text[: joint.start()].strip(), text[joint.end() :].strip()
        if (
            len(first.split()) >= _MIN_PART_WORDS
            and len(second.split()) >= _MIN_PART_WORDS
            and _ASKING.search(first)
            and _ASKING.search(second)
            and not _SUBORDINATE_EN.match(second)
            # (a part that refers to the other and names no one, "…, and what did he
            # deliver?", is no question of its own: asked apart it would lose who "he" is)
            and not (is_follow_up(second) and not named_entities(second))
        ):
            ending = "?" if text.endswith("?") else ""
            return f"{first.rstrip(' ,?')}{ending}", second
    return None


_NOT_TOLD = {
    "en": "The articles do not answer this part: {part}",
    "id": "Artikel tidak memuat jawaban untuk bagian ini: {part}",
}


def _opening(answer: Answer, part: str) -> str:
    """What the answer states first, or that the articles lack this part."""
    if answer.abstained:
        return _NOT_TOLD[answer.language].format(part=part.rstrip("?"))
    return answer.text.split("\n\n", 1)[0]


def join_answers(asked: str, parts: tuple[str, str], answers: tuple[Answer, Answer]) -> Answer:
    """Both answers in one: each part's opening fact in turn (the second's citations numbered
    after the first's), then their quotes; an abstention only when neither part is answered."""
    first, second = answers
    language = detect_language(asked)
    if first.abstained and second.abstained:
        return first.model_copy(update={"question": asked})
    offset = len(first.citations)
    openings = [_opening(first, parts[0]), renumbered(_opening(second, parts[1]), offset)]
    quotes = [
        renumbered(answer.text.split("\n\n", 1)[1], shift)
        for answer, shift in ((first, 0), (second, offset))
        if not answer.abstained and "\n\n" in answer.text
    ]
    citations = [
        *first.citations,
        *(Citation(**{**c.model_dump(), "number": c.number + offset}) for c in second.citations),
    ]
    passages: dict[str, Passage] = {}
    for answer in answers:
        passages.update({p.chunk.id: p for p in answer.passages})
    return Answer(
        question=asked,
        text="\n\n".join(["\n".join(openings), *quotes]),
        citations=citations,
        passages=list(passages.values()),
        language=language,
        trace=[f"dua pertanyaan: {parts[0]} / {parts[1]}"],
    )
