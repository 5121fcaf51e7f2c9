"""Who says something in Indonesian news text: the verbs that follow a speaker ("Stoltenberg
mengatakan ...") and the pronouns that stand for one ("Ia menambahkan ..."). One list, shared
by the check of whose words a sentence holds (`qa.answer.evidence.attributed_to`) and the
extraction of a speaker (`qa.answer.extract`)."""

from __future__ import annotations

import re

# "X mengatakan ...": verbs of saying after their speaker (English ones for mixed text).
SAID_AFTER_SPEAKER = (
    r"mengatakan|menyatakan|berkata|menegaskan|mengungkap(?:kan)?|menyebut(?:kan)?|menambahkan|mengaku"
    r"|memperingatkan|mengancam|mengultimatum|menjelaskan|menulis|berujar|bilang|said|says|told"
    r"|warned|threatened|wrote|berjanji|promised"
    # (assuring that something is so: "AS berusaha meyakinkan bahwa …"; not convincing
    # someone: "… untuk meyakinkan mereka")
    r"|meyakinkan(?=\s+bahwa\b)|assured"
)
# "..., kata X": verbs of saying before their speaker, also with "-nya" ("katanya"). Not "jelas":
# "Sudah jelas bahwa X ..." gives no one's words.
SAID_BEFORE_SPEAKER = r"kata|ujar|ucap|tutur|ungkap|tulis"
# Words that rank one unnamed speaker among others of their calling ("seorang diplomat kedua").
SPEAKER_RANKS = r"pertama|kedua|ketiga|keempat|kelima|lain|lainnya"
# "pernyataan X itu menguatkan sinyal …": nouns of words said, before their speaker. The
# sentence tells what the speaker's words say, as "menurut X" does.
STATEMENT_BEFORE_SPEAKER = r"pernyataan|ucapan|perkataan|pidato|komentar"
# The roots of saying, one deed whichever verb tells it ("berkata", "ujar Stoltenberg"): whom
# words were said to is whom any of them says they were said to.
SAYING_ROOTS = frozenset({"kata", "ujar", "ucap", "tutur", "ungkap", "tulis"})
# The roots of verbs that only report words as said ("menegaskan bahwa …", "menyatakan"),
# unlike those that say more of them (mengaku, memperingatkan, berjanji): a claim that
# someone stated something is borne out by any report of their words that says it. (Not
# "menambahkan" or "menjelaskan", whose roots also make "menambah" and "jelas".)
STATING_ROOTS = SAYING_ROOTS | frozenset({"nyata", "tegas", "sebut", "konfirmasi", "bilang"})
# A verb that reports words, right before what was said ("X … memastikan bahwa …").
STATES_THAT = (
    r"\b(?:memastikan|menegaskan|menyatakan|mengatakan|mengonfirmasi|mengkonfirmasi)\s+bahwa\b"
)
# Verbs of a stance taken on something, after whoever takes it ("Orban dengan tegas menolak
# pengiriman tentara"): what they said of it, for a question of their words on that topic.
STANCE_AFTER_SPEAKER = (
    r"menolak|mendukung|menentang|menyetujui|mengecam|mengkritik|mengutuk|menyambut"
    # (admitting or denying something is a say on it: "Rusia mengakui menargetkan …")
    r"|mengakui|menyangkal|membantah"
    r"|rejected|opposed|supported|condemned|criticised|criticized|welcomed|admitted|denied"
)
# Adverbs that may stand between a speaker and the verb ("Kremlin pernah mengultimatum").
# (or trying to: "AS berusaha meyakinkan bahwa …")
SPEECH_ADVERBS = (
    r"pernah|juga|sudah|telah|kembali|sempat|pun|lagi|kemudian|lalu|sebelumnya|berusaha|mencoba"
)
# Pronouns that stand for a person named before.
PERSON_PRONOUNS = r"ia|dia|beliau|he|she"
# A sentence whose doer is the one the sentence before named: "Mereka berfokus …", "Ia meminta …".
DOER_PRONOUN_OPENING = re.compile(r"^\W*(?:Ia|Dia|Mereka|Beliau|Keduanya)\b")
# Words given to the person the sentence before named: '"...," tuturnya.', "lanjutnya",
# "Ia menambahkan ...".
PRONOUN_SPEECH = (
    rf"\b(?:{SAID_BEFORE_SPEAKER}|jelas|imbuh|tambah|lanjut)nya\b"
    rf"|^\W*(?i:{PERSON_PRONOUNS})\s+(?:juga\s+|pun\s+)?(?:{SAID_AFTER_SPEAKER})\b"
)
# A question asks for someone's words or account ("menurut ucapannya", "dalam pidatonya",
# "kata Stoltenberg", "What reason did he give"): the answer is a sentence that gives the words
# to the person the question names, not one that only mentions them.
WORDS_ASKED = (
    r"\b(?:kata(?:nya)?|menurut|(?:di|meng)?ucap\w*|ujar\w*|pengakuan\w*|mengaku|pidato\w*|orasi\w*|cuit\w*"
    r"|dikatakan|disampaikan|ditulis\w*|tulisan\w*|twit\w*|berpidato"
    # (words conveyed, not a request conveyed: "menyampaikan permintaan" is a deed)
    r"|menyampaikan(?=\s+(?:bahwa|soal|tentang|terima\s+kasih|pesan|pernyataan)\b)"
    r"|pesan\w*|pernyataan\w*|menyatakan|komentar\w*|tanggapan\w*|bilang|ngomong|mengatakan"
    r"|berkata|menyebut(?:kan)?|nyebut(?:in)?|mengklaim|ngeklaim"
    r"|menegaskan|ditegaskan|(?:di|meng)ungkap(?:kan)?|menjelaskan|memperingatkan|menuturkan"
    r"|berujar|stressed|insisted|affirmed|warned|explained"
    # (an announcement is words said in public: "kapan Stoltenberg ngumumin …")
    r"|(?:meng|di|ng)?umum(?:kan|in)|pengumuman|announc\w*"
    # ("did Stoltenberg stress …": the verb after its subject; "can you explain" asks no one)
    r"|did\s+(?:\w+\s+){1,3}?(?:stress|insist|affirm|warn|explain)"
    r"|said|say|says|saying|tell|tells|telling|told|tweet\w*|speech|statement|according|claim\w*"
    r"|message|words"
    # ("What reason did X give for …?" gives words; "When did NATO give Kyiv a plan?" a thing)
    r"|(?:give|gave)(?=\s*(?:$|[?.!,]|(?:for|about|on|when|while|during|after|before)\b))"
    r"|(?:di|men)?janji\w*|berjanji|promise\w*)(?:nya)?\b"
)

# Words quoted: in double quotes, or in single ones that open after a space (not an
# apostrophe: "Zelensky's"). Group 1 or 2 is the words.
QUOTED_WORDS = re.compile(r"[\"“]([^\"“”]+)[\"”]|(?:^|\s)[‘']([^‘’']+)[’'](?!\w)")
