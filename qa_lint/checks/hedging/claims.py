"""What the hedge-escalation check remembers: hedged claims, who made them, estimated figures,
and the index that finds the claims a later sentence may restate."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ...span import Span

# A later sentence is compared with at most this many of the latest hedged claims: an
# article has a handful, and a pathological text of thousands must not cost
# sentences x claims comparisons.
MAX_CLAIMS_COMPARED = 64


@dataclass
class Figure:
    """A number in a sentence, with the stem of the word it counts ("300 kios": kios)."""

    start: int
    end: int
    value: float
    digits: int  # significant digits: 300 has 1, 312 has 3, 12,4 has 3
    unit: str
    estimate: str = ""  # the estimate cue before it, if any ("sekitar")
    sentence: Span | None = None
    exact: bool = False  # said to be exact ("tepat 20 warga")
    said: frozenset[str] = frozenset()  # stems of the ordinary words just after it ("orang masih tertimbun")
    before: frozenset[str] = frozenset()  # stems of the words before it ("jumlah orang di atas kapal ... sekitar 80")
    premise: bool = False  # opens a premise ("Dengan 80 orang di atas kapal, ..."): taken as given



def _significant(whole: str, decimals: str) -> int:
    digits = whole.replace(".", "").lstrip("0")
    return len(digits + decimals) if decimals else len(digits.rstrip("0")) or 1



def _rounded(value: float, digits: int) -> float:
    """A value rounded to so many significant digits: 312 to 1 is 300, 12,4 to 2 is 12."""
    if not value:
        return value
    scale = 10.0 ** (math.floor(math.log10(abs(value))) + 1 - digits)
    return round(round(value / scale) * scale, 6)



@dataclass
class Speaker:
    """Who a sentence attributes its statement to: the names around the attribution cue,
    or a pronoun ("he said", "katanya") that points back to the speaker before; and the office
    that speaks or hedges, in lower case ("kata polisi", "jaksa menduga"): a holder too."""

    names: frozenset[str]
    pronoun: bool
    offices: frozenset[str] = frozenset()

    def same_as(self, other: "Speaker") -> bool:
        """Whether this speaker may be the other: a pronoun, a shared name or a shared office."""
        # "Polisi menduga ..." then "..., kata polisi": a capital opening a sentence is no name of its own.
        return self.pronoun or bool((self.names | self.offices) & (other.names | other.offices))



@dataclass
class Claim:
    """A sentence (or headline) as a bag of content stems."""

    span: Span | None  # None: metadata text, not in the body
    text: str
    words: dict[str, bool]  # stem -> is a name
    cue: str = ""
    headline: bool = False
    lead: bool = True  # False: a hedge after the lead, which a sourced update may settle
    scope: dict[str, bool] = field(default_factory=dict)  # stems of the clause the hedge governs
    verb: str = ""  # stem of the first ordinary word after the hedge: what was only possible
    governed: frozenset[str] = frozenset()  # stems after the hedge in its clause: what it governs
    speaker: Speaker | None = None  # who hedged, when the sentence says
    plan: bool = False  # a plan, not a possibility: only its report as done escalates it
    question: bool = False  # an open question ("masih menyelidiki apakah ..."): any answer settles it
    given_only: bool = False  # a party's claim: only taking it as given escalates it
    suspicion: bool = False  # a hedge about what has happened ("diduga"): no date settles it
    predicate: bool = False  # its verb is the thing suspected ("diduga keracunan", "berasal dari korsleting")
    rumour: bool = False  # a rumour ("dikabarkan", "beredar kabar"): a deal it tells of may be taken as done
    complement: tuple[str, ...] = ()  # after a light verb: the stems of the thing suspected ("lauk ayam suwir")



class ClaimIndex:
    """Hedged claims by their ordinary content stems, so that a later sentence is compared
    only with the claims it shares such a stem with (the latest ``cap`` of them)."""

    def __init__(self, cap: int, names_too: bool = False):
        self.cap = cap
        self.names_too = names_too
        self.claims: list[Claim] = []
        self.by_stem: dict[str, list[int]] = {}

    def __bool__(self) -> bool:
        return bool(self.claims)

    def add(self, claim: Claim) -> None:
        number = len(self.claims)
        self.claims.append(claim)
        for stem, name in claim.words.items():
            if self.names_too or not name:
                self.by_stem.setdefault(stem, []).append(number)

    def candidates(self, stems) -> list[Claim]:
        numbers: set[int] = set()
        for stem in stems:
            numbers.update(self.by_stem.get(stem, ())[-self.cap:])
        return [self.claims[n] for n in sorted(numbers, reverse=True)[: self.cap]]

