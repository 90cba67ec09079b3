"""LanguageTool never outlives qa-lint, and never costs the rule packs' findings:
a killed qa-lint takes its server and temporary files with it; an unreachable or hung
server means 'spelling and grammar were not checked', once, with the packs' findings kept."""

import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from hostile_util import BAD_ID, ROOT, run
from qa_lint.api import Linter, Options
from qa_lint.languagetool import LanguageToolSource, install, source as lt_source
from qa_lint.languagetool.install import Installation
from qa_lint.languagetool.server import LocalServer, ServerError


def children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def wait_gone(pid: int, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.1)
    return False


@pytest.fixture(scope="module")
def installation():
    found = install.find()
    if found is None:
        pytest.fail(f"LanguageTool is not installed in {install.lt_root()}: run scripts/install-test-deps")
    return found


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGHUP])
def test_the_server_dies_with_qa_lint_and_leaves_no_files(installation, signum):
    # A qa-lint started from a terminal: SIGHUP at its default, even when the suite itself runs
    # under nohup (which ignores SIGHUP for every child, and qa-lint rightly keeps it ignored).
    script = textwrap.dedent("""
        import signal, time
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        from qa_lint.languagetool import install
        from qa_lint.languagetool.server import LocalServer
        server = LocalServer(install.find(), heap="256m", threads=1).start()
        print(server.process.pid, server._config_file, flush=True)
        time.sleep(300)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        watchdog, config_file = proc.stdout.readline().split()
        java = children(int(watchdog))
        assert java and alive(java[0]) and Path(config_file).is_file()
        proc.send_signal(signum)  # SIGKILL: no handler, no atexit can run in qa-lint
        proc.wait(timeout=30)
        assert wait_gone(java[0]), "the LanguageTool server outlived qa-lint"
        assert wait_gone(int(watchdog))
        assert not Path(config_file).exists(), "the server's .properties file was left behind"
    finally:
        if proc.poll() is None:
            proc.kill()


def test_a_server_that_exits_at_once_says_so(tmp_path):
    jars = tmp_path / "lt" / "jars"
    jars.mkdir(parents=True)
    (jars / "languagetool-server-6.6.jar").write_bytes(b"not a jar")
    broken = Installation("6.6", tmp_path / "lt", ["en"],
                          {"languagetool-server-6.6.jar": install.sha256_of(jars / "languagetool-server-6.6.jar")})
    with pytest.raises(ServerError) as caught:
        LocalServer(broken, heap="64m", threads=1, ready_timeout=120).start()
    # It says the process exited instead of waiting out the ready timeout and blaming the port.
    assert "exited at once with code" in str(caught.value)
    assert "did not answer" not in str(caught.value)


class HungServer:
    """Accepts connections and never answers."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.connections = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/"

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections.append(conn)

    def close(self):
        self.sock.close()
        for conn in self.connections:
            conn.close()


def closed_port_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/"


def write_files(folder, count=3):
    paths = []
    for i in range(count):
        path = folder / f"story{i}.txt"
        path.write_text(BAD_ID + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_an_unreachable_server_keeps_the_pack_findings_in_auto_mode(tmp_path):
    files = write_files(tmp_path)
    code, out, err = run("check", *files, "--lang", "id", "--languagetool", "auto", "--languagetool-url", closed_port_url())
    assert code == 1, err
    assert out.count("id.mt.west-bengal") == 3
    assert err.count("spelling and grammar were not checked") == 1  # said once, not per file


def test_an_unreachable_server_in_on_mode_is_an_error_but_findings_stay(tmp_path):
    files = write_files(tmp_path, 2)
    code, out, err = run("check", *files, "--lang", "id", "--languagetool", "on", "--languagetool-url", closed_port_url())
    assert code == 2
    assert out.count("id.mt.west-bengal") == 2
    assert "spelling and grammar were not checked" in err


def test_a_hung_server_costs_one_timeout_not_one_per_file(tmp_path, monkeypatch):
    monkeypatch.setattr(lt_source, "REQUEST_TIMEOUT", (1, 1))
    hung = HungServer()
    try:
        source = LanguageToolSource(mode="auto", url=hung.url)
        linter = Linter(Options(language="id"), [source])
        result = linter.lint_paths(write_files(tmp_path, 4))
        linter.close()
    finally:
        hung.close()
    assert all(r.error is None and any(f.rule == "id.mt.west-bengal" for f in r.findings) for r in result.files)
    assert len(hung.connections) <= 2  # the language list and one check, then no more waiting
