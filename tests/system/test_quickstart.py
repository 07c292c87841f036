"""A new admin's first ten minutes, as the README's quickstart writes them, against `calmdesk sandbox`.

The commands are read from the README's quickstart block and run as written, with two substitutions a reader
makes too: the values `calmdesk sandbox` prints for the variables, and free ports instead of 8000/8100/8101.
It ends when calmdesk's note is on the sandbox ticket.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time

import requests

from tests.conftest import ROOT

QUICKSTART = (ROOT / "README.md").read_text().split("<!-- quickstart", 1)[1].split("-->", 1)[1].split("<!-- /quickstart -->")[0]
CLI = [sys.executable, "-m", "calmdesk.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def commands() -> list[str]:
    return [line.strip() for line in QUICKSTART.splitlines()
            if line.strip() and not line.lstrip().startswith(("#", "```"))]


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def read_until(stream, pattern: str, timeout: float) -> list[str]:
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if re.search(pattern, line):
            return lines
    raise AssertionError(f"{pattern!r} never printed; got {lines}")


def as_argv(command: str, port: int) -> list[str]:
    """`make run` and `.venv/bin/calmdesk X` as this interpreter runs them; the README's port made free."""
    if command == "make run":
        return CLI + ["run", "--port", str(port)]
    argv = shlex.split(command)
    assert argv[0] == ".venv/bin/calmdesk", command
    argv = CLI + argv[1:]
    if argv[len(CLI)] == "run":
        argv += ["--port", str(port)]
    return argv


def test_the_readme_quickstart_ends_with_a_note_on_a_sandbox_ticket(tmp_path):
    steps = commands()
    assert steps[0] == "make run" and steps[-1] == ".venv/bin/calmdesk run"
    web_port, form_port, zendesk_port = free_port(), free_port(), free_port()
    public_url = f"http://127.0.0.1:{web_port}"
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("ZENDESK_", "FRESHDESK_", "CALMDESK_",
                                                                          "REDIS_"))}
    env = {**base_env, "CALMDESK_DATA_DIR": str(tmp_path / "data"), "PYTHONUNBUFFERED": "1"}
    children: list[subprocess.Popen] = []

    def start(argv: list[str]) -> subprocess.Popen:
        child = subprocess.Popen(argv, env=dict(env), cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 text=True, start_new_session=True)
        children.append(child)
        return child

    try:
        # The README's aside: start the stand-in Zendesk, paste what it prints.
        sandbox = start(CLI + ["sandbox", "--public-url", public_url, "--zendesk-port", str(zendesk_port),
                               "--form-port", str(form_port), "--freshdesk-port", str(free_port())])
        printed = read_until(sandbox.stdout, r"Ctrl-C stops the sandbox", 30)
        pasted = dict(re.findall(r"^\s+export (ZENDESK_\w+)=(\S+)$", "\n".join(printed), re.M))
        assert sorted(pasted) == ["ZENDESK_API_TOKEN", "ZENDESK_EMAIL", "ZENDESK_URL"]
        form_url = re.search(r"Be the customer: (\S+)/ ", "\n".join(printed)).group(1)

        running = None
        printed_by_install: dict[str, str] = {}
        for command in steps:
            if command.startswith("export "):
                name = command[len("export "):].split("=", 1)[0]
                if name == "ZENDESK_WEBHOOK_SECRET":
                    env[name] = printed_by_install["secret"]
                else:
                    assert name in pasted, f"the sandbox printed no {name}"
                    env[name] = pasted[name]
                continue
            if running is not None:  # "stop calmdesk with Ctrl-C first; it reads them at start"
                os.killpg(running.pid, signal.SIGINT)
                running.wait(30)
                running = None
            argv = as_argv(command, web_port)
            if "--public-url" in argv:
                argv[argv.index("--public-url") + 1] = public_url
            if argv[len(CLI)] == "run":
                running = start(argv)
                wait_for(lambda: _up(public_url), 60, "calmdesk run to answer /")
                continue
            result = subprocess.run(argv, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
            assert result.returncode == 0, (command, result.stdout, result.stderr)
            if "zendesk install" in command:
                printed_by_install["secret"] = re.search(r"ZENDESK_WEBHOOK_SECRET=(\S+)", result.stdout).group(1)
            if "check-config" in command:
                assert result.stdout.strip().endswith("all good"), result.stdout
                assert f"credentials accepted by {pasted['ZENDESK_URL']}" in result.stdout
        assert running is not None and running.poll() is None
        landing = requests.get(public_url + "/", timeout=5).text
        assert f"Zendesk at {pasted['ZENDESK_URL']}" in landing and "no helpdesk configured" not in landing

        # Step 5, "send a test message", through the sandbox's form as the README's aside says.
        response = requests.post(form_url + "/say", headers={"Accept": "application/json"}, timeout=15, data={
            "text": "This is the third time I write about order #4417. Two weeks late, nobody answers. I want a "
                    "refund or I cancel my account.", "name": "Alex Morgan"})
        assert response.headers["Content-Type"] == "application/json", (response.status_code, response.text[:500])
        answer = response.json()
        assert answer["webhooks"] == [{"endpoint": f"{public_url}/webhooks/zendesk", "status": 202}], answer
        ticket = answer["ticket_id"]
        auth = (f"{pasted['ZENDESK_EMAIL']}/token", pasted["ZENDESK_API_TOKEN"])

        def note():
            comments = requests.get(f"{pasted['ZENDESK_URL']}/api/v2/tickets/{ticket}/comments", auth=auth,
                                    timeout=5).json()["comments"]
            return [c for c in comments if not c["public"]]

        notes = wait_for(note, 60, "calmdesk's note on the sandbox ticket")
        assert "Alex" in notes[0]["html_body"] and "calmdesk-ref:zendesk-" in notes[0]["html_body"]
        assert "order #4417" in requests.get(form_url + "/", timeout=5).text
    finally:
        for child in children:
            if child.poll() is None:
                os.killpg(child.pid, signal.SIGTERM)
        for child in children:
            try:
                child.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()


def _up(url: str) -> bool:
    try:
        return requests.get(url + "/readyz", timeout=2).status_code == 200
    except requests.RequestException:
        return False
