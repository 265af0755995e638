"""Offline principle suggestions for a note: framework keywords plus earlier tagging.

Nothing here applies a tag: a suggestion is shown with its reasons and the user accepts it
(tagged through :func:`workshop.services.tags.set_tags` with ``source=SUGGESTION``) or rejects
it. Stdlib only, deterministic.

How a note is scored against each principle:

* keywords of the framework (bokmål and English) match a word of the note after a light bokmål
  stemming, as a prefix or head of a compound (``digital`` in ``digitaliseringsprosjekt``,
  ``samarbeid`` in ``kultursamarbeidet``) or as a phrase (``på tvers``);
* words of the principle's own title and text count too, weighted lower;
* long keywords also match with one typo (``innbyger``);
* words learned from notes tagged by hand in this library (:meth:`Suggester.from_library`)
  count by how often they went with each principle.

The sum is squashed to a score between 0 and 1 (``1 - exp(-sum)``); equal scores go to the
principle tagged more often before, then to the lower number.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from workshop.domain.framework import Framework
from workshop.domain.vocabulary import MANUAL
from workshop.errors import NotFoundError
from workshop.i18n import t
from workshop.store.db import Library
from workshop.store.models import Note, NotePrinciple, WorkshopSession

MAX_SUGGESTIONS = 3
MIN_PREFIX = 4  # a keyword of at least this many letters may start or end a compound
MIN_PART = 3  # the other part of such a compound has at least this many letters

KEYWORD_WEIGHT = 1.0
PREFIX_WEIGHT = 0.8  # a keyword inside a compound counts a little less than the word itself
PHRASE_BONUS = 0.25  # per extra word of a multi-word keyword
TEXT_WEIGHT = 0.4  # a word of the principle's title or text
LEARNED_WEIGHT = 1.0  # times the share of earlier notes with the word that had the principle
LEARNED_SMOOTHING = 1.0  # a word seen once with a principle gives 1 / (1 + smoothing)
LEARNED_MIN_SHARE = 0.3  # weaker learned evidence is ignored (and never shown as a reason)
OTHER_LANGUAGE = 0.9  # a keyword in the language the note is not written in
MIN_TYPO = 7  # keywords this long also match with one letter missing, one extra or two swapped
TYPO_WEIGHT = 0.7

# A small bokmål list (and the commonest English function words): never a match on their own.
_STOP_TEXT = """
    og i på til for med av som at det den de dem dette disse en et ei er var har hadde
    vi oss du deg jeg meg han hun seg sin sitt sine ikke bare om fra så men eller kan må
    skal vil ville kunne burde bør blir bli ble være vært noe noen mer mye mange alle alt
    hva hvor hvordan hvorfor hvem når da nå der her også enn ut inn opp ned over under
    etter før hele helt litt få får fikk gjør gjøre gjort hver vår våre vårt deres dere
    man ingen ting selv faktisk egentlig sånn slik ja nei jo vel nok ganske veldig går
    gå kommer komme kommune kommunen kommunens gran hverandre nettopp mot andre
    annen annet nye nytt ny god gode godt bra bedre mest flere the and of to a an in on
    at for with we our us is are be it this that or not by as from you your
    stedet gjerne skjer trengs vet lage lager ta tar gi gir si sier se ser står sitter fått
    uten fordi hvis både begge siden ved hvilke hvilken samme denne kun ett skulle blitt kom
    min mitt mine din ditt dine hans hennes tid år dag
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

# bokmål inflection and derivation endings, longest first: (ending, shortest stem left, put
# back). Agent nouns keep their -er (brukerne → bruker) apart from the verb (bruke → bruk).
_SUFFIXES: tuple[tuple[str, int, str], ...] = tuple(
    sorted(
        [
            ("hetene", 3, ""),
            ("hetens", 3, ""),
            ("heten", 3, ""),
            ("heter", 3, ""),
            ("het", 3, ""),
            ("elsene", 3, ""),
            ("elsen", 3, ""),
            ("elser", 3, ""),
            ("else", 3, ""),
            ("ingene", 3, ""),
            ("ingens", 3, ""),
            ("ingen", 3, ""),
            ("inger", 3, ""),
            ("ing", 3, ""),
            ("ligere", 5, ""),
            ("lige", 5, ""),
            ("lig", 5, ""),
            ("ende", 3, ""),
            ("erne", 3, "er"),
            ("ere", 3, "er"),
            ("ene", 3, ""),
            ("ane", 3, ""),
            ("ens", 3, ""),
            ("ets", 3, ""),
            ("en", 3, ""),
            ("et", 3, ""),
            ("er", 3, ""),
            ("ar", 3, ""),
            ("es", 3, ""),
            ("a", 3, ""),
            ("e", 3, ""),
        ],
        key=lambda item: -len(item[0]),
    )
)
_ACCENTS = str.maketrans("éèêëóòôáàíìúù", "eeeeoooaaiiuu")
_WORD = re.compile(r"[^\W_]+")

# frequent words that tell a bokmål note from an English one
_NB_HINT_TEXT = "og i på til som det er ikke å vi de med for en et må kan skal har om"
_EN_HINT_TEXT = "the and of to is are we our with for a an in it be"
_NB_HINTS = frozenset(_NB_HINT_TEXT.split())
_EN_HINTS = frozenset(_EN_HINT_TEXT.split())


def normalise(text: str) -> str:
    """NFKC, lower case, common accents folded (æ, ø and å are kept)."""
    return unicodedata.normalize("NFKC", text).lower().translate(_ACCENTS)


def stem(word: str) -> str:
    """A light bokmål stemmer: strip one common ending (``tjenestene`` → ``tjenest``)."""
    for ending, shortest, replacement in _SUFFIXES:
        if word.endswith(ending) and len(word) - len(ending) >= shortest:
            root = word[: -len(ending)]
            if root.endswith("mm") and not replacement:
                root = root[:-1]  # a final m doubles before an ending: ungdom, ungdommen
            return root + replacement
    return word


@dataclass(frozen=True, slots=True)
class Token:
    surface: str  # as written in the note
    word: str  # normalised
    stem: str
    stop: bool


def tokenise(text: str) -> list[Token]:
    """The words of a text in order; stop words and numbers are kept but flagged."""
    tokens = []
    for m in _WORD.finditer(text):
        word = normalise(m.group())
        stop = word in STOP_WORDS or word.isdigit() or len(word) < 2
        tokens.append(Token(m.group(), word, stem(word), stop))
    return tokens


def _language(tokens: list[Token]) -> str:
    nb = sum(tok.word in _NB_HINTS for tok in tokens)
    en = sum(tok.word in _EN_HINTS for tok in tokens)
    return "en" if en > nb else "nb"


@dataclass(frozen=True, slots=True)
class Suggestion:
    principle: int
    score: float  # 0 < score < 1
    reasons: tuple[str, ...]  # the words of the note that matched, human readable

    def to_dict(self) -> dict[str, object]:
        return {
            "principle": self.principle,
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True, slots=True)
class _Keyword:
    principle: int
    stems: tuple[str, ...]
    weight: float
    language: str


@dataclass(frozen=True, slots=True)
class _Match:
    principle: int
    start: int  # first word of the note
    end: int  # after the last word
    part: tuple[int, int]  # letters of the word a one-word keyword covers (compound parts)
    weight: float
    language: str

    def hides(self, other: _Match) -> bool:
        """On one word, a longer keyword hides a shorter one at the same place (nett|verk)."""
        if self.end - self.start != 1 or other.end - other.start != 1 or self.start != other.start:
            return False
        (a, b), (c, d) = self.part, other.part
        return (a == c and b > d) or (0 < a < c and b == d)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Suggester:
    """Scores notes against a framework's principles; learns from notes tagged earlier."""

    def __init__(self, framework: Framework) -> None:
        self.framework = framework
        self.principles = framework.principle_numbers
        self._single: dict[str, list[_Keyword]] = defaultdict(list)  # one-word keywords by stem
        self._phrases: dict[str, list[_Keyword]] = defaultdict(list)  # by their first stem
        self._typos: dict[str, set[str]] = defaultdict(set)  # a long stem missing one letter
        self._learned: dict[str, Counter[int]] = defaultdict(Counter)  # stem → principle counts
        self._seen: Counter[str] = Counter()  # stem → learned notes containing it
        self._tagged: Counter[int] = Counter()  # principle → learned notes: breaks score ties
        for p in framework.principles:
            for language, words in p.keywords.items():
                for keyword in words:
                    self._add_keyword(p.number, keyword, KEYWORD_WEIGHT, language)
        # words of a principle's own title and text, unless other principles' texts share them
        text_words: dict[tuple[str, str], set[int]] = defaultdict(set)
        for p in framework.principles:
            for language in p.title:
                text = f"{p.title[language]} {p.text.get(language, '')}"
                for tok in tokenise(text):
                    if not tok.stop and len(tok.stem) >= MIN_PART:
                        text_words[tok.stem, language].add(p.number)
        for (word, language), numbers in sorted(text_words.items()):
            if len(numbers) == 1:
                self._add_keyword(numbers.pop(), word, TEXT_WEIGHT, language)
        for word in self._single:
            if len(word) >= MIN_TYPO:
                for variant in _deletions(word):
                    self._typos[variant].add(word)

    def _add_keyword(self, principle: int, keyword: str, weight: float, language: str) -> None:
        stems = tuple(tok.stem for tok in tokenise(keyword))
        if not stems:
            return
        table = self._single[stems[0]] if len(stems) == 1 else self._phrases[stems[0]]
        for existing in table:  # the same keyword twice (say in nb and en): keep the heavier
            if existing.principle == principle and existing.stems == stems:
                if existing.weight >= weight:
                    return
                table.remove(existing)
                break
        table.append(_Keyword(principle, stems, weight, language))

    # --- history -----------------------------------------------------------------------------

    @classmethod
    def from_library(cls, lib: Library, framework: Framework) -> Suggester:
        """A suggester that has learned from every note tagged by hand in the library.

        Only live notes in live sessions made with the same framework count, and only tags set
        by hand (``source == MANUAL``): accepted suggestions would otherwise feed themselves.
        One query.
        """
        suggester = cls(framework)
        with lib.read() as s:
            rows = s.execute(
                select(Note.id, Note.text, NotePrinciple.principle)
                .join(NotePrinciple, NotePrinciple.note_id == Note.id)
                .join(WorkshopSession, WorkshopSession.id == Note.session_id)
                .where(
                    NotePrinciple.source == MANUAL,
                    Note.deleted.is_(False),
                    WorkshopSession.deleted.is_(False),
                    WorkshopSession.framework_id == framework.id,
                )
                .order_by(Note.id, NotePrinciple.principle)
            ).all()
        texts: dict[str, str] = {}
        tags: dict[str, list[int]] = defaultdict(list)
        for note_id, text, principle in rows:
            texts[note_id] = text
            tags[note_id].append(principle)
        for note_id, text in texts.items():
            suggester.learn(text, tags[note_id])
        return suggester

    def learn(self, text: str, principles: Iterable[int]) -> None:
        """Remember one tagged note (cheap; the GUI may call it when a tag is set by hand)."""
        known = [p for p in dict.fromkeys(principles) if p in self.principles]
        if not known:
            return
        self._tagged.update(known)
        for word in {tok.stem for tok in tokenise(text) if not tok.stop and len(tok.stem) >= 3}:
            self._seen[word] += 1
            for p in known:
                self._learned[word][p] += 1

    @property
    def learned_words(self) -> int:
        """How many different words the suggester has learned from tagged notes."""
        return len(self._seen)

    # --- scoring -----------------------------------------------------------------------------

    def _lookup(self, word: str, *, typo: bool = False) -> list[tuple[_Keyword, float]]:
        found = [(kw, 1.0) for kw in self._single.get(word, ())]
        if typo and not found and len(word) >= MIN_TYPO - 1:
            # a long keyword with one letter missing (innbyger), one extra or two swapped
            candidates = set(self._typos.get(word, ()))
            if len(word) > MIN_TYPO:
                candidates.update(v for v in _deletions(word) if v in self._single)
            for i in range(len(word) - 1):
                swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                if swapped != word and len(word) >= MIN_TYPO and swapped in self._single:
                    candidates.add(swapped)
            for candidate in sorted(candidates):
                found.extend((kw, TYPO_WEIGHT) for kw in self._single[candidate])
        return found

    def _keyword_matches(self, tokens: list[Token]) -> list[_Match]:
        matches: list[_Match] = []
        for i, tok in enumerate(tokens):
            for kw in self._phrases.get(tok.stem, ()):
                n = len(kw.stems)
                if i + n <= len(tokens) and all(
                    tokens[i + j].stem == kw.stems[j] for j in range(1, n)
                ):
                    weight = kw.weight * (1 + PHRASE_BONUS * (n - 1))
                    matches.append(_Match(kw.principle, i, i + n, (0, 0), weight, kw.language))
            if tok.stop:
                continue
            word = tok.word
            found = [
                (kw, factor, (0, len(word))) for kw, factor in self._lookup(tok.stem, typo=True)
            ]
            # a keyword starting a compound: digital|iseringsprosjekt
            for k in range(MIN_PREFIX, len(word) - MIN_PART + 1):
                found.extend((kw, PREFIX_WEIGHT, (0, k)) for kw in self._single.get(word[:k], ()))
            # a keyword ending a compound: kultur|samarbeidet
            for k in range(MIN_PART, len(word) - MIN_PREFIX + 1):
                head = stem(word[k:])
                if len(head) >= MIN_PREFIX:
                    found.extend(
                        (kw, PREFIX_WEIGHT, (k, len(word))) for kw in self._single.get(head, ())
                    )
            for kw, factor, part in found:
                matches.append(
                    _Match(kw.principle, i, i + 1, part, kw.weight * factor, kw.language)
                )
        return matches

    def _raw_scores(self, text: str) -> dict[int, tuple[float, list[tuple[int, float, str]]]]:
        """principle → (raw score, reasons as (learned?, weight, words))."""
        tokens = tokenise(text)
        language = _language(tokens)
        scores: dict[int, float] = defaultdict(float)
        reasons: dict[int, list[tuple[int, float, str]]] = defaultdict(list)
        seen: dict[int, set[str]] = defaultdict(set)

        # keywords: a longer keyword hides a shorter one on the same word (nettverk, not nett);
        # the note's language wins a tie; a principle counts each word of the note once
        found = self._keyword_matches(tokens)
        matches = [m for m in found if not any(o.hides(m) for o in found)]
        native = {(m.start, m.end, m.part) for m in matches if m.language == language}
        used: dict[int, set[int]] = defaultdict(set)
        for m in sorted(matches, key=lambda m: (m.start - m.end, -m.weight, m.start, m.principle)):
            span = range(m.start, m.end)
            if any(i in used[m.principle] for i in span):
                continue
            used[m.principle].update(span)
            weight = m.weight
            if m.language != language and (m.start, m.end, m.part) in native:
                weight *= OTHER_LANGUAGE
            phrase = " ".join(tokens[i].surface for i in span)
            if phrase.lower() in seen[m.principle]:
                continue  # the same word twice counts once
            seen[m.principle].add(phrase.lower())
            scores[m.principle] += weight
            reasons[m.principle].append((0, weight, phrase))

        # words learned from earlier notes: the share of notes with the word that had the
        # principle, smoothed so that one earlier note is weak evidence
        learned: set[tuple[int, str]] = set()
        for tok in tokens:
            if tok.stop or tok.stem not in self._seen:
                continue
            total = self._seen[tok.stem] + LEARNED_SMOOTHING
            for p, count in sorted(self._learned[tok.stem].items()):
                share = count / total
                if share < LEARNED_MIN_SHARE or (p, tok.stem) in learned:
                    continue  # weak, or a word already counted for this principle
                learned.add((p, tok.stem))
                weight = LEARNED_WEIGHT * share
                scores[p] += weight
                if tok.surface.lower() not in seen[p]:  # not already shown as a keyword
                    reasons[p].append((1, weight, tok.surface))
        return {p: (scores[p], reasons[p]) for p in scores}

    def suggest(
        self,
        text: str,
        limit: int = MAX_SUGGESTIONS,
        exclude: Iterable[int] = (),
        language: str | None = None,
    ) -> list[Suggestion]:
        """Up to ``limit`` principles for ``text``, best first, each with the words that matched.

        ``exclude`` leaves out principles the note already has; ``language`` is the language of
        the reasons' wording (earlier notes: …), by default the system language.
        """
        skip = set(exclude)
        ranked = sorted(
            (
                (raw, p, reasons)
                for p, (raw, reasons) in self._raw_scores(text).items()
                if raw > 0 and p not in skip
            ),
            key=lambda item: (-round(item[0], 9), -self._tagged[item[1]], item[1]),
        )
        result = []
        for raw, p, reasons in ranked[: max(0, limit)]:
            words = []
            for learned, _, phrase in sorted(reasons, key=lambda r: (r[0], -r[1])):
                if learned:
                    words.append(t("principle_suggest_learned", language, word=phrase))
                else:
                    words.append(phrase)
            result.append(Suggestion(p, 1.0 - math.exp(-raw), tuple(words)))
        return result


def suggest_for_note(
    lib: Library,
    session_id: str,
    note_id: str,
    *,
    suggester: Suggester | None = None,
    limit: int = MAX_SUGGESTIONS,
    language: str | None = None,
) -> list[Suggestion]:
    """Suggestions for one note with its session's framework, leaving out its principles.

    Pass a ``suggester`` made once per session (``Suggester.from_library``) to skip learning.
    """
    from workshop.services.sessions import session_framework

    with lib.read() as s:
        note = s.get(Note, note_id)
        if note is None or note.session_id != session_id:
            raise NotFoundError("note_not_found", ref=note_id)
        text = note.text
        present = set(
            s.scalars(select(NotePrinciple.principle).where(NotePrinciple.note_id == note_id))
        )
    if suggester is None:
        suggester = Suggester.from_library(lib, session_framework(lib, session_id))
    return suggester.suggest(text, limit=limit, exclude=present, language=language)
