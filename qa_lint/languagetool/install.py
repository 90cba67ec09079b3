"""Installing LanguageTool from Maven Central into qa-lint's data folder, and finding it again.

Layout (qa_lint.paths.data_dir(): ``$QA_LINT_DATA`` or ``$XDG_DATA_HOME/qa-lint``;
the user configuration's ``languagetool.data_dir`` replaces ``<data>/languagetool``):

    languagetool/<version>/pom.xml          the pom Maven resolved (languages filled in)
    languagetool/<version>/jars/*.jar       the server and the language modules
    languagetool/<version>/installed.json   version, language modules and each jar's SHA-256, written last
    languagetool/<version>/dynamic/<lang>/  hunspell dictionaries for dynamic languages

Check results are cached apart, in qa_lint.paths.cache_dir() / "languagetool".

Integrity: Maven runs with --strict-checksums (a download that does not match Maven
Central's checksum fails), every copied jar is compared with the SHA-1 Maven stored
beside it in its local repository, and installed.json records each jar's SHA-256.
Before a server starts, the jars are hashed again and compared (Installation.verify);
the class path lists exactly those jars, so a file dropped into the folder never runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths

DEFAULT_VERSION = "6.6"
DEFAULT_LANGUAGES = ("en",)
# LanguageTool 6.x's HTTP server builds a language identifier at start-up that
# refuses to run unless the Spanish, Catalan and Portuguese modules are on the
# class path (CommonWordsDetector looks them up by code), so they always come along.
SERVER_REQUIRED_LANGUAGES = ("es", "ca", "pt")
POM_TEMPLATE = Path(__file__).with_name("pom.xml")
LANGUAGE_MARKER = "<!-- QA_LINT_LANGUAGES -->"


class InstallError(Exception):
    """Java or Maven missing, or Maven failed: a clear message, exit code 2."""


def lt_root(config: dict | None = None) -> Path:
    """Where LanguageTool versions are installed: the user configuration's
    ``languagetool.data_dir`` (a project configuration cannot set it), else the data folder."""
    configured = (config or {}).get("data_dir")
    if configured:
        return Path(configured).expanduser()
    return paths.data_dir() / "languagetool"


def results_root(config: dict | None = None) -> Path:
    """Where LanguageTool check results are cached (user configuration: ``languagetool.results_dir``)."""
    configured = (config or {}).get("results_dir")
    if configured:
        return Path(configured).expanduser()
    return paths.cache_dir() / "languagetool"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class Installation:
    version: str
    folder: Path
    languages: list[str] = field(default_factory=list)
    # jar file name -> SHA-256 recorded at install time
    checksums: dict[str, str] = field(default_factory=dict)

    @property
    def jars(self) -> Path:
        return self.folder / "jars"

    @property
    def classpath(self) -> str:
        # Exactly the installed jars, never a wildcard: nothing else in the folder is loaded.
        return os.pathsep.join(str(self.jars / name) for name in sorted(self.checksums))

    def verify(self) -> None:
        """Raise InstallError unless every installed jar is there and unchanged since install."""
        if not self.checksums:
            raise InstallError(f"LanguageTool in {self.folder} has no checksums (installed by an older qa-lint): "
                               "reinstall it with: qa-lint languagetool install")
        for name, expected in sorted(self.checksums.items()):
            jar = self.jars / name
            if not jar.is_file() or sha256_of(jar) != expected:
                raise InstallError(f"{jar} is missing or changed since it was installed (SHA-256 mismatch); "
                                   "not running it. Reinstall with: qa-lint languagetool install")


def _version_key(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.-]", version))


def find(config: dict | None = None, version: str | None = None) -> Installation | None:
    """The requested (or newest) complete installation in the cache, or None."""
    root = lt_root(config)
    version = version or (config or {}).get("version")
    candidates = [root / version] if version else sorted(
        (p for p in root.glob("*") if (p / "installed.json").is_file()), key=lambda p: _version_key(p.name), reverse=True
    )
    for folder in candidates:
        manifest = folder / "installed.json"
        if manifest.is_file():
            try:
                data = json.loads(manifest.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            checksums = data.get("jars") if isinstance(data.get("jars"), dict) else {}
            return Installation(data["version"], folder, list(data.get("languages", [])), dict(checksums))
    return None


def java_command() -> str | None:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    return shutil.which("java")


def java_major(java: str) -> int | None:
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2)) if major == 1 and found.group(2) else major


def require_java() -> str:
    java = java_command()
    if not java:
        raise InstallError(
            "Java was not found. LanguageTool 6 needs Java 17 or newer "
            "(Debian: apt-get install default-jre-headless), or set JAVA_HOME."
        )
    major = java_major(java)
    if major is not None and major < 17:
        raise InstallError(f"{java} is Java {major}; LanguageTool 6 needs Java 17 or newer (set JAVA_HOME to a newer one).")
    return java


def render_pom(languages: list[str]) -> str:
    template = POM_TEMPLATE.read_text(encoding="utf-8")
    dependencies = "".join(
        "\n    <dependency>\n      <groupId>org.languagetool</groupId>\n"
        f"      <artifactId>language-{code}</artifactId>\n"
        "      <version>${languagetool.version}</version>\n    </dependency>"
        for code in languages
    )
    return template.replace(LANGUAGE_MARKER, LANGUAGE_MARKER + dependencies)


def module_list(languages: list[str]) -> list[str]:
    """Language modules to resolve: the ones asked for plus those the server needs, deduplicated."""
    wanted = [code.strip() for code in languages if code.strip()]
    for code in wanted:
        if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9-]+)?", code):
            raise InstallError(f"{code!r} is not a LanguageTool module code (examples: en, de, fr, pt, de-DE-x-simple-language)")
    return list(dict.fromkeys(wanted + list(SERVER_REQUIRED_LANGUAGES)))


def install(version: str = DEFAULT_VERSION, languages: list[str] | None = None, config: dict | None = None,
            out=sys.stderr) -> Installation:
    """Resolve LanguageTool with Maven into the cache. Quick when the same install is already there."""
    wanted = module_list(list(languages or DEFAULT_LANGUAGES))
    folder = lt_root(config) / version
    existing = find(config, version)
    if existing and set(wanted) <= set(existing.languages) and _intact(existing):
        print(f"LanguageTool {version} is already installed in {folder} (languages: {', '.join(existing.languages)})", file=out)
        return existing
    require_java()
    mvn = shutil.which("mvn")
    if not mvn:
        raise InstallError(
            "Maven (mvn) was not found; qa-lint uses it to fetch LanguageTool from Maven Central "
            "(Debian: apt-get install maven). Without Maven, see docs/languagetool.md for other ways."
        )
    # Keep the languages already installed for this version: an install only adds.
    if existing:
        wanted = list(dict.fromkeys(existing.languages + wanted))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "installed.json").unlink(missing_ok=True)
    pom = folder / "pom.xml"
    pom.write_text(render_pom(wanted), encoding="utf-8")
    staging = folder / "jars.partial"
    shutil.rmtree(staging, ignore_errors=True)
    print(f"Resolving LanguageTool {version} with modules {', '.join(wanted)} from Maven Central ...", file=out, flush=True)
    listing = folder / "dependencies.txt"
    command = [
        mvn, "--batch-mode", "--no-transfer-progress", "--strict-checksums", "-f", str(pom),
        f"-Dlanguagetool.version={version}", "dependency:copy-dependencies", "dependency:list",
        f"-DoutputDirectory={staging}", "-DincludeScope=runtime",
        "-DoutputAbsoluteArtifactFilename=true", f"-DoutputFile={listing}", "-DappendOutput=false",
    ]
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode != 0:
        errors = [line for line in proc.stdout.splitlines() if "[ERROR]" in line][:8]
        raise InstallError(
            f"Maven could not resolve LanguageTool {version} ({' '.join(wanted)}):\n  "
            + "\n  ".join(errors or proc.stdout.splitlines()[-8:] or [proc.stderr.strip()])
        )
    checksums = verify_against_maven(staging, listing)
    jars = folder / "jars"
    shutil.rmtree(jars, ignore_errors=True)
    staging.rename(jars)
    count = len(checksums)
    size = sum((jars / name).stat().st_size for name in checksums) / 1e6
    manifest = {"version": version, "languages": wanted, "jars": checksums}
    (folder / "installed.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"Installed LanguageTool {version}: {count} jars, {size:.0f} MB in {jars} (checksums verified)", file=out)
    return Installation(version, folder, wanted, checksums)


def _intact(installation: Installation) -> bool:
    try:
        installation.verify()
    except InstallError:
        return False
    return any(name.startswith("languagetool-server-") for name in installation.checksums)


def verify_against_maven(staging: Path, listing: Path) -> dict[str, str]:
    """Compare each copied jar with the SHA-1 that Maven checked against Maven Central and
    stored beside the artifact in its local repository; return each jar's SHA-256."""
    try:
        lines = listing.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InstallError(f"Maven did not list the resolved artifacts ({exc})") from None
    # "   org.languagetool:languagetool-core:jar:6.6:compile:/root/.m2/.../languagetool-core-6.6.jar"
    resolved = {}
    for line in lines:
        found = re.search(r"\S+:jar:[^:\s]+:\w+:(/\S+\.jar)", line)
        if found:
            resolved[Path(found.group(1)).name] = Path(found.group(1))
    checksums = {}
    for jar in sorted(staging.glob("*.jar")):
        origin = resolved.get(jar.name)
        sidecar = origin.with_name(origin.name + ".sha1") if origin else None
        try:
            expected = sidecar.read_text(encoding="ascii").split()[0].lower() if sidecar else ""
        except (OSError, IndexError, UnicodeDecodeError):
            expected = ""
        if not expected:
            raise InstallError(f"no Maven checksum for {jar.name} (expected {sidecar or 'it in the dependency list'})")
        digest = hashlib.sha1(jar.read_bytes()).hexdigest()
        if digest != expected:
            raise InstallError(f"{jar.name}: SHA-1 {digest} does not match Maven's {expected}; not installing it")
        checksums[jar.name] = sha256_of(jar)
    if not checksums:
        raise InstallError("Maven copied no jars")
    return checksums


def status_lines(config: dict | None = None) -> tuple[bool, list[str]]:
    lines = [f"installs: {lt_root(config)}", f"results cache: {results_root(config)}"]
    java = java_command()
    lines.append(f"java: {java} (Java {java_major(java) or '?'})" if java else "java: not found")
    lines.append(f"maven: {shutil.which('mvn') or 'not found'}")
    found = find(config)
    if found:
        lines.append(f"languagetool: {found.version} in {found.folder}")
        lines.append(f"language modules: {', '.join(found.languages)}")
    else:
        lines.append("languagetool: not installed (run: qa-lint languagetool install)")
    url = (config or {}).get("url")
    if url:
        lines.append(f"server url from config: {url}")
    return bool(found and java), lines
