"""pair-renderings: the monolingual rendering rules, decided by the source.

    renderings: ["../id/mt-renderings/*.yaml"]   # rule packs (globs, relative to this pack)

A rendering rule (type: rendering) names the suspicious target wording
(``pattern``), what was probably meant (``meant``) and the English term it
mistranslates (``source: doctrine``). With the source at hand no context
guessing is needed: the rendering is a finding when the aligned source
sentence has that term and the target sentence lacks the meant rendering
("pendidikan" where the source says "doctrine"); it is quiet when the source
does not have the term ("pendidikan" for "education"). Placeholders:
{match}, {meant}, {term}, {rule} (the rendering rule's id).
"""

from __future__ import annotations

import glob
from pathlib import Path

import regex
from rapidfuzz import fuzz

from ...dictionary import SourceCoverage, Words
from ...matching import adjacent, compile_pattern, term_set
from ...span import Span
from . import LEXICON_OPTIONS, PairCheck, unit_pairs

TYPE = "pair-renderings"
PAIR = True
PROPERTIES = {
    "renderings": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
    **LEXICON_OPTIONS,
}
REQUIRED = ["renderings"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "meant", "rule", "term"}
REGEX_KEYS = ()


def source_terms(source: str) -> list[str]:
    """'yield (explosive yield)' -> ['yield']; 'the West' -> ['West']; 'a / b' -> ['a', 'b']."""
    head = regex.sub(r"\(.*?\)", "", source)
    terms = []
    for part in regex.split(r"\s*[/;,]\s*", head):
        part = regex.sub(r"^(?:the|a|an|to)\s+", "", part.strip(), flags=regex.I)
        if part:
            terms.append(part)
    return terms


def _entry(rule):
    """(id, pattern, adjacency test, source terms, meant renderings, other-sense words) of one
    rendering rule."""
    options = rule.options
    ignore_case = options.get("ignore_case", False)
    followed = adjacent(options["followed_by"], ignore_case, after=True) if options.get("followed_by") else None
    preceded = adjacent(options["preceded_by"], ignore_case, after=False) if options.get("preceded_by") else None

    def next_to(text: str, m) -> bool:
        return (followed is None or bool(followed.match(text, m.end()))) and (preceded is None or bool(preceded.match(text, m.start())))

    meant = options["meant"]
    # The rule's forbid_any: words that mark the rendering's own, right sense ("tagihan
    # listrik", an electricity bill); beside them in the sentence the rendering is faithful.
    forbid = [i for i in (options.get("context") or {}).get("forbid_any") or [] if isinstance(i, str) or "pattern" in i]
    # Its require_any: words of the domain in which the rendering is wrong ("virus" for "tuan
    # rumah"); they decide between two senses of one English word (see _everyday_sense).
    require = [i for i in (options.get("context") or {}).get("require_any") or [] if isinstance(i, str) or "pattern" in i]
    return (rule.id, compile_pattern(options["pattern"], ignore_case), next_to,
            source_terms(options["source"]), [meant] if isinstance(meant, str) else list(meant),
            term_set(forbid) if forbid else None, term_set(require) if require else None)


class RenderingsCheck(PairCheck):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        from ...packs import load_pack

        self.entries = []
        for spec in rule.options["renderings"]:
            # Each match checked like any data file: a pack reads nothing outside its repository.
            paths = sorted(str(env.resolve(p)) for p in glob.glob(str(env.pack_dir / spec)))
            if not paths:
                # A moved pack must not switch this check off in silence.
                raise ValueError(f"renderings: {spec!r} matches no rule pack")
            for path in paths:
                for r in load_pack(Path(path)).rules:
                    if r.type != "rendering" or not r.options.get("source"):
                        continue
                    self.entries.append(_entry(r))

    def run_pair(self, pair):
        lexicon = self.lexicon()
        for _unit, s, t in unit_pairs(pair):
            source_words = Words(pair.source.plain[s.start : s.end], lexicon.source_morphology, s.start)
            coverage = SourceCoverage(lexicon, pair.source.plain[s.start : s.end])
            target_text = pair.target.plain
            for rule_id, pattern, next_to, terms, meant, other_sense, domain in self.entries:
                term_at = next(((term, source_words.find(term)) for term in terms if source_words.find(term)), None)
                if term_at is None:
                    continue
                for m in pattern.finditer(target_text, t.start, t.end):
                    if not next_to(target_text, m):
                        continue  # the rule's followed_by / preceded_by, as the monolingual rule has them
                    suggestions = [m.expand(x) for x in meant]
                    plain_meant = [regex.sub(r"\\g<\w+>|\\\d", "", x).strip() for x in meant]
                    # The meant rendering elsewhere in the sentence: the term is translated there.
                    rest = target_text[t.start : m.start()] + " " * (m.end() - m.start()) + target_text[m.end() : t.end]
                    target_words = Words(rest, lexicon.target_morphology, t.start)
                    if any(x and target_words.has(x) for x in plain_meant):
                        continue
                    if _inside_meant(target_text, t, m, plain_meant):
                        continue  # "hasil obligasi" inside "imbal hasil obligasi": the meant rendering itself
                    if self.faithful(m.group(), coverage, source_words, plain_meant, terms):
                        continue
                    if other_sense is not None and _beside(other_sense, target_text, t, m):
                        continue  # "tagihan air" for "water bills": the rendering's right sense
                    if domain is not None and _everyday_sense(lexicon, m.group(), terms) and not domain.search(target_text):
                        continue  # "tuan rumah" for "hosting a workshop": the sense the rule is not about
                    term, (a, b) = term_at
                    yield self.pair_finding(
                        pair, m.start(), m.end(), Span(a, b),
                        suggestions=suggestions, meant=" / ".join(suggestions), term=pair.source.text[a:b], rule=rule_id,
                    )


    @staticmethod
    def faithful(match: str, coverage, source_words, meant: list[str], terms=()) -> bool:
        """The rendering translates something the source does say: "pendidikan" for an
        "education" also in the sentence, "Benggala Barat" for "West Bengal". The rule's own
        term in its other sense is no such thing ("bor", a drill, for military "drills")."""
        meant_words = {w.casefold() for x in meant for w in regex.findall(r"\p{L}+", x)}
        term_words = {t.casefold() for t in terms}
        for word in regex.findall(r"\p{L}{3,}", match):
            if word.casefold() in meant_words:
                continue  # "Barat" in "Benggala Barat" is the meant rendering, not a faithful one
            if term_words and coverage.lexicon.headwords(word) & term_words:
                continue  # the wrong sense of the very term the rule is about
            if coverage.lexicon.headwords(word) and coverage.explains(word):
                return True
            if any(fuzz.ratio(word.casefold(), w) >= 80 for w in source_words.words if len(w) >= 4):
                return True
        return False


def _inside_meant(text: str, t: Span, m, meant: list[str]) -> bool:
    """The match lies inside an occurrence of a meant rendering ("hasil obligasi" in "imbal
    hasil obligasi"): the sentence says what was meant."""
    sentence = text[t.start : t.end].casefold()
    for x in meant:
        x = x.casefold()
        for occurrence in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(x)}(?![\p{{L}}])", sentence) if x else ():
            if t.start + occurrence.start() <= m.start() and m.end() <= t.start + occurrence.end():
                return True
    return False


def _everyday_sense(lexicon, match: str, terms) -> bool:
    """The match is the dictionary's rendering of the rule's own English term ("tuan rumah"
    for "host", "pengeboran" built on "bor" for "drill"): the English word has both senses,
    so its presence in the source does not say which one the sentence means. The rule's
    domain words (require_any) decide then: anywhere in the translation, not only in the
    sentence as in monolingual mode, since the source already says the term is there and
    only its sense is in question ("mengecam bor tersebut" in a story of warships)."""
    folded = match.casefold()
    for term in terms:
        forms = {term.casefold()} | lexicon.source_morphology.forms(term.casefold())
        for form in forms:
            if any(len(r) >= 3 and r.casefold() in folded for r in lexicon.renderings(form)):
                return True
    return False


def _beside(words, text: str, t: Span, m) -> bool:
    """One of ``words`` is in the sentence t, outside the match m."""
    return any(not (m.start() <= w.start() and w.end() <= m.end()) for w in words.finditer(text, t.start, t.end))


CHECK = RenderingsCheck
