"""Benchmarks: production settings served over plain HTTP on 127.0.0.1, with a plain view to compare against."""

from .production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
BENCH_VIEWS = True
STAFF_MFA_REQUIRED = False
ACCOUNT_RATE_LIMITS = False  # the load tool is one IP hammering one form
VERIFY_RATE_LIMIT_PER_MINUTE = 10**9
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
