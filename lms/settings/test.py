"""Tests: real cache and real mail API (locmem outbox), fast hashing."""

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = "test-only-key-not-secret-0123456789-abcdefghijklmnopqrstuvwxyz"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": env.cache("TEST_CACHE_URL", default="locmemcache://vso-tests")}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STAFF_MFA_REQUIRED = True
# In-process unless a test (or the worker it starts) asks for the Redis queue.
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend"),
        "QUEUES": ["default"],
    }
}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
