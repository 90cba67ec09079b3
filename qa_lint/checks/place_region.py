"""place-region: a town or regency followed by a province it does not lie in
("Batam, Riau": Batam is a city of Kepulauan Riau).

    places: [data/wilayah.tsv, ...]        # geodata TSV files; Kemendagri codes give the hierarchy
    leaders: ../common/data/leaders.tsv
    message: '... {match} ... {province} ... {right} ...'

News copy places a town by its province after a comma ("Pekanbaru, Riau",
"Kota Bima, Nusa Tenggara Barat"). A Kemendagri region code is its
province's code and more ("21.71" is Kota Batam of province 21, Kepulauan
Riau), so the data tells whether the pair holds. Reported when the name
before the comma is a regency or city in the data, none of the places of that
name (regency, city or district) lies in the province named after it, and the
pair is not part of a list of places ("di Medan, Aceh, dan Padang").
Message fields: {place}, {province} (as written), {right} (the province the
data gives).

With `level: country` the rule reads "<place>, <country or region>" and the
apposition "<place>, ibu kota <country>" / "<place>, kota terbesar kedua di
<region>" (`apposition`, a regex of the words between the comma and the
name): a city of `min_population`+ people or a first-level subdivision of one
country placed in a country, ISO subdivision or Indonesian province of
another ("Dili, Nusa Tenggara Timur": Timor-Leste; "Kinshasa, ibu kota
Republik Kongo": DR Congo; "Mandalay, Thailand": Myanmar).
Reported only when no place of that name (GeoNames, ISO 3166-2, Kemendagri)
lies in the country named; a place in a `home_countries` region must be a city
of `min_population_home`+ people (small Indonesian places are not all in the
data). `same_country` pairs territories copy places under their sovereign
("Hong Kong, China"). Message fields: {place}, {province} (the region or
country as written), {right} (the place's country).

With `admin1` (admin1.tsv: GeoNames admin1 codes as ISO 3166-2 codes) the same
layouts also judge a foreign city placed in a first-level subdivision of its
own country ("Kota Kinabalu, Sarawak": Sabah). Reported only for a city of
`min_population_subdivision`+ people when the region is one that GeoNames
uses as a first-level division, every place of that name in the country is
a town the data places (none a region, none in an unknown division, none in
the region written, not even a town too small for cities.tsv), and the text
after the region reads as the end of a place (`region_after`: punctuation or
a function word, so "Perth, Victoria mengatakan" is a person's name).
{right} is then the subdivision's name.

With `level: regency` the rule reads "Kecamatan <district>, Kabupaten|Kota <regency>"
(`district_before`, `regency_gap`): a district (kecamatan) placed in a regency or city
it is not in by its Kemendagri code ("Kecamatan Cugenang, Kabupaten Sukabumi":
Cugenang is in Cianjur); a district the article calls "Kecamatan X" once is read bare
elsewhere too ("Warga Dayeuhkolot, Kabupaten ..."). Reported when no district of that name lies in the regency
written, all of them lie in one other regency, and that regency is not a namesake of
the one written at the other level ("Kecamatan Cibinong, Kota Bogor": the copy mixed
up Kota and Kabupaten Bogor, not the place). {right} is the regency's name.

With `level: same-name` the province pairs of one article are compared with each other: a
place named with one province and later, by the same name (a region word such as
"Kabupaten" aside, `regency_words`), with another ("Kabupaten Banjar, Kalimantan Selatan"
... "Banjar, Jawa Barat"), is reported on the later province even when both pairs hold
(two regions share the name). {right} is then the province named before.
"""

from __future__ import annotations

from pathlib import Path

import regex

from .. import geodata, regexcache
from ..i18n import N_
from . import Check

TYPE = "place-region"
PROPERTIES = {
    **geodata.OPTIONS,
    "list_words": {"type": "array", "items": {"type": "string", "minLength": 1}},
    # Words that open a named building or site before its town in an address ("Stadion Segiri,
    # Samarinda, Kalimantan Timur"): the comma before the town then opens no list.
    "address_words": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "level": {"enum": ["province", "country", "regency", "same-name"]},
    "apposition": {"type": "string", "minLength": 1},
    "island_words": {"type": "array", "items": {"type": "string", "minLength": 1}},
    # "di kota X di Y": the words between the place and its region (`within`), read only when
    # the text before the place (`within_before`) says it is one.
    "within": {"type": "string", "minLength": 1},
    "within_before": {"type": "string", "minLength": 1},
    "min_population": {"type": "integer", "minimum": 0},
    "min_population_home": {"type": "integer", "minimum": 0},
    "same_country": {"type": "array", "items": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}, "minItems": 2}},
    # A foreign city in another first-level subdivision of its own country (level: country).
    "admin1": {"type": "string", "minLength": 1},
    "min_population_subdivision": {"type": "integer", "minimum": 0},
    "region_after": {"type": "string", "minLength": 1},
    # level: regency. Text before a district's name ("Kecamatan "), and between it and the
    # regency, naming the regency's level: ", Kabupaten " (group `word`).
    "district_before": {"type": "string", "minLength": 1},
    "regency_gap": {"type": "string", "minLength": 1},
    "regency_words": {"type": "object", "additionalProperties": {"enum": ["kabupaten", "kota"]}},
    # level: regency. Towns (not districts) placed in a regency: towns-id.tsv (tools/geodata.py),
    # and what may stand between the town and the regency (", ibu kota Kabupaten ", group `word`).
    "towns": {"type": "string", "minLength": 1},
    "town_gap": {"type": "string", "minLength": 1},
}
REQUIRED = ["places"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "place", "province", "right"}
REGEX_KEYS = ("apposition", "within", "within_before", "region_after", "district_before", "regency_gap", "town_gap")
CONTAINERS = ("country", "subdivision", "provinsi")

TOWN_LEVELS = ("kabupaten", "kota")

# Up to three capitalised words ending where a town is placed ("Ranai" in "Ranai, ibu kota ...").
_TOWN_BEFORE = regex.compile(r"(?<![\p{L}\d])\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,2}$")


class PlaceRegionCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        self.geo = geodata.GeoRules(rule.options, env)
        words = rule.options.get("list_words", [])
        alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
        # After the province: another item of a list ("..., Aceh, dan Padang", "..., Aceh, Padang, ...");
        # not a weekday or a clause ("..., Riau, Selasa (22/7)").
        joined = rf"|,?[ \u00a0]+(?:{alternation})[ \u00a0]+\p{{Lu}}" if words else ""
        o = rule.options
        self.level = o.get("level", "province")
        apposition = rf"(?P<apposition>(?:{o['apposition']})[ \u00a0]+)?" if o.get("apposition") else "(?P<apposition>)"
        self.gap = regexcache.compile(rf",[ \u00a0]*{apposition}")
        # "X, Flores, Nusa Tenggara Timur", "X, kota di ujung barat Pulau Flores, NTT": an island between.
        islands = "|".join(regex.escape(w) for w in o.get("island_words", []))
        self.island_gap = regexcache.compile(rf",[ \u00a0]*{apposition}(?:(?:\p{{Ll}}+[ \u00a0]+){{0,3}}(?:{islands})[ \u00a0]+)?"
                                        rf"(?P<island>\p{{Lu}}\p{{Ll}}+),[ \u00a0]*") if self.level == "province" else None
        self.within = regexcache.compile(o["within"]) if o.get("within") and o.get("within_before") else None
        self.within_before = regexcache.compile(o["within_before"]) if self.within else None
        self.min_population = o.get("min_population", 15000)
        self.min_population_home = o.get("min_population_home", 50000)
        self.admin1_file = str(env.resolve(o["admin1"])) if o.get("admin1") else None
        if self.admin1_file and not Path(self.admin1_file).is_file():
            raise ValueError(f"cannot read place data {self.admin1_file}: no such file")
        self.min_population_subdivision = o.get("min_population_subdivision", 50000)
        self.region_after = regex.compile(o["region_after"]) if o.get("region_after") else None
        self.district_before = regex.compile(o["district_before"]) if o.get("district_before") else None
        self.regency_gap = regex.compile(o["regency_gap"]) if o.get("regency_gap") else None
        self.regency_words = {w.casefold(): level for w, level in o.get("regency_words", {}).items()}
        self.towns_file = str(env.resolve(o["towns"])) if o.get("towns") else None
        if self.towns_file and not Path(self.towns_file).is_file():
            raise ValueError(f"cannot read place data {self.towns_file}: no such file")
        self.town_gap = regex.compile(o["town_gap"]) if o.get("town_gap") else None
        self.same_country: dict[str, set[str]] = {}
        for group in o.get("same_country", []):
            for code in group:
                self.same_country.setdefault(code, set()).update(group)
        self.list_after = regexcache.compile(rf",[ \u00a0]*\p{{Lu}}[\p{{L}}-]*(?:[ \u00a0]+\p{{Lu}}[\p{{L}}-]*)*[ \u00a0]*(?:,|(?:{alternation})\b){joined}"
                                        if words else r",[ \u00a0]*\p{Lu}[\p{L}-]*(?:[ \u00a0]+\p{Lu}[\p{L}-]*)*[ \u00a0]*,")
        sites = "|".join(regex.escape(w) for w in sorted(o.get("address_words", []), key=len, reverse=True))
        self.site_before = regexcache.compile(rf"(?<![\p{{L}}])(?:{sites})[ \u00a0]+\p{{Lu}}[\p{{L}}-]*(?:[ \u00a0]+\p{{Lu}}[\p{{L}}-]*)*,[ \u00a0]*$") \
            if sites else None

    def run(self, doc):
        if self.level == "country":
            yield from self.wrong_country(doc)
            return
        if self.level == "regency":
            yield from self.wrong_regency(doc)
            return
        if self.level == "same-name":
            yield from self.two_provinces(doc)
            return
        ctx = self.geo.context(doc)
        data = self.geo.data()
        codes = data.code_names()
        for key, places, first, place_end, province, start, end in self._placed(doc, ctx, data):
            right = self._right_province(places, {p.code for p in province.places if p.kind == "provinsi"}, self._evidence(ctx, data, key, province), data)
            if right is None or not codes.get(right):
                continue
            yield self.finding(doc, start, end, suggestions=[codes[right]], place=doc.text[first:place_end],
                               province=doc.text[start:end], right=codes[right],
                               related=[(first, place_end, N_("the place"))])

    def _placed(self, doc, ctx, data):
        """Each place followed by its province, outside a list of places: (the place's key,
        its places, where it starts and ends, the province's mention, where that starts and ends)."""
        by_offset = {ctx.spans[m.span].tokens[m.start].start: m for m in ctx.places}
        by_end = {(m.span, m.end): m for m in ctx.places}
        known = {m.key for m in ctx.places}
        for index, span in enumerate(ctx.spans):
            written = self._place_ending(ctx, data, index, by_end, known)
            if written is None:
                continue
            key, places, first = written
            found = self._province_after(doc, ctx, data, first, span.tokens[-1].end, by_offset, places)
            if found is None:
                continue
            province, apposed = found
            following = ctx.spans[province.span]
            start, end = following.tokens[province.start].start, following.tokens[-1].end
            if self.in_a_list(doc, first, end, check_before=not apposed):
                continue
            yield key, places, first, span.tokens[-1].end, province, start, end

    # -- one place in two provinces ------------------------------------------------------
    def two_provinces(self, doc):
        """A place named with one province and later, by the same name, with another
        ("Kabupaten Banjar, Kalimantan Selatan" ... "Banjar, Jawa Barat"): each pair may hold
        (two regions share the name), but one story placed one name twice. The later pair is
        reported, with the earlier province as {right}. The name is compared without a
        region word before it (`regency_words`: "Kabupaten", "Kota"); two region words that
        differ ("Kabupaten Banjar", "Kota Banjar") tell two places apart."""
        ctx = self.geo.context(doc)
        data = self.geo.data()
        seen: dict[str, tuple[frozenset, str, int, int]] = {}
        for _key, _places, first, place_end, province, start, end in self._placed(doc, ctx, data):
            inside = frozenset(p.code for p in province.places if p.kind == "provinsi")
            if not inside:
                continue
            words = doc.plain[first:place_end].split()
            # The region word may stand before the place's mention ("Kabupaten Banjar" read as "Banjar").
            before = regex.search(r"(\S+)[ \u00a0]+$", doc.plain[max(0, first - 20) : first])
            level = self.regency_words.get(before.group(1).casefold(), "") if before else ""
            while len(words) > 1 and words[0].casefold() in self.regency_words:
                level = self.regency_words[words.pop(0).casefold()]  # "Kabupaten Banjar" is named "Banjar" as well
            name = geodata.fold(" ".join(words))
            earlier = seen.get(name)
            if earlier is None:
                seen[name] = (inside, level, start, end)
                continue
            if earlier[0] & inside or (level and earlier[1] and level != earlier[1]):
                continue  # one province; or "Kabupaten Banjar" and "Kota Banjar", told apart by the copy
            yield self.finding(doc, start, end, place=doc.text[first:place_end], province=doc.text[start:end],
                               right=doc.text[earlier[2] : earlier[3]],
                               related=[(earlier[2], earlier[3], N_("the province named before"))])

    def _place_ending(self, ctx, data, index: int, by_end, known):
        """The place name that ends span `index`: (key, its places, where it starts). A lone
        word opening a sentence counts when the article names that place elsewhere
        ("Batam, yang terletak di ..." after "di Nongsa, Batam")."""
        span = ctx.spans[index]
        mention = by_end.get((index, len(span.tokens)))
        if mention is not None:
            return mention.key, mention.places, geodata.start_of(ctx.spans, mention)
        if len(span.tokens) == 1 and span.tokens[0].key in known:
            return span.tokens[0].key, data.get(span.tokens[0].key), span.tokens[0].start
        return None

    def _province_after(self, doc, ctx, data, first: int, end: int, by_offset, before=()):
        """The province named right after a place ending at `end` ("X, Jawa Barat", "X, yang
        terletak di Provinsi Jawa Barat", "X, kota pelabuhan di Pulau Flores, NTT"): the
        province's mention and whether an apposition or an island stood between."""
        within = self.within if self._within_before(doc, first) else None
        for gap in (self.gap, self.island_gap, within):
            if gap is None:
                continue
            m = gap.match(doc.plain, end)
            if m is None:
                continue
            island = m.groupdict().get("island")
            apposed = gap is within or bool(island or m.group("apposition"))
            # The island is no Indonesian region ("Jakarta, Bandung, Jawa Barat" is a list).
            if island and any(data.province_of(p) for p in data.get(geodata.fold(island))):
                continue
            province = by_offset.get(m.end())
            if province is None or province.end != len(ctx.spans[province.span].tokens):
                continue
            # A province by name: no other Indonesian place is called so ("Jambi" is a city
            # too), unless the copy says "Provinsi" or the place before it is a regency or
            # city, which no city contains ("Rokan Hilir, Jambi" names the province; a
            # district, "Telanaipura, Jambi", may be the city's). Foreign towns named "Bali"
            # do not count.
            named = [p for p in province.places if p.country == "ID"]
            said = regex.search(r"(?i)provinsi[ \u00a0]+$", m.group())
            towns = [p for p in before if p.kind != geodata.CITY]
            regency = bool(towns) and all(p.kind in TOWN_LEVELS for p in towns) and all(
                p.kind in ("provinsi", *TOWN_LEVELS, geodata.CITY) for p in named)
            if any(p.kind == "provinsi" for p in named) and (said or regency or all(p.kind == "provinsi" for p in named)):
                return province, apposed
        return None

    @staticmethod
    def _evidence(ctx, data, key: str, province) -> set[str]:
        """Kemendagri codes (and their provinces) of the article's other regencies, cities and
        provinces: which of several places of one name the story is about."""
        found = set()
        for m in ctx.places:
            if m.key == key or m is province:
                continue
            for p in m.places:
                if p.kind in ("provinsi", "kabupaten", "kota") and p.code:
                    found.update({p.code, p.code.split(".")[0]})
        return found

    def _right_province(self, places, inside: set[str], evidence: set[str], data) -> str | None:
        """The one province the written place lies in, when none of its namesakes lies in
        the province named (`inside`). Regencies and cities count as they are; a district
        only when its regency is in the story; a GeoNames town when its admin1 code points
        to one province only, and that province is in the story or the town has
        `min_population_home` people. A name Kemendagri has as a regency or city is that
        place: GeoNames' town of that name is the same one, by an older admin1 code."""
        if any(p.kind in TOWN_LEVELS for p in places):
            places = [p for p in places if p.kind != geodata.CITY]
        candidates = set()
        for p in places:
            where = data.province_of(p)
            if inside & data.possible_provinces(p):
                return None
            if not where:
                continue
            if p.kind in TOWN_LEVELS or (p.kind == "kecamatan" and p.code.rsplit(".", 1)[0] in evidence) or (
                    p.kind == geodata.CITY and len(data.possible_provinces(p)) == 1
                    and (where in evidence or p.population >= self.min_population_home)):
                candidates.add(where)
        return candidates.pop() if len(candidates) == 1 else None

    # -- a district in another regency -------------------------------------------------
    def wrong_regency(self, doc):
        if not (self.district_before and self.regency_gap):
            return
        ctx = self.geo.context(doc)
        data = self.geo.data()
        codes = data.code_names()
        by_offset = {ctx.spans[m.span].tokens[m.start].start: m for m in ctx.places}
        bounds = [(geodata.start_of(ctx.spans, m), ctx.spans[m.span].tokens[m.end - 1].end) for m in ctx.places]
        # A district the article calls "Kecamatan X" once is that district when named bare
        # elsewhere ("Warga Dayeuhkolot, Kabupaten ..."): the copy need not repeat the word.
        called_district = {geodata.fold(doc.plain[start:end]) for start, end in bounds
                           if self.district_before.search(doc.plain, max(0, start - 20), start)}
        for district, (start, end) in zip(ctx.places, bounds):
            if geodata.fold(doc.plain[start:end]) not in called_district:
                continue
            gap = self.regency_gap.match(doc.plain, end)
            regency = by_offset.get(gap.end()) if gap else None
            if gap is None or regency is None:
                continue
            level = self.regency_words.get(gap.group("word").casefold(), "")
            right = self._other_regency(district, regency, level, codes)
            if right is None:
                continue
            following = ctx.spans[regency.span]
            first, last = following.tokens[regency.start].start, following.tokens[regency.end - 1].end
            yield self.finding(doc, first, last, suggestions=[codes[right]], place=doc.text[start:end],
                               province=doc.text[first:last], right=codes[right], related=[(start, end, N_("the district"))])

        if self.towns_file and self.town_gap:
            yield from self._wrong_town_regency(doc, ctx, data, codes, by_offset)

    def _wrong_town_regency(self, doc, ctx, data, codes, by_offset):
        """A town (GeoNames) placed in a regency it is not in: "Ranai, ibu kota Kabupaten
        Kepulauan Anambas" (Ranai is Natuna's). Reported when every town, district and
        village of that name lies in one other regency."""
        table = geodata.towns(self.towns_file)
        text = doc.plain
        for gap in self.town_gap.finditer(text):
            regency = by_offset.get(gap.end())
            if regency is None:
                continue
            found = _TOWN_BEFORE.search(text, max(0, gap.start() - 60), gap.start())
            if found is None:
                continue
            words = list(regex.finditer(r"\S+", found.group()))
            for size in range(len(words), 0, -1):
                start = found.start() + words[-size].start()
                key = geodata.fold(" ".join(text[start : gap.start()].split()))
                if key in table:
                    break
            else:
                continue
            readings = data.get(key)
            if any(p.kind in ("provinsi", "kabupaten", "kota", geodata.COUNTRY, geodata.SUBDIVISION) for p in readings):
                continue  # a region of that name: place-region's other levels judge it
            level = self.regency_words.get(gap.group("word").casefold(), "")
            written = {p.code for p in regency.places if p.kind == level and p.code}
            home, also = table[key]
            where = set(home) | set(also) | {p.code.rsplit(".", 1)[0] for p in readings if p.kind == "kecamatan" and p.code}
            if not written or where & written or len(where) != 1:
                continue
            (right,) = where
            if right not in codes or any(geodata.fold(codes[right]) == geodata.fold(codes.get(w, "")) for w in written):
                continue  # Kota and Kabupaten of one name mixed up, not two places
            following = ctx.spans[regency.span]
            first, last = following.tokens[regency.start].start, following.tokens[regency.end - 1].end
            yield self.finding(doc, first, last, suggestions=[codes[right]], place=doc.text[start : gap.start()],
                               province=doc.text[first:last], right=codes[right], related=[(start, gap.start(), N_("the place"))])

    @staticmethod
    def _other_regency(district, regency, level: str, codes) -> str | None:
        """The one regency every district of this name lies in, when it is not the one
        written (nor one of the same name at the other level)."""
        written = {p.code for p in regency.places if p.kind == level and p.code}
        parents = {p.code.rsplit(".", 1)[0] for p in district.places if p.kind == "kecamatan" and p.code}
        if not written or not parents or parents & written or len(parents) != 1:
            return None
        (right,) = parents
        if right not in codes or any(geodata.fold(codes[right]) == geodata.fold(codes.get(w, "")) for w in written):
            return None
        return right

    # -- a place in another country ------------------------------------------------------
    def wrong_country(self, doc):
        ctx = self.geo.context(doc)
        data = self.geo.data()
        by_end = {(m.span, m.end): m for m in ctx.places}
        # A lone word opening a sentence is a place when the article uses it as one elsewhere
        # ("Lae, kota terbesar kedua di Papua" after "kota Lae").
        known = {m.key for m in ctx.places}
        for container in ctx.places:
            following = ctx.spans[container.span]
            if container.end != len(following.tokens) or container.span == 0 or not self._led_by_places(ctx, container):
                continue
            span = ctx.spans[container.span - 1]
            mention = by_end.get((container.span - 1, len(span.tokens)))
            if mention is not None:
                places, first, own = mention.places, geodata.start_of(ctx.spans, mention), mention.key
            elif len(span.tokens) == 1 and span.tokens[0].key in known:
                places, first, own = data.get(span.tokens[0].key), span.tokens[0].start, span.tokens[0].key
            else:
                continue
            apposed = self._between(doc, first, span.tokens[-1].end, following.tokens[0].start)
            if apposed is None:
                continue
            inside = {p.country for p in container.places if p.kind in CONTAINERS}
            if not any(p.kind == "country" for p in container.places):
                # A region's name may be a person's ("Body and Soul, Miranda mengungkapkan"):
                # its country must be in the article besides it.
                inside &= set(ctx.countries_without(container.key))
            # The place as the data names it, not by an old or foreign one-word spelling ("Soul");
            # a spelling of several words is no accident ("Kota Ho Chi Minh").
            key = geodata.fold(doc.plain[first : span.tokens[-1].end])
            places, named = self._as_named(doc, data, key, places)
            # The countries the rest of the story names (not the place, nor the region after it).
            story = set(ctx.countries_without(container.key)) & set(ctx.countries_without(own))
            right = self._elsewhere(places, named, inside, story)
            if right is not None:
                name = data.country_name(right)
            else:
                name = self._wrong_subdivision(doc, container, places, named, key, inside, following.tokens[-1].end)
            if name is None or self.in_a_list(doc, first, following.tokens[-1].end, check_before=not apposed):
                continue
            start, end = following.tokens[container.start].start, following.tokens[-1].end
            yield self.finding(doc, start, end, suggestions=[name], place=doc.text[first : span.tokens[-1].end],
                               province=doc.text[start:end], right=name,
                               related=[(first, span.tokens[-1].end, N_("the place"))])

    def _as_named(self, doc, data, key: str, places) -> tuple[list, list]:
        """The places spelled `key` (all of them, and those the data names so), with the
        places of the spellings a gazetteer gives for the same entity: "Jenewa" is the
        Indonesian name of the city the data calls "Geneva"."""
        entry = geodata.gazetteer_of(doc, self.geo.names).get(key)
        spellings = {key} | ({geodata.fold(f) for f in entry.forms} if entry else set())
        places = list(places) + [p for other in spellings - {key} for p in data.get(other)]
        named = [p for p in places if geodata.fold(p.name) in spellings or " " in key]
        return places, named

    def _within_before(self, doc, first: int) -> bool:
        return bool(self.within_before and self.within_before.search(doc.plain, max(0, first - 40), first))

    def _between(self, doc, first: int, end: int, start: int) -> bool | None:
        """How a place (from `first` to `end`) leads to the region at `start`: None when no
        layout is read, False for a comma, True for an apposition or "di kota X di Y"."""
        gap = self.gap.fullmatch(doc.plain, end, start)
        if gap:
            return bool(gap.group("apposition"))
        if self.within and self.within.fullmatch(doc.plain, end, start) and self._within_before(doc, first):
            return True
        return None

    @staticmethod
    def _led_by_places(ctx, container) -> bool:
        """The country or region ends its span and any words before it are places too: in
        "Wilayah Utara Selandia Baru" the country is what "Darwin, kota terbesar di ..." is
        placed in (the region names only a part of it)."""
        covered = {k for m in ctx.places if m.span == container.span and m is not container for k in range(m.start, m.end)}
        return all(k in covered for k in range(container.start))

    def _elsewhere(self, places, named, inside: set[str], story: set[str]) -> str | None:
        """The one country a place (`named`: the places spelled so) lies in, when none of its
        namesakes (`places`: any spelling) is in `inside`. Of several namesakes abroad, one
        five times the size of any other (Geneva, not Geneva, Illinois), else the one in a
        country the story names (`story`: Cartagena in Colombia, not in Spain)."""
        if not inside:
            return None
        home = bool(inside & self.geo.home_countries)
        least = self.min_population_home if home else self.min_population
        real = [p for p in named if (p.kind == "city" and p.population >= least) or (p.kind == "subdivision" and not home)]
        countries = {p.country for p in places}
        if not real or any(inside & self.same_country.get(c, {c}) for c in countries):
            return None
        found = {p.country for p in real}
        if len(found) > 1:
            size = {c: max(p.population for p in real if p.country == c) for c in found}
            largest, *others = sorted(found, key=lambda c: -size[c])
            if size[largest] >= 5 * max(size[c] for c in others):
                found = {largest}
            elif len(found & story) == 1:
                found &= story
        return found.pop() if len(found) == 1 else None

    def _wrong_subdivision(self, doc, container, places, named, key: str, inside: set[str], end: int) -> str | None:
        """The first-level subdivision a foreign city lies in, when the region written after it
        (`container`, ending at `end`) is another subdivision of the same country; else None."""
        if not self.admin1_file or inside & self.geo.home_countries:
            return None
        regions = [p for p in container.places if p.kind == geodata.SUBDIVISION and p.country in inside]
        real = [p for p in named if p.kind == geodata.CITY and p.population >= self.min_population_subdivision
                and p.country in {r.country for r in regions}]
        countries = {p.country for p in real}
        if len(countries) != 1 or (self.region_after and not self.region_after.match(doc.plain, end)):
            return None
        country = countries.pop()
        if any(p.kind == geodata.COUNTRY and p.country == country for p in container.places):
            return None  # the country's own name, whatever region shares it
        table = geodata.admin1(self.admin1_file)
        written = {r.code for r in regions if r.country == country}
        # A region GeoNames does not divide the country by ("Alsace" within Grand Est) decides nothing.
        if not written <= set(table.names):
            return None
        for p in places:
            if p.country == country and (p.kind != geodata.CITY or table.of(p) in written | {""}):
                return None  # a namesake there, one the data cannot place, or a region of that name
        for spelling in {key} | {geodata.fold(p.name) for p in real}:
            if table.small_towns.get((country, spelling), frozenset()) & written:
                return None
        right = {table.of(p) for p in real}
        return table.names[right.pop()] if len(right) == 1 else None

    def in_a_list(self, doc, first: int, end: int, check_before: bool = True) -> bool:
        """"di Jakarta, Medan, Aceh" or "di Medan, Aceh, dan Padang": items of a list, not a place
        and its province. An apposition ("Darwin, kota terbesar di ...") belongs to the name
        before it, so a comma before that name is no list."""
        before = doc.plain[max(0, first - 3) : first]
        if check_before and regex.search(r",[ \u00a0]*$", before):
            site = self.site_before.search(doc.plain, max(0, first - 80), first) if self.site_before else None
            if site is None:
                return True  # after a site's name ("Stadion Segiri, Samarinda, ..."): an address, no list
        return bool(self.list_after.match(doc.plain, end))


CHECK = PlaceRegionCheck
