"""Module discovery shared by the extension points (rule types, reporters): every module of a
package that defines a marker attribute is one implementation, keyed by that attribute."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def discover(package: str, path: list[str], marker: str, recursive: bool = False) -> dict[str, ModuleType]:
    """``marker`` value -> module, for the modules in ``package`` (and its subpackages if
    ``recursive``) that define ``marker``."""
    walk = pkgutil.walk_packages if recursive else pkgutil.iter_modules
    found: dict[str, ModuleType] = {}
    for info in walk(path, prefix=f"{package}."):
        module = importlib.import_module(info.name)
        if hasattr(module, marker):
            found[getattr(module, marker)] = module
    return found
