"""Production topology: tasks go to Redis and a real RQ worker process runs them; a stopped worker loses nothing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings

from certificates.models import Certificate, PdfStatus
from courses import services as course_services
from tests.courses.conftest import make_course
from tests.factories import ProfileFactory

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
RQ = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 300}}
TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="The worker is another process: it needs a database it can share (SQLite test databases live in memory).",
    ),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def redis_queue():
    import django_rq
    from redis import Redis

    Redis.from_url(REDIS_URL).flushdb()
    with override_settings(RQ_QUEUES=RQ, TASKS=TASKS):
        yield django_rq.get_queue("default")
    Redis.from_url(REDIS_URL).flushdb()


def run_worker(burst=True, timeout=120):
    """Start `manage.py rqworker` in its own process, against the test database."""
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "TASKS_BACKEND": "django_tasks_rq.RQBackend",
        "REDIS_URL": REDIS_URL,
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    args = [sys.executable, "manage.py", "rqworker", "default", "--job-class", "django_tasks_rq.Job"]
    if burst:
        args.append("--burst")
        return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)  # noqa: S603
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # noqa: S603


def render_jobs(queue):
    # Wagtail queues its own tasks too (search and reference indexes); count ours.
    return [job for job in queue.jobs if job.func_name.endswith("render_certificate")]


def _complete_course():
    user = ProfileFactory(full_name_latin="Sana Mir").user
    course, lessons = make_course(lessons=1)
    course_services.enrollment_create(user=user, course=course)
    course_services.item_complete(user=user, page=lessons[0])
    return Certificate.objects.get(user=user)


def test_certificate_render_runs_through_the_worker(redis_queue):
    certificate = _complete_course()
    assert certificate.pdf_status == PdfStatus.PENDING  # nothing rendered in the web process
    assert len(render_jobs(redis_queue)) == 1
    result = run_worker()
    assert result.returncode == 0, result.stdout + result.stderr
    certificate.refresh_from_db()
    assert certificate.pdf_status == PdfStatus.READY and certificate.pdf.read().startswith(b"%PDF")


def test_report_export_runs_through_the_worker(redis_queue):
    from accounts.roles import Role
    from reports.models import ReportExport
    from reports.services import export_request
    from tests.factories import UserFactory, make_role

    _complete_course()
    admin = make_role(UserFactory(), Role.NATIONAL_ADMIN)
    export_request(user=admin, kind="certified", params={}, fmt="xlsx")
    result = run_worker()
    assert result.returncode == 0, result.stdout + result.stderr
    export = ReportExport.objects.get()
    assert export.ready and export.file.read()[:2] == b"PK"  # an XLSX is a ZIP file


def test_tasks_wait_in_redis_while_the_worker_is_stopped(redis_queue):
    worker = run_worker(burst=False)
    worker.terminate()  # the worker stops (a deploy, a crash)
    worker.wait(timeout=30)
    certificate = _complete_course()
    assert len(render_jobs(redis_queue)) == 1  # the task waits in Redis, not in the web process
    result = run_worker()  # a worker comes back
    assert result.returncode == 0, result.stdout + result.stderr
    certificate.refresh_from_db()
    assert certificate.pdf_status == PdfStatus.READY
    assert redis_queue.count == 0
