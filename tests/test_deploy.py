"""Production settings: refuse to start without a secret; `check --deploy` clean."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _manage(*args, **env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.production", **env}
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for browser tests only
    if "SECRET_KEY" not in env:
        environment.pop("SECRET_KEY", None)
    return subprocess.run(  # noqa: S603 (our own manage.py)
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_with_production_settings():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="vso.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_secret_key():
    result = _manage("check", ALLOWED_HOSTS="vso.example.org")
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr
