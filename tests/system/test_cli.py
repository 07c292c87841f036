"""The contract commands a user's scripts call: analyze (one message, or JSON lines) and preview --json."""

import json
import os
import subprocess
import sys

from tests.conftest import ROOT


def calmdesk(*args: str, stdin: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ZENDESK_", "FRESHDESK_", "CALMDESK_"))}
    return subprocess.run([sys.executable, "-m", "calmdesk.cli", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60)


def test_analyze_prints_one_json_verdict():
    result = calmdesk("analyze", stdin="This is the third time I ask. Unacceptable. I want a manager.")
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert set(verdict) >= {"negative", "level", "score", "cues", "evidence"}
    assert verdict["negative"] and "escalation_request" in verdict["cues"]


def test_analyze_jsonl_prints_one_line_per_input_with_its_id():
    lines = [{"id": "a1", "text": "Thanks, that fixed it!"}, {"id": 7, "text": "You idiots lost my parcel AGAIN!!!"}]
    result = calmdesk("analyze", "--jsonl", stdin="\n".join(json.dumps(x) for x in lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a1", 7]
    assert [o["negative"] for o in out] == [False, True]
    assert "abuse" in out[1]["cues"] and set(out[1]) >= {"id", "negative", "level", "score", "cues", "evidence"}


def test_analyze_jsonl_reads_the_requester_name_and_subject():
    # "Hazard" is this requester's surname, not a word about the situation; the subject is accepted and optional.
    line = {"id": "n1", "text": "My surname Hazard keeps getting rejected by the checkout form. Could you look? Thanks, Ellen",
            "requester_name": "Ellen Hazard", "subject": "Re: name field"}
    result = calmdesk("analyze", "--jsonl", stdin=json.dumps(line) + "\n")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["id"] == "n1" and not out["negative"]
    assert not any("Hazard" in e["text"] or "Ellen" in e["text"] for e in out["evidence"])
    bad = calmdesk("analyze", "--jsonl", stdin=json.dumps({"id": 1, "text": "hi", "requester_name": 5}) + "\n")
    assert bad.returncode == 2 and "requester_name" in bad.stderr and "Traceback" not in bad.stderr


def test_analyze_jsonl_names_the_bad_line_and_exits_2():
    result = calmdesk("analyze", "--jsonl", stdin='{"id": 1, "text": "fine"}\nnot json\n')
    assert result.returncode == 2
    assert "line 2" in result.stderr and "Traceback" not in result.stderr


def test_preview_json_has_the_playbook_note_reply_and_language():
    message = "Es la tercera vez que escribo: el pedido 4471 todavía no ha llegado. Es inaceptable."
    result = calmdesk("preview", "--name", "Lucía Pérez", "--json", stdin=message)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"playbook", "note_html", "reply_text", "language", "topic", "cues", "brief", "facts",
            "words_before_draft"} <= set(data)
    assert data["language"] == "es" and data["reply_text"].startswith("Hola, Lucía")
    assert "4471" in data["reply_text"] and "repeat_contact" in data["playbook"]
    assert "tercera vez" in data["note_html"]


def test_preview_takes_subject_and_requester_name_and_reports_topic_and_facts():
    message = "Order B-55120 arrived smashed, the glass top is in pieces. I need a replacement by Friday."
    result = calmdesk("preview", "--json", "--subject", "Broken table", "--requester-name", "Okafor, Grace", stdin=message)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["topic"] == "damaged_or_defective" and data["reply_text"].startswith("Hi Grace,")
    assert data["brief"].startswith("Grace") and isinstance(data["words_before_draft"], int)
    assert data["words_before_draft"] <= 100
    ref = next(f for f in data["facts"] if f["kind"] == "ref")
    assert message[ref["start"]:ref["end"]] == "B-55120"


def test_preview_says_calm_no_note_for_a_calm_message():
    result = calmdesk("preview", stdin="Hi, could you tell me when my order ships? Thanks!")
    assert result.returncode == 0 and result.stdout.startswith("calm: no note")
