"""Does a sentence stand on its own once lifted out of its article?

A dossier's summary and claim lists quote single sentences. One that opens with a pronoun ("Dia
menambahkan bahwa …", "He said …"), a pointer to the sentence before ("Hal itu disampaikan
Prabowo …") or a connective answering it ("Namun …", "However, …") reads wrong alone: the reader
never saw who "dia" is or what "hal itu" was. Over the summaries of the 155 events of
eval/data/cluster_id*.json, 91 of 930 sentences opened so (session 17, /tmp scratch count).

Quoted speech is left alone: a quote's "Kami"/"Saya" is its speaker's, whom the attribution names.
"""

from __future__ import annotations

import re

# a short adverbial a pronoun subject may follow: "Lebih lanjut, ia …", "Sebelumnya, dia …"
_LEAD_ID = r"(?:(?:lebih lanjut|selanjutnya|kemudian|sebelumnya|sementara itu|di sisi lain|dalam kesempatan (?:itu|tersebut|ini)|saat itu|menurut(?:nya| dia)|kata (?:dia|nya)),?\s+)?"
_PRONOUN_ID = r"(?:dia|ia|mereka|beliau|pihaknya|keduanya)\b"
# the sentence before is its subject or what it answers
_POINTER_ID = (r"(?:hal (?:ini|itu|tersebut|serupa|senada)|ini|itu|namun|tetapi|akan tetapi|tapi"
               r"|(?:meski|meskipun|walau|walaupun|kendati) (?:demikian|begitu)|selain itu|oleh (?:karena|sebab) itu"
               r"|karena itu|untuk itu|dengan demikian|padahal|bahkan|sedangkan|(?:tak|tidak) hanya itu"
               r"|menurut(?:nya| dia)|kata (?:dia|nya))\b")
_ID = re.compile(rf"(?:{_LEAD_ID}{_PRONOUN_ID}|{_POINTER_ID})", re.I)

_LEAD_EN = r"(?:(?:meanwhile|later|earlier|separately|at the time|in (?:a|the) statement),?\s+)?"
_EN = re.compile(rf"(?:{_LEAD_EN}(?:he|she|they|his|her|their)\b|it (?:said|says|added|adds|noted|reported)\b"
                 r"|(?:however|but|still|yet|nevertheless|nonetheless|instead|that|this|these|those)\s*,"
                 r"|(?:however|but|nevertheless|nonetheless)\b"
                 r"|(?:this|that|these|those) (?:is|was|are|were|has|had|comes|came|means|meant|includes|included)\b)",
                 re.I)


def stands_alone(text: str, lang: str = "id") -> bool:
    """False when ``text`` opens with a word that needs the sentence before it (see the module
    docstring); quotes and anything else are taken to stand alone."""
    head = text.lstrip()
    if not head or head[0] in "\"'“‘«":
        return True
    pattern = _EN if lang == "en" else _ID
    return pattern.match(head) is None
