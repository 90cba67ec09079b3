"""yamlmarks: values with their positions, and YAML errors an editor can act on."""

import pytest

from qa_lint import yamlmarks


def test_positions_of_keys_and_values():
    marked = yamlmarks.load("pack: x\nrules:\n  - id: a.b\n    type: terms\n")
    assert marked.data == {"pack": "x", "rules": [{"id": "a.b", "type": "terms"}]}
    assert marked.where(("rules", 0, "type")) == (4, 11)
    assert marked.where(("rules", 0, "type"), key=True) == (4, 5)


def test_errors_keep_the_precise_wording_and_position():
    # The fast loader words this "found character that cannot start any token";
    # the message names the tab, which is what the editor has to remove.
    with pytest.raises(yamlmarks.YamlError) as caught:
        yamlmarks.load("pack: x\n\t- a\n")
    assert (caught.value.line, caught.value.column) == (2, 1)
    assert "'\\t'" in caught.value.message and caught.value.message.startswith("invalid YAML")
    with pytest.raises(yamlmarks.YamlError, match="duplicate key 'pack'"):
        yamlmarks.load("pack: x\npack: y\n")
