"""Who says something in Indonesian news text: the verbs that follow a speaker ("Stoltenberg
mengatakan ...") and the pronouns that stand for one ("Ia menambahkan ..."). One list, shared
by the check of whose words a sentence holds (`qa.answer.evidence.attributed_to`) and the
extraction of a speaker (`qa.answer.extract`)."""

from __future__ import annotations

# "X mengatakan ...": verbs of saying after their speaker (English ones for mixed text).
SAID_AFTER_SPEAKER = (
    r"mengatakan|menyatakan|berkata|menegaskan|mengungkap(?:kan)?|menyebut(?:kan)?|menambahkan"
    r"|memperingatkan|menjelaskan|menulis|berujar|bilang|said|says|told|warned|wrote"
)
# "..., kata X": verbs of saying before their speaker, also with "-nya" ("katanya"). Not "jelas":
# "Sudah jelas bahwa X ..." gives no one's words.
SAID_BEFORE_SPEAKER = r"kata|ujar|ucap|tutur|ungkap|tulis"
# Pronouns that stand for a person named before.
PERSON_PRONOUNS = r"ia|dia|beliau|he|she"
