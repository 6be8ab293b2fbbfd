"""A person's grammatical gender as an English article shows it, for "she said" / "he said".

English speaker resolution points a pronoun to the latest speaker or to the one person named
since; when the pronoun's gender and the person's differ ("Jackson's mother, Katherine, … She
said" after her son was named) the pronoun is someone else's. The evidence, strongest first:
a title the article puts before the name ("Mrs Askham", "Sir Paul"), a gendered role the article
gives the person ("mother", "spokeswoman", "widow"), then the first name from a short list of
common given names written for kabar (no package we could depend on holds one under a licence
that fits: gender-guesser is GPLv3). Unknown is ``""``: the caller then keeps its choice.
Indonesian pronouns ("ia", "dia") have no gender; this is for English only.
"""

from __future__ import annotations

import re

_TITLE_F = frozenset("mrs ms miss madam madame mme dame lady baroness duchess countess".split())
_TITLE_M = frozenset("mr sir lord baron duke earl".split())

# Role words that give a gender ("Jackson's mother", "a Coast Guard spokeswoman")
_ROLE_F = frozenset("""mother mom mum wife daughter sister widow grandmother granddaughter aunt niece girlfriend
bride actress spokeswoman chairwoman businesswoman congresswoman councilwoman policewoman sportswoman
stepmother stepdaughter queen princess empress duchess countess heiress woman girl lady fiancee""".split())
_ROLE_M = frozenset("""father dad son brother widower grandfather grandson uncle nephew boyfriend groom husband
spokesman chairman businessman congressman councilman policeman sportsman stepfather stepson king prince
emperor duke man boy fiance""".split())

# Common given names of English-language news (and some frequent elsewhere in wire copy), by
# the gender they almost always carry; names used for both, or for the other gender in another language
# ("Jean", "Robin", "Kim", "Kelly"; Italian "Andrea", "Nicola"), are left out
_FEMALE = frozenset("""
abigail alice alison amanda amber amy angela angelina ann anna anne annie barbara beatrice betty beverly
brenda bridget caroline carol carolyn catherine cathy charlotte cheryl christina christine claire clare cynthia
deborah debbie denise diana diane donna doris dorothy elaine eleanor elizabeth ellen emily emma evelyn fiona
florence frances gillian gloria hannah harriet heather helen hillary hilary ingrid irene isabel jacqueline
jane janet janice jennifer jessica joan joanna joanne josephine joyce judith judy julia julie karen kate katherine
kathleen kathryn kathy katie laura lauren linda lisa louise lucy lynn margaret maria marie marilyn martha
mary maureen megan melanie melissa michelle monica nancy natalie nicole olivia pamela patricia paula
pauline rachel rebecca rita rose rosemary ruth sally samantha sandra sarah sharon sheila shirley sophie stephanie
susan suzanne sylvia tanya teresa theresa tina valerie vanessa victoria virginia wendy yvonne condoleezza
dawn hina yulia yoko sonia sonya fatima aisha olga natalia irina svetlana tatiana ursula nadia
""".split())
_MALE = frozenset("""
aaron adam adrian alan albert alexander alfred andrew anthony arthur barry ben benjamin bernard bill bob brian
bruce carl charles chris christopher colin craig daniel darren david dennis derek donald douglas duncan edward
eric frank fred frederick gary geoffrey george gerald gordon graham greg gregory harold harry henry howard ian
iain jack jacob james jason jeffrey jeremy jerry jim joe john jonathan joseph josh keith kenneth kevin larry
lawrence leonard louis malcolm mark martin matthew michael mike nathan neil nicholas nick nigel norman oliver
patrick paul peter philip ralph raymond richard robert roger ronald roy russell ryan samuel scott sean simon
stephen steve steven stuart thomas timothy todd tom tony victor vincent walter wayne william barack bashar
muammar hosni vladimir dmitry sergei nikolai ahmed mohammed muhammad mohamed omar ali hassan hussein saddam
moammar hamid nouri ehud
""".split())


def _gender_word(word: str, female: frozenset[str], male: frozenset[str]) -> str:
    low = word.lower().strip(".,")
    return "f" if low in female else "m" if low in male else ""


def person_gender(name: str, body: str = "", roles: tuple[str, ...] | list[str] = ()) -> str:
    """``"f"``, ``"m"`` or ``""`` (unknown) for the person ``name`` in an English ``body``.

    A title the body writes before the full name ("Ms Nicola Sturgeon"), a gendered role word,
    the first name's usual gender, then a title before the last name alone ("Ms Sturgeon")."""
    words = name.split()
    if not words:
        return ""
    full = r"\s+".join(re.escape(w) for w in words)
    g = _titled(rf"(?:{full})", body) if body and len(words) > 1 else ""
    for role in roles:
        for w in re.findall(r"[A-Za-z]+", role):
            g = g or _gender_word(w, _ROLE_F, _ROLE_M)
    # (a title before the last name alone comes last: "Mrs Jackson" may be the mother of Michael Jackson)
    return g or _gender_word(words[0], _FEMALE, _MALE) or (_titled(re.escape(words[-1]), body) if body else "")


def _titled(name_re: str, body: str) -> str:
    """The gender of the first title the body writes right before the name (``""`` if none)."""
    for m in re.finditer(rf"\b([A-Z][a-z]{{1,8}})\.?\s+{name_re}\b", body):
        g = _gender_word(m.group(1), _TITLE_F, _TITLE_M)
        if g:
            return g
    return ""
