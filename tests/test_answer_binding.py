"""Binding checks of the answer step on tables: the fact taken from a sentence is the one tied to
what was asked (its event, its measure, not a name the question already gives). No corpus, no
model: the question is analysed from its text alone."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from qa.answer.backends import ExtractiveBackend, LLMBackend
from qa.answer.claims import (
    _ORDERED,
    ClaimCheck,
    _root_of_a_verb,
    check_claim,
    claim_verbs,
    claims_a_deed,
    date_contradicted,
    doer_swapped,
    main_deed_denied,
    main_deed_reversed,
    partner_unsaid,
    place_contradicted,
    repetition_denied,
    rest_of_claim_said,
    says_claimed_values,
    told_on_the_other_side,
    unsaid_names,
    visit_claimed,
)
from qa.answer.compose import (
    _arrival_undated,
    _capital_elsewhere,
    _cased_as_written,
    _Citations,
    _compose_list,
    _continued_lists,
    _dates_order,
    _doing_told,
    _echoes,
    _event_dates,
    _event_words,
    _focus_first,
    _knowing_claimed,
    _main_deed_clause,
    _named_places,
    _names_absent,
    _noun_content_asked,
    _office_country_unsaid,
    _order_told,
    _places_missing,
    _places_unsaid,
    _planned_for_another_time,
    _points_back_to_asked,
    _puts_someone_at,
    _said_at_another_time,
    _set_elsewhere,
    _site_placed_otherwise,
    _tells_the_deed,
    _trip_places,
    _unconfirmed_premise,
    _with_parts,
    _words_of_another,
    cites_the_asked_deed,
    compose,
)
from qa.answer.doers import deed_of_another, told_of_the_asked
from qa.answer.evidence import (
    _STATEMENT_ASKED,
    Bests,
    Sentence,
    SentenceEmbeddings,
    _agent_noun,
    _says_the_deed,
    _statement_of,
    attributed_to,
    candidate_sentences,
    ranking_features,
    score_sentences,
    takes_a_stance,
    with_seats,
)
from qa.answer.extract import (
    NAME_ASKED,
    _doer,
    asked_office,
    asks_what_was_posted,
    asks_whom,
    binding,
    extract_fact,
    extract_reason,
    gives_a_name,
    gives_some_cause,
)
from qa.answer.question import (
    LAST_ASKED,
    Question,
    analyze_question,
    canonical,
    claim,
    detect_language,
    detect_type,
    medium_asked,
    placed_head,
    titles_of_named,
    token_set,
)
from qa.evaluation.metrics import first_sentence
from qa.models import Answer, ArticleMeta, Chunk, Citation, Passage
from qa.text.glossary import glossed
from qa.text.normalize import normalize_question
from qa.text.numbers import (
    Measure,
    asked_measure,
    ordinal_of_subject,
    ranked_nouns,
    times_asked,
)
from qa.text.premises import (
    done_but_only_planned,
    done_deeds,
    only_requested,
    outcome_of_a_plan,
    unsaid_comparison,
    unsaid_degree,
)
from qa.text.sentences import quoted as quote_marks
from vectorstore.embeddings import HashingEmbedding

PUBLISHED = dt.date(2023, 7, 12)
BUCHAREST_2008 = (
    "Pada tahun 2008, KTT NATO di Istana Parlemen yang sama di Bucharest, yang dibangun di bawah "
    "diktator Nicolae Ceaucescu yang digulingkan pada tahun 1989, setuju bahwa Ukraina pada "
    "akhirnya akan menjadi anggota aliansi tersebut."
)
TWO_PLACES = (
    "Stoltenberg mengungkap bahwa ia dan Zelensky membahas perkembangan situasi di Ukraina dan "
    "persiapan pertemuan NATO selanjutnya di Vilnius, Lithuania."
)
URGED_GROUP = "Ia juga mendesak Lebak dan negara-negara NATO di Uni Eropa untuk menyerang."
G7_HOST = "Jerman, yang memegang kepresidenan G7, juga menjadwalkan pertemuan di Bucharest."
G7_MEETING = (
    "Seorang diplomat mengatakan Jerman menjadwalkan pertemuan Kelompok Tujuh negara kaya di sela "
    "pembicaraan itu."
)
COUNCIL = (
    "Salah satu agenda hari ini adalah pengukuhan Dewan NATO-Ukraina, sebuah badan untuk aliansi "
    "militer transatlantik beranggotakan 31 negara."
)


@pytest.mark.parametrize(
    ("question", "sentence", "fact"),
    [
        # a year belongs to the event asked, not to a side clause about someone else
        ("Tahun berapa KTT NATO di Bucharest setuju Ukraina jadi anggota?", BUCHAREST_2008, "2008"),
        ("Pada tahun berapa Ceaucescu digulingkan?", BUCHAREST_2008, "1989"),
        # a capital named as a party names its country: "Ukraina" is no answer to "bagi Kyiv"
        (
            "Negara mana yang memberi jaminan keamanan bagi Kyiv?",
            "Ukraina memberi jaminan keamanan bagi para relawan asing.",
            "",
        ),
        (
            "Negara mana yang memberi jaminan keamanan bagi Kyiv?",
            "Prancis memberi jaminan keamanan bagi Ukraina.",
            "Prancis",
        ),
        # ... but a capital named as a place asks for its country
        (
            "Di negara mana KTT NATO Vilnius diselenggarakan?",
            "KTT NATO berlangsung di Vilnius, Lithuania.",
            "Lithuania",
        ),
        # a country asked as an object: what is said of it goes before it; one the question
        # names by its seat ("energi Moskow") is no answer
        (
            "Saat lepas dari energi Moskow, Barat diminta tidak bergantung pada negara apa?",
            "Barat harus berhati-hati untuk tidak menciptakan ketergantungan baru pada China saat "
            "mereka melepaskan diri dari pasokan energi Rusia.",
            "China",
        ),
        (
            "Stoltenberg warned the West against a new dependence on which country?",
            "Barat harus berhati-hati untuk tidak menciptakan ketergantungan baru pada China.",
            "China",
        ),
        # a person's name asked: a body is none ("Kelompok Tujuh"), nor a country
        ("Siapa nama diplomat yang hadir di pertemuan itu?", G7_MEETING, ""),
        ("Siapa nama diplomat yang menjadwalkan pertemuan itu?", G7_HOST, ""),
        (
            "Siapa yang menjadwalkan pertemuan di Bucharest?",
            "Kelompok Tujuh menjadwalkan pertemuan di Bucharest.",
            "Kelompok Tujuh",
        ),
        # a clause's date belongs to the noun phrase the clause describes
        (
            "Kapan jaminan keamanan G7 untuk Ukraina diumumkan?",
            "Ukraina mendapat jaminan keamanan dari G7, yang diumumkan pada 12 Juli 2023.",
            "Rabu, 12 Juli 2023",
        ),
        # the question's words right after the relative clause's year are the main clause's
        (
            "Kapan NATO setuju bahwa Ukraina pada akhirnya akan menjadi anggota aliansi?",
            BUCHAREST_2008,
            "2008",
        ),
        # a place belongs to the noun phrase before it
        ("Di mana pertemuan NATO selanjutnya digelar?", TWO_PLACES, "Vilnius, Lithuania"),
        # a deed that is no meeting is not placed where the next meeting will be
        ("Di mana Zelensky berbincang dengan Stoltenberg?", TWO_PLACES, ""),
        ("zelensky ngobrol sama stoltenberg di mana", TWO_PLACES, ""),
        ("Where did Zelensky talk with Stoltenberg?", TWO_PLACES, ""),
        # (a meeting talked of is asked of without "next")
        ("pertemuan yg diomongin zelensky diadain di mana", TWO_PLACES, "Vilnius, Lithuania"),
        ("Vilnius ada di negara mana?", TWO_PLACES, "Lithuania"),
        # a place that tells which of a group a deed was done to is not where it was done
        ("Di mana Ardi memperingatkan negara-negara Barat?", URGED_GROUP, ""),
        ("Negara-negara NATO di mana yang didesak Ardi?", URGED_GROUP, "Uni Eropa"),
        # ... a group that does the deed, where it is
        ("Di mana peta jalan disetujui?", "Para menteri di Medan menyetujui peta jalan.", "Medan"),
        (
            "Di mana peta jalan disetujui?",
            "Negara-negara anggota di Medan menyetujui peta jalan.",
            "Medan",
        ),
        # a site is no city: the city the sentence puts it in answers "di kota mana(kah)"
        ("Di kota mana KTT NATO 2008 digelar?", BUCHAREST_2008, "Bucharest"),
        ("Di kota manakah KTT NATO 2008 digelar?", BUCHAREST_2008, "Bucharest"),
        # a count only in the measure asked; a vague amount is no number
        ("Berapa negara anggota aliansi itu?", COUNCIL, "31 negara"),
        ("How many member countries does the alliance have?", COUNCIL, "31 negara"),
        ("Berapa negara yang hadir?", "Ribuan orang berkumpul di alun-alun.", ""),
        # a vague amount answers only where no number is given, and never "berapa persisnya"
        (
            "Berapa orang berkumpul di alun-alun?",
            "Ribuan orang berkumpul di alun-alun.",
            "Ribuan orang",
        ),
        (
            "Berapa persisnya orang yang berkumpul?",
            "Ribuan orang berkumpul di alun-alun.",
            "",
        ),
        ("How many people exactly gathered?", "Ribuan orang berkumpul di alun-alun.", ""),
        ("How many people gathered?", "Ribuan orang berkumpul di alun-alun.", "Ribuan orang"),
        ("Berapa orang berkumpul persis di depan?", "Ribuan orang berkumpul.", "Ribuan orang"),
        ("Berapa juta orang tanpa listrik?", "Jutaan orang hidup tanpa listrik.", ""),
        ("Berapa jumlah korban jiwa?", "Jutaan orang hidup tanpa listrik.", ""),
        ("Berapa orang berkumpul?", "Ribuan orang, sekitar 5.000 orang, berkumpul.", "5.000 orang"),
        # a number word in a name counts the named group's own, not another's
        ("Berapa negara anggota dewan?", "Kelompok Tujuh negara kaya bertemu di Medan.", ""),
        (
            "Kelompok itu terdiri atas berapa negara?",
            "Kelompok Tujuh negara kaya bertemu di Medan.",
            "Tujuh negara",
        ),
        ("Berapa negara anggota dewan?", "Tujuh negara kaya bertemu di Medan.", "Tujuh negara"),
        # no year answers a count, and no count answers "tahun berapa"
        ("Berapa negara bergabung?", "Pada 2023, 31 negara bergabung.", "31 negara"),
        ("Tahun berapa 31 negara bergabung?", "Pada 2023, 31 negara bergabung.", "2023"),
        # a year inside a full date answers "tahun berapa"
        (
            "Tahun berapa Finlandia bergabung dengan NATO?",
            "Finlandia resmi bergabung pada 4 April 2023.",
            "2023",
        ),
        # ... and a year named from the report's ("tahun lalu" in a 2023 report), not a day
        # only the report's date places
        (
            "Tahun berapa Lebak menyerbu Medan?",
            "Perang terjadi sejak Lebak menyerbu Medan pada Februari tahun lalu.",
            "2022",
        ),
        ("Tahun berapa Lebak menyerbu Medan?", "Lebak menyerbu Medan pada Selasa.", ""),
        ("Tahun berapa Lebak menyerbu Medan?", "Lebak menyerbu Medan tiga tahun lalu.", ""),
        # synonyms count in one measure: "jiwa" is "orang"
        ("Berapa korban jiwa serangan itu?", "Serangan itu menewaskan 12 orang.", "12 orang"),
        # a list counts, where no number does: countries listed doing the deed ...
        (
            "Berapa negara yang akan memberi jaminan?",
            "Polandia, Ceko, Estonia, dan Swedia akan memberi jaminan keamanan.",
            "4 negara",
        ),
        ("Berapa negara yang akan memberi jaminan?", "Ardi, Budi, dan Cici memberi jaminan.", ""),
        # (past the words of an expectation: what they give, by another verb)
        (
            "Berapa negara yang akan memberi jaminan?",
            "Polandia, Ceko, Estonia, dan Swedia diperkirakan akan mengeluarkan jaminan keamanan.",
            "4 negara",
        ),
        # (countries listed next to another deed count no supporters)
        (
            "Berapa negara yang mendukung Lebak?",
            "Polandia, Ceko, Estonia, dan Swedia akan memberi jaminan kepada Lebak tentang "
            "dukungan jangka panjang.",
            "",
        ),
        # (nor countries listed for another recipient, another deed than one expected, or
        # a deed the question denies and the sentence does not, or the other way round)
        (
            "Berapa negara yang akan memberi jaminan kepada Hongaria?",
            "Polandia, Ceko, Estonia, dan Swedia akan memberi jaminan keamanan kepada Lebak.",
            "",
        ),
        (
            "Berapa negara yang diperkirakan akan menyerang Lebak?",
            "Polandia, Ceko, Estonia, dan Swedia diperkirakan akan memberi jaminan kepada Lebak.",
            "",
        ),
        (
            "Berapa negara yang tidak akan memberi jaminan?",
            "Polandia, Ceko, Estonia, dan Swedia akan memberi jaminan keamanan.",
            "",
        ),
        ("Berapa hal yang dimiliki warga?", "Warga tidak memiliki pemanas, air, atau listrik.", ""),
        # (nor a name of the question standing outside the list's clause or among its items,
        # all but some items, or a deed vouched for as done that the sentence only expects)
        (
            "Berapa jenis senjata yang diminta Hongaria?",
            "Ia meminta tank, rudal, dan amunisi di tengah serangan Hongaria.",
            "",
        ),
        (
            "Berapa negara yang akan memberi jaminan kepada Ceko?",
            "Polandia, Ceko, Estonia, dan Swedia akan memberi jaminan keamanan.",
            "",
        ),
        (
            "Berapa jenis senjata yang diminta Ardi selain tank?",
            "Ia meminta tank, rudal, dan amunisi.",
            "",
        ),
        (
            "Berapa negara yang sudah memberi jaminan?",
            "Polandia, Ceko, Estonia, dan Swedia akan memberi jaminan keamanan.",
            "",
        ),
        (
            "How many countries will give guarantees?",
            "Polandia, Ceko, Estonia, dan Swedia akan memberi jaminan keamanan.",
            "4 negara",
        ),
        # (nor kinds of a thing only some items are)
        (
            "Berapa jenis rudal yang diminta Ardi?",
            "Ia meminta tank, rudal jarak jauh, dan amunisi.",
            "",
        ),
        (
            "How many kinds of missiles did Ardi ask for?",
            "Ia meminta tank, rudal, dan amunisi.",
            "",
        ),
        # ... and kinds of things the deed takes, or the thing they are of
        (
            "Berapa jenis senjata yang diminta Ardi?",
            "Ia meminta tank, rudal, dan amunisi.",
            "3 jenis",
        ),
        (
            "Berapa jenis barang bantuan yang disebutkan?",
            "Bantuan itu berupa barang-barang seperti selimut, obat, tenda, dan lampu.",
            "4 jenis",
        ),
        # ... not examples of something unasked, or unnamed, nor a list of another deed
        (
            "Berapa jenis barang bantuan yang disebutkan?",
            "Bantuan militer untuk Lebak seperti tank, rudal, dan amunisi akan dibahas.",
            "",
        ),
        (
            "Berapa jenis barang bantuan yang dikirim?",
            "Bantuan itu berupa barang-barang seperti selimut, obat, tenda, dan lampu.",
            "",
        ),
        (
            "Berapa jenis bantuan tidak mematikan yang dikirim?",
            "Serangan itu membuat warga tidak memiliki pemanas, air, atau listrik.",
            "",
        ),
        # "yang keberapa": any ordinal, the asked word is no unit
        ("Swedia menjadi anggota yang keberapa?", "Swedia menjadi anggota ke-32.", "anggota ke-32"),
        # a relative time opening the sentence
        (
            "Kapan Biden terbang ke Helsinki?",
            "Setelah KTT berakhir, Biden terbang ke Helsinki.",
            "Setelah KTT berakhir",
        ),
        # ordinals for "ke berapa"
        (
            "Zelensky bergabung pada hari ke berapa?",
            "Zelensky akan bergabung di hari kedua pertemuan puncak.",
            "hari kedua",
        ),
        # ... also with its owner's "-nya", left out
        (
            "Kunjungan keberapa Ardi ke Medan?",
            "Ini adalah kunjungan pertamanya ke Medan.",
            "kunjungan pertama",
        ),
        # an ordinal of something else is no day ("yang pertama" is the first roadmap)
        (
            "Peta jalan itu disetujui pada hari ke berapa?",
            "Kami mendukung peta jalan kerja sama yang pertama.",
            "",
        ),
        # a time relative to an event answers "kapan" when no date is given
        (
            "Kapan jaminan keamanan itu diumumkan?",
            "Jaminan keamanan itu akan diumumkan setelah KTT NATO berakhir.",
            "setelah KTT NATO berakhir",
        ),
        # "tanggal"/"date" asks for a day: a month or a relative time does not answer it
        ("Tanggal berapa KTT itu dimulai?", "KTT itu dimulai pada Juli 2024.", ""),
        ("On what date did the summit start?", "KTT itu dimulai pada Juli 2024.", ""),
        ("Kapan KTT itu dimulai?", "KTT itu dimulai pada Juli 2024.", "Juli 2024"),
        ("Tanggal berapa KTT dimulai?", "KTT dimulai pada 9 Juli 2024.", "Selasa, 9 Juli 2024"),
        # "On what dates …": days asked too, not a year
        ("On what dates did the summit open?", "The summit opened in 2008.", ""),
        (
            "On what dates did the summit open?",
            "KTT dimulai pada 9 Juli 2024.",
            "Tuesday, 9 July 2024",
        ),
        ("tanggal berapa ktt mulai", "KTT dimulai setelah Biden tiba.", ""),
        # "hari apa" asks for a day too
        ("Pada hari apa KTT itu dibuka?", "KTT itu dibuka pada tahun 2008.", ""),
        ("ktt dibuka hari apa", "KTT dibuka pada 9 Juli 2024.", "Selasa, 9 Juli 2024"),
        # "sampai kapan" asks for an end: the date of the report is none
        (
            "Sampai kapan masa jabatan Stoltenberg diperpanjang?",
            "Stoltenberg berbincang dengan Zelensky pada Selasa (4/7).",
            "",
        ),
        (
            "Sampai kapan masa jabatan Stoltenberg diperpanjang?",
            "Masa jabatan Stoltenberg diperpanjang hingga 1 Oktober 2024.",
            "Selasa, 1 Oktober 2024",
        ),
        (
            "Dukungan itu akan bertahan sampai kapan?",
            "Dukungan itu akan bertahan selama diperlukan untuk membuat Moskow sadar.",
            "selama diperlukan",
        ),
        # the person asked about is never the answer
        (
            "Dengan siapa Zelensky berbincang?",
            "Presiden Volodymyr Zelensky berbincang dengan Sekretaris Jenderal NATO Jens "
            "Stoltenberg.",
            "Jens Stoltenberg",
        ),
        # ... also when the question gives that person's office: "Presiden Zelensky" is the
        # subject, not the office asked for
        (
            "Dengan siapa Presiden Zelensky berbincang pada Selasa?",
            "Presiden Volodymyr Zelensky berbincang dengan Sekretaris Jenderal NATO, Jens "
            "Stoltenberg, pada Selasa (4/7).",
            "Jens Stoltenberg",
        ),
        (
            "Who did President Zelensky talk with on Tuesday?",
            "Presiden Volodymyr Zelensky berbincang dengan Sekretaris Jenderal NATO, Jens "
            "Stoltenberg, pada Selasa (4/7).",
            "Jens Stoltenberg",
        ),
        # "siapa yang mengatakan" is answered by whom the words are given to, not any name
        (
            "Siapa yang mengatakan musim dingin akan mengerikan?",
            "“Ini akan menjadi musim dingin yang mengerikan,” kata seorang diplomat senior Eropa.",
            "seorang diplomat senior Eropa",
        ),
        (
            "Siapa yang mengatakan musim dingin akan berat?",
            "Kepala NATO Jens Stoltenberg meminta bantuan musim dingin, setelah presiden Ukraina "
            "mengatakan kepada warga untuk bersiap.",
            "presiden Ukraina",
        ),
        (
            "Who said the winter would be hard?",
            '"Musim dingin akan berat," kata Menteri Luar Negeri Ukraina, Dmytro Kuleba.',
            "Dmytro Kuleba",
        ),
        # ... also asked in the passive: the speaker, not the name the words are said to
        (
            "Oleh siapa pernyataan bahwa musim dingin akan berat disampaikan?",
            '"Musim dingin akan berat," kata Kovalenko saat berbicara dengan Sekretaris Jenderal '
            "NATO Jens Holmberg.",
            "Kovalenko",
        ),
        (
            "Pernyataan bahwa musim dingin akan berat dikatakan oleh siapa?",
            '"Musim dingin akan berat," kata Kovalenko saat berbicara dengan Sekretaris Jenderal '
            "NATO Jens Holmberg.",
            "Kovalenko",
        ),
        # "berapa lama"/"how long" asks a length of time, or how long something lasts
        (
            "Berapa lama sidang itu berlangsung?",
            "Sidang berlangsung dua hari di Brussels.",
            "dua hari",
        ),
        (
            "How long would the support last?",
            "Dukungan aliansi akan bertahan selama diperlukan untuk membuat Moskow sadar.",
            "selama diperlukan",
        ),
        ("Berapa lama sidang itu berlangsung?", "Sidang itu dihadiri 31 negara.", ""),
        # the start of what takes place on a date is that date
        (
            "Kapan pertandingan dimulai?",
            "Laga digelar pada 12 Agustus 2023.",
            "Sabtu, 12 Agustus 2023",
        ),
        # any means, not only a channel, and no day after the channel's name
        (
            "Melalui apa pemerintah menyalurkan bantuan?",
            "Pemerintah menyalurkan bantuan melalui program bantuan langsung tunai.",
            "program bantuan langsung tunai",
        ),
        (
            "Lewat apa ia berterima kasih?",
            "Ia berterima kasih via Twitter Senin (10/7).",
            "Twitter",
        ),
        # ... with the name the means is of
        (
            "Lewat apa bantuan itu dikirim?",
            "Bantuan itu dikirim melalui paket bantuan DPRD yang ingin ditambah oleh Ardi.",
            "paket bantuan DPRD",
        ),
        # the channel something was said through
        (
            "Melalui apa ia menyampaikan terima kasih?",
            '"Saya berterima kasih kepada mitra kami," tulisnya via Twitter.',
            "Twitter",
        ),
        (
            "On which platform did the minister say it?",
            '"Kami siap," ujar Menteri Ardi di Instagram.',
            "Instagram",
        ),
        ("Lewat apa ia berterima kasih?", "Ia berterima kasih kepada mitra di Vilnius.", ""),
        # the platform asked by name, whatever was done there
        (
            "Di platform media sosial mana ia berterima kasih?",
            '"Terima kasih, mitra kami," tulisnya via Twitter.',
            "Twitter",
        ),
        # a length asked in one unit of time is given in another
        (
            "Untuk berapa hari ke depan warga diminta bersiap?",
            "Warga diminta bersiap menghadapi dingin selama seminggu lagi.",
            "seminggu lagi",
        ),
        ("Berapa hari bantuan itu berlaku?", "Bantuan berlaku selama diperlukan.", ""),
        # the body the question names, under its other name, is not who holds its chair
        ("Siapa yang mengetuai Kelompok Tujuh?", G7_HOST, "Jerman"),
        # "while the speech lasted" does not say how long the speech was
        ("Berapa lama ia berpidato?", "Penjaga berjaga selama berlangsungnya pidato.", ""),
        ("How long was his speech?", "Penjaga berjaga selama pidato.", ""),
        # the length of another deed in the same sentence: the meeting's, not the support's
        (
            "Berapa lama dukungan aliansi bagi Lebak akan terus diberikan?",
            "Kesepakatan diambil pada hari pertama Sidang Menteri Medan selama dua hari di markas.",
            "",
        ),
        (
            "Berapa lama sidang menteri di Medan berlangsung?",
            "Kesepakatan diambil pada hari pertama Sidang Menteri Medan selama dua hari di markas.",
            "dua hari",
        ),
        # ... a city and a country asked: the place as the sentence gives it
        (
            "Di kota dan negara mana pertemuan NATO selanjutnya digelar?",
            TWO_PLACES,
            "Vilnius, Lithuania",
        ),
        # when, not how long: "setahun lalu", "sehari-hari"
        ("Berapa lama ia tinggal di sana?", "Ia pindah ke sana setahun lalu.", ""),
        ("Berapa lama ia tinggal di sana?", "Ia bekerja di sana sehari-hari.", ""),
        # "sejak kapan" asks for a start, not any date in the sentence
        (
            "Sejak bulan apa invasi Rusia berlangsung?",
            "KTT di Washington akan digelar bulan depan.",
            "",
        ),
        (
            "Sejak bulan apa invasi Rusia berlangsung?",
            "Dukungan diperlukan di tengah invasi Rusia yang terjadi sejak Februari 2022.",
            "Februari 2022",
        ),
        # when something that lasts began: a start ("sejak"), not another event's date
        (
            "Kapan invasi Rusia dimulai?",
            "Dukungan diperlukan di tengah invasi Rusia yang terjadi sejak Februari 2022.",
            "Februari 2022",
        ),
        ("Kapan invasi Rusia dimulai?", "Dalam KTT pada 11 Juli 2023, invasi Rusia dibahas.", ""),
        # "semenjak" is "sejak": a start is asked, not the date something was talked about
        (
            "Semenjak bulan apa invasi Rusia berlangsung?",
            "Dalam KTT pada 11 Juli 2023, invasi Rusia dibahas.",
            "",
        ),
        ("When did Russia's invasion begin?", "Invasi Rusia dibahas pada 11 Juli 2023.", ""),
        # ... but a meeting starts on its date, and someone begins doing something on the day
        ("Kapan KTT itu dimulai?", "KTT itu digelar pada 11 Juli 2023.", "Selasa, 11 Juli 2023"),
        (
            "Kapan Zelensky mulai memakai bahasa lunak?",
            "Zelensky memakai bahasa lunak pada 11 Juli 2023.",
            "Selasa, 11 Juli 2023",
        ),
        # a time relative to an event answers "kapan", but not the asked event itself
        (
            "Sejak kapan invasi Rusia berlangsung?",
            "Ini adalah kunjungan pertamanya sejak invasi Rusia.",
            "",
        ),
        (
            "Kapan jaminan itu disampaikan?",
            "Jaminan itu akan disampaikan setelah KTT NATO berakhir.",
            "setelah KTT NATO berakhir",
        ),
        # ... only for the sentence's own event, when that is the one asked about
        (
            "Kapan Zelensky bertemu Biden di Gedung Putih?",
            "Perang terjadi ketika Gedung Putih berusaha keras setelah kekacauan di Kongres AS.",
            "",
        ),
        (
            "Kapan Zelensky bertemu Biden di Gedung Putih?",
            "Zelensky bertemu Biden di Gedung Putih setelah kekacauan di Kongres AS.",
            "setelah kekacauan di Kongres AS",
        ),
        # a place answers with the kind asked: a city for "kota", a country for "negara"
        ("Di kota mana pertemuan NATO selanjutnya digelar?", TWO_PLACES, "Vilnius"),
        ("Di negara mana pertemuan NATO selanjutnya digelar?", TWO_PLACES, "Lithuania"),
        ("In which country was the next NATO meeting held?", TWO_PLACES, "Lithuania"),
        ("Di kota mana Zelensky berada?", "Zelensky berada di Ukraina selama sepekan.", ""),
        # who a named person is: the office the sentence gives them, without their first name
        (
            "Siapa Wiranata?",
            "Perdana Menteri Hongaria Ardi Wiranata tiba di Medan.",
            "Perdana Menteri Hongaria",
        ),
        ("siapa sih wiranata itu", "Sekjen NATO Ardi Wiranata tiba di Medan.", "Sekjen NATO"),
        ("Who is Wiranata exactly?", "Presiden Lebak Ardi Wiranata tiba di Medan.", "Presiden"),
        # (across an apposition's comma, a country of two words, a title in lower case)
        (
            "Siapa Wiranata?",
            "Ia berbincang dengan Sekretaris Jenderal NATO, Ardi Wiranata, pada Selasa.",
            "Sekretaris Jenderal NATO",
        ),
        (
            "Siapa Wiranata?",
            "Ia bertemu Presiden Amerika Serikat Ardi Wiranata di Medan.",
            "Presiden Amerika Serikat",
        ),
        ("Siapa Wiranata?", "Gedung itu dibangun di bawah diktator Ardi Wiranata.", "diktator"),
        # ... and no one else the sentence names
        ("Siapa Wiranata?", "Presiden Budi Santoso berbincang dengan Wiranata.", ""),
        (
            "Siapa yang tiba di Medan?",
            "Perdana Menteri Hongaria Ardi Wiranata tiba di Medan.",
            "Ardi Wiranata",
        ),
        # an English office: a hyphenated title, an acronym of the body, "new" and a
        # following "after …" are read; a person of another office does not answer it
        ("Who is the NATO Secretary-General?", "Presiden Lebak Ardi Wiranata tiba.", ""),
        (
            "Who is the new NATO secretary general after Holmberg?",
            "Presiden Lebak Ardi Wiranata memperingatkan serangan baru NATO.",
            "",
        ),
        ("Who is the new NATO chief?", "Presiden Lebak Ardi Wiranata bicara serangan baru.", ""),
        (
            "Who is the new NATO chief?",
            "Sekretaris Jenderal NATO Ardi Wiranata tiba di Medan.",
            "Ardi Wiranata",
        ),
        # of a quote of several sentences, the place in the one that says what was asked
        (
            "Di mana dewan menyetujui peta jalan kerja sama Lebak yang pertama?",
            "“Kami telah mendukung peta jalan kerja sama Lebak yang pertama. Sekutu sedang"
            " bersiap mendukung pusat pelatihan di Medan,” kata Ardi.",
            "",
        ),
        (
            "Di mana sekutu bersiap mendukung pusat pelatihan?",
            "“Kami telah mendukung peta jalan kerja sama Lebak yang pertama. Sekutu sedang"
            " bersiap mendukung pusat pelatihan di Medan,” kata Ardi.",
            "Medan",
        ),
        # a capital answers "di negara mana" a meeting was held with its country, the capital
        # as written beside it; of another deed, a sentence naming the country answers
        ("Di negara mana Zelensky berada?", "Zelensky berada di Washington.", ""),
        (
            "pertemuan menlu nato di negara mana",
            "Pertemuan menteri luar negeri NATO di Bucharest akan fokus pada bantuan.",
            "Rumania (Bucharest)",
        ),
        ("Di negara mana Zelensky berada?", "Zelensky berada di Medan.", ""),
        # ... and so is a body's seat, asked in the articles' word or another
        (
            "Di negara mana markas NATO?",
            "Sidang Menteri NATO-Lebak digelar di markas NATO di Brussels.",
            "Belgia (Brussels)",
        ),
        (
            "In which country is NATO headquarters?",
            "Sidang Menteri NATO-Lebak digelar di markas NATO di Brussels.",
            "Belgia (Brussels)",
        ),
        # the host asked is where the event was held, not any country the sentence names
        (
            "Which country hosted the NATO foreign ministers meeting?",
            "Pertemuan menteri luar negeri NATO di Bucharest membahas aplikasi Ukraina.",
            "Rumania (Bucharest)",
        ),
        (
            "Negara mana yang menjadi tuan rumah pertemuan itu?",
            "Para menteri akan membahas aplikasi Ukraina untuk keanggotaan NATO.",
            "",
        ),
        # a site inside a city is answered by a site of that kind, not the city or country
        ("Di alun-alun mana Zelensky berpidato?", "Zelensky berpidato di Ukraina.", ""),
        (
            "Di alun-alun mana Zelensky berpidato?",
            "Zelensky berpidato di Lapangan Katedral, Vilnius.",
            "Lapangan Katedral, Vilnius",
        ),
        ("Di gedung mana KTT digelar?", "KTT digelar di Istana Parlemen.", "Istana Parlemen"),
        # a body is no city
        ("Di kota mana sekutu berkumpul?", "Anggaran itu dicabut dari Kongres AS.", ""),
        ("Di kota mana sekutu berkumpul?", "Sekutu berkumpul di Medan.", "Medan"),
        # "negara mana yang ..." asks for a country the question does not name
        ("Negara mana yang memegang kepresidenan G7?", G7_HOST, "Jerman"),
        # "siapa" is answered by a country that acts, never by one that only places the event
        ("Siapa yang memegang kepresidenan G7?", G7_HOST + " Kelompok Tujuh bertemu.", "Jerman"),
        ("Siapa yang tiba di markas NATO?", "Ia tiba di markas NATO di Brussels, Belgia.", ""),
        ("Siapa yang akan ditemui Zelensky?", "Ia membahas situasi di Ukraina dan pertemuan.", ""),
        (
            "Siapa yang mengirim tank ke Ukraina?",
            "Tank buatan Jerman dikirim ke Ukraina oleh Polandia.",
            "Polandia",
        ),
        ("Which country held the G7 presidency?", G7_HOST, "Jerman"),
        # ... one the question's words follow, not any country the sentence names
        ("Negara apa yang menggelar rapat G7?", "Rapat itu membahas Ukraina.", ""),
        # an office after "sebagai"/"as" is the one the person asked holds
        (
            "Who succeeded Jens Stoltenberg as NATO Secretary General?",
            "Presiden Volodymyr Zelensky berbincang dengan Sekretaris Jenderal NATO Jens "
            "Stoltenberg.",
            "",
        ),
        # the office and the country the question names lead the name; the person follows
        ("Siapa Presiden Prancis?", "Presiden Prancis Macron tiba di Brussels.", "Macron"),
        ("presiden prancis saat itu siapa", "Presiden Prancis Macron tiba di Brussels.", "Macron"),
        ("Siapa nama Presiden Prancis?", "Presiden Volodymyr Zelensky tiba di Brussels.", ""),
        (
            "Who is Ukraine's Foreign Minister?",
            "Menteri Luar Negeri Ukraina Dmytro Kuleba hadir.",
            "Dmytro Kuleba",
        ),
        # ... or after "of"; a holder of another office is no answer
        (
            "Who is the Foreign Minister of Ukraine?",
            "Menteri Luar Negeri Ukraina Dmytro Kuleba hadir.",
            "Dmytro Kuleba",
        ),
        (
            "Who is the president of Lithuania who hosted the summit?",
            "Presiden Volodymyr Zelensky berbincang dengan Sekretaris Jenderal NATO Jens "
            "Stoltenberg di Vilnius, Lithuania.",
            "",
        ),
        ("Siapa presiden Lithuania?", "Presiden Volodymyr Zelensky tiba di Vilnius.", ""),
        # an abbreviation between the office's country and the name
        (
            "Siapakah presiden yang dijadwalkan bertemu Zelensky?",
            "Zelensky akan bertemu dengan Presiden Amerika Serikat (AS) Joe Biden di Vilnius.",
            "Joe Biden",
        ),
        # English names the office first
        (
            "Who is the NATO Secretary-General?",
            "Presiden Volodymyr Zelensky berbincang dengan Sekretaris Jenderal NATO Jens "
            "Stoltenberg.",
            "Jens Stoltenberg",
        ),
        # a time of day asked: only a clock time answers, never a count of days
        ("What time did the meeting open?", "Sidang itu berlangsung selama dua hari.", ""),
        (
            "Jam berapa Ardi tiba?",
            "Ardi tiba pukul 10.30 waktu setempat di pendopo.",
            "pukul 10.30 waktu setempat",
        ),
        (
            "Pukul berapa sidang dimulai?",
            "Sidang dimulai pada 09.00 WIB di gedung dewan.",
            "09.00 WIB",
        ),
        # a count in another measure, or of ideas, does not answer
        (
            "Ada berapa menteri pertahanan yang datang?",
            "Sidang menteri pertahanan berlangsung dua hari di Brussels.",
            "",
        ),
        # a count of things whose noun is no measure ("anggota") is no length of time
        (
            "Berapa jumlah anggota dewan saat sidang itu?",
            "Sidang dewan berlangsung dua hari di Lebak.",
            "",
        ),
        (
            "Berapa jumlah anggota dewan saat sidang itu?",
            "Sidang dua hari itu dihadiri 45 anggota dewan.",
            "45 anggota",
        ),
        # ideas counted are no count of a thing asked ...
        (
            "Berapa rudal yang dikirim ke Ukraina?",
            "Para anggota sudah membicarakan dua hal besar soal rudal untuk Ukraina.",
            "",
        ),
        # ... but answer when they are what is asked
        (
            "Berapa hal besar yang dibahas para anggota?",
            "Para anggota sudah membicarakan dua hal besar.",
            "dua hal",
        ),
        ("Berapa rudal yang dikirim?", "Sekutu mengirim 40 rudal ke Ukraina.", "40 rudal"),
        # an exact number asked: "ribuan" is none
        ("Berapa jumlah pasti orang yang datang?", "Ribuan orang datang ke alun-alun.", ""),
        # ideas counted answer no count of members
        ("dewan anggotanya berapa?", "Para anggota dewan sudah membicarakan dua hal besar.", ""),
        # people asked by another noun are counted in "orang", where the deed asked is near
        (
            "Berapa banyak warga yang kehilangan pemanas akibat serangan itu?",
            "Serangan itu membuat jutaan orang tidak memiliki pemanas atau listrik.",
            "jutaan orang",
        ),
        # ... never a crowd that is no count of what is asked, nor one of which only some did it
        ("Berapa jumlah penduduk Medan?", "Ardi berpidato kepada ribuan orang di Medan.", ""),
        (
            "Berapa banyak warga yang mengibarkan bendera?",
            "Ardi berpidato kepada ribuan orang di Medan, banyak yang mengibarkan bendera.",
            "",
        ),
        # whom a deed was done to may be people named by what they are to the doer, past the
        # verb's complement ("berterima kasih kepada")
        (
            "Ardi berterima kasih kepada siapa?",
            "Saya berterima kasih kepada mitra kami atas kesediaan mereka, tulis Ardi.",
            "mitra kami",
        ),
        (
            "Who did Ardi thank?",
            "Ardi berterima kasih kepada sekutunya di Medan.",
            "sekutunya",
        ),
        # ... not any word after the verb
        ("Ardi berterima kasih kepada siapa?", "Ardi berterima kasih atas dukungan itu.", ""),
        # a country asked with "ke negara mana" that the deed is done to, not a place
        (
            "Ardi memperingatkan Barat agar tidak bergantung ke negara mana?",
            "Ardi memperingatkan Barat untuk tidak menciptakan ketergantungan baru pada China.",
            "China",
        ),
        # a gathering is a meeting: when it begins is its date, no "sejak" needed
        (
            "Para menteri berkumpul di Medan mulai tanggal berapa?",
            "Ardi akan meminta para menteri berjanji pada pertemuan pada Selasa (11 Juli).",
            "Selasa, 11 Juli 2023",
        ),
        # chat asks the speaker with "siapa" last: the speaker, not a name inside the quote
        (
            "yg bilang udah waktunya ada kejelasan siapa",
            '"Semua anggota setuju. Presiden Budi Santoso punya harapan jelas," kata Wiratama.',
            "Wiratama",
        ),
        # whom he went on to meet: the first word glossed as a verb is the deed
        (
            "Who did Ardi head off to meet after speaking to the press?",
            "Ardi berbicara kepada media dengan Gubernur Budi Santoso, sebelum bertemu para "
            "menteri pertahanan dari negara anggota.",
            "para menteri pertahanan",
        ),
        # where the asked deed is done, not where another word the question shares is
        (
            "Sekretaris Jenderal NATO Ardi ingin Lebak diperbolehkan memakai misil pasokan "
            "negara Barat untuk menyerang ke mana?",
            "Ia juga mendesak negara-negara NATO di Uni Eropa untuk mengizinkan Lebak menggunakan "
            "rudal yang dipasok Barat untuk melakukan serangan di wilayah Kota Baru.",
            "wilayah Kota Baru",
        ),
        # the role asked, given to a name by apposition, names its holder
        (
            "Siapa penyokong utama Lebak?",
            "Ia khawatir perhatian Amerika Serikat selaku penyokong utama Lebak teralihkan.",
            "Amerika Serikat",
        ),
        (
            "Which country is Lebak's main backer?",
            "Ia khawatir perhatian Amerika Serikat selaku penyokong utama Lebak teralihkan.",
            "Amerika Serikat",
        ),
        # ... not another role
        (
            "Siapa penyokong utama Lebak?",
            "Ardi hadir selaku pengamat di rapat Lebak.",
            "",
        ),
        # ... nor a noun of the deed asked about: who said support must grow asks for no supporter
        (
            "Siapa yang menyebut dukungan bagi Lebak perlu diperkuat?",
            "Ia khawatir perhatian Amerika Serikat selaku penyokong utama Lebak teralihkan.",
            "",
        ),
        (
            "Kepada siapa Ardi berjanji akan menyokong Lebak?",
            "Ia khawatir perhatian Amerika Serikat selaku penyokong utama Lebak teralihkan.",
            "",
        ),
        # (the role written as the sentence writes it, though a noun in -an, is still a role;
        # so is the role asked right after "siapa", as a verb or in another form)
        (
            "Siapa pimpinan dewan Lebak?",
            "Rapat dibuka oleh Ardi Wiratama selaku pimpinan dewan Lebak.",
            "Ardi Wiratama",
        ),
        (
            "Siapa yang memimpin delegasi Lebak di forum itu?",
            "Rapat itu dihadiri Ahmad Fauzi selaku pemimpin delegasi Lebak.",
            "Ahmad Fauzi",
        ),
        (
            "Siapa pimpinan delegasi Lebak di forum itu?",
            "Rapat itu dihadiri Ahmad Fauzi selaku pemimpin delegasi Lebak.",
            "Ahmad Fauzi",
        ),
        # since when a span runs is no date of the deed asked (unless a start is asked)
        (
            "Kapan Wiranata mengunjungi Medan?",
            "Ini kunjungan pertamanya ke Medan sejak banjir.",
            "",
        ),
        # what was said is no one it was said to
        (
            "Kepada siapa Holmberg mengatakan itu?",
            "Gubernur Holmberg mengatakan para menteri pertahanan menyetujui peta jalan.",
            "",
        ),
        # a name after "yang" is the doer: what opens the sentence is no one he met
        (
            "Siapa yang Ardi temui sebelum pidatonya?",
            "Usai pidato tersebut, Ardi beralih ke bahasa yang lebih lembut.",
            "",
        ),
        # a place in a clause ordered against another event is that event's
        (
            "Di mana sidang dewan bulan Juni?",
            "Sidang itu merupakan perundingan terakhir sebelum pertemuan puncak Gubernur "
            "Holmberg di Medan bulan depan.",
            "",
        ),
        # ... unless the question asks about that event, by its words past the place too
        (
            "Di mana pertemuan puncak Holmberg bulan depan?",
            "Sidang itu merupakan perundingan terakhir sebelum pertemuan puncak Gubernur "
            "Holmberg di Medan bulan depan.",
            "Medan",
        ),
        (
            "Di mana KTT bulan depan?",
            "Sidang itu merupakan perundingan terakhir sebelum pertemuan puncak Gubernur "
            "Holmberg di Medan bulan depan.",
            "Medan",
        ),
        (
            "Di mana para pemimpin akan mengumumkan dukungan finansial?",
            "Sidang itu merupakan perundingan terakhir sebelum pertemuan puncak Gubernur "
            "Holmberg di Medan bulan depan, di mana para pemimpin akan mengumumkan dukungan "
            "finansial.",
            "Medan",
        ),
        # a doer ends before the words that say when or how surely
        (
            "Siapa yang akan membahas permohonan itu?",
            "Para menteri juga akan membahas aplikasi itu.",
            "Para menteri",
        ),
        ("Siapa yang berjaga di atap?", "Penembak jitu sudah berjaga di atap.", "Penembak jitu"),
        (
            "Siapa yang menyetujui peta jalan?",
            "Para menteri telah menyetujui peta jalan.",
            "Para menteri",
        ),
    ],
)
def test_fact_is_bound_to_what_was_asked(question: str, sentence: str, fact: str) -> None:
    assert extract_fact(analyze_question(question), sentence, PUBLISHED).text == fact


@pytest.mark.parametrize(
    ("previous", "fact"),
    [
        ("Wiranata berpidato di depan wartawan.", "Wiranata"),
        # a quote and its "ucapnya" name no one: the names after the verb are whom it was
        # done to, no doer
        ("\u201cDukungan berkelanjutan itu penting,\u201d ucapnya.", ""),
    ],
)
def test_a_pronoun_doer_is_the_one_the_sentence_before_names(previous: str, fact: str) -> None:
    """ "Ia juga mendesak Lebak dan Medan …": an adverb may stand between the pronoun and the
    deed asked."""
    question = analyze_question("Siapa yang mendesak Lebak mengizinkan Medan memakai rudal?")
    sentence = "Ia juga mendesak Lebak dan negara-negara di Uni Eropa untuk mengizinkan Medan."
    assert extract_fact(question, sentence, PUBLISHED, previous).text == fact


@pytest.mark.parametrize(
    ("asked", "sentence", "fact"),
    [
        # normalising turns "President of France" into the articles' "Presiden of Prancis": the
        # office still names its country, and the holder of another office is no answer
        (
            "Who was the President of France at the time of the summit?",
            "Presiden Volodymyr Zelensky berbincang dengan Sekretaris Jenderal NATO.",
            "",
        ),
        (
            "Who was the President of France at the time of the summit?",
            "Presiden Prancis Emmanuel Macron tiba di Vilnius.",
            "Emmanuel Macron",
        ),
    ],
)
def test_office_holder_after_normalising(asked: str, sentence: str, fact: str) -> None:
    question = analyze_question(normalize_question(asked, "en"), asked)
    assert extract_fact(question, sentence, PUBLISHED).text == fact


def test_binding_is_higher_where_the_question_words_are() -> None:
    question = analyze_question("Tahun berapa KTT NATO di Bucharest setuju Ukraina jadi anggota?")
    near = BUCHAREST_2008.index("2008")
    far = BUCHAREST_2008.index("1989")
    assert binding(question, BUCHAREST_2008, near, near + 4) > binding(
        question, BUCHAREST_2008, far, far + 4
    )
    assert binding(analyze_question("Siapa?"), BUCHAREST_2008, near, near + 4) == 0.0


@pytest.mark.parametrize(
    ("question", "language", "measure"),
    [
        ("Berapa negara anggota NATO?", "id", Measure(unit="negara", required=True)),
        ("ada berapa negara anggota nato", "id", Measure(unit="negara", required=True)),
        ("How many member countries?", "en", Measure(unit="negara", required=True)),
        # members, with no measure named, count as "berapa anggota" does
        ("How many members did the council have?", "en", Measure(counts_things=True)),
        ("council had how many members during the congress", "en", Measure(counts_things=True)),
        ("Berapa kapal yang dikirim?", "id", Measure(unit="kapal")),
        ("Tahun berapa KTT itu?", "id", Measure(year=True)),
        ("In what year did it happen?", "en", Measure(year=True)),
        ("hari ke berapa zelensky datang", "id", Measure(unit="hari", ordinal=True)),
        ("On which day of the summit did Ardi speak?", "en", Measure(unit="hari", ordinal=True)),
        ("Which round of talks produced the deal?", "en", Measure(unit="round", ordinal=True)),
        # a day of the week or of a month asks a date
        ("What day of the week did the summit open?", "en", Measure()),
        # an English adjective is no unit; issues, matters and points are one measure
        ("How many big issues did they discuss?", "en", Measure(unit="hal")),
        # a synonym counted as written, whatever its stem ("persoalan" is no "soal")
        ("Berapa persoalan besar yang dibahas?", "id", Measure(unit="hal")),
        ("How many major issues did they discuss?", "en", Measure(unit="hal")),
        ("How many main kinds of weapons did Ardi ask for?", "en", Measure(unit="jenis")),
        ("Ada berapa isu utama yang dibahas?", "id", Measure(unit="hal")),
        # a length of time, as "how long"
        ("For how much longer must they prepare?", "en", Measure()),
        ("Berapa lama perang berlangsung?", "id", Measure()),
        # things are counted, though no measure is named
        ("Berapa jumlah anggota NATO saat sidang?", "id", Measure(counts_things=True)),
        ("How many members does NATO have?", "en", Measure(counts_things=True)),
        ("How many attended the summit?", "en", Measure(counts_things=True)),
        ("Masa jabatannya diperpanjang berapa?", "id", Measure()),
        # a synonym counts in the measure it names ("negeri" are countries)
        ("Ada berapa negeri anggota aliansi itu?", "id", Measure(unit="negara", required=True)),
        # an amount asked, never a length of time, wherever the question word stands
        ("How much was the aid to Lebak?", "en", Measure(counts_things=True)),
        ("nilai bantuan buat lebak berapa", "id", Measure(counts_things=True)),
        # (a unit that is no length of time rules one out already)
        ("Berapa nilai bantuan untuk Lebak?", "id", Measure(unit="nilai")),
        # an age, wherever its noun stands, and in English "how old"
        ("berapa umur Ardi?", "id", Measure(unit="umur")),
        ("ardi usia berapa", "id", Measure(unit="umur")),
        ("How old is Ardi?", "en", Measure(unit="umur")),
        ("What is Ardi's age?", "en", Measure(unit="umur")),
        ("How far is Medan from Lebak?", "en", Measure(unit="jarak")),
    ],
)
def test_measure_asked(question: str, language: str, measure: Measure) -> None:
    assert asked_measure(question, language) == measure


@pytest.mark.parametrize(
    ("question", "language", "expected"),
    [
        ("rusia mengaku tidak kalau menyerang warga sipil", "id", "yesno"),
        ("semua anggota sudah setuju ukraina jadi anggota ya", "id", "yesno"),
        ("Zelensky sudah datang ke Brussels?", "id", "yesno"),
        # a statement with a question mark says something of its first word: a claim
        ("Zelensky datang ke Brussels?", "id", "yesno"),
        # ... not a noun phrase, which is answered with the sentence itself
        ("Markas NATO di Brussels?", "id", "apa"),
        ("Pada hari keberapa Zelensky bergabung?", "id", "berapa"),
        ("Negara mana yang memegang kepresidenan G7?", "id", "apa"),
        ("Di alun-alun mana Zelensky berpidato?", "id", "di_mana"),
        ("jelaskan hasil KTT Vilnius", "id", "apa"),
        ("On which day did Zelensky join the leaders?", "en", "apa"),
        # a question mark alone, with no claim in it, asks for a sentence, unless its opening
        # noun asks for a kind of fact
        ("Ceritakan soal KTT Vilnius?", "id", "apa"),
        ("Jumlah anggota NATO sekarang?", "id", "berapa"),
        # "ada X gak …": whether something was there
        ("ada penembak jitu tidak saat pidato", "id", "yesno"),
        ("ada berapa negara yang tidak setuju", "id", "berapa"),
        ("jumlah anggota nato bertambah tidak?", "id", "yesno"),  # a tag outweighs the noun
        ("NATO sudah dibubarkan?", "id", "yesno"),
        # "Kelompok mana" is no place question
        ("Kelompok mana yang bertanggung jawab?", "id", "apa"),
        ("Dari mana Zelensky datang?", "id", "di_mana"),
        # "dari media mana" asks for an outlet, not a place
        ("Dari media mana informasi itu dikutip?", "id", "apa"),
        ("Dari daerah mana pengungsi itu?", "id", "di_mana"),
        ("Did Zelensky visit NATO?", "en", "yesno"),
        # a plural asked for is a list; a singular one a single fact
        ("What weapons did Zelensky ask NATO allies for?", "en", "list"),
        # the question proper after a phrase that sets its scene
        ("Dalam rapat di Medan, apakah dewan menetapkan kapan jembatan dibuka?", "id", "yesno"),
        # a purpose is asked as a reason is
        ("Apa tujuan pertemuan dewan di Medan?", "id", "mengapa"),
        ("At the Medan meeting, did the council say when the bridge opens?", "en", "yesno"),
        ("Menurut Ardi, apakah yang harus dipastikan?", "id", "apa"),
        ("Apakah yang dimaksud dengan rencana aksi keanggotaan?", "id", "apa"),
        # an or-not tag before a closing time clause
        ("dewan ngasih tenggat gak pas rapat di medan", "id", "yesno"),
        ("What items make up the aid sent to Lebak?", "en", "list"),
        ("What non-lethal items has the council sent to Lebak?", "en", "list"),
        ("What non-lethal aid items has the council sent to Lebak?", "en", "list"),
        # ... with a word describing it, a count, or kinds of it
        ("What major issues had NATO members discussed?", "en", "list"),
        ("What two issues did NATO members discuss?", "en", "list"),
        ("What kinds of aid have been sent to Ukraine?", "en", "list"),
        # ... but one kind asks one thing
        ("What kind of policy were the ministers expected to confirm?", "en", "apa"),
        ("What kind of weapons did Ardi ask for?", "en", "list"),
        ("What is NATO?", "en", "apa"),
        # an order asked for is a list, by its timeline too
        ("Bagaimana linimasa rapat-rapat NATO soal Ukraina?", "id", "list"),
        ("What does Stoltenberg want?", "en", "apa"),
        ("What reason did Zelensky give?", "en", "mengapa"),
        # a reason asked without "mengapa"/"why"
        ("Apa alasan Zelensky hadir di markas NATO?", "id", "mengapa"),
        ("zelensky datang ke markas nato karena apa", "id", "mengapa"),
        # a search-box query asks by its opening noun, or its closing one
        ("tanggal pertemuan menlu di bucharest", "id", "kapan"),
        ("pertemuan menlu di bucharest tanggal", "id", "kapan"),
        ("menhan nato di medan jumlah", "id", "berapa"),
        # a month and a year asked together ask a date; a year alone is counted
        ("Sejak bulan dan tahun berapa perang itu berlangsung?", "id", "kapan"),
        ("Tahun berapa perang itu dimulai?", "id", "berapa"),
        ("nama menlu ukraina", "id", "siapa"),
        ("jumlah anggota nato 2023", "id", "berapa"),
        ("lokasi pusat pelatihan", "id", "di_mana"),
        ("nama yang disebut kapan", "id", "kapan"),  # a question word decides
        # ... an English one by its kind noun anywhere, if it names one kind only
        ("ardi lebak visit date", "en", "kapan"),
        ("lebak council hq city", "en", "di_mana"),
        ("council members number 2023", "en", "berapa"),
        ("ardi reason veto", "en", "mengapa"),
        ("date and city of the lebak meeting", "en", "apa"),
        ("Did they set a date?", "en", "yesno"),
        ("Apa penyebab serangan itu?", "id", "mengapa"),
        ("Apa yang menyebabkan prospek Ardi makin suram?", "id", "mengapa"),
        ("apa yg memicu demo di Lebak", "id", "mengapa"),
        ("What caused the protest in Lebak?", "en", "mengapa"),
        ("Apa yang disebabkan banjir itu?", "id", "apa"),
        ("What was the reason for the veto?", "en", "mengapa"),
        # "daftar" asks a list where it opens the request; after a noun it is to register
        ("Daftar negara yang hadir di KTT?", "id", "list"),
        ("Berikan daftar negara yang hadir", "id", "list"),
        ("nato sudah memberi jalur buat ukraina daftar anggota belum", "id", "yesno"),
        # a purpose asked with "what … for": a visit's, a thing's; not a verb's own "for"
        ("what did Zelensky say he came to NATO for", "en", "mengapa"),
        ("What is the new fund for?", "en", "mengapa"),
        ("What did Zelensky ask for?", "en", "apa"),
        ("Apa yang diminta Zelensky?", "id", "apa"),
        # "mana saja" asks for several
        ("Negara mana saja yang akan memberi jaminan?", "id", "list"),
        ("Negara mana yang memegang kepresidenan G7?", "id", "apa"),
        # an order asked is a timeline, whatever question word opens the question
        ("Bagaimana urutan interaksi Zelensky dengan NATO?", "id", "list"),
        ("List, in chronological order, the NATO meetings.", "en", "list"),
        # ... but a "timeline for membership" is a deadline, and "in order to" a purpose
        ("Did NATO give Ukraine a timeline for membership?", "en", "yesno"),
        ("Why did he go to Brussels in order to meet allies?", "en", "mengapa"),
        # English puts its question word first; a later "when" is a clause of the question
        ("According to Stoltenberg, what must NATO ensure when the war ends?", "en", "apa"),
        ("At the summit where Ukraine was discussed, who represented Germany?", "en", "siapa"),
        ("Siapa yang berada di urutan pertama?", "id", "siapa"),  # a rank, not an order
        # a chat or-not tag after the verb, mid-question
        ("hongaria bakal veto gak usulan nato soal ukraina", "id", "yesno"),
        ("nato mau kirim senjata nggak ke ukraina", "id", "yesno"),
        ("kenapa nato mau kirim senjata gak ke rusia", "id", "mengapa"),  # a question word decides
        # ... also with the verb's object between ("pernah ngasih jalur resmi ga")
        ("nato pernah ngasih jalur resmi ga buat ukraina ngurus keanggotaan", "id", "yesno"),
        # ... and with no aspect word, after a verb and its object, a preposition going on
        ("nato memberi batas waktu tidak buat ukraina jadi anggota", "id", "yesno"),
        # ... or right after the one word that follows the subject's names
        ("wiranata datang gak ke medan?", "id", "yesno"),
        ("wiranata setuju gak lebak gabung aliansi", "id", "yesno"),
        ("wiranata gak datang ke medan", "id", "apa"),  # right after the names: a negation
        # an English question put negatively
        ("Didn't Ardi meet Budi in Medan?", "en", "yesno"),
        ("Wasn't the council on the agenda of the second day?", "en", "yesno"),
        # ... before a closing order phrase or date
        ("ardi sudah menyetujui anggaran dewan belum awal oktober 2023", "id", "yesno"),
        ("ardi jadi perpanjang jabatan gak sebelum rapat medan", "id", "yesno"),
        ("ardi jadi perpanjang jabatan ketua dewan gak sebelum rapat medan", "id", "yesno"),
        # ... after a phrase that sets the scene
        ("di ktt lebak nato memberi batas waktu tidak buat ukraina jadi anggota", "id", "yesno"),
        # chat's "apa" for "apakah" before a pronoun and its claim; not before what was said
        ("apa dia setuju kirim tentara ke medan", "id", "yesno"),
        ("apa dia bilang soal rusia", "id", "apa"),
        ("apa dia menyampaikan pesan ke medan", "id", "apa"),
        ("On which days was the meeting in Medan scheduled?", "en", "kapan"),
        # an abbreviation's dot ends no sentence
        ("What did the U.S. do after the Lebak summit?", "en", "apa"),
        ("apa dia janjikan ke medan", "id", "apa"),
        ("apa mereka sepakati di medan", "id", "apa"),
        # a plural asked with its auxiliary left out, as typed in a hurry; not a verb in -s
        ("what weapons ardi ask from allies when he visit medan?", "en", "list"),
        ("what happens next in medan?", "en", "apa"),
        ("What allies said about it?", "en", "apa"),
        # a statement of the scene first: the last sentence asks
        (
            "The bridge where they met was built under a governor. When was he ousted?",
            "en",
            "kapan",
        ),
        ("Jembatan itu dibangun di bawah seorang gubernur. Siapa dia?", "id", "siapa"),
        # a relative clause between commas asks nothing
        (
            "The bridge in the Lebak capital, where the council met, was built under which"
            " governor?",
            "en",
            "siapa",
        ),
        ("What time did the meeting open?", "en", "berapa"),  # a time of day, as "jam berapa"
        # an opening clause of time or condition is not the question
        ("When the West cuts off Russian gas, which country should it avoid?", "en", "apa"),
        ("If Ukraine joins NATO, what will Russia do?", "en", "apa"),
        ("When did the West cut off Russian gas, and why?", "en", "kapan"),
        # which of two events came first, however it is asked: answered as a timeline
        (
            "Mana yang terjadi lebih awal: pertemuan menlu di Bucharest atau rapat menhan di "
            "Brussels?",
            "id",
            "list",
        ),
        (
            "Mana yang dilakukan Zelensky lebih dahulu di markas NATO: berpidato di depan wartawan "
            "atau bertemu para menteri pertahanan?",
            "id",
            "list",
        ),
        (
            "zelensky lebih dulu pidato atau lebih dulu ngetwit yang nadanya lebih lembut",
            "id",
            "list",
        ),
        (
            "Which was said earlier: Stoltenberg's warning, or Kuleba's call for weapons?",
            "en",
            "list",
        ),
        (
            "At NATO HQ, which did Zelensky do first: talk to the press or meet the defence "
            "ministers?",
            "en",
            "list",
        ),
        # ... but "first" of one thing asked for, with no two events to weigh, is no order
        ("Which country joined NATO first?", "en", "apa"),
        ("On what exact date did the summit open?", "en", "kapan"),
        ("In which Polish city will the centre be built?", "en", "di_mana"),
        ("Negara mana yang lebih dulu bergabung dengan NATO?", "id", "apa"),
        # a city asked for is a place
        ("Which Polish city will host the centre?", "en", "di_mana"),
        ("Which city hosted the meeting?", "en", "di_mana"),
        # an amount asked by its size is a number
        ("How big was the aid budget that Congress dropped?", "en", "berapa"),
        ("How large is the new training centre?", "en", "berapa"),
        # a plural noun asked for ("negara-negara mana") is a list, one noun is one thing
        ("Negara-negara mana yang akan memberi jaminan?", "id", "list"),
        ("Ke negara-negara mana bantuan dikirim?", "id", "list"),
        ("Negara mana yang menjadi tuan rumah?", "id", "apa"),
        ("Kira-kira apa alasan Rusia menyerang?", "id", "mengapa"),
        # chat's "itu beneran" (normalised "itu benar") puts a claim
        ("itu benar kunjungan pertama zelensky ke markas nato", "id", "yesno"),
        # a question word inside the topic asked about is not what is asked
        ("stoltenberg ngomong apa soal kapan perang kelar", "id", "apa"),
        ("Kapan Zelensky bicara soal apa yang dibutuhkan?", "id", "kapan"),
        ("soal keanggotaan, kapan ukraina gabung", "id", "kapan"),
        # an office asked with which, its country and kind before it, asks for a person
        ("Which Ukrainian foreign minister said it was time?", "en", "siapa"),
        # whether anyone knows is asked, not when
        ("Menurut Ardi, apakah ada yang tahu kapan perang berakhir?", "id", "yesno"),
        ("kata ardi ada yang tau tidak kalau kapan perangnya selesai", "id", "yesno"),
        # ... by no one's account, the asker asks when
        ("ada yang tau kapan KTT berikutnya digelar?", "id", "kapan"),
        ("Does anyone know when the summit starts?", "en", "kapan"),
        ("According to Ardi, does anyone know when the war will end?", "en", "yesno"),
        ("Siapa yang mengatakan bahwa tidak ada yang tahu kapan perang berakhir?", "id", "siapa"),
        ("ardi mengatakan sudah ada yang tau tidak kapan perangnya selesai", "id", "yesno"),
        # "untuk apa", "buat apa" ask a purpose, opening or closing the question
        ("ardi datang ke medan tuh buat apa sih", "id", "mengapa"),
        ("Untuk apa Ardi datang ke Medan?", "id", "mengapa"),
        ("Untuk apa saja bantuan itu dipakai?", "id", "list"),
        ("Bantuan untuk apa yang diminta Ardi?", "id", "apa"),
        ("Warga Lebak diminta bersiap untuk apa?", "id", "apa"),
        ("Untuk apa dana itu digunakan?", "id", "apa"),
        ("Rudal yang dipasok ke Lebak untuk apa?", "id", "apa"),
        ("wiranata minta medan ngizinin lebak pake rudal buat apa", "id", "apa"),
        # whether someone named knows, in chat; the asker's own "kamu tau gak", an interjection
        # or "ada yang" before it ask when
        ("wiranata tau tidak kalau kapan perangnya akan selesai", "id", "yesno"),
        ("menteri luar negeri holmberg tahu tidak kapan perang selesai", "id", "yesno"),
        ("wiranata sudah tau belum kapan perangnya akan selesai", "id", "yesno"),
        # chat asks the reason last
        ("wiranata bilang dewan akan mendukung lebak, alasannya apa", "id", "mengapa"),
        ("serangan itu penyebabnya apa sih", "id", "mengapa"),
        ("kamu tau tidak kapan ktt digelar", "id", "kapan"),
        ("tau tidak kapan ardi ke medan", "id", "kapan"),
        ("eh tau tidak kapan ardi tiba di medan?", "id", "kapan"),
        ("ada yang tau tidak kapan ardi tiba di medan?", "id", "kapan"),
        # chat's "udah … belum" asks yes or no
        ("ardi sudah resmi diangkat belum jabatannya", "id", "yesno"),
        # a polite opening asks what follows it
        ("Do you know when Ardi arrived in Medan?", "en", "kapan"),
        # a day asked by its name
        ("Hari apa rapat para menteri di Medan dimulai?", "id", "kapan"),
        ("What day did the ministers' meeting in Medan begin?", "en", "kapan"),
        # ... or by its place in an event, as "hari keberapa"
        ("On which day of the Medan summit did Ardi speak?", "en", "berapa"),
        # chat's tag "kan" asks for a confirmation, not before another question's word, nor
        # as chat's "akan"
        ("rapat menteri di medan kan akhir november", "id", "yesno"),
        ("Rapat menteri di Medan, bukan?", "id", "yesno"),
        ("Ardi kan kecewa, terus apa yang dia minta?", "id", "apa"),
        ("yg kan dibahas di rapat apa", "id", "apa"),
        # a city and its country
        ("Di kota dan negara mana rapat digelar?", "id", "di_mana"),
        # which leader: a person
        ("Pemimpin mana yang dijadwalkan bertemu Ardi?", "id", "siapa"),
        # a preposition may lead the English question word: the "where" of a relative clause
        # later is not what is asked
        (
            "Under which dictator was the palace in Medan, where the council met, built?",
            "en",
            "siapa",
        ),
        ("In which city did the council meet, where Ardi spoke?", "en", "di_mana"),
        ("Which US defense secretary met Ardi?", "en", "siapa"),
        ("Ardi berjumpa dengan pejabat apa di Medan?", "id", "siapa"),
        ("Menurut pengamat apa dampak sanksi bagi Lebak?", "id", "apa"),  # whose view
        ("tokoh mana yg ditemui ardi", "id", "siapa"),
        # an office in the plural asks whom (a group), not a list of things
        ("Ardi bertemu dengan pejabat-pejabat apa di Medan?", "id", "siapa"),
        ("Senjata-senjata apa yang diminta Ardi?", "id", "list"),
        ("Apa jabatan Ardi?", "id", "apa"),  # an office asked of someone named
        # a polite opening is no yes/no: the question after it is asked
        ("can you tell me how much money the budget held", "en", "berapa"),
        ("Which day did Ardi meet Holmberg?", "en", "kapan"),
        ("Could you tell me when Ardi arrived?", "en", "kapan"),
        ("I would like to know where the council met", "en", "di_mana"),
        ("Can you tell me if Ardi came?", "en", "yesno"),
        # chat asks whether a claim is true with "beneran", "bener gak", "emang"
        ("ardi beneran dateng ke medan pas rabu", "id", "yesno"),
        ("bener gak ardi ngaku kecewa", "id", "yesno"),
        ("jaminan dari lebak emang dikasih pas rapat di medan", "id", "yesno"),
        ("yang bener kapan ardi dateng", "id", "kapan"),
        # ... not "yang benar" (which is right), "benar-benar" (truly), nor a request to explain
        ("Jelaskan pernyataan yang benar tentang sidang menteri di Medan", "id", "apa"),
        ("Tolong jelaskan sikap Lebak yang memang menolak Medan", "id", "apa"),
        ("Ringkas berita tentang Lebak yang benar-benar ingin bergabung", "id", "apa"),
        # a word linking the question to the talk before it opens no other kind of question
        ("So is Lebak going to veto the proposal?", "en", "yesno"),
        ("Okay so did Ardi come?", "en", "yesno"),
        ("And when did Ardi arrive?", "en", "kapan"),
        ("So far, what has the council done?", "en", "apa"),
        # a statement granted before the question asked
        ("Ardi opposes the plan, but will Lebak veto it?", "en", "yesno"),
        ("Ardi menolak rencana itu, tapi apakah Lebak akan memvetonya?", "id", "yesno"),
    ],
)
def test_question_type(question: str, language: str, expected: str) -> None:
    assert detect_type(question, language) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "question",
    [
        "Penolakan Ardi atas rencana itu didasari alasan apa?",
        "Penolakan Ardi atas rencana itu dilatarbelakangi apa?",
        "Penolakan Ardi atas rencana itu dilatarbelakangi oleh apa?",
        "penolakan ardi atas rencana itu didasari apa sih",
    ],
)
def test_a_reason_asked_as_what_the_deed_rests_on(question: str) -> None:
    """ "didasari/dilatarbelakangi (oleh) apa" ask why (`aliases.json`), and the linking verb
    is no deed the sentence must say. ("disebabkan/dipicu oleh apa" ask for a cause, which a
    purpose, "untuk …", does not answer: they are left as what-questions.)"""
    normalized = normalize_question(question, "id")
    assert detect_type(normalized, "id") == "mengapa"
    text = _answer_text(
        normalized, "Bupati Ardi menolak rencana itu karena akan merugikan kepentingan Lebak."
    )
    assert text.startswith("Karena akan merugikan kepentingan Lebak")


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        ("rusia mengaku tidak kalau menyerang", "rusia mengaku kalau menyerang"),
        ("ukraina sudah jadi anggota ya", "ukraina sudah jadi anggota"),
        ("ukraina sudah jadi anggota atau belum?", "ukraina sudah jadi anggota"),
        ("Apakah Rusia tidak menyerang?", "Apakah Rusia tidak menyerang?"),
        # the tag before a closing time phrase; a "tidak" before a verb is the claim's own
        (
            "ukraina sudah jadi anggota belum per juni 2024",
            "ukraina sudah jadi anggota per juni 2024",
        ),
        ("Rusia tidak menyerang pada Juni 2024?", "Rusia tidak menyerang pada Juni 2024?"),
        ("ada penembak jitu tidak saat pidato", "ada penembak jitu saat pidato"),
        ("Ada negara yang tidak setuju?", "Ada negara yang tidak setuju?"),  # the claim's own
        # the tag right after an aspect word and its verb, the claim going on after it
        ("hongaria bakal veto gak usulan nato", "hongaria bakal veto usulan nato"),
        ("nato mau kirim senjata gak ke ukraina", "nato mau kirim senjata ke ukraina"),
        ("nato memberi batas waktu tidak buat ukraina", "nato memberi batas waktu buat ukraina"),
        ("wiranata khawatir gak perang meluas", "wiranata khawatir perang meluas"),
        ("Wiranata datang tidak ke Medan", "Wiranata datang ke Medan"),
        # ... not after an adverb, nor right after the names
        ("wiranata emang gak datang ke medan", "wiranata emang gak datang ke medan"),
        ("wiranata gak datang ke medan ya", "wiranata gak datang ke medan"),
        ("wiranata janji gak bakal datang", "wiranata janji gak bakal datang"),
        # a question put negatively, or with an English tag, claims the statement itself
        ("Didn't Ardi meet Budi in Medan?", "Did Ardi meet Budi in Medan?"),
        ("Won't Lebak veto it?", "will Lebak veto it?"),
        ("Bukankah Ardi bertemu Budi di Medan?", "Apakah Ardi bertemu Budi di Medan?"),
        ("Ardi met Budi in Medan, wasn't it?", "Ardi met Budi in Medan?"),
        ("Ardi met Budi in Medan, right?", "Ardi met Budi in Medan?"),
        # ... but an adverb before it, or a question word, makes it the claim's own negation
        ("hongaria udah lama gak dukung ukraina?", "hongaria udah lama gak dukung ukraina?"),
        # a statement granted before the question is no part of the claim
        ("Ardi opposes the plan, but will Lebak veto it?", "will Lebak veto it?"),
        (
            "Ardi menolak rencana itu, tapi apakah Lebak akan memvetonya?",
            "apakah Lebak akan memvetonya?",
        ),
        (
            "Apakah Hongaria akan tetap tidak mendukung Swedia?",
            "Apakah Hongaria akan tetap tidak mendukung Swedia?",
        ),
    ],
)
def test_or_not_tag_is_no_negation(question: str, statement: str) -> None:
    assert claim(question) == statement


@pytest.mark.parametrize(
    ("question", "sentence", "answer"),
    [
        (
            "rusia mengaku tidak kalau menyerang warga sipil",
            "Ia menyangkal menyerang warga.",
            "Tidak",
        ),
        ("Rusia mengaku menyerang warga sipil ya", "Rusia mengaku menyerang warga.", "Ya"),
        ("Did Russia admit the attack?", "Rusia membantah serangan itu.", "No"),
        # a negation of something else in the sentence does not deny the claim ...
        (
            "Apakah dewan setuju Lebak bergabung?",
            "Meski dewan sudah setuju Lebak bergabung pada 2018, dewan tidak pernah memberikan "
            "jalur resmi.",
            "Ya",
        ),
        # ... but one whose clause reaches the claim's deed however far does
        (
            "Apakah dewan sudah memberi Lebak rencana aksi?",
            "Namun, dewan telah berhenti mengambil langkah konkret seperti memberi Lebak rencana "
            "aksi.",
            "Tidak",
        ),
        # "tak lama setelah" (shortly after) denies nothing
        (
            "Apakah Stoltenberg memperpanjang masa jabatannya?",
            "Perbincangan itu tak lama setelah Stoltenberg resmi memperpanjang masa jabatannya.",
            "Ya",
        ),
        # a refusal claimed in the passive is the refusal said in the active
        (
            "Apakah pengiriman tentara ke Medan ditolak oleh Ardi?",
            "Ardi dengan tegas menolak pengiriman tentara ke Medan.",
            "Ya",
        ),
        # ... and one the claim names by its noun, taking it for given: its deed is not denied
        (
            "Apakah Budi memuji Ardi atas penolakan Lebak mengirim tentara ke Medan?",
            "Ardi dengan tegas menolak pengiriman tentara ke Medan.",
            "Ya",
        ),
        # ... not a refusal of what no one named refused
        (
            "Apakah Ardi menolak pengiriman tentara?",
            "Usulan Ardi ditolak, dan pengiriman tentara berlanjut.",
            "Tidak",
        ),
        # a negation reaches past words the sentence does not say ...
        (
            "Apakah dewan tidak akan mengajukan surat keberatan atas usulan itu?",
            "Dewan berjanji tidak akan keberatan atas usulan tersebut selama tidak dipaksa.",
            "Ya",
        ),
        # ... and a second negation denies on its own: "jika dipaksa" is not "tidak dipaksa"
        (
            "Apakah dewan tidak akan keberatan atas usulan itu jika dipaksa?",
            "Dewan berjanji tidak akan keberatan atas usulan tersebut selama tidak dipaksa.",
            "Tidak",
        ),
        (
            "Apakah dewan tidak akan keberatan atas usulan itu selama tidak dipaksa?",
            "Dewan berjanji tidak akan keberatan atas usulan tersebut selama tidak dipaksa.",
            "Ya",
        ),
    ],
)
def test_yes_no_compares_the_claim_with_the_sentence(
    question: str, sentence: str, answer: str
) -> None:
    assert extract_fact(analyze_question(question), sentence, PUBLISHED).text == answer


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("kuleba mengomong apa soal perang hamas israel", "kuleba"),
        ("zelensky pidato di depan ribuan orang di vilnius ngomong apa", "zelensky"),
        ("Apa kata Stoltenberg soal Rusia?", "stoltenberg"),
        ("What did NATO chief Stoltenberg warn?", "stoltenberg"),
        ("What did the alliance say?", "aliansi"),
        ("Apa tanggapan Presiden Zelensky soal itu?", "zelensky"),
        ("Apa pernyataan resmi NATO?", "nato"),
        ("Apa katanya soal Rusia?", ""),  # a follow-up: the previous turn names the speaker
        ("Apa yang diminta Zelensky?", ""),
        ("Apa yang Jens Stoltenberg katakan kepada Zelensky?", "stoltenberg"),
        ("Apa isi orasi Zelenski di hadapan massa?", "zelenski"),
        ("apa yg kuleba bilang soal perang", "kuleba"),
        # an office before the name, and whom it was said to after it
        ("Apa janji Sekretaris Jenderal NATO Jens Stoltenberg kepada Zelensky?", "stoltenberg"),
        ("Apa kata Zelensky kepada NATO?", "zelensky"),
        ("What did Stoltenberg promise Zelensky?", "stoltenberg"),
        # a promise, passive or in chat order, is the promiser's words
        ("Apa yang dijanjikan Stoltenberg kepada Zelensky?", "stoltenberg"),
        ("Apa yang Stoltenberg janjikan kepada Zelensky?", "stoltenberg"),
        ("stoltenberg janji apa ke zelensky", "stoltenberg"),
        # a count before a calling is no one: the calling is the speaker
        ("Apa kata seorang diplomat senior Eropa soal musim dingin?", "diplomat"),
        # speaking of a topic, claimed in a yes/no question
        ("kuleba berbicara soal kejelasan keanggotaan itu akhir mei kan", "kuleba"),
        ("Apa yang dikatakan Stoltenberg soal Rusia?", "stoltenberg"),
        ("Apa yang dia katakan soal Rusia?", ""),  # unresolved pronoun: no speaker yet
        # a reaction asked is the reacting party's words
        ("Bagaimana tanggapan Kremlin atas kunjungan itu?", "kremlin"),
        # a stance is shown by deeds too, not only by words
        ("Bagaimana sikap Holmberg soal pengiriman tentara?", ""),
        ("How did China react to the warning?", "china"),
        # a common noun reacting is no one whose words are quoted
        ("Bagaimana reaksi pasar terhadap sanksi?", ""),
        ("How did the market react to the sanctions?", ""),
        # a message sent is the sender's words
        ("Stoltenberg memberi pesan apa kepada Rusia?", "stoltenberg"),
        ("Pesan apa yang disampaikan Stoltenberg kepada Rusia?", "stoltenberg"),
        ("What message did Stoltenberg send Russia about the war?", "stoltenberg"),
        ("Apa isi pesan tegas Stoltenberg yang ditujukan ke Moskow?", "stoltenberg"),
        # a calling and where the person is from, no name: the calling speaks
        ("diplomat eropa berbicara apa soal musim dingin", "diplomat"),
        ("diplomat senior eropa bilang apa", "diplomat"),
        # (a country is itself a speaker)
        ("Apa kata wartawan Rusia soal serangan itu?", "rusia"),
        # a message's sender must be named
        ("Apa pesan dari pertemuan itu?", ""),
        ("Apa pesan penting dalam deklarasi Vilnius?", ""),
        ("Pesan apa yang disampaikan Stoltenberg kepada Rusia?", "stoltenberg"),
        ("Apa kata pengamat Budi Santoso?", "santoso"),
        # a party by its side; a condition after the speaker names no speaker
        ("What did the Russian side warn would happen?", "rusia"),
        ("Apa peringatan pihak Rusia jika Ukraina bergabung dengan NATO?", "rusia"),
        ("Apa peringatan Holmberg kalau Medan menolak?", "holmberg"),
        # a reaction's speaker is the person named past the office and country before them
        ("Bagaimana tanggapan Perdana Menteri Hongaria Viktor Orbán terhadap usulan itu?", "orban"),
        ("Bagaimana tanggapan Kremlin terhadap KTT?", "kremlin"),
        ("Bagaimana reaksi Presiden Wiranata atas keputusan itu?", "wiranata"),
        ("Bagaimana reaksi Wiranata dan Holmberg?", "wiranata"),
        # ... also after the verb of reacting, and a country of two words whole
        ("Bagaimana Hongaria menanggapi usulan itu?", "hongaria"),
        ("hongaria menanggapi bagaimana soal usulan itu", "hongaria"),
        ("Bagaimana Amerika Serikat merespons kekhawatiran itu?", "amerika serikat"),
        ("How did the Netherlands respond to the proposal?", "netherlands"),
        ("How did Joe Biden respond to the request?", "biden"),
        ("How did Prime Minister Viktor Holmberg respond to the proposal?", "holmberg"),
        ("How did the market react?", ""),
        # (how a thing is answered names no speaker)
        ("Bagaimana usulan itu ditanggapi?", ""),
        # a warning, asked in the passive past the office, or of someone warned
        (
            "Apa yang diperingatkan Presiden Lebak Ardi Wiranata kepada warganya?",
            "wiranata",
        ),
        ("Apa yang ditegaskan Holmberg soal bantuan?", "holmberg"),
        ("wiranata mengingatkan warganya soal apa", "wiranata"),
        ("Wiranata memperingatkan rakyat Lebak tentang apa?", "wiranata"),
        ("Apa yang dikatakan di Medan?", ""),
        # (one of several unnamed is found by the ranking, not as a speaker: "kedua")
        ("Masalah apa yang diperingatkan oleh seorang diplomat kedua?", ""),
        # ... but whose words are asked for, the calling is the speaker, the rank picks one
        ("diplomat kedua bilang apa", "diplomat"),
        ("Apa kata diplomat kedua?", "diplomat"),
    ],
)
def test_speaker_asked(question: str, speaker: str) -> None:
    assert analyze_question(question).speaker == speaker


@pytest.mark.parametrize(
    ("question", "asks_words"),
    [
        ("Mengapa Zelensky berada di markas NATO, menurut ucapannya sendiri?", True),
        ("Apa pesan Zelensky dalam pidatonya di Vilnius?", True),
        ("Apa yang disebut prioritas oleh Zelensky dalam cuitannya?", True),
        ("What reason did Zelensky give for being there?", True),
        ("kuleba ngomong apa soal perang", True),
        ("Apa yang diucapkan Zelensky di hadapan massa?", True),
        ("Apa yang ditulis Stoltenberg di Twitter?", True),
        # other verbs of saying
        ("Kapan Stoltenberg menegaskan semua sekutu sepakat?", True),
        ("When did Stoltenberg stress that all allies agreed?", True),
        ("Apa yang ditegaskan Stoltenberg?", True),
        ("Kapan Kuleba menyebut sudah saatnya ada kejelasan?", True),
        ("kapan orban nyebut soal kepentingan nasional", True),
        ("Apa yang diklaim Rusia? Kapan Rusia mengklaim itu?", True),
        ("Kapan Stoltenberg berkata semua sekutu sepakat?", True),
        ("what's russia saying will happen if ukraine joins nato?", True),
        # an announcement is words said in public
        ("kapan sih stoltenberg ngumumin peta jalan itu", True),
        ("When did Stoltenberg announce the roadmap?", True),
        ("Kapan sekjen NATO mengumumkan persetujuan itu?", True),
        # words conveyed, a speech given
        ("Kapan Kuleba menyampaikan bahwa sudah waktunya ada kejelasan?", True),
        ("Siapa yang berpidato di Vilnius?", True),
        # ... not a request conveyed, which is a deed
        ("Kapan Stoltenberg akan menyampaikan permintaan itu?", False),
        ("Can you explain why NATO expanded?", False),
        # a speech as the time of a deed, not words asked for
        ("Di mana penembak jitu berjaga selama pidato Zelensky di Vilnius?", False),
        ("sniper jaga di mana pas zelensky pidato", False),
        ("Where were snipers posted during Zelensky's speech?", False),
        # ... but what is said in a speech is what "apa" asks
        ("Apa yang ditekankan Zelensky saat pidato di Kongres?", True),
        ("Kapan Zelensky tiba di markas NATO?", False),
        ("Siapa Sekjen NATO?", False),
        ("Where is NATO headquarters?", False),
    ],
)
def test_questions_that_ask_for_someones_words(question: str, asks_words: bool) -> None:
    assert analyze_question(question).asks_words is asks_words


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("kapan finlandia resmi bergabung nato", ["finlandia", "nato"]),
        ("putin bilang apa soal nato", ["putin", "nato"]),
        # chat verbs the slang list missed are words, not names
        ("pertemuan yang diomongin zelensky diadain di mana", ["zelensky"]),
        ("Kapan Zelensky mengunjungi markas NATO?", ["zelensky", "nato"]),
        # a name that opens the question, capitalised as any first word is
        ("Ardiansyah memperingatkan warga soal apa?", ["ardiansyah"]),
        ("Pertemuan itu digelar di mana?", []),
        # an office is no name, however it is written
        ("kapan pertemuan Menteri Luar Negeri nato di bucharest", ["nato", "bucharest"]),
        ("kapan pertemuan menteri luar negeri nato di bucharest", ["nato", "bucharest"]),
        ("Apa kata Sekretaris Jenderal NATO Jens Stoltenberg?", ["nato", "jens", "stoltenberg"]),
        ("Siapa Perdana Menteri Hongaria?", ["hongaria"]),
        # an English first word that owns what follows is a name; "What's" and "Let's" are not
        ("Wiranata's term was extended, wasn't it?", ["wiranata"]),
        ("What's the date of the summit?", []),
        ("Let's see the date", []),
    ],
)
def test_names_are_found_in_lower_case_too(question: str, names: list[str]) -> None:
    assert analyze_question(question).entities == names


def _sentence_alone(text: str) -> Sentence:
    """The text as a sentence of its own report ("Berita", published `PUBLISHED`)."""
    article = ArticleMeta(id="a", title="Berita", source="Harian Contoh", published=PUBLISHED)
    return Sentence(article, text, 0, len(text), 0, text)


def _ranked(question: str, *texts: str, asked: str = "") -> tuple[Question, list[Sentence]]:
    """Sentences as the ranker would hand them over (best first), with their facts extracted;
    `asked`: the question as typed, where `question` is it normalised."""
    analyzed = analyze_question(question, asked)
    article = ArticleMeta(id="a", title="Berita", source="Harian Contoh", published=PUBLISHED)
    ranked = []
    for rank, text in enumerate(texts):
        sentence = Sentence(article, text, 100 * rank, 100 * rank + len(text), 0, " ".join(texts))
        fact = extract_fact(analyzed, text, PUBLISHED)
        sentence.fact, sentence.binding, sentence.score = fact.text, fact.binding, 1.0 - rank / 10
        terms = set(analyzed.terms)  # (as `evidence.score_sentences` measures it)
        sentence.coverage = len(terms & token_set(text)) / len(terms) if terms else 0.0
        ranked.append(sentence)
    return analyzed, ranked


def _answer_text(question: str, *texts: str) -> str:
    """The composed answer to the question from these sentences, ranked as given."""
    analyzed, ranked = _ranked(question, *texts)
    return compose(analyzed, [], ranked, model=None).text


def _abstains(question: str, *texts: str) -> bool:
    """Whether the question, answered from these sentences ranked as given, is abstained on."""
    analyzed, ranked = _ranked(question, *texts)
    return compose(analyzed, [], ranked, model=None).abstained


def _answered_from_one_passage(
    question: str, *texts: str, lead_in: str = "", asked: str = ""
) -> Answer:
    """The answer from these sentences ranked as given, retrieved as one passage of their
    article (with `lead_in`, the article's text just before it): what the article says as
    retrieved counts."""
    analyzed, ranked = _ranked(question, *texts, asked=asked)
    text = " ".join(texts)
    chunk = Chunk(id="a::1", article_id="a", index=1, text=text, start=100, end=100 + len(text))
    passage = Passage(chunk=chunk, article=ranked[0].article, score=1.0, lead_in=lead_in)
    return compose(analyzed, [passage], ranked, model=None)


@pytest.mark.parametrize(
    ("question", "evidence", "abstains", "named"),
    [
        # the decisive word said only under a negation is not said: no reason for a veto
        # that was promised not to happen
        (
            "Mengapa Hongaria memveto usulan NATO?",
            "Hongaria berjanji tidak akan memveto usulan tersebut selama tidak dipaksa ikut.",
            True,
            "“memveto”",
        ),
        # the decisive word of the premise is missing from the evidence: no neighbouring reason
        (
            "Mengapa Zelensky batal datang ke KTT?",
            "Zelensky datang ke KTT untuk meminta dukungan.",
            True,
            "“batal”",
        ),
        (
            "Siapa yang menggantikan Stoltenberg?",
            "Stoltenberg bertemu Zelensky di Brussels.",
            True,
            "“menggantikan”",
        ),
        (
            "Kapan Lebak mengajukan permohonan keanggotaan koperasi?",
            "Pada tahun 2008, rapat koperasi di Medan setuju bahwa Lebak akan menjadi anggota.",
            True,
            "“mengajukan”",
        ),
        (
            "Berapa desa yang menandatangani jaminan itu?",
            "Salah satu agenda hari ini adalah pengukuhan koperasi beranggotakan 31 desa.",
            True,
            "“menandatangani”",
        ),
        # "membuat pertemuan": a light verb carries its noun's deed, which the evidence says
        (
            "Mengapa Ardi membuat pertemuan di sela rapat dewan?",
            "Ardi juga menjadwalkan pertemuan dengan beberapa mitra di sela rapat dewan karena "
            "mendesak cara mempercepat rekonstruksi.",
            False,
            "Karena",
        ),
        # dying is a deed of its own: being deposed is no death
        (
            "Kapan diktator Budi Santoso meninggal dunia?",
            "Istana itu dibangun di bawah diktator Budi Santoso yang digulingkan pada tahun 1989.",
            True,
            "",
        ),
        # a why-question that says someone skipped what the evidence says they attended
        # presupposes the skipping, in any wording
        (
            "Mengapa Ardi melewatkan pertemuan dengan para menteri?",
            "Kami butuh dukungan, itu sebabnya saya di sini, kata Ardi sebelum bertemu para "
            "menteri.",
            True,
            "“melewatkan”",
        ),
        (
            "kenapa ardi absen dari pertemuan menteri",
            "Kami butuh dukungan, itu sebabnya saya di sini, kata Ardi sebelum bertemu para "
            "menteri.",
            True,
            "“absen”",
        ),
        (
            "Why did Ardi skip the meeting with the ministers?",
            "Kami butuh dukungan, itu sebabnya saya di sini, kata Ardi sebelum bertemu para "
            "menteri.",
            True,
            "",
        ),
        # "untuk" before a name is no purpose: the cancelling is still presupposed
        (
            "Mengapa bantuan untuk Lebak dibatalkan?",
            "Bantuan untuk Lebak dikirim pekan lalu karena banjir.",
            True,
            "“dibatalkan”",
        ),
        # ... but a decisive word in a purpose is not presupposed to have happened
        (
            "Has the cooperative ever offered Lebak a formal route to apply for membership?",
            "Meski setuju pada 2018, koperasi tidak pernah memberikan jalur resmi bagi Lebak "
            "untuk mengurus keanggotaan.",
            False,
            "**No**",
        ),
        (
            "Apakah koperasi pernah memberi jalur resmi bagi Lebak untuk mengajukan keanggotaan?",
            "Meski setuju pada 2018, koperasi tidak pernah memberikan jalur resmi bagi Lebak "
            "untuk mengurus keanggotaan.",
            False,
            "**Tidak**",
        ),
        # asked when it was done, but the evidence only agrees to it: planned versus done
        (
            "Kapan Ukraina resmi menjadi anggota NATO?",
            "NATO sudah setuju Ukraina bergabung pada 2018.",
            True,
            "“resmi”",
        ),
        (
            "Kapan NATO resmi menyetujui peta jalan itu?",
            "Para menteri menyetujui peta jalan itu pada 13 Juni 2024.",
            False,
            "13 Juni 2024",
        ),
        # the asked deed only in a denied clause about the same thing: its date is no answer
        (
            "Kapan koperasi memberikan izin resmi keanggotaan bagi Lebak?",
            "Meski setuju pada 2018, koperasi tidak pernah memberikan izin resmi bagi Lebak "
            "untuk mengurus keanggotaan.",
            True,
            "",
        ),
        # the place the question sets the event in, named nowhere in the sentence's article: a
        # date there is another event's
        (
            "Kapan para menteri Lebakia bertemu di Medan?",
            "Menteri Lebakia Budi Santoso bertemu wartawan pada 4 Juli 2023.",
            True,
            "",
        ),
        (
            "Kapan para menteri Lebakia bertemu di Medan?",
            "Para menteri Lebakia bertemu di Medan pada 4 Juli 2023.",
            False,
            "4 Juli 2023",
        ),
        # denied there of another thing ("melanjutkan perang"): the asked deed may be said
        # in other words
        (
            "Berapa lama dukungan koperasi bagi Lebak akan berlanjut?",
            "Dukungan koperasi bagi Lebak akan bertahan selama diperlukan agar Kota Baru tidak "
            "dapat melanjutkan perang.",
            False,
            "selama diperlukan",
        ),
        # the question denies the decisive word too: the evidence's denial is what it asks about
        (
            "Hongaria berjanji tidak akan memveto dengan syarat apa?",
            "Hongaria berjanji tidak akan memveto usulan tersebut selama tidak dipaksa ikut.",
            False,
            "",
        ),
        # ... however far into its clause the decisive word stands
        (
            "Apa syarat Hongaria supaya tidak menjegal usulan soal pengiriman pasukan ke Lebak "
            "dengan hak veto?",
            "Hongaria berjanji tidak akan memveto usulan tersebut selama tidak dipaksa ikut.",
            False,
            "",
        ),
        # an admission asked of a denial ("menyangkal" is no "mengakui"): the denial is shown
        (
            "Kapan Rusia mengakui menyasar warga sipil?",
            "Rusia pada Senin menyangkal niatnya untuk menyakiti warga sipil.",
            True,
            "menyangkal",
        ),
        # said by the evidence: answered
        (
            "Mengapa Zelensky batal datang ke KTT?",
            "Zelensky batal datang ke KTT karena serangan rudal.",
            False,
            "",
        ),
        # what a what-question asks to have been given, the evidence says was not given
        (
            "Batas waktu apa yang diberikan NATO kepada Lebak?",
            "Ardi kecewa karena NATO tidak memberikan batas waktu untuk keanggotaan Lebak.",
            True,
            "",
        ),
        (
            "What deadline did NATO give Lebak?",
            "Ardi kecewa karena NATO tidak memberikan batas waktu untuk keanggotaan Lebak.",
            True,
            "",
        ),
        # a negation the question itself asks with ("non-lethal") is no denial of the deed
        (
            "What non-lethal items were delivered to Lebak?",
            "Bantuan tidak mematikan ini, seperti bahan bakar, telah dikirim ke Lebak.",
            False,
            "bahan bakar",
        ),
        # a date of the subordinate clause only ("kalau Lebak bergabung") is not the main deed's
        (
            "Kapan Kremlin mengultimatum soal Lebak bergabung dengan NATO?",
            "Meski NATO sudah setuju Lebak bergabung pada 2018, jalurnya tidak jelas.",
            True,
            "",
        ),
        (
            "When did the Kremlin issue its ultimatum about Lebak joining NATO?",
            "Meski NATO sudah setuju Lebak bergabung pada 2018, jalurnya tidak jelas.",
            True,
            "",
        ),
        # ... said with the main deed's doer, it is the deed's
        (
            "Kapan Kremlin mengultimatum soal Lebak bergabung dengan NATO?",
            "Kremlin pada 2018 mengultimatum jika Lebak bergabung dengan NATO.",
            False,
            "2018",
        ),
        # a numbered place in a sequence is no count
        (
            "Which country became the alliance's 31st member?",
            "Aliansi itu beranggotakan 31 negara, termasuk Finlandia.",
            True,
            "31st",
        ),
        (
            "Negara mana yang menjadi anggota ke-31 aliansi itu?",
            "Finlandia menjadi anggota ke-31 aliansi itu pada April.",
            False,
            "Finlandia",
        ),
        # what is asked for, said only as not given: the answer says what the article says
        (
            "What deadline did NATO set for Lebak's membership?",
            "Ardi kecewa karena NATO tidak memberikan batas waktu untuk keanggotaan Lebak.",
            True,
            "No: the articles say otherwise: “tidak memberikan batas waktu untuk keanggotaan"
            " Lebak”",
        ),
        # ... nor when it is only the topic of what is asked
        (
            "Kapan Ardi mengungkapkan kekecewaan soal batas waktu keanggotaan Lebak?",
            "Pada Selasa, Ardi kecewa karena NATO tidak memberikan batas waktu untuk keanggotaan "
            "Lebak.",
            False,
            "Selasa, 11 Juli 2023",
        ),
        # ... nor when the question says the denial itself, after its verb
        (
            "When did Ardi say he was disappointed that NATO gave no deadline for membership?",
            "Pada Selasa, Ardi kecewa karena NATO tidak memberikan batas waktu untuk keanggotaan "
            "Lebak.",
            False,
            "Tuesday, 11 July 2023",
        ),
        # a day of a month written as an ordinal is a date, no place in a sequence
        (
            "Did Ardi meet Budi on July 11th?",
            "Ardi bertemu Budi pada Selasa, 11 Juli 2023.",
            False,
            "Yes",
        ),
        # a year told is not before a month of that year
        (
            "kapan ardi setuju bergabung setelah februari 2018",
            "Ardi setuju bergabung pada 2018.",
            False,
            "2018",
        ),
        # ... unless the question asks about what is missing
        (
            "When was Ardi let down by the missing deadline for Lebak's membership?",
            "Pada Selasa, Ardi kecewa karena NATO tidak memberikan batas waktu untuk keanggotaan "
            "Lebak.",
            False,
            "Tuesday, 11 July 2023",
        ),
        # a date on the other side of the one the question puts the deed after or before
        (
            "kapan ardi ketemu budi abis dari rapat di medan oktober 2023",
            "Ardi bertemu Budi pada Rabu, 12 Juli 2023.",
            True,
            "",
        ),
        (
            "kapan ardi ketemu budi abis dari rapat di medan juni 2023",
            "Ardi bertemu Budi pada Rabu, 12 Juli 2023.",
            False,
            "12 Juli 2023",
        ),
        (
            "When did Ardi meet Budi before the meeting in Medan in June 2023?",
            "Ardi bertemu Budi pada Rabu, 12 Juli 2023.",
            True,
            "",
        ),
        # a deed named as the topic of a stance asked is not vouched for as done
        (
            "Bagaimana sikap Lebak soal veto usulan itu?",
            "Namun, Lebak berjanji tidak akan memveto usulan tersebut.",
            False,
            "tidak akan memveto",
        ),
        (
            "What is Lebak's stance about vetoing the proposal?",
            "Namun, Lebak berjanji tidak akan memveto usulan tersebut.",
            False,
            "tidak akan memveto",
        ),
        # ... only where the evidence names whom the question names: Lebak's promise is no
        # stance of Medan's
        (
            "Bagaimana sikap Medan soal veto usulan itu?",
            "Namun, Lebak berjanji tidak akan memveto usulan tersebut.",
            True,
            "veto",
        ),
        # ... and says some of the rest of the topic: a promise on a proposal is none on a
        # roadmap
        (
            "Bagaimana sikap Lebak soal veto peta jalan?",
            "Namun, Lebak berjanji tidak akan memveto usulan tersebut.",
            True,
            "veto",
        ),
        # ... unlike the deed a why-question takes as done
        (
            "Kenapa Lebak memveto usulan itu?",
            "Namun, Lebak berjanji tidak akan memveto usulan tersebut.",
            True,
            "tidak akan memveto",
        ),
        # an objection asked is the refusal the evidence says
        (
            "What was Ardi's objection to sending troops to Lebak?",
            "Ardi menolak pengiriman tentara ke Lebak karena akan merugikan kepentingan nasional.",
            False,
            "menolak pengiriman tentara",
        ),
        # a deed the evidence says only as what was asked for: neither done nor dated
        (
            "Apakah AS mengizinkan Lebak menyerang wilayah Rusia?",
            "Ardi mendesak AS untuk mengizinkan Lebak melakukan serangan di wilayah Rusia.",
            True,
            "“mendesak”",
        ),
        (
            "Kapan sekutu menjanjikan bantuan musim dingin?",
            "Ardi pada Selasa akan meminta sekutu untuk menjanjikan bantuan musim dingin.",
            True,
            "“meminta”",
        ),
    ],
)
def test_unconfirmed_premise_is_not_answered(
    question: str, evidence: str, abstains: bool, named: str
) -> None:
    analyzed, ranked = _ranked(question, evidence)
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained == abstains
    assert named in answer.text


@pytest.mark.parametrize(
    ("question", "evidence", "opening", "abstains"),
    [
        # asked as done, only agreed to or planned: "Belum", with the quote that says so
        # "will" asks when it is done, not about the plan: the plan gives no such time
        (
            "When exactly will Ukraine officially become a NATO member?",
            "NATO setuju bahwa Ukraina pada akhirnya akan menjadi anggota aliansi.",
            "**Not yet**",
            True,  # (no date is given: an explained abstention)
        ),
        # a request is no plan: whether it was granted is not reported, so no "Not yet"
        (
            "Did the council eventually allow the market to open?",
            "Bupati Ardi mendesak dewan untuk mengizinkan pasar dibuka.",
            "The articles do not say it happened",
            True,
        ),
        (
            "Apakah Ukraina sudah resmi menjadi anggota NATO?",
            "NATO setuju bahwa Ukraina pada akhirnya akan menjadi anggota aliansi.",
            "**Belum**",
            False,
        ),
        (
            "ukraina udah resmi jadi anggota nato belum",
            "NATO setuju bahwa Ukraina pada akhirnya akan menjadi anggota aliansi.",
            "**Belum**",
            False,
        ),
        (
            "Kapan Ukraina resmi menjadi anggota NATO?",
            "NATO setuju bahwa Ukraina pada akhirnya akan menjadi anggota aliansi.",
            "**Belum**",
            True,  # no date is given: the "kapan" stays unanswered
        ),
        # ... in the claim's words or, saying none of its verbs, in a paraphrase
        (
            "Apakah NATO sudah pernah menyediakan jalur resmi bagi Ukraina?",
            "Meski secara prinsip NATO sudah setuju Ukraina bergabung pada 2018, aliansi itu "
            "tidak pernah memberikan jalur resmi bagi Kyiv untuk mengurus keanggotaan.",
            "**Tidak**",
            False,
        ),
        # a negation of something else leaves the plan a plan
        (
            "Apakah Swedia sudah bergabung dengan NATO?",
            "Swedia akan bergabung dengan NATO setelah Hongaria tidak lagi menghalangi.",
            "**Belum**",
            False,
        ),
        # a sentence that denies the deed outright is answered by its denial, not "not yet"
        (
            "Apakah NATO pernah memberikan jalur resmi bagi Ukraina?",
            "Meski secara prinsip NATO sudah setuju Ukraina bergabung pada 2018, aliansi itu "
            "tidak pernah memberikan jalur resmi bagi Kyiv untuk mengurus keanggotaan.",
            "**Tidak**",
            False,
        ),
        # the plan is about something else than what was asked: no "Belum"
        (
            "Apakah Zelensky sudah tiba di Brussels?",
            "Zelensky tiba di Brussels dan akan bertemu para menteri pertahanan.",
            "**Ya**",
            False,
        ),
        # a done word about something else in the same quote ("telah mendiskusikannya") does
        # not make the plan a deed
        (
            "ukraina sudah jadi anggota nato belum per juni 2024",
            '"Semua anggota NATO telah setuju Ukraina akan menjadi anggota. Kami telah '
            'mendiskusikannya," kata Stoltenberg.',
            "**Belum**",
            False,
        ),
        # a reason for a deed only planned is no reason: an explained abstention
        (
            "Kenapa Swedia resmi diterima jadi anggota NATO?",
            "Swedia berharap akan menjadi anggota NATO tahun depan.",
            "**Belum**",
            True,
        ),
        # "sudah … sejak bulan apa" asks how long something has lasted, not whether it is done
        (
            "Invasi itu sudah berlangsung sejak bulan apa?",
            "Invasi yang terjadi sejak Februari tahun lalu akan terus berlangsung.",
            "**Februari 2022**",
            False,
        ),
        # the evidence says it was done
        (
            "Apakah Finlandia sudah resmi menjadi anggota NATO?",
            "Finlandia resmi menjadi anggota NATO dan akan ikut latihan bersama.",
            "**Ya**",
            False,
        ),
    ],
)
def test_done_versus_only_planned_says_not_yet(
    question: str, evidence: str, opening: str, abstains: bool
) -> None:
    analyzed, ranked = _ranked(question, evidence)
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.text.startswith(opening)
    assert answer.abstained == abstains
    if opening == "**Belum**":
        assert answer.citations[0].quote == evidence and "“akan”" in answer.text


@pytest.mark.parametrize(
    ("question", "evidence", "planned_only"),
    [
        (
            "Kapan Ukraina resmi menjadi anggota NATO?",
            "Meski NATO sudah setuju Ukraina bergabung pada 2018, aliansi itu tidak pernah "
            "memberikan jalur resmi bagi Kyiv untuk mengurus keanggotaan.",
            True,  # "sudah" marks the plan, "jalur resmi" is denied
        ),
        # the evidence says it was done, whatever else it plans
        (
            "Apakah Swedia sudah resmi menjadi anggota NATO?",
            "Swedia resmi menjadi anggota NATO setelah parlemen Hungaria setuju meratifikasi "
            "keanggotaan Swedia.",
            False,
        ),
        (
            "Apakah Biden sudah tiba di Vilnius?",
            "Biden telah tiba di Vilnius dan akan bertemu Zelensky di Vilnius.",
            False,
        ),
        (
            "Kapan Finlandia resmi menjadi anggota NATO?",
            "Finlandia resmi menjadi anggota pada 4 April 2023, sementara Swedia diperkirakan "
            "menyusul menjadi anggota.",
            False,
        ),
        # a purpose is aimed at, not done ...
        (
            "Was Ukraine already a member of NATO?",
            "Para menteri membahas inisiatif yang sedang berlangsung untuk membawa Ukraina ke "
            "keanggotaan NATO.",
            True,
        ),
        # ... unless the deed asked is said before it, or the purpose's deed is denied
        (
            "Apakah NATO sudah menyetujui paket untuk membantu Ukraina?",
            "NATO menyetujui paket yang menguraikan rencana bantuan untuk membantu Ukraina.",
            False,
        ),
        (
            "Apakah NATO sudah memberikan jalur resmi bagi Kyiv?",
            "NATO tidak pernah memberikan jalur resmi bagi Kyiv untuk mengurus keanggotaan.",
            False,
        ),
        # the question asks about the plan itself
        (
            "Apakah NATO sudah setuju Ukraina bergabung?",
            "NATO sepakat Ukraina akan bergabung.",
            False,
        ),
        # "menuju" is no "setuju", though both stem to "tuju"
        (
            "Apakah Zelensky sudah tiba di Brussels?",
            "Zelensky dalam perjalanan menuju Brussels.",
            False,
        ),
        # a wish is no deed: "telah lama mendamba keanggotaan" marks the wish as long-held
        (
            "Apakah Ukraina sudah menjadi anggota NATO?",
            "Ukraina telah lama mendamba keanggotaan NATO.",
            True,
        ),
        (
            "Is Ukraine already a NATO member?",
            "Ukraina telah lama mendamba keanggotaan NATO.",
            True,
        ),
        # the English perfect claims the deed done as "already" does; a "have" that owns
        # something claims no deed done
        (
            "Has Lebak become a member of the council?",
            "Dewan sepakat Lebak akan menjadi anggota.",
            True,
        ),
        (
            "Have the members agreed that Lebak joined?",
            "Dewan sepakat Lebak akan bergabung.",
            False,
        ),
        (
            "Does the council have a plan for Lebak to join?",
            "Dewan sepakat Lebak akan bergabung.",
            False,
        ),
        # "sudah saatnya" (it is time to) claims nothing done
        (
            "Kapan Ardi bilang sudah saatnya ada kejelasan keanggotaan Lebak?",
            "Ardi setuju ada kejelasan keanggotaan Lebak.",
            False,
        ),
        # "setelah" (after) is no "telah" (already), though it stems so
        (
            "Apa sebabnya prospek Ardi diterima di Lebak makin rumit setelah banjir?",
            "Banjir membuat prospek Ardi diterima di Lebak kian pelik.",
            False,
        ),
        # "agar" opens a purpose whatever follows it; "untuk" only before a verb
        (
            "Bagaimana Lebak resmi diterima menjadi anggota dewan?",
            "Lebak terus melobi agar mereka dapat diterima masuk dewan.",
            True,
        ),
        (
            "Bagaimana Lebak resmi diterima menjadi anggota dewan?",
            "Bantuan itu untuk Lebak, yang sudah diterima masuk dewan.",
            False,
        ),
    ],
)
def test_planned_only_needs_a_plan_and_no_deed(
    question: str, evidence: str, planned_only: bool
) -> None:
    analyzed = analyze_question(question)
    claimed = question if analyzed.language == "id" else f"{question} {glossed(question)}"
    assert bool(done_but_only_planned(claimed, evidence, set(analyzed.terms))) is planned_only


def test_a_plan_about_someone_else_is_no_not_yet() -> None:
    """ "Ukraina akan bergabung" says nothing about Sweden: no "Belum" for "Swedia sudah?"."""
    analyzed, ranked = _ranked(
        "Apakah Swedia sudah bergabung dengan NATO?",
        "Para pemimpin sepakat Ukraina akan bergabung dengan NATO.",
    )
    ranked[0].entity_coverage = 0.5  # as scoring finds it: Ukraina, not Swedia
    assert not compose(analyzed, [], ranked, model=None).text.startswith("**Belum**")


def test_backends_run_in_order_over_the_same_passages() -> None:
    """The LLM backend only rephrases a draft: without a model it returns the draft itself,
    and it refuses to run first."""
    analyzed, ranked = _ranked(
        "Siapa Sekretaris Jenderal NATO?", "Sekretaris Jenderal NATO Jens Stoltenberg tiba di Kyiv."
    )
    extractive = ExtractiveBackend(lambda q, query, p: ranked, model=None)
    draft = extractive.answer(analyzed, analyzed.text, [], None)
    assert draft.citations and draft.citations[0].quote == ranked[0].text
    assert LLMBackend(llm=None, max_passages=3).answer(analyzed, analyzed.text, [], draft) is draft
    with pytest.raises(ValueError):
        LLMBackend(llm=None, max_passages=3).answer(analyzed, analyzed.text, [], None)


@pytest.mark.parametrize(
    ("text", "previous", "speaker", "theirs"),
    [
        ("“Kami akan mendukung Anda,” ujar Stoltenberg kepada Zelensky.", "", "stoltenberg", True),
        # only mentioned beside the one who speaks: someone else's words
        (
            "“Bertahan adalah hal besar,” kata Zelensky saat berbicara dengan Sekretaris Jenderal "
            "NATO Jens Stoltenberg.",
            "",
            "stoltenberg",
            False,
        ),
        ("Stoltenberg mengungkap bahwa ia dan Zelensky membahas situasi.", "", "stoltenberg", True),
        ("Menurut Stoltenberg, sekutu bersatu.", "", "stoltenberg", True),
        # a pronoun or a bare quote continues the previous sentence's speaker
        (
            "Ia menambahkan bahwa sekutu siap.",
            "Stoltenberg mengatakan NATO bersatu.",
            "stoltenberg",
            True,
        ),
        ("“Kami siap membantu.”", "“Ini penting,” kata Jens Stoltenberg.", "stoltenberg", True),
        ("“Kami siap,” kata Zelensky.", "“Ini penting,” kata Stoltenberg.", "stoltenberg", False),
        (
            "Zelensky tiba di Brussels.",
            "Stoltenberg mengatakan NATO bersatu.",
            "stoltenberg",
            False,
        ),
        # only an office or names between "kata" and the speaker; "jelas" says nothing
        ("“Kami siap,” kata Zelensky usai bertemu Stoltenberg.", "", "stoltenberg", False),
        ("“Kami siap,” ujar Zelensky kepada Stoltenberg.", "", "stoltenberg", False),
        ("Sudah jelas bahwa Stoltenberg akan datang.", "", "stoltenberg", False),
        ("“Kami siap,” ujar Sekretaris Jenderal NATO Jens Stoltenberg.", "", "stoltenberg", True),
        ("Jens Stoltenberg menegaskan aliansi bersatu.", "", "stoltenberg", True),
        # words given to a pronoun ("tulisnya", "lanjutnya") are those of the person the
        # sentence before names, even when that sentence reports no words of theirs
        (
            "“Pertahanan kami adalah prioritas utama,” tulisnya via Twitter.",
            "Usai pidato tersebut, Zelensky beralih ke bahasa yang lebih lembut.",
            "zelensky",
            True,
        ),
        ("“Kami siap,” lanjutnya.", "Zelensky tiba di Brussels.", "stoltenberg", False),
        # ... the one it is about, not one it addresses
        (
            "“Dukungan ini akan bertahan,” ucapnya.",
            "Ardi mengirim pesan kepada Rusia bahwa bantuan terus mengalir.",
            "rusia",
            False,
        ),
        (
            "“Dukungan ini akan bertahan,” ucapnya.",
            "Ardi mengirim pesan kepada Rusia bahwa bantuan terus mengalir.",
            "ardi",
            True,
        ),
        # ... but the one the sentence before gives its words to, when it gives any
        (
            "“Kami siap,” lanjutnya.",
            "“Bertahan itu hal besar,” kata Zelensky kepada media dengan Jens Stoltenberg.",
            "stoltenberg",
            False,
        ),
        (
            "“Kami siap,” lanjutnya.",
            "“Bertahan itu hal besar,” kata Zelensky kepada media dengan Jens Stoltenberg.",
            "zelensky",
            True,
        ),
        ("“Kami siap,” lanjutnya kata Kuleba.", "Zelensky tiba di Brussels.", "zelensky", False),
        # a promise is words given
        ("Hongaria berjanji tidak akan memveto usulan itu.", "", "hongaria", True),
        # a speaker without a name, counted ("seorang diplomat")
        ("“Musim dingin akan berat,” kata seorang diplomat senior Eropa.", "", "diplomat", True),
        # a threat or ultimatum is words given too, also with an adverb before the verb
        ("Kremlin pernah mengultimatum jika Ukraina masuk NATO.", "", "kremlin", True),
        ("Rusia juga mengancam akan membalas.", "", "rusia", True),
        ("Kremlin pernah menyerang Kyiv.", "", "kremlin", False),
        # a government speaks by its seat: Moscow's threat is the Kremlin's, not the country's
        # own name in any sentence
        ("Kremlin pernah mengultimatum jika Ukraina masuk NATO.", "", "moskow", True),
        ("Kremlin pernah mengultimatum jika Ukraina masuk NATO.", "", "moskwa", True),
        ("Rusia juga mengancam akan membalas.", "", "moskow", False),
        # assuring that something is so is words given, also when trying to; a country of two
        # words speaks by any of its names
        ("AS berusaha meyakinkan bahwa bantuan tetap mengalir.", "", "amerika serikat", True),
        ("Amerika Serikat meyakinkan bahwa bantuan tetap mengalir.", "", "amerika serikat", True),
        ("AS berusaha menambah bantuan.", "", "amerika serikat", False),
        # (convincing someone is no saying: "meyakinkan mereka")
        ("Sekutu NATO berusaha meyakinkan mereka agar tetap bersatu.", "", "nato", False),
        ("Hongaria berjanji tidak akan memveto usulan itu.", "", "amerika serikat", False),
    ],
)
def test_words_attributed_to_the_speaker(
    text: str, previous: str, speaker: str, theirs: bool
) -> None:
    article = ArticleMeta(id="berita", title="Judul")
    sentence = Sentence(article, text, 0, len(text), 0, text, previous=previous)
    assert attributed_to(sentence, speaker) is theirs


_CHAIN = [
    "Ardi mengirim pesan yang jelas kepada Rusia.",
    "“Dukungan ini akan bertahan,” ucapnya.",
    "Ia juga mendesak sekutu mengizinkan serangan ke wilayah Rusia.",
]


@pytest.mark.parametrize(
    ("passage_starts_at", "speaker", "theirs"),
    [
        # the pronoun's sentence follows a quote given to a pronoun, which follows the name
        (0, "ardi", True),
        (0, "rusia", False),
        # the same when the passage opens at the quote: the lead-in before it names him
        (1, "ardi", True),
        (1, "rusia", False),
    ],
)
def test_words_attributed_through_a_run_of_continuations(
    passage_starts_at: int, speaker: str, theirs: bool
) -> None:
    article = ArticleMeta(id="berita", title="Judul")
    chunk = Chunk(
        id="berita::f::1",
        article_id="berita",
        index=1,
        text=" ".join(_CHAIN[passage_starts_at:]),
        start=0,
        end=0,
    )
    lead_in = " ".join(_CHAIN[:passage_starts_at])
    passage = Passage(chunk=chunk, article=article, score=1.0, lead_in=lead_in)
    last = candidate_sentences([passage])[-1]
    assert last.text == _CHAIN[-1]
    assert attributed_to(last, speaker) is theirs


@pytest.mark.parametrize(
    ("question", "events"),
    [
        (
            "Mana yang lebih dulu: sidang Menlu NATO di Bukares atau rapat Menhan NATO di Brussel?",
            ["sidang Menlu NATO di Bukares", "rapat Menhan NATO di Brussel"],
        ),
        (
            "duluan mana, rapat menlu soal bantuan atau sidang yang menyetujui peta jalan",
            ["rapat menlu soal bantuan", "sidang yang menyetujui peta jalan"],
        ),
        (
            "Urutkan: pernyataan Stoltenberg, ucapan Kuleba, dan obrolan soal kerja sama NATO",
            ["pernyataan Stoltenberg", "ucapan Kuleba", "obrolan soal kerja sama NATO"],
        ),
        (
            "Which came first: the Bucharest meeting or the Brussels meeting?",
            ["the Bucharest meeting", "the Brussels meeting"],
        ),
        # a kind of event, not events named one by one: a plain list
        ("Urutkan pertemuan NATO yang membahas Ukraina", []),
        ("Siapa yang datang lebih dulu, Zelensky atau Biden?", []),
        ("Susunan acara KTT: pembukaan, sesi pleno, dan penutupan?", []),  # items, not events
        # "urut" inside "menurut", a list of names in a "kapan" question: no events to order
        ("Menurut pejabat, kapan jaminan dari AS, Inggris, dan Jerman disampaikan?", []),
        (
            "Mana yang terjadi lebih awal: pertemuan menlu di Bucharest atau rapat menhan di "
            "Brussels?",
            ["pertemuan menlu di Bucharest", "rapat menhan di Brussels"],
        ),
        # the doer and where, between "mana" and "lebih dahulu", are no event
        (
            "Mana yang dilakukan Zelensky lebih dahulu di markas NATO: berpidato di depan wartawan "
            "atau bertemu para menteri pertahanan?",
            ["berpidato di depan wartawan", "bertemu para menteri pertahanan"],
        ),
        # chat puts the doer first and "lebih dulu" before each deed: each event gets the doer
        (
            "zelensky lebih dulu pidato atau lebih dulu ngetwit yang nadanya lebih lembut",
            ["zelensky pidato", "zelensky ngetwit yang nadanya lebih lembut"],
        ),
        (
            "Which was said earlier: Stoltenberg's warning, or Kuleba's call for weapons?",
            ["Stoltenberg's warning", "Kuleba's call for weapons"],
        ),
        (
            "At NATO HQ, which did Zelensky do first: talk to the press or meet the defence "
            "ministers?",
            ["talk to the press", "meet the defence ministers"],
        ),
        # what happened first, of two named after a colon
        (
            "Apa yang terjadi lebih dulu: rapat menkes di Medan, atau kongres di Bandung?",
            ["rapat menkes di Medan", "kongres di Bandung"],
        ),
        (
            "What happened first: the budget's removal in Congress, or Ardi's visit to Medan?",
            ["the budget's removal in Congress", "Ardi's visit to Medan"],
        ),
        (
            "In what order did these happen: Ardi's speech, Ardi's tweet, and Ardi's visit to "
            "Medan?",
            ["Ardi's speech", "Ardi's tweet", "Ardi's visit to Medan"],
        ),
        (
            "Manakah yang berlangsung lebih awal: rapat menkes di Medan atau kongres di Bandung?",
            ["rapat menkes di Medan", "kongres di Bandung"],
        ),
        # ... or which came later
        (
            "Mana yang lebih akhir, rapat menkes di Medan atau kongres di Bandung?",
            ["rapat menkes di Medan", "kongres di Bandung"],
        ),
        (
            "yg lebih belakangan mana, rapat menkes di medan atau kongres di bandung",
            ["rapat menkes di medan", "kongres di bandung"],
        ),
        (
            "Which came later: the health ministers' meeting in Medan or the congress in Bandung?",
            ["the health ministers' meeting in Medan", "the congress in Bandung"],
        ),
        # who came first, of two deeds named after a colon
        (
            "Who spoke out first on the bridge: Ardi asking for funds, or Budi calling for calm?",
            ["Ardi asking for funds", "Budi calling for calm"],
        ),
        (
            "Siapa yang lebih dulu bicara soal jembatan: Ardi yang minta dana, atau Budi yang"
            " minta tenang?",
            ["Ardi yang minta dana", "Budi yang minta tenang"],
        ),
        ("Siapa yang lebih dulu datang ke Medan?", []),
        ("Who came first to Medan?", []),
        ("Apa yang terjadi di Medan?", []),
        ("What happened first in Medan?", []),
        # a list offered with "or" is not split at "dan" inside an event, nor at a date or a
        # country after a comma
        (
            "Mana yang lebih dulu: rapat Ardi dan Budi pada Selasa (4/7), atau Ardi resmi"
            " menjabat ketua dewan?",
            ["rapat Ardi dan Budi pada Selasa (4/7)", "Ardi resmi menjabat ketua dewan"],
        ),
        (
            "Which came first: Ardi taking office, or his talk with Budi on Tuesday, July 4?",
            ["Ardi taking office", "his talk with Budi on Tuesday, July 4"],
        ),
        (
            "Mana yang lebih dulu: kongres di Medan, Indonesia, atau rapat dewan di Bandung?",
            ["kongres di Medan, Indonesia", "rapat dewan di Bandung"],
        ),
        # "dan" still joins a list that offers no "or"
        (
            "Urutkan: rapat menkes di Medan, kongres di Bandung dan sidang di Lebak",
            ["rapat menkes di Medan", "kongres di Bandung", "sidang di Lebak"],
        ),
        # one thing asked for, not two events to order
        ("Which country joined NATO first?", []),
        ("Negara mana yang lebih dulu bergabung dengan NATO?", []),
    ],
)
def test_events_an_ordering_question_lists(question: str, events: list[str]) -> None:
    analyzed = analyze_question(question)
    assert analyzed.events == events
    assert analyzed.type == "list" or not events


@pytest.mark.parametrize(
    ("asked", "events"),
    [
        # "duluan" is normalised to "lebih dulu" (and "ngetwit" to "mencuit"); the events still
        # get the doer
        (
            "zelensky duluan pidato atau duluan ngetwit yang nadanya lebih lembut",
            ["zelensky pidato", "zelensky mencuit yang nadanya lebih lembut"],
        ),
        ("zelensky lebih dulu pidato atau mencuit", ["zelensky pidato", "zelensky mencuit"]),
        # a doer alone with no deed after it is too short an event: no list
        ("zelensky duluan atau stoltenberg", []),
        # chat's "A apa B" is "A or B"; the asking "mana" before "duluan" is no doer
        (
            "duluan mana, rapat menkes di medan apa kongres di bandung",
            ["rapat menkes di medan", "kongres di bandung"],
        ),
        (
            "mana duluan rapat menkes di medan atau kongres di bandung",
            ["rapat menkes di medan", "kongres di bandung"],
        ),
        # "A sama B, duluan mana": "sama" after a verb of meeting joins the person met
        (
            "ardi ngobrol sm budi sm kongres di bandung dibuka, duluan mana",
            ["ardi berbincang sama budi", "kongres di bandung dibuka"],
        ),
        # "A dulu apa B dulu"
        (
            "ardi ke medan dulu apa budi ke bandung dulu",
            ["ardi ke medan", "budi ke bandung"],
        ),
    ],
)
def test_events_of_a_chat_ordering_question_once_normalised(asked: str, events: list[str]) -> None:
    analyzed = analyze_question(normalize_question(asked, "id"), asked)
    assert analyzed.events == events
    assert analyzed.type == "list" or not events


def test_listed_events_are_answered_in_date_order_each_from_its_own_sentence() -> None:
    question = (
        "Mana yang lebih dulu: rapat menteri pertahanan di Brussels atau sidang menlu di Bucharest?"
    )
    analyzed, ranked = _ranked(
        question,
        "Rapat menteri pertahanan di Brussels digelar pada 14 Juni 2024.",
        "Sidang menlu di Bucharest berlangsung pada 29 November 2022.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    opening = answer.text.split("\n")[0]
    assert opening.startswith("**sidang menlu di Bucharest** lebih dulu")
    assert opening.index("2022") < opening.index("2024")
    assert [c.quote for c in answer.citations] == [ranked[1].text, ranked[0].text]
    # an event no sentence tells of: no order is made up, the question is answered as a list
    analyzed, ranked = _ranked(question, "Rapat menteri pertahanan di Brussels pada 14 Juni 2024.")
    assert "lebih dulu" not in compose(analyzed, [], ranked, model=None).text


def test_an_event_told_as_earlier_is_not_dated_by_its_report() -> None:
    """An undated sentence saying its event happened "sebelumnya" is of no known day: the
    sentence that dates the same event orders it, never its report's date."""
    question = (
        "Mana yang lebih dulu: ucapan Ardi bahwa dewan setuju membangun jembatan, atau ucapan"
        " Budi soal kejelasan anggaran?"
    )
    earlier = "Ardi sebelumnya memastikan dewan setuju membangun jembatan."
    dated = "Dewan setuju membangun jembatan, kata Ardi akhir April lalu."
    budi = "Budi berbicara soal kejelasan anggaran akhir Juni lalu."
    analyzed, ranked = _ranked(question, earlier, budi, dated)
    opening = compose(analyzed, [], ranked, model=None).text.split("\n")[0]
    assert opening.startswith("**ucapan Ardi") and "April" in opening
    # with no sentence that dates it, no order is made up
    analyzed, ranked = _ranked(question, earlier, budi)
    assert "lebih dulu" not in compose(analyzed, [], ranked, model=None).text


@pytest.mark.parametrize(
    ("asked", "language", "unit", "events"),
    [
        (
            "Berapa tahun selisih antara runtuhnya jembatan lama dan rapat dewan di Medan?",
            "id",
            "year",
            ["runtuhnya jembatan lama", "rapat dewan di Medan"],
        ),
        # "dengan" inside the first event: "dan" joins the two
        (
            "Berapa hari jarak antara perbincangan Ardi dengan Budi dan kunjungan Ardi ke Medan?",
            "id",
            "day",
            ["perbincangan Ardi dengan Budi", "kunjungan Ardi ke Medan"],
        ),
        (
            "brp hari dari ardi ngobrol sm budi sampe ardi dateng ke medan",
            "id",
            "day",
            ["ardi berbincang sama budi", "ardi datang ke medan"],
        ),
        (
            "How many days passed between Ardi's talk with Budi and his visit to Medan?",
            "en",
            "day",
            ["Ardi's talk with Budi", "his visit to Medan"],
        ),
        # a distance named without "antara"
        (
            "brp tahun sih jarak jembatan lama runtuh sm rapat dewan di Medan",
            "id",
            "year",
            ["jembatan lama runtuh", "rapat dewan di Medan"],
        ),
        # one event counted from the other: "setelah A, B", "B … setelah A", "after A did B"
        (
            "Berapa tahun setelah jembatan lama runtuh, rapat dewan di Medan digelar?",
            "id",
            "year",
            ["jembatan lama runtuh", "rapat dewan di Medan digelar"],
        ),
        (
            "rapat dewan di medan itu brp tahun sesudah jembatan lama runtuh",
            "id",
            "year",
            ["jembatan lama runtuh", "rapat dewan di medan"],
        ),
        (
            "How many years after the old bridge was torn down did the council meet in Medan?",
            "en",
            "year",
            ["the old bridge was torn down", "the council meet in Medan"],
        ),
        # a duration of one event is no span between two
        ("Berapa hari Ardi berada di Medan?", "id", "", []),
        ("Berapa hari setelah banjir bantuan tiba?", "id", "", []),
    ],
)
def test_a_span_between_two_events_is_asked(
    asked: str, language: str, unit: str, events: list[str]
) -> None:
    analyzed = analyze_question(normalize_question(asked, language), asked)
    assert (analyzed.span_unit, analyzed.events) == (unit, events)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "Berapa tahun selisih antara runtuhnya jembatan lama dan rapat dewan di Medan?",
            "**19 tahun**: dari 1989 [1] hingga 2008 [2].",
        ),
        (
            "How many years passed between the collapse of the old bridge and the council "
            "meeting in Medan?",
            "**19 years**: from 1989 [1] to 2008 [2].",
        ),
        # a year gives no count of days
        ("Berapa hari selisih antara runtuhnya jembatan lama dan rapat dewan di Medan?", None),
    ],
)
def test_a_span_is_counted_from_each_events_own_date(question: str, opening: str | None) -> None:
    text = _answered_from_one_passage(
        normalize_question(question, detect_language(question)),
        "Rapat dewan di Medan digelar pada tahun 2008.",
        "Jembatan lama runtuh pada tahun 1989.",
    ).text
    assert text.split("\n")[0] == opening if opening else not text.startswith("**")


@pytest.mark.parametrize(
    ("question", "corrected"),
    [
        ("Mengapa Ardi mengundurkan diri sebagai bupati?", True),
        ("kenapa ardi mundur dr jabatan bupati", True),
        ("Why did Ardi resign as regent?", True),
        ("Why did Ardi step down?", True),
        ("Kapan Ardi mundur dari jabatannya?", True),
        # the deed as told is no false premise; nor is another's resignation the reversal,
        # nor a retreat ("mundur dari Medan")
        ("Mengapa Ardi memperpanjang masa jabatannya?", False),
        ("Mengapa pasukan Ardi mundur dari Medan?", False),
        ("Mengapa Wiranata mengundurkan diri sebagai bupati?", False),
    ],
)
def test_a_deed_told_the_other_way_round_corrects_the_premise(
    question: str, corrected: bool
) -> None:
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)),
        "Pertemuan itu digelar tak lama setelah Ardi resmi memperpanjang masa jabatannya "
        "sebagai bupati.",
        "Ardi berbincang dengan warga di pendopo.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    opening = answer.text.split("\n")[0]
    assert opening.startswith(("Tidak, artikel", "No: the articles")) is corrected
    if corrected:
        # (an abstention: the reason or the date asked for is not given)
        assert answer.abstained
        assert "memperpanjang masa jabatannya" in opening


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Apakah Ardi mengundurkan diri sebelum berbincang dengan warga?", "**Tidak**"),
        ("ardi udah lengser dari jabatan bupati ya", "**Tidak**"),
        ("Did Ardi step down before talking to residents?", "**No**"),
        ("Apakah Ardi memperpanjang masa jabatannya?", "**Ya**"),
    ],
)
def test_a_yes_no_claim_whose_deed_is_told_the_other_way_round(question: str, opening: str) -> None:
    text = _answer_text(
        normalize_question(question, detect_language(question)),
        "Perbincangan dengan warga terjadi tak lama setelah Ardi resmi memperpanjang masa "
        "jabatannya sebagai bupati.",
    )
    assert text.startswith(opening)


@pytest.mark.parametrize(
    "question",
    [
        "Apa yang dilakukan Wiranata setelah menyampaikan pidato di depan ribuan orang?",
        "abis pidato wiranata ngapain",
        "What did Wiranata do after his speech?",
    ],
)
def test_what_followed_an_event_is_told_by_its_after_clause(question: str) -> None:
    # the speech's own sentence (Wiranata's words) is not what he did after it
    text = _answer_text(
        normalize_question(question, detect_language(question)),
        "“Medan akan lebih kuat,” kata Wiranata kepada ribuan orang dalam pidato di Medan.",
        "Usai pidato tersebut, Wiranata beralih ke bahasa yang lebih lembut pada Selasa malam.",
    )
    assert "Wiranata beralih ke bahasa yang lebih lembut" in text.split("\n")[0]


def test_an_after_clause_of_another_event_does_not_follow_the_asked_one() -> None:
    # only "resmi" is shared: Ardi's extended term is not Lebak's membership
    text = _answer_text(
        "Apa yang terjadi setelah Lebak resmi menjadi anggota dewan?",
        "Perbincangan ini terjadi tak lama setelah Ardi resmi memperpanjang masa jabatannya.",
    )
    assert not text.startswith("**Perbincangan ini terjadi tak lama**")


@pytest.mark.parametrize(
    "question",
    [
        "Sidang dewan di Medan itu menjadi perundingan terakhir sebelum acara apa?",
        "rapat dewan di medan itu yg terakhir sebelum acara apa sih",
        "The council meeting in Medan was the last talks before which event?",
    ],
)
def test_what_an_event_came_before_is_its_order_clause(question: str) -> None:
    # the order clause ends at a comma; its place is the later event's, not the talks'
    text = _answer_text(
        normalize_question(question, detect_language(question)),
        "Pertemuan tersebut merupakan perundingan terakhir sebelum kongres partai di Bandung "
        "bulan depan, di mana para pemimpin akan mengumumkan dukungan.",
        "Sidang dewan di Medan digelar selama dua hari.",
    )
    opening = text.split("\n")[0]
    assert "kongres partai di Bandung bulan depan" in opening
    assert "Pertemuan tersebut" not in opening  # the event itself, not its whole sentence


@pytest.mark.parametrize(
    ("question", "otherwise"),
    [
        ("Kenapa Ardi mengunjungi markas NATO di Vilnius?", True),
        ("kenapa ardi ke markas nato di vilnius", True),
        ("Why did Ardi visit NATO headquarters in Vilnius?", True),
        # where the articles put it: the reason is answered
        ("Kenapa Ardi mengunjungi markas NATO di Brussels?", False),
        # "in October" is no city
        ("Why did Ardi visit NATO headquarters in October?", False),
    ],
)
def test_a_seat_put_in_another_city_is_a_false_premise(question: str, otherwise: bool) -> None:
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)),
        "Ardi datang karena sekarang kami memerlukan dukungan.",
        "Ardi pada Rabu (11/10/2023) tiba di markas NATO di Brussels.",
    )
    answer = _site_placed_otherwise(analyzed, [], ranked)
    assert (answer is not None) is otherwise
    if answer is not None:
        assert "markas NATO di Brussels" in answer.text or "headquarters in Brussels" in answer.text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Benarkah Ardi tiba di markas NATO di Paris pada Rabu?", "Tidak: "),
        ("bener gak sih ardi dateng ke markas nato di paris", "Tidak: "),
        ("Is it true that Ardi arrived at NATO headquarters in Paris?", "No: "),
        # a reason asked of it is not given: the premise is corrected, not answered
        ("Kenapa Ardi mengunjungi markas NATO di Paris?", "Praanggapan"),
    ],
)
def test_a_yes_no_claim_of_another_seat_is_answered_no(question: str, opening: str) -> None:
    """A yes/no claim the articles give otherwise is answered "Tidak", with the city they give;
    a why-question on the same premise stays an abstention that corrects it."""
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)),
        "Ardi datang karena sekarang kami memerlukan dukungan.",
        "Ardi pada Rabu (11/10/2023) tiba di markas NATO di Brussels.",
    )
    answer = _site_placed_otherwise(analyzed, [], ranked)
    assert answer is not None and answer.text.startswith(opening)
    assert answer.abstained is (opening == "Praanggapan")
    assert "Brussels" in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "otherwise"),
    [
        ("Mengapa dewan yang beranggotakan 32 negara membentuk badan itu?", True),
        ("Apa yang dibentuk dewan beranggotakan 32 negara itu?", True),
        # the article's count: the reason is answered
        ("Mengapa dewan yang beranggotakan 31 negara membentuk badan itu?", False),
    ],
)
def test_a_count_the_question_takes_for_granted_is_checked(question: str, otherwise: bool) -> None:
    text = _answer_text(
        question,
        "Badan itu dibentuk untuk meningkatkan hubungan dengan dewan beranggotakan 31 negara.",
    )
    assert text.startswith("Praanggapan pertanyaan ini tidak sesuai") is otherwise


@pytest.mark.parametrize(
    ("question", "otherwise"),
    [
        # a wrong count taken for granted in a question of any kind, also an English measure
        (
            "Rapat koperasi Lebak berlangsung tiga hari; pada hari keberapa anggaran disetujui?",
            True,
        ),
        ("Di mana anggaran koperasi Lebak disetujui dalam rapat yang berlangsung tiga hari?", True),
        (
            "At the three-day cooperative meeting in Lebak, on which day was the budget approved?",
            True,
        ),
        # the article's count: the day is answered
        (
            "Rapat koperasi Lebak berlangsung dua hari; pada hari keberapa anggaran disetujui?",
            False,
        ),
    ],
)
def test_a_count_taken_for_granted_is_checked_whatever_is_asked(
    question: str, otherwise: bool
) -> None:
    text = _answer_text(
        question,
        "Anggaran disetujui pada hari pertama rapat koperasi Lebak selama dua hari di balai desa.",
    )
    premise = ("Praanggapan pertanyaan ini tidak sesuai", "The question's premise does not match")
    assert text.startswith(premise) is otherwise


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Apakah Kovalenko menteri pertahanan Ukraina?",
            "**Tidak**: menurut artikel, Kovalenko adalah Menteri Luar Negeri Ukraina [1].",
        ),
        (
            "kovalenko yg bilang soal keanggotaan itu menhan ukraina bukan",
            "**Tidak**: menurut artikel, Kovalenko adalah Menteri Luar Negeri Ukraina [1].",
        ),
        (
            "Is Kovalenko Ukraine's foreign minister?",
            "**Yes**: the articles call Kovalenko foreign minister of Ukraine [1].",
        ),
    ],
)
def test_an_office_claimed_for_a_person_is_answered_by_their_office(
    question: str, answer: str
) -> None:
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)),
        "Keanggotaan itu sudah waktunya jelas, ucap Menteri Luar Negeri Ukraina, Dmytro Kovalenko.",
    )
    composed = compose(analyzed, [], ranked, model=None)
    assert composed.text.startswith(answer)
    assert not composed.abstained


@pytest.mark.parametrize(
    ("question", "otherwise"),
    [
        # a count the answering sentence does not give, another of its report gives otherwise
        (
            "Dewan itu beranggotakan 32 negara, mengapa Wiranata bergabung?",
            "Praanggapan pertanyaan ini tidak sesuai dengan artikel, yang menyebut 31 negara",
        ),
        # members counted in English, in countries by the report ("beranggotakan")
        (
            "The council had 32 members at the summit. Why did Wiranata join it?",
            "The question's premise does not match the articles, which say 31 countries",
        ),
        # the report's own count: answered
        ("Dewan itu beranggotakan 31 negara, mengapa Wiranata bergabung?", ""),
    ],
)
def test_a_count_taken_for_granted_is_checked_against_the_whole_report(
    question: str, otherwise: str
) -> None:
    said = (
        "Wiranata bergabung dengan dewan itu karena ingin aman.",
        "Pengukuhan dewan itu menandai hubungan dengan aliansi beranggotakan 31 negara.",
    )
    analyzed, ranked = _ranked(question, *said)
    report = " ".join(said)
    chunk = Chunk(id="a::0", article_id="a", index=0, text=report, start=0, end=len(report))
    passage = Passage(chunk=chunk, article=ranked[0].article, score=1.0)
    answer = compose(analyzed, [passage], ranked, model=None)
    assert answer.text.startswith(otherwise or "Karena ingin aman")
    if otherwise:
        # cited to the sentence that gives the count
        assert answer.citations[0].quote == said[1]


@pytest.mark.parametrize(
    ("question", "otherwise"),
    [
        # the day a question sets the scene on, against the day its report dates the scene
        (
            "What did Ardi ask for when he arrived at the council in Medan on September 11, 2023?",
            "The question's premise does not match the articles: they date it Wednesday, "
            "11 October 2023",
        ),
        (
            "Apa yang diminta Ardi saat tiba di markas dewan di Medan pada 11 September 2023?",
            "Praanggapan pertanyaan ini tidak sesuai dengan artikel, yang menyebut Rabu, "
            "11 Oktober 2023",
        ),
        # the report's own day: answered
        ("Apa yang diminta Ardi saat tiba di markas dewan di Medan pada 11 Oktober 2023?", ""),
    ],
)
def test_a_day_taken_for_granted_is_checked_against_the_report_that_dates_it(
    question: str, otherwise: str
) -> None:
    said = (
        "Bupati Ardi Wiranata pada Rabu (11/10/2023) tiba di markas dewan di Medan.",
        "Ia meminta sistem pengairan, pupuk, dan benih untuk petani.",
    )
    analyzed, ranked = _ranked(normalize_question(question, detect_language(question)), *said)
    ranked.reverse()  # (the request answers; the arrival ranks below it)
    report = " ".join(said)
    chunk = Chunk(id="a::0", article_id="a", index=0, text=report, start=0, end=len(report))
    passage = Passage(chunk=chunk, article=ranked[0].article, score=1.0)
    answer = compose(analyzed, [passage], ranked, model=None)
    if otherwise:
        assert answer.text.startswith(otherwise)
        assert answer.abstained
        assert answer.citations[0].quote == said[0]  # cited to the sentence that dates it
    else:
        assert "sistem pengairan" in answer.text.split("\n")[0]


def test_a_day_the_report_moved_on_from_is_no_scene_date() -> None:
    # "Dua hari kemudian" moves the time on: the earlier day dates another scene
    question = "Apa yang diminta Ardi saat datang ke rapat dewan pada 11 Oktober 2023?"
    said = (
        "Pada Senin (9/10/2023) dewan menggelar rapat di Medan.",
        "Dua hari kemudian Bupati Ardi Wiranata datang ke rapat dewan.",
        "Ia meminta sistem pengairan, pupuk, dan benih untuk petani.",
    )
    analyzed, ranked = _ranked(normalize_question(question, "id"), *said)
    ranked.reverse()
    report = " ".join(said)
    chunk = Chunk(id="a::0", article_id="a", index=0, text=report, start=0, end=len(report))
    passage = Passage(chunk=chunk, article=ranked[0].article, score=1.0)
    answer = compose(analyzed, [passage], ranked, model=None)
    assert not answer.text.startswith("Praanggapan")


def test_a_count_taken_for_granted_by_a_list_question_is_checked() -> None:
    question = "Siapa saja 30 negara anggota dewan yang menghadiri rapat di Medan?"
    said = (
        "Rapat di Medan dihadiri perwakilan negara-negara anggota dewan.",
        "Pengukuhan dewan itu menandai hubungan dengan aliansi beranggotakan 31 negara.",
    )
    analyzed, ranked = _ranked(normalize_question(question, "id"), *said)
    report = " ".join(said)
    chunk = Chunk(id="a::0", article_id="a", index=0, text=report, start=0, end=len(report))
    passage = Passage(chunk=chunk, article=ranked[0].article, score=1.0)
    answer = compose(analyzed, [passage], ranked, model=None)
    assert answer.text.startswith(
        "Praanggapan pertanyaan ini tidak sesuai dengan artikel, yang menyebut 31 negara"
    )


def test_a_place_asked_of_a_deed_said_done_is_not_yet_where_a_close_sentence_plans_it() -> None:
    # the top sentence says no joining at all; the close one only agrees to it
    question = "di kota mana lebak resmi gabung dewan"
    text = _answer_text(
        normalize_question(question, "id"),
        "Kesepakatan tersebut diambil pada hari pertama sidang di markas dewan di Medan.",
        "Meski secara prinsip dewan sudah setuju Lebak bergabung pada 2018, dewan tidak pernah "
        "memberikan jalur resmi.",
    )
    assert text.startswith("**Belum**")


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # a move the question takes for granted must be said: no reason of the meeting itself
        ("Why was the council meeting moved from Medan to Lebak?", True),
        ("Mengapa rapat dewan dipindahkan dari Medan ke Lebak?", True),
        ("Why was the council meeting held in Lebak?", False),
    ],
)
def test_a_move_taken_for_granted_must_be_said(question: str, abstains: bool) -> None:
    assert (
        _abstains(
            normalize_question(question, detect_language(question)),
            "Rapat dewan di Lebak digelar untuk bersiap menghadapi musim hujan.",
        )
        is abstains
    )


@pytest.mark.parametrize(
    ("question", "not_yet"),
    [
        # what a thing said to be done holds, when it is only expected: not yet done
        ("Apa isi jaminan yang sudah diserahkan Lebak kepada Medan?", True),
        ("What did the guarantee that Lebak already handed to Medan contain?", True),
        # ... not a condition said done
        ("What guarantee will Lebak give Medan if the talks have already ended?", False),
        # what it holds, asked without saying it is done: answered from the plan; a condition
        # said done is no thing taken as done
        ("Apa isi jaminan Lebak untuk Medan?", False),
        ("kalo rapat udah kelar, lebak bakal ngeluarin jaminan apa ke medan", False),
    ],
)
def test_what_a_thing_taken_as_done_holds_is_not_yet(question: str, not_yet: bool) -> None:
    text = _answer_text(
        normalize_question(question, detect_language(question)),
        "Lebak diperkirakan akan mengeluarkan jaminan kepada Medan tentang dukungan keamanan "
        "jangka panjang.",
    )
    assert text.startswith(("**Belum**", "**Not yet**")) is not_yet


def test_a_rank_the_question_claims_is_said_by_a_close_sentence_that_ranks() -> None:
    # "pendukung terbesar": the top sentence ranks no one; the close one that says "penyokong
    # utama" answers instead of an abstention
    question = (
        "Peristiwa apa yang dikhawatirkan mengalihkan perhatian Lebak, pendukung terbesar Medan?"
    )
    analyzed, ranked = _ranked(
        normalize_question(question, "id"),
        "Ardi menyatakan kekhawatirannya bahwa banjir dapat mengalihkan perhatian dari Medan.",
        "Ia meminta bantuan di tengah kekhawatiran banjir dapat mengalihkan perhatian Lebak "
        "selaku penyokong utama Medan.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert not answer.abstained
    assert "penyokong utama" in answer.citations[0].quote


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Melalui media apa Ardi menuliskan pesannya?", True),
        ("Through which platform did Ardi post it?", True),
        ("ardi ngomong lebih halus ke warga lewat apa", True),
        # the means of a deed that says nothing is no medium; nor is a social issue
        ("Melalui apa pemerintah menyalurkan bantuan?", False),
        ("Melalui saluran apa bantuan itu dikirim?", False),
        ("On which social issue did Ardi speak?", False),
        # how words (a message, a tone) were delivered asks their medium ...
        ("Bagaimana Ardi menyampaikan bahasa yang lebih lembut kepada warga?", True),
        ("How did Ardi deliver his softer message to the council?", True),
        ("How did he get his message out to voters?", True),
        ("Bagaimana pesan Ardi kepada warga disampaikan?", True),
        # ... thanks too, themselves words delivered
        ("Bagaimana Ardi berterima kasih kepada warga?", True),
        ("How did Ardi thank the volunteers?", True),
        # ... not how their content went
        ("Bagaimana isi pesan yang disampaikan Ardi kepada warga?", False),
        # ... not how support or aid was given
        ("Bagaimana Ardi menyampaikan dukungan kepada Lebak?", False),
        ("How did Ardi deliver aid to Lebak?", False),
    ],
)
def test_a_medium_asked(text: str, asked: bool) -> None:
    assert medium_asked(text) is asked


@pytest.mark.parametrize(
    "question",
    [
        "pas selasa malam itu Ardi ngomong lebih halus ke warga lewat apa",
        "Melalui media apa Ardi menuliskan pesan yang lebih halus kepada warga?",
        "Through which platform did Ardi soften his tone toward residents?",
    ],
)
def test_the_medium_asked_is_the_platform_of_the_asked_persons_words(question: str) -> None:
    # the platform of the words the next sentence gives him, not another's post
    analyzed = analyze_question(normalize_question(question, detect_language(question)), question)
    passages, ranked = _scored(
        analyzed,
        "“Kami akan bersatu,” tulis Holmberg di Instagram. Usai pidato tersebut, Ardi beralih "
        "ke bahasa yang lebih lembut terhadap warga pada Selasa malam. “Pertahanan kami adalah "
        "prioritas utama,” tulisnya via Twitter.",
    )
    answer = compose(analyzed, passages, ranked, model=None)
    assert answer.text.startswith("**Twitter**")


def test_just_did_what_names_no_event_after() -> None:
    # "abis ngapain" is "just did what": the question's own event is no anchor
    text = _answer_text(
        normalize_question("wiranata abis ngapain sm jabatannya sebelum ngobrol sm budi", "id"),
        "Perbincangan ini terjadi tak lama setelah Wiranata resmi memperpanjang masa jabatannya.",
    )
    assert not text.startswith("**Perbincangan ini terjadi tak lama**")


def test_a_span_is_counted_from_the_sentence_that_dates_the_event() -> None:
    # "Ini adalah kunjungan pertamanya" says more of the visit with the sentence before it, but
    # gives no date: the sentence that dates the arrival counts
    question = "Berapa hari selisih antara rapat di Bandung dan kunjungan Ardi ke markas dewan?"
    analyzed, ranked = _ranked(
        normalize_question(question, "id"),
        "Ini adalah kunjungan pertamanya ke markas dewan.",
        "Ardi pada Rabu (11/10/2023) tiba di markas dewan di Medan.",
        "Rapat di Bandung digelar pada Selasa (4/7/2023).",
    )
    ranked[0].previous = ranked[1].text
    text = compose(analyzed, [], ranked, model=None).text
    assert text.startswith("**99 hari**")


def test_the_last_event_asked_opens_the_order() -> None:
    opening = _answer_text(
        "Mana yang terjadi paling akhir: rapat dewan di Medan, kongres di Bandung, atau sidang "
        "di Bogor?",
        "Rapat dewan di Medan digelar pada 4 Juli 2023.",
        "Kongres di Bandung digelar pada 11 Oktober 2023.",
        "Sidang di Bogor digelar pada 14 Juni 2024.",
    ).split("\n")[0]
    assert opening.startswith("**sidang di Bogor** paling akhir (Jumat, 14 Juni 2024)")
    # "the latest budget" is no order asked from its end
    assert not LAST_ASKED.search("Put these in order: the latest budget, the summit, the talk.")
    # "lebih akhir", "came later": of two
    assert LAST_ASKED.search("Mana yang lebih akhir, rapat di Medan atau kongres di Bandung?")
    assert LAST_ASKED.search("Which came later: the meeting or the congress?")


def test_an_events_name_may_be_said_by_its_articles_title() -> None:
    # "sebelum KTT di Medan" dates the talk: the title names Medan; "KTT" is a kind of meeting
    question = (
        "Mana yang lebih dulu: percakapan Ardi dengan Budi sebelum KTT di Medan, atau sidang di "
        "Bandung?"
    )
    article = ArticleMeta(
        id="b", title="Ardi dan Budi Berbincang Jelang Pertemuan di Medan", published=PUBLISHED
    )
    analyzed, ranked = _ranked(
        question,
        "Ardi berbincang dengan Budi pada 4 Juli 2023.",
        "Sidang di Bandung digelar pada 11 Oktober 2023.",
    )
    ranked[0] = replace(ranked[0], article=article)
    opening = compose(analyzed, [], ranked, model=None).text.split("\n")[0]
    assert opening.startswith("**percakapan Ardi dengan Budi sebelum KTT di Medan** lebih dulu")


def test_an_order_is_stated_only_for_events_the_articles_tell_apart() -> None:
    question = "Mana yang lebih dulu: KTT Vilnius atau KTT Tokyo?"
    # "KTT Tokyo" shares one word with a sentence about another summit: not found, no order
    analyzed, ranked = _ranked(
        question,
        "KTT Vilnius digelar pada 11 Juli 2023.",
        "KTT Madrid digelar pada 28 Juni 2022.",
    )
    assert "lebih dulu" not in compose(analyzed, [], ranked, model=None).text
    # two events on the same date: no order to state
    analyzed, ranked = _ranked(
        "Mana yang lebih dulu: KTT Vilnius atau rapat menteri di Vilnius?",
        "KTT Vilnius digelar pada 11 Juli 2023.",
        "Rapat menteri di Vilnius juga berlangsung pada 11 Juli 2023.",
    )
    assert "lebih dulu" not in compose(analyzed, [], ranked, model=None).text


def _told(*rows: tuple[str, int, str]) -> list[Sentence]:
    """Sentences as the ranker hands them over (best first), each of its report (`article id`)
    at its own place in it (`start`): the order the report tells them in is not the rank."""
    ranked = []
    for rank, (article_id, start, text) in enumerate(rows):
        article = ArticleMeta(id=article_id, title="Berita", source="s", published=PUBLISHED)
        sentence = Sentence(article, text, start, start + len(text), 0, text)
        sentence.score = 1.0 - rank / 10
        ranked.append(sentence)
    return ranked


@pytest.mark.parametrize(
    ("question", "article", "unsaid"),
    [
        # a capital only mentioned sets no meeting there
        (
            "When did NATO foreign ministers meet in Kyiv?",
            "NATO menjanjikan bantuan untuk Kyiv.",
            ["kyiv"],
        ),
        ("When did NATO foreign ministers meet in Kyiv?", "Para menlu NATO bertemu di Kyiv.", []),
        ("When did NATO foreign ministers meet in Kyiv?", "Para menlu NATO bertemu di Kiev.", []),
        # a country does not stand for its capital
        (
            "When did NATO foreign ministers meet in Kyiv?",
            "Para menlu NATO bertemu di Ukraina.",
            ["kyiv"],
        ),
        (
            "Kapan para menlu NATO bertemu di Vilnius?",
            "Para menlu NATO bertemu di Lithuania.",
            ["vilnius"],
        ),
        # ... but a capital counts for its country
        ("Kapan para menlu NATO bertemu di Lithuania?", "Para menlu NATO bertemu di Vilnius.", []),
        (
            "Kapan para menlu NATO bertemu di Lithuania?",
            "Para menlu NATO bertemu di Vilnius, Lithuania.",
            [],
        ),
        # a country is named by any of its names: it is often what a report is about
        # ("bantuan … di Ukraina"), not where it happens
        (
            "Kapan para menlu NATO bertemu di Lithuania?",
            "Para menlu NATO di Brussels membahas bantuan untuk Lithuania.",
            [],
        ),
        (
            "Kapan para menlu NATO membahas bantuan di Ukraina?",
            "Para menlu NATO di Bucharest membahas bantuan musim dingin bagi Ukraina.",
            [],
        ),
        (
            "Kapan para menlu NATO bertemu di Bucharest?",
            "Para menlu NATO membahas Ukraina.",
            ["bucharest"],
        ),
    ],
)
def test_a_place_asked_must_be_one_the_article_sets_something_at(
    question: str, article: str, unsaid: list[str]
) -> None:
    analyzed, ranked = _ranked(question, article)
    chunk = Chunk(id="a::0", article_id="a", index=0, text=article, start=0, end=len(article))
    passage = Passage(chunk=chunk, article=ranked[0].article, score=1.0)
    assert _places_unsaid(analyzed, ranked[0], [passage]) == unsaid


@pytest.mark.parametrize(
    ("events", "years"),
    [
        # one sentence tells both: each takes the year nearest its own words, though "1989,
        # setuju bahwa Ukraina" also stands by the summit's
        (["diktator Ceaucescu digulingkan", "KTT NATO di Bucharest"], ["1989", "2008"]),
        (["KTT NATO di Bucharest", "diktator Ceaucescu digulingkan"], ["2008", "1989"]),
        (
            ["KTT NATO setuju Ukraina akan menjadi anggota", "diktator Ceaucescu digulingkan"],
            ["2008", "1989"],
        ),
        (
            ["diktator Ceaucescu digulingkan", "KTT NATO setuju Ukraina akan menjadi anggota"],
            ["1989", "2008"],
        ),
    ],
)
def test_two_events_of_one_sentence_take_its_dates_each_nearest_its_words(
    events: list[str], years: list[str]
) -> None:
    (sentence,) = _told(("a", 0, BUCHAREST_2008))
    words = [_event_words(event, "id", set())[0] for event in events]
    assert [label for _, label in _event_dates(words, [sentence, sentence], "id")] == years


SPEECH = "Zelensky berpidato di depan ribuan orang di Vilnius."
SOFTER = (
    "Usai pidato tersebut, Zelensky beralih ke bahasa yang lebih lembut terhadap sekutu NATO pada "
    "Selasa malam."
)
SOFT_TWEET = "Zelensky menulis di Twitter dengan nada yang lebih lembut."
BOTH_AFTER = "Usai pidato dan cuitan yang lebih lembut itu, Zelensky kembali ke Kyiv."
TO_MEDIA = (
    "“Bagaimana kami dapat bertahan selama musim dingin mendatang adalah hal yang besar,” kata "
    "Zelensky saat berbicara kepada media dengan Sekretaris Jenderal NATO Jens Stoltenberg."
)
THEN_MINISTERS = (
    '"Sekarang kami memerlukan dukungan dari para pemimpin," lanjutnya, sebelum bertemu para '
    "menteri pertahanan dari negara-negara anggota NATO."
)
SPEECH_TWEET = ["zelensky pidato", "zelensky ngetwit yang nadanya lebih lembut"]
MEDIA_MINISTERS = ["berbicara kepada media", "bertemu para menteri pertahanan"]


@pytest.mark.parametrize(
    ("events", "rows", "told_in", "told"),
    [
        # "Usai pidato tersebut, ...": the speech came first, by that sentence
        (SPEECH_TWEET, [("a", 0, SPEECH), ("a", 100, SOFTER)], (0, 1), (0, 1)),
        (SPEECH_TWEET[::-1], [("a", 0, SPEECH), ("a", 100, SOFTER)], (1, 0), (1, 1)),
        # "..., lanjutnya, sebelum bertemu para menteri": the media talk told before it came first
        (MEDIA_MINISTERS, [("a", 0, TO_MEDIA), ("a", 100, THEN_MINISTERS)], (0, 1), (0, 1)),
        (MEDIA_MINISTERS[::-1], [("a", 100, THEN_MINISTERS), ("a", 0, TO_MEDIA)], (0, 1), (1, 0)),
        # ... not one the report tells only after it
        (MEDIA_MINISTERS, [("a", 200, TO_MEDIA), ("a", 100, THEN_MINISTERS)], (0, 1), None),
        # two reports: neither orders the other's event
        (SPEECH_TWEET, [("a", 0, SPEECH), ("b", 100, SOFTER)], (0, 1), None),
        # a clause naming both events orders neither: the next sentence that orders them does
        (
            SPEECH_TWEET,
            [("a", 200, BOTH_AFTER), ("a", 0, SPEECH), ("a", 100, SOFTER)],
            (1, 2),
            (0, 2),
        ),
        (
            SPEECH_TWEET,
            [("a", 200, BOTH_AFTER), ("a", 0, SPEECH), ("a", 100, SOFT_TWEET)],
            (1, 2),
            None,
        ),
    ],
)
def test_events_of_one_report_are_ordered_by_its_own_after_or_before_clause(
    events: list[str],
    rows: list[tuple[str, int, str]],
    told_in: tuple[int, int],
    told: tuple[int, int] | None,
) -> None:
    """`told`: which event came first and which of the ranked sentences says so."""
    ranked = _told(*rows)
    words = [_event_words(event, "id", {"zelensky"})[0] for event in events]
    found = _order_told(words, [ranked[told_in[0]], ranked[told_in[1]]], ranked)
    assert (found and (found[0], ranked.index(found[1]))) == told


UNDATED = "Zelensky berpidato di depan ribuan orang."
BEFORE = "Stoltenberg sebelumnya sudah memastikan semua anggota setuju."
APRIL = "Semua anggota setuju, kata Stoltenberg akhir April lalu."


@pytest.mark.parametrize(
    ("rows", "ordered"),
    [
        (
            [
                ("a", "KTT digelar pada 11 Juli 2023."),
                ("a", "Rapat menteri berlangsung 11 Juli 2023."),
            ],
            False,
        ),
        ([("a", "Zelensky tiba pada 10 Juli 2023."), ("a", "Ia mencuit pada 11 Juli 2023.")], True),
        # the report's date (12 July) stands in for the undated speech: not after a tweet the
        # same report dates the day before, but after one it dates months before
        ([("a", UNDATED), ("a", "Selasa malam, Zelensky mencuit dengan nada keras.")], False),
        ([("a", UNDATED), ("a", "Pada Senin (10/7), Zelensky mencuit.")], False),
        ([("a", UNDATED), ("a", "Pada Minggu (9/7), Zelensky mencuit.")], True),
        ([("a", UNDATED), ("a", APRIL)], True),
        # an undated sentence told as before the report takes no date from it
        ([("a", BEFORE), ("a", "Ukraina harus bersabar, kata Kuleba akhir Juni lalu.")], False),
        ([("a", BEFORE), ("a", APRIL)], False),
        # another report's date is no stand-in for this one's event
        ([("a", UNDATED), ("b", "Selasa malam, Zelensky mencuit dengan nada keras.")], True),
    ],
)
def test_dates_order_events_unless_a_report_date_stands_in_close_by(
    rows: list[tuple[str, str]], ordered: bool
) -> None:
    ranked = _told(*[(article_id, 100 * n, text) for n, (article_id, text) in enumerate(rows)])
    dates = _event_dates([set() for _ in ranked], ranked, "id")
    dated = [
        (f"event {n}", sentence, *date)
        for n, (sentence, date) in enumerate(zip(ranked, dates, strict=True))
    ]
    assert _dates_order(dated) is ordered


@pytest.mark.parametrize(
    ("asked", "rows", "opening", "says"),
    [
        # of one day, undated: the report's own "sebelum"/"usai" orders them, and the sentence
        # that says so is cited
        (
            "Mana yang dilakukan Zelensky lebih dahulu di markas NATO: berbicara kepada media atau "
            "bertemu para menteri pertahanan?",
            [("a", 0, TO_MEDIA), ("a", 100, THEN_MINISTERS)],
            "**berbicara kepada media** lebih dulu, lalu bertemu para menteri pertahanan",
            THEN_MINISTERS,
        ),
        (
            "Mana yang dilakukan Zelensky lebih dahulu di markas NATO: bertemu para menteri "
            "pertahanan atau berbicara kepada media?",
            [("a", 100, THEN_MINISTERS), ("a", 0, TO_MEDIA)],
            "**berbicara kepada media** lebih dulu, lalu bertemu para menteri pertahanan",
            THEN_MINISTERS,
        ),
        (
            "zelensky duluan pidato atau duluan mencuit yang nadanya lebih lembut",
            [("a", 0, SPEECH), ("a", 100, SOFTER)],
            "**zelensky pidato** lebih dulu, lalu zelensky mencuit yang nadanya lebih lembut",
            SOFTER,
        ),
        # the chat verb is the asker's word for what the report calls "bahasa yang lebih lembut";
        # the answer names it in standard words, not the asker's chat
        (
            "zelensky duluan pidato atau duluan ngetwit yang nadanya lebih lembut",
            [("a", 0, SPEECH), ("a", 100, SOFTER)],
            "**zelensky pidato** lebih dulu, lalu zelensky mencuit yang nadanya lebih lembut",
            SOFTER,
        ),
    ],
)
def test_an_order_the_report_tells_opens_the_answer(
    asked: str, rows: list[tuple[str, int, str]], opening: str, says: str
) -> None:
    analyzed = analyze_question(normalize_question(asked, "id"), asked)
    ranked = _told(*rows)
    terms = set(analyzed.terms)  # (as `evidence.score_sentences` measures it)
    for sentence in ranked:
        sentence.coverage = len(terms & token_set(sentence.text)) / len(terms)
    answer = compose(analyzed, [], ranked, model=None)
    cited = {citation.quote: citation.number for citation in answer.citations}
    assert answer.text.split("\n")[0] == f"{opening} [{cited.get(says)}]."


JOINS_LATER = "Zelensky akan bergabung dengan para pemimpin NATO di hari kedua KTT di Vilnius."


def _order_opening(asked: str, *rows: tuple[str, int, str]) -> str:
    analyzed = analyze_question(normalize_question(asked, "id"), asked)
    ranked = _told(*rows)
    terms = set(analyzed.terms)  # (as `evidence.score_sentences` measures it)
    for sentence in ranked:
        sentence.coverage = len(terms & token_set(sentence.text)) / len(terms)
    return compose(analyzed, [], ranked, model=None).text.split("\n")[0]


def test_three_events_of_one_report_are_ordered_by_what_it_tells_and_expects() -> None:
    # the speech before the softer words ("Usai pidato tersebut"); the joining the report still
    # expects ("akan bergabung") after both
    opening = _order_opening(
        "Urutkan: pidato Zelensky di depan ribuan orang, bahasa yang lebih lembut, dan "
        "bergabungnya Zelensky dengan para pemimpin NATO di hari kedua KTT",
        ("a", 0, JOINS_LATER),
        ("a", 100, SPEECH),
        ("a", 200, SOFTER),
    )
    assert opening.startswith("Urutannya: (1) pidato Zelensky")
    assert opening.index("lebih lembut") < opening.index("hari kedua")


def test_a_plan_told_of_something_else_orders_no_event() -> None:
    # "akan bergabung" is what was agreed, not the agreement still expected: no order is made up
    opening = _order_opening(
        "Mana yang lebih dulu: persetujuan para anggota soal Lebak atau pidato Ardi di depan "
        "ribuan orang?",
        ("a", 0, "Para anggota sudah setuju Lebak pada akhirnya akan bergabung."),
        ("a", 100, "Ardi berpidato di depan ribuan orang di Medan."),
    )
    assert "lebih dulu" not in opening


STOLTENBERG_BEFORE = "Menurut Stoltenberg, para anggota NATO sudah membicarakan dua hal besar."
QUOTE_TUTURNYA = '"Tidak ada yang tahu kapan perang ini akan berakhir," tuturnya.'


@pytest.mark.parametrize(
    ("question", "sentence", "previous", "fact", "with_previous"),
    [
        # a quote closed by "tuturnya": its speaker is the one the sentence before names
        (
            "Siapa yang mengatakan tidak ada yang tahu kapan perang berakhir?",
            QUOTE_TUTURNYA,
            STOLTENBERG_BEFORE,
            "Stoltenberg",
            True,
        ),
        (
            "Siapa yang menambahkan bahwa bantuan akan datang?",
            "Ia menambahkan bahwa bantuan akan datang pekan depan.",
            "Presiden Joe Biden mengatakan Amerika siap membantu.",
            "Joe Biden",
            True,
        ),
        # a speaker named in the sentence itself needs no sentence before
        (
            "Siapa yang mengatakan tidak ada yang tahu kapan perang berakhir?",
            '"Tidak ada yang tahu kapan perang ini akan berakhir," kata Zelensky.',
            STOLTENBERG_BEFORE,
            "Zelensky",
            False,
        ),
        # no pronoun attribution: the sentence before says nothing about who spoke
        (
            "Siapa yang mengatakan tidak ada yang tahu kapan perang berakhir?",
            "Tidak ada yang tahu kapan perang ini akan berakhir.",
            STOLTENBERG_BEFORE,
            "",
            False,
        ),
        # only "who said" looks back: the one replaced is not the speaker of the sentence before
        (
            "Siapa yang akan menggantikan menteri pertahanan?",
            '"Kabinet perlu dirombak pekan depan," katanya.',
            "Menurut Zelensky, perombakan kabinet diperlukan.",
            "",
            False,
        ),
        # a pronoun subject ("Dia menambahkan") names no one: the sentence before does
        (
            "Siapa yang menambahkan bahwa bantuan akan datang?",
            "Dia menambahkan bahwa bantuan akan datang pekan depan.",
            "Presiden Joe Biden mengatakan Amerika siap membantu.",
            "Joe Biden",
            True,
        ),
        # two speakers named before: whose "katanya" it is, the text does not say
        (
            "Siapa yang mengatakan perang akan berakhir?",
            '"Perang akan berakhir," katanya.',
            "Menurut Stoltenberg, Putin dan Biden mengatakan NATO kuat.",
            "Stoltenberg",
            True,
        ),
        # the sentence before names no speaker
        (
            "Siapa yang mengatakan tidak ada yang tahu kapan perang berakhir?",
            QUOTE_TUTURNYA,
            "Para anggota NATO sudah membicarakan dua hal besar.",
            "",
            False,
        ),
    ],
)
def test_a_pronoun_speaker_is_the_one_the_sentence_before_names(
    question: str, sentence: str, previous: str, fact: str, with_previous: bool
) -> None:
    found = extract_fact(analyze_question(question), sentence, PUBLISHED, previous)
    assert (found.text, found.with_previous) == (fact, with_previous)


@pytest.mark.parametrize(
    ("sentence", "fact", "with_previous"),
    [
        # the asked thing named only as "keputusan itu": the sentence before tells what it was
        (
            "Dalam rapat pertama sejak keputusan itu, warga membahas anggaran.",
            "Rapat ini digelar tak lama setelah Ardi resmi memperpanjang masa jabatannya",
            True,
        ),
        # ... not when the sentence says it itself
        (
            "Keputusan Ardi memperpanjang jabatannya diambil Senin; keputusan itu disambut warga.",
            "Keputusan Ardi memperpanjang jabatannya diambil Senin; keputusan itu disambut warga.",
            False,
        ),
        # ... nor when another thing is pointed back at
        (
            "Dalam rapat itu, warga membahas anggaran.",
            "Dalam rapat itu, warga membahas anggaran.",
            False,
        ),
    ],
)
def test_a_thing_named_back_is_told_by_the_sentence_before(
    sentence: str, fact: str, with_previous: bool
) -> None:
    question = analyze_question("Keputusan apa yang diambil Ardi soal jabatannya?")
    previous = "Rapat ini digelar tak lama setelah Ardi resmi memperpanjang masa jabatannya."
    found = extract_fact(question, sentence, PUBLISHED, previous)
    assert (found.text, found.with_previous) == (fact, with_previous)


def test_a_sentence_before_about_something_else_tells_nothing_named_back() -> None:
    """ "Ardi tiba di pendopo" shares nothing asked besides the name: it is no decision."""
    question = analyze_question("Keputusan apa yang diambil Ardi soal jabatannya?")
    sentence = "Dalam rapat pertama sejak keputusan itu, warga membahas anggaran."
    found = extract_fact(question, sentence, PUBLISHED, "Ardi tiba di pendopo pada Selasa pagi.")
    assert (found.text, found.with_previous) == (sentence, False)


def test_a_time_pointed_at_names_nothing_back() -> None:
    """ "hari ini" in "Salah satu agenda hari ini adalah …" is today, not a day told before."""
    question = analyze_question("hari kedua rapat ada pengukuhan badan apa")
    sentence = "Salah satu agenda hari ini adalah pengukuhan Dewan Desa, sebuah badan baru."
    found = extract_fact(question, sentence, PUBLISHED, "Ardi tiba di hari kedua rapat.")
    assert (found.text, found.with_previous) == (sentence, False)


def test_a_sentence_takes_in_the_one_before_for_its_citation() -> None:
    """Sentences as the answer step splits a retrieved passage that starts inside its article:
    the quote closed by "tuturnya", cited with the sentence before, spans both exactly, in
    article offsets."""
    article_text = f"Pembuka berita. {STOLTENBERG_BEFORE} {QUOTE_TUTURNYA} Penutup."
    chunk_start = len("Pembuka berita. ")
    chunk_text = article_text[chunk_start:]
    passage = Passage(
        chunk=Chunk(
            id="a::1",
            article_id="a",
            index=1,
            text=chunk_text,
            start=chunk_start,
            end=len(article_text),
        ),
        article=ArticleMeta(id="a", title="t", source="s", published=PUBLISHED),
        score=1.0,
    )
    quote = next(s for s in candidate_sentences([passage]) if s.text == QUOTE_TUTURNYA)
    quote.take_in_previous()
    assert quote.text == f"{STOLTENBERG_BEFORE} {QUOTE_TUTURNYA}"
    assert article_text[quote.start : quote.end] == quote.text and quote.previous == ""


def test_a_list_opens_with_the_sentence_that_lists_what_was_asked() -> None:
    """ "Apa saja yang diminta Zelensky?": the sentence that lists with the verb asked ("Ia
    meminta A, B, dan C") opens the list however low it ranked; without that verb it waits."""
    analyzed, ranked = _ranked(
        "Apa saja yang diminta Zelensky kepada sekutu?",
        "Presiden Zelensky tiba di markas NATO di Brussels pada Rabu.",
        "Di markas NATO, para sekutu bertemu untuk membahas pengiriman senjata.",
        "Ia meminta sistem pertahanan udara, rudal jarak jauh, dan amunisi.",
    )
    for sentence in ranked:
        sentence.has_focus = "meminta" in sentence.text
        sentence.enumerates = "dan amunisi" in sentence.text
    ranked[2].score = 0.01  # far below the list's floor
    answer = compose(analyzed, [], ranked, model=None)
    lines = answer.text.split("\n")
    bullets = [line for line in lines if line.startswith("- ")]
    assert "[1]" in bullets[0] and "Ia meminta" in bullets[0]
    # (and its items are the answer's first line)
    assert lines[0] == "**sistem pertahanan udara, rudal jarak jauh, dan amunisi** [1]."
    ranked[2].has_focus = False
    assert "Ia meminta" not in compose(analyzed, [], ranked, model=None).text


@pytest.mark.parametrize(
    ("question", "evidence", "answered"),
    [
        # the place answered must lie in the one asked: the sentence names it
        (
            "Di kota mana di Polandia pusat pelatihan akan dibangun?",
            "Sidang itu digelar di markas NATO di Brussels.",
            False,
        ),
        (
            "Di kota mana di Polandia pusat pelatihan akan dibangun?",
            "Pusat pelatihan akan dibangun di Rzeszow, Polandia.",
            True,
        ),
        ("Di kota mana pusat pelatihan akan dibangun?", "Pusat itu dibangun di Rzeszow.", True),
        # ... also when a country's adjective asks it ("which Polish city")
        (
            "In which Polish city will the training centre be built?",
            "Sidang itu digelar di markas NATO di Brussels.",
            False,
        ),
        # only a country the question places it in is checked: "at NATO" is no place
        ("Where did Zelensky speak at NATO?", "Zelensky berbicara di Brussels.", True),
    ],
)
def test_a_place_is_answered_only_inside_the_place_asked(
    question: str, evidence: str, answered: bool
) -> None:
    language = "en" if question.startswith(("In ", "Where ")) else "id"
    analyzed, ranked = _ranked(normalize_question(question, language), evidence)
    assert compose(analyzed, [], ranked, model=None).abstained is not answered


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Zelensky tiba di Brussels.", "“Zelensky tiba di Brussels.”"),
        # a quote whole stands as it is
        ("“Kami akan mendukung Anda.”", "“Kami akan mendukung Anda.”"),
        # a sentence holding a quote goes in single quotes: no “““ or ”.”
        ("“Kami mendukung Anda,” ujar Stoltenberg.", "‘“Kami mendukung Anda,” ujar Stoltenberg.’"),
    ],
)
def test_quotes_are_never_doubled(sentence: str, quoted: str) -> None:
    assert quote_marks(sentence) == quoted


def test_a_timeline_gives_each_report_once_by_its_opening_sentence() -> None:
    """ "Urutkan secara kronologis ...": one bullet per report, its lead where retrieved, in
    date order, however the ranker spread its sentences."""
    analyzed = analyze_question("Urutkan secara kronologis pertemuan NATO soal Ukraina.")
    ranked = []
    for rank, (article_id, published, text, lead) in enumerate(
        [
            ("b", dt.date(2024, 6, 14), "Para menteri NATO juga membahas Ukraina.", False),
            ("b", dt.date(2024, 6, 14), "Menhan NATO bertemu di Brussels membahas Ukraina.", True),
            ("a", dt.date(2022, 11, 28), "Menlu NATO bertemu di Bucharest membahas Ukraina.", True),
            ("a", dt.date(2022, 11, 28), "NATO menjanjikan bantuan bagi Ukraina.", False),
        ]
    ):
        article = ArticleMeta(id=article_id, title="t", source="s", published=published)
        sentence = Sentence(article, text, 0 if lead else 100, 50, rank, text, lead=lead)
        sentence.score = 1.0 - rank / 10
        ranked.append(sentence)
    lines = compose(analyzed, [], ranked, model=None).text.split("\n")
    assert [line for line in lines if line.startswith("- ")] == [
        "- 28 November 2022, s: “Menlu NATO bertemu di Bucharest membahas Ukraina.” [1]",
        "- 14 Juni 2024, s: “Menhan NATO bertemu di Brussels membahas Ukraina.” [2]",
    ]


@pytest.mark.parametrize(
    ("question", "answered_by"),
    [
        # the sentence with the verb asked about answers, not the scene-setting lead above it
        ("Apa yang dikhawatirkan Zelensky saat tiba di markas NATO?", "kekhawatirannya"),
        ("What was Zelensky worried about?", "kekhawatirannya"),
        # no sentence carries the verb asked: the ranking stands
        ("Apa yang dibahas Zelensky saat tiba di markas NATO?", "tiba di markas"),
    ],
)
def test_the_sentence_with_the_asked_verb_answers_a_what_question(
    question: str, answered_by: str
) -> None:
    analyzed = analyze_question(question)
    article = ArticleMeta(id="a", title="t", source="s", published=dt.date(2023, 10, 11))
    ranked = []
    for rank, text in enumerate(
        [
            "Zelensky pada Rabu (11/10/2023) tiba di markas NATO di Brussels.",
            "Ia bertemu para menteri pertahanan NATO.",
            "Zelensky menyatakan kekhawatirannya bahwa perang lain dapat mengalihkan perhatian.",
        ]
    ):
        sentence = Sentence(article, text, 100 * rank, 100 * rank + len(text), 0, text)
        sentence.score = 1.0 - rank / 10
        sentence.has_focus = bool(analyzed.focus) and analyzed.focus in token_set(text)
        ranked.append(sentence)
    answer = compose(analyzed, [], ranked, model=None)
    assert answered_by in answer.citations[0].quote


def test_not_yet_names_the_deed_words_also_when_typed_in_chat() -> None:
    """ "udah" is the asker's "sudah": the answer names the deed word, never "()"."""
    asked = "ukraina udah jadi anggota nato belum"
    _, ranked = _ranked(asked, "NATO setuju bahwa Ukraina pada akhirnya akan menjadi anggota.")
    answer = compose(analyze_question(normalize_question(asked, "id"), asked), [], ranked, None)
    assert answer.text.startswith("**Belum**") and "(“sudah”)" in answer.text


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("Berapa kapal yang tiba di Brussels?", "tidak menyebut jumlahnya"),
        ("Jam berapa Zelensky tiba di Brussels?", "tidak menyebut waktunya"),
        ("Berapa lama Zelensky tinggal di Brussels?", "tidak menyebut lamanya"),
        ("How long did Zelensky stay in Brussels?", "does not state how long"),
    ],
)
def test_an_abstention_says_what_the_article_does_not_state(question: str, missing: str) -> None:
    analyzed, ranked = _ranked(question, "Zelensky tiba di Brussels pada pagi hari.")
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained and missing in answer.text


def _scored(
    question: Question, *chunks: str, title: str = "Judul", lead: bool = False
) -> tuple[list[Passage], list[Sentence]]:
    """Consecutive chunks of one article as retrieved passages, their sentences scored as the
    answer step scores them (a hashing embedding: the model is not the point here). `lead`:
    the first chunk is the article's opening, as retrieval gives it to every passage."""
    embedding = HashingEmbedding()
    article = ArticleMeta(id="berita", title=title)
    passages, start = [], 0
    for index, text in enumerate(chunks):
        chunk = Chunk(
            id=f"c{index}",
            article_id="berita",
            index=index,
            text=text,
            start=start,
            end=start + len(text),
        )
        opening = chunks[0] if lead else ""
        passages.append(Passage(chunk=chunk, article=article, score=1.0, article_lead=opening))
        start += len(text) + 1
    sentences = score_sentences(
        question,
        embedding.get_query_embedding(question.text),
        candidate_sentences(passages),
        SentenceEmbeddings(embedding),
    )
    return passages, sentences


@pytest.mark.parametrize(
    ("said", "attributed"),
    [
        # the office the passages give the asked person speaks for them
        ("Setelah presiden Lebakia mengatakan kepada warga untuk bersiap, rapat digelar.", True),
        # ... not another person of that office, nor the office's words apart
        ("Mantan presiden Lebakia Santoso mengatakan kepada warga untuk bersiap.", False),
        ("Warga di luar Lebakia mengatakan mereka bersiap.", False),
    ],
)
def test_words_of_the_asked_persons_office_are_theirs(said: str, attributed: bool) -> None:
    question = analyze_question("Mengapa Wiranata mengatakan kepada warga untuk bersiap?")
    _, sentences = _scored(question, f"Presiden Lebakia Budi Wiranata tiba di pendopo. {said}")
    assert {s.text: s.attributed for s in sentences}[said] is attributed


@pytest.mark.parametrize(
    ("said", "named"),
    [
        # a sentence that calls the asked person by the office the passages give them names them
        ("Setelah presiden Lebakia meminta warga bersiap, rapat digelar.", 1.0),
        # ... not one that names only the office's country, nor another holder of it
        ("Warga di luar Lebakia diminta bersiap.", 0.0),
        ("Mantan presiden Lebakia Santoso meminta warga bersiap.", 0.0),
    ],
)
def test_a_person_called_by_their_office_is_named(said: str, named: float) -> None:
    question = analyze_question("Mengapa Wiranata meminta warga bersiap?")
    # (another report's passage gives the office; the sentence's own passage never names him)
    passages_text = ("Presiden Lebakia Budi Wiranata tiba di pendopo.", said)
    embedding = HashingEmbedding()
    passages = [
        Passage(
            chunk=Chunk(id=f"c{i}", article_id=f"b{i}", index=0, text=t, start=0, end=len(t)),
            article=ArticleMeta(id=f"b{i}", title="Judul"),
            score=1.0,
        )
        for i, t in enumerate(passages_text)
    ]
    sentences = score_sentences(
        question,
        embedding.get_query_embedding(question.text),
        candidate_sentences(passages),
        SentenceEmbeddings(embedding),
    )
    assert {s.text: s.entity_coverage for s in sentences}[said] == named


def test_the_ranker_sees_that_a_rival_gives_the_words_to_the_asked_person() -> None:
    """For "menurut ucapannya", a sentence that only mentions Zelensky falls behind the one
    that quotes him: the ranker gets `attribution_gap` for the former, not the latter."""
    question = analyze_question("Mengapa Zelensky ke markas NATO, menurut ucapannya sendiri?")
    _, sentences = _scored(
        question,
        "Zelensky tiba di markas NATO di Brussels. "
        "“Kami memerlukan dukungan dari para pemimpin,” kata Zelensky di markas NATO.",
    )
    gaps = {
        s.text[:10]: ranking_features(s, Bests.of(sentences))["attribution_gap"] for s in sentences
    }
    assert gaps == {"Zelensky t": 1.0, "“Kami meme": 0.0}


@pytest.mark.parametrize(
    ("question", "sentence", "restates"),
    [
        (
            "Apa yang akan ditegaskan para menteri NATO ketika membahas aplikasi Ukraina?",
            "Para menteri juga akan membahas aplikasi Ukraina.",
            True,
        ),
        (
            "Apa yang akan ditegaskan para menteri NATO ketika membahas aplikasi Ukraina?",
            "Tapi mereka cenderung hanya mengkonfirmasi kebijakan pintu terbuka aliansi.",
            False,
        ),
        ("Kapan Zelensky tiba di Brussels?", "Zelensky tiba di Brussels pada 11 Oktober.", False),
        # a date in brackets is still what a "kapan" question asks, not a restatement
        (
            "kapan presiden lebak rudi tiba di markas pemda di bogor?",
            "Presiden Lebak Rudi pada Rabu (11/10/2023) tiba di markas pemda di Bogor.",
            False,
        ),
    ],
)
def test_a_sentence_that_only_restates_the_question_is_marked(
    question: str, sentence: str, restates: bool
) -> None:
    """Such a sentence answers "is it so?" only; the composer passes it over for what-questions."""
    _, (scored,) = _scored(analyze_question(question), sentence)
    assert scored.restates is restates


def test_a_listing_sentence_counts_the_names_its_articles_other_passage_gives() -> None:
    """ "Ia meminta A, B, dan C" sits in a chunk that never names Zelensky or Brussels; the
    article's lead chunk, also retrieved, does: the listing sentence opens the list."""
    question = analyze_question("Apa saja yang diminta Zelensky dari sekutu di Brussels?")
    passages, ranked = _scored(
        question,
        "Zelensky tiba di markas NATO di Brussels. Zelensky bertemu para menteri sekutu.",
        "Ia meminta sistem pertahanan udara, rudal jarak jauh, dan amunisi dari sekutu.",
        title="Kunjungan ke markas NATO",
    )
    answer = compose(question, passages, ranked, model=None)
    bullets = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert bullets and "Ia meminta sistem pertahanan udara" in bullets[0]


def test_a_sentence_sharing_no_word_with_the_question_answers_nothing() -> None:
    """Whatever date "Dalam pertemuan perdana sejak keputusan itu, ..." holds, it is bound to
    nothing "Kapan masa jabatan Stoltenberg diperpanjang?" asked."""
    analyzed, ranked = _ranked(
        "Kapan masa jabatan Stoltenberg diperpanjang?",
        "Dalam pertemuan perdana sejak keputusan itu, para negara anggota berkumpul.",
    )
    assert compose(analyzed, [], ranked, model=None).abstained
    analyzed, ranked = _ranked(
        "Kapan masa jabatan Stoltenberg diperpanjang?",
        "Stoltenberg memperpanjang masa jabatannya pada 2023.",
    )
    assert not compose(analyzed, [], ranked, model=None).abstained


@pytest.mark.parametrize(
    ("rival_coverage", "shown"),
    [(0.6, True), (0.4, False)],  # a paraphrase of the same point, or some other matter
)
def test_another_report_with_a_different_year_is_shown(rival_coverage: float, shown: bool) -> None:
    """ "Kapan NATO setuju Ukraina akan bergabung?": one report says 2018, another 2008 in other
    words; the answer gives the first and says the other differs, with its quote."""
    question = analyze_question("Kapan NATO setuju Ukraina akan bergabung?")
    texts = {
        "satu": "Meski NATO sudah setuju Ukraina bergabung pada 2018, jalurnya belum ada.",
        "dua": "Pada tahun 2008, KTT NATO sepakat bahwa Ukraina kelak menjadi anggota.",
    }
    ranked = []
    for rank, (article_id, text) in enumerate(texts.items()):
        article = ArticleMeta(id=article_id, title="Berita", published=PUBLISHED)
        sentence = Sentence(article, text, 0, len(text), rank, text)
        fact = extract_fact(question, text, PUBLISHED)
        sentence.fact, sentence.score = fact.text, 1.0 - rank / 10
        sentence.coverage = 1.0 if rank == 0 else rival_coverage
        ranked.append(sentence)
    answer = compose(question, [], ranked, model=None)
    assert answer.text.startswith("NATO setuju Ukraina akan bergabung pada 2018")
    assert ("sumber lain menyebut hal berbeda" in answer.text) is shown
    assert len(answer.citations) == (2 if shown else 1)


@pytest.mark.parametrize(
    ("question", "evidence", "opening"),
    [
        # the decisive word of a yes/no claim must be said: no "Ya" from a sentence that only
        # names the office
        (
            "Apakah Stoltenberg mengundurkan diri sebagai sekjen NATO?",
            "Zelensky berbincang dengan Sekretaris Jenderal NATO, Jens Stoltenberg.",
            "Maaf",
        ),
        # ... said under a negation, it answers "Tidak"
        (
            "Apakah Hongaria akan memveto usulan tersebut?",
            "Namun, Hongaria berjanji tidak akan memveto usulan tersebut.",
            "**Tidak**",
        ),
    ],
)
def test_a_yes_no_claim_needs_its_decisive_word(question: str, evidence: str, opening: str) -> None:
    analyzed, ranked = _ranked(question, evidence)
    assert compose(analyzed, [], ranked, model=None).text.startswith(opening)


def test_a_yes_no_claim_about_a_name_no_article_mentions_is_not_judged() -> None:
    analyzed, ranked = _ranked(
        "Apakah Zelensky bertemu Putin di Vilnius?",
        "Zelensky berbincang dengan Stoltenberg menjelang pertemuan di Vilnius.",
    )
    analyzed.unknown_entities = ["putin"]
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained and "Putin" in answer.text


@pytest.mark.parametrize(
    ("question", "evidence", "lead"),
    [
        # countries that open the clause are who does the deed
        (
            "Siapa saja yang diprediksi memberi garansi keamanan bagi Lebak?",
            "AS, Inggris, Prancis, dan Jerman diperkirakan akan memberi jaminan keamanan.",
            "**AS, Inggris, Prancis, dan Jerman** [1].",
        ),
        # ... not countries named later in the clause
        (
            "Siapa saja yang diprediksi memberi garansi keamanan bagi Lebak?",
            "Jaminan keamanan bagi Lebak akan datang dari AS, Inggris, dan Jerman.",
            "",
        ),
    ],
)
def test_who_in_a_list_may_be_countries_doing_the_deed(
    question: str, evidence: str, lead: str
) -> None:
    text = _answer_text(question, evidence)
    assert text.startswith(lead) if lead else not text.startswith("**")


def test_a_list_of_countries_keeps_only_sentences_naming_one() -> None:
    question = analyze_question("Negara mana saja yang akan memberi jaminan keamanan?")
    analyzed, ranked = _ranked(
        question.text,
        "Para anggota NATO sudah membicarakan keanggotaan dan jaminan keamanan.",
        "AS, Inggris, Prancis, dan Jerman diperkirakan akan memberi jaminan keamanan.",
    )
    bullets = [
        line
        for line in compose(analyzed, [], ranked, model=None).text.splitlines()
        if line.startswith("- ")
    ]
    assert len(bullets) == 1 and "AS, Inggris, Prancis, dan Jerman" in bullets[0]


def test_a_person_set_elsewhere_gives_way_to_no_sentence_without_one() -> None:
    # The only name is said in Kyiv; the sentence set in Brussels names no one: no answer,
    # not the Brussels sentence quoted as if it named the minister.
    analyzed, ranked = _ranked(
        "Siapa menteri yang hadir di sidang di Brussels?",
        "Kesepakatan diambil pada sidang para menteri di Brussels.",
        "Di Kyiv, Menteri Pertahanan Rustem Umerov hadir di sidang itu.",
    )
    assert ranked[1].fact and not ranked[0].fact
    assert compose(analyzed, [], ranked, model=None).abstained


@pytest.mark.parametrize(
    ("sentence", "abstains"),
    [
        ("Jerman, yang memegang kepresidenan G7, menjadwalkan pertemuan.", True),
        ("Jerman menyerahkan kepresidenan G7 kepada Jepang.", False),
    ],
)
def test_which_country_needs_a_country_not_asked_about(sentence: str, abstains: bool) -> None:
    analyzed, ranked = _ranked("Kepada negara mana Jerman menyerahkan kepresidenan G7?", sentence)
    assert compose(analyzed, [], ranked, model=None).abstained == abstains


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a capital the energy comes from names its country: Rusia is asked about, not asked
        (
            "Barat diingatkan agar tidak bergantung pada negara apa saat lepas dari energi Moskow?",
            "**China**",
        ),
        (
            "Barat diingatkan agar tidak bergantung pada negara apa saat lepas dari energi "
            "dari Moskow?",
            "**China**",
        ),
    ],
)
def test_a_capital_the_question_names_is_not_its_countrys_answer(
    question: str, opening: str
) -> None:
    analyzed, ranked = _ranked(
        question,
        "Stoltenberg memperingatkan negara-negara Barat untuk tidak menciptakan ketergantungan "
        "baru pada China saat melepaskan diri dari pasokan energi Rusia.",
    )
    assert compose(analyzed, [], ranked, model=None).text.startswith(opening)


def test_when_someone_said_it_is_the_date_of_their_words() -> None:
    analyzed, ranked = _ranked(
        "Kapan Kuleba mengatakan sudah waktunya ada kejelasan?",
        "“Semua anggota telah setuju,” kata Stoltenberg pada akhir April lalu.",
        "“Sudah waktunya ada kejelasan,” ucap Kuleba pada akhir Juni lalu.",
    )
    for sentence in ranked:
        sentence.attributed = attributed_to(sentence, "kuleba")
    assert analyzed.asks_words
    opening = first_sentence(compose(analyzed, [], ranked, model=None).text)
    assert "akhir Juni 2023" in opening and "April" not in opening


def test_a_lower_sentences_fact_stands_in_only_when_bound_to_the_question() -> None:
    """The best sentence has no duration; the next one's "selama dua hari" is a meeting's, tied
    to none of the question's words: no answer, not "dua hari"."""
    analyzed, ranked = _ranked(
        "Berapa lama Stoltenberg memperpanjang masa jabatannya?",
        "Stoltenberg resmi memperpanjang masa jabatannya sebagai sekjen NATO.",
        "Sidang Menteri Pertahanan berlangsung selama dua hari di markas NATO.",
    )
    assert compose(analyzed, [], ranked, model=None).abstained


@pytest.mark.parametrize(
    ("question", "sentence", "reason"),
    [
        (
            "Mengapa invasi Rusia membuat Ukraina sulit masuk NATO?",
            "Pasalnya, Kremlin pernah mengultimatum akan terjadi konfrontasi langsung.",
            "Karena Kremlin pernah mengultimatum akan terjadi konfrontasi langsung",
        ),
        (
            "Mengapa Zelensky ke markas NATO?",
            "Kami memerlukan dukungan. Itu sebabnya saya di sini hari ini.",
            "Karena kami memerlukan dukungan",
        ),
        (
            "Mengapa Orban menolak?",
            "Orban menolak karena merugikan kepentingan nasional.",
            ("karena merugikan kepentingan nasional"),
        ),
        ("Mengapa Orban menolak?", "Orban menolak usulan itu.", ""),
        # "alasannya" inside a sentence opens no reason
        ("Mengapa NATO menolak?", "NATO menolak, dan alasannya belum dijelaskan.", ""),
        # the purpose of what is denied or stopped is no reason for anything
        (
            "Mengapa Rusia sengaja menyerang warga?",
            "Ia menyangkal niatnya untuk menyakiti warga sipil.",
            "",
        ),
        (
            "Mengapa dewan memberi izin tambang?",
            "Dewan telah berhenti memberi izin tambang untuk membuka lahan baru.",
            "",
        ),
        # a denial in another clause leaves this clause's purpose standing
        (
            "Mengapa NATO menambah bantuan?",
            "NATO tidak mengirim pasukan, tetapi menambah bantuan untuk memperkuat pertahanan.",
            "untuk memperkuat pertahanan",
        ),
        # "untuk Ukraina" says for whom; the purpose comes after
        (
            "Mengapa anggaran itu dicabut?",
            "Anggaran bantuan untuk Ukraina dicabut untuk menghindari penutupan pemerintah.",
            "untuk menghindari penutupan pemerintah",
        ),
        # the deed asked lies inside the reason: the reason is another deed's
        (
            "Apa alasan Rusia menginvasi Ukraina?",
            "Dukungan senjata diperlukan untuk bertahan di tengah invasi Rusia.",
            "",
        ),
        # ... or in another clause joined by ", dan": the purpose is that clause's
        (
            "Mengapa warga menyerang pos itu?",
            "Warga menjaga serangan, dan menyediakan tenda untuk berlindung dari serangan.",
            "",
        ),
        # the deed in the clause the reason belongs to
        (
            "Apa alasan warga menyerang pos itu?",
            "Warga menyerang pos itu karena marah atas penggusuran.",
            "karena marah atas penggusuran",
        ),
    ],
)
def test_the_reason_a_sentence_gives(question: str, sentence: str, reason: str) -> None:
    assert extract_fact(analyze_question(question), sentence, PUBLISHED).text == reason


@pytest.mark.parametrize(
    ("question", "evidence", "abstains"),
    [
        # a why-question that denies something presupposes it did not happen
        (
            "Mengapa Zelensky tidak hadir di KTT NATO?",
            "Di KTT NATO, Zelensky mengaku kecewa karena NATO tidak memberikan batas waktu.",
            True,
        ),
        (
            "Mengapa Orban menolak mengirim tentara ke Ukraina?",
            "Orban menolak mengirim tentara ke Ukraina karena merugikan kepentingan nasional.",
            False,
        ),
        # "tanpa pemanas" is a state the deed is done in, not a deed denied
        (
            "Mengapa warga diminta bersiap hidup tanpa pemanas?",
            "Warga diminta bersiap menghadapi dingin karena serangan di infrastruktur.",
            False,
        ),
    ],
)
def test_a_denied_premise_needs_a_denial_in_the_evidence(
    question: str, evidence: str, abstains: bool
) -> None:
    analyzed, ranked = _ranked(question, evidence)
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained is abstains
    if abstains:
        assert "“tidak”, “hadir”" in answer.text


@pytest.mark.parametrize(
    ("question", "evidence", "opening"),
    [
        # "bebas dari masalah" denies problems: "memiliki masalah" answers it "Tidak"
        (
            "Apakah industri senjata AS bebas dari masalah?",
            "Industri AS memiliki masalah.",
            "Tidak",
        ),
        ("Is the US arms industry free of problems?", "Industri AS memiliki masalah.", "No"),
        ("Apakah industri senjata AS memiliki masalah?", "Industri AS memiliki masalah.", "Ya"),
        # ... but "bebas dari penjara" (released) denies nothing
        ("Apakah Gershkovich sudah dibebaskan?", "Gershkovich akhirnya bebas dari penjara.", "Ya"),
        # a negation of words outside the claim denies none of it
        (
            "Apakah para menteri bertemu di Bucharest?",
            "Para menteri bertemu di Bucharest membahas bantuan yang tidak mematikan.",
            "Ya",
        ),
        (
            "Apakah para menteri bertemu di Bucharest?",
            "Para menteri tidak bertemu di Bucharest.",
            "Tidak",
        ),
        # chat's tag "kan" asks for a confirmation
        ("para menteri bertemu di Bucharest kan", "Para menteri bertemu di Bucharest.", "Ya"),
        # ... but one that denies a deed to come or a word the claim says still denies
        (
            "Apakah Jerman akan mengirim pasukan ke Ukraina?",
            "Jerman termasuk negara yang tidak akan mengirim pasukan ke Ukraina.",
            "Tidak",
        ),
        (
            "Apakah Hongaria menyetujui keanggotaan Swedia?",
            "Hongaria adalah satu-satunya anggota yang tidak menyetujui keanggotaan Swedia.",
            "Tidak",
        ),
        (
            "Apakah Jerman mengirim bantuan yang tidak mematikan?",
            "Jerman mengirim bantuan yang tidak mematikan.",
            "Ya",
        ),
    ],
)
def test_free_of_is_a_denial(question: str, evidence: str, opening: str) -> None:
    assert extract_fact(analyze_question(question), evidence, PUBLISHED).text == opening


def test_a_quote_opening_its_passage_is_theirs_whom_the_passage_names() -> None:
    """ "…," tuturnya.' first in its passage: no sentence before it to name the speaker; the
    passage (or the article's title) naming Stoltenberg is the best there is."""
    text = "“Kami harus memastikan sejarah tidak terulang,” tuturnya."
    context = f"{text} Stoltenberg lalu bertemu para menteri."
    sentence = Sentence(ArticleMeta(id="berita", title="Judul"), text, 0, len(text), 0, context)
    assert attributed_to(sentence, "stoltenberg")
    assert not attributed_to(sentence, "zelensky")


@pytest.mark.parametrize(
    ("question", "evidence", "opening"),
    [
        # the veto is denied, the condition is in both: "Tidak", though both deny something
        (
            "Apakah Hongaria akan memveto usulan tersebut selama tidak dipaksa ikut?",
            "Hongaria berjanji tidak akan memveto usulan tersebut selama tidak dipaksa ikut.",
            "Tidak",
        ),
        (
            "Apakah Zelensky tidak hadir di KTT?",
            "Zelensky hadir di KTT dan tidak memberi pernyataan.",
            "Tidak",
        ),
        (
            "Apakah Rusia mengakui menargetkan infrastruktur?",
            "Rusia mengakui menargetkan infrastruktur.",
            "Ya",
        ),
        # a sentence sharing only the names denies something else: no "Tidak" from it
        (
            "Apakah Ardi hadir di KTT Medan?",
            "Dalam KTT di Medan, Ardi mengaku kecewa karena dewan tidak memberikan batas waktu.",
            "Ya",
        ),
        # ... the event named as well, in English too
        (
            "Did Ardi attend the Medan summit?",
            "Dalam KTT di Medan, Ardi mengaku kecewa karena dewan tidak memberikan batas waktu.",
            "Yes",
        ),
        # ... unless its negation denies the claim's own words
        ("Apakah Ardi jadi ke Medan?", "Ardi dipastikan tidak akan ke Medan.", "Tidak"),
        # the same denial, its object just inside its reach in one wording and just past it in
        # the other, agrees
        (
            "Apakah Rusia menyangkal berniat menyakiti warga sipil?",
            "Ia menyangkal niatnya untuk menyakiti warga sipil.",
            "Ya",
        ),
        (
            "Did Russia deny intending to harm civilians?",
            "Ia menyangkal niatnya untuk menyakiti warga sipil.",
            "Yes",
        ),
        # English "gave no X" denies the giving as "tidak memberikan X" does, an object between
        # or not; a claim without the "no" is denied
        (
            "Was Ardi disappointed that the council gave no timeline?",
            "Ardi mengaku kecewa karena dewan tidak memberikan batas waktu.",
            "Yes",
        ),
        (
            "Did the council give Ardi no timeline?",
            "Ardi mengaku kecewa karena dewan tidak memberikan batas waktu.",
            "Yes",
        ),
        (
            "Did the council give Ardi a timeline?",
            "Ardi mengaku kecewa karena dewan tidak memberikan batas waktu.",
            "No",
        ),
        # an English word standing for a negated phrase the sentence says ("non-lethal":
        # "tidak mematikan") is the same description, not a denial on one side only
        (
            "Were blankets part of the non-lethal aid, weren't they?",
            "Bagian dari bantuan tidak mematikan ini, seperti selimut, telah dikirim.",
            "Yes",
        ),
        (
            "Were blankets part of the lethal aid?",
            "Bagian dari bantuan tidak mematikan ini, seperti selimut, telah dikirim.",
            "No",
        ),
    ],
)
def test_yes_or_no_compares_what_each_denies(question: str, evidence: str, opening: str) -> None:
    assert extract_fact(analyze_question(question), evidence, PUBLISHED).text == opening


@pytest.mark.parametrize(
    ("question", "evidence", "opens", "abstains"),
    [
        # another date, month or year for the same deed: "Tidak", with the article's date
        (
            "Apakah Menteri Ardi meresmikan jembatan Sungai Lebak pada November 2023?",
            "Menteri Ardi meresmikan jembatan Sungai Lebak pada Rabu (11/10/2023).",
            "**Tidak**: artikel menyebut Rabu, 11 Oktober 2023",
            False,
        ),
        (
            "Did minister Ardi open the Lebak bridge in November 2023?",
            "Menteri Ardi meresmikan jembatan Lebak pada Rabu (11/10/2023).",
            "**No**: the article says Wednesday, 11 October 2023",
            False,
        ),
        (
            "Apakah Menteri Ardi meresmikan jembatan Sungai Lebak pada Oktober 2023?",
            "Menteri Ardi meresmikan jembatan Sungai Lebak pada Rabu (11/10/2023).",
            "**Ya**",
            False,
        ),
        # another place or count: "Tidak", with the article's
        (
            "Apakah pabrik baterai itu akan dibangun di Jerman?",
            "Pabrik baterai itu akan dibangun di Polandia mulai tahun depan.",
            "**Tidak**: artikel menyebut Polandia",
            False,
        ),
        # a capital the claim names: another placed city says "Tidak"; a typo of the same
        # city, or its country placed, is no other place
        (
            "Apakah pertemuan itu berlangsung di Warsawa?",
            "Di pertemuan di Brussels itu, Polandia menawarkan pusat pelatihan.",
            "**Tidak**: artikel menyebut Brussels",
            False,
        ),
        (
            "Apakah pertemuan itu berlangsung di Vilnus?",
            "Pertemuan itu berlangsung di Vilnius pada Selasa.",
            "**Ya**",
            False,
        ),
        # the anchor event named by the aggressor's capital is the same event
        (
            "Apakah kunjungan Ardi itu yang pertama sejak Moskwa menyerbu negaranya?",
            "Ini adalah kunjungan pertama Ardi sejak invasi Rusia.",
            "**Ya**",
            False,
        ),
        (
            "Apakah Hongaria akan mengirim tentara ke Kiev?",
            "Hongaria tidak akan mengirim tentara ke Ukraina.",
            "**Tidak**",
            False,
        ),
        (
            "Apakah koperasi itu beranggotakan 32 desa?",
            "Koperasi itu kini beranggotakan 31 desa di tiga kecamatan.",
            "**Tidak**: artikel menyebut 31 desa",
            False,
        ),
        # names and a date only: another date still says no
        (
            "Apakah Menteri Ardi ke Lebak pada November 2023?",
            "Menteri Ardi tiba di Lebak pada Rabu (11/10/2023).",
            "**Tidak**: artikel menyebut Rabu, 11 Oktober 2023",
            False,
        ),
        # a detail the sentence does not speak to: not confirmed, so no "Ya"
        (
            "Apakah Menteri Ardi meresmikan jembatan Sungai Lebak pada tahun 2022?",
            "Menteri Ardi meresmikan jembatan Sungai Lebak di hadapan warga.",
            "Maaf",
            True,
        ),
        # a sentence about someone else confirms nothing about the names asked
        (
            "Apakah Bupati Sari mengunjungi Lebak?",
            "Menteri Ardi meresmikan jembatan di Kota Baru.",
            "Maaf",
            True,
        ),
        # the same names, but what is claimed of them is not said
        (
            "Apakah pusat pelatihan guru Lebak sudah dibuka?",
            "Warga Lebak menerima bantuan beras dari pemerintah.",
            "Maaf",
            True,
        ),
        # a name said without its office ("Menteri Ardi" as "Ardi") is said
        (
            "Benarkah Menteri Ardi menyebut warga Lebak akan mendapat jembatan baru?",
            "Ardi mengatakan warga Lebak akan mendapat jembatan baru tahun ini.",
            "**Ya**",
            False,
        ),
        # the claim's deed must be said: the same nouns with another deed confirm nothing
        (
            "Apakah DPRD membahas anggaran jembatan baru Lebak pada Oktober 2023?",
            "Pada awal Oktober 2023, anggaran jembatan terbaru Lebak dicabut dari DPRD.",
            "Maaf",
            True,
        ),
        # ... nor does what undoes it deny it: it may have been done before (approved, then
        # revoked)
        (
            "Apakah DPRD pernah menyetujui anggaran jembatan baru Lebak?",
            "Pada awal Oktober 2023, anggaran jembatan terbaru Lebak dicabut dari DPRD.",
            "Maaf",
            True,
        ),
        # ... but claimed done at the very time it was undone, it is denied
        (
            "Apakah DPRD menyetujui anggaran jembatan baru Lebak pada Oktober 2023?",
            "Pada awal Oktober 2023, anggaran jembatan terbaru Lebak dicabut dari DPRD.",
            "**Tidak**",
            False,
        ),
        (
            "Did the council approve the new Lebak bridge budget in October 2023?",
            "Pada awal Oktober 2023, anggaran jembatan terbaru Lebak dicabut dari dewan.",
            "**No**",
            False,
        ),
        (
            "anggaran jembatan lebak sudah lolos di dprd belum awal oktober 2023",
            "Pada awal Oktober 2023, anggaran jembatan terbaru Lebak dicabut dari DPRD.",
            "**Tidak**",
            False,
        ),
        (
            "Apakah anggaran jembatan Lebak dicabut dari DPRD?",
            "Pada awal Oktober 2023, anggaran jembatan terbaru Lebak dicabut dari DPRD.",
            "**Ya**",
            False,
        ),
        # "menyetujui" stems like "setuju" but is no plan: an "akan" says nothing of it
        (
            "Apakah DPRD menyetujui jaminan anggaran untuk Lebak?",
            "DPRD diperkirakan akan mengeluarkan jaminan anggaran untuk Lebak.",
            "Maaf",
            True,
        ),
        # a planned deed is said by any plan ("dijadwalkan hadir" by "akan bergabung")
        (
            "Apakah Menteri Ardi dijadwalkan hadir di peresmian jembatan Lebak?",
            "Menteri Ardi akan bergabung di peresmian jembatan Lebak besok.",
            "**Ya**",
            False,
        ),
        # many times, against a sentence that calls it the first: "Tidak", saying so
        (
            "Apakah Menteri Ardi sudah berkali-kali mengunjungi jembatan Lebak?",
            "Ini adalah kunjungan pertamanya ke jembatan Lebak, kata Menteri Ardi.",
            "**Tidak**: artikel menyebut yang pertama",
            False,
        ),
        (
            "Has Minister Ardi visited the Lebak bridge many times?",
            "Ini adalah kunjungan pertamanya ke jembatan Lebak, kata Menteri Ardi.",
            "**No**: the article says it was the first",
            False,
        ),
        # said the other way: "Tidak", with the sentence's words
        (
            "Apakah harga cabai di Lebak naik?",
            "Harga cabai di Lebak turun pekan ini.",
            "**Tidak**: artikel menyebut \u201cturun pekan ini\u201d",
            False,
        ),
        (
            "Apakah masalah pasokan cabai di Lebak sudah mereda?",
            "Ada peningkatan masalah dengan pasokan cabai di Lebak.",
            "**Tidak**",
            False,
        ),
        # a denial asked about, an admission said: the opposite speaks to the claim
        (
            "Apakah Lebak membantah menyerang infrastruktur Kota Baru?",
            "Lebak mengakui menargetkan infrastruktur Kota Baru.",
            "**Tidak**",
            False,
        ),
        # "Perdana Menteri" is a prime minister, no first time: "sering" is just not said
        (
            "Apakah Budi Santoso sering bertemu Ardi di Lebak?",
            "Perdana Menteri Budi Santoso bertemu Ardi di Lebak pada Juni.",
            "Maaf",
            True,
        ),
        # words that only share a stem with an opposite are none ("hasil" is no "berhasil")
        (
            "Apakah perundingan damai di Lebak gagal?",
            "Hasil perundingan damai di Lebak diumumkan Senin.",
            "Maaf",
            True,
        ),
        # a denial must speak of the same claim: no veto of one thing denies none of another
        (
            "Apakah Lebak memveto keanggotaan Kota Baru di koperasi?",
            "Lebak berjanji tidak akan memveto usulan tersebut selama tidak dipaksa ikut.",
            "Maaf",
            True,
        ),
        # before against after the same event: "Tidak", with the sentence's own clause
        (
            "Apakah bantuan itu akan diserahkan sebelum festival Lebak berakhir?",
            "Bantuan itu kemungkinan akan diserahkan setelah festival Lebak berakhir.",
            "**Tidak**: artikel menyebut \u201csetelah festival Lebak berakhir\u201d",
            False,
        ),
        (
            "Apakah bantuan itu akan diserahkan setelah festival Lebak berakhir?",
            "Bantuan itu kemungkinan akan diserahkan setelah festival Lebak berakhir.",
            "**Ya**",
            False,
        ),
        # told the other way round: "usai A, B" says A came before B
        (
            "Apakah Zelensky berpidato sebelum beralih ke bahasa yang lebih lembut?",
            "Usai pidato tersebut, Zelensky beralih ke bahasa yang lebih lembut.",
            "**Ya**",
            False,
        ),
        # a sentence that tells the deed but not its side of the event confirms no "before"
        (
            "Apakah bantuan itu diserahkan sebelum festival Lebak berakhir?",
            "Bantuan itu diserahkan kepada warga Lebak.",
            "Maaf",
            True,
        ),
        # a claimed plan word is said by another plan only beside the rest of the claim; an
        # acronym's written-out words are its name, not the claim ("AS" is amerika serikat)
        (
            "Apakah AS setuju?",
            "Ardi akan bertemu Presiden Amerika Serikat (AS) Joe Biden.",
            "Maaf",
            True,
        ),
        ("Apakah Lebak setuju?", "Lebak akan bertemu dewan Medan.", "Maaf", True),
        (
            "Apakah Ardi dijadwalkan bertemu Biden?",
            "Ardi akan bertemu Presiden Amerika Serikat (AS) Joe Biden.",
            "**Ya**",
            False,
        ),
    ],
)
def test_a_yes_no_claim_is_checked_detail_by_detail(
    question: str, evidence: str, opens: str, abstains: bool
) -> None:
    analyzed, ranked = _ranked(question, evidence)
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained == abstains
    assert answer.text.startswith(opens)


@pytest.mark.parametrize(
    ("question", "evidence", "opens", "abstains"),
    [
        # a place visited is a place claimed: a visit elsewhere that names the visitor is no
        # "Ya", in either language
        (
            "Apakah Ardi mengunjungi Oslo?",
            "Ini adalah kunjungan pertama Ardi ke dewan itu.",
            "Maaf",
            True,
        ),
        ("Did Ardi visit Oslo?", "Ini adalah kunjungan pertama Ardi ke dewan itu.", "The", True),
        ("Apakah Ardi mengunjungi Oslo?", "Ardi mengunjungi Oslo pada Rabu.", "**Ya**", False),
        ("Did Ardi visit Oslo?", "Ardi mengunjungi Oslo pada Rabu.", "**Yes**", False),
        # a place named in passing is no place visited
        (
            "Did Ardi visit Poland?",
            "Ini kunjungan pertama Ardi ke dewan itu sejak invasi Polandia.",
            "The",
            True,
        ),
        # a country the sentence names otherwise is no other place visited
        (
            "Did Ardi visit Poland?",
            "Ini kunjungan pertama Presiden Hongaria Ardi ke dewan itu.",
            "The",
            True,
        ),
        # the claim's doer and the one it names after its deed, the other way round
        (
            "Apakah Hongaria mengakui menyerang Polandia?",
            "Polandia mengakui menyerang Hongaria.",
            "**Tidak**: artikel menyebut Polandia",
            False,
        ),
        (
            "Did Hungary admit attacking Poland?",
            "Polandia mengakui menyerang Hongaria.",
            "**No**: the article says Poland",
            False,
        ),
        (
            "Apakah Polandia mengakui menyerang Hongaria?",
            "Polandia mengakui menyerang Hongaria.",
            "**Ya**",
            False,
        ),
        # ... not a passive, whose subject is what the deed was done to
        ("Apakah Polandia menyerang Hongaria?", "Hongaria diserang Polandia.", "**Ya**", False),
        ("Was Hungary attacked by Poland?", "Polandia menyerang Hongaria.", "**Yes**", False),
        # ... nor a deed two do together
        ("Apakah Ardi bertemu Budi?", "Budi bertemu Ardi di kantor dewan.", "**Ya**", False),
        (
            "Apakah Polandia melawan Hongaria?",
            "Hongaria melawan Polandia di final.",
            "**Ya**",
            False,
        ),
        # that no one else did it is confirmed only by a sentence saying so
        ("Apakah hanya Ardi yang berpidato di Lebak?", "Ardi berpidato di Lebak.", "Maaf", True),
        ("Did only Ardi speak in Lebak?", "Ardi berpidato di Lebak.", "The", True),
        (
            "Apakah hanya Ardi yang berpidato di Lebak?",
            "Hanya Ardi yang berpidato di Lebak.",
            "**Ya**",
            False,
        ),
        # a claim of what someone said is not borne out by another's words, in either language
        (
            "Apakah Halvorsen mengatakan Lebak akan menjadi anggota dewan Medan?",
            '"Lebak akan menjadi anggota dewan Medan," kata Wiranata.',
            "Maaf",
            True,
        ),
        (
            "Did Halvorsen say Lebak will become a member of the Medan council?",
            '"Lebak akan menjadi anggota dewan Medan," kata Wiranata.',
            "The",
            True,
        ),
        (
            "Apakah Wiranata mengatakan Lebak akan menjadi anggota dewan?",
            '"Lebak akan menjadi anggota dewan," kata Wiranata.',
            "**Ya**",
            False,
        ),
        # ... nor does a sentence that gives words to no one need a speaker
        (
            "Apakah Wiranata mengatakan Lebak akan menjadi anggota dewan?",
            "Wiranata yakin Lebak akan menjadi anggota dewan.",
            "**Ya**",
            False,
        ),
    ],
)
def test_a_yes_no_claim_names_its_place_and_its_doer(
    question: str, evidence: str, opens: str, abstains: bool
) -> None:
    analyzed, ranked = _ranked(question, evidence)
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained == abstains
    assert answer.text.startswith(opens)


@pytest.mark.parametrize(
    ("previous", "sentence", "opens"),
    [
        # the speaker of the sentence before is no party to a meeting told after it ...
        (
            "Halvorsen mengatakan para menteri membahas bantuan.",
            "Pertemuan itu digelar sebelum pertemuan puncak Presiden Marquez di Lebak.",
            "Maaf",
        ),
        # ... but the one "ia" points back at is
        ("Halvorsen tiba di Lebak pada Senin.", "Ia bertemu Presiden Marquez di sana.", "**Ya**"),
        (
            "Halvorsen tiba di Lebak pada Senin.",
            "Halvorsen bertemu Presiden Marquez di sana.",
            "**Ya**",
        ),
    ],
)
def test_a_meeting_of_two_names_both_in_its_sentence_or_one_pointed_back_at(
    previous: str, sentence: str, opens: str
) -> None:
    analyzed, ranked = _ranked("Apakah Marquez bertemu Halvorsen?", sentence)
    ranked[0].previous = previous
    assert compose(analyzed, [], ranked, model=None).text.startswith(opens)


@pytest.mark.parametrize(
    ("question", "sentence", "doer"),
    [
        (
            "Apakah Hongaria mengakui menyerang Polandia?",
            "Polandia mengakui menyerang Hongaria.",
            "Polandia",
        ),
        (
            "Did Hungary admit attacking Poland?",
            "Polandia mengakui menyerang Hongaria.",
            "Polandia",
        ),
        # a noun of the deed tells no doer; a passive claim's subject is no doer
        (
            "Apakah Polandia menyerang Hongaria?",
            "Hongaria bersiaga setelah serangan bagi Polandia.",
            "",
        ),
        ("Was Hungary attacked by Poland?", "Polandia menyerang Hongaria.", ""),
        # a contest or a meeting has no one doer
        ("Apakah Polandia melawan Hongaria?", "Hongaria melawan Polandia di final.", ""),
    ],
)
def test_the_doer_a_sentence_gives_the_other_way_round(
    question: str, sentence: str, doer: str
) -> None:
    analyzed, ranked = _ranked(question, sentence)
    assert doer_swapped(analyzed, ranked[0]) == doer


@pytest.mark.parametrize(("unknown", "opens"), [(["undur"], "**No**"), ([], "**No**")])
def test_a_claim_of_only_a_deed_told_the_other_way_round_is_no(
    unknown: list[str], opens: str
) -> None:
    """ "Did Ardi resign?": his term extended says no, also when no article uses the verb."""
    analyzed, ranked = _ranked("Did Ardi resign?", "Ardi resmi memperpanjang masa jabatannya.")
    analyzed.unknown_terms = unknown
    assert compose(analyzed, [], ranked, model=None).text.startswith(opens)


@pytest.mark.parametrize(("context_article", "city"), [("b", "Lisbon"), ("", "Oslo")])
def test_a_follow_up_on_that_meeting_is_answered_from_the_last_answers_article(
    context_article: str, city: str
) -> None:
    """ "Pertemuan itu diadakan di kota mana?" after an answer quoting article b: b's meeting,
    though another article's meeting ranks first."""
    analyzed, ranked = _ranked(
        "Pertemuan itu diadakan di kota mana?",
        "Pertemuan dewan itu akan diadakan di Oslo bulan depan.",
        "Pertemuan menteri dewan di Lisbon akan fokus pada bantuan.",
    )
    ranked[1].article = ArticleMeta(
        id="b", title="Kabar", source="Harian Lain", published=PUBLISHED
    )
    analyzed.context_article = context_article
    assert compose(analyzed, [], ranked, model=None).text.startswith(f"**{city}**")


_MET = (
    "Ardi juga akan bertemu secara terpisah dengan Presiden Medan Budi Wiranata di Lebak.",
    "Ardi kemudian bertemu para menteri pertahanan dari negara-negara dewan di Lebak.",
)


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        # the person asked by their kind is someone the sentence calls so
        ("Ardi bertemu dengan menteri apa di Lebak?", "**para menteri pertahanan"),
        ("Which minister did Ardi meet in Lebak?", "**the defence ministers**"),
        ("Ardi bertemu dengan presiden mana di Lebak?", "**Budi Wiranata**"),
        # a generic head ("pejabat") is any office holder
        ("Ardi bertemu dengan pejabat apa di Lebak?", "**Budi Wiranata**"),
    ],
)
def test_a_person_asked_by_kind_is_called_so(question: str, opens: str) -> None:
    assert _answer_text(question, *_MET).startswith(opens)


@pytest.mark.parametrize(
    ("question", "texts", "opens"),
    [
        # whom a thing is for is who the sentence says it is for, not a name near the thing
        (
            "Ardi menyebut lebih banyak bantuan untuk siapa?",
            (
                "Ardi akan bertemu Budi Wiranata di saat mencari lebih banyak bantuan dan dana.",
                '"Lebih banyak bantuan untuk warga Lebak!" tulis Ardi.',
            ),
            "**warga Lebak**",
        ),
        (
            "Who did Ardi say more aid was for?",
            (
                "Ardi akan bertemu Budi Wiranata di saat mencari lebih banyak bantuan dan dana.",
                '"Lebih banyak bantuan untuk warga Lebak!" tulis Ardi.',
            ),
            "**warga Lebak**",
        ),
        (
            "Ardi menyebut lebih banyak bantuan untuk siapa?",
            ("Ardi akan bertemu Budi Wiranata di saat mencari lebih banyak bantuan dan dana.",),
            "Maaf",
        ),
    ],
)
def test_whom_a_thing_is_for_is_said_with_the_thing(
    question: str, texts: tuple[str, ...], opens: str
) -> None:
    assert _answer_text(question, *texts).startswith(opens)


def test_a_verb_that_frames_the_claimed_feeling_is_no_unreported_deed() -> None:
    """ "merasa kecewa" claims the disappointment: no article's lack of "merasa" unconfirms it."""
    analyzed, ranked = _ranked(
        "Apakah Ardi merasa kecewa karena dewan tidak memberikan batas waktu?",
        "Ardi mengaku kecewa karena dewan tidak memberikan batas waktu.",
    )
    analyzed.unknown_terms = ["rasa"]
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.text.startswith("**Ya**") and not answer.abstained


@pytest.mark.parametrize(("unknown", "abstains"), [(["lolos"], True), ([], False)])
def test_a_deed_no_article_reports_is_no_yes_on_its_nouns(
    unknown: list[str], abstains: bool
) -> None:
    analyzed, ranked = _ranked(
        "Apakah kongres sudah meloloskan anggaran bantuan pada Oktober 2023?",
        "Pada Oktober 2023, anggaran bantuan dari kongres sudah diloloskan.",
    )
    analyzed.unknown_terms = unknown
    assert compose(analyzed, [], ranked, model=None).abstained == abstains


@pytest.mark.parametrize(
    ("question", "unknown", "abstains"),
    [
        # no article speaks of being born: no date in them is the birth's
        (
            "Kapan Menteri Ardi lahir?",
            ["lahir"],
            True,
        ),
        # "tanggal" only says a date is asked; the deed is known
        ("Tanggal berapa Menteri Ardi meresmikan jembatan?", ["tanggal"], False),
        # a typo or an English word is no unheard deed
        ("Kapan Menteri Ardi meresmikkan jembatan?", ["meresmikkan"], False),
    ],
)
def test_a_deed_no_article_speaks_of_has_no_date(
    question: str, unknown: list[str], abstains: bool
) -> None:
    analyzed, ranked = _ranked(
        question, "Menteri Ardi meresmikan jembatan Sungai Lebak pada Rabu (11/10/2023)."
    )
    analyzed.unknown_terms = unknown
    assert compose(analyzed, [], ranked, model=None).abstained == abstains


@pytest.mark.parametrize(
    ("question", "previous", "sentence", "doer"),
    [
        # "Ia" before the asked verb is the person the sentence before opens with
        (
            "Siapa yang meminta sistem pertahanan udara?",
            "Presiden Ukraina Volodymyr Zelensky tiba di markas NATO.",
            "Ia meminta sistem pertahanan udara di tengah kekhawatiran Amerika Serikat.",
            "Volodymyr Zelensky",
        ),
        (
            "Who asked for air defence systems?",
            "Presiden Ukraina Volodymyr Zelensky tiba di markas NATO.",
            "Ia meminta sistem pertahanan udara di tengah kekhawatiran Amerika Serikat.",
            "Volodymyr Zelensky",
        ),
        (
            "Sistem pertahanan udara diminta oleh siapa?",
            "Presiden Ukraina Volodymyr Zelensky tiba di markas NATO.",
            "Ia meminta sistem pertahanan udara di tengah kekhawatiran Amerika Serikat.",
            "Volodymyr Zelensky",
        ),
        # the doer of the asked deed, not the one who reports it
        (
            "Siapa yang menyetujui peta jalan itu?",
            "",
            "Jens Stoltenberg mengatakan para menteri pertahanan menyetujui peta jalan itu.",
            "para menteri pertahanan",
        ),
        # chat asks with "siapa" last
        (
            "yang setujui peta jalan itu siapa",
            "",
            "Jens Stoltenberg mengatakan para menteri pertahanan menyetujui peta jalan itu.",
            "para menteri pertahanan",
        ),
        # a plain root verb too
        (
            "Siapa yang datang ke KTT NATO?",
            "",
            "Para pemimpin negara datang ke KTT NATO.",
            "Para pemimpin negara",
        ),
        # English asks the doer of a deed in the progressive too ("Who was keeping watch")
        (
            "Who was guarding the rooftops during the speech?",
            "",
            "Penembak jitu berjaga di atap-atap rumah selama berlangsungnya pidato.",
            "Penembak jitu",
        ),
        # ... or by the deed's noun ("stood guard", "kept watch")
        (
            "Who stood guard on the rooftops during the speech?",
            "",
            "Penembak jitu berjaga di atap-atap rumah selama berlangsungnya pidato.",
            "Penembak jitu",
        ),
        # ... also after a scene: "pas pidato yang jaga di atap siapa"; a group with no name
        (
            "pas zelensky pidato yang berjaga di atap siapa",
            "",
            "Penembak jitu berjaga di atap-atap rumah selama berlangsungnya pidato.",
            "Penembak jitu",
        ),
        # the name before the verb, without its office and without its adverbs
        (
            "Siapa yang menolak usulan itu?",
            "",
            "Perdana Menteri Hongaria Viktor Orban dengan tegas menolak usulan itu.",
            "Viktor Orban",
        ),
        # a list of doers, all of them; in English with "and"
        (
            "Siapa yang akan mengeluarkan jaminan keamanan?",
            "",
            "AS, Inggris, Prancis, dan Jerman diperkirakan akan mengeluarkan jaminan keamanan.",
            "AS, Inggris, Prancis, dan Jerman",
        ),
        # "dan" between two clauses joins no list
        (
            "Siapa yang meminta tambahan senjata?",
            "",
            "Zelensky tiba di Brussels dan Stoltenberg meminta tambahan senjata.",
            "Stoltenberg",
        ),
        # "Di Budapest, …" is where, not one more doer
        (
            "Siapa yang menolak usulan itu?",
            "",
            "Di Budapest, Perdana Menteri Hongaria Viktor Orban menolak usulan itu.",
            "Viktor Orban",
        ),
        # an adverb between "siapa yang" or "who" and the deed is no deed
        (
            "Siapa yang baru saja memperpanjang masa jabatannya?",
            "",
            "Rapat itu terjadi setelah Holmberg resmi memperpanjang masa jabatannya.",
            "Holmberg",
        ),
        (
            "siapa yg juga menolak usulan itu",
            "",
            "Perdana Menteri Hongaria Viktor Orban menolak usulan itu.",
            "Viktor Orban",
        ),
        (
            "Who recently extended his term?",
            "",
            "Rapat itu terjadi setelah Holmberg resmi memperpanjang masa jabatannya.",
            "Holmberg",
        ),
        # an office written with no place of its own, in a sentence set before it in the place
        # asked about, is that place's; a place only after it sets nothing
        (
            "Siapa diktator Bucharest yang membangun istana itu?",
            "",
            "Rapat di istana di Bucharest, yang dibangun di bawah diktator Nicolae Wiranata, usai.",
            "Nicolae Wiranata",
        ),
        ("Siapa presiden Prancis?", "", "Presiden Joe Wiranata tiba di Prancis.", ""),
        # the doer of a purpose's deed is not the words before "untuk": whom the senders armed
        # is whoever the main clause allows, far back
        (
            "Siapa yang melakukan serangan di wilayah Medan?",
            "",
            "Ia mendesak Lebak untuk mengizinkan Kowalski memakai rudal yang dipasok Nowak "
            "untuk melakukan serangan di wilayah Medan.",
            "",
        ),
        (
            "Siapa presiden Medan yang meminta bantuan tambahan?",
            "",
            "Untuk membantu Medan, Presiden Joe Wiranata meminta bantuan tambahan.",
            "",
        ),
    ],
)
def test_the_doer_of_the_asked_deed(question: str, previous: str, sentence: str, doer: str) -> None:
    assert extract_fact(analyze_question(question), sentence, PUBLISHED, previous).text == doer


def test_a_relative_time_on_the_questions_own_anchor_is_no_answer() -> None:
    """ "sejak invasi Rusia" for "… pertama sejak invasi?" only echoes the question; for any
    plain when-question it tells since when a span runs, not when the visit was."""
    analyzed = analyze_question("Kapan kunjungan pertama Zelensky ke NATO sejak invasi?")
    sentence = "Ini merupakan kunjungan pertama Zelensky ke aliansi itu sejak invasi Rusia."
    assert extract_fact(analyzed, sentence, None).text == ""
    other = analyze_question("Kapan kunjungan pertama Zelensky ke aliansi itu?")
    assert extract_fact(other, sentence, None).text == ""
    # (and a deed the sentence does not tell is not dated by it)
    unrelated = analyze_question("Kapan Zelensky mulai meminta senjata?")
    assert extract_fact(unrelated, sentence, None).text == ""


def test_a_relative_time_holding_the_asked_deed_is_no_answer() -> None:
    """ "setelah Ardi memperpanjang masa jabatannya" is the deed asked about, not its time."""
    analyzed = analyze_question("Kapan Ardi memperpanjang masa jabatannya?")
    sentence = "Pertemuan itu terjadi tak lama setelah Ardi resmi memperpanjang masa jabatannya."
    assert extract_fact(analyzed, sentence, None).text == ""


def test_a_relative_time_of_this_year_is_an_answer() -> None:
    """ "sebelum akhir tahun ini" is a time, not a pointer to another sentence."""
    analyzed = analyze_question("Kapan jaminan keamanan disampaikan?")
    sentence = "Jaminan keamanan akan disampaikan sebelum akhir tahun ini."
    assert extract_fact(analyzed, sentence, None).text == "sebelum akhir tahun ini"


@pytest.mark.parametrize("anchor", ["sejak keputusan itu", "setelah pertemuan tersebut"])
def test_a_relative_time_that_points_back_is_no_answer(anchor: str) -> None:
    """ "sejak keputusan itu" names its event only by pointing at another sentence."""
    analyzed = analyze_question("Kapan para menteri bertemu?")
    sentence = f"Dalam pertemuan perdana {anchor}, para menteri membahas anggaran."
    assert extract_fact(analyzed, sentence, None).text == ""


@pytest.mark.parametrize(
    ("question", "place"),
    [
        # a place without a name, right after the asked verb
        ("Di mana penembak jitu berjaga?", "atap-atap rumah"),
        ("Where were the snipers stationed?", "atap-atap rumah"),
        # not after another verb, and "di tengah" is no place
        ("Di mana Zelensky berpidato?", ""),
    ],
)
def test_a_place_without_a_name(question: str, place: str) -> None:
    sentence = "Penembak jitu berjaga di atap-atap rumah di tengah berlangsungnya pidato."
    assert extract_fact(analyze_question(question), sentence, None).text == place


@pytest.mark.parametrize(
    ("question", "sentence", "person"),
    [
        # the calling asked must be the one the sentence gives the person
        (
            "Siapa wartawan yang menulis berita itu?",
            "Kepala dinas Budi Santoso akan meminta warga menjaga kebersihan.",
            "",
        ),
        ("Siapa presiden Lebakia?", "Perdana Menteri Lebakia Budi Santoso menolak usulan.", ""),
        (
            "Siapa perdana menteri Lebakia?",
            "Perdana Menteri Lebakia Budi Santoso menolak usulan.",
            "Budi Santoso",
        ),
        # a head asked for is any office holder
        (
            "Siapa pemimpin Lebakia?",
            "Perdana Menteri Lebakia Budi Santoso menolak usulan.",
            "Budi Santoso",
        ),
        # a head's title answers an office asked for, and abbreviations count
        (
            "Siapa Sekretaris Jenderal dewan itu?",
            "Kepala dewan Budi Santoso menolak usulan.",
            "Budi Santoso",
        ),
        (
            "Siapa menteri luar negeri Lebakia?",
            "Menlu Lebakia, Budi Santoso, menolak usulan.",
            "Budi Santoso",
        ),
        # most of what the office is of is enough ("urusan" is a filler)
        (
            "Siapa nama menteri urusan luar negeri Lebakia?",
            "Menteri Luar Negeri Lebakia, Budi Santoso, menolak usulan.",
            "Budi Santoso",
        ),
        # a noun that names no calling ("anggota") or an adverb ("sesungguhnya"): no check
        (
            "Siapa anggota koperasi yang menolak usulan?",
            "Ketua koperasi Budi Santoso menolak usulan itu.",
            "Budi Santoso",
        ),
        (
            "Siapa sesungguhnya presiden Lebakia?",
            "Presiden Lebakia Budi Santoso menolak usulan.",
            "Budi Santoso",
        ),
        # "Siapa yang …" asks for a doer: what follows is no calling
        ("Siapa yang ingin menolak usulan?", "Budi Santoso ingin menolak usulan.", "Budi Santoso"),
        # "orang", "tokoh": no calling, anyone answers
        ("Siapa tokoh yang menolak usulan?", "Budi Santoso menolak usulan.", "Budi Santoso"),
        ("Who is the Lebakian president?", "Perdana Menteri Lebakia Budi Santoso menolak.", ""),
        # English: the calling and what it is of ("Secretary of Defense", "foreign minister")
        (
            "Who is the Ukrainian foreign minister quoted on the budget?",
            "Menteri Luar Negeri Ukraina, Budi Santoso, menolak usulan.",
            "Budi Santoso",
        ),
        ("Who is Lebakia's ambassador to the council?", "Menteri Budi Santoso menolak.", ""),
        # the office phrase itself must give the calling, not any word of the sentence
        (
            "Who is the Lebakian Secretary of Defense?",
            "Sekretaris Jenderal Dewan Lebak Budi Santoso bertemu para menteri pertahanan.",
            "",
        ),
        # an acronym is a body, no one's name
        ("Siapa menteri pertahanan Lebakia?", "Sidang Menteri Pertahanan ASEAN dimulai.", ""),
        ("Siapa menteri pertahanan Lebakia?", "Hasil Sidang Menteri Pertahanan diumumkan.", ""),
    ],
)
def test_who_with_a_calling_needs_the_sentence_to_give_it(
    question: str, sentence: str, person: str
) -> None:
    assert extract_fact(analyze_question(question), sentence, PUBLISHED).text == person


@pytest.mark.parametrize(
    ("question", "sentence", "owner"),
    [
        # whose deed: the name written after its noun, a group as well as a person
        (
            "Serangan siapa yang dikhawatirkan mengalihkan perhatian Lebakia?",
            "Ia meminta amunisi di tengah kekhawatiran serangan Hamas terhadap Medan dapat "
            "mengalihkan perhatian Lebakia.",
            "Hamas",
        ),
        (
            "Usulan siapa yang ditolak DPRD?",
            "DPRD menolak usulan Bupati Sari Wulandari soal anggaran.",
            "Bupati Sari Wulandari",
        ),
        # no name after the noun: none
        ("Serangan siapa yang dikhawatirkan?", "Serangan itu dikhawatirkan warga.", ""),
        # a verb of the noun's stem names what it is done to, no owner: the doer answers
        (
            "Serangan siapa yang menghancurkan bendungan?",
            "Pasukan Rusia menyerang Lebakia dan menghancurkan bendungan.",
            "Pasukan Rusia",
        ),
        # ... nor is a day after the noun its owner
        (
            "Serangan siapa yang dikhawatirkan terulang?",
            "Warga khawatir serangan Senin lalu terulang, kata Bupati Sari Wulandari.",
            "",
        ),
        # an office, a preposition or chat's late "siapa" asks no owner
        (
            "Dengan kepala negara siapa Ardi akan bertemu?",
            "Ardi juga akan bertemu secara terpisah dengan Presiden Lebak Sari Wulandari.",
            "Sari Wulandari",
        ),
        # ... whose subject an office names: that office is not the one asked
        (
            "Dengan kepala negara siapa presiden Medan akan bertemu?",
            "Wiranata juga akan bertemu secara terpisah dengan Presiden Lebak Sari Wulandari.",
            "Sari Wulandari",
        ),
        (
            "Dengan menteri luar negeri siapa Ardi bertemu?",
            "Ardi bertemu Presiden Lebak Budi Santoso dan Menteri Luar Negeri Sari Wulandari.",
            "Sari Wulandari",
        ),
        (
            "Dengan siapa Ardi bertemu?",
            "Ardi juga akan bertemu secara terpisah dengan Menteri Kelautan Sari Wulandari.",
            "Sari Wulandari",
        ),
        (
            "Gedung itu dibangun pada masa diktator siapa?",
            "Gedung itu dibangun di bawah diktator Nicolae Ceaucescu yang digulingkan.",
            "Nicolae Ceaucescu",
        ),
    ],
)
def test_whose_deed_is_the_name_after_its_noun(question: str, sentence: str, owner: str) -> None:
    assert extract_fact(analyze_question(question), sentence, PUBLISHED).text == owner


@pytest.mark.parametrize(
    ("question", "sentence", "person"),
    [
        # whom the deed was done to: the words after its verb
        (
            "Dengan siapa Ardi bertemu setelah berbicara kepada wartawan?",
            '"Kami siap," lanjutnya, sebelum bertemu para kepala desa dari tiga kecamatan.',
            "para kepala desa",
        ),
        (
            "Who did Ardi meet after speaking to reporters?",
            '"Kami siap," lanjutnya, sebelum bertemu para kepala desa dari tiga kecamatan.',
            "para kepala desa",
        ),
        # a light verb carries its noun's deed ("mengadakan pertemuan" is meeting)
        (
            "Dengan siapa Ardi akan mengadakan pertemuan empat mata?",
            "Ardi juga akan bertemu secara terpisah dengan Menteri Kelautan Sari Wulandari.",
            "Sari Wulandari",
        ),
        # a sentence without the deed names no one it was done to
        (
            "Dengan siapa Ardi bertemu setelah berbicara kepada wartawan?",
            "Ardi berbicara kepada wartawan bersama Bupati Sari Wulandari di pendopo.",
            "",
        ),
        # the verb may open the question ("dengan" is no office between it and "siapa")
        (
            "Bertemu dengan siapa Ardi di Medan?",
            "Ardi juga akan bertemu secara terpisah dengan Menteri Kelautan Sari Wulandari.",
            "Sari Wulandari",
        ),
        # an English verb is any of its glosses: "speak" is berbicara or berbincang
        (
            "Who did Ardi speak with on Tuesday?",
            "Ardi berbincang dengan Bupati Sari Wulandari pada Selasa.",
            "Bupati Sari Wulandari",
        ),
        # ... nor of a follow-up's pronoun
        (
            "Who did he meet there after talking to reporters?",
            "Ardi berbicara kepada wartawan bersama Bupati Sari Wulandari di pendopo.",
            "",
        ),
        # ... nor when an office stands before "siapa", or is asked with "apa"/"mana"
        (
            "Usai berbicara kepada wartawan, Ardi dijadwalkan menemui pejabat siapa?",
            "Ardi berbicara kepada wartawan bersama Bupati Sari Wulandari di pendopo.",
            "",
        ),
        (
            "Usai berbicara kepada wartawan, Ardi berjumpa dengan pejabat apa?",
            "Ardi berbicara kepada wartawan bersama Bupati Sari Wulandari di pendopo.",
            "",
        ),
        (
            "Usai berbicara kepada wartawan, pejabat mana yang kemudian ditemui Ardi?",
            '"Kami siap," lanjutnya, sebelum bertemu para kepala desa dari tiga kecamatan.',
            "para kepala desa",
        ),
        (
            "Ardi dijadwalkan menemui pejabat siapa?",
            '"Kami siap," lanjutnya, sebelum bertemu para kepala desa dari tiga kecamatan.',
            "para kepala desa",
        ),
        # a passive is no deed done to someone ("dikirim melalui paket Dewan")
        ("Kepada siapa Ardi mengirim pesan?", "Bantuan itu dikirim melalui paket DPRD.", ""),
        # the partner before the verb: the sentence's person still answers
        (
            "Dengan siapa Ardi membahas anggaran?",
            "Presiden Lebakia Sari Wulandari dan Ardi membahas anggaran.",
            "Sari Wulandari",
        ),
        # the deed's noun is not the deed ("pertemuan warga" met no one)
        ("Dengan siapa Ardi bertemu?", "Ardi membahas pertemuan Warga Lebak.", ""),
        (
            "Dengan siapa Ardi akan bertemu secara terpisah?",
            "Ardi juga akan bertemu secara terpisah dengan Menteri Kelautan Sari Wulandari.",
            "Sari Wulandari",
        ),
        # a scheduling word before the deed is not the deed: whom he is to meet
        (
            "Dengan siapa Ardi dijadwalkan bertemu secara terpisah?",
            "Ardi juga akan bertemu secara terpisah dengan Menteri Kelautan Sari Wulandari.",
            "Sari Wulandari",
        ),
        (
            "Kepada siapa Ardi ingin berbicara?",
            "Ardi berbicara kepada Bupati Sari Wulandari di pendopo.",
            "Bupati Sari Wulandari",  # as for "Kepada siapa Ardi berbicara?"
        ),
        # English names the doer by office or in lower case as well; after "was", the deed
        # follows "to"
        (
            "who did the medan president meet separately",
            "Wiranata juga akan bertemu secara terpisah dengan Menteri Kelautan Sari Wulandari.",
            "Sari Wulandari",
        ),
        (
            "Who was the Medan president set to meet separately?",
            "Wiranata juga akan bertemu secara terpisah dengan Menteri Kelautan Sari Wulandari.",
            "Sari Wulandari",
        ),
        # whom something was said or sent to stands after "kepada", past the thing sent and
        # past the speaker of a verb of saying before its speaker; any verb of saying says it
        (
            'Kepada siapa Ardi mengirimkan "pesan yang tegas"?',
            "Ardi juga mengirimkan “pesan yang tegas” kepada Lebakia yang menyatakan dukungan.",
            "Lebakia",
        ),
        (
            "ardi mengirim 'pesan yang tegas' ke siapa",
            "Ardi juga mengirimkan “pesan yang tegas” kepada Lebakia yang menyatakan dukungan.",
            "Lebakia",
        ),
        (
            "Who did Ardi send a firm message to?",
            "Ardi juga mengirimkan “pesan yang tegas” kepada Lebakia yang menyatakan dukungan.",
            "Lebakia",
        ),
        (
            'Kepada siapa Ardi berkata, "Kami akan mendukung Anda"?',
            "“Kami akan mendukung Anda sepenuhnya,” ujar Ardi kepada Wiranata.",
            "Wiranata",
        ),
        (
            "ardi berbicara 'kami akan mendukung anda' itu ke siapa",
            "“Kami akan mendukung Anda sepenuhnya,” ujar Ardi kepada Wiranata.",
            "Wiranata",
        ),
        (
            'Who did Ardi tell "we will support you"?',
            "“Kami akan mendukung Anda sepenuhnya,” ujar Ardi kepada Wiranata.",
            "Wiranata",
        ),
        # words conveyed are words said
        (
            "Kepada siapa Ardi menyampaikan janji akan mendukung Anda sepenuhnya?",
            "“Kami akan mendukung Anda sepenuhnya,” ujar Ardi kepada Wiranata.",
            "Wiranata",
        ),
        # ... and the speaker is no one the words were said to; a pronoun no one
        ('Kepada siapa Ardi berkata, "Kami siap"?', "“Kami siap,” ujar Ardi.", ""),
        (
            "Siapa yang diberi tahu Ardi bahwa Lebak akan didukung?",
            "“Kami akan mendukung Anda,” kata Ardi.",
            "",
        ),
        # a recipient after "untuk" before a name; receiving is no giving
        (
            "Who did Ardi write to?",
            "Ardi menulis surat untuk Bupati Sari Wulandari pada Senin.",
            "Bupati Sari Wulandari",
        ),
        (
            "Who did Ardi receive aid from?",
            "Ardi menerima bantuan dari Bupati Sari Wulandari.",
            "Bupati Sari Wulandari",
        ),
        # whom a kind of person was met: the one met, not any name
        (
            "Which official did Ardi meet in Medan?",
            "Ardi bertemu Bupati Sari Wulandari di Medan.",
            "Bupati Sari Wulandari",
        ),
        (
            "Which official did Ardi meet in Medan?",
            "Istana itu dibangun di bawah Budi Santoso.",
            "",
        ),
        # a group urged is the group, not what they were urged to do
        (
            "Siapa yang didesak Ardi untuk menambah bantuan?",
            "Ardi kemudian mendesak para sekutunya menambah bantuan menjelang banjir.",
            "para sekutunya",
        ),
        (
            "ardi mendesak siapa buat menambah bantuan",
            "Ardi kemudian mendesak para sekutunya menambah bantuan menjelang banjir.",
            "para sekutunya",
        ),
        (
            "Whom did Ardi urge to increase aid?",
            "Ardi kemudian mendesak para sekutunya menambah bantuan menjelang banjir.",
            "para sekutunya",
        ),
        # whom he met is still right after the verb, not a recipient later in the clause
        (
            "Dengan siapa Ardi bertemu?",
            "Ardi bertemu Bupati Sari Wulandari untuk menyerahkan bantuan kepada warga.",
            "Bupati Sari Wulandari",
        ),
    ],
)
def test_whom_the_asked_deed_was_done_to(question: str, sentence: str, person: str) -> None:
    assert extract_fact(analyze_question(question), sentence, PUBLISHED).text == person


@pytest.mark.parametrize(
    ("second", "abstains"),
    [
        # a lower sentence's date that shares only the names is another event's
        ("Ardi berbincang dengan Bupati Sari pada Selasa (4/7) di pendopo.", True),
        # one that says the asked deed stands in
        ("Ardi memperpanjang masa jabatannya pada Selasa (4/7) di pendopo.", False),
    ],
)
def test_a_lower_sentences_date_must_speak_of_the_deed(second: str, abstains: bool) -> None:
    analyzed, ranked = _ranked(
        "Kapan Ardi memperpanjang masa jabatannya?",
        "Pertemuan terjadi tak lama setelah Ardi resmi memperpanjang masa jabatannya.",
        second,
    )
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


@pytest.mark.parametrize(
    ("question", "unknown", "abstains"),
    [
        # a country or a full name no article mentions: not about the articles, whatever it asks
        ("Bagaimana sikap Turki terhadap koperasi Lebak?", ["turki"], True),
        ("Apa peran Emmanuel Macron dalam rapat koperasi Lebak?", ["emmanuel", "macron"], True),
        # "the Middle East": a region or a body, not a person
        ("What budget did Ardi discuss for the Middle East?", ["middle", "east"], False),
        # one unknown capitalised word may be a day or a nickname: left to the decider
        ("Apa yang dibahas Paman Ardi di rapat koperasi Lebak?", ["paman"], False),
    ],
)
def test_a_question_about_a_name_no_article_mentions(
    question: str, unknown: list[str], abstains: bool
) -> None:
    analyzed, ranked = _ranked(question, "Ardi membahas anggaran koperasi Lebak di rapat desa.")
    analyzed.unknown_entities = unknown
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


@pytest.mark.parametrize(
    ("question", "evidence", "ahead"),
    [
        # an outcome asked of a meeting the evidence only schedules, plans or dates ahead
        (
            "What did the G7 meeting on the sidelines of the talks agree on?",
            "Jerman juga menjadwalkan pertemuan Kelompok Tujuh di sela-sela pembicaraan itu.",
            ["menjadwalkan"],
        ),
        (
            "Apa hasil pertemuan Ardi dengan Bupati Sari?",
            "Ardi juga akan bertemu secara terpisah dengan Bupati Sari Wulandari.",
            ["akan"],
        ),
        (
            "Apa keputusan akhir KTT ASEAN di Jakarta?",
            "Rapat itu merupakan perundingan terakhir sebelum KTT ASEAN di Jakarta bulan depan.",
            ["bulan depan"],
        ),
        # an announcement the evidence only expects is no outcome reported
        (
            "What did the leaders announce at the Jakarta summit?",
            "Para pemimpin akan mengumumkan bantuan pada KTT di Jakarta bulan depan.",
            ["akan"],
        ),
        # ... and what the question asks as expected is the plan itself
        (
            "What were the leaders expected to announce at the Jakarta summit?",
            "Para pemimpin akan mengumumkan bantuan pada KTT di Jakarta bulan depan.",
            [],
        ),
        # the meeting as the subject of a plan
        (
            "Apa hasil pertemuan menteri desa di Lebak?",
            "Pertemuan menteri desa di Lebak akan fokus pada anggaran koperasi.",
            ["akan"],
        ),
        # the meeting that took place, and what it agreed: reported
        (
            "Apa yang disepakati dalam KTT 2008?",
            "Pada tahun 2008, KTT itu setuju bahwa Ukraina pada akhirnya akan menjadi anggota.",
            [],
        ),
        (
            "Apa hasil rapat para menteri?",
            "Dalam rapat itu para menteri menyetujui peta jalan kerja sama.",
            [],
        ),
        # "sepakat apa" asks what was agreed, an outcome
        (
            "hasil pertemuan ardi sm budi di medan apa aja sih, sepakat apa",
            "Ardi juga akan bertemu secara terpisah dengan Bupati Budi.",
            ["akan"],
        ),
        # an answer, a reply or a promise given at the meeting is its outcome too
        (
            "Apa jawaban Bupati Sari kepada Ardi dalam pertemuan mereka?",
            "Ardi juga akan bertemu secara terpisah dengan Bupati Sari Wulandari.",
            ["akan"],
        ),
        (
            "What did Sari end up promising Ardi in their meeting?",
            "Ardi juga akan bertemu secara terpisah dengan Bupati Sari Wulandari.",
            ["akan"],
        ),
        (
            "How did Sari respond to Ardi at the meeting?",
            "Ardi juga akan bertemu secara terpisah dengan Bupati Sari Wulandari.",
            ["akan"],
        ),
        # the plan itself asked; no outcome asked; no event asked
        ("Apa yang akan diputuskan dalam pertemuan itu?", "Para menteri akan bertemu Selasa.", []),
        ("Dengan siapa Ardi akan bertemu?", "Ardi akan bertemu Bupati Sari.", []),
        ("Apa hasil panen tahun ini?", "Petani akan memanen padi bulan depan.", []),
        # the evidence says what the meeting agreed; a later time phrase dates that, not it
        (
            "Apa hasil pertemuan para menteri?",
            "Pertemuan itu menyepakati anggaran pertahanan untuk tahun depan.",
            [],
        ),
    ],
)
def test_an_outcome_is_not_reported_of_a_meeting_still_ahead(
    question: str, evidence: str, ahead: list[str]
) -> None:
    assert outcome_of_a_plan(question, evidence) == ahead


def test_the_outcome_of_a_planned_meeting_is_an_explained_abstention() -> None:
    analyzed, ranked = _ranked(
        "Apa hasil pertemuan Ardi dengan Bupati Sari?",
        "Ardi juga akan bertemu secara terpisah dengan Bupati Sari Wulandari di pendopo.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained
    assert answer.text.startswith("Artikel tidak memuat hasilnya")
    assert "“akan”" in answer.text and answer.citations


def test_an_outcome_asked_in_chat_is_read_in_the_normalised_words_too() -> None:
    # "ketemu" is read "bertemu", a meeting, whose agreement is still ahead
    asked = "ardi sama sari pas ketemu sepakat apa aja sih"
    analyzed, ranked = _ranked(
        normalize_question(asked, "id"),
        "Ardi juga akan bertemu secara terpisah dengan Bupati Sari Wulandari di pendopo.",
        asked=asked,
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained and answer.text.startswith("Artikel tidak memuat hasilnya")


def test_the_outcome_asked_is_unreported_when_a_close_sentence_schedules_the_meeting() -> None:
    analyzed, ranked = _ranked(
        "Apa yang diputuskan pertemuan Ardi dengan Bupati Sari soal jembatan?",
        "Jembatan desa Lebak dibangun pada 1990 oleh Bupati Sari.",
        "Ardi juga akan bertemu secara terpisah dengan Bupati Sari di pendopo.",
    )
    for sentence in ranked:
        sentence.article_entity_coverage = 1.0
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained and answer.text.startswith("Artikel tidak memuat hasilnya")


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # the deed asked why is only supposed, after a condition
        ("Mengapa terjadi demonstrasi besar di Lebak?", True),
        # ... but a reason for what the sentence says before it is given
        ("Mengapa Ardi mengancam warga Lebak?", False),
    ],
)
def test_a_reason_for_a_deed_only_supposed_is_none(question: str, abstains: bool) -> None:
    evidence = (
        "Ardi pernah mengancam warga Lebak karena jika jembatan ditutup, akan terjadi "
        "demonstrasi besar."
    )
    analyzed, ranked = _ranked(question, evidence)
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


UNNAMED_SPEAKER = (
    '"Ini akan menjadi musim dingin yang mengerikan," kata seorang diplomat senior Eropa.'
)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        # who said it: the article's description of the speaker answers
        ("Siapa yang mengatakan musim dingin akan mengerikan?", "seorang diplomat senior Eropa"),
        (
            "Siapa diplomat yang bilang musim dingin akan mengerikan?",
            "seorang diplomat senior Eropa",
        ),
        # a name asked: a description is no name
        ("Siapa nama diplomat yang bilang musim dingin akan mengerikan?", ""),
        ("siapa namanya diplomat yg bilang musim dingin bakal mengerikan", ""),
    ],
)
def test_a_name_asked_is_not_answered_by_a_description(question: str, person: str) -> None:
    analyzed = analyze_question(normalize_question(question, "id"))
    assert extract_fact(analyzed, UNNAMED_SPEAKER, PUBLISHED).text == person


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # the sentence dates its own summit, held elsewhere than the one asked about
        ("Tanggal berapa KTT NATO di Washington digelar?", False),
        ("tanggal brp ktt nato di washington", False),  # chat: a known capital in lower case
        ("Tanggal berapa KTT NATO di Vilnius digelar?", True),
        # another name of the same country is no other place
        ("Tanggal berapa KTT NATO di Lithuania digelar?", True),
    ],
)
def test_a_date_set_at_another_place_in_its_sentence_is_not_the_asked_events(
    question: str, answered: bool
) -> None:
    """ "Dalam KTT NATO di Vilnius pada Selasa (11/7) ..." dates no summit in Washington, though
    the article names Washington elsewhere; with no other dated sentence tied to the question,
    the answer abstains."""
    analyzed = analyze_question(normalize_question(question, "id"), question)
    passages, ranked = _scored(
        analyzed,
        "Dalam KTT NATO di Vilnius pada Selasa (11/7/2023), Zelensky kecewa. "
        "Ia mencari dukungan senjata dari Washington. "
        "Salah satu agenda hari ini adalah pengukuhan dewan baru.",
        title="Zelensky di KTT NATO Vilnius, Lithuania",
    )
    answer = compose(analyzed, passages, ranked, model=None)
    assert answer.abstained is not answered


@pytest.mark.parametrize(
    ("question", "text", "answered"),
    [
        # the number is the meeting's, in a report that never names the person asked about
        (
            "Berapa lama Zelensky tinggal di Brussels?",
            "Sidang menteri pertahanan berlangsung selama dua hari di Brussels.",
            False,
        ),
        (
            "Berapa lama Zelensky tinggal di Brussels?",
            "Zelensky tinggal selama dua hari di Brussels.",
            True,
        ),
        # an acronym ("KTT") may be written out in the article; it is no one's name
        ("Berapa lama KTT berlangsung?", "Pertemuan puncak itu berlangsung selama dua hari.", True),
    ],
)
def test_a_fact_comes_from_an_article_naming_whom_the_question_names(
    question: str, text: str, answered: bool
) -> None:
    analyzed = analyze_question(normalize_question(question, "id"), question)
    passages, ranked = _scored(analyzed, text, title="Berita")
    assert compose(analyzed, passages, ranked, model=None).abstained is not answered


MEETING = (
    "“Bertahan itu hal besar,” kata Zelensky kepada media dengan Sekretaris Jenderal NATO, "
    "Jens Stoltenberg, sebelum bertemu para menteri pertahanan dari negara-negara anggota NATO."
)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        # whom he met: the verb may come before "(dengan) siapa", also in chat
        (
            "Zelensky bertemu dengan siapa setelah berbicara kepada media?",
            "para menteri pertahanan",
        ),
        ("abis ngomong ke media zelensky ketemu siapa", "para menteri pertahanan"),
        # ... or in the passive, with its doer after it, and in English after a clause
        ("Siapa yang ditemui Zelensky setelah berbicara kepada media?", "para menteri pertahanan"),
        (
            "After speaking to reporters, who did Zelensky go on to meet?",
            "para menteri pertahanan",  # (put in English by the composer)
        ),
        # the office the question names as taking part is someone it already names
        (
            "Setelah bicara bersama Sekjen NATO, Zelensky bertemu siapa?",
            "para menteri pertahanan",
        ),
        # (never its holder, even when the sentence names no one else the question could mean)
        ("Siapa yang hadir bersama Sekjen NATO?", ""),
        # an office of the same title but another qualifier is someone else
        ("Siapa yang berbicara kepada media bersama Presiden Zelensky?", "Jens Stoltenberg"),
        # ... unless it asks for that office's holder
        ("Siapa Sekretaris Jenderal NATO?", "Jens Stoltenberg"),
        ("pas ngomong ke media zelensky bareng sekjen nato siapa", "Jens Stoltenberg"),
    ],
)
def test_who_was_met_is_not_who_the_question_already_names(question: str, person: str) -> None:
    language = detect_language(question)
    analyzed = analyze_question(normalize_question(question, language), question)
    assert extract_fact(analyzed, MEETING, PUBLISHED).text == person


def test_others_meeting_name_no_one_the_asked_doer_met() -> None:
    analyzed = analyze_question("Siapa yang ditemui Zelensky setelah berbicara kepada media?")
    text = "Di markas NATO, negara-negara sekutu Ukraina bertemu untuk membahas senjata."
    assert extract_fact(analyzed, text, PUBLISHED).text == ""


TERM_EXTENDED = (
    "Perbincangan ini terjadi tak lama setelah Stoltenberg resmi memperpanjang masa jabatannya."
)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # what was done before the talk is told as the talk happening after it
        (
            "Apa yang dilakukan Stoltenberg sebelum perbincangan dengan Zelensky?",
            "Stoltenberg resmi memperpanjang masa jabatannya",
        ),
        # chat: "ngapain" after its subject asks what was done, not why
        (
            "stoltenberg baru aja ngapain sebelum ngobrol sm zelensky",
            "Stoltenberg resmi memperpanjang masa jabatannya",
        ),
        # (an English answer quotes the sentence: no clause is translated)
        ("What had Stoltenberg done shortly before his talk with Zelensky?", TERM_EXTENDED),
        # the anchor must be the sentence's own event, not any sentence with "setelah"
        ("Apa yang dilakukan Stoltenberg sebelum KTT Vilnius?", None),
        # a deed the question names is asked in the anchor's time, not told the other way
        ("What did Stoltenberg urge Zelensky to do before his talk with Zelensky?", None),
    ],
)
def test_what_happened_before_an_event_is_told_the_other_way_round(
    question: str, fact: str | None
) -> None:
    language = "en" if question.startswith("What") else "id"
    analyzed = analyze_question(normalize_question(question, language), question)
    passages, ranked = _scored(
        analyzed, f"Zelensky berbincang dengan Stoltenberg pada Selasa (4/7). {TERM_EXTENDED}"
    )
    answer = compose(analyzed, passages, ranked, model=None)
    if fact is None:
        assert "Stoltenberg resmi memperpanjang" not in answer.text.split("[1]")[0]
    else:
        assert fact in answer.text.split("[1]")[0] or fact in answer.citations[0].quote
        assert answer.citations[0].quote == TERM_EXTENDED


@pytest.mark.parametrize(
    ("question", "text", "answered"),
    [
        # the sentence's own year is another
        ("Apa keputusan KTT NATO tahun 2022?", "Pada tahun 2008, KTT NATO setuju.", False),
        ("Apa keputusan KTT NATO tahun 2008?", "Pada tahun 2008, KTT NATO setuju.", True),
        # no year in the sentence: the report's (published 12 July 2023)
        ("Apa yang dibahas Zelensky di Vilnius tahun 2022?", "Zelensky membahas jaminan.", False),
        ("Apa yang dibahas Zelensky di Vilnius tahun 2023?", "Zelensky membahas jaminan.", True),
        # a report pointed to by its date is no event year ("menurut berita Juni 2024")
        ("Apa yang dibahas Zelensky menurut berita Juni 2022?", "Zelensky membahas jaminan.", True),
        # ... nor one cited further off ("dalam laporan percakapan X dan Y Juli 2022")
        (
            "Apa yang dibahas Zelensky, sebagaimana disebut dalam laporan pertemuan di Vilnius "
            "Juli 2022?",
            "Zelensky membahas jaminan.",
            True,
        ),
        (
            "What did Zelensky discuss according to the July 2022 report?",
            "Zelensky membahas jaminan.",
            True,
        ),
        # a year that opens the question sets the event too; one after "sejak" bounds a period
        ("Pada 2022, apa yang dibahas Zelensky?", "Zelensky membahas jaminan.", False),
        ("Apa yang dibahas Zelensky sejak tahun 2014?", "Zelensky membahas jaminan.", True),
    ],
)
def test_an_event_asked_in_one_year_is_not_answered_from_another(
    question: str, text: str, answered: bool
) -> None:
    analyzed = analyze_question(question)
    article = ArticleMeta(id="a", title="t", source="s", published=PUBLISHED)
    sentence = Sentence(article, text, 0, len(text), 0, text)
    sentence.score, sentence.coverage = 1.0, 0.5
    answer = compose(analyzed, [], [sentence], model=None)
    assert answer.abstained is not answered


@pytest.mark.parametrize(("coverage", "answered"), [(0.0, False), (0.25, True)])
def test_a_stand_in_date_shares_the_questions_words(coverage: float, answered: bool) -> None:
    """The top sentence has no date; the next one's ("Salah satu agenda hari ini ...") stands
    in only when it shares a word of the question itself, not merely through the sentence
    before it."""
    analyzed = analyze_question("Kapan Zelensky bertemu Biden?")
    article = ArticleMeta(id="a", title="t", source="s", published=PUBLISHED)
    first_text = "Zelensky akan bertemu Biden di Vilnius."
    second_text = "Salah satu agenda hari ini adalah pengukuhan dewan baru."
    first = Sentence(article, first_text, 0, len(first_text), 0, first_text)
    second = Sentence(article, second_text, 50, 50 + len(second_text), 0, second_text)
    first.score, first.coverage = 1.0, 0.75
    second.previous, second.score, second.coverage = first_text, 0.5, coverage
    second.fact, second.binding = "Rabu, 12 Juli 2023", 0.05
    answer = compose(analyzed, [], [first, second], model=None)
    assert answer.abstained is not answered


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # words asked as said at a place the report never names were said elsewhere
        ("What did Orban say at the summit in Vilnius?", False),
        ("What did Orban say at the meeting in Brussels?", True),
        # an acronym after "in" is no place the report must name ("in the US Congress")
        ("What did Orban say in the US Congress?", True),
    ],
)
def test_words_asked_at_a_place_come_from_a_report_naming_it(question: str, answered: bool) -> None:
    analyzed = analyze_question(normalize_question(question, "en"), question)
    passages, ranked = _scored(
        analyzed,
        "Perdana Menteri Hongaria Viktor Orban mengatakan negaranya tidak akan ikut.",
        title="Para menteri NATO bertemu di Brussels",
    )
    assert compose(analyzed, passages, ranked, model=None).abstained is not answered


@pytest.mark.parametrize(
    ("sentence_text", "missing"),
    [
        # "Ia" after a quote of someone's goes back to the one the quote's run began with
        ("Ia juga mendesak Lebak untuk mengizinkan Medan memakai dana itu.", []),
        # ... a sentence not opening with a pronoun is about whom it names, not them
        ("Sari juga mendesak Lebak untuk mengizinkan Medan memakai dana itu.", [["wiranata"]]),
    ],
)
def test_a_pronoun_after_a_quote_names_whom_the_run_began_with(
    sentence_text: str, missing: list[list[str]]
) -> None:
    named = "Wiranata juga telah mengirim pesan kepada Bogor."
    quote = "\u201cDukungan itu akan bertahan,\u201d ucapnya."
    context = f"{named} {quote} {sentence_text}"
    start = len(named) + len(quote) + 2
    sentence = Sentence(
        ArticleMeta(id="a", title="Berita"),
        sentence_text,
        start,
        start + len(sentence_text),
        0,
        context,
        previous=quote,
        previous_start=len(named) + 1,
    )
    question = analyze_question("Apakah Wiranata mendesak Lebak mengizinkan Medan memakai dana?")
    assert unsaid_names(question, sentence)[0] == missing


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # a capital the claim names stands for its country in the evidence
        ("Apakah Moskow mengakui serangan itu?", []),
        ("Apakah Kyiv mengakui serangan itu?", [["kyiv"]]),
    ],
)
def test_a_capital_in_a_claim_is_said_by_its_country(
    question: str, missing: list[list[str]]
) -> None:
    article = ArticleMeta(id="a", title="t")
    text = "Rusia mengakui serangan itu."
    sentence = Sentence(article, text, 0, len(text), 0, text)
    assert unsaid_names(analyze_question(question), sentence)[0] == missing


@pytest.mark.parametrize(
    ("claimed", "ordered"),
    [
        ("Apakah bantuan diserahkan sebelum KTT berakhir?", ("sebelum", "KTT berakhir")),
        ("Was it handed over after the summit?", ("after", "summit")),
        ("Did they meet ahead of the summit in Vilnius?", ("ahead of", "summit in Vilnius")),
        # a phrasal verb's "after" is a deed, not a time
        ("Has Russia admitted going after Ukraine's infrastructure?", None),
        ("Was the bridge named after Ceaucescu?", None),
        ("Did Orban refuse to send troops since it would harm Hungary?", None),
    ],
)
def test_the_event_a_claim_orders_its_deed_against(
    claimed: str, ordered: tuple[str, str] | None
) -> None:
    found = _ORDERED.search(claimed)
    assert (found.groups() if found else None) == ordered


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Kapan menlu bertemu di Bucharest?", {"bucharest"}),
        # a meeting named by its capital, before or after the meeting word, any case
        ("On what exact date did the Washington NATO summit open?", {"washington"}),
        ("kapan ktt nato washington digelar", {"washington"}),
        ("Kapan KTT NATO Vilnius digelar?", {"vilnius"}),
        # a word before "summit" that is no capital names no place
        ("When did the annual NATO summit open?", set()),
        ("Kapan KTT NATO berikutnya digelar?", set()),
        # a meeting the question is anchored to is no place of its event
        ("When did Zelensky visit NATO headquarters after the Vilnius summit?", set()),
        ("Kapan Zelensky tiba di Brussels setelah KTT NATO Vilnius?", {"brussels"}),
    ],
)
def test_the_places_a_question_sets_its_event_in(text: str, places: set[str]) -> None:
    assert _named_places(text) == places


def _one_passage_each(ranked: list[Sentence]) -> list[Passage]:
    """Each sentence retrieved as a passage of its own article."""
    return [
        Passage(
            chunk=Chunk(
                id=f"{s.article.id}::0",
                article_id=s.article.id,
                index=0,
                text=s.text,
                start=0,
                end=len(s.text),
            ),
            article=s.article,
            score=1.0,
        )
        for s in ranked
    ]


def test_a_list_set_in_a_place_takes_its_items_from_reports_set_there() -> None:
    question = analyze_question("Zelensky meminta senjata apa saja di Brussels?")
    ranked = _told(
        ("vilnius", 0, "Zelensky meminta senjata dan amunisi kepada sekutu di Vilnius."),
        ("brussels", 0, "Zelensky meminta sistem pertahanan udara dan rudal di Brussels."),
    )
    passages = _one_passage_each(ranked)
    answer = _compose_list(question, passages, ranked, _Citations())
    assert [c.article_id for c in answer.citations] == ["brussels"]


@pytest.mark.parametrize(
    "question",
    [
        "Apa saja fokus sekutu Lebak yang bertemu di markas dewan?",
        "sekutu lebak pas ketemu di kantor pusat dewan fokusnya ke apa aja",
    ],
)
def test_a_list_set_at_a_seat_takes_its_items_from_reports_that_name_it(question: str) -> None:
    analyzed = analyze_question(normalize_question(question, "id"))
    ranked = _told(
        ("medan", 0, "Pertemuan menteri dewan di Medan akan fokus pada bantuan amunisi."),
        ("seat", 0, "Di markas dewan, sekutu Lebak bertemu dan fokus pada pertahanan udara."),
    )
    passages = _one_passage_each(ranked)
    answer = _compose_list(analyzed, passages, ranked, _Citations())
    assert [c.article_id for c in answer.citations] == ["seat"]


def test_a_seat_whose_items_name_no_one_listed_falls_back_to_all_items() -> None:
    """ "Apa saja yang dibahas negara sekutu …" lists countries: the seat's report names none,
    so the items of every report are listed rather than nothing."""
    analyzed = analyze_question("Apa saja yang dibahas negara sekutu Lebak di markas dewan?")
    ranked = _told(
        ("medan", 0, "Para menteri di Medan membahas bantuan dari Jerman dan Prancis."),
        ("seat", 0, "Di markas dewan, negara-negara sekutu Lebak bertemu membahas senjata."),
    )
    passages = _one_passage_each(ranked)
    answer = _compose_list(analyzed, passages, ranked, _Citations())
    assert not answer.abstained and answer.citations


@pytest.mark.parametrize(
    ("question", "evidence", "unsaid"),
    [
        # the office's country must be named by the person's sentence, in any of its forms
        (
            "siapa menlu rumania yg jadi tuan rumah rapat di bucharest",
            "Menteri Luar Negeri Ukraina, Dmytro Kuleba, mengatakan hal itu.",
            ["rumania"],
        ),
        (
            "Siapa menteri pertahanan Amerika Serikat yang hadir?",
            "Menteri Pertahanan AS Lloyd Austin hadir di Brussels.",
            [],
        ),
        (
            "Who was the US defence secretary at the meeting?",
            "Sekjen NATO Jens Stoltenberg hadir di Brussels.",
            ["AS"],  # (normalised: US -> AS)
        ),
        # English typed in lower case names its country in lower case too
        (
            "who was the ukraine defence minister at the meeting",
            "Sekjen NATO Jens Stoltenberg hadir di Brussels.",
            ["ukraina"],
        ),
        # ... where "us" is still a word
        ("who told us the defence minister was there", "Menteri itu hadir di Brussels.", []),
        (
            "Siapa presiden Lithuania yang menyambut para pemimpin?",
            "Para pemimpin disambut tuan rumah di Vilnius oleh Presiden Gitanas Nauseda.",
            [],
        ),
        # a country after "di" is where, not whose; no office asked, no check
        ("Siapa menteri yang hadir di Rumania?", "Menteri itu hadir di Brussels.", []),
        ("Siapa menteri yang hadir di Bucharest, Rumania?", "Menteri itu hadir di Brussels.", []),
        ("Siapa yang datang ke Rumania?", "Zelensky datang ke Brussels.", []),
    ],
)
def test_the_country_of_an_asked_office_must_be_named(
    question: str, evidence: str, unsaid: list[str]
) -> None:
    analyzed, ranked = _ranked(normalize_question(question, detect_language(question)), evidence)
    analyzed.asked = question
    assert _office_country_unsaid(analyzed, ranked[0]) == unsaid


@pytest.mark.parametrize(
    ("words", "with_parts"),
    [
        ({"dewan", "nato-ukraina"}, {"dewan", "nato-ukraina", "nato", "ukraina"}),
        ({"zelensky", "stoltenberg"}, {"zelensky", "stoltenberg"}),
        (set(), set()),
    ],
)
def test_a_hyphenated_word_says_its_parts(words: set[str], with_parts: set[str]) -> None:
    assert _with_parts(frozenset(words)) == with_parts


@pytest.mark.parametrize(
    ("asked", "told", "other_side"),
    [
        (
            "Kapan terakhir kali Zelensky ke markas NATO sebelum invasi Rusia?",
            "Ini adalah kunjungan pertamanya ke aliansi itu sejak invasi Rusia.",
            "sejak invasi Rusia",
        ),
        # the same side, or another event, says nothing against it
        (
            "kapan presiden ukraina pertama kali ke markas nato setelah invasi rusia",
            "Ini adalah kunjungan pertamanya ke aliansi itu sejak invasi Rusia.",
            "",
        ),
        (
            "Kapan jaminan itu diberikan sebelum KTT berakhir?",
            "Jaminan itu disampaikan setelah rapat menteri usai.",
            "",
        ),
        ("Kapan Zelensky tiba di Brussels?", "Ia tiba setelah KTT berakhir.", ""),
        # a clause about another event that only shares a name ("NATO") is not the event
        (
            "Kapan Zelensky berbincang dengan Stoltenberg sebelum pertemuan NATO?",
            "Perbincangan terjadi setelah Stoltenberg memperpanjang jabatan sekjen NATO.",
            "",
        ),
        # a meeting named by another word is the same meeting where its place agrees too
        (
            "Kapan Wiranata berbincang dengan Holmberg setelah KTT Medan?",
            "Wiranata dan Holmberg Berbincang Jelang Pertemuan Dewan di Medan.",
            "Jelang Pertemuan Dewan di Medan",
        ),
        (
            "Kapan Wiranata berbincang dengan Holmberg setelah KTT Medan?",
            "Mereka berbincang menjelang rapat menteri di Lebak.",
            "",
        ),
        # ... not where only the body's acronym agrees
        (
            "Kapan Wiranata berbincang dengan Holmberg sebelum KTT NATO di Medan?",
            "Wiranata berbincang setelah pertemuan menteri pertahanan NATO di Lebak.",
            "",
        ),
        # "sejak kapan" asks a time, it orders nothing
        (
            "Sejak kapan Ukraina ingin bergabung dengan NATO?",
            "Kremlin mengancam sebelum Ukraina bergabung dengan NATO.",
            "",
        ),
    ],
)
def test_a_report_that_tells_the_deed_on_the_other_side_of_the_asked_event(
    asked: str, told: str, other_side: str
) -> None:
    assert told_on_the_other_side(asked, told, "id") == other_side


def test_an_english_question_s_event_ends_at_its_auxiliary() -> None:
    """ "On what date after the Medan summit did Wiranata talk …": the event ordered against is
    "the Medan summit", not the rest of the question."""
    asked = "On what date after the Medan summit did Wiranata hold his talk with Holmberg?"
    told = "Wiranata berbincang menjelang pertemuan di Medan."
    assert told_on_the_other_side(asked, told, "en") == "menjelang pertemuan di Medan"


@pytest.mark.parametrize(
    ("question", "fact", "echoes"),
    [
        (
            "siapa diplomat senior eropa yg bilang musim dingin mengerikan",
            "seorang diplomat senior Eropa",
            True,
        ),
        ("Siapa para pemimpin yang hadir?", "para pemimpin", True),
        ("Siapa Sekjen NATO?", "Jens Stoltenberg", False),
        ("Siapa diplomat yang bilang itu?", "Dmytro Kuleba", False),
        ("Siapa yang hadir?", "", False),
    ],
)
def test_a_person_the_question_already_describes_is_no_answer(
    question: str, fact: str, echoes: bool
) -> None:
    assert _echoes(analyze_question(question), fact) is echoes


@pytest.mark.parametrize(
    ("question", "title", "sentence", "previous", "contradicted", "unconfirmed"),
    [
        # said only in the sentence taken in before, and denied there: "No", in its words
        (
            "Did Orban say he would veto the proposal?",
            "Berita",
            "“Mereka mencari keterlibatan seluruh dunia,” kata PM Orban.",
            "Namun, Hongaria berjanji tidak akan memveto usulan tersebut.",
            "“tidak akan memveto usulan”",
            [],
        ),
        # ... but a denial of the claim's nouns only, not its deed, denies nothing claimed
        (
            "Has Moscow admitted targeting water facilities?",
            "Berita",
            "Rusia mengakui menargetkan infrastruktur Ukraina.",
            "Serangan itu membuat jutaan orang tidak memiliki pemanas, air, atau listrik.",
            "",
            [],
        ),
        # a sentence naming no place happens where the title sets the story ...
        (
            "Apakah Zelensky bertemu Biden di Vilnius?",
            "Zelensky di Hari Kedua KTT NATO Vilnius",
            "Zelensky juga akan bertemu secara terpisah dengan Presiden Joe Biden.",
            "",
            "",
            [],
        ),
        # ... which is no evidence for another place
        (
            "Apakah Zelensky bertemu Biden di Riga?",
            "Zelensky di Hari Kedua KTT NATO Vilnius",
            "Zelensky juga akan bertemu secara terpisah dengan Presiden Joe Biden.",
            "",
            "",
            ["riga"],
        ),
        # ... nor for a sentence that names its own
        (
            "Apakah Zelensky bertemu Biden di Vilnius?",
            "Zelensky di Hari Kedua KTT NATO Vilnius",
            "Zelensky akan bertemu Presiden Joe Biden di Paris.",
            "",
            "Paris",
            [],
        ),
        # the person the claim opens with, its doer, must be said, whatever other names are
        (
            "Apakah Wiranata menyerang Holmberg soal Lebak menolak mengirim tentara?",
            "Berita",
            "Perdana Menteri Lebak Holmberg menolak pengiriman tentara jika serangan berlanjut.",
            "",
            "",
            ["wiranata"],
        ),
        (
            "Apakah Holmberg menolak mengirim tentara?",
            "Berita",
            "Perdana Menteri Lebak Holmberg menolak pengiriman tentara karena merugikan.",
            "",
            "",
            [],
        ),
        # a country written in English is the same country
        ("Did Sweden join NATO?", "Berita", "Swedia resmi bergabung dengan NATO.", "", "", []),
        # the title's meeting is the occasion, its other words no detail of each sentence
        (
            "Apakah Zelensky berpidato pada hari pertama KTT?",
            "Zelensky di Hari Kedua KTT NATO Vilnius",
            "Zelensky berpidato di depan ribuan warga di alun-alun.",
            "",
            "",
            ["hari", "pertama"],
        ),
        # chat writes a known place in lower case: still a place the sentence contradicts
        (
            "apakah zelensky ke markas nato di paris",
            "Berita",
            "Zelensky tiba di markas NATO di Brussels.",
            "",
            "Brussels",
            [],
        ),
        # a sentence naming other countries for the deed says who did it: not the one asked
        (
            "Apakah Hongaria diperkirakan memberi jaminan kepada Ukraina?",
            "Berita",
            "AS, Inggris, dan Jerman diperkirakan akan memberi jaminan kepada Ukraina.",
            "",
            "",
            ["hongaria"],
        ),
        (
            "Apakah Jerman diperkirakan memberi jaminan kepada Ukraina?",
            "Berita",
            "AS, Inggris, dan Jerman diperkirakan akan memberi jaminan kepada Ukraina.",
            "",
            "",
            [],
        ),
        # an English word glossed by two ("expected": kira, harap) is one word of the claim,
        # and the title says the occasion ("at the summit")
        (
            "Was Germany expected to give Ukraine commitments at the summit?",
            "Hari Kedua KTT Vilnius",
            "Jerman diperkirakan akan memberi jaminan kepada Ukraina.",
            "",
            "",
            [],
        ),
        # what was expected is the deed: "expected to approve" is not said by "expected to
        # discuss"
        (
            "Were the ministers expected to approve the budget?",
            "Berita",
            "Para menteri diperkirakan akan membahas anggaran.",
            "",
            "",
            ["tuju"],
        ),
        (
            "Apakah para menteri diperkirakan menyetujui anggaran?",
            "Berita",
            "Para menteri diperkirakan akan membahas anggaran.",
            "",
            "",
            ["tuju"],
        ),
        (
            "Apakah para menteri diperkirakan membahas anggaran?",
            "Berita",
            "Para menteri diperkirakan akan membahas anggaran.",
            "",
            "",
            [],
        ),
        # a sameness is confirmed only by a sentence that says it; one fact compares nothing
        (
            "Do both reports give the same year for when Lebak agreed to join?",
            "Berita",
            "Pada tahun 2008, Lebak setuju untuk bergabung.",
            "",
            "",
            ["sama"],
        ),
        (
            "Apakah Lebak setuju bergabung di tahun yang sama?",
            "Berita",
            "Pada tahun 2008, Lebak setuju untuk bergabung.",
            "",
            "",
            ["sama"],
        ),
        (
            "Apakah pertemuan digelar di gedung yang sama?",
            "Berita",
            "Pertemuan digelar di gedung yang sama di Medan.",
            "",
            "",
            [],
        ),
        # the same title with another portfolio: the sentence's own, as written
        (
            "Apakah peta jalan itu disetujui oleh para menteri luar negeri dewan?",
            "Berita",
            "Wiranata mengatakan para menteri pertahanan dewan menyetujui peta jalan itu.",
            "",
            "“para menteri pertahanan”",
            [],
        ),
        (
            "Was the roadmap approved by the council's foreign ministers?",
            "Berita",
            "Wiranata mengatakan para menteri pertahanan dewan menyetujui peta jalan itu.",
            "",
            "the defence ministers",
            [],
        ),
        # ... "menteri dalam pertemuan" claims no portfolio ("dalam" only opens "dalam negeri")
        (
            "Apakah para menteri dalam pertemuan itu membahas bantuan?",
            "Berita",
            "Pertemuan menteri luar negeri dewan membahas bantuan.",
            "",
            "",
            [],
        ),
        # ... the same portfolio besides another is no contradiction
        (
            "Apakah peta jalan itu disetujui oleh para menteri pertahanan dewan?",
            "Berita",
            "Menteri luar negeri Wiranata mengatakan para menteri pertahanan dewan menyetujui"
            " peta jalan itu.",
            "",
            "",
            [],
        ),
        # a person the sentence does not name is no other name for anyone it names
        (
            "Apakah Wiranata bertemu dengan Holmberg?",
            "Berita",
            "Wiranata bertemu dengan para menteri di Medan.",
            "",
            "",
            ["holmberg"],
        ),
        # ... a capital may stand for its country
        (
            "Apakah Kiev meminta bantuan musim dingin kepada dewan?",
            "Berita",
            "Ukraina meminta bantuan musim dingin kepada dewan.",
            "",
            "",
            [],
        ),
        # an easier claim against a harder outcome: the opposite, as written
        (
            "Apakah invasi itu membuat prospek Lebak bergabung semakin mudah?",
            "Berita",
            "Invasi itu membuat prospek Lebak bergabung kian pelik.",
            "",
            "“pelik”",
            [],
        ),
    ],
)
def test_a_claim_is_checked_with_the_title_and_the_sentence_before(
    question: str,
    title: str,
    sentence: str,
    previous: str,
    contradicted: str,
    unconfirmed: list[str],
) -> None:
    article = ArticleMeta(id="a", title=title, source="Harian Contoh", published=PUBLISHED)
    context = f"{previous} {sentence}".strip()
    evidence = Sentence(
        article, sentence, len(context) - len(sentence), len(context), 0, context, previous
    )
    check = check_claim(analyze_question(question), evidence, confirming=True)
    assert (check.contradicted, check.unconfirmed) == (contradicted, unconfirmed)


@pytest.mark.parametrize(
    ("question", "unread"),
    [
        # a claim whose verb is not read (none glossed) is not denied by a negation of its nouns
        ("Has the city owned up to neglecting the water supply?", {"owned", "neglecting"}),
        # ... one whose verb is read may be
        ("Do citizens have water?", set()),
    ],
)
def test_a_no_needs_the_claims_verb_read(question: str, unread: set[str]) -> None:
    evidence = _sentence_alone("Banjir membuat ribuan warga tidak memiliki air.")
    check = check_claim(analyze_question(question), evidence, confirming=False)
    assert unread <= set(check.unconfirmed) and bool(check.unconfirmed) is bool(unread)


@pytest.mark.parametrize(
    ("question", "first_title", "place"),
    [
        # the report ranked first places no summit, its title neither: the one that does
        ("Where was the 2023 Lebak summit held?", "Rudi Tiba di Markas Lebak", "Depok"),
        ("Di mana KTT Lebak 2023 digelar?", "Rudi Tiba di Markas Lebak", "Depok"),
        # ... but a report whose title names the summit places it by its own sentence
        ("Where was the 2023 Lebak summit held?", "Rudi di KTT Lebak Bogor", "Bogor"),
    ],
)
def test_a_place_asked_of_an_event_comes_from_a_report_of_that_event(
    question: str, first_title: str, place: str
) -> None:
    analyzed, ranked = _ranked(
        question,
        "Rudi pada Rabu (11/10/2023) tiba di markas Lebak di Bogor.",
        "Dalam KTT Lebak di Depok pada Selasa kemarin, Rudi mengaku kecewa.",
    )
    first = ArticleMeta(id="b", title=first_title, source="Harian Contoh", published=PUBLISHED)
    ranked[0] = replace(ranked[0], article=first)
    answer = compose(analyzed, _one_passage_each(ranked), ranked, model=None)
    assert place in answer.text.split("\n")[0]


def test_a_place_asked_of_an_event_of_a_year_is_not_another_years_event() -> None:
    """ "Where was the 2023 Lebak summit held?": a sentence on the 2008 Lebak summit, though in
    a report of 2023, places another one; the first report's place stays the answer."""
    analyzed, ranked = _ranked(
        "Where was the 2023 Lebak summit held?",
        "Rudi pada Rabu (11/10/2023) tiba di markas Lebak di Bogor.",
        "Pada tahun 2008, KTT Lebak di Depok setuju Rudi menjadi anggota.",
    )
    first = ArticleMeta(id="b", title="Rudi Tiba", source="Harian Contoh", published=PUBLISHED)
    ranked = [replace(ranked[0], article=first), ranked[1]]
    answer = compose(analyzed, _one_passage_each(ranked), ranked, model=None)
    assert "Depok" not in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "sentence", "confirmed"),
    [
        # "timeline" glosses as the compound "batas waktu": "waktunya" alone says no deadline
        (
            "Does the council have a timeline for Medan?",
            "Sudah waktunya buat kejelasan keanggotaan Medan di dewan, kata Ardi.",
            False,
        ),
        (
            "Does the council have a timeline for Medan?",
            "Dewan punya batas waktu untuk Medan.",
            True,
        ),
        ("Does the council have a deadline for Medan?", "Dewan punya tenggat untuk Medan.", True),
        # a place the sentence names only as where something comes from puts no deed there
        (
            "Did Novak meet Rudi in Bogor?",
            "Novak bertemu Rudi di saat ia mencari dukungan senjata dari Bogor.",
            False,
        ),
        ("Apakah Novak bertemu Rudi di Bogor?", "Novak bertemu Rudi di Bogor.", True),
        (
            "Apakah Novak bertemu Rudi di Bogor?",
            "Novak tiba dari Bogor dan bertemu Rudi di Bogor.",
            True,
        ),
    ],
)
def test_a_claim_is_confirmed_only_by_what_the_sentence_says_of_it(
    question: str, sentence: str, confirmed: bool
) -> None:
    """A compound gloss is said only whole; a place only where the deed was."""
    check = check_claim(analyze_question(question), _sentence_alone(sentence))
    assert (not check.unconfirmed and not check.contradicted) is confirmed


@pytest.mark.parametrize(
    ("sentence", "contradicted"),
    [
        # a country the sentence places the centre in corrects the claim's
        ("Sekutu bersiap mendukung pusat pelatihan bersama di Polandia.", "Polandia"),
        # one named for whom something is done is no place of the centre
        ("Para menteri menyetujui peta jalan pelatihan baru untuk Ukraina.", ""),
    ],
)
def test_a_country_corrects_a_claimed_one_only_where_it_places_the_deed(
    sentence: str, contradicted: str
) -> None:
    question = analyze_question("Did the ministers agree on a training centre in Germany?")
    assert check_claim(question, _sentence_alone(sentence)).contradicted == contradicted


def test_a_claims_wrong_day_is_checked_before_its_unread_deed() -> None:
    """ "Did Zelensky hug Stoltenberg … on a Tuesday?": no article writes a hug, but the day the
    claim gives is checked first (the answer then corrects it with the report's day, "No: the
    article says Wednesday"); with the right day, the deed is what is unconfirmed."""
    evidence = _sentence_alone("Novak pada Rabu (11/10/2023) bertemu Rudi di Bogor.")
    for day, unconfirmed in (("Tuesday", ["tuesday"]), ("Wednesday", ["hug"])):
        analyzed = analyze_question(f"Did Novak hug Rudi in Bogor on a {day}?")
        analyzed.unknown_terms = analyzed.unwritten_terms = ["peluk"]
        assert check_claim(analyzed, evidence).unconfirmed == unconfirmed


@pytest.mark.parametrize(
    ("asked", "sentence", "opening"),
    [
        # a chat question's lower-case names are written as the article writes them (a
        # dictionary word opening the sentence may be in capitals for that alone)
        (
            "presiden lebak novak tiba di markas pemda",
            "Presiden Lebak Novak pada Rabu (11/10/2023) tiba di markas Pemda di Bogor.",
            "presiden Lebak Novak tiba di markas Pemda",
        ),
        # a word the article writes in lower case stays as asked; one it does not use too
        ("Novak tiba di Bogor", "novak tiba di kota bogor", "Novak tiba di Bogor"),
        ("novak ke nato", "Novak datang ke markas NATO.", "Novak ke NATO"),
        # a word in capitals only as it opens the sentence or a quote is no name
        ("pada akhirnya novak setuju", "Pada akhirnya Novak setuju.", "pada akhirnya Novak setuju"),
        (
            "novak bilang pada akhirnya",
            "“Pada akhirnya,” kata Novak.",
            "Novak bilang pada akhirnya",
        ),
    ],
)
def test_a_restated_question_is_cased_as_the_article_writes(
    asked: str, sentence: str, opening: str
) -> None:
    assert _cased_as_written(asked, sentence) == opening


@pytest.mark.parametrize(
    ("question", "unknown", "unconfirmed"),
    [
        # a verb glossed to a word the articles never write tells a deed they never report
        ("Did Lebak really praise Rudi?", ["puji"], ["praise"]),
        ("did lebak hug rudi", ["peluk"], ["hug"]),
        ("Has Lebak ever hugged Rudi?", ["peluk"], ["hugged"]),
        # ... not one the glossary lacks, which may be told in other words ("go", "manage")
        ("Did Lebak tickle Rudi?", ["tickle"], []),
        # ... nor one before a verb ("deny" is the verb of "deny intending")
        ("Did Lebak deny meeting Rudi?", ["sangkal"], ["deny"]),
        # ... and in Indonesian, a verb after the subject's names that no article uses
        ("Apakah Lebak mengecam Rudi?", ["kecam"], ["kecam"]),
        ("lebak protes gak sih soal rudi", ["protes"], ["protes"]),
        ("Apakah Lebak sudah pernah mengecam Rudi?", ["kecam"], ["kecam"]),
        # a verb the articles use is checked as usual: the sentence says it
        ("Did Lebak meet Rudi?", [], []),
        ("Apakah Lebak bertemu Rudi?", [], []),
        # an unknown adverb before a verb is no deed ("long" before "wanted")
        ("Has Lebak long wanted to meet Rudi?", ["long"], []),
        # nor is being somewhere ("hadir"), which any plan to be there tells
        ("Apakah Lebak dijadwalkan hadir bertemu Rudi?", ["hadir"], []),
    ],
)
def test_a_deed_no_article_can_say_is_not_confirmed(
    question: str, unknown: list[str], unconfirmed: list[str]
) -> None:
    evidence = _sentence_alone("Wali kota Lebak sejak lama ingin bertemu Rudi di balai kota.")
    analyzed = analyze_question(question)
    # (as the service reads them: the corpus's names, found in lower case too)
    analyzed.entities = list(dict.fromkeys([*analyzed.entities, "lebak", "rudi"]))
    # (none of them written in any word of its synonym group either)
    analyzed.unknown_terms = analyzed.unwritten_terms = unknown
    assert check_claim(analyzed, evidence).unconfirmed == unconfirmed


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("kuleba ngomong apa soal perang hamas israel", ["perang", "hamas", "israel"]),
        ("Apa kata Stoltenberg tentang Rusia?", ["rusia"]),
        ("What did Stoltenberg say about Russia?", ["rusia"]),
        ("Apa kata Stoltenberg?", []),
        # the topic ends where the question goes on to when or where
        ("stoltenberg ngomong apa soal perang pas ngobrol sama zelensky", ["perang"]),
        # ... not where it turns to a place of the topic itself
        ("What did Stoltenberg say about the war in Ukraine?", ["perang", "ukraina"]),
        # a topic that opens with a question word
        ("What did Stoltenberg say about when and how the war would end?", ["perang", "akhir"]),
        ("apa kata stoltenberg soal kapan perang berakhir", ["perang", "akhir"]),
        # what the words answered is their topic
        ("Apa kata Kremlin menanggapi pidato Zelensky?", ["pidato", "zelensky"]),
        ("What did the Kremlin say in response to Zelensky's speech?", ["zelensky", "pidato"]),
    ],
)
def test_the_topic_someones_words_are_asked_about(question: str, topic: list[str]) -> None:
    assert analyze_question(question).topic == topic


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        # his words on the topic asked, those saying most of it first
        ("Apa kata Ardi soal kapan banjir berakhir?", "Menurut Harian Contoh: ‘“Tidak ada"),
        # none of his words are on it: no quote of something else
        ("Apa kata Ardi soal harga beras?", "Maaf"),
        # a reaction's topic follows "atas"
        ("Bagaimana tanggapan Ardi atas harga beras?", "Maaf"),
        # a name in the topic must be said: "kapan banjir Citarum" is not "kapan banjir"
        ("Apa kata Ardi soal kapan banjir Citarum berakhir?", "Maaf"),
    ],
)
def test_words_asked_about_a_topic_must_be_on_it(question: str, opens: str) -> None:
    analyzed, ranked = _ranked(
        question,
        "“Kami rapat akhir April,” kata Ardi.",
        "“Tidak ada yang tahu kapan banjir berakhir,” kata Ardi.",
    )
    assert compose(analyzed, [], ranked, model=None).text.startswith(opens)


@pytest.mark.parametrize(
    ("sentence", "covers", "does_not_cover"),
    [
        # a government named by its seat covers its country, and back
        ("Kremlin pernah mengultimatum Ukraina.", {"rusia", "moskow"}, {"belgia"}),
        ("Rusia menyangkal tuduhan itu.", {"moskow", "kremlin"}, {"ukraina"}),
        ("Bantuan musim dingin untuk Kyiv.", {"ukraina"}, {"rusia"}),
        ("Zelensky berpidato di Vilnius.", {"lithuania"}, {"rusia"}),
        # a place that is no seat covers nothing more
        ("Bupati Ardi meninjau banjir di Lebak.", set(), {"banten", "indonesia", "jakarta"}),
    ],
)
def test_a_seat_of_government_covers_its_country(
    sentence: str, covers: set[str], does_not_cover: set[str]
) -> None:
    tokens = with_seats(token_set(sentence))
    assert covers <= tokens
    assert not does_not_cover & tokens


@pytest.mark.parametrize(
    ("sentence", "previous", "fact"),
    [
        # the event named back ("perbincangan itu") is dated in the sentence before
        (
            "Dalam perbincangan itu, Ardi dan Sari membahas banjir di Lebak.",
            "Bupati Ardi berbincang dengan Sari pada Selasa (4/7).",
            "Selasa, 4 Juli 2023",
        ),
        # a demonstrative of something the sentence before does not say refers to no date there
        (
            "Dalam rapat itu, Ardi dan Sari membahas banjir di Lebak.",
            "Bupati Ardi berbincang dengan Sari pada Selasa (4/7).",
            "",
        ),
    ],
)
def test_a_date_is_taken_from_the_event_the_sentence_refers_back_to(
    sentence: str, previous: str, fact: str
) -> None:
    question = analyze_question("Kapan Ardi dan Sari membahas banjir di Lebak?")
    found = extract_fact(question, sentence, PUBLISHED, previous)
    assert found.text == fact
    assert found.with_previous is bool(fact)


@pytest.mark.parametrize(
    ("question", "sentence", "names"),
    [
        (
            "Apa nama badan baru yang dikukuhkan?",
            "Agenda hari ini adalah pengukuhan Dewan Desa Lebak, sebuah badan baru.",
            True,
        ),
        # a name far from the noun asked, or a place, names no aid package
        (
            "Apa nama resmi paket bantuan itu?",
            "Bahan bakar dikirim melalui paket bantuan desa yang ingin ditambah oleh Ardi.",
            False,
        ),
        ("Apa nama paket bantuan itu?", "Paket bantuan untuk Kyiv dikirim Selasa.", False),
        # a speaker is no name of what is asked, a quoted remark no title
        ("Apa nama paket bantuan itu?", "Paket bantuan itu disetujui, kata Sari.", False),
        ("Apa nama paket bantuan itu?", "Paket bantuan itu “Kami siap kirim”, ujarnya.", False),
        # ... unless a place's name is asked
        ("Apa nama kota tempat rapat itu?", "Rapat itu digelar di kota Kyiv.", True),
        # a short quoted title is a name
        ("Apa nama paket bantuan itu?", "Paket bantuan itu disebut “Lumbung Desa”.", True),
        # "which specific" asks names too, also in English, next to the things asked about
        (
            "Which specific weapons did the army send?",
            "Bupati Sari mengatakan tentara itu kemarin mengirim banyak senjata.",
            False,
        ),
        (
            "Which specific weapons did the army send?",
            "Tentara mengirim senjata jenis Javelin ke desa.",
            True,
        ),
        # chat names the thing before "namanya apa"
        (
            "di lebak ada badan baru yg dikukuhkan, namanya apa",
            "Agenda hari ini adalah pengukuhan Dewan Desa Lebak, sebuah badan baru.",
            True,
        ),
        (
            "di lebak ada badan baru yg dikukuhkan, namanya apa",
            "Dikutip dari Harian Contoh, Bupati Ardi datang ke Lebak hari ini.",
            False,
        ),
        # English asks past "of the": the body's name, far from "the new"
        (
            "What's the name of the new body launched in Lebak?",
            "Salah satu agenda hari ini adalah pengukuhan Dewan Desa Lebak, sebuah badan yang "
            "dibentuk untuk meningkatkan hubungan antara Medan dan aliansi itu.",
            True,
        ),
    ],
)
def test_a_name_asked_is_a_name_next_to_what_it_names(
    question: str, sentence: str, names: bool
) -> None:
    assert gives_a_name(analyze_question(question), sentence) is names


@pytest.mark.parametrize(
    ("question", "evidence", "unsaid"),
    [
        # a rank or exclusivity claimed, and the evidence ranks nothing
        (
            "Apakah Ardi bupati dengan masa jabatan terlama?",
            "Ardi resmi memperpanjang masa jabatannya.",
            ["terlama"],
        ),
        ("Which village got the most aid?", "Desa Lebak menerima bantuan beras.", ["most"]),
        (
            "ardi satu-satunya bupati yg menolak ya?",
            "Bupati Ardi menolak usulan itu.",
            ["satu-satunya"],
        ),
        # the evidence ranks too
        ("Desa mana yang paling banyak menerima bantuan?", "Lebak menerima bantuan terbanyak.", []),
        # "paling baru" is written "terbaru" (and any rank the evidence gives stands, as before)
        ("Kapan anggaran paling baru Lebak dicabut?", "Anggaran terbaru Lebak dicabut.", []),
        ("Kapan anggaran paling baru Lebak dicabut?", "Anggaran terbesar dicabut.", []),
        ("Kapan anggaran paling baru Lebak dicabut?", "Anggaran Lebak dicabut.", ["paling"]),
        ("Kapan pasar paling ramai?", "Pasar teramai pada Mei.", []),  # ter- drops its r
        # ... also by naming one as the main one, which a question does not claim by
        ("Siapa pendukung terbesar Lebak?", "Medan, penyokong utama Lebak, mundur.", []),
        ("Apa isu utama di Lebak?", "Warga membahas anggaran.", []),
        # chat's "paling cuma" (at most just), "paling sedikit" (at least), English "not only"
        # and "most members" rank nothing
        ("menterinya paling cuma bahas apa", "Para menteri membahas anggaran.", []),
        ("paling sedikit berapa menteri yang hadir", "Para menteri hadir.", []),
        ("Did not only Ardi but also Sari attend?", "Ardi dan Sari hadir.", []),
        ("Did most members agree?", "Para anggota setuju.", []),
    ],
)
def test_a_rank_the_evidence_does_not_give_is_unsaid(
    question: str, evidence: str, unsaid: list[str]
) -> None:
    assert unsaid_degree(question, evidence) == unsaid


@pytest.mark.parametrize(
    ("question", "evidence", "abstains"),
    [
        # a why-question takes as done what the evidence denies
        (
            "Mengapa Ardi ingin menutup pasar?",
            "Ardi menyangkal niatnya untuk menutup pasar.",
            True,
        ),
        # a refusal is what the question asks the reason for
        (
            "Mengapa Ardi menentang pengiriman beras?",
            "Ardi menolak pengiriman beras karena stok desa menipis.",
            False,
        ),
    ],
)
def test_a_reason_for_what_the_evidence_denies_is_no_answer(
    question: str, evidence: str, abstains: bool
) -> None:
    analyzed, ranked = _ranked(question, evidence)
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


@pytest.mark.parametrize(
    ("question", "evidence", "answered"),
    [
        # a list of people needs a name, a list of countries a country not asked already
        (
            "Siapa saja pejabat yang hadir di rapat desa?",
            "Menurut sejumlah pejabat, rapat desa dihadiri banyak orang.",
            False,
        ),
        (
            "Siapa saja pejabat yang hadir di rapat desa?",
            "Bupati Ardi Wijaya dan Camat Sari Lestari hadir di rapat desa.",
            True,
        ),
        ("Selain Jepang, negara mana saja yang membantu Lebak?", "Jepang membantu Lebak.", False),
        (
            "Selain Jepang, negara mana saja yang membantu Lebak?",
            "Jepang dan Korea Selatan membantu Lebak.",
            True,
        ),
    ],
)
def test_a_list_of_people_or_countries_names_one(
    question: str, evidence: str, answered: bool
) -> None:
    analyzed, ranked = _ranked(question, evidence)
    assert compose(analyzed, [], ranked, model=None).abstained is not answered


@pytest.mark.parametrize(
    ("question", "evidence", "unsaid"),
    [
        # a comparison the evidence does not make
        (
            "Was the October visit longer than the July one?",
            "Ardi tiba pada Rabu (11/10).",
            ["longer"],
        ),
        (
            "Apakah bantuan Lebak lebih besar daripada bantuan Banten?",
            "Lebak mengirim beras.",
            ["lebih"],
        ),
        # ... made there
        (
            "Apakah bantuan Lebak lebih besar daripada bantuan Banten?",
            "Bantuan Lebak lebih besar dibanding bantuan tahun lalu.",
            [],
        ),
        # an order in time is no comparison to confirm here: dates answer it
        ("Mana yang lebih dulu terjadi: rapat atau banjir?", "Rapat digelar Selasa.", []),
        ("Was the meeting earlier than the flood?", "Rapat digelar Selasa.", []),
    ],
)
def test_a_comparison_the_evidence_does_not_make_is_unsaid(
    question: str, evidence: str, unsaid: list[str]
) -> None:
    assert unsaid_comparison(question, evidence) == unsaid


@pytest.mark.parametrize(
    ("question", "deeds"),
    [
        ("Kenapa Ukraina resmi diterima jadi anggota NATO?", ["terima"]),
        ("knp ukraina sudah resmi masuk nato", ["masuk"]),
        ("Mengapa Ardi telah akan mundur?", ["mundur"]),
        ("Why did Ardi already leave?", ["leave"]),
        # being ratified or formally admitted is something done, as "resmi" is
        ("Kapan Lebak disahkan masuk dewan?", ["masuk"]),
        ("When was Lebak formally admitted?", ["admitted"]),
        ("Mengapa Ardi mundur?", []),
        # function words and names are no deed
        ("Kenapa Ardi sudah ke Lebak?", []),
        ("Why has Ardi already been to Lebak?", []),
        # "setelah" (after) stems like "telah" but vouches for nothing
        ("kapan ardi mampir ke lebak setelah medan nyerang", []),
    ],
)
def test_the_deed_a_done_word_vouches_for(question: str, deeds: list[str]) -> None:
    assert done_deeds(question) == deeds


@pytest.mark.parametrize(
    ("question", "evidence", "abstains"),
    [
        # the reason given is for something else than the deed the question vouches for
        (
            "Mengapa Ardi resmi mundur dari jabatannya?",
            "Ardi kecewa karena anggaran dipotong.",
            True,
        ),
        ("Mengapa Ardi resmi mundur dari jabatannya?", "Ardi resmi mundur karena sakit.", False),
        # the evidence says the opposite of the deed asked about
        (
            "Kenapa Ardi akhirnya setuju menjual lahan desa?",
            "Ardi dengan tegas menolak menjual lahan desa karena merugikan warga.",
            True,
        ),
        (
            "Mengapa Ardi menolak menjual lahan desa?",
            "Ardi dengan tegas menolak menjual lahan desa karena merugikan warga.",
            False,
        ),
    ],
)
def test_a_why_question_needs_the_deed_it_vouches_for(
    question: str, evidence: str, abstains: bool
) -> None:
    analyzed, ranked = _ranked(question, evidence)
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # a budget restored is not one removed (English glossed: "restore" -> memulihkan)
        ("When did Lebak restore the aid budget for Medan?", True),
        ("Kapan Lebak memulihkan anggaran bantuan untuk Medan?", True),
        ("Kapan anggaran bantuan untuk Medan dicabut?", False),
    ],
)
def test_a_date_of_the_opposite_deed_is_no_answer(question: str, abstains: bool) -> None:
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)),
        "Pada awal Oktober 2023, anggaran bantuan untuk Medan dicabut dari Lebak.",
    )
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


def test_a_question_about_a_stopped_deed_is_answered_by_the_stopping() -> None:
    """ "… had the leaders stopped short of?" asks about the denial: it is the answer, not a
    false premise (however many of the question's verbs the denied clause says)."""
    text = _answer_text(
        "What concrete step, bringing Medan closer, had Lebak's leaders stopped short of?",
        "Namun, para pemimpin Lebak telah berhenti mengambil langkah konkret seperti memberi "
        "Medan rencana aksi yang akan membawa Medan lebih dekat.",
    )
    assert not text.startswith("No: the articles say otherwise")


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Mengapa Ardi ke Lebak untuk ketiga kalinya?", {"3": "ketiga"}),
        ("Why did Ardi go for the ketiga waktu?", {"3": "ketiga"}),  # English, glossed
        ("ardi ke lebak utk ke-2 kali", {"2": "ke-2"}),
        # an ordinal of something else counts no times, nor does "the last time"
        ("Apa agenda hari kedua?", {}),
        ("Negara keempat mana yang disebut?", {}),
        ("Kapan terakhir kali Ardi ke Lebak?", {}),
    ],
)
def test_ordinals_that_count_times(text: str, times: dict[str, str]) -> None:
    assert times_asked(text) == times


@pytest.mark.parametrize(
    ("text", "english", "ranked"),
    [
        (
            "Ini adalah kunjungan pertamanya ke Medan.",
            False,
            [("kunjung", "1", "kunjungan pertamanya")],
        ),
        ("itu kunjungan keduanya ya", False, [("kunjung", "2", "kunjungan keduanya")]),
        ("anggota ke-31 dewan", False, [("anggota", "31", "anggota ke-31")]),
        ("Was it his second visit?", True, [("kunjung", "2", "second visit")]),
        # "terakhir" is a rank of its own, also in English ...
        ("masa jabatan terakhir", False, [("jabat", "terakhir", "jabatan terakhir")]),
        ("on the last day of the meeting", True, [("hari", "terakhir", "last day")]),
        # ... but not the last before or since another event, nor a time ("last week")
        ("pertemuan terakhir sebelum KTT", False, []),
        ("the last meeting before the summit", True, []),
        ("attacks last week", True, []),
        # a count of times and a function word rank no noun
        ("Ardi ke Lebak untuk ketiga kalinya", False, []),
        ("for the second time", True, []),
        ("ini yang kedua", False, []),
        # "yang" between the noun and its ordinal, also in chat
        ("kunjungan yang kedua sejak itu", False, [("kunjung", "2", "kunjungan yang kedua")]),
        ("kunjungan yg kedua kan", False, [("kunjung", "2", "kunjungan yg kedua")]),
    ],
)
def test_nouns_given_a_place_in_a_sequence(
    text: str, english: bool, ranked: list[tuple[str, str, str]]
) -> None:
    assert list(ranked_nouns(text, english=english)) == ranked


@pytest.mark.parametrize(
    ("claim", "english", "subject"),
    [
        # an ordinal with no noun beside it ranks the claim's subject
        ("Apakah kunjungan Ardi ke Lebak itu yang kedua?", False, ("kunjung", "2")),
        ("Apakah lawatan Ardi ke Lebak itu yang kedua kalinya?", False, ("lawat", "2")),
        ("Was Ardi's trip to Lebak his second since the flood?", True, ("kunjung", "2")),
        # an ordinal with its own noun is `ranked_nouns`'; a claim whose subject is a name
        # ranks no noun
        ("Apakah ini kunjungan kedua Ardi?", False, None),
        ("Apakah Ardi pertama kali datang ke Lebak?", False, None),
        ("Was it his second visit?", True, None),
        ("Apakah itu masa jabatan terakhir Ardi?", False, None),
        # the times of another deed count that deed, not the subject; a phrase of time or
        # place opens no subject; a noun the claim ranks itself is `ranked_nouns`'
        ("Apakah dalam kunjungan ke Lebak itu Ardi bertemu Budi untuk kedua kalinya?", False, None),
        ("During the visit to Lebak, did Ardi meet Budi for the second time?", True, None),
        ("Apakah pada hari kedua rapat Ardi bertemu Budi untuk pertama kalinya?", False, None),
        ("Apakah diplomat kedua itu yang pertama kali memperingatkan Lebak?", False, None),
    ],
)
def test_the_claims_subject_given_a_place_in_a_sequence(
    claim: str, english: bool, subject: tuple[str, str] | None
) -> None:
    assert ordinal_of_subject(claim, english=english) == subject


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Apakah kunjungan Ardi ke Lebak itu yang kedua sejak banjir?", "**Tidak**"),
        ("Apakah lawatan Ardi ke Lebak itu yang kedua kalinya sejak banjir?", "**Tidak**"),
        ("Was Ardi's trip to Lebak his second since the flood?", "**No**"),
        ("Apakah kunjungan Ardi ke Lebak itu yang pertama sejak banjir?", "**Ya**"),
    ],
)
def test_a_claim_ranking_its_subject_is_checked_against_the_rank_told(
    question: str, opening: str
) -> None:
    answer = _answered_from_one_passage(
        question,
        "Ini adalah kunjungan pertama Gubernur Ardi ke Lebak sejak banjir.",
    )
    assert answer.text.startswith(opening)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # the same noun in another place of its sequence: "Tidak", with the article's place
        (
            "Apakah itu kunjungan kedua Ardi ke Medan?",
            "**Tidak**: artikel menyebut kunjungan pertamanya",
        ),
        ("itu kunjungan keduanya ya ke medan", "**Tidak**: artikel menyebut kunjungan pertamanya"),
        ("Was it Ardi's second visit to Medan?", "**No**"),
        ("Apakah itu kunjungan pertama Ardi ke Medan?", "**Ya**"),
        # ... a synonym of the noun too
        (
            "Apakah itu lawatan kedua Ardi ke Medan?",
            "**Tidak**: artikel menyebut kunjungan pertamanya",
        ),
    ],
)
def test_a_claimed_place_in_a_sequence_is_checked(question: str, opening: str) -> None:
    text = _answer_text(question, "Ini adalah kunjungan pertamanya ke Medan sejak Ardi menjabat.")
    assert text.startswith(opening)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # the first is not the last of a meeting of two days ...
        (
            "Apakah kesepakatan itu diambil pada hari terakhir rapat dewan?",
            "**Tidak**: artikel menyebut hari pertama",
        ),
        ("kesepakatannya diambil di hari terakhir rapat ya", "**Tidak**"),
        ("Was the deal reached on the last day of the council meeting?", "**No**"),
        ("Apakah kesepakatan itu diambil pada hari pertama rapat dewan?", "**Ya**"),
    ],
)
def test_the_first_and_the_last_are_other_places(question: str, opening: str) -> None:
    text = _answer_text(question, "Kesepakatan diambil pada hari pertama rapat dewan di Medan.")
    assert text.startswith(opening)


def test_the_second_day_may_be_the_last() -> None:
    text = _answer_text(
        "Apakah kesepakatan itu diambil pada hari terakhir rapat dewan?",
        "Kesepakatan diambil pada hari kedua rapat dewan di Medan.",
    )
    assert not text.startswith("**Tidak**")


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        ("Mengapa Ardi meninjau banjir untuk ketiga kalinya?", True),
        ("Mengapa Ardi meninjau banjir untuk pertama kalinya?", False),
        ("Mengapa Ardi meninjau banjir untuk ke-1 kalinya?", False),
    ],
)
def test_another_time_than_the_report_counts_is_a_false_premise(
    question: str, abstains: bool
) -> None:
    analyzed, ranked = _ranked(
        question, "Ardi meninjau banjir untuk pertama kalinya karena hujan deras."
    )
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


_CARRIED = (
    "“Kami mendukung pusat latihan di Lebak,” kata Ardi dilansir ANTARA dari Reuters, "
    "Rabu, 14 Juni."
)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # the date a report was carried dates no event in it ...
        ("Kapan pusat latihan di Lebak dibuka?", ""),
        ("When did the training centre in Lebak open?", ""),
        # ... but it is when the words it carries were reported, and when it was carried
        ("Kapan Ardi mengatakan mendukung pusat latihan?", "Rabu, 14 Juni 2023"),
        ("Kapan berita soal pusat latihan dilansir?", "Rabu, 14 Juni 2023"),
    ],
)
def test_the_date_a_report_was_carried_dates_no_event(question: str, fact: str) -> None:
    analyzed = analyze_question(normalize_question(question, detect_language(question)), question)
    assert extract_fact(analyzed, _CARRIED, PUBLISHED).text == fact


def test_an_event_reported_keeps_its_date() -> None:
    analyzed = analyze_question("Kapan pusat latihan di Lebak dibuka?")
    text = "Pusat latihan di Lebak dilaporkan dibuka pada 12 Juni."
    assert extract_fact(analyzed, text, PUBLISHED).text == "Senin, 12 Juni 2023"


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("Di kota mana pertemuan puncak bulan depan digelar?", "ktt"),
        ("KTT desa sesudah rapat bupati diselenggarakan di kota apa?", "ktt"),
        ("Where is the summit that follows the ministers' meeting being held?", "ktt"),
        ("Where was the June 2024 village council meeting held?", "temu"),
        ("Where did Ardi meet Sari?", "temu"),
        ("Where was the regents' summit after the June council meeting going to be held?", "ktt"),
        ("Kota itu ada di negara mana?", ""),
        ("Kapan pertemuan puncak digelar?", ""),  # no place asked
        # where a person did something: names and titles bind it, not a noun to be named
        ("Di kota mana Presiden Lebak berpidato di hadapan ribuan orang?", ""),
        ("Where did the council chairman speak to the crowd?", ""),
    ],
)
def test_what_a_where_question_places(question: str, head: str) -> None:
    language = detect_language(question)
    assert placed_head(analyze_question(normalize_question(question, language), question)) == head


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("Which body was inaugurated on the second day?", "badan"),
        # the one a causative makes so is no deed
        ("Apa yang membuat presiden Lebak kecewa?", "kecewa"),
        ("What new body was launched on the second day?", "badan"),
        # a kind of place is asked by the place checks, not looked for as a word
        ("Which country was the host?", ""),
        # an imperative list turns on the verb of the clause after the things listed
        ("list the weapons wiranata asked for in medan", "minta"),
        ("Name all the countries that backed Lebak", "dukung"),
        # "who" and its verb: the doer of that deed is asked
        ("Who urged Lebak to allow missiles?", "desak"),
    ],
)
def test_the_noun_an_english_which_question_asks(question: str, focus: str) -> None:
    assert analyze_question(question).focus == focus


@pytest.mark.parametrize(
    ("question", "person"),
    [
        # the one a passive asks is the subject of a verb that takes no object ...
        ("Who was posted on the rooftops during the speech?", "Penembak jitu"),
        # ... not the doer of an active one
        ("Who was appointed by Ardi?", ""),
    ],
)
def test_who_a_passive_asks(question: str, person: str) -> None:
    text = "Penembak jitu berjaga di atap-atap rumah selama berlangsungnya pidato."
    assert extract_fact(analyze_question(question), text, PUBLISHED).text == person


def test_chat_words_of_saying_ask_for_words_after_normalising() -> None:
    asked = "ardi ngomong soal banjir itu kapan?"
    normalised = normalize_question(asked, "id")
    assert "ngomong" not in normalised  # (the standard form replaces it)
    assert analyze_question(normalised, asked).asks_words


_POSTED = "“Terima kasih kepada warga Lebak,” tulisnya via Twitter di Lebak."


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # where words were posted is the platform they were posted on
        ("Where did Ardi post his thanks to residents?", "Twitter"),
        ("ardi nulis terima kasih ke warga di mana?", "Twitter"),
        # where he was is a place
        ("Di mana Ardi berterima kasih kepada warga?", "Lebak"),
    ],
)
def test_where_words_were_posted_is_the_platform(question: str, fact: str) -> None:
    language = detect_language(question)
    analyzed = analyze_question(normalize_question(question, language), question)
    assert extract_fact(analyzed, _POSTED, PUBLISHED).text == fact


@pytest.mark.parametrize(
    ("question", "evidence", "unnamed"),
    [
        # the members asked for are only counted
        (
            "Which partners attended the meeting in Lebak?",
            "Ardi menjadwalkan pertemuan dengan beberapa mitra di sela-sela rapat desa.",
            True,
        ),
        (
            "mitra mana aja yg diajak ardi ke pertemuan di lebak",
            "Ardi menjadwalkan pertemuan dengan beberapa mitra di sela-sela rapat desa.",
            True,
        ),
        # the counted noun may stand before the plural, or after "siapa saja"
        (
            "Which partner villages attended the meeting in Lebak?",
            "Ardi menjadwalkan pertemuan dengan beberapa mitra di sela-sela rapat desa.",
            True,
        ),
        (
            "Siapa saja mitra yang diajak Ardi ke pertemuan di Lebak?",
            "Ardi menjadwalkan pertemuan dengan beberapa mitra di sela-sela rapat desa.",
            True,
        ),
        # ... or named right after
        (
            "Which partners attended the meeting in Lebak?",
            "Ardi menjadwalkan pertemuan dengan beberapa mitra seperti Bank Desa dan Koperasi.",
            False,
        ),
    ],
)
def test_members_only_counted_are_not_named(question: str, evidence: str, unnamed: bool) -> None:
    language = detect_language(question)
    analyzed = analyze_question(normalize_question(question, language), question)
    _, ranked = _ranked(question, evidence)
    answer = compose(analyzed, [], ranked, model=None)
    assert ("beberapa mitra" in answer.text and answer.abstained) is unnamed


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # what will happen is not dated by a year before the report
        ("Kapan Lebak akan resmi menjadi kabupaten?", True),
        ("When will Lebak become a regency?", True),
        # ... but the agreeing, or a date after the report, is
        ("Kapan warga setuju bahwa Lebak akan menjadi kabupaten?", False),
    ],
)
def test_a_past_date_is_no_date_of_what_will_happen(question: str, abstains: bool) -> None:
    evidence = "Meski warga sudah setuju Lebak menjadi kabupaten pada 2018, izinnya belum ada."
    analyzed, ranked = _ranked(question, evidence)
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # words the sentence dates itself, set nowhere the question sets them
        ("Apa kata Ardi saat pidato di Lebak?", True),
        # ... or set there
        ("Apa kata Ardi saat pidato di Serang?", False),
    ],
)
def test_words_said_at_another_time_are_not_those_asked(question: str, abstains: bool) -> None:
    analyzed = analyze_question(question)
    passages, ranked = _scored(
        analyzed,
        "Bupati Ardi berpidato di Lebak. Ia disambut warga. "
        "“Jembatan harus segera dibangun,” kata Ardi di Serang pada 20 Juni 2023.",
    )
    ranked = [s for s in ranked if "Jembatan" in s.text]
    assert compose(analyzed, passages, ranked, model=None).abstained is abstains


@pytest.mark.parametrize(
    ("evidence", "elsewhere"),
    [
        # words dated at another time, set nowhere the question sets them
        ("“Bantuan beras harus dijanjikan,” kata Ardi pada 20 Juni 2023.", ["jakarta"]),
        # no one's words: a report of the meeting dates the meeting itself
        (
            "Bupati Ardi akan meminta warga untuk menjanjikan bantuan beras untuk Medan pada "
            "pertemuan pada 29 November 2022.",
            [],
        ),
    ],
)
def test_only_words_are_said_at_another_time(evidence: str, elsewhere: list[str]) -> None:
    analyzed = analyze_question(
        "Ardi mau minta warga janjiin bantuan apa buat Medan di pertemuan Jakarta"
    )
    _, ranked = _scored(analyzed, evidence)
    assert _said_at_another_time(analyzed, ranked[0]) == elsewhere


def test_a_list_of_names_asked_needs_a_name() -> None:
    analyzed, ranked = _ranked(
        "Sebutkan nama-nama jembatan yang dibangun Ardi.",
        "Ardi membangun banyak jembatan desa sepanjang tahun lalu.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained and answer.trace == ["abstain: tidak menyebut namanya"]


@pytest.mark.parametrize(
    ("question", "evidence", "request_word"),
    [
        # the deed asked about is what a request asks for
        (
            "Apakah AS mengizinkan Ukraina menyerang wilayah Rusia?",
            "Ia juga mendesak Amerika Serikat dan negara-negara NATO di Uni Eropa untuk "
            "mengizinkan Ukraina menggunakan rudal untuk melakukan serangan di wilayah Rusia.",
            "mendesak",
        ),
        (
            "Did the allies pledge more winter aid for Kyiv?",
            "Stoltenberg akan meminta sekutu untuk menjanjikan lebih banyak bantuan musim dingin.",
            "meminta",
        ),
        # ... also asked whether the request was granted; the deed a light verb carries
        (
            "Did the US agree to Stoltenberg's request to let Ukraine strike inside Russia?",
            "Ia juga mendesak Amerika Serikat untuk mengizinkan Ukraina melakukan serangan.",
            "mendesak",
        ),
        (
            "Apakah AS menyetujui permintaan Stoltenberg agar Ukraina boleh menyerang Rusia?",
            "Ia juga mendesak Amerika Serikat untuk mengizinkan Ukraina melakukan serangan.",
            "mendesak",
        ),
        # a request the evidence says was granted is done
        (
            "Apakah AS mengirim rudal ke Medan?",
            "AS akhirnya memenuhi permintaan Medan untuk mengirim rudal.",
            "",
        ),
        # the question asks about the request, or a wish, itself (its deed may be an
        # acceptance)
        (
            "Apakah Ardi mendesak Lebak menerima Medan sebagai anggota?",
            "Ardi mendesak Lebak untuk menerima Medan sebagai anggota.",
            "",
        ),
        (
            "Apakah Stoltenberg meminta agar Ukraina boleh menyerang wilayah Rusia?",
            "Ia juga mendesak Amerika Serikat untuk mengizinkan Ukraina melakukan serangan.",
            "",
        ),
        (
            "Apakah Stoltenberg mendesak AS mengizinkan Ukraina menyerang wilayah Rusia?",
            "Ia juga mendesak Amerika Serikat untuk mengizinkan Ukraina melakukan serangan.",
            "",
        ),
        (
            "What did Stoltenberg want Ukraine to be allowed to use missiles for?",
            "Ia juga mendesak Amerika Serikat untuk mengizinkan Ukraina menggunakan rudal.",
            "",
        ),
        # a request for things asks for no deed; a noun after it ("pertemuan") is none either
        (
            "Apakah serangan Hamas mengalihkan perhatian AS?",
            "Ia meminta sistem pertahanan udara, rudal jarak jauh, dan amunisi di tengah "
            "kekhawatiran serangan Hamas dapat mengalihkan perhatian AS.",
            "",
        ),
        (
            "Kapan para menlu berkumpul di Bucharest?",
            "Stoltenberg akan meminta sekutu untuk menjanjikan bantuan pada pertemuan di "
            "Bucharest pada Selasa.",
            "",
        ),
        # the deed said before its request is done
        (
            "Apakah NATO menyetujui peta jalan?",
            "NATO menyetujui peta jalan dan meminta sekutu mendukung pusat pelatihan.",
            "",
        ),
    ],
)
def test_a_deed_only_asked_for_is_not_done(question: str, evidence: str, request_word: str) -> None:
    analyzed = analyze_question(question)
    verbs = claim_verbs(analyzed, claim(analyzed.text))
    asked = analyzed.text if analyzed.language == "id" else glossed(analyzed.text)
    assert only_requested(asked, evidence, verbs) == ([request_word] if request_word else [])


@pytest.mark.parametrize(
    "question",
    [
        "Where did Ardi post his comments about the Medan meeting?",
        "Di mana Ardi mengunggah komentarnya soal pertemuan Medan?",
        "Ardi menulis soal pertemuan Medan di mana?",
    ],
)
def test_where_posted_is_answered_by_the_platform(question: str) -> None:
    """A place the comments were about ranks first; the platform they were posted on answers."""
    analyzed, ranked = _ranked(
        question,
        "Ardi dan Budi membahas persiapan pertemuan selanjutnya di Medan, Sumatra Utara.",
        '"Di Medan, kita akan mengambil tindakan," ujar Ardi di Twitter.',
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.text.startswith("**Twitter**")


@pytest.mark.parametrize(
    "question",
    [
        "What did the company say about the deal?",
        "Perusahaan itu memproduksi apa?",
        # the imperative asks for the items, not for what they are called
        "Name the aid items sent to Lebak.",
        # what something is like is no name
        "Ardi beralih ke bahasa seperti apa terhadap warga?",
        "What kind of language did Ardi switch to?",
    ],
)
def test_a_kind_named_in_passing_asks_no_name(question: str) -> None:
    assert not NAME_ASKED.search(question)


@pytest.mark.parametrize(
    ("question", "sentence", "named"),
    [
        # which ones of a kind told apart by names: only a sentence that names them answers
        ("Which arms manufacturers did NATO push?", "NATO mendorong produsen senjata.", False),
        (
            "Produsen senjata mana saja yang didorong NATO?",
            "NATO mendorong produsen senjata Lockheed Martin dan Rheinmetall.",
            True,
        ),
        # a language, an aircraft, a brand are told by their names too
        (
            "In which language did Ardi speak to the crowd?",
            "Ardi berpidato kepada ribuan orang di Medan.",
            False,
        ),
        ("Ardi berpidato dalam bahasa apa?", "Ardi berpidato dalam bahasa Inggris.", True),
        ("pesawat tempur apa yang dijanjikan", "Sekutu menjanjikan senjata canggih.", False),
        ("pesawat tempur apa yang dijanjikan", "Sekutu menjanjikan pesawat tempur F-16.", True),
        # two words may stand between "which" and the kind, or the kind and "mana"
        (
            "Which US arms manufacturer had supply problems?",
            "Industri senjata AS punya masalah pasokan.",
            False,
        ),
        (
            "Perusahaan senjata AS mana yang bermasalah?",
            "Industri senjata AS punya masalah pasokan.",
            False,
        ),
    ],
)
def test_a_kind_asked_by_name_needs_its_names(question: str, sentence: str, named: bool) -> None:
    analyzed = analyze_question(question)
    assert NAME_ASKED.search(analyzed.text)
    assert gives_a_name(analyzed, sentence) is named


def test_a_close_sentence_that_says_the_decisive_word_answers() -> None:
    """The top sentence lacks the question's feeling ("khawatir"); the next one says it and as
    much of the question: it answers, rather than an abstention."""
    analyzed, ranked = _ranked(
        "Mengapa Ardi khawatir perhatian Lebak teralihkan?",
        "Perhatian Lebak teralihkan karena anggaran Ardi dicabut.",
        "Ardi khawatir perang di Medan dapat mengalihkan perhatian Lebak.",
    )
    ranked[1].coverage = ranked[0].coverage
    answer = compose(analyzed, [], ranked, model=None)
    assert not answer.abstained
    assert answer.citations[0].quote.startswith("Ardi khawatir")
    # ... but not one that says less of the question, even with the sentence before it
    analyzed, ranked = _ranked(
        "Mengapa Ardi khawatir perhatian Lebak teralihkan?",
        "Perhatian Lebak teralihkan karena anggaran Ardi dicabut.",
        "Ardi khawatir soal perang di Medan.",
    )
    ranked[1].previous = "Perang itu meletus pekan lalu."
    assert compose(analyzed, [], ranked, model=None).abstained
    # ... unless the sentence before it says the rest ("usulan tersebut")
    ranked[1].previous = "Perhatian Lebak teralihkan."
    assert not compose(analyzed, [], ranked, model=None).abstained


@pytest.mark.parametrize(
    "question",
    ["Apa kata diplomat kedua?", "diplomat kedua bilang apa", "What did the second diplomat say?"],
)
def test_the_words_asked_of_a_ranked_speaker_are_that_ones(question: str) -> None:
    """Of several unnamed speakers of one calling, the one the question ranks: "seorang
    diplomat kedua memperingatkan …" and the quote after it, "… kata diplomat itu", not the
    first diplomat's words."""
    answer = _answer_text(
        question,
        "“Musim dingin akan berat,” kata seorang diplomat senior Eropa.",
        "Namun seorang diplomat kedua memperingatkan bahwa pasokan senjata menipis.",
        "“Kami mengirim semaksimal mungkin,” kata diplomat itu.",
    )
    assert "berat" not in answer
    assert "menipis" in answer or "semaksimal" in answer


def test_words_of_unnamed_officials_name_no_one() -> None:
    """ "Siapa pejabat yang mengatakan …?" against "Menurut sejumlah pejabat, …": no name from
    a lower sentence stands in for the people the words are given to."""
    analyzed, ranked = _ranked(
        "Siapa pejabat yang mengatakan jaminan itu disampaikan setelah KTT berakhir?",
        "Menurut sejumlah pejabat, jaminan itu akan disampaikan setelah KTT berakhir.",
        "Jaminan itu juga dibahas Presiden Joe Biden setelah KTT.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained
    assert "“sejumlah pejabat”" in answer.text


@pytest.mark.parametrize(
    ("question", "sentence", "carries"),
    [
        # a verb asked is carried by its verb or event noun, not by its doer's noun
        ("Negara apa yang memimpin G7?", "Para pemimpin NATO bertemu di Vilnius.", False),
        ("Negara apa yang memimpin G7?", "Jerman memimpin G7 tahun ini.", True),
        ("Apa yang dibahas para menteri?", "Pembahasan itu berlangsung dua hari.", True),
        # a noun asked is carried by the noun
        ("Apa agenda KTT itu?", "Agenda KTT itu adalah pengukuhan dewan.", True),
    ],
)
def test_the_focus_verb_is_not_its_doers_noun(question: str, sentence: str, carries: bool) -> None:
    _, scored = _scored(analyze_question(question), sentence)
    assert scored[0].has_focus is carries


@pytest.mark.parametrize(
    ("word", "agent"),
    [
        ("pemimpin", True),
        ("penulis", True),
        ("Pemimpin", True),
        # a root that begins with "pe", and an event noun, are no doers
        ("perang", False),
        ("pesan", False),
        ("pertemuan", False),
        ("pembahasan", False),
    ],
)
def test_agent_nouns(word: str, agent: bool) -> None:
    assert _agent_noun(word) is agent


@pytest.mark.parametrize(
    ("question", "evidence", "opening"),
    [
        # a reason is the reason of the deed its sentence says: refusing troops is no leaving
        (
            "kenapa orban mau keluar dari nato",
            ("Orban menolak pengiriman tentara karena akan merugikan kepentingan nasional.",),
            "Maaf",
        ),
        # a deed said only as ruled out has no reason: the premise is corrected
        (
            "Mengapa Hongaria memveto peta jalan itu?",
            (
                "Hongaria berjanji tidak akan memveto peta jalan itu.",
                "Orban menolak karena akan merugikan kepentingan nasional.",
            ),
            "Tidak, artikel tidak menyebut hal itu; artikel justru menyebut sebaliknya: “tidak"
            " akan memveto peta jalan itu”",
        ),
        # the deed of the main clause, not of the scene ("saat ia berkunjung"), is the one
        # said, in another word form ("kekhawatirannya")
        (
            "Mengapa Zelensky khawatir saat ia berkunjung ke markas NATO?",
            ("Zelensky khawatir karena perang Hamas-Israel dapat mengalihkan perhatian.",),
            "Karena perang Hamas-Israel",
        ),
    ],
)
def test_a_reason_belongs_to_the_deed_asked(
    question: str, evidence: tuple[str, ...], opening: str
) -> None:
    assert _answer_text(question, *evidence).startswith(opening)


@pytest.mark.parametrize(
    ("question", "evidence", "opening"),
    [
        # the country the articles set the asked city in, not another the sentence names
        (
            "vilnius tuh di negara mana",
            (
                "Para anggota NATO membahas situasi di Ukraina dan pertemuan di Vilnius.",
                "Zelensky akan bergabung dengan para pemimpin NATO di Vilnius, Lithuania.",
            ),
            "**Lithuania**",
        ),
        (
            "Which country is Vilnius in?",
            ("Zelensky akan bergabung dengan para pemimpin NATO di Vilnius, Lithuania.",),
            "**Lithuania**",
        ),
    ],
)
def test_country_of_a_named_place(question: str, evidence: tuple[str, ...], opening: str) -> None:
    assert _answer_text(question, *evidence).startswith(opening)


@pytest.mark.parametrize(
    ("question", "evidence", "opening"),
    [
        (
            "Apa saja yang diminta Zelensky kepada sekutu?",
            "Zelensky meminta sistem pertahanan udara, rudal jarak jauh, dan amunisi di tengah "
            "kekhawatiran serangan Hamas.",
            "**sistem pertahanan udara, rudal jarak jauh, dan amunisi** [1].",
        ),
        (
            "Negara mana saja yang akan memberi jaminan keamanan kepada Ukraina?",
            "AS, Inggris, Prancis, dan Jerman diperkirakan akan memberi jaminan keamanan kepada "
            "Ukraina.",
            "**AS, Inggris, Prancis, dan Jerman** [1].",
        ),
        (
            "Which countries will give Ukraine security guarantees?",
            "AS, Inggris, Prancis, dan Jerman diperkirakan akan memberi jaminan keamanan kepada "
            "Ukraina.",
            "**United States, Britain, France, and Germany** [1].",
        ),
        # listed things in English, their describing words first
        (
            "What did Zelensky ask the allies for?",
            "Zelensky meminta sistem pertahanan udara, rudal jarak jauh, dan amunisi.",
            "**air defence systems, long-range missiles and ammunition** [1].",
        ),
        # items the noun table cannot put in English are quoted as the article's words
        (
            "What did Zelensky ask the allies for?",
            "Zelensky meminta sistem pertahanan udara, kapal selam, dan amunisi.",
            "The article lists: “sistem pertahanan udara, kapal selam, dan amunisi” [1].",
        ),
    ],
)
def test_a_listed_answer_opens_with_its_items(question: str, evidence: str, opening: str) -> None:
    analyzed, ranked = _ranked(question, evidence)
    for sentence in ranked:
        sentence.has_focus = bool(analyzed.focus) and analyzed.focus in token_set(sentence.text)
    assert compose(analyzed, [], ranked, model=None).text.startswith(opening)


def test_a_generic_word_for_someone_is_no_claim_detail() -> None:
    # "pihaknya" stands for the government named: the claim is the targeting
    text = _answer_text(
        "Apakah Moskow membenarkan bahwa pihaknya menargetkan infrastruktur Ukraina?",
        "Rusia mengakui menargetkan infrastruktur Ukraina.",
    )
    assert text.startswith("**Ya**")


@pytest.mark.parametrize(
    "question",
    [
        "Rusia mengaku tidak kalau menyerang infrastruktur Ukraina?",
        "rusia mengaku tidak kalau kalau mereka menyerang infrastruktur ukraina",
    ],
)
def test_the_or_not_tag_is_no_detail_of_the_claim(question: str) -> None:
    """ "Rusia ngaku nggak kalau nyerang …" (as normalised) claims the admission, not a "tidak"."""
    text = _answer_text(question, "Rusia mengakui menargetkan infrastruktur Ukraina.")
    assert text.startswith("**Ya**")


def test_a_claim_said_with_the_sentence_before_confirms_a_decisive_word() -> None:
    # "usulan tersebut" is the previous sentence's proposal: the veto sentence answers
    analyzed, ranked = _ranked(
        "Apakah Hongaria akan memveto usulan NATO soal pengiriman tentara ke Ukraina?",
        "Perdana Menteri Hongaria menolak pengiriman tentara ke Ukraina jika NATO melakukan "
        "intervensi.",
        "Namun, Hongaria berjanji tidak akan memveto usulan tersebut.",
    )
    ranked[1].previous = ranked[0].text
    assert compose(analyzed, [], ranked, model=None).text.startswith("**Tidak**")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a day and month asked without a year are of the report's year
        ("Benarkah Ardi dan Budi berbincang pada Rabu (5/7)?", "**Tidak**: artikel menyebut"),
        ("apakah ardi dan budi berbincang 5 juli", "**Tidak**: artikel menyebut"),
        ("Did Ardi and Budi talk on Wednesday, July 5, 2023?", "**No**: the article says"),
        ("Apakah Ardi dan Budi berbincang pada 4 Juli?", "**Ya**"),
        # ... and a month, with its part
        ("Apakah Ardi dan Budi berbincang pada akhir Mei?", "**Tidak**: artikel menyebut"),
        ("apakah ardi dan budi berbincang akhir mei", "**Tidak**: artikel menyebut"),
    ],
)
def test_a_claimed_day_without_a_year_is_compared(question: str, opening: str) -> None:
    evidence = "Ardi berbincang dengan Budi pada Selasa (4/7)."
    assert _answer_text(question, evidence).startswith(opening)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a capital claimed by its country is checked as the capital
        (
            "Apakah rapat menteri kesehatan digelar di ibu kota Belgia?",
            "**Tidak**: artikel menyebut Bucharest",
        ),
        (
            "Was the health ministers' meeting held in the Belgian capital?",
            "**No**: the article says Bucharest",
        ),
        ("Apakah rapat menteri kesehatan digelar di ibu kota Rumania?", "**Ya**"),
        # ... and a country claimed, by the capital the sentence names
        (
            "Apakah rapat menteri kesehatan digelar di Belgia?",
            "**Tidak**: artikel menyebut Bucharest",
        ),
        ("Apakah rapat menteri kesehatan digelar di Rumania?", "**Ya**"),
    ],
)
def test_a_claimed_capital_or_country_is_checked_against_the_city_said(
    question: str, opening: str
) -> None:
    evidence = "Rapat menteri kesehatan digelar di Bucharest pada Selasa."
    assert _answer_text(question, evidence).startswith(opening)


@pytest.mark.parametrize(
    ("sentence_text", "reversed_deed"),
    [
        # an opposite said of someone else reverses no claim of the one named
        ("“Rakyat tidak bisa menunggu sebelum mengakhiri perang,” ucapnya.", False),
        # ... said of them, or of the pronoun the sentence opens with, it does
        ("Wiranata resmi mengakhiri masa jabatannya.", True),
        ("Ia resmi mengakhiri masa jabatannya.", True),
    ],
)
def test_an_opposite_reverses_the_claim_only_said_of_its_doer(
    sentence_text: str, reversed_deed: bool
) -> None:
    analyzed, ranked = _ranked("Apakah Wiranata memperpanjang masa jabatannya?", sentence_text)
    ranked[0].previous = "Wiranata mengirim pesan kepada warga Lebak."
    assert bool(main_deed_reversed(analyzed, ranked[0])) is reversed_deed


@pytest.mark.parametrize(
    ("question", "evidence", "opening"),
    [
        # an outlet is where words went, no place claimed (no "Tidak: … Medan"; the order is
        # not told)
        (
            "Apakah Ardi kecewa sebelum menulis di Twitter?",
            "Dalam rapat di Medan, Ardi mengaku kecewa.",
            "Maaf",
        ),
        # a known place corrects before a building does
        (
            "Apakah rapat dewan digelar di Warsawa?",
            "Rapat dewan digelar di Istana Parlemen yang sama di Bucharest.",
            "**Tidak**: artikel menyebut Bucharest",
        ),
    ],
)
def test_the_place_a_claim_is_checked_by(question: str, evidence: str, opening: str) -> None:
    assert _answer_text(question, evidence).startswith(opening)


def test_a_yes_the_sentence_before_helps_confirm_cites_it_too() -> None:
    previous = "“Kami siap,” kata Ardi kepada ribuan orang di Medan."
    text = "Penjaga berjaga di atap selama pidato."
    context = f"{previous} {text}"
    start = len(previous) + 1
    analyzed = analyze_question("Apakah Ardi berpidato di depan ribuan orang?")
    sentence = Sentence(
        ArticleMeta(id="a", title="Berita", source="Harian Contoh", published=PUBLISHED),
        text,
        start,
        len(context),
        0,
        context,
        previous=previous,
        previous_start=0,
    )
    sentence.fact = extract_fact(analyzed, text, PUBLISHED, previous).text
    sentence.score, sentence.coverage = 1.0, 0.5
    answer = compose(analyzed, [], [sentence], model=None)
    assert answer.text.startswith("**Ya**")
    assert answer.citations[0].quote == context


@pytest.mark.parametrize(
    ("sentence_text", "previous", "denied"),
    [
        # a sentence silent on the deed a claim denies denies nothing by having no negation
        ("Lebak menjaga pasokan beras tetap mengalir ke Medan.", "", False),
        # ... nor does the sentence before that denies the deed too
        (
            "Pasokan beras tetap mengalir ke Medan.",
            "Lebak tidak akan mengurangi bantuan ke Medan.",
            False,
        ),
        # ... one that says the deed plainly does
        ("Lebak mengurangi bantuan ke Medan.", "", True),
    ],
)
def test_a_claim_that_denies_a_deed_is_denied_only_by_saying_it(
    sentence_text: str, previous: str, denied: bool
) -> None:
    analyzed, ranked = _ranked("Apakah Lebak tidak mengurangi bantuan ke Medan?", sentence_text)
    ranked[0].previous = previous
    text = compose(analyzed, [], ranked, model=None).text
    assert text.startswith("**Tidak**") is denied


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # satisfied and disappointed are opposite states: a claim of one is denied by the other
        ("Apakah Ardi puas dengan dewan?", "**Tidak**"),
        ("Was Ardi happy with the council?", "**No**"),
        ("Was Ardi satisfied with the council?", "**No**"),
        ("Was Ardi disappointed with the council?", "**Yes**"),
    ],
)
def test_a_claimed_feeling_is_denied_by_its_opposite(question: str, opening: str) -> None:
    evidence = "Ardi mengaku kecewa dengan dewan karena tidak ada batas waktu."
    assert _answer_text(question, evidence).startswith(opening)


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # a venue in the city the question names is not where else it asks about
        ("Setelah rapat dewan di Medan, kongres berikutnya di mana?", False),
        ("Di mana rapat dewan digelar?", True),
    ],
)
def test_a_seat_in_the_city_asked_from_is_no_answer(question: str, answered: bool) -> None:
    text = _answer_text(question, "Rapat dewan itu digelar di markas Lebak di Medan.")
    assert text.startswith("**") is answered


@pytest.mark.parametrize(
    ("question", "sentence_text", "told"),
    [
        # the sentence says the claim's date as claimed: another sentence's date is another
        # event's, no correction
        (
            "Apakah Ardi berdiskusi dengan Budi pada 4 Juli?",
            "Ardi bertemu Budi pada Selasa (4/7).",
            True,
        ),
        (
            "Apakah Ardi berdiskusi dengan Budi pada 4 Juli?",
            "Ardi bertemu Budi akhir April.",
            False,
        ),
        ("Apakah Ardi berdiskusi dengan Budi di Medan?", "Ardi bertemu Budi di Medan.", True),
        # ... no value claimed, none told
        ("Apakah Ardi berdiskusi dengan Budi?", "Ardi bertemu Budi pada Selasa (4/7).", False),
    ],
)
def test_a_sentence_says_the_claimed_values(question: str, sentence_text: str, told: bool) -> None:
    sentence = _sentence_alone(sentence_text)
    assert says_claimed_values(analyze_question(question), sentence) is told


@pytest.mark.parametrize(
    ("question", "evidence", "opening"),
    [
        # a "Tidak" to a question put negatively says what the sentence says instead
        (
            "Apakah Ardi tidak kecewa?",
            "Ardi mengaku kecewa dengan dewan.",
            "**Tidak**: artikel menyebut “mengaku kecewa”",
        ),
        (
            "ardi tidak kecewa kan sama dewan",
            "Ardi mengaku kecewa dengan dewan.",
            "**Tidak**: artikel menyebut “mengaku kecewa”",
        ),
        (
            "Was Ardi not disappointed?",
            "Ardi mengaku kecewa dengan dewan.",
            "**No**: the article says “mengaku kecewa”",
        ),
        ("Apakah Ardi tidak kecewa?", "Ardi tidak kecewa dengan dewan.", "**Ya** [1]"),
    ],
)
def test_a_negative_claim_denied_says_what_the_article_says(
    question: str, evidence: str, opening: str
) -> None:
    assert _answer_text(question, evidence).startswith(opening)


@pytest.mark.parametrize(
    ("evidence", "opening"),
    [
        # a topic's place, a next event's or an outlet is not where the claim's deed was
        (
            "Ardi dan Budi membahas situasi di Lebak dan persiapan kongres selanjutnya di Medan.",
            "Maaf",
        ),
        ("“Kami siap berbincang,” tulis Ardi bersama Budi di Twitter.", "Maaf"),
        # ... the place the sentence sets the deed in is
        ("Ardi dan Budi berbincang di Medan.", "**Tidak**: artikel menyebut Medan"),
    ],
)
def test_a_claimed_place_is_denied_only_by_where_the_deed_was(evidence: str, opening: str) -> None:
    assert _answer_text("Apakah Ardi dan Budi berbincang di Paris?", evidence).startswith(opening)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # the title orders its headline deed, where the sentence telling it orders nothing
        (
            "Apakah Ardi berbincang dengan Budi setelah kongres di Medan?",
            "**Tidak**: artikel menyebut “Jelang Kongres",
        ),
        ("Apakah Ardi berbincang dengan Budi sebelum kongres di Medan?", "**Ya**"),
    ],
)
def test_the_title_orders_its_headline_deed(question: str, opening: str) -> None:
    analyzed, ranked = _ranked(question, "Ardi berbincang dengan Budi pada Selasa soal kongres.")
    ranked[0].article = ArticleMeta(
        id="a", title="Ardi dan Budi Berbincang Jelang Kongres di Medan"
    )
    assert compose(analyzed, [], ranked, model=None).text.startswith(opening)


@pytest.mark.parametrize(
    ("question", "best", "close", "opening"),
    [
        # a close sentence that gives the claimed number otherwise answers "Tidak" with it
        (
            "Apakah Lebak beranggotakan 32 negara saat KTT Medan?",
            "Dalam KTT Lebak di Medan, Ardi kecewa karena Lebak tidak memberi batas waktu.",
            "Agenda KTT Medan adalah pengukuhan dewan Lebak yang beranggotakan 31 negara.",
            "**Tidak**: artikel menyebut 31 negara",
        ),
        # ... and one that puts the deed on the other side of the event
        (
            "Apakah jaminan keamanan dari Lebak akan disampaikan sebelum KTT Medan berakhir?",
            "Lebak diperkirakan akan mengeluarkan jaminan keamanan kepada Ardi.",
            "Menurut pejabat, jaminan ini akan disampaikan setelah KTT Medan berakhir.",
            "**Tidak**: artikel menyebut “setelah KTT Medan berakhir”",
        ),
        # ... and one that tells the claim's deed the other way round, however little else
        (
            "Apakah Ardi mengakhiri masa jabatannya sebagai bupati sebelum berbincang dengan "
            "Holmberg pada Selasa?",
            "Bupati Ardi berbincang dengan Holmberg pada Selasa untuk membahas banjir.",
            "Perbincangan ini terjadi setelah Ardi memperpanjang masa jabatannya.",
            "**Tidak**: artikel menyebut “memperpanjang masa jabatannya”",
        ),
    ],
)
def test_a_close_sentence_that_says_the_claim_otherwise_answers_no(
    question: str, best: str, close: str, opening: str
) -> None:
    analyzed, ranked = _ranked(question, best, close)
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.text.startswith(opening)
    assert answer.citations[0].quote == ranked[1].text


@pytest.mark.parametrize(
    ("question", "other", "said", "before"),
    [
        # words said to the asked addressee come first
        *(
            (
                question,
                "“Semua sudah setuju, Budi tahu itu,” kata Ardi akhir April lalu.",
                "“Kami akan mendukung Anda,” ujar Ardi kepada Budi di Medan.",
                "",
            )
            for question in (
                "Apa kata Ardi kepada Budi di Medan?",
                "apa kata ardi ke budi",
                "What did Ardi tell Budi in Medan?",
            )
        ),
        # ... and the topic is chosen among them
        *(
            (
                question,
                "“Bantuan musim dingin sudah dikirim,” kata Ardi.",
                "“Bantuan akan terus datang,” kata Ardi kepada Budi.",
                "",
            )
            for question in (
                "apa kata ardi ke budi soal bantuan musim dingin",
                "What did Ardi tell Budi about winter aid?",
            )
        ),
        # words that go on from a message the sentence before sent are said to its addressee
        (
            "apa kata ardi ke budi soal bantuan",
            "“Bantuan sudah dikirim ke Medan,” kata Ardi.",
            "“Bantuan akan terus datang,” ucapnya.",
            "Ardi mengirim pesan kepada Budi.",
        ),
        # a name in the topic is no addressee ("… ke rusia soal dukungan ke ukraina")
        (
            "apa kata ardi ke budi soal bantuan ke medan",
            "“Kami memberi bantuan kepada Medan,” kata Ardi.",
            "“Bantuan ke Medan terus datang,” ucapnya.",
            "Ardi mengirim pesan kepada Budi.",
        ),
        # a capital stands for its country, said to or about
        *(
            (
                question,
                "“Kami siap membantu,” kata Ardi kepada Budi.",
                "“Kami tidak akan mundur,” kata Ardi kepada Rusia.",
                "",
            )
            for question in ("Apa kata Ardi kepada Moskow?", "Apa kata Ardi soal Moskow?")
        ),
        # a topic said by the sentence the speaker's sentence points back to ("… tersebut")
        (
            "Apa janji Lebak soal usulan NATO?",
            "“Kami akan membantu,” kata Lebak.",
            "Namun, Lebak berjanji tidak akan memveto usulan tersebut.",
            "NATO mengajukan usulan baru.",
        ),
        # a crowd is any crowd: "di hadapan massa" is "kepada ribuan orang"
        *(
            (
                question,
                "Dalam rapat di Medan, Wiranata mengaku kecewa karena tidak ada batas waktu.",
                "“Medan akan lebih kuat,” kata Wiranata kepada ribuan orang di Medan.",
                "",
            )
            for question in (
                "Apa isi orasi Wiranata di hadapan massa di Medan?",
                "wiranata ngomong apa di depan massa di medan",
                "What did Wiranata tell the crowd in Medan?",
            )
        ),
    ],
)
def test_words_said_to_the_asked_addressee_are_chosen(
    question: str, other: str, said: str, before: str
) -> None:
    analyzed, ranked = _ranked(question, other, said)
    ranked[1].previous = before
    assert compose(analyzed, [], ranked, model=None).citations[0].quote == ranked[1].text


@pytest.mark.parametrize(
    ("asked", "reason"),
    [
        # the reason whose clause says what was asked, not the first marker
        ({"warga", "siap", "dingin", "gelap"}, "karena serangan Rusia di infrastruktur"),
        # nothing asked: the first
        (
            None,
            "untuk menjanjikan bantuan musim dingin, setelah presiden meminta warga untuk "
            "bersiap menghadapi dingin dan gelap karena serangan Rusia di infrastruktur",
        ),
    ],
)
def test_the_reason_of_the_clause_asked(asked: set[str] | None, reason: str) -> None:
    sentence = (
        "Ardi akan meminta sekutu untuk menjanjikan bantuan musim dingin, setelah presiden "
        "meminta warga untuk bersiap menghadapi dingin dan gelap karena serangan Rusia di "
        "infrastruktur."
    )
    assert extract_reason(sentence, asked) == reason


def test_why_someone_told_others_to_act_is_not_asked_in_their_words() -> None:
    """ "Why did Ardi tell people to brace …?": the reason the narrative gives answers, not a
    line Ardi said elsewhere."""
    analyzed, ranked = _ranked(
        "Mengapa Ardi bilang warga harus bersiap menghadapi dingin?",
        "Ardi mengatakan kepada warga untuk bersiap menghadapi dingin karena serangan di "
        "infrastruktur.",
        "“Kami memerlukan dukungan, itu sebabnya saya di sini,” kata Ardi.",
    )
    for sentence in ranked:
        sentence.attributed = "kata Ardi" in sentence.text
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.text.startswith("Karena serangan di infrastruktur")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kapan Zelensky tiba di markas NATO?", "id"),
        ("When did Zelensky arrive?", "en"),
        # no question word either way: English words against Indonesian and chat words
        ("ok thanks, anything else happening", "en"),
        ("hamas nyerang israel tgl brp sih", "id"),
        ("Zelensky NATO", "id"),
    ],
)
def test_the_language_asked_in(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("question", "sentence", "place"),
    [
        # where the situation talked about is, is not where the talk was
        ("Di mana Ardi dan Budi berbincang?", "Ardi dan Budi membahas situasi di Medan.", ""),
        ("Di mana Ardi berbicara?", "Ardi berbicara di Medan soal situasi di Lebak.", "Medan"),
        # ... unless the question asks where the war is
        ("Di mana perang berkecamuk?", "Ardi khawatir soal perang di Lebak.", "Lebak"),
    ],
)
def test_the_place_of_a_topic_is_no_place_of_the_deed(
    question: str, sentence: str, place: str
) -> None:
    assert extract_fact(analyze_question(question), sentence, PUBLISHED).text == place


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "Perbincangan Ardi dan Budi terjadi tak lama setelah peristiwa apa?",
            "**Budi resmi memperpanjang masa jabatannya** [1].",
        ),
        (
            "Ardi's talk with Budi came shortly after what development?",
            "The article says: “Budi resmi memperpanjang masa jabatannya” [1].",
        ),
    ],
)
def test_what_an_event_came_after(question: str, opening: str) -> None:
    text = _answer_text(
        question,
        "Ardi berbincang dengan Budi pada Selasa (4/7).",
        "Perbincangan ini terjadi tak lama setelah Budi resmi memperpanjang masa jabatannya.",
    )
    assert text.startswith(opening)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "Apakah Ardi berterima kasih lewat Instagram?",
            "**Tidak**: artikel menyebut Twitter [1].",
        ),
        ("Did Ardi thank them on Instagram?", "**No**: the article says Twitter [1]."),
    ],
)
def test_a_claim_on_another_platform_is_answered_no(question: str, opening: str) -> None:
    analyzed, ranked = _ranked(question, "“Terima kasih,” tulis Ardi via Twitter.")
    analyzed = replace(analyzed, unknown_entities=["instagram"])
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.text.startswith(opening) and not answer.abstained


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # the sentence that says the deed stops it: no lower sentence's date is the deed's
        (
            "Kapan Medan menerima rencana aksi keanggotaan dari Lebak?",
            "Tidak, artikel justru menyebut sebaliknya",
        ),
    ],
)
def test_a_stopped_deed_gets_no_other_sentences_fact(question: str, opening: str) -> None:
    text = _answer_text(
        question,
        "Namun, Lebak telah berhenti mengambil langkah konkret seperti memberi Medan rencana "
        "aksi keanggotaan.",
        "Pada tahun 2008, KTT Lebak di Medan setuju bahwa Medan akan menjadi anggota.",
    )
    assert text.startswith(opening)


def test_a_denial_of_another_deed_on_the_same_thing_leaves_the_date() -> None:
    """ "Turki menolak permohonan keanggotaan Swedia" denies another deed than the filing asked
    about, which the next sentence dates."""
    text = _answer_text(
        "Kapan Swedia mengajukan permohonan keanggotaan NATO?",
        "Turki menolak permohonan keanggotaan Swedia.",
        "Swedia mengajukan permohonan keanggotaan NATO pada Mei 2022.",
    )
    assert "Mei 2022" in text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "dated"),
    [
        # the meeting's date is no date of an admission the question vouches for ("resmi")
        ("Tanggal berapa Medan resmi diterima menjadi anggota dalam rapat Lebak?", False),
        ("Kapan rapat Lebak tentang keanggotaan Medan digelar?", True),
        # ... "sudah" says how things stood ("sudah berlangsung"), vouching for no deed
        ("Kapan rapat Lebak tentang keanggotaan Medan sudah berlangsung?", True),
    ],
)
def test_a_date_for_a_deed_vouched_done_needs_that_deed(question: str, dated: bool) -> None:
    text = _answer_text(
        question, "Rapat Lebak yang membahas keanggotaan Medan digelar pada Selasa (29/11/2022)."
    )
    assert ("Selasa" in text.split("\n")[0]) is dated


def test_an_asking_noun_makes_no_denied_phrase() -> None:
    """ "waktu KTT" (at the time of the summit) and "anggota" are not the denied "batas waktu
    untuk keanggotaan": the member count below answers."""
    text = _answer_text(
        "Lebak waktu KTT itu anggotanya berapa negara?",
        "Lebak tidak memberikan batas waktu untuk keanggotaan.",
        "Lebak beranggotakan 31 negara.",
    )
    assert text.startswith("**31 negara**")


@pytest.mark.parametrize(
    ("question", "said_otherwise"),
    [
        # a deed said only inside a stopped clause, however far after "berhenti"
        ("Apa isi rencana aksi yang diberikan Lebak kepada Medan?", True),
        # ... unless the question asks about the denial itself
        ("Rencana apa yang tak kunjung diberikan Lebak kepada Medan?", False),
        # a reason for the deed is asked as if it was done: the article says it was not
        ("Mengapa Lebak akhirnya memberikan rencana aksi keanggotaan kepada Medan?", True),
        ("Kenapa Lebak memberi Medan rencana aksi keanggotaan?", True),
        # ... unless the question asks why it was refused or stopped
        ("Mengapa Lebak menentang pemberian rencana aksi keanggotaan kepada Medan?", False),
        ("Mengapa Lebak berhenti memberi Medan rencana aksi keanggotaan?", False),
        # the manner of a deed is asked as if it was done too; a reaction is not
        ("Bagaimana cara Lebak memberi Medan rencana aksi keanggotaan?", True),
        ("Bagaimana sikap Lebak soal rencana aksi keanggotaan Medan?", False),
    ],
)
def test_a_deed_inside_a_denied_clause_is_not_said(question: str, said_otherwise: bool) -> None:
    analyzed, ranked = _ranked(
        question,
        "Namun, Lebak telah berhenti mengambil langkah konkret seperti memberi Medan rencana "
        "aksi keanggotaan.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.text.startswith("Tidak, artikel justru menyebut sebaliknya") is said_otherwise


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a choice between two things is answered with the one the article says
        ("Apakah Ardi tiba di Medan pada hari Rabu atau Kamis?", "**Rabu**"),
        ("Did Ardi arrive in Medan on Wednesday or Thursday?", "**Wednesday**"),
        ("Did Ardi arrive in Medan on Thursday or Wednesday?", "**Wednesday**"),
        # neither said: not told, never "Ya"
        ("Apakah Ardi tiba di Medan pada hari Senin atau Kamis?", "Maaf"),
        ("Was Ardi's visit to Medan a phone call or a video call?", "The articles do not"),
        # the or-not tag is no choice, nor is "… atau apa"
        ("Apakah Ardi tiba di Medan atau tidak?", "**Ya**"),
        ("Apakah Ardi tiba di Medan atau apa?", "**Ya**"),
        # two sides of an event are no choice of things: the claim is checked
        ("Apakah Ardi tiba sebelum atau sesudah rapat di Medan?", "Maaf"),
    ],
)
def test_a_choice_between_two_is_answered_with_the_one_said(question: str, opening: str) -> None:
    assert _answer_text(question, "Ardi tiba di Medan pada Rabu (11/10/2023).").startswith(opening)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a place in a sequence against another: the ordinal before "or" is the first choice,
        # whatever follows it ("… since the flood, or his second")
        ("Was Ardi's visit to Medan his first since the flood, or his second?", "**first**"),
        ("Was that Ardi's first visit to Medan since the flood or his second?", "**first**"),
        (
            "Apakah kunjungan Ardi ke Medan itu yang pertama sejak banjir, atau yang kedua?",
            "**pertama**",
        ),
    ],
)
def test_a_choice_between_two_places_in_a_sequence(question: str, opening: str) -> None:
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)),
        "Ini adalah kunjungan pertamanya ke Medan sejak banjir.",
    )
    # (the report names whom the choice is asked of: a choice is told only of them)
    ranked[0].previous = "Ardi tiba di Medan pada Rabu."
    assert compose(analyzed, [], ranked, model=None).text.startswith(opening)


@pytest.mark.parametrize(
    "question",
    [
        "Did Ardi and Wiranata talk about the upcoming council meeting in Medan?",
        "Apakah Ardi dan Wiranata membahas rapat dewan mendatang di Medan?",
    ],
)
def test_an_upcoming_event_claims_no_arrival(question: str) -> None:
    # "upcoming"/"mendatang" puts the meeting ahead in time; its stem "datang" (to arrive) is
    # no deed the sentence must say
    text = _answer_text(
        normalize_question(question, detect_language(question)),
        "Ardi mengungkap bahwa ia dan Wiranata membahas persiapan rapat dewan selanjutnya di "
        "Medan.",
    )
    assert text.startswith(("**Yes**", "**Ya**"))


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a verb or its opposite: the one the article says of what is asked about
        ("Apakah Lebak mengakui menyerang jembatan Medan atau membantah?", "**mengakui**"),
        ("apakah lebak mengakui menargetkan warga sipil atau membantah?", "**membantah**"),
    ],
)
def test_a_choice_between_a_verb_and_its_opposite_is_of_what_follows_it(
    question: str, opening: str
) -> None:
    text = _answer_text(
        question,
        "Lebak mengakui menyerang jembatan Medan.",
        "Ia membantah menargetkan warga sipil.",
    )
    assert text.startswith(opening)


@pytest.mark.parametrize(
    ("dateline", "title", "unsaid"),
    [
        # where the report was filed is the desk's place, not its events' ("JAKARTA -" over a
        # meeting in Brussels)
        ("Jakarta", "Ardi Tiba di Pelabuhan", ["jakarta"]),
        # a meeting named by its city is set there
        ("", "Ardi di Hari Kedua KTT Jakarta", []),
        # a capital only mentioned is no place an event is set in
        ("", "Bantuan untuk Jakarta Terus Mengalir", ["jakarta"]),
    ],
)
def test_the_place_an_article_sets_its_events_in(
    dateline: str, title: str, unsaid: list[str]
) -> None:
    analyzed = analyze_question("Apa kata Ardi saat bertemu Budi di Jakarta?")
    article = ArticleMeta(id="a", title=title, dateline=dateline)
    text = "“Kami siap,” kata Ardi kepada Budi."
    sentence = Sentence(article, text, 0, len(text), 0, text)
    assert _places_unsaid(analyzed, sentence, []) == unsaid


@pytest.mark.parametrize(
    ("dateline", "context", "lead", "unconfirmed"),
    [
        # the dateline is where the story happens when the passage names that place too
        ("Lebak", "Pada 2008, KTT di istana yang sama di Lebak setuju.", "", []),
        # ... or the article's opening does, paragraphs above the passage
        ("Lebak", "Pada 2008, KTT di istana yang sama setuju.", "Sidang di Lebak dibuka.", []),
        # ... not a desk's place the passage never names, nor a place only the passage names
        ("Lebak", "Pada 2008, KTT di istana yang sama setuju.", "", ["lebak"]),
        ("Jakarta", "Pada 2008, KTT di istana yang sama di Lebak setuju.", "", ["lebak"]),
        ("Lebak", "Pada 2008, KTT di istana yang sama setuju.", "Sidang di Medan.", ["lebak"]),
    ],
)
def test_a_dateline_the_passage_names_sets_the_story_there(
    dateline: str, context: str, lead: str, unconfirmed: list[str]
) -> None:
    question = analyze_question("Apakah para menteri di Lebak akan membahas permohonan Medan?")
    article = ArticleMeta(id="a", title="Para Menteri Bahas Bantuan", dateline=dateline)
    text = "Para menteri juga akan membahas permohonan Medan."
    sentence = Sentence(article, text, 0, len(text), 0, f"{text} {context}", article_lead=lead)
    assert check_claim(question, sentence).unconfirmed == unconfirmed


@pytest.mark.parametrize(
    ("sentence", "elsewhere"),
    [
        # a place the sentence's own event happens in is elsewhere ...
        ("Dalam rapat di Ukraina, para anggota membicarakan banyak hal.", ["vilnius"]),
        # ... not the place of a topic talked about
        ("Para anggota membicarakan banyak hal, termasuk situasi di Ukraina.", []),
    ],
)
def test_a_topics_place_sets_no_event_elsewhere(sentence: str, elsewhere: list[str]) -> None:
    question = analyze_question("Apa yang dibahas para anggota dewan di Vilnius?")
    best = Sentence(ArticleMeta(id="a", title="Berita"), sentence, 0, len(sentence), 0, sentence)
    assert _set_elsewhere(question, best) == elsewhere


def test_a_topic_the_question_asks_about_is_set_where_the_sentence_says() -> None:
    """ "Bagaimana situasi di Vilnius …?" asks of the situation itself: "situasi di Ukraina"
    is another one."""
    question = analyze_question("Bagaimana situasi di Vilnius menurut para anggota?")
    text = "Para anggota membicarakan banyak hal, termasuk situasi di Ukraina."
    best = Sentence(ArticleMeta(id="a", title="Berita"), text, 0, len(text), 0, text)
    assert _set_elsewhere(question, best) == ["vilnius"]


def test_a_dateline_sets_no_place_for_a_deed_told_at_another_time() -> None:
    """ "… beberapa hari setelah Ardi memperingatkan …" tells a warning before the story, set
    nowhere: the Lebak dateline does not place it there."""
    question = analyze_question("Apakah Ardi memperingatkan soal ketergantungan di Lebak?")
    article = ArticleMeta(id="a", title="Para Menteri Bahas Bantuan", dateline="Lebak")
    text = (
        "Para menteri juga akan membahas ketahanan, beberapa hari setelah Ardi memperingatkan "
        "soal ketergantungan baru."
    )
    context = f"{text} Pada 2008, KTT di istana yang sama di Lebak setuju."
    sentence = Sentence(article, text, 0, len(text), 0, context)
    assert check_claim(question, sentence).unconfirmed == ["lebak"]


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # joining is only supposed in the sentence: no reason for it having happened ...
        ("Mengapa Ardi masuk Lebak?", True),
        # ... but what is hard is not taken as done
        ("kenapa Ardi makin susah masuk Lebak", False),
        ("Why is it getting harder for Ardi to join Lebak?", False),
        # nor is a prospect's deed
        ("Mengapa prospek Ardi masuk Lebak makin suram?", False),
        ("Apa yang menyebabkan peluang Ardi diterima di Lebak makin rumit?", False),
        # what could be done is taken as done
        ("Kenapa Ardi bisa masuk Lebak?", True),
    ],
)
def test_a_deed_asked_as_hard_or_wanted_is_not_presupposed(question: str, abstains: bool) -> None:
    analyzed, ranked = _ranked(
        question, "Pasalnya, Budi pernah mengancam jika Ardi masuk Lebak, akan terjadi konflik."
    )
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


def test_an_opposite_under_a_negation_is_not_said() -> None:
    """No reduction ("tidak akan mengurangi") is no opposite of more ("menambah")."""
    assert not _abstains(
        "Apa yang Ardi yakinkan soal menambah bantuan untuk Medan?",
        "Ardi meyakinkan bahwa keputusan meningkatkan bantuan untuk Medan tidak akan "
        "mengurangi bantuan untuk Lebak.",
    )


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        ("Why did Ardi join Lebak?", True),
        # a prospect's deed is not taken as done
        ("Why did Ardi's chances of joining Lebak shrink?", False),
    ],
)
def test_an_english_prospect_is_not_presupposed(question: str, abstains: bool) -> None:
    evidence = (
        "Pasalnya, Budi pernah mengancam jika Ardi bergabung dengan Lebak, akan terjadi konflik."
    )
    assert _abstains(question, evidence) is abstains


@pytest.mark.parametrize(
    ("question", "titles"),
    [
        # the holder is named: the title's words are not what is asked
        (
            "Apa keputusan Sekretaris Jenderal NATO Jens Stoltenberg soal jabatannya?",
            {"sekretaris", "jenderal"},
        ),
        ("Kapan Menteri Luar Negeri Ukraina Dmytro Kuleba bicara?", {"menteri", "luar", "negeri"}),
        ("Kapan Presiden Zelensky tiba?", {"presiden"}),
        # the office is what is asked, or no name follows it
        ("Siapa Sekretaris Jenderal NATO?", set()),
        ("Siapa menteri luar negeri Rumania?", set()),
        ("kapan presiden ukraina tiba di markas nato", set()),
        # ... or whose office it is is two bodies: the meeting of their ministers is asked
        ("Kapan Sidang Menteri Pertahanan NATO-Ukraina digelar?", set()),
    ],
)
def test_the_title_of_a_named_holder_is_not_asked(question: str, titles: set[str]) -> None:
    assert titles_of_named(question) == titles
    assert not titles & set(analyze_question(question).terms)


@pytest.mark.parametrize(
    ("passage_text", "absent"),
    [
        # the article names the person by the office the passages give him
        ("Presiden Ukraina Oleksandr Petrenko tiba di Medan.", []),
        # an office of someone else is no mention of him
        ("Menteri Ukraina Dmytro Kovalenko tiba di Medan.", ["petrenko"]),
        ("Mantan presiden Ukraina Viktor Yushchenko tiba di Medan.", ["petrenko"]),
        ("Ia tinggal di luar Ukraina.", ["petrenko"]),
    ],
)
def test_a_person_asked_is_mentioned_by_his_office(passage_text: str, absent: list[str]) -> None:
    _, ranked = _ranked(
        "Berapa lama lagi Petrenko meminta warga bersiap?",
        "Presiden Ukraina meminta warga bersiap selama seminggu lagi.",
    )
    other = Chunk(id="b::0", article_id="b", index=0, text=passage_text, start=0, end=1)
    own = Chunk(id="a::0", article_id="a", index=0, text=ranked[0].text, start=0, end=1)
    passages = [
        Passage(chunk=other, article=ArticleMeta(id="b", title="Lain"), score=1.0),
        Passage(chunk=own, article=ranked[0].article, score=1.0),
    ]
    assert _names_absent([["petrenko"]], ranked[0], passages) == absent


@pytest.mark.parametrize(
    ("evidence", "answers"),
    [
        # the doers named by the verb's noun did not do the deed asked
        ("Oleksandr Petrenko akan bergabung dengan para pemimpin Lebak di Medan.", False),
        # the deed said
        ("Dewan Lebak dipimpin oleh Oleksandr Petrenko sejak Juli.", True),
        # one doer named by the noun did it
        ("Pemimpin Dewan Lebak, Oleksandr Petrenko, tiba di Medan.", True),
    ],
)
def test_who_did_a_deed_is_not_named_by_its_doers_noun(evidence: str, answers: bool) -> None:
    analyzed, ranked = _ranked("Siapa yang memimpin Dewan Lebak?", evidence)
    for sentence in ranked:  # (as `evidence.score_sentences` marks it)
        sentence.has_focus = _says_the_deed(sentence.text, analyzed.focus)
    assert (not compose(analyzed, [], ranked, model=None).abstained) is answers


@pytest.mark.parametrize(
    ("question", "evidence", "opening", "abstains"),
    [
        # another country does the deed: no reason of the one the question names
        (
            "Kenapa Prancis yang memegang presidensi G7 mengadakan rapat di Bucharest?",
            "Jerman, yang memegang kepresidenan G7, juga menjadwalkan pertemuan di Bucharest "
            "karena ingin mempercepat rekonstruksi.",
            "Maaf",
            True,
        ),
        # another day than the one the question takes as given: said, as an abstention
        (
            "Kenapa Zelensky tiba di markas NATO pada hari Jumat 13 Oktober 2023?",
            "Presiden Ukraina Volodymyr Zelensky pada Rabu (11/10/2023) tiba di markas NATO "
            "karena ingin meminta senjata.",
            "Praanggapan pertanyaan ini tidak sesuai dengan artikel, yang menyebut Rabu, "
            "11 Oktober 2023",
            True,
        ),
        # the same for what was done on a day the report does not give
        (
            "wiranata dateng ke medan tgl 3 juli 2023 ngapain aja",
            "Menteri Wiranata pada Rabu (11/10/2023) tiba di Medan untuk meresmikan jembatan.",
            "Praanggapan pertanyaan ini tidak sesuai dengan artikel, yang menyebut Rabu, "
            "11 Oktober 2023",
            True,
        ),
        (
            "What did Wiranata do in Medan on July 3, 2023?",
            "Menteri Wiranata pada Rabu (11/10/2023) tiba di Medan untuk meresmikan jembatan.",
            "The question's premise does not match the articles",
            True,
        ),
        # a country named only inside a compound is no doer; a place the reason's sentence
        # leaves out is no other place
        (
            "Mengapa Zelensky khawatir perhatian Amerika Serikat teralihkan di Brussels?",
            "Zelensky khawatir karena perang Hamas-Israel dapat mengalihkan perhatian.",
            "Karena perang Hamas-Israel",
            False,
        ),
    ],
)
def test_an_answer_holds_only_for_the_premise_its_sentence_reports(
    question: str, evidence: str, opening: str, abstains: bool
) -> None:
    analyzed, ranked = _ranked(question, evidence)
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.text.startswith(opening)
    assert answer.abstained is abstains


def test_a_request_only_is_no_not_yet() -> None:
    """ "Sudah diizinkan?" against "Ia mendesak AS … untuk mengizinkan": whether it was done is
    not reported, so no "Belum" either; said as an abstention."""
    analyzed, ranked = _ranked(
        "Apakah Amerika Serikat sudah mengizinkan Ukraina memakai rudal untuk menyerang Rusia?",
        "Ia mendesak Amerika Serikat untuk mengizinkan Ukraina menggunakan rudal untuk "
        "menyerang wilayah Rusia.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.text.startswith("Artikel tidak menyebut hal itu terjadi") and answer.abstained


def test_a_decisive_word_denied_in_the_sentence_before_is_not_said() -> None:
    """ "syarat Hongaria mau memveto" against the quote after "berjanji tidak akan memveto": the
    quote says the veto only through the denial before it, so it is no answer either."""
    analyzed, ranked = _ranked(
        "Apa syaratnya Hongaria mau memveto usulan itu?",
        "“Mereka mencari keterlibatan seluruh dunia,” kata Orban.",
    )
    ranked[0].previous = "Namun, Hongaria berjanji tidak akan memveto usulan tersebut."
    assert "veto" in _unconfirmed_premise(analyzed, ranked[0])


@pytest.mark.parametrize(
    ("question", "evidence", "unconfirmed"),
    [
        # being there is all that is claimed: a sentence about the meeting without him says
        # nothing of it
        (
            "Apakah Ardi hadir langsung di pertemuan menteri di Medan?",
            "Pertemuan menteri di Medan akan fokus pada bantuan.",
            ["ardi"],
        ),
        (
            "Apakah Ardi hadir di pertemuan menteri di Medan?",
            "Ardi hadir di pertemuan menteri di Medan.",
            [],
        ),
        # ... attending, in English, as well
        (
            "Did Ardi attend the ministers' meeting in Medan?",
            "Pertemuan menteri di Medan akan fokus pada bantuan.",
            ["ardi"],
        ),
    ],
)
def test_presence_is_confirmed_only_by_a_sentence_naming_who(
    question: str, evidence: str, unconfirmed: list[str]
) -> None:
    analyzed, ranked = _ranked(question, evidence)
    assert check_claim(analyzed, ranked[0], confirming=True).unconfirmed == unconfirmed


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a day the sentence gives otherwise: another event's place
        (
            "Di kota mana Ardi berpidato pada 4 Juli 2023?",
            "Praanggapan pertanyaan ini tidak sesuai dengan artikel, yang menyebut Rabu, "
            "11 Oktober 2023",
        ),
        # a month anchors something else, as does a day after an order word
        ("Di kota mana Ardi tiba pada Oktober 2023?", "**Medan**"),
        ("Di kota mana Ardi tiba setelah 4 Juli 2023?", "**Medan**"),
        ("Di kota mana Ardi tiba pada 11 Oktober 2023?", "**Medan**"),
        # only the question's day is compared, not its other dates
        ("Di kota mana Ardi tiba pada 11 Oktober 2023, sejak perang Februari 2022?", "**Medan**"),
    ],
)
def test_a_place_or_person_dated_otherwise_is_of_another_event(question: str, opening: str) -> None:
    analyzed, ranked = _ranked(question, "Ardi pada Rabu (11/10/2023) tiba di Medan.")
    assert compose(analyzed, [], ranked, model=None).text.startswith(opening)


def test_a_lower_sentences_person_must_say_the_questions_key_word() -> None:
    """ "Siapa yang memimpin sidang …?": the top sentence names no one, and the lower one that
    does shares only the meeting ("bertemu"), not the leading asked about."""
    analyzed, ranked = _ranked(
        "Siapa yang memimpin sidang pertama dewan desa di Medan?",
        "Sidang pertama dewan desa digelar di Medan.",
        "Ardi juga akan bertemu secara terpisah dengan Bupati Budi Santoso di Medan.",
    )
    assert analyzed.focus and ranked[1].fact
    assert compose(analyzed, [], ranked, model=None).abstained


_NEXT_MEETING = (
    "Dalam perbincangan itu, Ardi dan Budi membahas persiapan pertemuan dewan selanjutnya di Medan."
)
_STRIKE_AREA = (
    "Ardi mendesak negara anggota di Uni Eropa untuk mengizinkan Budi memakai rudal untuk "
    "melakukan serangan di wilayah Rusia."
)


@pytest.mark.parametrize(
    ("question", "sentence", "place"),
    [
        # the dated talk did not happen where the next meeting will
        ("Di mana Ardi dan Budi bertemu pada 4 Juli 2023?", _NEXT_MEETING, ""),
        # ... which is what a question about the next meeting, or an undated one, asks
        ("Di mana pertemuan selanjutnya yang dibahas Ardi dan Budi?", _NEXT_MEETING, "Medan"),
        ("pertemuan yang dibahas Ardi dan Budi diadakan di mana?", _NEXT_MEETING, "Medan"),
        # a year is no day, and "selanjutnya" after a verb is "then", no next event
        ("Di mana pertemuan dewan 2024 diadakan?", _NEXT_MEETING, "Medan"),
        (
            "Ke mana Ardi terbang pada 4 Juli 2023?",
            "Ardi selanjutnya terbang ke Medan pada Selasa (4/7/2023).",
            "Medan",
        ),
        # an area of a named country is a place, and a talked-of noun the question asks about
        # in another form ("menyerang" for "serangan") is where it happens
        ("Ardi meminta Budi memakai rudal untuk menyerang ke mana?", _STRIKE_AREA, "wilayah Rusia"),
        # ... unless the question asks another place
        ("Di mana negara anggota yang diminta Ardi?", _STRIKE_AREA, "Uni Eropa"),
        # ... and a country question is answered by the area's country
        (
            "Di negara mana Ardi ingin melakukan serangan?",
            "Ardi ingin melakukan serangan di wilayah Rusia.",
            "Rusia",
        ),
    ],
)
def test_the_place_of_the_event_asked(question: str, sentence: str, place: str) -> None:
    assert extract_fact(analyze_question(question), sentence, PUBLISHED).text == place


@pytest.mark.parametrize(
    ("question", "sentences", "abstains", "quoted"),
    [
        # the best sentence says the time asked is not known: no date from another sentence
        (
            "Kapan perang di Lebak berakhir?",
            [
                '"Tidak ada yang tahu kapan dan bagaimana perang di Lebak berakhir," kata Ardi.',
                "Ardi berbicara kepada wartawan akhir April lalu di Medan soal perang.",
            ],
            True,
            "Tidak ada yang tahu kapan",
        ),
        (
            "When will the war in Lebak end?",
            [
                '"Tidak ada yang tahu kapan dan bagaimana perang di Lebak berakhir," kata Ardi.',
                "Ardi berbicara kepada wartawan akhir April lalu di Medan soal perang.",
            ],
            True,
            "not known",
        ),
        (
            "Siapa pengganti Ardi di dewan Lebak?",
            ["Belum diketahui siapa pengganti Ardi di dewan Lebak.", "Budi hadir di dewan Lebak."],
            True,
            "belum diketahui",
        ),
        # not known of something else: the date of what was asked still answers
        (
            "Kapan Ardi tiba di Medan?",
            [
                "Ardi tiba di Medan pada 3 Mei 2021.",
                "Tidak ada yang tahu kapan perang di Lebak akan berakhir.",
            ],
            False,
            "",
        ),
    ],
)
def test_a_report_that_says_it_is_not_known_is_quoted_not_overridden(
    question: str, sentences: list[str], abstains: bool, quoted: str
) -> None:
    analyzed, ranked = _ranked(question, *sentences)
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained is abstains
    assert quoted in answer.text


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # what a deed was done to avoid did not happen: the deed's date is not its date
        ("Kapan penutupan pemerintah di Lebak terjadi?", True),
        ("When did the Lebak government shutdown happen?", True),
        # the deed itself is dated, also when asked with its purpose
        ("Kapan anggaran Lebak dicabut?", False),
        ("Kapan anggaran Lebak dicabut untuk menghindari penutupan pemerintah?", False),
        # a deed that only sets the scene is no deed asked
        ("Kapan penutupan pemerintah di Lebak terjadi setelah anggaran dicabut?", True),
    ],
)
def test_what_was_avoided_has_no_date(question: str, abstains: bool) -> None:
    analyzed, ranked = _ranked(
        question,
        "Pada 3 Mei 2021, anggaran Lebak dicabut untuk menghindari penutupan pemerintah.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained is abstains
    if abstains:
        assert "menghindari penutupan pemerintah" in answer.text
    else:
        assert "3 Mei 2021" in answer.text


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # what was avoided has no reason for happening either
        ("Mengapa penutupan pemerintah di Lebak terjadi?", True),
        # ... while the deed done to avoid it has that as its reason
        ("Mengapa anggaran Lebak dicabut?", False),
    ],
)
def test_what_was_avoided_has_no_reason(question: str, abstains: bool) -> None:
    analyzed, ranked = _ranked(
        question, "Anggaran Lebak dicabut karena harus menghindari penutupan pemerintah."
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained is abstains
    assert "menghindari penutupan pemerintah" in answer.text


@pytest.mark.parametrize(
    ("question", "sentence", "coverage"),
    [
        # asked when something ends, the "akhir" of a date ("akhir April") covers nothing
        ("Kapan perang Lebak berakhir?", "Ardi tiba di Lebak akhir April 2021.", 0.0),
        ("Kapan perang Lebak berakhir?", "Perang di Lebak berakhir akhir April 2021.", 1.0),
        # other questions read the sentence whole
        ("Mengapa perang Lebak berakhir?", "Ardi tiba di Lebak akhir April 2021.", 0.5),
    ],
)
def test_a_date_covers_no_word_of_a_when_question(
    question: str, sentence: str, coverage: float
) -> None:
    _, scored = _scored(analyze_question(question), sentence)
    assert scored[0].predicate_coverage == pytest.approx(coverage)


_PALACE = (
    "Pada tahun 2008, pertemuan dewan di Istana Lebak, yang dibangun di bawah raja Ardi yang"
    " digulingkan pada tahun 1989, setuju bahwa Medan akan bergabung."
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the deed asked is told only in a relative clause without a date: no date answers
        ("Kapan Istana Lebak dibangun?", None),
        ("When was the Lebak Palace built?", None),
        # ... nor when the year is asked
        ("Tahun berapa Istana Lebak dibangun?", None),
        ("In what year was the Lebak Palace built?", None),
        ("Tahun berapa raja Ardi digulingkan?", "1989"),
        # the relative clause's own date, and the main clause's, answer their own deeds
        ("Kapan raja Ardi digulingkan?", "1989"),
        ("Kapan pertemuan dewan di Istana Lebak setuju Medan akan bergabung?", "2008"),
    ],
)
def test_a_date_belongs_to_its_own_clause(question: str, answer: str | None) -> None:
    analyzed, ranked = _ranked(question, _PALACE)
    composed = compose(analyzed, [], ranked, model=None)
    if answer is None:
        assert composed.abstained
    else:
        assert not composed.abstained
        assert answer in composed.text.split("[1]")[0]


def test_a_person_of_another_office_answers_no_who_question_of_an_office() -> None:
    """A name found in a sentence that gives no office (as a quote's speaker may be) does not
    answer for an office the passages give that person no title of."""
    question = "Siapa menteri pertahanan Medan yang hadir di sidang Lebak?"
    for office, abstains in (
        ("Sekretaris Jenderal Dewan Lebak Ardi Wiratama membuka sidang itu.", True),
        ("Menteri Pertahanan Medan Ardi Wiratama membuka sidang itu.", False),
    ):
        quote = "“Medan hadir di sidang Lebak,” kata Wiratama."
        analyzed, ranked = _ranked(question, quote, office)
        ranked[0].fact, ranked[0].binding = "Wiratama", 0.5
        assert compose(analyzed, [], ranked, model=None).abstained is abstains


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # the reason given is the refusal's: the deed asked was refused, not done
        ("Mengapa Lebak mengirim tentara ke Medan?", True),
        ("Why did Lebak send troops to Medan?", True),
        # asked about the refusal itself, the reason answers
        ("Mengapa Lebak menolak mengirim tentara ke Medan?", False),
        ("Apa alasan di balik penolakan Lebak atas pengiriman tentara ke Medan?", False),
        ("Why is Lebak against sending troops to Medan?", False),
    ],
)
def test_the_reason_of_a_refusal_is_no_reason_of_the_deed(question: str, abstains: bool) -> None:
    analyzed, ranked = _ranked(
        question,
        "Perdana Menteri Lebak menolak pengiriman tentara ke Medan karena merugikan negaranya.",
        # (another deed of sending, close by: the deed is said, only not of the reason's)
        "Lebak juga mengirimkan pesan kepada Medan.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained is abstains
    if abstains:
        assert "“menolak pengiriman”" in answer.text


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # the question asks who makes the request: its doer answers
        ("Who is going to press the allies to pledge more winter aid for Medan?", False),
        ("Who will ask the allies to pledge more winter aid for Medan?", False),
        # the deed requested is asked about as done: not reported
        ("When did the allies pledge more winter aid for Medan?", True),
    ],
)
def test_a_request_asked_about_in_english_is_no_deed_only_asked_for(
    question: str, abstains: bool
) -> None:
    analyzed, ranked = _ranked(
        question,
        "Ketua Ardi Wiratama akan meminta sekutu untuk menjanjikan lebih banyak bantuan musim "
        "dingin untuk Medan pada 3 Mei 2021.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained is abstains
    assert ("Ardi Wiratama" in answer.text.split("[1]")[0]) is not abstains


def test_a_sentence_opening_with_its_reason_answers_why_for_the_one_before() -> None:
    """ "Pasalnya, …" gives the reason of the sentence before it, which states what was asked
    without a reason of its own."""
    question = "Why did the war make Lebak's chances of joining the council more complicated?"
    told = "Sementara itu, perang membuat peluang Lebak bergabung dengan dewan kian pelik."
    analyzed, ranked = _ranked(question, told, "Pasalnya, Medan pernah mengancam Lebak.")
    ranked[1].previous = told
    ranked[1].fact = "Karena Medan pernah mengancam Lebak"
    answer = compose(analyzed, [], ranked, model=None)
    assert "Medan pernah mengancam Lebak" in answer.text.split("[1]")[0]
    # ... not a sentence that follows another one
    analyzed, ranked = _ranked(question, told, "Pasalnya, Medan pernah mengancam Lebak.")
    ranked[1].previous = "Ardi tiba di Medan."
    ranked[1].fact = "Karena Medan pernah mengancam Lebak"
    answer = compose(analyzed, [], ranked, model=None)
    assert "Medan pernah mengancam" not in answer.text.split("[1]")[0]


def test_a_relative_clause_is_dated_after_a_comma_too() -> None:
    analyzed, ranked = _ranked(
        "Kapan Jembatan Lebak diresmikan?",
        "Jembatan Lebak yang diresmikan Bupati Ardi, Selasa (11/7/2023), memangkas waktu tempuh.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert not answer.abstained
    assert "11 Juli 2023" in answer.text.split("[1]")[0]


def test_not_known_of_another_place_is_no_answer() -> None:
    """ "Tidak ada yang tahu kapan gencatan senjata di Medan berlaku" says nothing of Lebak."""
    analyzed, ranked = _ranked(
        "Kapan gencatan senjata di Lebak berlaku?",
        "Tidak ada yang tahu kapan gencatan senjata di Medan berlaku.",
    )
    ranked[0].entity_coverage = 0.0
    assert "belum diketahui" not in compose(analyzed, [], ranked, model=None).text


def test_a_deed_not_held_back_has_its_reason() -> None:
    """ "tidak ragu mengirim" affirms the sending: its reason answers."""
    analyzed, ranked = _ranked(
        "Mengapa Lebak mengirim tentara ke Medan?",
        "Lebak tidak ragu mengirim tentara ke Medan karena perjanjian pertahanan.",
        "Lebak juga mengirimkan pesan kepada Medan.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert not answer.abstained
    assert "perjanjian pertahanan" in answer.text.split("[1]")[0]


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # a visit asked why: the speaker's reason for being here, not another's purpose
        ("Mengapa Ardi datang ke Lebak?", "butuh bantuan"),
        ("Kenapa Ardi mengunjungi Lebak?", "butuh bantuan"),
        ("Why did Ardi visit Lebak?", "butuh bantuan"),
        # another deed asked why: its own reason
        ("Mengapa warga bertemu di Lebak?", "membahas banjir"),
    ],
)
def test_a_visit_is_explained_by_the_speakers_reason_for_being_here(
    question: str, reason: str
) -> None:
    text = _answer_text(
        question,
        "Di Lebak, warga bertemu untuk membahas banjir.",
        "Ardi tiba di Lebak pada Senin.",
        "Ini kunjungan pertama Ardi ke Lebak.",
        '"Warga Lebak butuh bantuan. Itu sebabnya saya di sini," kata Ardi.',
    )
    assert reason in text.split("\n")[0]


@pytest.mark.parametrize(
    ("sentence", "asked", "reason"),
    [
        # ", jadi …": the clause before is why the one after happened
        (
            "Hujan turun deras, jadi warga Lebak mengungsi.",
            {"warga", "ungsi"},
            "Karena hujan turun deras",
        ),
        (
            "“Musim ini berat, sehingga kami menambah bantuan,” kata Ardi.",
            {"tambah", "bantu"},
            "Karena musim ini berat",
        ),
        # ... not when what is asked is the clause before: that has no reason here, nor is
        # the purpose of the result's deed one
        ("Hujan turun deras, jadi warga Lebak mengungsi.", {"hujan", "deras"}, ""),
        ("Hujan turun deras, jadi warga mengungsi untuk selamat.", {"hujan", "deras"}, ""),
    ],
)
def test_a_clause_before_its_result_is_its_reason(
    sentence: str, asked: set[str], reason: str
) -> None:
    assert extract_reason(sentence, asked) == reason


@pytest.mark.parametrize(
    "question",
    [
        "Mengapa Ardi mengatakan mereka bekerja memperkuat bantuan agar tangguh?",
        "knp ardi bilang bantuan hrs diperkuat biar tangguh",
        "Apa alasan Ardi menyebut bantuan perlu dikuatkan supaya tahan lama?",
        "Why did Ardi say they were working to strengthen their aid?",
    ],
)
def test_a_deed_the_question_gives_as_an_aim_is_said_by_a_purpose(question: str) -> None:
    """The deed asked is itself an aim (worked to strengthen, must be strengthened): the
    sentence's purpose says it, and the clause before "jadi" is why."""
    text = _answer_text(
        question,
        "“Ini akan menjadi musim yang berat bagi Lebak, jadi kami bekerja untuk memperkuat "
        "bantuan kami agar tangguh,” kata Ardi.",
    )
    assert "musim yang berat" in text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # said only as a purpose, the deed was not done: no reason for it
        ("Mengapa Ardi diterima di Lebak?", True),
        # (also when the question says it must be done: no one is reported saying so)
        ("Mengapa Ardi harus diterima di Lebak?", True),
        # the deed done, with its purpose, is answered
        ("Mengapa Ardi terus bergerilya di Lebak?", False),
    ],
)
def test_a_deed_said_only_as_a_purpose_has_no_reason(question: str, abstains: bool) -> None:
    evidence = (
        "Ardi terus bergerilya di Lebak untuk menggalang dukungan agar dapat diterima sebagai "
        "warga."
    )
    assert _abstains(question, evidence) is abstains


@pytest.mark.parametrize(
    ("question", "texts", "header"),
    [
        # one sentence found, listing nothing: it is the answer, not a list of one
        (
            "What weapons did Ardi urge the allies to send?",
            ("Ardi mendesak sekutu mengirim rudal yang dipasok Barat ke Medan.",),
            False,
        ),
        # items from several reports are a list under its header
        (
            "Apa saja yang diminta Ardi?",
            (
                "Ardi meminta rudal untuk Medan.",
                "Ardi juga meminta amunisi untuk pasukan di Lebak.",
            ),
            True,
        ),
    ],
)
def test_a_list_of_one_sentence_is_that_sentence(
    question: str, texts: tuple[str, ...], header: bool
) -> None:
    text = _answer_text(question, *texts)
    assert text.startswith(("According to the articles:", "Menurut artikel-artikel:")) == header
    assert "rudal" in text


@pytest.mark.parametrize(
    ("question", "sentence", "binding"),
    [
        # the sentence itself gives the name the role asked: bound as closely as can be, so
        # it outranks a sentence that only names someone near the question's words
        (
            "Siapa penyokong utama Lebak?",
            "Ia meminta amunisi di tengah kekhawatiran perhatian Amerika Serikat selaku "
            "penyokong utama Lebak teralihkan.",
            1.0,
        ),
        (
            "Which country is Lebak's main backer?",
            "Ia meminta amunisi di tengah kekhawatiran perhatian Amerika Serikat selaku "
            "penyokong utama Lebak teralihkan.",
            1.0,
        ),
    ],
)
def test_a_role_given_by_apposition_binds_its_holder(
    question: str, sentence: str, binding: float
) -> None:
    fact = extract_fact(analyze_question(question), sentence, PUBLISHED)
    assert (fact.text, fact.binding) == ("Amerika Serikat", binding)


@pytest.mark.parametrize(
    "question",
    [
        "When did Lebak officially become a member after the Medan summit?",
        "Kapan Lebak resmi menjadi anggota setelah KTT Medan?",
    ],
)
def test_a_name_that_only_sets_when_is_no_other_claim(question: str) -> None:
    """The best sentence need not name the summit the question dates the claim by: the claim
    is still only planned there."""
    answer = _answered_from_one_passage(
        question,
        "Pada 2008, dewan di Bucharest setuju bahwa Lebak pada akhirnya akan menjadi anggota.",
        "KTT Medan digelar pada Juli 2023.",
    )
    assert answer.text.startswith(("**Not yet**", "**Belum**")) and answer.abstained


def test_a_name_the_text_before_a_passage_gives_is_the_articles() -> None:
    """ "Ia juga mendesak …" opens a passage whose "Ia" the chunk before names: the article
    does name the person asked about, so its sentence is not dropped for another report's."""
    answer = _answered_from_one_passage(
        "Wiratama mendesak agar Lebak diizinkan memakai rudal untuk menyerang di mana?",
        "Ia juga mendesak negara-negara dewan untuk mengizinkan Lebak menggunakan rudal untuk "
        "melakukan serangan di wilayah Kota Baru.",
        lead_in="Ketua dewan Ardi Wiratama juga telah mengirimkan pesan yang jelas.",
    )
    assert answer.text.startswith("**wilayah Kota Baru**")


def test_a_sentence_giving_the_role_asked_answers_before_one_naming_someone_near() -> None:
    answer = _answered_from_one_passage(
        "Siapa penyokong utama Lebak menurut berita Ardi?",
        "“Musim dingin berat,” kata Ardi kepada media dengan Gubernur Budi Santoso di Lebak.",
        "Ia meminta amunisi di tengah kekhawatiran perhatian Amerika Serikat selaku penyokong "
        "utama Lebak teralihkan.",
    )
    assert answer.text.startswith("**Amerika Serikat**")


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("Di kota mana di Polandia pusat pelatihan itu berada?", ["polandia"]),
        # chat writes the country in lower case: still the country the answer must lie in
        ("pusat pelatihan di polandia itu di kota mana", ["polandia"]),
        ("Di kota mana pusat pelatihan itu berada?", []),
    ],
)
def test_a_place_answered_must_lie_in_the_country_asked(question: str, missing: list[str]) -> None:
    analyzed, ranked = _ranked(question, "Sidang dua hari itu digelar di markas dewan di Brussels.")
    assert _places_missing(analyzed, ranked[0]) == missing


@pytest.mark.parametrize(
    ("question", "opening", "abstains"),
    [
        # a deed claimed during a meeting that the report puts after it: "Tidak", cited to the
        # sentence that says when
        ("Apakah jaminan AS untuk Lebak disampaikan selama KTT Medan?", "**Tidak**", False),
        # ... a claim of another deed it tells less of: no "Ya", the clause that says when shown
        ("jaminan keamanan dr as buat lebak dikasih pas ktt medan kan", "Maaf", True),
        ("Apakah jaminan untuk Lebak dibahas selama KTT Medan?", "Maaf", True),
        # ... a claim of a speech the sentence does not tell, nor the officials whose account
        # it gives
        ("Apakah Wiranata menyampaikan pidato selama KTT Medan?", "", None),
        ("Apakah para pejabat berbicara selama KTT Medan?", "", None),
        # ... but a claim that sets no time is compared as any other
        ("Apakah AS akan mengeluarkan jaminan keamanan untuk Lebak?", "", None),
    ],
)
def test_a_deed_said_to_come_after_a_meeting_is_not_confirmed_during_it(
    question: str, opening: str, abstains: bool | None
) -> None:
    answer = _answered_from_one_passage(
        question,
        "AS diperkirakan akan mengeluarkan jaminan keamanan untuk Lebak.",
        "Menurut sejumlah pejabat, jaminan ini akan disampaikan setelah KTT Medan berakhir.",
    )
    if opening:
        assert answer.text.startswith(opening) and answer.abstained is abstains
        assert "setelah KTT Medan berakhir" in answer.text
    else:
        assert not answer.text.startswith("**Tidak**: artikel menyebut hal itu sesudahnya")


@pytest.mark.parametrize(
    ("question", "texts", "opening"),
    [
        # the sentence that sets the meeting elsewhere answers "Tidak" with its place, though a
        # sentence that names the claimed place (all the names, as the ranker counts them)
        # ranks first
        (
            "Apakah Rapat Menteri Kesehatan diadakan di Warsawa?",
            (
                ("Pusat pelatihan menteri kesehatan akan dibangun di Warsawa.", 1.0),
                ("Kesepakatan diambil pada hari pertama Rapat Menteri Kesehatan di Jakarta.", 0.7),
            ),
            "**Tidak**: artikel menyebut Jakarta",
        ),
        # ... never by a sentence about another event whose place differs
        (
            "Apakah Rapat Menteri Kesehatan diadakan di Medan?",
            (
                ("Kesepakatan diambil pada hari pertama Rapat Menteri Kesehatan di Medan.", 1.0),
                ("Pertemuan itu sebelum konferensi puncak presiden di Surabaya.", 1.0),
            ),
            "**Ya**",
        ),
    ],
)
def test_a_claimed_place_is_checked_against_the_sentence_about_the_same_event(
    question: str, texts: tuple[tuple[str, float], ...], opening: str
) -> None:
    analyzed, ranked = _ranked(question, *(text for text, _ in texts))
    for sentence, (_, names_said) in zip(ranked, texts, strict=True):
        sentence.entity_coverage = names_said
    assert compose(analyzed, [], ranked, model=None).text.startswith(opening)


@pytest.mark.parametrize(
    ("question", "unconfirmed"),
    [
        # a light verb no article uses claims no deed besides the meeting's own
        ("Apakah rapat menteri kesehatan diadakan di Medan?", []),
        ("Apakah rapat menteri kesehatan digelar di Medan?", []),
        # ... a full verb no article uses is a deed they never report
        ("Apakah rapat menteri kesehatan dibubarkan di Medan?", ["bubar"]),
    ],
)
def test_a_light_verb_no_article_uses_claims_nothing_unheard(
    question: str, unconfirmed: list[str]
) -> None:
    analyzed, ranked = _ranked(
        question, "Kesepakatan diambil pada hari pertama rapat menteri kesehatan di Medan."
    )
    # (as the corpus vocabulary would mark them: no article says the verb)
    verb = {"diadakan": "ada", "digelar": "gelar", "dibubarkan": "bubar"}
    analyzed.unknown_terms = [verb[w] for w in question.split() if w in verb]
    assert check_claim(analyzed, ranked[0], confirming=True).unconfirmed == unconfirmed


@pytest.mark.parametrize(
    ("question", "evidence", "speaker"),
    [
        # the name right after the speech verb speaks, not a titled name further on
        (
            "Siapa yang mengatakan bertahan selama musim hujan adalah hal yang besar?",
            "“Bertahan selama musim hujan adalah hal yang besar,” kata Ardi saat berbicara "
            "kepada media dengan Menteri Kesehatan Budi Santoso.",
            "**Ardi**",
        ),
        # ... a titled speaker right after it speaks with the title's name
        (
            "Siapa yang mengatakan bertahan selama musim hujan adalah hal yang besar?",
            "“Bertahan selama musim hujan adalah hal yang besar,” kata Menteri Kesehatan "
            "Budi Santoso kepada media.",
            "**Budi Santoso**",
        ),
    ],
)
def test_the_speaker_is_who_the_speech_verb_gives_the_words_to(
    question: str, evidence: str, speaker: str
) -> None:
    assert _answer_text(question, evidence).startswith(speaker)


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # the date is of the event an order word opens, not of what came before it
        ("Kapan rapat menteri kesehatan digelar?", True),
        # ... which may be the event asked
        ("Kapan konferensi puncak di Surabaya digelar?", False),
        # ... or the question orders its deed itself
        ("Kapan rapat menteri kesehatan digelar sebelum konferensi puncak?", False),
    ],
)
def test_a_date_in_an_order_clause_is_its_events(question: str, abstains: bool) -> None:
    evidence = (
        "Rapat tersebut merupakan perundingan terakhir sebelum konferensi puncak presiden di "
        "Surabaya pada 9 Juli 2024."
    )
    assert _abstains(question, evidence) is abstains


def test_a_clause_of_the_date_alone_names_no_other_event() -> None:
    evidence = (
        "Bantuan diperlukan untuk bertahan di tengah banjir yang terjadi sejak Februari 2022."
    )
    assert _answer_text("Mulai bulan apa banjir itu terjadi?", evidence).startswith(
        "**Februari 2022**"
    )


def test_the_claims_own_verb_denied_is_a_false_premise() -> None:
    # "berhenti … memberi" stops the very giving asked when of: no lower sentence's year is its
    text = _answer_text(
        "Kapan Ardi memberi Lebak rencana aksi keanggotaan?",
        "Namun, Ardi telah berhenti mengambil langkah seperti memberi Lebak rencana aksi "
        "keanggotaan.",
        "Pada tahun 2008, Ardi setuju bahwa Lebak akan menjadi anggota.",
    )
    assert text.startswith("Tidak, artikel justru menyebut sebaliknya") and "2008" not in text


@pytest.mark.parametrize(
    ("question", "language", "denied"),
    [
        # the dated sentence grants nothing; the close one says the giving stopped
        ("Kapan para menteri memberi Lebak rencana aksi keanggotaan di Medan?", "id", True),
        ("kapan menteri ngasih rencana aksi keanggotaan ke lebak di medan", "id", True),
        ("When did the ministers give Lebak a membership action plan in Medan?", "en", True),
        # what the dated sentence does say is answered with its year
        ("Kapan pertemuan di Medan setuju Lebak akan menjadi anggota?", "id", False),
    ],
)
def test_a_deed_a_closer_sentence_denies_has_no_date(
    question: str, language: str, denied: bool
) -> None:
    text = _answered_from_one_passage(
        normalize_question(question, language),
        "Pada tahun 2008, pertemuan di Medan setuju bahwa Lebak akan menjadi anggota.",
        "Namun, para menteri telah berhenti mengambil langkah seperti memberi Lebak rencana "
        "aksi keanggotaan.",
    ).text
    said_otherwise = ("Tidak, artikel justru menyebut sebaliknya", "No: the articles say otherwise")
    assert text.startswith(said_otherwise) is denied
    assert ("2008" in text) is not denied


@pytest.mark.parametrize(
    ("question", "language", "undone"),
    [
        # the budget was withdrawn; its passing is not told, and has no date here
        ("Kapan DPRD mengesahkan anggaran bantuan untuk Lebak?", "id", True),
        ("kapan dprd ngesahin anggaran bantuan lebak", "id", True),
        ("Kapan DPRD menyetujui anggaran bantuan untuk Lebak?", "id", True),
        ("When did the council pass the aid budget for Lebak?", "en", True),
        # what the sentence does say is answered with its date
        ("Kapan anggaran bantuan untuk Lebak dicabut dari DPRD?", "id", False),
    ],
)
def test_a_deed_told_only_as_undone_has_no_date(question: str, language: str, undone: bool) -> None:
    answer = _answered_from_one_passage(
        normalize_question(question, language),
        "Pada awal Oktober 2023, anggaran bantuan untuk Lebak dicabut dari DPRD.",
    )
    assert answer.abstained is undone
    assert ("Oktober 2023" in answer.text.split("\n")[0]) is not undone


def test_an_event_of_a_chat_name_is_told_by_a_sentence_that_names_them() -> None:
    # chat writes "wiranata" in lower case: still the event's name, so Santoso's words (which
    # share the event's other words) do not tell Wiranata's
    text = _answer_text(
        "wiranata berbicara soal banjir sama hartono berbincang sama santoso, lebih dulu mana",
        "“Semua warga siap menghadapi banjir, kami sudah membicarakannya,” kata Santoso akhir "
        "April lalu.",
        "“Banjir harus ditangani,” ucap Wiranata akhir Juni lalu.",
        "Hartono berbincang dengan Santoso pada Selasa (4/7).",
    )
    assert text.startswith("**wiranata berbicara soal banjir** lebih dulu (akhir Juni 2023)")


@pytest.mark.parametrize(
    ("question", "answering", "article", "elsewhere"),
    [
        # a capital the report sets nothing at, while it sets its events at another
        (
            "Mengapa pertemuan para menlu digelar di Warsawa?",
            "Wiranata akan meminta bantuan untuk Kyiv pada pertemuan itu.",
            "Pertemuan para menlu di Bucharest membahas bantuan.",
            ["warsawa"],
        ),
        (
            "Why did the foreign ministers meet in Budapest?",
            "Wiranata akan meminta bantuan untuk Kyiv pada pertemuan itu.",
            "Pertemuan para menlu di Bucharest membahas bantuan.",
            ["budapest"],
        ),
        # named in passing is not set there ("bantuan untuk Kyiv")
        (
            "What did the ministers discuss when they met in Kyiv?",
            "Para menteri membahas bantuan untuk Kyiv.",
            "Para menteri bertemu di Vilnius.",
            ["kyiv"],
        ),
        # a visit puts the visitor there too
        (
            "Kapan Wiranata mengunjungi Kyiv?",
            "Wiranata akan meminta bantuan untuk Kyiv pada pertemuan pada Selasa (29 November).",
            "Pertemuan para menlu di Bucharest membahas bantuan.",
            ["kyiv"],
        ),
        # the report sets something there: no premise broken
        (
            "Mengapa pertemuan para menlu digelar di Bucharest?",
            "Wiranata akan meminta bantuan untuk Kyiv pada pertemuan itu.",
            "Pertemuan para menlu di Bucharest membahas bantuan.",
            [],
        ),
        # a report that sets nothing at any capital says nothing against it
        (
            "Mengapa pertemuan para menlu digelar di Warsawa?",
            "Wiranata akan meminta bantuan untuk Kyiv pada pertemuan itu.",
            "Pertemuan para menlu membahas bantuan.",
            [],
        ),
        # another event's place: what comes before or after is set there, not the sidang
        (
            "Mengapa sidang menteri pertahanan bulan Juni digelar di Washington?",
            "Sidang itu membahas dukungan bagi Ukraina.",
            "Sidang digelar di Brussels sebelum pertemuan puncak Holmberg di Washington bulan"
            " depan, di mana para pemimpin akan mengumumkan dana.",
            ["washington"],
        ),
        (
            "Mengapa sidang menteri pertahanan bulan Juni digelar di Washington?",
            "Sidang digelar di Brussels sebelum pertemuan puncak Holmberg di Washington bulan"
            " depan, di mana para pemimpin akan mengumumkan dana.",
            "Sidang itu membahas dukungan bagi Ukraina.",
            ["washington"],
        ),
        # ... unless that other event is the one asked about
        (
            "Apa yang akan diumumkan dalam pertemuan puncak di Washington?",
            "Sidang digelar di Brussels sebelum pertemuan puncak Holmberg di Washington bulan"
            " depan, di mana para pemimpin akan mengumumkan dana.",
            "Sidang itu membahas dukungan bagi Ukraina.",
            [],
        ),
    ],
)
def test_a_capital_the_report_sets_its_events_away_from_is_a_false_scene(
    question: str, answering: str, article: str, elsewhere: list[str]
) -> None:
    analyzed, ranked = _ranked(question, answering)
    text = f"{article} {answering}"
    chunk = Chunk(id="a::0", article_id="a", index=0, text=text, start=0, end=len(text))
    passage = Passage(chunk=chunk, article=ranked[0].article, score=1.0)
    assert _capital_elsewhere(analyzed, ranked[0], [passage]) == elsewhere


def test_people_listed_open_the_answer_each_with_its_sentence() -> None:
    text = _answer_text(
        "Siapa saja yang akan ditemui Wiranata di Medan?",
        "Wiranata akan bertemu secara terpisah dengan Presiden Lebak Joko Halasz di Medan.",
        "Di Medan, Wiranata juga akan bertemu dengan Menteri Luar Negeri Taras Kovalenko.",
    )
    assert text.startswith("**Joko Halasz** [1], **Taras Kovalenko** [2].")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # the attribution's date is when the words were said, not when the deed in them was done
        ("Kapan Dewan Lebak setuju Medan menjadi anggota?", "**2018**"),
        ("When did the Lebak Council agree that Medan would become a member?", "**2018**"),
        # ... which is what a question about the words asks
        ("Kapan Wiranata mengatakan Dewan Lebak setuju Medan menjadi anggota?", "Wiranata"),
    ],
)
def test_a_quotes_attribution_dates_the_words_not_the_deed(question: str, opening: str) -> None:
    text = _answer_text(
        question,
        '"Semua anggota Dewan Lebak telah setuju Medan akan menjadi anggota," kata Wiranata akhir'
        " April lalu.",
        "Meski Dewan Lebak sudah setuju Medan bergabung pada 2018, jalurnya belum ada.",
    )
    assert text.startswith(opening)
    assert ("April" in text.split("\n")[0]) is (opening == "Wiranata")


@pytest.mark.parametrize(
    ("question", "told_before"),
    [
        # the deed asked named by a noun that points back: what was agreed is the sentence before
        ("Apa yang disepakati para menteri Lebak di Medan?", True),
        # any other word of the question pointing back is no such noun
        ("Rapat menteri Lebak di Medan itu terakhir sebelum acara apa?", False),
    ],
)
def test_a_deed_named_by_a_noun_pointing_back_is_told_by_the_sentence_before(
    question: str, told_before: bool
) -> None:
    content = "Para menteri Lebak menyepakati peta jalan kerja sama yang pertama."
    pointing = "Kesepakatan tersebut diambil pada rapat menteri di Medan sebelum acara puncak."
    analyzed, ranked = _ranked(question, pointing, content)
    ranked[1].start, ranked[1].end = 0, len(content)
    ranked[0].start, ranked[0].end = len(content) + 1, len(content) + 1 + len(pointing)
    report = f"{content} {pointing}"
    chunk = Chunk(id="a::0", article_id="a", index=0, text=report, start=0, end=len(report))
    passage = Passage(chunk=chunk, article=ranked[0].article, score=1.0)
    text = compose(analyzed, [passage], ranked, model=None).text
    assert ("peta jalan" in text.split("\n")[0]) is told_before


@pytest.mark.parametrize(
    ("question", "sentence", "opening", "abstained"),
    [
        # a yes/no claim whose deed a close sentence tells the other way round is answered "No"
        (
            "Did Hungary's Orban sign up to send troops to Lebak if the council stepped in?",
            "Sementara itu, Perdana Menteri Hongaria Viktor Orban dengan tegas menolak "
            "pengiriman tentara ke Lebak jika dewan melakukan intervensi.",
            "No",
            False,
        ),
        (
            "So is Hungary going to veto the proposal?",
            "Namun, Hongaria berjanji tidak akan memveto usulan tersebut selama tidak dipaksa.",
            "No",
            False,
        ),
        # a claim of nothing but the deed is answered by its opposite alone, in any word of
        # its synonyms
        (
            "Apakah Ardi mundur?",
            "Ardi resmi memperpanjang masa jabatannya sebagai ketua dewan.",
            "Tidak",
            False,
        ),
        (
            "Did Ardi resign?",
            "Ardi resmi memperpanjang masa jabatannya sebagai ketua dewan.",
            "No",
            False,
        ),
        # ... while a reason asked of that deed is not given: the correction abstains
        (
            "Mengapa Hongaria memveto usulan itu?",
            "Namun, Hongaria berjanji tidak akan memveto usulan tersebut selama tidak dipaksa.",
            "Tidak",
            True,
        ),
    ],
)
def test_a_deed_told_the_other_way_round_answers_a_yes_no_claim(
    question: str, sentence: str, opening: str, abstained: bool
) -> None:
    answer = _answered_from_one_passage(question, sentence)
    assert answer.text.lstrip("*").startswith(opening)
    assert answer.abstained is abstained


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # a light verb carries its noun's deed: the trouble is claimed, not "experiencing"
        (
            "Apakah industri senjata Lebak turut mengalami kendala?",
            "Bahkan industri senjata Lebak, meskipun kuat, memiliki masalah.",
        ),
        (
            "Apakah pusat pelatihan bersama itu berlokasi di Medan?",
            "Sekutu sedang bersiap mendukung pusat pelatihan bersama di Medan.",
        ),
        # an idiom counts nothing: a meeting "empat mata" is a private one, not one of four
        (
            "Apakah Ardi dijadwalkan mengadakan pertemuan empat mata dengan Gubernur Budi?",
            "Ardi juga akan bertemu secara terpisah dengan Gubernur Budi.",
        ),
    ],
)
def test_a_claim_in_other_words_is_confirmed(question: str, sentence: str) -> None:
    normalized = normalize_question(question, "id")
    answer = _answered_from_one_passage(normalized, sentence, asked=question)
    assert answer.text.startswith("**Ya**")


def test_a_report_of_the_message_asked_about_stays_ahead_of_other_words_of_the_sender() -> None:
    """ "Pesan … ditujukan kepada negara mana?" asks about the message as a thing sent: the
    report of Ardi sending it answers, not Ardi's other words that name another country."""
    question = "Pesan tegas dari Ardi ditujukan kepada negara mana?"
    analyzed, ranked = _ranked(
        question,
        "Ardi juga telah mengirimkan “pesan yang jelas” kepada Rusia bahwa dukungan bertahan.",
        "Ia juga mendesak Amerika Serikat untuk mengizinkan Lebak memakai rudal.",
    )
    ranked[1].attributed = True  # (Ardi's words, as the passage before tells)
    assert compose(analyzed, [], ranked, model=None).text.startswith("**Rusia**")


@pytest.mark.parametrize(
    ("question", "before", "pointing", "quoted"),
    [
        # the noun named plainly in the sentence before: the pointing one tells the rest
        (
            "Pertemuan apa yang merupakan perundingan terakhir sebelum KTT di Medan?",
            "Ardi mengatakan pertemuan itu memang untuk membahas dukungan bagi Lebak.",
            "Pertemuan tersebut merupakan perundingan terakhir sebelum KTT di Medan.",
            "perundingan terakhir",
        ),
        # ... or earlier in the same sentence
        (
            "Usulan apa yang didukung Lebak?",
            "Rapat dibuka dengan pidato tuan rumah tentang perdagangan.",
            "Para menteri membahas usulan gencatan senjata dari Medan, dan usulan tersebut "
            "didukung Lebak.",
            "gencatan senjata",
        ),
    ],
)
def test_a_noun_named_plainly_is_not_pointed_back_to(
    question: str, before: str, pointing: str, quoted: str
) -> None:
    analyzed, ranked = _ranked(question, pointing, before)
    ranked[1].start, ranked[1].end = 0, len(before)
    ranked[0].start, ranked[0].end = len(before) + 1, len(before) + 1 + len(pointing)
    report = f"{before} {pointing}"
    chunk = Chunk(id="a::0", article_id="a", index=0, text=report, start=0, end=len(report))
    passage = Passage(chunk=chunk, article=ranked[0].article, score=1.0)
    text = compose(analyzed, [passage], ranked, model=None).text
    assert quoted in text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        ("Kebijakan apa yang hanya akan dikonfirmasi para menteri?", {"bijak"}),
        ("Sejak keputusan apa?", {"putus"}),
        ("What kind of policy will the ministers confirm?", {"bijak"}),
        ("Since which decision?", {"putus"}),
        # a verb before "apa", or a word that asks a kind (a year, a country), names no content
        ("ardi minta apa ke lebak", set()),
        ("Dewan mendorong produsen untuk melakukan apa?", set()),
        ("Which year did the council give Lebak a plan?", set()),
        ("Which country will host the centre?", set()),
        ("ardi cari dukungan terus buat apa sih", set()),
    ],
)
def test_the_noun_whose_content_is_asked(question: str, nouns: set[str]) -> None:
    asked = normalize_question(question, detect_language(question))
    assert _noun_content_asked(analyze_question(asked, question)) == nouns


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        # the answer is a kind of the noun asked: a close sentence naming one goes first
        ("Kebijakan apa yang hanya akan dikonfirmasi para menteri Lebak?", "pintu terbuka"),
        ("What kind of policy will the Lebak ministers merely confirm?", "pintu terbuka"),
        # ... not over a top sentence that names the noun itself
        ("Permohonan apa yang akan dibahas para menteri Lebak?", "permohonan Medan"),
        # ... nor by a sentence about someone else than the top one
        ("Kebijakan apa yang dibahas Ardi?", "permohonan Medan"),
    ],
)
def test_a_sentence_naming_the_noun_asked_answers_first(question: str, quoted: str) -> None:
    text = _answer_text(
        normalize_question(question, detect_language(question)),
        "Para menteri Lebak dan Ardi juga akan membahas permohonan Medan untuk keanggotaan.",
        "Tapi para menteri Lebak cenderung hanya mengkonfirmasi kebijakan pintu terbuka dewan.",
    )
    assert quoted in text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "told_before"),
    [
        # the noun asked ("keputusan apa") pointed at anywhere in the sentence ("sejak keputusan
        # itu"): its content is the sentence before, in every wording
        ("Pertemuan dewan di Lebak adalah yang perdana sejak keputusan apa?", True),
        ("rapat dewan di lebak itu yg pertama sejak keputusan apa sih", True),
        ("The council meeting in Lebak was the first since which decision?", True),
        # (hearsay, "katanya", asks no one's words)
        ("rapat dewan di lebak katanya yg pertama sejak keputusan apa", True),
        # another noun of the question pointed at is no content asked
        ("Apa yang dibahas dalam pertemuan perdana dewan di Lebak?", False),
    ],
)
def test_a_noun_asked_that_the_sentence_points_back_to_is_told_by_the_sentence_before(
    question: str, told_before: bool
) -> None:
    content = "Ardi resmi memperpanjang masa jabatannya sebagai ketua dewan Lebak."
    pointing = (
        "Dalam pertemuan perdana dewan sejak keputusan itu, para anggota diperkirakan bakal "
        "membicarakan berbagai hal penting, termasuk situasi di Medan."
    )
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)), pointing, content
    )
    ranked[1].start, ranked[1].end = 0, len(content)
    ranked[0].start, ranked[0].end = len(content) + 1, len(content) + 1 + len(pointing)
    report = f"{content} {pointing}"
    chunk = Chunk(id="a::0", article_id="a", index=0, text=report, start=0, end=len(report))
    passage = Passage(chunk=chunk, article=ranked[0].article, score=1.0)
    text = compose(analyzed, [passage], ranked, model=None).text
    assert ("memperpanjang masa jabatannya" in text.split("\n")[0]) is told_before


@pytest.mark.parametrize(
    "question",
    [
        "Apa yang terjadi tak lama sebelum rapat Ardi dan Budi?",
        "What had Ardi done shortly before his meeting with Budi?",
    ],
)
def test_what_came_before_an_event_is_what_the_event_followed(question: str) -> None:
    """ "Rapat ini terjadi tak lama setelah X": X is what came before the meeting, asked as
    what happened or what was done (not a kind of deed, "keputusan apa": X need not be one)."""
    text = _answer_text(
        normalize_question(question, detect_language(question)),
        "Ardi rapat dengan Budi pada Selasa di kantor dewan.",
        "Rapat ini terjadi tak lama setelah Ardi resmi memperpanjang masa jabatannya.",
    )
    assert "Ardi resmi memperpanjang masa jabatannya" in text.split("\n")[0]


@pytest.mark.parametrize(
    ("text", "points_back"),
    [
        ("Dalam rapat perdana sejak keputusan itu, warga membahas anggaran.", True),
        # what it points at is the paragraph before it in the same text
        (
            "Rapat ini terjadi setelah Ardi memperpanjang masa jabatannya.\n\n"
            "Dalam rapat perdana sejak keputusan itu, warga membahas anggaran.",
            False,
        ),
        # ... not a quote's earlier sentence
        (
            '"Kami sudah siap. Dalam rapat perdana sejak keputusan itu, kami bicara," kata Ardi.',
            True,
        ),
    ],
)
def test_a_noun_pointing_back_within_its_own_text_is_told_there(
    text: str, points_back: bool
) -> None:
    analyzed, ranked = _ranked("Keputusan apa yang diambil Ardi?", text)
    assert _points_back_to_asked(analyzed, ranked[0], "Ardi membuka rapat.") is points_back


@pytest.mark.parametrize(
    ("question", "sentence", "abstains"),
    [
        # the head of a body named is no head of another ("Kepala NATO" for the council's)
        ("Who is the head of the Lebak Council?", "Kepala NATO Ardi Wiranata membuka rapat.", True),
        ("Who is the chair of the Lebak Council?", "Presiden Ardi Wiranata membuka rapat.", True),
        ("Who is the head of NATO?", "Kepala NATO Ardi Wiranata membuka rapat.", False),
        # what every country has a head of is said by any office title
        (
            "Siapa kepala pemerintahan Lebak?",
            "Perdana Menteri Lebak Ardi Wiranata membuka rapat.",
            False,
        ),
    ],
)
def test_a_head_asked_of_a_body_is_that_bodys(question: str, sentence: str, abstains: bool) -> None:
    assert _abstains(question, sentence) is abstains


@pytest.mark.parametrize(
    ("question", "sentence", "person"),
    [
        # the one who says so of themselves did it ("mengaku kecewa")
        (
            "Siapa yang kecewa karena dewan tidak memberi batas waktu?",
            "Dalam rapat di Medan, Wiranata mengaku kecewa karena dewan tidak memberi batas waktu.",
            "Wiranata",
        ),
        # a feeling asked with "merasa", or in the English passive of a state
        (
            "Siapa yang merasa kesal karena dewan tidak memberi batas waktu?",
            "Dalam rapat di Medan, Wiranata mengaku kecewa karena dewan tidak memberi batas waktu.",
            "Wiranata",
        ),
        (
            "Who was disappointed that the council gave no deadline?",
            "Dalam rapat di Medan, Wiranata mengaku kecewa karena dewan tidak memberi batas waktu.",
            "Wiranata",
        ),
    ],
)
def test_who_did_it_is_read_past_a_saying(question: str, sentence: str, person: str) -> None:
    fact = extract_fact(analyze_question(question), sentence, PUBLISHED)
    assert fact.text == person


@pytest.mark.parametrize(
    "sentence",
    ["Bantuan Lebak untuk Medan terus mengalir.", "Pertemuan Wiranata dan Kovalenko digelar."],
)
def test_no_doer_where_the_deed_is_not_told(sentence: str) -> None:
    # (a noun opening the sentence is no deed asked: "Bantuan Lebak" did not attack)
    assert _doer(analyze_question("Siapa yang menyerang jembatan Medan?"), sentence, "") is None


@pytest.mark.parametrize(
    ("question", "sentence", "doer"),
    [
        # the deed told by its noun, the doer after it (one describing word between)
        (
            "Siapa yang menyerang jembatan Medan?",
            "Warga diminta bersiap karena serangan Lebak di jembatan Medan.",
            "Lebak",
        ),
        (
            "siapa yg nyerang jembatan medan",
            "Wiranata memperingatkan warga tentang serangan baru Lebak minggu ini.",
            "Lebak",
        ),
        (
            "Who has been attacking the Medan bridge?",
            "Warga diminta bersiap karena serangan Lebak di jembatan Medan.",
            "Lebak",
        ),
    ],
)
def test_a_deed_told_by_its_noun_has_its_doer_after_it(
    question: str, sentence: str, doer: str
) -> None:
    analyzed = analyze_question(normalize_question(question, "en" if "Who" in question else "id"))
    assert extract_fact(analyzed, sentence, PUBLISHED).text == doer


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Apakah bantuan Lebak diberikan sebelum atau sesudah KTT?", "**setelah KTT berakhir**"),
        ("bantuan dr lebak itu dikasih pas ktt apa abis ktt", "**setelah KTT berakhir**"),
        ("Bantuan Lebak bakal diumumkan duluan atau setelah pertemuan puncak usai?", "**setelah"),
        ("Was Lebak's aid expected before or after the summit ended?", "**After**: the article"),
        # the sentence puts it on a third side: read as any other question, a claim its order
        # check denies
        ("Apakah bantuan Lebak diberikan sebelum atau selama KTT?", "**Tidak**: artikel menyebut"),
    ],
)
def test_a_choice_of_sides_of_an_event_is_answered_by_the_side_told(
    question: str, opening: str
) -> None:
    """ "sebelum atau sesudah KTT?" offers two sides of an event: the one the sentence saying
    the deed gives is the answer, quoted from its clause."""
    analyzed, ranked = _ranked(
        question, "Menurut pejabat, bantuan Lebak akan diberikan setelah KTT berakhir."
    )
    assert compose(analyzed, [], ranked, model=None).text.startswith(opening)


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        ("Jaminan apa saja yang ditandatangani Lebak saat KTT?", True),
        ("What guarantees did Lebak sign at the summit?", True),
        ("Jaminan apa saja yang akan dikeluarkan Lebak?", False),
    ],
)
def test_a_list_s_presupposed_deed_must_be_said(question: str, abstains: bool) -> None:
    """A list question takes its deed for granted as any other does: guarantees only expected
    to be issued were not signed."""
    analyzed, ranked = _ranked(
        question,
        "Lebak diperkirakan akan mengeluarkan jaminan keamanan, pelatihan, dan bantuan kepada "
        "Medan.",
    )
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("ktt 2024 di kota mana", "Lebak"),
        ("Where will the 2024 summit be held?", "Lebak"),
        ("Di kota mana KTT tahun 2023 digelar?", "Medan"),
    ],
)
def test_a_meeting_dated_by_its_year_is_the_one_in_that_year(question: str, place: str) -> None:
    """A sentence whose dates all fall in another year tells of another meeting."""
    analyzed, ranked = _ranked(
        question,
        "Dalam KTT di Medan pada Selasa (11/7/2023), para pemimpin bertemu.",
        "KTT berikutnya akan digelar di Lebak pada Juli 2024.",
    )
    assert f"**{place}**" in compose(analyzed, [], ranked, model=None).text


def test_a_list_goes_first_from_the_sentence_naming_those_asked_about() -> None:
    """Two sentences list what was discussed: the one naming both people asked about comes
    first, not the higher-ranked one that names one of them as a source."""
    analyzed, ranked = _ranked(
        "Apa saja yang dibahas Wiranata dan Holmberg?",
        "Menurut Holmberg, para anggota dewan sudah membahas dua hal, yaitu anggaran dan pajak.",
        "Holmberg mengungkap bahwa ia dan Wiranata membahas situasi Lebak dan persiapan KTT.",
    )
    for sentence in ranked:  # (as `evidence.score_sentences` marks them: both list, with the verb)
        sentence.has_focus = sentence.enumerates = True
    text = compose(analyzed, [], ranked, model=None).text
    assert text.index("ia dan Wiranata") < text.index("anggaran dan pajak")


@pytest.mark.parametrize(("adjacent", "answered"), [(True, True), (False, False)])
def test_a_date_far_from_the_deed_does_not_stand_in(adjacent: bool, answered: bool) -> None:
    """The best sentence tells the deed without a date; a lower one dates it when tied to the
    question's words there, not through a word that only shares a stem ("jangka panjang" is
    long-term, "diperpanjang" extended)."""
    analyzed, ranked = _ranked(
        "Kapan masa jabatan Wiranata diperpanjang?",
        "Perbincangan ini terjadi tak lama setelah Wiranata resmi memperpanjang masa jabatannya.",
        "Bantuan Wiranata akan disampaikan pada Jumat (5/5/2023).",
    )
    first, second = ranked
    first.fact, first.binding = "", 0.0
    far = "Lebak janji dukungan jangka panjang."
    second.previous = first.text if adjacent else far
    second.coverage, second.binding = 0.25, 0.05
    assert compose(analyzed, [], ranked, model=None).abstained is not answered


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        # another thing is asked: the aid, the giver
        (
            "What aid did Lebak give before or after the summit?",
            "Menurut pejabat, bantuan Lebak akan diberikan setelah KTT berakhir.",
        ),
        (
            "Siapa yang memberikan bantuan Lebak sebelum atau sesudah KTT?",
            "Menurut pejabat, bantuan Lebak akan diberikan setelah KTT berakhir.",
        ),
        # the side is denied
        (
            "Apakah bantuan Lebak diberikan sebelum atau sesudah KTT?",
            "Menurut pejabat, bantuan Lebak tidak akan diberikan setelah KTT berakhir.",
        ),
    ],
)
def test_no_side_is_chosen_for_another_question_or_a_denied_side(
    question: str, evidence: str
) -> None:
    text = _answer_text(question, evidence)
    assert not text.startswith(("**setelah", "**After**"))


@pytest.mark.parametrize(("report_names_it", "abstains"), [(True, False), (False, True)])
def test_a_country_asked_why_must_be_named_by_the_reason_s_report(
    report_names_it: bool, abstains: bool
) -> None:
    """ "Mengapa Hongaria dikeluarkan dari dewan?" is not answered by the reason of a report
    that never names Hongaria: the country is whose deed is asked, not a place."""
    analyzed, ranked = _ranked(
        "Mengapa Hongaria dikeluarkan dari dewan Lebak?",
        "Anggaran dikeluarkan dari dewan Lebak untuk menghindari penutupan kantor.",
    )
    lead = "Hongaria menolak usulan itu. " if report_names_it else "Bupati menolak usulan itu. "
    text = f"{lead}{ranked[0].text}"
    chunk = Chunk(id="a::0", article_id="a", index=0, text=text, start=0, end=len(text))
    passage = Passage(chunk=chunk, article=ranked[0].article, score=1.0)
    assert compose(analyzed, [passage], ranked, model=None).abstained is abstains


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a plain when-question takes its deed as done: a plan of that deed says "not yet"
        ("Kapan Lebak menjadi anggota koperasi?", "**Belum**"),
        ("When did Lebak become a member of the cooperative?", "**Not yet**"),
        # ... not one asked as ahead, nor one about another deed the plan does not govern
        ("Kapan Lebak akan menjadi anggota koperasi?", "Maaf"),
        ("Kapan Lebak mengajukan permohonan keanggotaan koperasi?", "Maaf"),
    ],
)
def test_a_when_question_of_a_deed_only_planned_is_told_not_yet(
    question: str, opening: str
) -> None:
    text = _answer_text(
        question, "Pada tahun 2008, rapat setuju bahwa Lebak pada akhirnya akan menjadi anggota."
    )
    assert text.startswith(opening)


def test_a_scheduled_deed_is_dated_not_told_not_yet() -> None:
    """A plan with its own date on or after the report's is scheduled: that date answers."""
    text = _answer_text(
        "Kapan rapat koperasi Lebak dimulai?",
        "Rapat koperasi Lebak akan dimulai pada Jumat (14/7/2023).",
    )
    assert text.startswith("Rapat koperasi Lebak dimulai pada Jumat, 14 Juli 2023")


def test_a_person_of_the_sentence_before_counts_for_a_deed_not_done_together() -> None:
    analyzed, ranked = _ranked(
        "Apakah Marquez akan memveto usulan itu, meskipun Halvorsen menolak pengiriman tentara?",
        "Namun, Marquez berjanji tidak akan memveto usulan tersebut.",
    )
    ranked[0].previous = "Halvorsen dengan tegas menolak pengiriman tentara."
    assert compose(analyzed, [], ranked, model=None).text.startswith("**Tidak**")


@pytest.mark.parametrize(
    ("question", "texts", "expected"),
    [
        # the deed the question gives to one person, the sentence to another
        (
            "Mengapa Ardi Wiranata menolak pengiriman tentara?",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            ("Budi Holmberg", "Wiranata"),
        ),
        (
            "kenapa wiranata menolak kirim tentara",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            ("Budi Holmberg", "Wiranata"),
        ),
        (
            "Why did Wiranata refuse to send troops?",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            ("Budi Holmberg", "Wiranata"),
        ),
        # ... a time between the doer and the verb, and a root verb asked
        (
            "Kapan Wiranata tiba di Medan?",
            ["Presiden Hongaria Budi Holmberg pada Rabu (11/10/2023) tiba di Medan."],
            ("Budi Holmberg", "Wiranata"),
        ),
        # the person asked did it (also written with an accent), or a close sentence says so
        (
            "Mengapa Holmbérg menolak pengiriman tentara?",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            None,
        ),
        (
            "Kapan Wiranata tiba di Medan?",
            [
                "Presiden Hongaria Budi Holmberg pada Rabu (11/10/2023) tiba di Medan.",
                "Ardi Wiranata tiba di Medan pada Kamis (12/10/2023).",
            ],
            None,
        ),
        # ... or is the person typed a letter off
        (
            "Mengapa Holmbrg menolak pengiriman tentara?",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            None,
        ),
        (
            "Mengapa Holmbreg menolak pengiriman tentara?",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            None,
        ),
        # a country acts through its people; a lower-case unknown word is a typo, no name
        (
            "Mengapa Hongaria menolak pengiriman tentara?",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            None,
        ),
        # ... but not through another country's people, whatever the wording
        (
            "Mengapa Polandia menolak pengiriman tentara?",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            ("Perdana Menteri Hongaria Budi Holmberg", "Polandia"),
        ),
        (
            "Why does Warsaw oppose sending troops?",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            ("Perdana Menteri Hongaria Budi Holmberg", "Poland"),
        ),
        # ... not a country the deed goes to, nor the subject of a passive, nor another deed
        # of the same verb
        (
            "Kenapa pengiriman tentara ke Polandia ditolak?",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            None,
        ),
        (
            "Mengapa Polandia tidak dikirimi tentara?",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            None,
        ),
        (
            "Why was sending troops to Poland rejected?",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            None,
        ),
        (
            "Why does Poland oppose Lebak joining the council?",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            None,
        ),
        # the deed's own object half said is the same deed, in chat or other words; its
        # condition may be put otherwise
        (
            # (as normalised from "kenapa pm polandia nolak kirim tentara ke lebak kalo …")
            "kenapa Perdana Menteri polandia menolak kirim tentara ke lebak kalau dewan ikut "
            "campur perang",
            [
                "Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara "
                "ke Lebak jika dewan melakukan intervensi dalam konflik."
            ],
            ("Perdana Menteri Hongaria Budi Holmberg", "Polandia"),
        ),
        (
            "Apa alasan PM Polandia menentang pengerahan pasukan ke Lebak?",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            ("Perdana Menteri Hongaria Budi Holmberg", "Polandia"),
        ),
        # ... but the deed's verbal noun alone is no object said: weapons are not troops
        (
            "kenapa Perdana Menteri polandia menolak kirim senjata ke lebak",
            ["Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara."],
            None,
        ),
        # ... unless a close sentence has the country asked do it itself
        (
            "Mengapa Polandia menolak pengiriman tentara?",
            [
                "Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara.",
                "Polandia juga menolak pengiriman tentara ke Lebak.",
            ],
            None,
        ),
        (
            "Kapan Menteri Ardi meresmikkan jembatan?",
            ["Menteri Ardi meresmikan jembatan Sungai Lebak pada Rabu (11/10/2023)."],
            None,
        ),
        # the deed told before a clause of what it is about
        (
            "Mengapa Budi Holmberg kecewa bahwa dewan tidak memberikan dana?",
            [
                "Dalam rapat di Medan, Bupati Ardi Wiranata mengaku kecewa karena dewan tidak "
                "memberikan dana."
            ],
            ("Bupati Ardi Wiranata", "Holmberg"),
        ),
        (
            "Why was Budi Holmberg disappointed that the council gave no funds?",
            [
                "Dalam rapat di Medan, Bupati Ardi Wiranata mengaku kecewa karena dewan tidak "
                "memberikan dana."
            ],
            ("Bupati Ardi Wiranata", "Holmberg"),
        ),
        (
            "Mengapa Ardi Wiranata kecewa bahwa dewan tidak memberikan dana?",
            [
                "Dalam rapat di Medan, Bupati Ardi Wiranata mengaku kecewa karena dewan tidak "
                "memberikan dana."
            ],
            None,
        ),
        # an acronym the passages write in capitals is no person, typed in lower case too
        (
            "kapan nato tiba di medan",
            ["Presiden Hongaria Budi Holmberg pada Rabu (11/10/2023) tiba di Medan dari NATO."],
            None,
        ),
        # the sentence names no one as the doer
        (
            "Kapan Wiranata tiba di Medan?",
            ["Rombongan itu pada Rabu (11/10/2023) tiba di Medan."],
            None,
        ),
        # ... nor a capitalised common word opening a clause of a quote
        (
            "Mengapa Wiranata memerlukan dukungan dewan?",
            ['"Kami siap. Sekarang kami memerlukan dukungan dari dewan," lanjutnya.'],
            None,
        ),
    ],
)
def test_a_deed_the_articles_give_to_another_person(
    question: str, texts: list[str], expected: tuple[str, str] | None
) -> None:
    analyzed, ranked = _ranked(question, *texts)
    assert deed_of_another(analyzed, ranked[0], ranked, tuple(texts)) == expected


# The passage of an "apa" question on a request: the holders it gives an office, another's
# request first, the asked person's own further down in other words.
REQUESTS = (
    "Presiden Lebakia Ardi Wiranata tiba di Medan.",
    "Ia meminta beras, obat-obatan, dan tenda darurat.",
    "Sekjen Budi Holmberg mengirim pesan kepada Lebakia.",
    "Ia juga mendesak Medan untuk mengizinkan warga memakai jalan.",
    "Sekarang kami memerlukan dukungan dari para pemimpin.",
)


@pytest.mark.parametrize(
    ("question", "ranked_texts", "expected"),
    [
        # another's request first; the asked person's own further down, in another verb
        ("Apa yang diminta Holmberg kepada Medan?", (1, 3), ("Ardi Wiranata", "Holmberg", 3)),
        ("What did Holmberg ask Medan for?", (1, 3), ("Ardi Wiranata", "Holmberg", 3)),
        # no sentence tells it of the asked person: the best one is another's deed
        ("Apa yang diminta Holmberg?", (1, 4), ("Ardi Wiranata", "Holmberg", None)),
        # the best one tells it of the asked person, or names no one who did it
        ("Apa yang diminta Wiranata?", (1, 3), None),
        ("Apa yang diperlukan Holmberg?", (4, 1), None),
    ],
)
def test_a_deed_asked_of_one_person_and_told_of_another(
    question: str,
    ranked_texts: tuple[int, ...],
    expected: tuple[str, str, int | None] | None,
) -> None:
    """ "Apa yang diminta Holmberg …?" against "Ia meminta beras …", whose "Ia" is Wiranata: the
    sentence telling Holmberg's own request answers; with none, the deed is another's."""
    article = ArticleMeta(id="a", title="Berita", source="Harian Contoh", published=PUBLISHED)
    context = " ".join(REQUESTS)
    by_index = {}
    for at, text in enumerate(REQUESTS):
        start = context.index(text)
        previous = REQUESTS[at - 1] if at else ""
        by_index[at] = Sentence(
            article,
            text,
            start,
            start + len(text),
            0,
            context,
            previous=previous,
            previous_start=context.index(previous) if previous else 0,
        )
    ranked = [by_index[at] for at in ranked_texts]
    found = told_of_the_asked(analyze_question(question), ranked[0], ranked, (context,))
    if expected is None:
        assert found is None
    else:
        doer, asked, instead = expected
        assert found is not None and found.doer.endswith(doer) and found.asked == asked
        assert found.told_of_them is (by_index[instead] if instead is not None else None)


def test_a_pronoun_past_a_quote_gives_the_deed_to_the_speaker_named_before() -> None:
    # "Ia juga mendesak …" after '"…," ucapnya.' is Holmberg's deed, not Wiranata's
    named = "Sekjen Budi Holmberg mengirim pesan kepada Lebakia."
    quote = "“Kami akan bertahan,” ucapnya."
    urged = "Ia juga mendesak Medan untuk mengizinkan warga memakai jalan."
    other = "Perdana Menteri Ardi Wiranata menolak usulan itu."
    context = f"{named} {quote} {urged} {other}"
    article = ArticleMeta(id="a", title="Berita", source="Harian Contoh", published=PUBLISHED)
    start = context.index(urged)
    sentence = Sentence(
        article,
        urged,
        start,
        start + len(urged),
        0,
        context,
        previous=quote,
        previous_start=context.index(quote),
    )
    analyzed = analyze_question("Mengapa Wiranata mendesak Medan mengizinkan warga memakai jalan?")
    found = deed_of_another(analyzed, sentence, [sentence], (context,))
    assert found == ("Sekjen Budi Holmberg", "Wiranata")


@pytest.mark.parametrize(
    "question",
    [
        "Apa alasan penolakan Ardi Wiranata atas pengiriman tentara?",
        "Penolakan Wiranata mengirim tentara didasari apa?",
        "penolakan wiranata kirim tentara karena apa",
        # a noun whose deed no one does in the sentence leaves the verb after the name
        "Mengapa keputusan Wiranata menolak pengiriman tentara diambil?",
    ],
)
def test_a_deed_told_as_a_noun_the_person_owns_is_theirs(question: str) -> None:
    """ "Penolakan Wiranata …" gives him the refusal, which another made."""
    answer = _answered_from_one_passage(
        normalize_question(question, "id"),
        "Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara karena"
        " akan merugikan kepentingan nasional.",
        "Ardi Wiranata tiba di Medan.",
    )
    assert "Budi Holmberg yang melakukannya, bukan Wiranata" in answer.text, answer.text


def test_a_deed_of_another_person_is_answered_as_a_false_premise() -> None:
    answer = _answered_from_one_passage(
        "Mengapa Ardi Wiranata menolak pengiriman tentara?",
        "Perdana Menteri Hongaria Budi Holmberg dengan tegas menolak pengiriman tentara karena"
        " akan merugikan kepentingan nasional.",
        "Ardi Wiranata tiba di Medan.",
    )
    assert answer.abstained
    assert "Budi Holmberg yang melakukannya, bukan Wiranata" in answer.text
    assert "Karena" not in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a deed against a deed: the first reaches back to its verb, past "ke"; both denied
        # by the report is "neither", cited to both
        (
            "Apakah Lebak akan mengirim tentara ke Medan, atau memveto usulan itu?",
            "**Tidak keduanya** [1][2].",
        ),
        ("Will Lebak send troops to Medan or veto the proposal?", "**Neither** [1][2]."),
    ],
)
def test_two_deeds_offered_and_both_denied_are_neither(question: str, opening: str) -> None:
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)),
        "Sementara itu, Perdana Menteri Lebak Ardi Wiranata dengan tegas menolak pengiriman"
        " tentara ke Medan karena akan merugikan kepentingan nasional negara tersebut.",
        "Namun, Lebak berjanji tidak akan memveto usulan itu selama tidak dipaksa.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.text.startswith(opening)
    assert len(answer.citations) == 2


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # two things offered at a wh-question's end: the one the report says answers
        ("Di kota mana Ardi tiba pada Rabu, Medan atau Bandung?", "**Medan**"),
        ("Where did Ardi arrive on Wednesday: Bandung or Medan?", "**Medan**"),
        # ... and neither said is not told
        ("Di kota mana Ardi tiba pada Rabu, Padang atau Bandung?", "Maaf"),
        # which came first or has more is told only by a sentence comparing the two
        ("Siapa yang lebih dulu tiba di Medan, Ardi atau Budi?", "Maaf"),
        ("Which city got more aid, Medan or Bandung?", "The articles do not"),
    ],
)
def test_a_wh_question_offering_two_is_answered_by_one_of_them(question: str, opening: str) -> None:
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)),
        "Ardi tiba di Medan pada Rabu (11/10/2023) dan Budi tiba di Medan sehari kemudian.",
        "Bantuan untuk Medan dan Bandung disalurkan pekan ini.",
    )
    assert compose(analyzed, [], ranked, model=None).text.startswith(opening)


def test_what_the_english_past_claims_done_is_not_confirmed_by_a_plan() -> None:
    analyzed, ranked = _ranked(
        "Did Lebak and Medan issue guarantees to Bandung?",
        "Lebak dan Medan diperkirakan akan mengeluarkan jaminan kepada Bandung.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained
    assert answer.text.startswith("The articles do not say it happened")
    # ... as Indonesian with no word of time claims it ("Apakah … mengeluarkan …?")
    analyzed, ranked = _ranked(
        "Apakah Lebak dan Medan mengeluarkan jaminan kepada Bandung?",
        "Lebak dan Medan diperkirakan akan mengeluarkan jaminan kepada Bandung.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained and answer.text.startswith("Artikel tidak menyebut hal itu terjadi")
    # ... though a question about what will happen is answered by it
    text = _answer_text(
        "Will Lebak and Medan issue guarantees to Bandung?",
        "Lebak dan Medan diperkirakan akan mengeluarkan jaminan kepada Bandung.",
    )
    assert text.startswith("**Yes**")


def test_a_choice_is_told_only_by_a_report_naming_whom_it_asks_of() -> None:
    # a meeting of others that "berlangsung" (stem "langsung") chooses nothing for Ardi
    analyzed, ranked = _ranked(
        "Apakah Ardi bertemu Budi lewat telepon atau bertemu langsung?",
        "Budi mengatakan pertemuan para menteri yang sedang berlangsung membahas jembatan.",
    )
    assert compose(analyzed, [], ranked, model=None).abstained


def test_a_choice_the_sentence_before_denies_is_not_chosen() -> None:
    analyzed, ranked = _ranked(
        "Apakah di rapat Medan Lebak diberi tenggat atau jadwal pasti untuk masuk dewan?",
        "Lebak akan membuat dewan lebih kuat, kata Ardi di Medan.",
    )
    ranked[0].previous = "Dalam rapat di Medan, dewan tidak memberikan tenggat kepada Lebak."
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained
    assert "diberi" not in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "evidence", "abstains"),
    [
        # a date someone set, asked of a sentence that dates the meeting and denies a deadline
        (
            "What date did the council set at the Medan meeting for Lebak to join?",
            "Dalam rapat dewan di Medan pada Rabu (11/10/2023), Ardi kecewa karena dewan tidak"
            " memberikan batas waktu untuk keanggotaan Lebak.",
            True,
        ),
        (
            "rapat medan menentukan tanggal berapa lebak bergabung dewan",  # (as normalised)
            "Dalam rapat dewan di Medan pada Rabu (11/10/2023), Ardi kecewa karena dewan tidak"
            " memberikan batas waktu untuk keanggotaan Lebak.",
            True,
        ),
        # a setting verb in a reason clause, or denied, asks no date set
        (
            "Hari apa Ardi kecewa lantaran dewan tak menetapkan tenggat keanggotaan?",
            "Dalam rapat dewan di Medan pada Rabu (11/10/2023), Ardi kecewa karena dewan tidak"
            " memberikan batas waktu untuk keanggotaan Lebak.",
            False,
        ),
        # a thing set up, or a stance determined, asks no date set
        (
            "When was the council set up?",
            "Dewan itu dibentuk pada Rabu (11/10/2023) di Medan.",
            False,
        ),
        # ... answered where the sentence says the date was set
        (
            "Tanggal berapa dewan menetapkan Lebak bergabung?",
            "Dewan menetapkan Lebak bergabung pada Rabu (11/10/2023).",
            False,
        ),
        (
            "What date did the council set for Lebak to join?",
            "Dewan memberi Lebak batas waktu bergabung hingga Rabu (11/10/2023).",
            False,
        ),
    ],
)
def test_a_date_someone_set_needs_a_sentence_saying_it_was_set(
    question: str, evidence: str, abstains: bool
) -> None:
    assert _abstains(question, evidence) is abstains


def test_an_undoing_of_a_claim_word_no_article_uses_confirms_nothing() -> None:
    analyzed, ranked = _ranked(
        "Apakah anggaran bantuan untuk Lebak lolos di dewan?",
        "Pada Rabu, anggaran bantuan untuk Lebak dicabut dari dewan.",
    )
    analyzed.unknown_terms = ["lolos"]  # (no article says "lolos")
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.abstained and not answer.text.startswith("**Ya**")


@pytest.mark.parametrize(("same_report", "abstains"), [(False, True), (True, False)])
def test_a_date_of_another_report_does_not_date_a_deed_told_whole(
    same_report: bool, abstains: bool
) -> None:
    analyzed, ranked = _ranked(
        "Kapan para menteri Lebak menyetujui peta jalan kerja sama dengan Medan?",
        "Ketua dewan mengatakan para menteri Lebak menyetujui peta jalan kerja sama dengan Medan.",
        "Pada tahun 2008, para menteri Lebak di Medan setuju bahwa kerja sama akan dibuka.",
    )
    assert ranked[0].coverage == 1.0 and not ranked[0].fact and ranked[1].fact == "2008"
    if not same_report:
        other = ArticleMeta(id="b", title="Lain", source="Harian Lain", published=PUBLISHED)
        ranked[1] = replace(ranked[1], article=other)
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a count claimed in words or digits, against one the article spells out
        (
            "Apakah rapat dewan di Medan berlangsung selama tiga hari?",
            "**Tidak**: artikel menyebut 2 hari",
        ),
        ("rapat dewan di medan itu 3 hari ya", "**Tidak**: artikel menyebut 2 hari"),
        ("Did the council meeting in Medan last three days?", "**No**: the article says 2 days"),
        ("Apakah rapat dewan di Medan berlangsung dua hari?", "**Ya**"),
    ],
)
def test_a_spelled_out_count_is_compared_with_the_claim(question: str, opening: str) -> None:
    text = _answer_text(question, "Rapat dewan di Medan berlangsung selama dua hari.")
    assert text.startswith(opening)


@pytest.mark.parametrize(
    ("question", "claimed"),
    [
        # a tag before a closing time is the asking; "tidak habis sampai akhir tahun" the claim's
        ("ardi sudah tiba belum pas rapat", "ardi sudah tiba pas rapat"),
        (
            "Apakah stok amunisi Lebak tidak habis sampai akhir tahun?",
            "Apakah stok amunisi Lebak tidak habis sampai akhir tahun?",
        ),
    ],
)
def test_an_or_not_tag_before_a_closing_time_is_no_negation(question: str, claimed: str) -> None:
    assert claim(question) == claimed


def test_a_date_in_a_claim_with_a_spelled_out_count_is_no_count() -> None:
    analyzed, ranked = _ranked(
        "Apakah Ardi berkunjung selama dua hari pada 5 Juli 2023?",
        "Ardi berkunjung selama dua hari pada 5 Juli 2023.",
    )
    assert compose(analyzed, [], ranked, model=None).text.startswith("**Ya**")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # "Apakah X yang …?": whether it was X who did it; another named doer answers "Tidak"
        ("Apakah Prancis yang memegang kepresidenan dewan?", "**Tidak**: artikel menyebut Jerman"),
        ("Benarkah Jerman yang memegang kepresidenan dewan?", "**Ya**"),
        # ... a name the sentence does not give for the deed: not told
        ("Apakah Prancis yang menjadi tuan rumah dewan?", "Maaf"),
    ],
)
def test_whether_it_was_this_one_who_did_it(question: str, opening: str) -> None:
    evidence = "Jerman, yang memegang kepresidenan dewan, juga menjadwalkan pertemuan di Medan."
    assert _answer_text(question, evidence).startswith(opening)


@pytest.mark.parametrize(
    ("question", "context", "year"),
    [
        # a follow-up with words of its own binds the year to them, not to the turn before's
        (
            "pemimpin yang membangun gedung itu digulingkan tahun berapa (Tahun berapa rapat"
            " koperasi Lebak sepakat bahwa Wiranata akan menjadi anggota)",
            ["rapat", "koperasi", "lebak", "sepakat", "wiranata", "anggota"],
            "1989",
        ),
        # one that says little of its own is asked of what came before
        (
            "tahun berapa itu (Tahun berapa rapat koperasi Lebak sepakat bahwa Wiranata akan"
            " menjadi anggota)",
            ["rapat", "koperasi", "lebak", "sepakat", "wiranata", "anggota"],
            "2008",
        ),
    ],
)
def test_a_follow_ups_own_words_bind_its_fact(question: str, context: list[str], year: str) -> None:
    analyzed = analyze_question(question)
    analyzed.context_terms = [t for t in context if t in analyzed.terms + analyzed.entities]
    sentence = (
        "Pada tahun 2008, rapat koperasi Lebak di gedung yang sama, yang dibangun di bawah"
        " pemimpin desa yang digulingkan pada tahun 1989, sepakat bahwa Wiranata akan menjadi"
        " anggota."
    )
    assert extract_fact(analyzed, sentence, PUBLISHED).text == year


@pytest.mark.parametrize(
    ("question", "unknown", "abstains"),
    [
        # the kind of place asked is no deed the articles must report
        ("Di kota mana KTT Ardi akan diadakan?", ["kota"], False),
        # a deed no article reports is
        ("Di mana KTT Ardi dilantik?", ["lantik"], True),
    ],
)
def test_the_kind_of_place_asked_is_no_unheard_deed(
    question: str, unknown: list[str], abstains: bool
) -> None:
    analyzed, ranked = _ranked(question, "KTT Ardi akan diadakan di Lebak bulan depan.")
    analyzed.unknown_terms = unknown
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


def test_a_light_verb_and_a_word_of_when_are_no_unheard_deed() -> None:
    # "yang dahulu juga digelar": the summit is asked, which the sentence names
    analyzed, ranked = _ranked(
        "KTT Ardi tahun berapa yang dahulu juga digelar di Lebak?",
        "Pada tahun 2008, KTT Ardi di Lebak setuju bahwa Medan akan bergabung.",
    )
    analyzed.unknown_terms = ["dahulu", "gelar"]
    assert compose(analyzed, [], ranked, model=None).text.startswith("**2008**")


def test_a_follow_ups_premise_is_its_own_not_the_turn_befores() -> None:
    # the resolved follow-up carries the previous turn's terms ("kecewa"); its answer need
    # not say that turn's feeling
    analyzed, ranked = _ranked(
        "saat itu dewan tersebut anggotanya berapa negara",
        "Pengukuhan itu menandai hubungan dengan dewan yang beranggotakan 31 negara.",
    )
    analyzed.terms = [*analyzed.terms, "ardi", "kecewa"]
    assert compose(analyzed, [], ranked, model=None).text.startswith("**31 negara**")


def test_an_acronym_with_a_clitic_is_the_acronym() -> None:
    analyzed = analyze_question("Di kota mana KTTnya itu akan diadakan?")
    assert "ktt" in analyzed.entities and "ktt" in analyzed.terms
    assert "kttnya" not in analyzed.entities + analyzed.terms


@pytest.mark.parametrize(
    ("second", "answer"),
    [
        # the next sentence of the report tells the whole claim: it confirms it
        ("Menurut pejabat, jaminan ini akan diberikan setelah rapat Lebak berakhir.", "**Ya**"),
        # one that does not tell the claim's deed confirms nothing
        ("Menurut pejabat, rapat Lebak akan berakhir pada Jumat.", "Maaf"),
    ],
)
def test_a_claim_detail_left_out_is_confirmed_by_a_sentence_telling_it_whole(
    second: str, answer: str
) -> None:
    analyzed, ranked = _ranked(
        "Apakah jaminan dari Wiranesia dan Holmbergia baru diberikan setelah rapat Lebak berakhir?",
        "Wiranesia dan Holmbergia diperkirakan akan mengeluarkan jaminan kepada Lebak.",
        second,
    )
    ranked[1].previous = ranked[0].text  # (the report's sentences follow each other)
    assert compose(analyzed, [], ranked, model=None).text.startswith(answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a plan reported ("would eventually join") asks the plan's date, not a deed done
        ("When did the council say Lebak would eventually join?", "**2018**"),
        # a deed asked as done, where the article only agrees to it: not yet
        ("When did Lebak eventually join the council?", "**Not yet**"),
    ],
)
def test_a_plan_reported_in_english_is_no_deed_asked_as_done(question: str, answer: str) -> None:
    text = _answer_text(question, "Dewan sudah setuju Lebak bergabung pada 2018.")
    assert text.startswith(answer)


@pytest.mark.parametrize(
    ("sentence", "abstains"),
    [
        # who said the words is not the doer of a deed they do not tell
        ('"Kami bersiap mendukung pusat pelatihan di Lebak," kata Wiranata.', True),
        # ... the words that tell it make the speaker its doer
        ('"Saya akan memimpin pusat pelatihan di Lebak," kata Wiranata.', False),
    ],
)
def test_a_speaker_is_no_doer_of_a_deed_the_words_do_not_tell(
    sentence: str, abstains: bool
) -> None:
    assert _abstains("Siapa yang akan memimpin pusat pelatihan di Lebak?", sentence) is abstains


def test_an_office_claimed_for_someone_no_article_names_is_answered_with_its_holder() -> None:
    """ "Apakah Sekjen NATO yang … adalah Mark Rutte?": the articles give the office to another
    person, so "Tidak" with that person, not "no article names Rutte"."""
    analyzed, ranked = _ranked(
        "Apakah Sekretaris Jenderal NATO yang bertemu para menteri adalah Mark Wiranata?",
        "Sekretaris Jenderal NATO Jens Holmberg bertemu para menteri di Brussels.",
    )
    analyzed.unknown_entities = ["mark", "wiranata"]
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.text.startswith(
        "**Tidak**: menurut artikel, Holmberg adalah Sekretaris Jenderal NATO [1]"
    )
    assert not answer.abstained
    # a meeting with the unknown person claims no office: the articles cannot say
    analyzed, ranked = _ranked(
        "Apakah Sekretaris Jenderal NATO bertemu Mark Wiranata?",
        "Sekretaris Jenderal NATO Jens Holmberg bertemu para menteri di Brussels.",
    )
    analyzed.unknown_entities = ["mark", "wiranata"]
    assert compose(analyzed, [], ranked, model=None).abstained


def test_the_sentence_that_tells_the_asked_deed_stays_before_other_words_of_its_doer() -> None:
    """ "Apa yang akan diminta Holmberg … untuk dijanjikan?" asks words ("janji"), but the top
    sentence tells the request itself: another sentence's words of Holmberg do not go first."""
    analyzed, ranked = _ranked(
        "Apa yang akan diminta Holmberg kepada sekutu untuk dijanjikan bagi Kyiv?",
        "Holmberg akan meminta sekutu untuk menjanjikan lebih banyak bantuan musim dingin.",
        "Holmberg mengatakan rapat para menteri di Lebak berjalan baik.",
    )
    assert analyzed.asks_words and analyzed.focus
    ranked[0].has_focus, ranked[1].attributed = True, True
    answer = compose(analyzed, [], ranked, model=None)
    assert "bantuan musim dingin" in first_sentence(answer.text)
    ranked[0].has_focus = False  # (a top sentence without the asked verb gives way)
    assert "bantuan musim dingin" not in first_sentence(compose(analyzed, [], ranked, None).text)


@pytest.mark.parametrize(
    ("question", "planned", "another_time"),
    [
        # the question dates its meeting in the report's month; the plan is next month's
        ("Apa yang disepakati dalam sidang pada Juni 2024?", "pertemuan puncak bulan depan", True),
        ("Apa hasil pertemuan puncak Juli 2024?", "pertemuan puncak bulan depan", False),
        # an undated question, or an undated plan, may be of the same event
        ("Apa hasil pertemuan puncak itu?", "pertemuan puncak bulan depan", False),
        ("Apa yang disepakati pada Juni 2024?", "pertemuan puncak yang direncanakan", False),
        ("What will the summit in 2024 decide?", "pertemuan puncak bulan depan", False),
    ],
)
def test_a_plan_for_another_time_is_another_events(
    question: str, planned: str, another_time: bool
) -> None:
    article = ArticleMeta(id="a", title="Berita", source="Harian", published=dt.date(2024, 6, 14))
    sentence = Sentence(article, f"Para menteri membahas {planned}.", 0, 40, 0, "")
    assert _planned_for_another_time(analyze_question(question), sentence) is another_time


def test_a_reason_told_in_the_next_sentence_answers_why() -> None:
    """News tells a deed, then why in the sentence after: that one answers "Mengapa …?" when
    the top sentence gives no reason; a following sentence about something else does not."""
    question = "Mengapa Ardi mencari senjata dari Lebak?"
    deed = (
        "Ardi akan bertemu Presiden Medan, di saat dirinya mencari lebih banyak senjata dari Lebak."
    )
    reason = "Senjata diperlukan untuk bertahan di tengah serangan Halasz."
    analyzed, ranked = _ranked(question, deed, reason)
    ranked[1].previous = deed
    ranked[1].predicate_coverage = 0.2
    answer = compose(analyzed, [], ranked, model=None)
    assert first_sentence(answer.text).startswith("Untuk bertahan di tengah serangan Halasz")
    ranked[1].previous = "Kalimat lain sebelumnya."  # (not the sentence right after)
    assert "Halasz" not in first_sentence(compose(analyzed, [], ranked, None).text)


def test_words_of_the_asked_person_on_something_else_do_not_go_first() -> None:
    """ "Mengapa Holmberg meminta sekutu menjanjikan bantuan musim dingin?" asks words
    ("janji"): his words that say nothing of the question besides his name stay behind the
    sentence that tells the request; words that speak of it go first."""
    question = "Mengapa Holmberg meminta sekutu menjanjikan bantuan musim dingin untuk Kyiv?"
    request = (
        "Holmberg akan meminta sekutu menjanjikan bantuan musim dingin untuk Kyiv, karena "
        "serangan Rusia di infrastruktur."
    )
    other_words = "“Kami mendukung Anda, karena ini penting bagi aliansi,” ujar Holmberg."
    analyzed, ranked = _ranked(question, request, other_words)
    assert analyzed.asks_words
    ranked[1].attributed = True
    ranked[0].predicate_coverage, ranked[1].predicate_coverage = 0.9, 0.0
    assert "infrastruktur" in first_sentence(compose(analyzed, [], ranked, model=None).text)
    ranked[1].predicate_coverage = 0.2  # (his words on the request itself go first)
    assert "penting bagi aliansi" in first_sentence(compose(analyzed, [], ranked, None).text)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "Mengapa kunjungan Ardi ke Lebak merupakan kunjungan keduanya?",
            "Praanggapan pertanyaan ini tidak sesuai dengan artikel, yang menyebut kunjungan "
            "pertamanya [1].",
        ),
        (
            "Why was Ardi's trip to Lebak his second visit there?",
            "The question's premise does not match the articles, which say “kunjungan "
            "pertamanya” [1].",
        ),
    ],
)
def test_a_place_in_a_sequence_the_report_gives_otherwise_is_a_false_premise(
    question: str, opening: str
) -> None:
    answer = _answered_from_one_passage(
        question,
        "Ardi tiba di Lebak karena diundang para menteri.",
        "Ini adalah kunjungan pertamanya ke Lebak.",
    )
    assert answer.text.startswith(opening)
    assert answer.abstained


@pytest.mark.parametrize(
    ("deed_terms", "planned_only"),
    [
        # the deed asked is told done before the plan word, in a synonym ("invasi" for
        # "menyerbu"): no plan of it
        ({"serang"}, False),
        # without the question's deed words, the plan governs a name it asks about
        (set(), True),
    ],
)
def test_a_deed_asked_before_its_done_word_is_told_done_by_a_synonym(
    deed_terms: set[str], planned_only: bool
) -> None:
    question = "lebak menyerbu medan sudah dari kapan"
    evidence = "Invasi Lebak membuat prospek Medan menjadi anggota dewan kian pelik."
    terms = set(analyze_question(question).terms)
    found = done_but_only_planned(question, evidence, terms, deed_terms=deed_terms)
    assert bool(found) is planned_only


@pytest.mark.parametrize(
    ("question", "opening", "abstains"),
    [
        # the request says the opposite of the claimed deed: "Tidak"
        ("Apakah Holmberg melarang Lebak menggunakan rudal?", "**Tidak**", False),
        # the requested deed itself was only asked for: no "Ya"
        ("Apakah Medan mengizinkan Lebak menggunakan rudal?", "Artikel tidak menyebut", True),
    ],
)
def test_a_request_answers_a_claim_of_its_opposite(
    question: str, opening: str, abstains: bool
) -> None:
    answer = _answered_from_one_passage(
        question, "Holmberg mendesak Medan untuk mengizinkan Lebak menggunakan rudal."
    )
    assert answer.text.startswith(opening)
    assert answer.abstained is abstains


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("Who is the NATO chief?", ("kepala", "nato")),
        ("Who was the foreign minister quoted on Russia?", ("menteri", "luar")),
        # an office that does the asked deed is not the one asked
        ("Who was the Medan president set to meet separately?", ()),
        ("who did the medan president meet", ()),
        # ... nor a deed told of the office in a relative clause
        ("Who is the Hungarian prime minister who refused to send troops?", ("perdana", "menteri")),
    ],
)
def test_an_english_office_is_asked_unless_its_holder_does_the_deed(
    question: str, office: tuple[str, ...]
) -> None:
    assert asked_office(analyze_question(question)) == office


def test_an_office_the_question_gives_the_doer_does_not_bar_whom_it_met() -> None:
    # "Dengan siapa Presiden Peru bertemu?": the one met may hold any office
    answer = _answered_from_one_passage(
        "Dengan siapa Presiden Peru akan bertemu secara terpisah?",
        "Wiranata juga akan bertemu secara terpisah dengan Presiden Chile Sari Wulandari.",
        lead_in="Presiden Peru Wiranata tiba pada Selasa.",
    )
    assert "Sari Wulandari" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Apakah pusat pelatihan itu akan dibangun di Lithuania?",
        # chat writes the place in lower case: still a place claimed, not a name unsaid
        "pusat pelatihan itu bakal dibangun di lithuania kan",
    ],
)
def test_a_place_claimed_otherwise_is_denied_in_any_case(question: str) -> None:
    answer = _answer_text(question, "Pusat pelatihan itu akan dibangun di Polandia.")
    assert answer.startswith("**Tidak**") and "Polandia" in answer


@pytest.mark.parametrize(
    ("question", "unconfirmed"),
    [
        # the opposition claimed is not said, whatever attack its purpose names
        ("Apakah Ardi menentang penggunaan rudal oleh Medan untuk menyerang Lebak?", ["tolak"]),
        ("Did Ardi oppose letting Medan use missiles to strike Lebak?", ["tolak"]),
        # the first verb said, the claim holds
        ("Apakah Ardi mendesak Holmberg untuk menyerang Lebak?", []),
    ],
)
def test_a_claim_is_about_its_first_verb_not_its_purpose(
    question: str, unconfirmed: list[str]
) -> None:
    analyzed, ranked = _ranked(
        question,
        "Ardi mendesak Holmberg untuk mengizinkan Medan menggunakan rudal untuk menyerang Lebak.",
    )
    assert check_claim(analyzed, ranked[0], confirming=True).unconfirmed == unconfirmed


@pytest.mark.parametrize(
    "question",
    [
        "What kind of weapons did Ardi press allies to hand over?",
        "Senjata apa saja yang dituntut Ardi dari sekutunya?",
    ],
)
def test_a_list_told_right_after_the_deed_answers_it(question: str) -> None:
    # news tells the deed, then lists it in the next sentence, its doer by pronoun
    analyzed = analyze_question(question)
    passages, ranked = _scored(
        analyzed,
        "Bupati Ardi tiba di Medan pada Rabu. Ardi kemudian mendesak para sekutunya "
        "meningkatkan pasokan senjata. Ia meminta sistem pertahanan udara, rudal jarak jauh, "
        "dan amunisi di tengah kekhawatiran warga.",
    )
    lead = compose(analyzed, passages, ranked, model=None).text.split("\n")[0]
    assert lead.startswith("**") and ("amunisi" in lead or "ammunition" in lead)


@pytest.mark.parametrize(
    "question",
    [
        "Siapa yang mendesak Lebak untuk mengizinkan Medan memakai jembatan itu?",
        # asking in other words is the same deed
        "Siapa yang meminta Lebak mengizinkan Medan memakai jembatan itu?",
        "Siapakah yang mendorong Lebak memperbolehkan Medan memakai jembatan itu?",
    ],
)
def test_ia_after_a_run_of_continuations_is_whom_the_run_goes_back_to(question: str) -> None:
    analyzed = analyze_question(question)
    passages, ranked = _scored(
        analyzed,
        "Bupati Ardi juga telah mengirimkan pesan kepada warga. “Kami akan bertahan,” ucapnya. "
        "Ia juga mendesak Lebak untuk mengizinkan Medan memakai jembatan itu.",
    )
    ranked = [s for s in ranked if s.text.startswith("Ia juga")]
    lead = compose(analyzed, passages, ranked, model=None).text.split("\n")[0]
    assert lead.startswith("**") and "Ardi**" in lead


def test_the_asked_persons_deed_answers_not_anothers_by_pronoun() -> None:
    # "Ia meminta …" is Holmberg's (the sentence before); the run of Wiranata's words ends
    # with what he asked for
    analyzed = analyze_question("Apa yang diminta Presiden Wiranata dari Lebak?")
    passages, ranked = _scored(
        analyzed,
        "Menteri Holmberg kemudian mendesak warga bersiap. Ia meminta beras, gula, dan minyak. "
        "Presiden Wiranata juga telah mengirim pesan. “Kami siap,” ucapnya. "
        "Ia juga mendesak Lebak untuk membuka jalan ke Medan.",
    )
    ranked = sorted(ranked, key=lambda s: not s.text.startswith("Ia meminta"))
    answer = compose(analyzed, passages, ranked, model=None)
    assert "membuka jalan" in answer.text and "beras" not in answer.text


def test_when_someone_said_it_is_answered_by_their_words_in_any_verb_of_saying() -> None:
    # the question names nothing but the saying: "ucap" says what "mengatakan" asks
    analyzed = analyze_question("Kapan Ardi mengatakan hal itu?")
    passages, ranked = _scored(
        analyzed,
        "“Semua warga sudah setuju,” kata Holmberg pada 28 April 2023. "
        "“Kami terus bekerja,” ucap Bupati Medan, Ardi, pada 29 Juni 2023.",
    )
    ranked = sorted(ranked, key=lambda s: "Holmberg" not in s.text)
    answer = compose(analyzed, passages, ranked, model=None)
    assert "Juni" in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    ("word", "is_root"),
    [
        ("lengser", True),  # chat's "udah lengser": "dilengserkan" is made from it
        ("rapat", False),  # a noun in a group with "bertemu", no verb made from it
        ("dilengserkan", False),  # a verb form itself
    ],
)
def test_a_root_a_verb_of_its_synonyms_is_made_from(word: str, is_root: bool) -> None:
    assert _root_of_a_verb(word) is is_root


@pytest.mark.parametrize(
    ("question", "whom"),
    [
        ("Who did the Medan president meet?", True),
        ("Who was the Medan president set to meet separately?", True),
        ("Dengan siapa Presiden Medan bertemu?", True),
        # ... also by the kind of person met
        ("Which Lebak official did the Medan president meet?", True),
        ("Which leader did Ardi meet in Medan?", True),
        # ... not who had something done
        ("Which governor had the bridge in Medan built?", False),
        # no doer after the auxiliary: who did it is asked
        ("Who did not attend the summit?", False),
        ("Who has repeatedly criticized the council?", False),
        ("Who is going to replace Ardi?", False),
        ("Who will also speak at the summit?", False),
    ],
)
def test_whom_a_deed_was_done_to_is_asked(question: str, whom: bool) -> None:
    assert asks_whom(analyze_question(question)) is whom


def test_a_deed_only_agreed_to_takes_no_stand_ins_date() -> None:
    # no day in the top sentence, so no fact there; the lower date is of something else
    answer = _answer_text(
        "tanggal berapa lebak resmi bergabung dengan dewan",
        "Meski dewan sudah setuju Lebak bergabung pada 2018, dewan tidak pernah memberi jalur.",
        "Dalam rapat dewan pada Selasa, 11 Juli 2023, Lebak mengaku kecewa.",
    )
    assert answer.startswith("**Belum**")


@pytest.mark.parametrize(
    ("question", "text", "contradicted"),
    [
        # a weekday alone is compared with the day the sentence dates
        (
            "Apakah Wiranata tiba di Medan pada hari Kamis?",
            "Wiranata pada Rabu (11/10/2023) tiba di Medan.",
            "Rabu, 11 Oktober 2023",
        ),
        (
            "Did Wiranata arrive in Medan on Thursday?",
            "Wiranata pada Rabu (11/10/2023) tiba di Medan.",
            "Wednesday, 11 October 2023",
        ),
        (
            "Apakah Wiranata tiba di Medan pada hari Rabu?",
            "Wiranata pada Rabu (11/10/2023) tiba di Medan.",
            "",
        ),
        # the date that gainsays a claim is the one nearest its deed, not the sentence's first
        (
            "Apakah gedung itu dibangun pada tahun 1991?",
            "Pada tahun 2008, rapat digelar di gedung yang dibangun pada tahun 1989.",
            "1989",
        ),
        (
            "Apakah rapat itu digelar pada tahun 2005?",
            "Pada tahun 2008, rapat digelar di gedung yang dibangun pada tahun 1989.",
            "2008",
        ),
    ],
)
def test_a_claims_day_and_year_are_checked_against_its_deeds_date(
    question: str, text: str, contradicted: str
) -> None:
    analyzed, ranked = _ranked(question, text)
    # (as the index finds them: no article says the weekday or the year asked)
    analyzed.unknown_terms = [t for t in analyzed.terms if t in {"kamis", "1991", "2005"}]
    check = check_claim(analyzed, ranked[0], confirming=True)
    assert (check.contradicted, check.unconfirmed) == (contradicted, [])


@pytest.mark.parametrize(
    ("question", "unknown_terms", "answer"),
    [
        # a year no article mentions is checked when the articles tell the claim's deed ...
        (
            "Apakah Wiranata berbincang dengan Holmberg pada tahun 2021?",
            ["2021"],
            "**Tidak**: artikel menyebut Selasa, 4 Juli 2023",
        ),
        # ... and is a name no article mentions when they do not ("lahir"): another deed's
        # date does not gainsay it
        ("Apakah Wiranata lahir pada tahun 2021?", ["lahir", "2021"], "Maaf"),
        ("Was Wiranata born in 2021?", ["lahir", "2021"], "The articles do not"),
    ],
)
def test_a_year_no_article_mentions_is_checked_only_against_a_deed_they_tell(
    question: str, unknown_terms: list[str], answer: str
) -> None:
    analyzed, ranked = _ranked(question, "Wiranata pada Selasa (4/7) berbincang dengan Holmberg.")
    analyzed.unknown_terms, analyzed.unknown_entities = unknown_terms, ["2021"]
    assert compose(analyzed, [], ranked, model=None).text.startswith(answer)


@pytest.mark.parametrize(
    ("question", "text", "unconfirmed"),
    [
        # any report of the words bears out a claim that they were stated
        (
            "Apakah Wiranata telah menegaskan bahwa semua anggota setuju Medan bergabung?",
            "Wiranata sudah memastikan bahwa semua anggota setuju Medan bergabung.",
            [],
        ),
        (
            "Apakah Wiranata menyatakan bahwa semua anggota setuju Medan bergabung?",
            '"Semua anggota setuju Medan bergabung," kata Wiranata.',
            [],
        ),
        # ... not a claim of a warning, which says more than the words
        (
            "Apakah Wiranata memperingatkan bahwa semua anggota setuju Medan bergabung?",
            "Wiranata sudah memastikan bahwa semua anggota setuju Medan bergabung.",
            ["ancam"],
        ),
        # ... nor one the sentence does not report as said
        (
            "Apakah Wiranata telah menegaskan bahwa semua anggota setuju Medan bergabung?",
            "Semua anggota setuju Medan bergabung.",
            ["tegas"],
        ),
        # ... nor one it reports as someone else's words (the speaker claimed is what it lacks)
        (
            "Apakah Wiranata menegaskan bahwa Medan akan diserang?",
            '"Medan akan diserang," kata Holmberg.',
            ["wiranata"],
        ),
    ],
)
def test_a_claim_that_words_were_stated_is_borne_out_by_any_report_of_them(
    question: str, text: str, unconfirmed: list[str]
) -> None:
    analyzed, ranked = _ranked(question, text)
    # (as the index finds them: no article uses the claim's verb of saying)
    analyzed.unknown_terms = [t for t in analyzed.terms if t in {"tegas", "nyata", "ingat"}]
    assert check_claim(analyzed, ranked[0], confirming=True).unconfirmed == unconfirmed


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a year no article mentions is a value the claim is checked against, not a name
        ("Apakah gedung itu dibangun pada tahun 1991?", "**Tidak**: artikel menyebut 1989"),
        ("Apakah gedung itu dibangun pada tahun 1989?", "**Ya**"),
    ],
)
def test_an_unknown_year_in_a_yes_no_claim_is_checked_not_refused(
    question: str, answer: str
) -> None:
    analyzed, ranked = _ranked(
        question, "Pada tahun 2008, rapat digelar di gedung yang dibangun pada tahun 1989."
    )
    analyzed.unknown_entities = [y for y in ("1991",) if y in question]
    assert compose(analyzed, [], ranked, model=None).text.startswith(answer)


@pytest.mark.parametrize(
    ("question", "evidence", "answer"),
    [
        # a count by its magnitude: another magnitude of the same noun corrects it
        (
            "Apakah Ardi berpidato di depan ratusan orang?",
            "Ardi berpidato di depan ribuan orang di Medan.",
            "**Tidak**: artikel menyebut ribuan orang",
        ),
        (
            "Did Ardi speak to hundreds of people?",
            "Ardi berbicara kepada ribuan orang di Medan.",
            "**No**: the article says thousands of people",
        ),
        (
            "Apakah Ardi berpidato di depan ribuan orang?",
            "Ardi berpidato di depan ribuan orang di Medan.",
            "**Ya**",
        ),
        # ... not a magnitude of a sentence on another deed
        (
            "Apakah Ardi berpidato di depan ratusan orang?",
            "Banjir membuat jutaan orang di Medan tidak memiliki air.",
            "Maaf",
        ),
    ],
)
def test_a_count_by_its_magnitude_is_checked(question: str, evidence: str, answer: str) -> None:
    assert _answer_text(question, evidence).startswith(answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the date of a relative clause on another deed ("yang digulingkan pada tahun 1989")
        # does not correct a claim on the main one, however near its words it stands
        (
            "Apakah rapat yang setuju Medan bergabung digelar pada tahun 2010?",
            "**Tidak**: artikel menyebut 2008",
        ),
        (
            "Was the meeting that agreed Medan would join held in 2010?",
            "**No**: the article says 2008",
        ),
        # ... a claim on that clause's own deed is corrected by its date
        ("Apakah Budi digulingkan pada tahun 1991?", "**Tidak**: artikel menyebut 1989"),
    ],
)
def test_a_date_correction_is_the_main_deeds_not_a_relative_clauses(
    question: str, answer: str
) -> None:
    analyzed, ranked = _ranked(
        question,
        "Pada tahun 2008, rapat di gedung yang dibangun di bawah Budi yang digulingkan pada "
        "tahun 1989, setuju bahwa Medan akan bergabung.",
    )
    analyzed.unknown_entities = [y for y in ("1991", "2010") if y in question]
    assert compose(analyzed, [], ranked, model=None).text.startswith(answer)


@pytest.mark.parametrize(
    "question",
    [
        # "bebas dari" is "tidak memiliki"; "kendala" is "masalah"
        "Apakah industri Lebak terbebas dari kendala?",
        "industri lebak bebas masalah gak",
    ],
)
def test_being_free_of_something_is_not_having_it(question: str) -> None:
    normalized = normalize_question(question, "id")
    assert "tidak memiliki" in normalized
    assert {"milik", "masalah"} <= set(analyze_question(normalized).terms)


@pytest.mark.parametrize(
    ("question", "attributed"),
    [
        # asked what a statement conveys, a sentence telling what theirs does is their account
        ("Menurut pernyataan Wiranata, bantuan apa yang akan diberikan?", True),
        ("bantuan apa yg bakal dikasih menurut sinyal dari wiranata", True),
        # asked for their words, it is not: it is the reporter's reading of them
        ("Mengapa Wiranata menyatakan bahwa bantuan akan diberikan?", False),
    ],
)
def test_what_a_statement_conveys_is_told_by_a_sentence_about_the_statement(
    question: str, attributed: bool
) -> None:
    text = "Pernyataan Wiranata itu menguatkan sinyal bahwa bantuan senjata akan diberikan."
    asked = _STATEMENT_ASKED.search(question) is not None
    assert (asked and _statement_of(text, "Wiranata")) is attributed


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Pernyataan Wiranata itu menguatkan sinyal bahwa bantuan akan diberikan.", True),
        ("Selain itu, pernyataan Wiranata menguatkan sinyal bahwa bantuan diberikan.", True),
        # a response to the statement, or words said after a speech, are another's
        ("Menanggapi pernyataan Wiranata, Holmberg mengatakan bantuan tidak cukup.", False),
        ("Usai pidato Wiranata, Holmberg berkata bantuan tidak cukup.", False),
    ],
)
def test_a_statement_is_the_speakers_only_as_the_clauses_subject(text: str, told: bool) -> None:
    assert _statement_of(text, "Wiranata") is told


WEEK_MORE = "Ardi meminta warga bersiap selama seminggu lagi."


@pytest.mark.parametrize(
    ("question", "text", "contradicted"),
    [
        # a length of time is its number and its unit together
        ("Apakah Ardi meminta warga bersiap selama sebulan lagi?", WEEK_MORE, "seminggu"),
        ("Apakah Ardi meminta warga bersiap selama satu bulan lagi?", WEEK_MORE, "seminggu"),
        ("Did Ardi tell people to brace for another month?", WEEK_MORE, "seminggu"),
        ("Did Ardi tell people to brace for at least another month?", WEEK_MORE, "seminggu"),
        ("Apakah Ardi meminta warga bersiap selama seminggu lagi?", WEEK_MORE, ""),
        ("Apakah Ardi meminta warga bersiap selama sepekan lagi?", WEEK_MORE, ""),
        ("Apakah Ardi meminta warga bersiap selama tiga minggu lagi?", WEEK_MORE, "seminggu"),
        # ... the same length in other units
        ("Apakah Ardi meminta warga bersiap selama 7 hari lagi?", WEEK_MORE, ""),
        # ... not a time after something
        ("Apakah Ardi meminta warga bersiap sebulan setelah rapat?", WEEK_MORE, ""),
        # ... nor a length the sentence gives only as a bound
        (
            "Apakah Ardi meminta warga bersiap selama dua bulan lagi?",
            "Ardi meminta warga bersiap selama lebih dari sebulan lagi.",
            "",
        ),
        # ... nor the length of another deed
        (
            "Apakah Ardi ditahan selama dua tahun?",
            "Setelah bersembunyi selama seminggu, Ardi ditahan polisi.",
            "",
        ),
    ],
)
def test_a_length_of_time_is_its_number_and_its_unit(
    question: str, text: str, contradicted: str
) -> None:
    analyzed, ranked = _ranked(question, text)
    assert check_claim(analyzed, ranked[0], confirming=True).contradicted == contradicted


@pytest.mark.parametrize(
    "question",
    [
        "Apakah Wiranata meminta Medan mengizinkan warga memakai jalan?",
        "wiranata minta medan bolehin warga pake jalan gak",
        "Apakah Wiranata mendorong Medan mengizinkan warga memakai jalan?",
        "Did Wiranata ask Medan to let residents use the road?",
    ],
)
def test_a_request_is_one_deed_whichever_verb_asks(question: str) -> None:
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)),
        "Wiranata mendesak Medan untuk mengizinkan warga memakai jalan.",
    )
    assert check_claim(analyzed, ranked[0], confirming=True) == ClaimCheck()


@pytest.mark.parametrize(
    ("question", "unconfirmed"),
    [
        # "sebulan lagi" may say when as well as how long: no "Ya" from another length, and
        # no "Tidak" either
        ("Apakah Ardi meminta warga bersiap sebulan lagi?", ["sebulan"]),
        ("ardi minta warga siap2 sebulan lagi kan", ["sebulan"]),
        ("Apakah Ardi meminta warga bersiap seminggu lagi?", []),
    ],
)
def test_a_length_or_a_time_to_come_is_not_confirmed_by_another_length(
    question: str, unconfirmed: list[str]
) -> None:
    analyzed, ranked = _ranked(normalize_question(question, "id"), WEEK_MORE)
    check = check_claim(analyzed, ranked[0], confirming=True)
    assert (check.contradicted, check.unconfirmed) == ("", unconfirmed)


@pytest.mark.parametrize(
    "question",
    [
        "Which country did Ardi warn the West not to become dependent on?",
        # the preposition's object left out before a clause opens
        "Which country did Ardi warn the West not to become newly dependent on as it weans "
        "itself off Lebak's energy?",
    ],
)
def test_the_country_asked_is_the_object_of_a_stranded_preposition(question: str) -> None:
    text = _answer_text(
        question,
        "Ardi memperingatkan negara-negara Barat untuk tidak menciptakan ketergantungan baru "
        "pada China saat mereka melepaskan diri dari pasokan energi Lebak.",
    )
    assert first_sentence(text).startswith("**China**")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # a root that also makes a deed or an adjective is no report of words
        ("Apakah Lebak menambah pasukan di Medan?", "Lebak memastikan pasukan di Medan siaga."),
        (
            "Apakah Lebak bersikap tegas terhadap Medan?",
            '"Lebak bersikap lunak terhadap Medan," kata Wiranata.',
        ),
    ],
)
def test_only_verbs_of_saying_are_borne_out_by_a_report_of_words(question: str, text: str) -> None:
    analyzed, ranked = _ranked(question, text)
    analyzed.unknown_terms = [t for t in analyzed.terms if t in {"tambah", "tegas", "sikap"}]
    assert check_claim(analyzed, ranked[0], confirming=True).unconfirmed


@pytest.mark.parametrize(
    ("question", "sentence", "denied"),
    [
        # the claim's own deed, denied: to the end of its clause, before a condition
        (
            "Mengapa Hongaria memveto usulan itu?",
            "Namun, Hongaria berjanji tidak akan memveto usulan tersebut selama tidak dipaksa.",
            "tidak akan memveto usulan tersebut",
        ),
        (
            "Why did Hungary veto the proposal?",
            "Namun, Hongaria berjanji tidak akan memveto usulan tersebut.",
            "tidak akan memveto usulan tersebut",
        ),
        # a claim that denies the deed itself is not contradicted by the denial
        ("Mengapa Hongaria tidak memveto usulan itu?", "Hongaria tidak akan memveto usulan.", ""),
        # a denial of a claim someone made reports words; it is no deed left undone
        (
            "Mengapa Rusia menyakiti warga sipil?",
            "Ia menyangkal niatnya untuk menyakiti warga sipil.",
            "",
        ),
        # the deed said, not denied
        (
            "Mengapa Orban menolak pengiriman tentara?",
            "Orban dengan tegas menolak pengiriman tentara ke Ukraina.",
            "",
        ),
        # another deed denied
        (
            "Mengapa Hongaria memveto usulan itu?",
            "Hongaria tidak akan mengirim tentara ke Ukraina.",
            "",
        ),
        # a denial urged, or set as a condition, is no deed undone
        ("Mengapa Medan memveto usulan itu?", "Wiranata mendesak Medan agar tidak memveto.", ""),
        ("Mengapa Medan memveto usulan itu?", "Medan mendukung selama tidak memveto usulan.", ""),
        # ... nor is the denial of another doer's deed
        ("Mengapa Medan memveto usulan itu?", "Kata Medan, Lebak tidak akan memveto usulan.", ""),
        (
            "Mengapa Holmberg memveto usulan itu?",
            "Keputusan Medan bagi Lebak setelah serangan Holmberg tidak akan memveto usulan.",
            "",
        ),
        # ... nor a forecast, an opinion, a fear, a condition, a deed that would have been, or
        # what someone cannot do
        ("Mengapa Medan memveto usulan itu?", "Wiranata menilai Medan tidak memveto usulan.", ""),
        ("Mengapa Medan memveto usulan itu?", "Analis khawatir Medan tidak memveto usulan.", ""),
        (
            "Mengapa Medan memveto usulan itu?",
            "Jika Lebak menyerang, Medan tidak akan memveto usulan.",
            "",
        ),
        (
            "Mengapa Medan memveto usulan itu?",
            "Seandainya Medan tidak memveto usulan, perang akan berbeda.",
            "",
        ),
        ("Mengapa Medan menunggu?", "Medan tidak bisa menunggu lebih lama.", ""),
        # the shown words end at a clause, never on a preposition
        (
            "Why did Medan cut its efforts to arm Lebak?",
            "Medan tidak akan mengurangi upaya Wiranata dalam mempersenjatai Lebak.",
            "tidak akan mengurangi upaya Wiranata dalam mempersenjatai Lebak",
        ),
    ],
)
def test_the_claims_own_deed_denied(question: str, sentence: str, denied: str) -> None:
    analyzed, ranked = _ranked(question, sentence)
    assert main_deed_denied(analyzed, ranked[0]) == denied


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a claim that someone knows, against a sentence that says no one does: "Tidak", cited
        # to that sentence, whichever sentence ranks first
        (
            "Apakah Ardi sudah bisa memastikan kapan perang usai?",
            "**Tidak**: artikel menyebut “Tidak ada yang tahu kapan perang ini akan berakhir”",
        ),
        (
            "Does Ardi know when the war will end?",
            "**No**: the article says “Tidak ada yang tahu kapan perang ini akan berakhir”",
        ),
        # (the words before the question word say who claims to know, not what is known)
        (
            "Apakah Ardi mengklaim mengetahui kapan perang usai?",
            "**Tidak**: artikel menyebut “Tidak ada yang tahu kapan perang ini akan berakhir”",
        ),
        # not known is said of the when, not of where: nothing tells whether he knows
        ("Apakah Ardi tahu di mana perang usai?", "Maaf"),
        # ... of its end, not its start, and of this war, not another named one
        ("Apakah Ardi tahu kapan perang dimulai?", "Maaf"),
        ("Apakah Ardi tahu kapan perang Wiranata-Holmberg berakhir?", "Maaf"),
        # a claim that it is not known is confirmed by the sentence, never answered "Tidak"
        ("Apakah tidak ada yang tahu kapan perang akan berakhir?", ""),
        ("Apakah Ardi tidak tahu kapan perang akan berakhir?", ""),
        ("Is it true that nobody knows when the war will end?", ""),
    ],
)
def test_a_claim_of_knowing_against_no_one_knows(question: str, opening: str) -> None:
    text = _answer_text(
        question,
        "Pernyataan Ardi itu menguatkan sinyal dukungan bagi Kyiv selama perang.",
        "Tidak ada yang tahu kapan perang ini akan berakhir, tutur Ardi.",
    )
    if opening:
        assert text.startswith(opening)
    else:
        assert not text.startswith(("**Tidak**", "**No**"))


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a decrease claimed, an increase said, in either word family: "Tidak"
        ("Apakah menurut Ardi masalah pasokan di Medan sudah berkurang?", "**Tidak**"),
        ("Did Ardi say the supply problems in Medan were easing?", "**No**"),
        # the increase itself claimed: confirmed
        ("Apakah menurut Ardi masalah pasokan di Medan meningkat?", "**Ya**"),
    ],
)
def test_a_decrease_claimed_against_an_increase_said(question: str, opening: str) -> None:
    text = _answer_text(
        question, "Ardi memperingatkan bahwa ada peningkatan masalah pasokan di Medan."
    )
    assert text.startswith(opening)


def test_the_sentence_after_the_scene_with_the_verb_asked_opens_a_list() -> None:
    """The sentence after the scene says the very verb asked, with two items (no enumeration
    of three): it answers, not the scene that restates the question."""
    continuation = "Mereka berfokus menjaga serangan balik, dan menyediakan pertahanan udara."
    question = analyze_question(
        "Apa saja yang menjadi fokus sekutu Lebak saat bertemu di Medan untuk membahas"
        " pengiriman senjata?"
    )
    passages, ranked = _scored(
        question,
        "Di Medan, para sekutu Lebak bertemu untuk membahas pengiriman senjata. " + continuation,
    )
    carrier = next(s for s in ranked if s.text == continuation)
    assert carrier.key in _continued_lists(question, ranked)
    answer = compose(question, passages, ranked, model=None)
    assert continuation in answer.text.splitlines()[0]


@pytest.mark.parametrize(
    ("sentence", "asked", "reason"),
    [
        # the doer of a causative verb whose effect says what was asked is the cause
        (
            "Sementara itu, invasi Lebak membuat prospek Medan menjadi anggota dewan kian pelik.",
            {"prospek", "anggota", "kian", "pelik", "sebab"},
            "Karena invasi Lebak",
        ),
        # ... not the maker of a thing, whose making says nothing asked
        ("Lebak membuat rudal baru di pabriknya.", {"prospek", "anggota", "pelik"}, ""),
        # ... nor one whose effect is another
        (
            "Invasi Lebak membuat harga pangan di Medan naik.",
            {"prospek", "anggota", "kian", "pelik"},
            "",
        ),
        # ... nor a causative denied, a relative "yang", or a maker of a thing for a purpose
        ("Namun, cuaca buruk tidak membuat panen Lebak gagal.", {"panen", "gagal"}, ""),
        (
            "Medan melancarkan serangan drone yang membuat ribuan rumah tanpa listrik.",
            {"rumah", "listrik"},
            "",
        ),
        (
            "Sebuah pabrik di Lebak membuat drone jarak jauh untuk menyerang kilang minyak.",
            {"serang", "kilang", "minyak"},
            "",
        ),
        # after reported words, their own doer; a modal before the verb is left out
        (
            "Wali kota Wiranata mengatakan serangan itu membuat ribuan warga mengungsi ke barat.",
            {"ribu", "warga", "ungsi", "barat"},
            "Karena serangan itu",
        ),
        (
            "Dukungan berkelanjutan akan membuat Medan menyadari bahwa mereka kalah.",
            {"sadar", "kalah"},
            "Karena dukungan berkelanjutan",
        ),
    ],
)
def test_the_cause_is_the_doer_of_a_causative(sentence: str, asked: set[str], reason: str) -> None:
    assert extract_reason(sentence, asked) == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # a reason inside a quotation ends with the quotation
        (
            "“Kami akan mendukung Anda, karena ini sangat penting bagi Medan,” ujar Ardi kepada"
            " Wiranata.",
            "karena ini sangat penting bagi Medan",
        ),
        ('"Kami datang karena diundang," kata Ardi.', "karena diundang"),
        # ... after a quotation already closed in the same sentence too
        (
            "“Kami kecewa,” kata Ardi, “karena dewan tidak memberi jadwal,” ujarnya kemudian.",
            "karena dewan tidak memberi jadwal",
        ),
        # ... a reason after a closed quotation runs to the sentence's end
        (
            "“Kami siap,” ujar Ardi, karena dewan sudah setuju.",
            "karena dewan sudah setuju",
        ),
    ],
)
def test_a_quoted_reason_ends_with_its_quotation(sentence: str, reason: str) -> None:
    assert extract_reason(sentence) == reason


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a claim that it is recent, against a sentence that it has long been so: "Tidak"
        (
            "Apakah Lebak baru-baru ini saja mulai mendamba keanggotaan dewan?",
            "**Tidak**: artikel menyebut sudah lama (“telah lama”)",
        ),
        (
            "Is Lebak's wish to join the council a recent one?",
            "**No**: the article says it has long been so (“telah lama”)",
        ),
        # ... the claim's subject a noun of the deed's ("keinginan" for "mendamba"), or new
        # what the claim ends by calling it
        (
            "Apakah keinginan Lebak menjadi anggota dewan baru muncul belakangan ini?",
            "**Tidak**: artikel menyebut sudah lama (“telah lama”)",
        ),
        (
            "Apakah hasrat Lebak untuk bergabung dengan dewan merupakan keinginan yang baru?",
            "**Tidak**: artikel menyebut sudah lama (“telah lama”)",
        ),
        # a claim that it has long been so is confirmed
        ("Apakah Lebak sudah lama mendamba keanggotaan dewan?", "**Ya**"),
    ],
)
def test_a_recent_claim_against_a_long_standing_one(question: str, opening: str) -> None:
    assert _answer_text(question, "Lebak telah lama mendamba keanggotaan di dewan.").startswith(
        opening
    )


def test_a_long_standing_deed_said_in_the_sentence_before_denies_a_recent_claim() -> None:
    """ "Meski dewan sudah setuju Lebak bergabung …" goes on from "Lebak telah lama mendamba
    …": the correction stands in the sentence before, and both are cited."""
    previous = "Lebak telah lama mendamba keanggotaan di dewan."
    analyzed, ranked = _ranked(
        "Apakah hasrat Lebak untuk bergabung dengan dewan merupakan keinginan yang baru?",
        "Meski dewan sudah setuju Lebak bergabung pada 2018, dewan tidak pernah memberi jalur.",
    )
    sentence = ranked[0]
    sentence.context = f"{previous} {sentence.text}"
    sentence.context_start, sentence.previous_start = 0, 0
    sentence.start, sentence.end = len(previous) + 1, len(sentence.context)
    sentence.previous = previous
    answer = compose(analyzed, [], ranked, model=None)
    assert answer.text.startswith("**Tidak**: artikel menyebut sudah lama (“telah lama”)")
    assert "Lebak telah lama mendamba keanggotaan di dewan. Meski" in answer.text


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a venue with the city the sentence puts it in right after it
        (
            "Pada tahun 2008, KTT dewan di Istana Parlemen yang sama di Vilnius, setuju bahwa"
            " Lebak akan menjadi anggota.",
            "Istana Parlemen, Vilnius",
        ),
        # a city as it is
        ("Pada tahun 2008, KTT dewan di Vilnius setuju bahwa Lebak akan bergabung.", "Vilnius"),
        # a body's seat where no place name is given; the city where one is
        ("Pada tahun 2008, di markas NATO, KTT dewan setuju Lebak bergabung.", "markas NATO"),
        ("Pada tahun 2008, di markas NATO di Vilnius, KTT dewan setuju.", "Vilnius"),
        # a venue with no city after it
        ("Pada tahun 2008, KTT dewan di Istana Parlemen setuju bahwa Lebak bergabung.", None),
    ],
)
def test_a_venue_is_given_with_its_city(sentence: str, place: str | None) -> None:
    question = analyze_question("Di mana KTT dewan tahun 2008 berlangsung?")
    assert extract_fact(question, sentence, PUBLISHED).text == (place or "Istana Parlemen")


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # the sentence calls the deed recent itself; "bertahun-tahun" is another's
        (
            "Apakah Lebak baru-baru ini menyerang Medan?",
            "Lebak baru-baru ini menyerang Medan, memperburuk konflik yang telah berlangsung"
            " bertahun-tahun.",
        ),
        # "telah lama" in a relative clause about someone's waiting
        (
            "Did Wiranata recently arrive in Medan?",
            "Wiranata, yang telah lama menunggu undangan itu, tiba di Medan pada Senin.",
        ),
        # ... of another deed than the one claimed
        (
            "Apakah dewan baru-baru ini menyetujui bantuan untuk Lebak?",
            "Dewan menyetujui bantuan bagi Lebak, yang sudah lama meminta senjata.",
        ),
        # ... or of a deed whose root only an object noun of the claim shares
        (
            "Apakah dewan baru-baru ini menolak permintaan Lebak?",
            "Lebak telah lama meminta, dan dewan menolak permintaan itu pekan lalu.",
        ),
        # ... or negated right after it
        ("Apakah Wiranata baru saja tiba di Medan?", "Wiranata sudah lama tidak tiba di Medan."),
        # new of another thing than the claim's subject
        (
            "Apakah dewan menolak usulan yang baru?",
            "Lebak telah lama mengusulkan, dan dewan menolak usulan itu.",
        ),
        # ... or a new thing the deed is done to
        (
            "Apakah Lebak membeli kapal yang baru?",
            "Lebak telah lama membeli kapal bekas, tetapi pada 2023 Lebak membeli kapal baru.",
        ),
        # "sejak lama" before a subject, not before the claim's deed
        (
            "Apakah pemerintah Lebak baru-baru ini menyetujui anggaran sekolah?",
            "Sejak lama pemerintah Lebak membangun jalan, dan pada 3 Juli 2023 pemerintah Lebak"
            " menyetujui anggaran sekolah.",
        ),
    ],
)
def test_a_recent_claim_is_not_denied_by_another_long_standing_thing(
    question: str, sentence: str
) -> None:
    assert not _answer_text(question, sentence).startswith(("**Tidak**", "**No**"))


def test_an_opposite_in_a_clause_of_purpose_denies_nothing() -> None:
    """ "menaikkan bantuan guna mengurangi penderitaan": the decrease is of something else."""
    text = _answer_text(
        "Apakah dewan meningkatkan bantuan kemanusiaan untuk Lebak?",
        "Dewan menaikkan bantuan kemanusiaan untuk Lebak guna mengurangi penderitaan warga.",
    )
    assert not text.startswith("**Tidak**")


@pytest.mark.parametrize(
    ("sentence", "previous", "length"),
    [
        # the deed asked in the sentence before, which this one goes on from
        (
            "Ia mengatakan kondisi itu akan berlangsung selama dua minggu.",
            "Wali kota Medan meminta warga bersiap menghadapi pemadaman listrik bergilir.",
            "selama dua minggu",
        ),
        # ... not from a sentence that starts afresh
        (
            "Sidang dewan di Lebak berlangsung selama dua minggu.",
            "Wali kota Medan meminta warga bersiap menghadapi pemadaman listrik bergilir.",
            "",
        ),
    ],
)
def test_a_length_of_the_deed_told_in_the_sentence_before(
    sentence: str, previous: str, length: str
) -> None:
    question = analyze_question("Berapa lama pemadaman listrik bergilir di Medan berlangsung?")
    assert extract_fact(question, sentence, PUBLISHED, previous).text == length


@pytest.mark.parametrize(
    ("question", "knowing"),
    [
        ("Apakah Ardi tahu kapan perang berakhir?", True),
        ("Does Ardi know when the war will end?", True),
        # the asker's addressee, or no one, asks the when itself
        ("Apakah Anda tahu kapan Ardi tiba di Medan?", False),
        ("Apakah sudah diketahui kapan Ardi tiba di Medan?", False),
        ("Is it known when Ardi arrived in Medan?", False),
        # a claim that it is not known
        ("Apakah Ardi tidak tahu kapan perang berakhir?", False),
    ],
)
def test_a_claim_that_someone_knows(question: str, knowing: bool) -> None:
    assert (_knowing_claimed(analyze_question(question)) is not None) is knowing


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a place in a clause of purpose after the venue is no city of it
        ("Para menteri bertemu di Istana Egmont untuk membahas bantuan di Lebak.", "Istana Egmont"),
    ],
)
def test_a_venue_takes_no_place_of_another_clause(sentence: str, place: str) -> None:
    question = analyze_question("Di mana para menteri bertemu?")
    assert extract_fact(question, sentence, PUBLISHED).text == place


@pytest.mark.parametrize(
    ("sentence", "missing"),
    [
        # the person named by the office the passages give them
        ("Setelah presiden Lebak mengatakan kepada warga untuk bersiap, dewan bertemu.", []),
        # ... not by another country's office, nor by the office with another holder's name
        (
            "Setelah presiden Medan mengatakan kepada warga untuk bersiap, dewan bertemu.",
            ["wiranata"],
        ),
        ("Setelah presiden Lebak Holmberg mengatakan kepada warga untuk bersiap.", ["wiranata"]),
    ],
)
def test_a_person_is_named_by_the_office_the_passages_give_them(
    sentence: str, missing: list[str]
) -> None:
    analyzed, ranked = _ranked("Apakah Wiranata meminta warga bersiap?", sentence)
    analyzed.offices = ((canonical("wiranata"), frozenset({"presiden", "lebak"})),)
    assert [w for name in unsaid_names(analyzed, ranked[0])[0] for w in name] == missing


def test_a_country_is_named_by_its_leader() -> None:
    """ "Wiranata kecewa karena dewan tidak memberikan batas waktu" tells of Lebak's timeline when
    the passages make Wiranata Lebak's president; not Medan's, nor through a minister."""
    analyzed, ranked = _ranked(
        "Apakah Lebak diberi batas waktu?",
        "Wiranata kecewa karena dewan tidak memberikan batas waktu.",
    )
    analyzed.offices = ((canonical("wiranata"), frozenset({"presiden", "lebak"})),)
    assert unsaid_names(analyzed, ranked[0])[0] == []
    analyzed.offices = ((canonical("wiranata"), frozenset({"presiden", "medan"})),)
    assert unsaid_names(analyzed, ranked[0])[0] == [["lebak"]]
    analyzed.offices = ((canonical("wiranata"), frozenset({"menteri", "luar", "negeri", "lebak"})),)
    assert unsaid_names(analyzed, ranked[0])[0] == [["lebak"]]


@pytest.mark.parametrize(
    ("carrier_score", "carrier_joint", "promoted"),
    [
        # another report's sentence carrying the verb asked, ranked all but level and speaking
        # of the question as much: it answers
        (0.768, 0.70, True),
        # ... not when ranked clearly lower, nor when it speaks of the question less
        (0.60, 0.70, False),
        (0.768, 0.40, False),
    ],
)
def test_a_sentence_with_the_verb_asked_from_another_report_wins_only_a_near_tie(
    carrier_score: float, carrier_joint: float, promoted: bool
) -> None:
    question = analyze_question("Kebijakan apa yang cenderung hanya dikonfirmasi para menteri?")
    quote = ArticleMeta(id="kutipan", title="Berita", source="Harian Contoh", published=PUBLISHED)
    report = ArticleMeta(id="laporan", title="Berita", source="Harian Contoh", published=PUBLISHED)
    top_text = "Para menteri luar negeri sekutu bekerja keras, kata Wiranata."
    carrier_text = "Tapi mereka cenderung hanya mengkonfirmasi kebijakan pintu terbuka."
    top = Sentence(quote, top_text, 0, len(top_text), 0, top_text)
    carrier = Sentence(report, carrier_text, 0, len(carrier_text), 0, carrier_text)
    top.score, top.joint_coverage = 0.77, 0.55
    carrier.score, carrier.joint_coverage, carrier.has_focus = carrier_score, carrier_joint, True
    assert (_focus_first(question, [top, carrier])[0].text == carrier_text) is promoted


@pytest.mark.parametrize(
    ("sentence", "another"),
    [
        # words given to another named person than the question names
        ('"Dewan akan membawa Lebak lebih dekat," ujar Holmberg di Twitter.', True),
        # ... not the asked person's own, nor a sentence that gives words to no one
        ('"Kami akan membawa alat baru ke Lebak," kata Wiranata.', False),
        ("Holmberg akan membawa bantuan ke Lebak pekan depan.", False),
    ],
)
def test_words_given_to_another_named_person(sentence: str, another: bool) -> None:
    """Asked what Wiranata tweeted, a top sentence of Holmberg's words does not keep its place
    ahead of Wiranata's own for carrying the verb asked."""
    question = analyze_question("What did Wiranata tweet that they would bring to Lebak?")
    article = ArticleMeta(id="a", title="Berita", source="Harian Contoh", published=PUBLISHED)
    evidence = Sentence(article, sentence, 0, len(sentence), 0, sentence)
    assert _words_of_another(question, evidence) is another


def test_a_reason_s_deed_is_looked_for_by_relevance_not_after_the_words_put_first() -> None:
    """ "…, menurut ucapannya" puts the person's words first; the report of the visit they give
    the reason of stays close by relevance, so the reason is no reason of another deed."""
    analyzed, ranked = _ranked(
        "Apa alasan Wiranata mengunjungi markas dewan, menurut ucapannya?",
        "Wiranata tiba di markas dewan pada Rabu.",
        "Ini adalah kunjungan pertamanya ke dewan sejak perang.",
        "“Kami kuat,” kata Wiranata.",
        "“Kami siap,” kata Wiranata.",
        "“Kami bersatu,” kata Wiranata.",
        "“Kami bertahan,” kata Wiranata.",
        "“Kami butuh senjata. Itu sebabnya saya di sini,” kata Wiranata.",
    )
    assert analyzed.asks_words
    for sentence in ranked[2:]:
        sentence.attributed = True
    answer = compose(analyzed, [], ranked, model=None)
    assert not answer.abstained
    assert "Itu sebabnya saya di sini" in answer.text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "Apakah invasi itu membuat Lebak makin mudah bergabung?",
            "**Tidak**: artikel menyebut “pelik”",
        ),
        # English quotes the article's words, marked as Indonesian
        (
            "Did the invasion make it easier for Lebak to join?",
            "**No**: the article says “pelik” (in Indonesian)",
        ),
    ],
)
def test_an_opposite_word_answers_no_with_the_article_s_word(question: str, opening: str) -> None:
    text = _answer_text(question, "Invasi itu membuat peluang Lebak untuk bergabung kian pelik.")
    assert text.startswith(opening)


@pytest.mark.parametrize(
    "question",
    [
        "Why did Wiranata say the council's support for Lebak would soon end?",
        "Mengapa Wiranata mengatakan dukungan dewan untuk Lebak akan segera berakhir?",
    ],
)
def test_why_someone_said_something_needs_the_answering_sentence_to_say_it(question: str) -> None:
    """What was said is the premise: a close sentence's other ending ("perang ini akan
    berakhir") does not make a purpose of the meeting the reason support would end."""
    assert _abstains(
        question,
        "Wiranata mengatakan pertemuan itu memang untuk membahas dukungan terhadap Lebak.",
        "“Tidak ada yang tahu kapan perang ini akan berakhir,” kata Wiranata.",
    )


def test_why_someone_told_people_to_do_something_is_answered_from_its_own_sentence() -> None:
    text = _answer_text(
        "Mengapa Wiranata meminta warga untuk bersiap?",
        "Wiranata meminta warga untuk bersiap karena serangan Medan di jembatan.",
    )
    assert text.startswith("Karena serangan Medan di jembatan")


@pytest.mark.parametrize(
    ("texts", "answer"),
    [
        # a year in a sentence that never names the person is another event's (the article
        # names them elsewhere)
        (
            (
                "Pada tahun 2008, KTT dewan di Medan setuju bahwa Lebak akan bergabung.",
                "Wiranata berpidato di depan dewan.",
            ),
            None,
        ),
        # ... a close sentence that names them answers
        (
            (
                "Pada tahun 2008, KTT dewan di Medan setuju bahwa Lebak akan bergabung.",
                "Wiranata menjadi ketua dewan pada tahun 2014.",
            ),
            "2014",
        ),
    ],
)
def test_a_date_of_a_person_s_deed_comes_from_a_sentence_that_names_them(
    texts: tuple[str, ...], answer: str | None
) -> None:
    analyzed, ranked = _ranked("Tahun berapa Wiranata menjadi ketua dewan?", *texts)
    analyzed.offices = (("wiranata", frozenset({"ketua", "dewan"})),)
    text = " ".join(texts)
    chunk = Chunk(id="a::1", article_id="a", index=1, text=text, start=0, end=len(text))
    passage = Passage(chunk=chunk, article=ranked[0].article, score=1.0)
    composed = compose(analyzed, [passage], ranked, model=None)
    if answer is None:
        assert composed.abstained
    else:
        assert first_sentence(composed.text).startswith(f"**{answer}**")


def test_a_seat_answers_where_in_the_city_the_question_names() -> None:
    """ "Di mana Wiranata tiba di Vilnius, Lithuania?": the city is asked already, the seat
    answers (whole: the name after "markas" is never cut short)."""
    question = analyze_question("Di mana Wiranata tiba di Vilnius, Lithuania?")
    fact = extract_fact(question, "Wiranata tiba di markas NATO di Vilnius, Lithuania.", PUBLISHED)
    assert fact.text.split(",")[0] == "markas NATO"


def test_a_long_standing_deed_of_another_subject_in_the_sentence_before_denies_nothing() -> None:
    previous = "Para petani Lebak telah lama menanam padi di lembah itu."
    analyzed, ranked = _ranked(
        "Apakah pemerintah Lebak baru mulai menanam pohon jati?",
        "Pemerintah Lebak kemudian menanam pohon jati di lahan bekas tambang pada Juli 2023.",
    )
    ranked[0].previous = previous
    assert not compose(analyzed, [], ranked, model=None).text.startswith("**Tidak**")


@pytest.mark.parametrize(
    ("question", "sentence", "opening"),
    [
        # a group of office holders with another portfolio than the one claimed
        (
            "Apakah para menteri luar negeri sepakat menambah bantuan pangan untuk Lebak?",
            "Para menteri luar negeri dalam pertemuan di Medan sepakat menambah bantuan pangan"
            " untuk Lebak.",
            "**Ya**",
        ),
        # one person's title is no group's portfolio, in the claim or in the sentence
        (
            "Apakah Menteri Luar Negeri Wiranata tiba di bandara Medan?",
            "Wiranata tiba di bandara Medan dan disambut Menteri Pertahanan Holmberg.",
            "**Ya**",
        ),
        # a part of the month holds its days: "akhir Oktober" is no 11 October
        (
            "Apakah Wiranata tiba di Medan pada akhir Oktober?",
            "Wiranata pada Rabu (11/10/2023) tiba di Medan.",
            "**Tidak**: artikel menyebut Rabu, 11 Oktober 2023",
        ),
        (
            "Apakah Wiranata tiba di Medan pada Oktober 2023?",
            "Wiranata pada Rabu (11/10/2023) tiba di Medan.",
            "**Ya**",
        ),
    ],
)
def test_portfolios_and_parts_of_a_month_are_read_as_claimed(
    question: str, sentence: str, opening: str
) -> None:
    assert _answer_text(question, sentence).startswith(opening)


def test_a_time_told_relative_to_now_is_no_date_checked_and_stays_unsaid() -> None:
    """ "bulan lalu" is never compared with the article's date: its words stay a detail the
    sentence must say (it used to be read as a date and confirmed with "Ya")."""
    assert not _answer_text(
        "Apakah Wiranata tiba di Medan bulan lalu?",
        "Wiranata pada Rabu (11/10/2023) tiba di Medan.",
    ).startswith("**Ya**")


def test_words_of_the_person_the_question_names_by_office_are_not_another_s() -> None:
    question = analyze_question("What did the council chief tweet that they would bring to Lebak?")
    question.offices = (("holmberg", frozenset({"ketua", "dewan"})),)
    text = '"Dewan akan membawa Lebak lebih dekat," ujar Holmberg di Twitter.'
    assert not _words_of_another(question, _sentence_alone(text))


def test_why_someone_said_where_they_were_is_answered_from_their_own_words() -> None:
    """Only a place is said ("… ia datang ke markas dewan"): the speaker's "Itu sebabnya saya
    di sini" gives the reason, though it names no coming."""
    analyzed, ranked = _ranked(
        "Mengapa Wiranata mengatakan ia datang ke markas dewan hari itu?",
        "“Kami butuh senjata. Itu sebabnya saya di sini hari ini,” kata Wiranata.",
        "Wiranata tiba di markas dewan di Medan.",
    )
    ranked[0].attributed = True
    assert compose(analyzed, [], ranked, model=None).text.startswith("Karena")


@pytest.mark.parametrize(
    ("question", "sentence", "opens"),
    [
        # a denial of something else in a sentence that shares only the claim's names
        (
            "Apakah Ardi pernah ke Lebak?",
            "Dalam rapat di Lebak pada Selasa, Ardi kecewa karena dewan tidak memberikan jadwal.",
            "**Ya**",
        ),
        (
            "Was Ardi ever in Lebak?",
            "Dalam rapat di Lebak, Ardi tidak memberikan jadwal.",
            "**Yes**",
        ),
        # the claim's own deed denied still says no
        ("Apakah Ardi datang ke Lebak?", "Ardi tidak datang ke Lebak.", "**Tidak**"),
    ],
)
def test_a_denial_that_reaches_nothing_claimed_but_the_names_denies_nothing(
    question: str, sentence: str, opens: str
) -> None:
    assert _answer_text(question, sentence).startswith(opens)


@pytest.mark.parametrize(
    ("question", "sentence", "confirmed"),
    [
        # being there is all that is claimed: a place named in passing puts no one there
        ("Apakah Ardi pernah ke Lebak?", "Ardi berjanji memberi bantuan bagi Lebak.", False),
        ("Has Ardi ever visited Oslo?", "Ardi berjanji memberi bantuan bagi Oslo.", False),
        ("Did Ardi visit Oslo?", "Ardi berjanji memberi bantuan bagi Oslo.", False),
        ("Apakah Ardi hadir di Lebak?", "Ardi berjanji memberi bantuan bagi Lebak.", False),
        ("Apakah Ardi pernah ke Lebak?", "Ardi berpidato di Lebak pada Selasa.", True),
        ("Did Ardi visit Oslo?", "Ardi berkunjung ke Oslo pada Selasa.", True),
        # a claim of a deed, not of being somewhere, is borne out by the place named
        (
            "Apakah Ardi berjanji memberi bantuan bagi Lebak?",
            "Ardi berjanji memberi bantuan bagi Lebak.",
            True,
        ),
    ],
)
def test_a_claim_of_only_being_somewhere_needs_someone_put_there(
    question: str, sentence: str, confirmed: bool
) -> None:
    assert _abstains(question, sentence) is not confirmed


@pytest.mark.parametrize(
    ("question", "sentence", "opens"),
    [
        # someone elsewhere once is no denial that they were ever there
        ("Apakah Ardi pernah ke Lebak?", "Ardi berpidato di Medan pada Selasa.", ""),
        ("Has Ardi ever visited Oslo?", "Ardi berpidato di Medan pada Selasa.", ""),
        ("Apakah Ardi tiba di Lebak?", "Ardi tiba di Medan pada Selasa.", "**Tidak**"),
        # a body in capitals is no place: "lebih dekat ke NATO"
        ("Apakah Ardi pernah ke Lebak?", "Ardi ingin membawa negaranya lebih dekat ke NATO.", ""),
    ],
)
def test_a_place_claimed_for_any_time_is_not_denied_by_another(
    question: str, sentence: str, opens: str
) -> None:
    text = _answer_text(question, sentence)
    assert text.startswith(opens) if opens else text.startswith(("Maaf", "The articles"))


@pytest.mark.parametrize(
    ("question", "unknown", "abstains"),
    [
        ("Apakah Ardi meminta maaf?", ["maaf"], True),
        ("Did Ardi apologize?", ["maaf"], True),
        ("Apakah Ardi meminta tank?", ["tank"], True),
        ("Apakah Ardi meminta amunisi?", [], False),
        # an unknown word that is no object of the verb is not read here
        ("Apakah Ardi meminta amunisi dengan sopan?", ["sopan"], False),
    ],
)
def test_a_verb_whose_object_no_article_uses_is_not_confirmed(
    question: str, unknown: list[str], abstains: bool
) -> None:
    """ "Apakah Rusia meminta maaf?" against "Ia meminta sistem pertahanan udara …": no."""
    analyzed, ranked = _ranked(question, "Ardi meminta amunisi dan sistem pertahanan udara.")
    analyzed.unknown_terms = unknown
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


def test_an_unknown_word_after_a_verb_of_the_claims_condition_is_no_object_of_its_deed() -> None:
    """ "… selama tidak dipaksa ikut berpartisipasi": "ikut", which no article uses, follows
    the condition's verb, not the promise claimed."""
    analyzed, ranked = _ranked(
        "Apakah Medan berjanji tidak akan memveto usulan itu selama tidak dipaksa ikut"
        " berpartisipasi?",
        "Namun, Medan berjanji tidak akan memveto usulan tersebut selama tidak dipaksa untuk"
        " berpartisipasi.",
    )
    analyzed.unknown_terms = ["ikut"]
    assert compose(analyzed, [], ranked, model=None).text.startswith("**Ya**")


@pytest.mark.parametrize(
    "question",
    [
        # a stance taken on the topic asked is the speaker's say on it
        "Apa kata Wiranata soal pengiriman tentara?",
        "Bagaimana tanggapan Wiranata terhadap pengiriman tentara?",
        "What did Wiranata say about sending troops?",
    ],
)
def test_a_stance_taken_on_the_topic_is_the_speakers_say_on_it(question: str) -> None:
    analyzed, ranked = _ranked(
        question,
        "Perdana Menteri Wiranata dengan tegas menolak pengiriman tentara ke Lebak.",
        "Cuaca di Lebak cerah pada hari itu.",
    )
    answer = compose(analyzed, [], ranked, model=None)
    assert not answer.abstained
    assert "menolak pengiriman tentara" in answer.text


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Perdana Menteri Wiranata dengan tegas menolak pengiriman tentara.", True),
        ("Wiranata mendukung usulan itu.", True),
        ("Wiranata pun menentang rencana itu.", True),
        # admitting or denying something is a say on it
        ("Wiranata mengakui menargetkan jembatan Lebak.", True),
        ("Wiranata membantah tuduhan itu.", True),
        # another doer in between takes the stance
        ("Wiranata mengatakan bahwa Ardi menolak usulan itu.", False),
        ("Wiranata mengatakan bahwa dewan menolak usulan itu.", False),
        ("Usulan Wiranata ditolak dewan.", False),
    ],
)
def test_a_stance_the_speaker_takes(text: str, stance: bool) -> None:
    _, ranked = _ranked("Apa kata Wiranata?", text)
    assert takes_a_stance(ranked[0], "wiranata") is stance


@pytest.mark.parametrize(
    ("previous", "text", "stance"),
    [
        # "Ia" after a sentence the speaker opens is the speaker ...
        ("Wiranata mengakui menargetkan jembatan.", "Ia menyangkal niatnya melukai warga.", True),
        # ... not after one that only mentions them
        ("Ardi mengkritik Wiranata.", "Ia menyangkal niatnya melukai warga.", False),
        ("Wiranata tiba di Lebak.", "Ardi menyangkal niatnya melukai warga.", False),
    ],
)
def test_a_stance_taken_by_ia_after_the_speaker(previous: str, text: str, stance: bool) -> None:
    _, ranked = _ranked("Apa kata Wiranata?", text)
    ranked[0].previous = previous
    assert takes_a_stance(ranked[0], "wiranata") is stance


def test_what_a_thing_given_holds_when_it_was_never_given() -> None:
    assert _answer_text(
        "Apa isi rencana aksi yang diberikan dewan kepada Lebak?",
        "Namun, para pemimpin dewan telah berhenti mengambil langkah konkret seperti memberi"
        " Lebak rencana aksi yang akan menyusun jadwal.",
    ).startswith("Tidak, artikel justru menyebut sebaliknya")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a "gak" (as normalised) before a modal denies the deed after it: no or-not tag
        ("wiranata sudah janji tidak akan veto ya asal tidak dipaksa", "**Ya**"),
        # ... while one before the claim's going on is the tag
        ("wiranata sudah janji tidak buat veto usulan itu", "**Tidak**"),
    ],
)
def test_a_chat_negation_before_a_modal_is_the_claims_own(question: str, opening: str) -> None:
    text = _answer_text(
        question,
        "Namun, Wiranata berjanji tidak akan memveto usulan tersebut selama tidak dipaksa.",
    )
    assert text.startswith(opening)


@pytest.mark.parametrize(
    "question",
    [
        "ardi ke markas dewan itu sudah yang kedua kalinya ya",
        "ardi ke markas dewan itu sudah kali ketiga ya",
    ],
)
def test_a_claim_of_a_later_time_is_denied_by_the_report_calling_it_the_first(
    question: str,
) -> None:
    """The sentence that calls it the first answers, though another one of the report ranks
    first."""
    text = _answer_text(
        question,
        "Ardi pada Rabu tiba di markas dewan di Medan.",
        "Ini adalah kunjungan pertamanya ke markas dewan sejak banjir.",
    )
    assert text.startswith(("**Tidak**", "**No**"))


@pytest.mark.parametrize(
    ("question", "denied"),
    [
        ("Apakah Ardi sudah sering ke markas dewan?", True),
        ("Apakah itu kunjungan Ardi yang kedua kalinya?", True),
        ("Apakah itu kunjungan ke-2 Ardi?", False),  # (no "kali": a rank, checked as one)
        ("Was it Ardi's second visit?", True),
        ("Was the trip Ardi's second since the flood?", True),
        ("Was Ardi the second speaker?", False),
        ("Apakah Ardi tiba pada Rabu?", False),
    ],
)
def test_a_claim_of_happening_again_against_a_first(question: str, denied: bool) -> None:
    analyzed, ranked = _ranked(question, "Ini adalah kunjungan pertamanya sejak banjir.")
    assert repetition_denied(analyzed, ranked[0]) is denied


@pytest.mark.parametrize(
    "question",
    [
        "Pengiriman tentara ke Lebak ditolak tegas oleh perdana menteri Hongaria; siapa namanya?",
        "Pengiriman tentara ke Lebak ditolak oleh siapa?",
        "pengiriman tentara ke lebak ditolak sama siapa",
    ],
)
def test_a_refusal_asked_in_the_passive_is_the_refusal_said(question: str) -> None:
    """What the question's passive refuses is what the sentence's refusal denies: no unsaid
    premise."""
    text = _answer_text(
        normalize_question(question, "id"),
        "Sementara itu, Perdana Menteri Hongaria Viktor Orban dengan tegas menolak pengiriman "
        "tentara ke Lebak.",
    )
    assert text.startswith("**Viktor Orban**")


@pytest.mark.parametrize(
    ("question", "by_month", "otherwise"),
    [
        # a month a reason's deed is put in, against the day the sentence dates it
        (
            "Mengapa Ardi tiba di markas dewan di Medan pada Maret 2023?",
            True,
            "Rabu, 11 Oktober 2023",
        ),
        ("kenapa ardi tiba di markas dewan bulan maret 2023", True, "Rabu, 11 Oktober 2023"),
        (
            "Why did Ardi arrive at the council in Medan in March 2023?",
            True,
            "Wednesday, 11 October 2023",
        ),
        # the report's own month, a part of it, or a caller that compares no months
        ("Mengapa Ardi tiba di markas dewan di Medan pada Oktober 2023?", True, ""),
        ("Mengapa Ardi tiba di markas dewan di Medan pada awal Oktober 2023?", True, ""),
        ("Why did Ardi arrive at the council in Medan in early October 2023?", True, ""),
        # a part of another month is another month
        (
            "Mengapa Ardi tiba di markas dewan di Medan pada awal Maret 2023?",
            True,
            "Rabu, 11 Oktober 2023",
        ),
        (
            "Why did Ardi arrive at the council in Medan in early March 2023?",
            True,
            "Wednesday, 11 October 2023",
        ),
        ("Mengapa Ardi tiba di markas dewan di Medan pada Maret 2023?", False, ""),
        # two dates: each may be another event's
        ("Mengapa Ardi tiba di Medan pada Maret 2023, sesudah rapat pada Mei 2022?", True, ""),
        # a month the asker counts from today is theirs, not the report's
        ("Mengapa Ardi tiba di markas dewan pada bulan Maret tahun lalu?", True, ""),
        # a day asked of a deed put in a month, the month without its year of the report's
        (
            "Kapan Ardi tiba di markas dewan di Medan pada bulan Maret?",
            True,
            "Rabu, 11 Oktober 2023",
        ),
        ("ardi tiba di markas dewan bulan maret tgl brp", True, "Rabu, 11 Oktober 2023"),
        ("When did Ardi arrive at the council in March?", True, "Wednesday, 11 October 2023"),
        ("Kapan Ardi tiba di markas dewan di Medan pada bulan Oktober?", True, ""),
        # a month or day after an order word, however far, dates another event
        ("Kapan Ardi tiba di markas dewan sejak banjir besar pada bulan Maret?", True, ""),
        ("Kapan Ardi tiba di markas dewan setelah rapat pada 5 Oktober?", True, ""),
        ("Kapan Ardi tiba di markas dewan, yang sebelumnya ke Lebak pada bulan Juli?", True, ""),
        # ... or stands in a clause of its own, or names the source
        ("Kapan Ardi, yang kotanya dilanda banjir pada bulan Maret, tiba di markas?", True, ""),
        ("Kapan Ardi, whose town flooded in March, arrived at the council?", True, ""),
        ("Menurut berita 5 Juli, kapan Ardi tiba di markas dewan?", True, ""),
        # ... but a why-question's month with its year is the deed's, as before
        (
            "Mengapa Ardi, yang tiba di markas dewan pada Maret 2023, meminta bantuan?",
            True,
            "Rabu, 11 Oktober 2023",
        ),
    ],
)
def test_a_month_the_deed_is_put_in_is_checked_against_the_sentences_day(
    question: str, by_month: bool, otherwise: str
) -> None:
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)),
        "Bupati Ardi Wiranata pada Rabu (11/10/2023) tiba di markas dewan di Medan.",
    )
    assert date_contradicted(analyzed, ranked[0], by_month=by_month) == otherwise


@pytest.mark.parametrize(
    ("question", "sentence", "otherwise"),
    [
        # a month the sentence puts its own deed in, at its opening or after its speaker
        (
            "Mengapa anggaran bantuan dicabut dari dewan pada awal September 2023?",
            "Pada awal Oktober 2023, anggaran bantuan dicabut dari dewan untuk menghindari krisis.",
            "awal Oktober 2023",
        ),
        (
            "kenapa anggaran bantuan dicabut dari dewan bulan september",
            "Pada awal Oktober 2023, anggaran bantuan dicabut dari dewan untuk menghindari krisis.",
            "awal Oktober 2023",
        ),
        (
            "Why was the aid budget removed from the council in early September 2023?",
            "Pada awal Oktober 2023, anggaran bantuan dicabut dari dewan untuk menghindari krisis.",
            "early October 2023",
        ),
        (
            "Kenapa Ardi bilang pada akhir Mei bahwa dewan sudah siap?",
            '"Dewan sudah siap," ucap Menteri Ardi Wiranata, akhir Juni lalu.',
            "akhir Juni 2023",
        ),
        # the same month, or a month the sentence gives another event
        (
            "Mengapa anggaran bantuan dicabut dari dewan pada Oktober 2023?",
            "Pada awal Oktober 2023, anggaran bantuan dicabut dari dewan untuk menghindari krisis.",
            "",
        ),
        (
            "Mengapa anggaran bantuan dicabut dari dewan pada September 2023?",
            "Anggaran bantuan, yang disetujui pada Oktober 2023, dicabut dari dewan.",
            "",
        ),
        (
            "Mengapa anggaran bantuan dicabut dari dewan pada September 2023?",
            "Anggaran bantuan dicabut dari dewan sejak Oktober 2023.",
            "",
        ),
    ],
)
def test_a_month_asked_is_checked_against_the_month_the_sentence_puts_its_deed_in(
    question: str, sentence: str, otherwise: str
) -> None:
    analyzed, ranked = _ranked(normalize_question(question, detect_language(question)), sentence)
    assert date_contradicted(analyzed, ranked[0], by_month=True) == otherwise


@pytest.mark.parametrize(
    "question",
    [
        "Apakah invasi Rusia terjadi sejak bulan Februari?",
        "apakah invasi rusia terjadi sejak bulan februari",
        "Has Russia's invasion been going on since February?",
    ],
)
def test_a_month_without_its_year_agrees_with_that_month_of_any_year(question: str) -> None:
    """ "bulan Februari" leaves its year to the asker: "Februari 2022" in a report of 2023 says
    it, not the opposite."""
    text = _answer_text(
        normalize_question(question, detect_language(question)),
        "Dukungan diperlukan di tengah invasi Rusia yang terjadi sejak Februari 2022.",
    )
    assert text.startswith(("**Ya**", "**Yes**")), text


def test_a_month_after_an_order_word_is_no_month_the_deed_is_in() -> None:
    """ "setelah bulan Juli" orders the deed after July: a sentence that says only "setelah KTT
    berakhir" in a report of July does not confirm it."""
    text = _answer_text(
        "Apakah jaminan itu akan disampaikan setelah bulan Juli?",
        "Jaminan itu akan disampaikan setelah KTT berakhir.",
    )
    assert not text.startswith("**Ya**"), text


@pytest.mark.parametrize(
    ("question", "otherwise"),
    [
        # a length of time a reason's deed is said to last, against the sentence's
        ("Mengapa Ardi meminta warga bersiap menghadapi banjir selama sebulan lagi?", True),
        ("kenapa ardi minta warga siap2 hadapi banjir selama sebulan lagi", True),
        ("Why did Ardi ask residents to brace for another month of floods?", True),
        # the sentence's own length, in other words too: the reason is answered
        ("Mengapa Ardi meminta warga bersiap menghadapi banjir selama seminggu lagi?", False),
        ("Mengapa Ardi meminta warga bersiap menghadapi banjir selama tujuh hari lagi?", False),
        # "sebulan lagi" without "selama" may well be when ("in a month"), not how long
        ("Mengapa Ardi meminta warga bersiap menghadapi banjir sebulan lagi?", False),
    ],
)
def test_a_length_of_time_the_question_takes_for_granted_is_checked(
    question: str, otherwise: bool
) -> None:
    text = _answer_text(
        normalize_question(question, detect_language(question)),
        "Bupati Ardi meminta warga untuk bersiap menghadapi banjir selama seminggu lagi karena "
        "hujan deras.",
    )
    assert (
        text.startswith(("Praanggapan pertanyaan ini tidak sesuai", "The question's premise"))
        is otherwise
    )


def test_a_month_is_not_checked_against_a_sentence_that_dates_only_another_event() -> None:
    """ "sejak Februari tahun lalu" dates the flood, not the search for help."""
    analyzed, ranked = _ranked(
        "Mengapa Ardi mencari bantuan pada Juli 2023?",
        "Bantuan diperlukan untuk bertahan di tengah banjir yang terjadi sejak Februari tahun "
        "lalu.",
    )
    assert date_contradicted(analyzed, ranked[0], by_month=True) == ""


@pytest.mark.parametrize(
    ("question", "sentence", "answered"),
    [
        (
            "Pengiriman tentara ke Lebak ditolak oleh siapa?",
            "Sementara itu, Wiranata dengan tegas menolak pengiriman tentara ke Lebak.",
            True,
        ),
        # a denial of something else than a refusal refuses nothing
        (
            "Hak veto atas usulan itu ditolak oleh siapa?",
            "Namun, Wiranata berjanji tidak akan memveto usulan tersebut selama tidak dipaksa.",
            False,
        ),
        # ... nor does a refusal of another thing that names it
        (
            "Intervensi dewan dalam konflik itu ditolak oleh siapa?",
            "Sementara itu, Wiranata dengan tegas menolak pengiriman tentara ke Lebak jika dewan "
            "melakukan intervensi dalam konflik itu.",
            False,
        ),
    ],
)
def test_a_passive_refusal_is_borne_out_only_by_a_refusal_of_it(
    question: str, sentence: str, answered: bool
) -> None:
    assert _abstains(question, sentence) is not answered


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        # a yes/no claim that one person said another's words: "Tidak", with who said them
        (
            "Apakah Virtanen yang mengatakan akan membangun kembali setiap jembatan yang hanyut?",
            "**Tidak**: menurut artikel, Aarno Kovalainen yang mengatakannya",
        ),
        (
            "Did Kovalainen say that Finland keeps working with all partners?",
            "**No**: according to the article, Virtanen said it",
        ),
        # the speaker's own words are checked as any claim
        (
            "Apakah Kovalainen yang mengatakan akan membangun kembali setiap jembatan yang hanyut?",
            "**Ya**",
        ),
    ],
)
def test_a_claim_of_another_persons_words_is_answered_no(question: str, opens: str) -> None:
    text = _answer_text(
        question,
        '"Kami akan membangun kembali setiap jembatan yang hanyut," kata Presiden Finlandia'
        " Aarno Kovalainen saat meninjau banjir bersama Menteri Luar Negeri Finlandia Elina"
        " Virtanen.",
        '"Finlandia terus bekerja dengan semua mitra," ucap Virtanen.',
    )
    assert text.startswith(opens)


@pytest.mark.parametrize(
    ("sentence", "gives"),
    [
        ("Banjir membuat ribuan warga Lebak mengungsi.", True),
        ("Ardi menyatakan kekhawatirannya bahwa harga beras akan naik.", True),
        ("Rapat ditunda karena hujan deras.", True),
        ("Pasalnya, gudang itu sudah penuh.", True),
        ("Itu sebabnya saya di sini.", True),
        # a deed told only as the time of another names no reason for it
        ("Rapat ini terjadi tak lama setelah Ardi resmi memperpanjang masa jabatannya.", False),
        ("Wiranata tiba di Medan pada Rabu.", False),
    ],
)
def test_a_sentence_gives_some_cause(sentence: str, gives: bool) -> None:
    assert gives_some_cause(sentence) is gives


@pytest.mark.parametrize(
    ("question", "sentence", "abstains"),
    [
        # people listed are listed by name: a list of things is no answer, nor a sentence
        # that names none of them
        (
            "Siapa saja menteri yang hadir dalam rapat di Lebak?",
            "Rapat menteri di Lebak akan fokus pada bantuan seperti beras dan selimut.",
            True,
        ),
        (
            "Siapa saja yang hadir dalam rapat di Lebak?",
            "Rapat di Lebak dihadiri Ardi Wiranata dan Budi Santoso.",
            False,
        ),
        # a reason asked: a sentence that tells the deed only as the time of another gives none
        (
            "Mengapa Ardi memperpanjang masa jabatannya?",
            "Rapat ini terjadi tak lama setelah Ardi resmi memperpanjang masa jabatannya.",
            True,
        ),
        (
            "Mengapa ribuan warga Lebak mengungsi?",
            "Banjir besar membuat ribuan warga Lebak mengungsi.",
            False,
        ),
    ],
)
def test_people_and_reasons_need_their_kind_of_answer(
    question: str, sentence: str, abstains: bool
) -> None:
    assert _abstains(question, sentence) is abstains


@pytest.mark.parametrize(
    ("question", "bound"),
    [
        # a date beside the event a when-question reckons from is that event's, not the one asked
        ("Kapan Ardi berkunjung ke Lebak sejak banjir besar?", False),
        ("Kapan Ardi berkunjung ke Lebak setelah banjir besar?", False),
        ("Kapan banjir besar terjadi?", True),
    ],
)
def test_a_date_is_bound_to_the_asked_event_not_the_one_reckoned_from(
    question: str, bound: bool
) -> None:
    sentence = "Warga masih mengungsi sejak banjir besar pada Maret 2020."
    found = extract_fact(analyze_question(question), sentence, PUBLISHED)
    assert found.text == "Maret 2020"
    assert (found.binding > 0) is bound


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "Kapan Ardi melakukan kunjungan pertamanya ke Lebak sejak banjir?",
            "Rabu, 11 Oktober 2023",
        ),
        ("Di mana Ardi melakukan kunjungan pertamanya sejak banjir?", "Lebak"),
    ],
)
def test_this_is_calls_the_event_before_and_takes_its_date_and_place(
    question: str, fact: str
) -> None:
    # "Ini adalah …" calls the event of the sentence before something: its when and where are
    # that one's
    found = extract_fact(
        analyze_question(question),
        "Ini adalah kunjungan pertamanya sejak banjir.",
        PUBLISHED,
        "Ardi Wiranata pada Rabu (11/10/2023) tiba di Lebak.",
    )
    assert (found.text, found.with_previous) == (fact, True)


@pytest.mark.parametrize(
    ("question", "claims"),
    [
        ("Mengapa Ardi mengirim tentara ke Lebak?", True),
        ("kenapa ardi mau kirim tentara ke lebak", True),
        ("Why did Ardi send troops to Lebak?", True),
        # a run of keywords claims nothing done
        ("ardi lebak troops why", False),
        ("alasan ardi soal tentara lebak", False),
    ],
)
def test_a_question_claims_a_deed_by_a_verb_or_a_wish(question: str, claims: bool) -> None:
    analyzed = analyze_question(normalize_question(question, detect_language(question)), question)
    assert claims_a_deed(analyzed, analyzed.text) is claims


@pytest.mark.parametrize(
    ("question", "sentences", "answer"),
    [
        (
            "Berapa tahun antara banjir di Medan dan peresmian jembatan Lebak?",
            [
                "Jembatan Lebak diresmikan pada tahun 2010.",
                "Banjir di Medan terjadi pada tahun 2020.",
            ],
            "**10 tahun**",
        ),
        # counted from the first event: the second must come later
        (
            "Berapa tahun setelah banjir di Medan, jembatan Lebak diresmikan?",
            [
                "Jembatan Lebak diresmikan pada tahun 2010.",
                "Banjir di Medan terjadi pada tahun 2020.",
            ],
            "",
        ),
        # an event asked as done that its sentence tells only as expected has no date
        (
            "Berapa tahun setelah banjir di Medan, Ardi menjadi anggota dewan?",
            [
                "Pada tahun 2025, dewan setuju bahwa Ardi pada akhirnya akan menjadi anggota.",
                "Banjir di Medan terjadi pada tahun 2020.",
            ],
            "",
        ),
    ],
)
def test_a_span_is_counted_between_two_events_told_as_done(
    question: str, sentences: list[str], answer: str
) -> None:
    text = _answer_text(question, *sentences)
    assert text.startswith(answer) if answer else text.startswith("Maaf")


@pytest.mark.parametrize(
    ("question", "sentence", "abstains"),
    [
        # a reaction may be a deed of the one asked, where no words of theirs are found
        (
            "Bagaimana Holmberg menanggapi permintaan warga Lebak?",
            "Warga kecewa karena Holmberg tidak memberikan jawaban atas permintaan itu.",
            False,
        ),
        # ... not one where they are only what is done to
        (
            "Bagaimana Medan menanggapi permintaan warga Lebak?",
            "Ardi meminta warga membuat Medan menyadari permintaan itu.",
            True,
        ),
        # words asked for are words
        (
            "Apa kata Holmberg soal permintaan warga Lebak?",
            "Warga kecewa karena Holmberg tidak memberikan jawaban atas permintaan itu.",
            True,
        ),
    ],
)
def test_a_reaction_asked_is_told_by_words_or_a_deed(
    question: str, sentence: str, abstains: bool
) -> None:
    assert _abstains(question, sentence) is abstains


@pytest.mark.parametrize(
    ("question", "sentence", "fact"),
    [
        # the sentence tells its own event (the talk) and the deed asked only as what the talk
        # came after: the talk's date, from the sentence before, is not the deed's
        (
            "Kapan Ardi memperpanjang masa jabatannya?",
            "Perbincangan ini terjadi tak lama setelah Ardi resmi memperpanjang masa jabatannya.",
            "",
        ),
        # ... while a talk asked is dated there
        (
            "Kapan Ardi berbincang dengan Budi?",
            "Dalam perbincangan itu, Ardi membahas banjir.",
            "Selasa, 4 Juli 2023",
        ),
    ],
)
def test_a_deed_told_only_as_what_another_came_after_takes_no_date(
    question: str, sentence: str, fact: str
) -> None:
    previous = "Ardi berbincang dengan Budi pada Selasa (4/7)."
    assert extract_fact(analyze_question(question), sentence, PUBLISHED, previous).text == fact


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        ("Bagaimana Ardi berterima kasih kepada warga?", False),
        # words of the one asked that thank no one are no answer
        ("How did Holmberg thank the council?", True),
    ],
)
def test_the_medium_of_thanks_is_of_words_that_thank(question: str, abstains: bool) -> None:
    sentences = [
        "“Saya berterima kasih kepada warga,” tulis Ardi via Twitter.",
        "“Rapat ini penting,” ujar Holmberg di Twitter.",
    ]
    assert _abstains(question, *sentences) is abstains


@pytest.mark.parametrize(
    "question",
    [
        "Kapan Budi menyerang Medan, menurut berita kunjungan Ardi?",
        "On what date did Budi attack Medan, according to the report on Ardi's visit?",
    ],
)
def test_this_is_gives_its_date_only_to_the_deed_it_calls(question: str) -> None:
    # "Ini adalah kunjungan …" dates the visit, not another deed the question asks about
    found = extract_fact(
        analyze_question(question),
        "Ini adalah kunjungan pertamanya sejak banjir.",
        PUBLISHED,
        "Ardi Wiranata pada Rabu (11/10/2023) tiba di Lebak.",
    )
    assert not found.with_previous


@pytest.mark.parametrize(
    ("question", "answered_by"),
    [
        # a period named: the report of that period answers, not an earlier one ranked higher
        ("Di kota mana sekutu berkumpul pada Oktober 2023?", "Brussels"),
        ("sekutu kumpul di kota mana oktober 2023", "Brussels"),
        ("Where did the allies gather in October 2023?", "Brussels"),
        # ... or a sentence that names a date inside it
        ("Di kota mana sekutu berkumpul pada 2008?", "Bucharest"),
        # no report of the period: nothing answers
        ("Di kota mana sekutu berkumpul pada Maret 2021?", None),
        # no period named: the ranking stands
        ("Di kota mana sekutu berkumpul?", "Washington"),
    ],
)
def test_a_named_period_is_answered_only_by_a_report_of_it(
    question: str, answered_by: str | None
) -> None:
    analyzed = analyze_question(normalize_question(question, detect_language(question)), question)
    july = ArticleMeta(id="juli", title="t", source="s", published=dt.date(2023, 7, 12))
    october = ArticleMeta(id="oktober", title="t", source="s", published=dt.date(2023, 10, 11))
    ranked = []
    for rank, (article, text) in enumerate(
        [
            (july, "Sekutu berkumpul di Washington untuk membahas senjata."),
            (october, "Sekutu berkumpul di Brussels untuk membahas senjata."),
            (july, "Pada tahun 2008, sekutu berkumpul di Bucharest."),
        ]
    ):
        sentence = Sentence(article, text, 100 * rank, 100 * rank + len(text), 0, text)
        sentence.score = 1.0 - rank / 10
        sentence.coverage = 1.0
        sentence.fact = extract_fact(analyzed, text, article.published).text
        sentence.binding = 1.0
        ranked.append(sentence)
    answer = compose(analyzed, [], ranked, model=None)
    if answered_by is None:
        assert answer.abstained
    else:
        assert not answer.abstained and answered_by in answer.citations[0].quote


@pytest.mark.parametrize(
    ("question", "corrected"),
    [
        # the deed given to a group of the same title with another portfolio
        ("Kenapa para menteri luar negeri NATO menyetujui peta jalan itu?", True),
        ("Why did NATO foreign ministers approve the roadmap?", True),
        # the group the report gives it to
        ("Kenapa para menteri pertahanan NATO menyetujui peta jalan itu?", False),
        # another deed, which the other group may well have done
        ("Kenapa para menteri luar negeri NATO bertemu di Medan?", False),
    ],
)
def test_a_deed_given_to_another_portfolio_is_a_false_premise(
    question: str, corrected: bool
) -> None:
    analyzed = analyze_question(normalize_question(question, detect_language(question)), question)
    article = ArticleMeta(id="a", title="t", source="s", published=dt.date(2024, 6, 14))
    ranked = []
    for rank, text in enumerate(
        [
            "“Kami telah mendukung peta jalan kerja sama NATO yang pertama. Sekutu sedang"
            " bersiap untuk mendukung pelatihan di Medan,” kata Ardi.",
            "Ardi mengatakan para menteri pertahanan NATO menyetujui peta jalan kerja sama.",
            "Para menteri luar negeri NATO bertemu di Medan untuk membahas bantuan.",
        ]
    ):
        sentence = Sentence(article, text, 100 * rank, 100 * rank + len(text), 0, text)
        sentence.score = 1.0 - rank / 10
        sentence.coverage = 1.0
        sentence.fact = extract_fact(analyzed, text, article.published).text
        sentence.binding = 1.0
        ranked.append(sentence)
    answer = compose(analyzed, [], ranked, model=None)
    assert (
        "menteri pertahanan" in answer.text.split("\n")[0]
        or "defence ministers" in answer.text.split("\n")[0]
    ) is corrected


@pytest.mark.parametrize(
    ("question", "corrected"),
    [
        # a deed taken as done again and again, which the report calls the first
        ("Kenapa Ardi sering bolak-balik ke markas dewan?", True),
        ("kenapa ardi sering banget ke markas dewan", True),
        ("Why does Ardi visit the council headquarters so often?", True),
        # asked once: the report's reason answers
        ("Kenapa Ardi datang ke markas dewan?", False),
    ],
)
def test_a_deed_taken_as_repeated_is_corrected_by_a_report_of_the_first(
    question: str, corrected: bool
) -> None:
    analyzed = analyze_question(normalize_question(question, detect_language(question)), question)
    article = ArticleMeta(id="a", title="t", source="s", published=dt.date(2023, 10, 11))
    ranked = []
    for rank, text in enumerate(
        [
            "Ardi datang ke markas dewan untuk meminta bantuan pangan.",
            "Ini adalah kunjungan pertamanya ke markas dewan sejak banjir.",
        ]
    ):
        start = 0 if rank == 0 else len(ranked[0].text) + 1
        sentence = Sentence(article, text, start, start + len(text), 0, text)
        sentence.score = 1.0 - rank / 10
        sentence.coverage = 1.0
        sentence.fact = extract_fact(analyzed, text, article.published).text
        sentence.binding = 1.0
        ranked.append(sentence)
    report = " ".join(sentence.text for sentence in ranked)
    chunk = Chunk(id="a::0", article_id="a", index=0, text=report, start=0, end=len(report))
    passage = Passage(chunk=chunk, article=article, score=1.0)
    answer = compose(analyzed, [passage], ranked, model=None)
    assert ("kunjungan pertamanya" in answer.text.split("\n")[0]) is corrected


_MEETING_DATED = (
    "Gubernur Budi akan meminta Ardi menambah bantuan pada rapat dewan di Medan "
    "pada Selasa (29/11)."
)


@pytest.mark.parametrize(
    ("question", "sentence", "abstains"),
    [
        # a coming is not dated by the meeting it was for ...
        ("Kapan Ardi tiba di Medan untuk menghadiri rapat dewan?", _MEETING_DATED, True),
        ("kapan ardi dateng ke medan buat ikut rapat dewan", _MEETING_DATED, True),
        ("When did Ardi arrive in Medan to attend the council meeting?", _MEETING_DATED, True),
        ("Kapan Ardi mengunjungi Medan untuk rapat dewan?", _MEETING_DATED, True),
        # ... but by a sentence that tells the coming, a visit or being there
        (
            "Kapan Ardi tiba di Medan untuk menghadiri rapat dewan?",
            "Ardi tiba di Medan pada Selasa (29/11) untuk menghadiri rapat dewan.",
            False,
        ),
        (
            "When did Ardi arrive in Medan to attend the council meeting?",
            "Ardi hadir di rapat dewan di Medan pada Selasa (29/11).",
            False,
        ),
    ],
)
def test_a_coming_is_dated_only_by_a_sentence_that_tells_one(
    question: str, sentence: str, abstains: bool
) -> None:
    assert _abstains(question, sentence) is abstains


def test_a_coming_after_the_first_deed_is_not_the_one_asked() -> None:
    # "Kapan Budi memimpin rapat yang didatangi Ardi?" asks when Budi led the meeting
    analyzed, ranked = _ranked(
        "Kapan Budi memimpin rapat dewan yang didatangi Ardi?", _MEETING_DATED
    )
    assert _arrival_undated(analyzed, ranked[0]) == []
    analyzed, ranked = _ranked("Kapan Ardi datang ke rapat dewan?", _MEETING_DATED)
    assert _arrival_undated(analyzed, ranked[0]) == ["datang"]


_SUPPORTED = "“Kami telah mendukung rencana jembatan itu,” kata Bupati Sari."


@pytest.mark.parametrize(
    ("question", "second", "doer"),
    [
        # the first sentence tells another deed (support) in someone's words; a close one says
        # the approval and whose it was
        (
            "Siapa yang menyetujui rencana jembatan itu?",
            "Gubernur Ardi mengatakan para menteri pertahanan menyetujui rencana jembatan itu.",
            "para menteri pertahanan",
        ),
        (
            "Siapa yang mengesahkan rencana jembatan itu?",
            "Gubernur Ardi mengatakan para menteri pertahanan menyetujui rencana jembatan itu.",
            "para menteri pertahanan",
        ),
        (
            "Who approved the bridge plan?",
            "Gubernur Ardi mengatakan para menteri pertahanan menyetujui rencana jembatan itu.",
            "para menteri pertahanan",
        ),
        # ... not one whose name is not the doer of it
        (
            "Siapa yang menyetujui rencana jembatan itu?",
            "Ardi akan bertemu Bupati Budi Wiranata, di saat dirinya menyetujui rencana itu.",
            None,
        ),
        # ... nor for words asked: who said them is the speaker's own search
        (
            "Siapa yang mengatakan rencana jembatan itu didukung?",
            "Gubernur Ardi mengatakan para menteri pertahanan menyetujui rencana jembatan itu.",
            None,
        ),
    ],
)
def test_the_doer_is_from_a_close_sentence_that_says_the_deed(
    question: str, second: str, doer: str | None
) -> None:
    language = "en" if question.startswith("Who") else "id"
    analyzed, ranked = _ranked(normalize_question(question, language), _SUPPORTED, second)
    found = _doing_told(analyzed, ranked)
    assert (found.fact if found else None) == doer


def _cited(quote: str) -> Answer:
    citation = Citation(
        number=1, article_id="a", title="Berita", source="Harian Contoh", published=PUBLISHED,
        quote=quote, start=0, end=len(quote),
    )  # fmt: skip
    return Answer(question="", text=f"**Senin** [1]. {quote}", citations=[citation])


@pytest.mark.parametrize(
    ("quote", "cites"),
    [
        ("Gubernur Ardi mengancam akan menutup jembatan itu pada Senin.", True),
        # a word of the deed, but someone else's: the date is of another event
        ("Bupati Sari mengancam warga Lebak dengan denda pada Senin.", False),
        # the name without the deed
        ("Gubernur Ardi meresmikan pasar pada Senin.", False),
        # (a name that only says which report is asked need not be in the sentence)
        ("Ardi mengancam akan menutup jembatan itu pada Senin.", True),
    ],
)
def test_a_wider_search_answers_only_with_the_deed_and_the_names_asked(
    quote: str, cites: bool
) -> None:
    question = analyze_question("Kapan Ardi mengancam menutup jembatan itu menurut berita Medan?")
    assert cites_the_asked_deed(question, _cited(quote)) is cites


@pytest.mark.parametrize(
    ("quote", "cites"),
    [
        # a passive question's doer is its agent: the one attacked need not be named ...
        ("Warga bertahan di tengah serangan Budi yang terjadi sejak Senin.", True),
        # ... but the attacker must
        ("Warga Lebak bertahan di tengah serangan yang terjadi sejak Senin.", False),
    ],
)
def test_a_wider_search_needs_the_agent_of_a_passive_question(quote: str, cites: bool) -> None:
    question = analyze_question("Sejak kapan Lebak diserang Budi?")
    assert cites_the_asked_deed(question, _cited(quote)) is cites


@pytest.mark.parametrize(
    ("question", "doer"),
    [
        ("Siapa yang menyetujui rencana itu?", "para menteri pertahanan"),
        # asked by the kind of person, the doer is still the one who did it, not the speaker
        ("Pejabat mana yang menyetujui rencana itu?", "para menteri pertahanan"),
        ("pejabat mana yg menyetujui rencana itu", "para menteri pertahanan"),
    ],
)
def test_the_doer_asked_by_kind_is_who_did_it(question: str, doer: str) -> None:
    sentence = "Gubernur Ardi mengatakan para menteri pertahanan menyetujui rencana itu."
    assert extract_fact(analyze_question(question), sentence, PUBLISHED).text == doer


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        # the office after "Who is the" is the one met's, when someone else's deed follows
        ("Who is the Polish president Ardi was set to meet separately?", "**Budi Wiranata**"),
        ("Who is the French president Ardi was set to meet separately?", "The articles do not"),
    ],
)
def test_the_office_of_whom_someone_met_is_checked(question: str, opens: str) -> None:
    met = "Ardi juga akan bertemu secara terpisah dengan Presiden Polandia Budi Wiranata di Lebak."
    assert _answer_text(normalize_question(question, "en"), met).startswith(opens)


def test_a_relative_clause_without_a_verb_tells_no_deed() -> None:
    # "di Istana Medan yang sama": the same palace, no deed "sama" told without a date
    sentence = "Pada tahun 2008, KTT Lebak di Istana Medan yang sama setuju Budi bergabung."
    for question in (
        "Tahun berapa KTT Lebak pernah diadakan di gedung yang sama?",
        "Kapan KTT Lebak pernah diadakan di gedung yang sama?",
    ):
        analyzed, ranked = _ranked(question, sentence)
        assert "2008" in compose(analyzed, [], ranked, model=None).text.split("[1]")[0]


def test_a_deed_asked_as_done_after_a_later_event_is_not_yet_when_only_agreed() -> None:
    # the report tells of the time before the congress, yet whenever the membership is asked
    # of, it is only agreed to
    text = _answer_text(
        "Kapan Medan resmi menjadi anggota dewan setelah kongres di Bandung?",
        "Meski secara prinsip dewan sudah setuju Medan bergabung pada 2018, dewan tidak pernah "
        "memberikan jalur resmi bagi Medan, kata Ardi menjelang kongres di Bandung.",
    )
    assert text.startswith("**Belum**")


@pytest.mark.parametrize(
    ("question", "unsaid"),
    [
        # a person paired with another as doing the deed together, whom the sentence leaves
        # out while it says the other
        (
            "Apa yang dibahas Budi Holmberg dan Ardi Wiranata dalam perbincangan itu?",
            ["budi", "holmberg"],
        ),
        ("What did Budi Holmberg and Ardi Wiranata discuss in their talk?", ["budi", "holmberg"]),
        # ... not the pair the sentence tells, nor a person named alone
        ("Apa yang dibahas Ardi Wiranata dan Nanda Lestari dalam perbincangan itu?", []),
        ("Apa yang dibahas Budi Holmberg dalam perbincangan itu?", []),
        # ... nor a place or a country paired
        ("Apa yang dibahas Ardi Wiranata dan Jerman dalam perbincangan itu?", []),
        # words said to a person the sentence leaves out were said to someone else
        ("ardi ngomong apa ke holmberg soal dewan", ["holmberg"]),
        ("What did Ardi Wiranata tell Budi Holmberg about the council?", ["budi", "holmberg"]),
        ("Apa yang dikatakan Ardi kepada Nanda Lestari?", []),
        ("Apa yang dikatakan Ardi soal pertemuan di Medan?", []),
    ],
)
def test_a_partner_the_sentence_leaves_out(question: str, unsaid: list[str]) -> None:
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)),
        "Bupati Ardi Wiranata mengungkap bahwa dalam perbincangan itu, ia dan Nanda Lestari "
        "membahas persiapan pertemuan dewan di Medan.",
    )
    assert partner_unsaid(analyzed, ranked[0]) == unsaid


@pytest.mark.parametrize(
    "question",
    ["Di kota mana di Rumania para menteri bertemu?", "Which city in Romania did they meet in?"],
)
def test_a_capital_lies_in_the_country_a_city_is_asked_within(question: str) -> None:
    text = _answer_text(
        normalize_question(question, detect_language(question)),
        "Para menteri luar negeri bertemu di Bucharest pada Selasa (29/11/2022).",
    )
    assert text.startswith("**Bucharest**"), text


@pytest.mark.parametrize(
    ("question", "denied"),
    [
        # a year named with another meeting is that meeting's, not the sentence's
        (
            "Apakah KTT dewan tahun 2008 dan rapat menteri di Medan digelar di gedung yang sama?",
            False,
        ),
        ("ktt dewan 2008 sama rapat menteri di medan di gedung yg sama gak sih", False),
        (
            "Was the ministers' meeting in Medan held in the same building as the 2008 summit?",
            False,
        ),
        # ... but a year claimed of the sentence's own meeting is checked
        ("Apakah rapat menteri di Medan digelar pada tahun 2021?", True),
    ],
)
def test_a_year_named_with_another_meeting_denies_nothing(question: str, denied: bool) -> None:
    text = _answer_text(
        normalize_question(question, detect_language(question)),
        "Rapat menteri di Medan pada Selasa (29/11/2022) akan fokus pada bantuan banjir.",
    )
    assert text.startswith(("**Tidak**", "**No**")) is denied, text


@pytest.mark.parametrize(
    ("question", "sentence", "other"),
    [
        # a city the sentence puts the deed in otherwise
        (
            "Kapan Ardi berpidato di Medan?",
            "Ardi berpidato kepada ribuan orang di Padang.",
            "Padang",
        ),
        (
            "When did Ardi speak in Medan?",
            "Ardi berpidato kepada ribuan orang di Padang.",
            "Padang",
        ),
        ("Kapan Ardi berpidato di Medan?", "Ardi berpidato kepada ribuan orang di Medan.", ""),
        # a country on either side is as often a target or a topic as a scene
        ("Sejak kapan invasi Lebakia ke Hongaria terjadi?", "Invasi itu dikecam di Medan.", ""),
        ("Kapan Ardi berpidato di Medan?", "Ardi berpidato soal situasi di Hongaria.", ""),
        # no place claimed
        ("Kapan Ardi berpidato?", "Ardi berpidato kepada ribuan orang di Padang.", ""),
        # an English noun in capitals is said by its Indonesian
        (
            "When did Ardi speak at the Palace of Medan?",
            "Ardi berpidato kepada ribuan orang di Istana Medan.",
            "",
        ),
        (
            "When did Ardi speak at the Palace of Medan?",
            "Ardi berpidato kepada ribuan orang di Padang.",
            "Padang",
        ),
        # ... only where the sentence puts the deed
        (
            "When did Ardi speak at the Palace of Medan?",
            "Ardi berpidato kepada ribuan orang di Padang, dekat Istana Bogor.",
            "Padang",
        ),
        # a place after an order word is the other event's
        (
            "Sidang di Medan itu menjadi perundingan terakhir sebelum acara apa?",
            "Sidang itu perundingan terakhir sebelum kongres partai di Bandung bulan depan.",
            "",
        ),
        # ... however many words name that event, within its clause
        (
            "Sidang di Medan itu menjadi perundingan terakhir sebelum acara apa?",
            "Sidang itu perundingan terakhir sebelum pertemuan puncak Gubernur Jawa Barat Ardi"
            " Wiranata di Bandung bulan depan.",
            "",
        ),
        (
            "Kapan Ardi berpidato di Medan?",
            "Sebelum kongres, Ardi berpidato kepada ribuan orang di Padang.",
            "Padang",
        ),
        # ... not after "setelah itu", nor where the deed's own mention is further on
        ("Kapan Ardi berpidato di Medan?", "Setelah itu Ardi berpidato di Padang.", "Padang"),
        (
            "Kapan Ardi berpidato di Medan?",
            "Setelah tiba di Padang, Ardi berpidato kepada ribuan orang di Padang.",
            "Padang",
        ),
    ],
)
def test_a_city_the_question_puts_its_deed_in_is_checked(
    question: str, sentence: str, other: str
) -> None:
    analyzed, ranked = _ranked(question, sentence)
    assert place_contradicted(analyzed, ranked[0]) == other


@pytest.mark.parametrize(
    ("asked", "sentence", "fact"),
    [
        # the kind of thing asked, named by apposition, answers with its name
        (
            "Badan apa yang dikukuhkan di Medan?",
            "Agenda hari ini adalah pengukuhan Dewan Lebak-Medan, sebuah badan yang dibentuk "
            "untuk mempererat hubungan.",
            "Dewan Lebak-Medan",
        ),
        (
            "badan apa yg dikukuhin di medan",
            "Agenda hari ini adalah pengukuhan Dewan Lebak-Medan, sebuah badan baru.",
            "Dewan Lebak-Medan",
        ),
        # ... in a synonym of the kind, and in English
        (
            "Lembaga apa yang dikukuhkan di Medan?",
            "Agenda hari ini adalah pengukuhan Dewan Lebak-Medan, sebuah badan baru.",
            "Dewan Lebak-Medan",
        ),
        (
            "What body was inaugurated in Medan?",
            "Agenda hari ini adalah pengukuhan Dewan Lebak-Medan, sebuah badan baru.",
            "Dewan Lebak-Medan",
        ),
        # no apposition with an article, or one pointing back, names nothing
        (
            "Badan apa yang dikukuhkan di Medan?",
            "Menurut Ardi, badan itu dikukuhkan kemarin.",
            "Menurut Ardi, badan itu dikukuhkan kemarin.",
        ),
        (
            "Badan apa yang dikukuhkan di Medan?",
            "Di Medan, sebuah badan baru dikukuhkan.",
            "Di Medan, sebuah badan baru dikukuhkan.",
        ),
        # another kind is not named so
        (
            "Kota apa yang dikunjungi Ardi?",
            "Agenda hari ini adalah pengukuhan Dewan Lebak-Medan, sebuah badan baru.",
            "Agenda hari ini adalah pengukuhan Dewan Lebak-Medan, sebuah badan baru.",
        ),
    ],
)
def test_a_kind_asked_is_answered_by_the_name_given_it(
    asked: str, sentence: str, fact: str
) -> None:
    language = detect_language(asked)
    question = analyze_question(normalize_question(asked, language), asked)
    assert extract_fact(question, sentence, PUBLISHED).text == fact


def test_a_follow_ups_claim_is_its_own_words_not_the_topic_it_was_read_with() -> None:
    # "terus Lebak setuju gak?" after "Ardi minta Lebak mengizinkan rudal …?": the topic's
    # words place the claim; the claim is the agreeing, which urging does not say
    analyzed, ranked = _ranked(
        "Apakah Lebak setuju?", "Ardi mendesak Lebak untuk mengizinkan pemakaian rudal."
    )
    topic = ["minta", "izin", "rudal"]
    read_with_topic = replace(analyzed, terms=[*analyzed.terms, *topic], context_terms=topic)
    assert check_claim(read_with_topic, ranked[0], confirming=True).unconfirmed == ["tuju"]
    # ... and said, the claim stands
    analyzed, ranked = _ranked("Apakah Lebak setuju?", "Lebak setuju mengizinkan rudal.")
    read_with_topic = replace(analyzed, terms=[*analyzed.terms, *topic], context_terms=topic)
    assert check_claim(read_with_topic, ranked[0], confirming=True).unconfirmed == []


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        # a claim of nothing but its deed (and a reflexive "diri") has no rest to say
        ("Apakah Wiranata mengundurkan diri?", "Wiranata memperpanjang masa jabatannya.", True),
        # the rest of the claim, said or not
        (
            "Apakah Wiranata menolak memperpanjang masa jabatannya?",
            "Wiranata resmi memperpanjang masa jabatannya.",
            True,
        ),
        (
            "Apakah Wiranata menolak memperpanjang masa jabatannya?",
            "Wiranata mengatakan para menteri menyetujui peta jalan kerja sama.",
            False,
        ),
    ],
)
def test_the_rest_of_a_claim_besides_its_deed(question: str, sentence: str, said: bool) -> None:
    analyzed, ranked = _ranked(question, sentence)
    assert rest_of_claim_said(analyzed, ranked[0]) is said


@pytest.mark.parametrize(
    ("question", "far", "reversed_there"),
    [
        # the opposite ("memperpanjang") is no word of the question, so sentences sharing only
        # its "diri" rank above the one that reverses "mengundurkan diri"
        (
            "Apakah Wiranata mengundurkan diri?",
            "Wiranata resmi memperpanjang masa jabatannya sebagai ketua dewan.",
            True,
        ),
    ],
)
def test_a_deed_told_the_other_way_round_is_looked_for_below_the_first_five(
    question: str, far: str, reversed_there: bool
) -> None:
    fillers = [
        f"Warga {town} diminta mempersiapkan diri menghadapi banjir."
        for town in ("Medan", "Lebak", "Oslo", "Bogor", "Garut", "Depok")
    ]
    text = _answer_text(question, *fillers, far)
    assert text.startswith("Tidak, artikel tidak menyebut hal itu") is reversed_there, text


# A report that opens by putting its person in a city, and quotes him later without a place.
_ARRIVAL = "Presiden Tomasz Nowak pada Senin (3/3/2025) tiba di Oslo untuk pertemuan darurat."
# (another report's city, named as the next meeting's)
_NEXT_MEETING = "Nowak menyebut pertemuan berikutnya dijadwalkan di Helsinki."
_QUOTED_LATER = (
    "“Kami membutuhkan bantuan,” kata Nowak saat berbicara kepada media bersama Menteri Marek"
    " Kowalski."
)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # the deed set nowhere by its sentence happened where the opening put him
        ("Apakah Nowak berbicara kepada media bersama Marek Kowalski di Helsinki?", "**Tidak**"),
        ("nowak ngomong ke media bareng kowalski di helsinki ya", "**Tidak**"),
        ("Did Nowak speak to the press with Marek Kowalski in Helsinki?", "**No**"),
        ("Apakah Nowak berbicara kepada media bersama Marek Kowalski di Oslo?", "**Ya**"),
    ],
)
def test_a_claim_set_nowhere_by_its_sentence_is_placed_by_the_reports_opening(
    question: str, opening: str
) -> None:
    language = "en" if question.startswith("Did") else "id"
    analyzed = analyze_question(normalize_question(question, language), question)
    passages, ranked = _scored(analyzed, _ARRIVAL, _QUOTED_LATER, lead=True)
    answer = compose(analyzed, passages, ranked, model=None)
    assert answer.text.startswith(opening)
    if opening in {"**Tidak**", "**No**"}:
        assert "Oslo" in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        # a city named by the summit held there is claimed as where it happened
        "Apakah Ukraina resmi menjadi anggota di KTT Helsinki?",
        "Did Nowak officially join at the Helsinki summit?",
        # an English verb of going takes its place: a visit to Oslo says no trip to Helsinki
        "Did Nowak go to Helsinki?",
        "Did Nowak travel to Helsinki?",
    ],
)
def test_a_place_the_claim_names_is_never_confirmed_by_another(question: str) -> None:
    language = "en" if question.startswith("Did") else "id"
    analyzed = analyze_question(normalize_question(question, language), question)
    passages, ranked = _scored(analyzed, _ARRIVAL, _NEXT_MEETING, lead=True)
    answer = compose(analyzed, passages, ranked, model=None)
    assert not answer.text.startswith(("**Ya**", "**Yes**"))


def test_a_bare_visit_is_not_denied_where_another_sentence_puts_him_there() -> None:
    # "Did Nowak go to Helsinki?": one sentence has him in Oslo, a close one in Helsinki
    question = "Did Nowak go to Helsinki?"
    analyzed = analyze_question(normalize_question(question, "en"), question)
    passages, ranked = _scored(
        analyzed,
        _ARRIVAL,
        "Dalam pertemuan di Helsinki pada Rabu kemarin, Nowak mengaku kecewa.",
        lead=True,
    )
    answer = compose(analyzed, passages, ranked, model=None)
    assert not answer.text.startswith("**No**")


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("Did Nowak go to Helsinki?", ("Helsinki",)),
        ("Apakah Nowak datang ke Helsinki?", ("Helsinki",)),
        # a deed besides being there, or no place
        ("Apakah Nowak berbicara kepada media di Helsinki?", ()),
        ("Did Nowak send aid?", ()),
        # sending puts no one there
        ("Did Nowak send aid to Helsinki?", ()),
    ],
)
def test_a_claim_that_only_puts_someone_somewhere(question: str, places: tuple[str, ...]) -> None:
    language = "en" if question.startswith("Did") else "id"
    analyzed = analyze_question(normalize_question(question, language), question)
    assert visit_claimed(analyzed) == places


@pytest.mark.parametrize(
    "question",
    [
        "nowak ngobrol sama kowalski itu ketemuan langsung di kyiv ya",
        "Apakah Nowak berbincang dengan Kowalski di Kyiv?",
    ],
)
def test_a_capital_is_not_said_by_its_country_as_a_topic(question: str) -> None:
    # "situasi di Ukraina" is what they talked about, not where: no talk in Kyiv is told
    analyzed = analyze_question(normalize_question(question, "id"), question)
    passages, ranked = _scored(
        analyzed,
        "Tomasz Nowak berbincang dengan Marek Kowalski pada Selasa (4/7).",
        "Kowalski mengungkap bahwa dalam perbincangan itu, ia dan Nowak membahas perkembangan"
        " situasi di Ukraina.",
    )
    answer = compose(analyzed, passages, ranked, model=None)
    assert answer.abstained
    assert "kyiv" in answer.text.lower()


_TERRIBLE_WINTER = (
    "“Ini akan menjadi musim dingin yang mengerikan bagi warga,” kata seorang diplomat."
)
_WORRY = "Tomasz Nowak kemudian menyatakan kekhawatirannya soal musim dingin."


@pytest.mark.parametrize(
    "question",
    [
        "Apakah Nowak yang mengatakan musim dingin akan mengerikan bagi warga?",
        # chat asks the same whether it was him, in lower case after its own openers
        "bener gak sih nowak yg bilang musim dingin bakal mengerikan buat warga",
        "apa iya nowak yg bilang musim dingin bakal mengerikan buat warga",
    ],
)
def test_who_said_it_is_corrected_however_the_cleft_is_asked(question: str) -> None:
    analyzed = analyze_question(normalize_question(question, "id"), question)
    passages, ranked = _scored(analyzed, _TERRIBLE_WINTER, _WORRY)
    answer = compose(analyzed, passages, ranked, model=None)
    assert answer.text.startswith("**Tidak**")
    assert "diplomat" in answer.text.split("\n")[0]


def test_a_worry_does_not_say_that_something_is_terrible() -> None:
    # "mengerikan" describes the winter; a worry is a feeling, no synonym of it
    question = "Apakah Nowak mengatakan musim dingin akan mengerikan?"
    analyzed = analyze_question(normalize_question(question, "id"), question)
    passages, ranked = _scored(analyzed, _WORRY)
    answer = compose(analyzed, passages, ranked, model=None)
    assert not answer.text.startswith("**Ya**")


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # what someone asked for is told by a report that names them, not by another's request
        ("Apa yang diminta Nowak kepada Kowalski?", True),
        ("What did Nowak ask Kowalski for?", True),
        ("Apa yang diminta Wiranata kepada Kowalski?", False),
    ],
)
def test_what_someone_did_is_told_by_a_report_that_names_them(
    question: str, abstains: bool
) -> None:
    answer = _answered_from_one_passage(
        question, "Wiranata juga meminta lebih banyak senjata kepada Presiden Kowalski."
    )
    assert answer.abstained is abstains


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the one the report calls the first had none before it
        (
            "Apakah Kowalski pernah berkunjung ke markas Dewan sejak banjir sebelum kunjungannya "
            "pada Rabu (11/10/2023)?",
            "**Tidak**",
        ),
        (
            "Had Kowalski visited the council headquarters since the flood before his trip on "
            "October 11, 2023?",
            "**No**",
        ),
        # ... not a deed the claim itself ranks first
        ("Apakah Kowalski pernah bertemu Nowak sebelum kunjungan pertamanya?", ""),
    ],
)
def test_none_came_before_the_one_the_report_calls_the_first(question: str, answer: str) -> None:
    analyzed, ranked = _ranked(
        question,
        "Presiden Kowalski pada Rabu (11/10/2023) tiba di markas Dewan di Medan.",
        "Ini adalah kunjungan pertamanya ke dewan itu sejak banjir.",
    )
    ranked[1].previous = ranked[0].text
    composed = compose(analyzed, [], ranked, model=None)
    assert (composed.text.split(":")[0] if not composed.abstained else "") == answer


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("kenapa wiranata ke Lebak", {"lebak"}),
        # not a trip: "ke" of something else the question says
        ("wiranata takut perhatian dewan ke Lebak teralihkan gara2 apa", set()),
        ("Mengapa Ardi datang ke Lebak pada Rabu?", {"lebak"}),  # not when he came
        ("Why was Ardi in Lebak?", {"lebak"}),
        ("Why did Ardi go to the council headquarters in Lebak last week?", {"lebak"}),
        ("Mengapa Ardi menolak rencana itu?", set()),  # no trip
    ],
)
def test_where_a_trip_asked_why_went(question: str, places: set[str]) -> None:
    assert _trip_places(analyze_question(question)) == places


@pytest.mark.parametrize(
    ("text", "places", "put"),
    [
        ("Wiranata tiba di markas dewan di Lebak.", {"lebak"}, True),
        ("Pertemuan itu digelar di Lebak.", {"lebak"}, True),
        # named, but no one is there
        ("Jika Lebak diserang, dewan akan membantu.", {"lebak"}, False),
        ("Bantuan dikirim ke Medan jika Lebak melakukan intervensi.", {"lebak"}, False),
    ],
)
def test_a_sentence_puts_someone_at_a_place_only_by_a_preposition(
    text: str, places: set[str], put: bool
) -> None:
    assert _puts_someone_at(text, frozenset(places)) is put


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        # the speaker's "Itu sebabnya saya di sini", in a report that opens with them there
        ("kenapa wiranata ke Brussels", "Karena kami butuh senjata"),
        ("Why was Wiranata in Brussels?", "The article gives the reason"),
        ("Mengapa Wiranata datang ke Brussels?", "Karena kami butuh senjata"),
        # a reason of another deed, by someone the report never puts there
        ("kenapa Holmberg ke Brussels", "Maaf"),
        # a reason for being there is no reason for anything else
        ("Mengapa warga diminta Wiranata bersiap?", "Menurut"),
    ],
)
def test_a_reason_for_a_trip_is_someone_s_for_being_there(question: str, opens: str) -> None:
    analyzed, ranked = _ranked(
        question,
        "“Kami sedang bersiap. Kami butuh senjata. Itu sebabnya saya di sini,” kata Wiranata.",
        "“Warga berpikir makin banyak dukungan makin baik, itulah sebabnya mereka mencari "
        "bantuan,” kata Holmberg.",
    )
    if question.startswith("kenapa Holmberg"):
        ranked.reverse()
    for sentence in ranked:
        sentence.article_lead = (
            "Wiranata tiba di markas dewan di Brussels pada Rabu. Ia bertemu dewan."
        )
    assert compose(analyzed, [], ranked, model=None).text.startswith(opens)


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        (
            "Untuk apa sekutu menyediakan pertahanan udara, menurut berita kunjungan Ardi?",
            "Untuk apa sekutu menyediakan pertahanan udara, ",
        ),
        (
            "Why did the allies provide air defence, according to the report on Ardi's visit?",
            "Why did the allies provide air defence, ",
        ),
        ("Mengapa Ardi datang ke Medan?", "Mengapa Ardi datang ke Medan?"),
    ],
)
def test_the_report_a_question_names_is_no_part_of_its_deed(question: str, clause: str) -> None:
    assert _main_deed_clause(analyze_question(question)) == clause


@pytest.mark.parametrize(
    ("question", "head", "promised"),
    [
        ("Apa janji Wiranata?", True, True),
        ("What did Wiranata promise?", True, True),
        # ... not a country whose government the person does not head
        ("Apa janji Wiranata?", False, False),
    ],
)
def test_the_country_a_person_heads_speaks_for_them(
    question: str, head: bool, promised: bool
) -> None:
    analyzed, ranked = _ranked(
        question,
        "“Warga kami berpikir bahwa bantuan akan datang,” kata Wiranata.",
        "Namun, Finlandia berjanji tidak akan memveto usulan tersebut.",
    )
    office = {"perdana", "menteri", "finlandia"} if head else {"duta", "besar", "finlandia"}
    analyzed.offices = (("wiranata", frozenset(office)),)
    answer = compose(analyzed, [], ranked, model=None)
    assert ("tidak akan memveto" in answer.text.split("\n")[0]) is promised


@pytest.mark.parametrize(
    ("question", "abstains"),
    [
        # the date is the meeting's; the attacks only the clause after "setelah" tells
        ("Kapan Medan menyerang jembatan Lebak?", True),
        ("When did Medan attack the Lebak bridge?", True),
        # the main clause's own deed keeps its date
        ("Kapan Ardi meminta bantuan musim dingin?", False),
    ],
)
def test_a_date_outside_an_order_clause_is_not_its_deed_s(question: str, abstains: bool) -> None:
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)),
        "Ardi meminta bantuan musim dingin pada rapat pada Selasa (11 Juli), setelah warga "
        "mengungsi karena serangan Medan di jembatan Lebak.",
    )
    assert compose(analyzed, [], ranked, model=None).abstained is abstains


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the words he put on a platform (either sentence of the post), not the speech that
        # dates them, nor another's post
        ("What did Wiranata tweet after his speech in Lebak?", "“Kami"),
        ("wiranata ngetweet apa abis pidato di lebak", "“Kami"),
        ("Apa yang ditulis Wiranata di Twitter setelah pidatonya di Lebak?", "“Kami"),
        # ... which go on past the sentence that names the platform
        ("What did Wiranata tweet that he would bring to Lebak?", "membawa tenda"),
        ("wiranata ngetwit katanya mau bawa apa ke lebak", "membawa tenda"),
    ],
)
def test_words_posted_are_the_post_s(question: str, said: str) -> None:
    analyzed = analyze_question(normalize_question(question, detect_language(question)), question)
    passages, ranked = _scored(
        analyzed,
        "“Kami akan bersatu,” tulis Holmberg di Instagram. “Lebak akan bangkit,” kata Wiranata "
        "kepada ribuan orang di Lebak. Usai pidato tersebut, Wiranata beralih ke bahasa yang "
        "lebih lembut. “Kami berterima kasih kepada relawan,” tulisnya via Twitter. “Kami akan "
        "membawa tenda baru ke Lebak,” sambungnya.",
    )
    answer = compose(analyzed, passages, ranked, model=None).text.split("[1]")[0]
    assert said in answer
    assert not any(other in answer for other in ("bersatu", "bangkit"))


@pytest.mark.parametrize(
    ("question", "posted"),
    [
        ("What did Wiranata tweet?", True),
        ("wiranata ngetweet apa", True),
        ("Apa yang ditulis Wiranata di Twitter?", True),
        # a post is also an office, and writing need not be on a platform
        ("Which post did Wiranata extend his term in?", False),
        ("Apa yang ditulis Wiranata dalam suratnya?", False),
    ],
)
def test_what_was_posted_is_asked_by_a_platform_or_its_verbs(question: str, posted: bool) -> None:
    analyzed = analyze_question(normalize_question(question, detect_language(question)), question)
    assert asks_what_was_posted(analyzed) is posted


@pytest.mark.parametrize(
    ("question", "sentence", "tells"),
    [
        ("Mengapa pusat pelatihan dewan dibuka di Surabaya?", "Pusat itu dibuka di Bandung.", True),
        # the place asked, with another deed: its reason is no reason of the opening
        (
            "Mengapa pusat pelatihan dewan dibuka di Surabaya?",
            "Surabaya menjadwalkan rapat karena mendesak cara mempercepat rekonstruksi.",
            False,
        ),
        ("Why did Ardi open the centre in Surabaya?", "Ardi membuka pusat itu pekan lalu.", True),
    ],
)
def test_a_reason_that_stands_in_tells_the_deed_asked(
    question: str, sentence: str, tells: bool
) -> None:
    analyzed, ranked = _ranked(
        normalize_question(question, detect_language(question)), sentence, asked=question
    )
    assert _tells_the_deed(analyzed, ranked[0]) is tells
