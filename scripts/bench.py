"""`make bench`: the main flows against gunicorn, side by side with a plain Django view, in one run.

Usage: .venv/bin/python scripts/bench.py [--sqlite] [--sizes S,M] [--duration 10]
Results: a table on the terminal and JSON under var/bench/.
"""

import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "var" / "bench"
PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
PY = sys.executable


def sh(*args, env, quiet=True):
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=quiet, text=True)  # noqa: S603
    if result.returncode:
        raise SystemExit(f"{' '.join(map(str, args))} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def environment(sqlite: bool) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.bench",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "MEDIA_ROOT": str(OUT / "media"),
        "STATIC_ROOT": str(OUT / "static"),
        "EMAIL_URL": "dummymail://",
    }
    if sqlite:
        env["DATABASE_URL"] = f"sqlite:///{OUT / 'bench.sqlite3'}"
    else:
        env["DATABASE_URL"] = "postgres://postgres@127.0.0.1:5432/vso_bench"
        env["CONN_MAX_AGE"] = "60"
    try:
        import redis

        redis.Redis.from_url("redis://127.0.0.1:6379/14").ping()
        env["CACHE_URL"] = "redis://127.0.0.1:6379/14"
    except Exception:  # no Redis: a per-process cache still works for one machine
        env["CACHE_URL"] = "locmemcache://bench"
    return env


def reset_database(env, sqlite):
    if sqlite:
        (OUT / "bench.sqlite3").unlink(missing_ok=True)
    else:
        subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", "vso_bench"], check=True)  # noqa: S607
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", "vso_bench"], check=True)  # noqa: S607
    shutil.rmtree(OUT / "media", ignore_errors=True)
    sh(PY, "manage.py", "migrate", "--noinput", env=env)
    sh(PY, "manage.py", "collectstatic", "--noinput", env=env)
    sh(PY, "manage.py", "load_demo", env=env)


def django_setup(env):
    os.environ.update({k: v for k, v in env.items() if k not in ("DJANGO_ALLOW_ASYNC_UNSAFE",)})
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def session_cookie(email: str) -> str:
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from accounts.models import User

    user = User.objects.get(email=email)
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store["vso_profile_complete"] = True
    store.create()
    return f"{settings.SESSION_COOKIE_NAME}={store.session_key}"


def wait_for_server():
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{BASE}/healthz", timeout=2)  # noqa: S310
            return
        except Exception:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def wrk(path, *, cookie="", duration=10, connections=16):
    args = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{duration}s",
        "-s",
        str(ROOT / "scripts" / "bench_report.lua"),
        f"{BASE}{path}",
    ]
    if cookie:
        args[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout  # noqa: S603
    line = next(line for line in out.splitlines() if line.startswith("BENCH "))
    return json.loads(line[6:])


def quiz_burst(learners=200):
    """200 learners start and submit the same quiz within a minute: no error, no lost answer."""
    import http.cookiejar
    import re

    from assessments.models import Attempt, QuizPage
    from courses import services as course_services
    from courses.models import CoursePage

    course = CoursePage.objects.get(slug="foundations-of-victim-support")
    quiz = QuizPage.objects.descendant_of(course).exclude(test_kind="pre").first()
    from accounts.models import User

    users = list(User.objects.filter(email__startswith="scale-").order_by("pk")[:learners])
    for user in users:
        course_services.enrollment_create(user=user, course=course)
    Attempt.objects.filter(quiz=quiz, user__in=users).delete()
    cookies = [session_cookie(u.email) for u in users]

    def one(cookie):
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        opener.addheaders = [("Cookie", cookie)]
        page = opener.open(f"{BASE}{quiz.url}").read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        csrf_cookie = next(c.value for c in jar if c.name == "csrftoken")
        opener.addheaders = [("Cookie", f"{cookie}; csrftoken={csrf_cookie}"), ("Referer", BASE + quiz.url)]
        started = opener.open(f"{BASE}{quiz.url}", data=f"csrfmiddlewaretoken={token}".encode())
        attempt_url = started.geturl()
        html = started.read().decode()
        autosave = re.search(r'data-autosave="([^"]+)"', html).group(1)
        first_choice = re.search(r'name="q1-choice" value="([^"]+)"', html)
        body = f"csrfmiddlewaretoken={token}&position=1" + (
            f"&q1-choice={first_choice.group(1)}" if first_choice else ""
        )
        opener.open(f"{BASE}{autosave}", data=body.encode()).read()
        opener.open(attempt_url, data=f"csrfmiddlewaretoken={token}&action=submit".encode()).read()
        return first_choice.group(1) if first_choice else None

    began = time.monotonic()
    errors = 0
    with ThreadPoolExecutor(max_workers=40) as pool:
        futures = [pool.submit(one, c) for c in cookies]
        chosen = []
        for f in futures:
            try:
                chosen.append(f.result())
            except Exception:
                errors += 1
    seconds = time.monotonic() - began
    attempts = Attempt.objects.filter(quiz=quiz, user__in=users)
    graded = attempts.exclude(status="in_progress").count()
    saved = sum(
        1 for a in attempts.prefetch_related("questions") for q in a.questions.all() if q.position == 1 and q.response
    )
    return {
        "learners": learners,
        "seconds": round(seconds, 1),
        "errors": errors,
        "attempts": attempts.count(),
        "graded": graded,
        "answers_kept": saved,
    }


def pdf_timing(runs=15):
    from weasyprint import HTML

    from certificates import rendering, services
    from certificates.models import Certificate

    certificate = Certificate.objects.filter(user__email="learner@example.org").first()
    context = rendering.certificate_context(certificate, services.verify_url(certificate))
    rendering.render_pdf(context)  # warm up fonts
    HTML(string="<p>x</p>", url_fetcher=rendering._FETCHER).write_pdf()

    def timed(fn):
        samples = []
        for _ in range(runs):
            t = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - t)
        return statistics.median(samples) * 1000

    cert_ms = timed(lambda: rendering.render_pdf(context))
    minimal_ms = timed(
        lambda: HTML(string="<html><body><p>Hello</p></body></html>", url_fetcher=rendering._FETCHER).write_pdf()
    )
    return {
        "certificate_ms": round(cert_ms, 1),
        "minimal_ms": round(minimal_ms, 1),
        "ratio": round(cert_ms / minimal_ms, 2),
    }


def report_timing(runs=5):
    from accounts.models import User
    from reports.scope import scope_for
    from reports.selectors import Filters, dashboard, donor_rows

    national = User.objects.get(email="national.admin@example.org")
    scope = scope_for(national)

    def timed(fn):
        samples = []
        for _ in range(runs):
            t = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - t)
        return round(statistics.median(samples) * 1000, 1)

    return {
        "dashboard_ms": timed(lambda: dashboard(scope, Filters())),
        "donor_ms": timed(lambda: donor_rows(scope, Filters())),
    }


def query_counts(paths):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accounts.models import User

    counts = {}
    for name, (path, email) in paths.items():
        client = Client()
        if email:
            client.force_login(User.objects.get(email=email))
            client.get(path)
        with CaptureQueriesContext(connection) as ctx:
            client.get(path, HTTP_HOST="127.0.0.1")
        counts[name] = len(ctx.captured_queries)
    return counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument("--sizes", default="S,M")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    env = environment(args.sqlite)
    database = "SQLite" if args.sqlite else "PostgreSQL"
    print(f"Preparing {database} with the demo ...", flush=True)
    reset_database(env, args.sqlite)
    sizes = [s.strip().upper() for s in args.sizes.split(",") if s.strip()]
    sh(PY, "manage.py", "generate_scale_data", "--size", sizes[0], env=env)
    django_setup(env)

    from certificates.models import Certificate
    from courses.models import LessonPage

    lesson = LessonPage.objects.live().filter(content_note="").order_by("path").first()
    code = Certificate.objects.filter(user__email="learner@example.org").first().code
    learner = session_cookie("learner@example.org")
    punjab = session_cookie("punjab.admin@example.org")
    flows = {
        "plain Django view": ("/bench/plain", ""),
        "catalogue (anonymous)": ("/courses/", ""),
        "lesson page": (lesson.url, learner),
        "My learning": ("/learning/", learner),
        "verification page": (f"/verify/{code}/", ""),
        "provincial dashboard": ("/admin/certification/", punjab),
    }
    server = subprocess.Popen(  # noqa: S603
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "lms.wsgi",
            "-w",
            str(args.workers),
            "-b",
            f"127.0.0.1:{PORT}",
            "--no-control-socket",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    results = {
        "database": database,
        "when": datetime.now().isoformat(timespec="seconds"),
        "workers": args.workers,
        "flows": {},
    }
    try:
        wait_for_server()
        for name, (path, cookie) in flows.items():
            wrk(path, cookie=cookie, duration=2)  # warm up
            results["flows"][name] = wrk(path, cookie=cookie, duration=args.duration)
            print(f"  {name}: {results['flows'][name]['rps']:.0f} requests/s", flush=True)
        results["quiz_burst"] = quiz_burst()
    finally:
        server.terminate()
        server.wait(timeout=30)
    plain = results["flows"]["plain Django view"]["rps"]
    for row in results["flows"].values():
        row["ratio"] = round(row["rps"] / plain, 3)
    results["pdf"] = pdf_timing()
    results["queries"] = query_counts(
        {
            "lesson page": (lesson.url, "learner@example.org"),
            "My learning": ("/learning/", "learner@example.org"),
            "catalogue": ("/courses/", None),
            "verification": (f"/verify/{code}/", None),
            "provincial dashboard": ("/admin/certification/", "punjab.admin@example.org"),
        }
    )
    results["reports"] = {sizes[0]: report_timing()}
    for size in sizes[1:]:
        sh(PY, "manage.py", "generate_scale_data", "--size", size, env=env)
        results["reports"][size] = report_timing()
    from accounts.models import User

    results["learners"] = User.objects.filter(email__startswith="scale-").count()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = OUT / f"results-{database.lower()}-{stamp}.json"
    path.write_text(json.dumps(results, indent=2, default=str))
    print_table(results, path)


def print_table(r, path):
    print(f"\nVSO Academy bench, {r['database']}, gunicorn {r['workers']} workers, {r['when']}")
    print(f"{'flow':28} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7} {'vs plain':>9}")
    for name, f in r["flows"].items():
        print(f"{name:28} {f['rps']:8.0f} {f['p50_ms']:8.1f} {f['p95_ms']:8.1f} {f['errors']:7d} {f['ratio']:9.3f}")
    q = r["quiz_burst"]
    print(
        f"\nquiz burst: {q['learners']} learners start, autosave and submit in {q['seconds']}s: "
        f"{q['errors']} errors, {q['graded']}/{q['attempts']} attempts graded, {q['answers_kept']} autosaved answers kept"
    )
    p = r["pdf"]
    print(f"certificate PDF: {p['certificate_ms']} ms vs minimal WeasyPrint page {p['minimal_ms']} ms (x{p['ratio']})")
    print("queries per page: " + ", ".join(f"{k} {v}" for k, v in r["queries"].items()))
    print(
        "reports (in process): "
        + "; ".join(
            f"{size}: dashboard {v['dashboard_ms']} ms, donor export {v['donor_ms']} ms"
            for size, v in r["reports"].items()
        )
    )
    print(f"learners generated: {r['learners']:,}; results in {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
