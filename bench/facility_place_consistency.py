"""How often id.places.airport-place fires on sentences that are right by construction:
every airport of rules/common/data/airports.tsv placed by airportsdata's own city field
("Bandara Juanda, Surabaya"), and, for Indonesian airports, by the city the data gives
and its Kemendagri province; for the others, by its country's Indonesian name.

    pip install '.[tools]'     # airportsdata (the city field is not in airports.tsv)
    QA_LINT_LANGUAGETOOL=off python3 bench/facility_place_consistency.py [--show 30]

A firing is a false alarm of the rule, or a record whose city field is not where the
airport is (airportsdata is not always right: the samples say which). Recall: each
Indonesian airport placed in the city of the airport 40 records on in the file when
that one is 300 km away or more ("Bandara Juanda, Kupang"); the share reported.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import geodata  # noqa: E402
from qa_lint.api import Linter, Options  # noqa: E402

DATA = ROOT / "rules" / "common" / "data"


def sentences(record: list[str], city_field: str, countries, provinces) -> list[str]:
    iata, _, country, province, _, _, city, names = record[:8]
    name = names.split("|")[0]
    town = regex.split(r"[,(/]" if country != "ID" else r"[,(/-]", city_field)[0].strip()
    made = [f"Pesawat mendarat di Bandara {name}, {town}, pada Senin."]
    if country == "ID":
        made.append(f"Pesawat mendarat di Bandara {name}, {city}, pada Senin.")
        made += [f"Pesawat mendarat di Bandara {name} di {provinces[code]} pada Senin." for code in province.split("|") if code]
    elif countries.get(country):
        made.append(f"Pesawat mendarat di Bandara {name} di {countries[country]} pada Senin.")
    return made


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=30, help="firings to print")
    args = parser.parse_args(argv)
    import airportsdata

    by_icao = airportsdata.load("ICAO")
    countries = geodata.places([str(DATA / "countries.tsv")]).country_names["indonesian"]
    provinces = geodata.places([str(ROOT / "rules" / "id" / "data" / "wilayah.tsv")]).code_names()
    linter = Linter(Options(select=["id.places.airport-place"]))
    counts = {"ID": [0, 0], "other": [0, 0]}
    shown = 0
    for line in (DATA / "airports.tsv").read_text(encoding="utf-8").splitlines():
        record = line.split("\t")
        if line.startswith("#") or not record[0]:
            continue
        side = counts["ID" if record[2] == "ID" else "other"]
        for text in sentences(record, by_icao[record[1]]["city"], countries, provinces):
            side[0] += 1
            for finding in linter.lint_text(text, language="id").findings:
                side[1] += 1
                if shown < args.show:
                    shown += 1
                    print(f"{record[0]}: {text} -> {finding.message}")
    for side, (made, fired) in counts.items():
        print(f"{side}: {fired} firings on {made} right sentences")
    print(recall(linter))
    return 0


def recall(linter) -> str:
    from qa_lint.checks.facility_place import km

    home = [line.split("\t") for line in (DATA / "airports.tsv").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#") and line.split("\t")[2] == "ID" and line.split("\t")[0]]
    made = found = 0
    for i, record in enumerate(home):
        other = home[(i + 40) % len(home)]
        if km(float(record[4]), float(record[5]), float(other[4]), float(other[5])) < 300:
            continue
        made += 1
        text = f"Pesawat mendarat di Bandara {record[7].split('|')[0]}, {other[6]}, pada Senin."
        found += bool(linter.lint_text(text, language="id").findings)
    return f"recall: {found} of {made} Indonesian airports placed 300+ km away reported"


if __name__ == "__main__":
    sys.exit(main())
