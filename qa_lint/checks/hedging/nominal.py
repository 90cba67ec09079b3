"""The verb roots a pe-an noun can be made of: "pemindahan" -> pindah, "perawatan" -> rawat,
"penutupan" -> tutup. A plan or a question names its act with the verb ("memindahkan",
"merawat"); the later line that settles it often names it with the noun ("rampungnya
pemindahan", "tanggung jawab perawatan"), and the stemmer does not always meet the verb there
("perawatan" stems to "perawat", a nurse)."""

from __future__ import annotations

# pe + the nasal of meN- (pem-, pen-, peng-, peny-, pe-) and the initial it replaced, if any; every
# prefix that matches proposes its roots ("perawatan": per- -> awat, pe- -> rawat), the caller keeps
# those it knows:
# pemukulan <- pukul, pembangunan <- bangun, penutupan <- tutup, pengiriman <- kirim, penyaluran <- salur.
_NASALS = (("peny", ("s",)), ("peng", ("k", "")), ("pem", ("p", "")), ("pen", ("t", "")), ("per", ("",)), ("pe", ("",)))


def noun_roots(word: str) -> set[str]:
    """Candidate roots of a pe-an noun (with or without -nya); empty for any other word."""
    word = word.casefold().removesuffix("nya")
    if not word.endswith("an") or not word.startswith("pe") or len(word) < 7:
        return set()
    body = word[:-2]
    roots: set[str] = set()
    for prefix, initials in _NASALS:
        if body.startswith(prefix):
            rest = body[len(prefix):]
            roots.update(initial + rest for initial in initials if len(initial + rest) >= 3)
    return roots
