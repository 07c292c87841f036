"""`calmdesk sandbox`'s form fires what the installers set up, as the helpdesk would: Freshdesk's rule here (the
quickstart test covers Zendesk's trigger), and says what to do when nothing is installed yet."""

from __future__ import annotations

import requests
from click.testing import CliRunner

from calmdesk.cli.main import main as cli
from calmdesk.demo.tryout import start_tryout
from calmdesk.sandbox.serving import ServerThread
from calmdesk.settings import load_settings
from tests.conftest import run_worker_burst
from webhooks.app import create_app


def test_the_form_sends_freshdesks_rule_webhook_and_the_note_lands(redis, redis_url, tmp_path):
    tryout = start_tryout(zendesk_port=0, form_port=0, freshdesk_port=0)
    try:
        env = {"REDIS_URL": redis_url, "CALMDESK_DATA_DIR": str(tmp_path), **tryout.freshdesk_variables()}
        with ServerThread(create_app({"CALMDESK_SETTINGS": load_settings(env)})) as calmdesk:
            nothing = requests.post(tryout.form_url + "/say", headers={"Accept": "application/json"}, timeout=10,
                                    data={"helpdesk": "freshdesk", "text": "Hello?"}).json()
            assert nothing["webhooks"] == "none: run `calmdesk freshdesk install --public-url ...` first"
            installed = CliRunner().invoke(cli, ["freshdesk", "install", "--public-url", calmdesk.url], env=env)
            assert installed.exit_code == 0, installed.output
            answer = requests.post(tryout.form_url + "/say", headers={"Accept": "application/json"}, timeout=10,
                                   data={"helpdesk": "freshdesk", "name": "Alex Morgan",
                                         "text": "Third time I write about order #4417, nobody answers. This is "
                                                 "unacceptable, refund me or I cancel."}).json()
            assert answer["webhooks"] == [{"endpoint": f"{calmdesk.url}/webhooks/freshdesk", "status": 202}]
            run_worker_burst(env)
            assert len(tryout.freshdesk.notes(answer["ticket_id"])) == 1
    finally:
        tryout.stop()
