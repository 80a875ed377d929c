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


def test_media_can_live_on_s3_compatible_storage():
    """Several app servers share media through django-storages when MEDIA_STORAGE=s3."""
    result = _manage(
        "shell",
        "-c",
        "from django.core.files.storage import default_storage as s; print(type(s._wrapped).__name__, s.bucket_name)",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="vso.example.org",
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="vso-media",
        AWS_S3_ENDPOINT_URL="http://127.0.0.1:9000",
    )
    assert result.returncode == 0, result.stderr
    assert "S3Storage vso-media" in result.stdout
