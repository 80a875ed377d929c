"""A fixed-window rate limit in the cache (Redis in production), for public pages such as verification."""

import time

from django.core.cache import cache


def client_ip(request) -> str:
    # Behind a proxy, configure it to set REMOTE_ADDR (e.g. gunicorn --forwarded-allow-ips).
    return request.META.get("REMOTE_ADDR", "unknown")


def hit(request, *, scope: str, limit: int, period: int = 60) -> bool:
    """Count a request; True when the caller is over `limit` requests per `period` seconds."""
    window = int(time.time() // period)
    key = f"ratelimit:{scope}:{client_ip(request)}:{window}"
    cache.add(key, 0, period + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, period + 5)
        count = 1
    return count > limit
