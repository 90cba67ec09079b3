"""province-lookalike (id.places.province-lookalike): a regency or city of another province,
spelt like an unnamed regency or city of the province the rest of the story is in."""

import pytest

from qa_lint.api import Linter, Options

RULE = "id.places.province-lookalike"


@pytest.fixture(scope="module")
def linter():
    return Linter(Options(select=[RULE]))


def found(linter, text):
    return [(f.match, f.suggestions) for f in linter.lint_text(text, language="id").findings if f.rule == RULE]


@pytest.mark.parametrize("text, written, fix", [
    ("Harga karet anjlok di Sumatera Selatan. Petani di Kabupaten Musi Banyuasin dan Kota Palembang mengeluh, "
     "sementara pedagang dari Banyumas menahan pembelian.", "Banyumas", "Banyuasin"),
    ("Festival budaya digelar di Kota Surakarta dan Kabupaten Sukoharjo, Jawa Tengah. Penari dari Karangasem ikut tampil.",
     "Karangasem", "Karanganyar"),
])
def test_a_look_alike_of_another_province(linter, text, written, fix):
    assert found(linter, text) == [(written, [fix])]


@pytest.mark.parametrize("text", [
    # The province of the name is in the story; a place of that province is.
    "Harga karet anjlok di Sumatera Selatan dan Jawa Tengah. Petani di Kabupaten Musi Banyuasin dan Kota Palembang "
    "mengeluh, sementara pedagang dari Banyumas menahan pembelian.",
    "Festival budaya digelar di Kota Surakarta dan Kabupaten Sukoharjo. Penari dari Karangasem dan Denpasar ikut tampil.",
    # Too few places of the story's province to tell.
    "Festival budaya digelar di Kota Surakarta. Penari dari Karangasem ikut tampil.",
    # A shared first word is no look-alike ("Kepulauan ...").
    "Gubernur Sumatera Barat meninjau Kota Padang dan Kabupaten Agam. Kapal dari Kepulauan Meranti tertahan badai.",
    # A name that is also its province's ("Bengkulu", a letter or three off Riau's Bengkalis).
    "Harga sawit di Riau turun. Petani di Pekanbaru dan Dumai mengeluh; pembeli dari Bengkulu menahan pembelian.",
    # Named twice: a real second place.
    "Festival budaya digelar di Kota Surakarta dan Kabupaten Sukoharjo, Jawa Tengah. Penari dari Karangasem ikut tampil; "
    "Karangasem mengirim 40 penari.",
])
def test_quiet(linter, text):
    assert found(linter, text) == []
