"""End-to-end fixtures: the real `xapi` binary on a temporary data dir, Unix socket and ports,
driven by the PyPI XenAPI client.

XAPI_BINARY names the binary (scripts/test builds it); the default is the release build.
"""
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time

import pytest
import XenAPI

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("XAPI_BINARY", os.path.join(ROOT, ".build", "release", "xapi"))

USERS = {"root": "rootpw", "alice": "alicepw", "reader": "readerpw"}
ROLES = {"reader": "read-only"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Daemon:
    """One daemon process. start() waits until every listener answers; kill9()/stop()/start()
    restart it on the same data directory."""

    def __init__(self):
        # XenAPI's Unix transport turns '_' in the host into '/', so the path must have none.
        self.dir = os.path.join(tempfile.gettempdir(), "xapie2e" + secrets.token_hex(6))
        os.makedirs(self.dir)
        self.data_dir = os.path.join(self.dir, "data")
        self.socket = os.path.join(self.dir, "xapi.sock")
        self.alias = os.path.join(self.dir, "alias", "xapi")
        self.http_port = free_port()
        self.https_port = free_port()
        self.auth_file = os.path.join(self.dir, "users")
        with open(self.auth_file, "w") as f:
            for user, pw in USERS.items():
                role = ROLES.get(user)
                f.write(f"{user}:{pw}" + (f":{role}" if role else "") + "\n")
        self.config = os.path.join(self.dir, "xapi.conf")
        with open(self.config, "w") as f:
            f.write(f"unix-socket-aliases = {self.alias}\n")
            f.write("log-level = info\n")
        self.proc = None
        self.log_path = os.path.join(self.dir, "xapi.log")

    @property
    def http_url(self):
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def https_url(self):
        return f"https://127.0.0.1:{self.https_port}"

    @property
    def unix_url(self):
        return "http://" + self.socket.replace("/", "_")

    def args(self):
        return [BINARY, "--config", self.config, "--data-dir", self.data_dir,
                "--unix-socket", self.socket, "--http", f"127.0.0.1:{self.http_port}",
                "--https", f"127.0.0.1:{self.https_port}", "--hypervisor", "simulated",
                "--auth-file", self.auth_file]

    def start(self, timeout=60):
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(self.args(), stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"xapi exited with {self.proc.returncode}:\n{self.log()}")
            if self.ready():
                return
            time.sleep(0.05)
        raise RuntimeError("xapi did not become ready:\n" + self.log())

    def ready(self):
        try:
            for port in (self.http_port, self.https_port):
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            s = socket.socket(socket.AF_UNIX)
            s.connect(self.socket)
            s.close()
            return True
        except OSError:
            return False

    def log(self):
        with open(self.log_path, errors="replace") as f:
            return f.read()[-4000:]

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        code = self.proc.returncode if self.proc else None
        self.proc = None
        return code

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self.proc = None

    def unix_session(self):
        s = XenAPI.Session(self.unix_url, transport=XenAPI.UDSTransport())
        s.login_with_password("root", "", "2.6", "e2e-tests")
        return s

    def http_session(self, user="root"):
        s = XenAPI.Session(self.http_url)
        s.login_with_password(user, USERS[user], "2.6", "e2e-tests")
        return s

    def https_session(self, user="root"):
        s = XenAPI.Session(self.https_url, ignore_ssl=True)
        s.login_with_password(user, USERS[user], "2.6", "e2e-tests")
        return s

    def cleanup(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def daemon():
    d = Daemon()
    d.start()
    yield d
    d.cleanup()


@pytest.fixture
def fresh_daemon():
    """A daemon of the test's own, for tests that kill or restart it."""
    d = Daemon()
    d.start()
    yield d
    d.cleanup()


@pytest.fixture
def session(daemon):
    s = daemon.unix_session()
    yield s
    try:
        s.xenapi.session.logout()
    except Exception:
        pass
