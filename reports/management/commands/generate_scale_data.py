"""Build a realistic site at scale: S about 1,000 learners, M about 10,000, L about 100,000.

Rows are bulk inserted, but they are the rows the services write: verified
accounts, profiles with province history, enrolments on the demo courses,
completed lessons, graded quiz attempts and certificates, in plausible
proportions across every province and district. Certificate PDFs are not
rendered (they would be, one by one, by the worker).
"""

import random
import time
from datetime import timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts.models import AgeBand, District, LearnerProfile, OrganisationType, Province, ProvinceHistory, Sex, User
from assessments.models import Attempt, AttemptStatus, QuizPage
from certificates import codes
from certificates.models import Certificate
from courses.models import CoursePage, Enrollment, EnrollmentStatus, ItemProgress
from courses.selectors import course_items

SIZES = {"S": 1_000, "M": 10_000, "L": 100_000}
# Roughly by population: Punjab, Sindh, KP, Balochistan, ICT, GB, AJK.
PROVINCE_WEIGHTS = {"PK-PB": 45, "PK-SD": 20, "PK-KP": 17, "PK-BA": 7, "PK-IS": 3, "PK-GB": 4, "PK-JK": 4}
BATCH = 5_000


class Command(BaseCommand):
    help = "Generate scale data: --size S (1k learners), M (10k) or L (100k). Adds to what is there."

    def add_arguments(self, parser):
        parser.add_argument("--size", choices=SIZES, default="S")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, size, seed, **options):
        started = time.monotonic()
        if not CoursePage.objects.exists():
            call_command("load_demo", learners=0, stdout=self.stdout)
        rng = random.Random(seed)  # noqa: S311 (synthetic data)
        total = SIZES[size]
        offset = User.objects.filter(email__startswith="scale-").count()
        courses = list(CoursePage.objects.live().order_by("path"))
        items = {c.pk: [i.pk for i in course_items(course=c)] for c in courses}
        quizzes = {c.pk: list(QuizPage.objects.live().descendant_of(c).values_list("pk", "test_kind")) for c in courses}
        provinces = {p.code: p for p in Province.objects.all()}
        districts = {}
        for d in District.objects.all():
            districts.setdefault(d.province_id, []).append(d)
        codes_ = list(PROVINCE_WEIGHTS)
        weights = list(PROVINCE_WEIGHTS.values())
        password = make_password("ScaleData-2025")
        now = timezone.now()
        made = 0
        while made < total:
            n = min(BATCH, total - made)
            with transaction.atomic():
                self._batch(
                    rng, offset + made, n, courses, items, quizzes, provinces, districts, codes_, weights, password, now
                )
            made += n
            self.stdout.write(f"  {made:,} / {total:,} learners ({time.monotonic() - started:.0f}s)")
        self.stdout.write(self.style.SUCCESS(f"Generated {total:,} learners in {time.monotonic() - started:.0f}s."))

    def _batch(self, rng, start, n, courses, items, quizzes, provinces, districts, codes_, weights, password, now):
        users = User.objects.bulk_create(
            [
                User(
                    email=f"scale-{start + i}@example.org",
                    password=password,
                    first_name="Scale",
                    last_name=str(start + i),
                )
                for i in range(n)
            ]
        )
        EmailAddress.objects.bulk_create(
            [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users]
        )
        profiles, history, enrollments = [], [], []
        place = {}
        orgs = list(OrganisationType)
        for u in users:
            province = provinces[rng.choices(codes_, weights)[0]]
            district = rng.choice(districts[province.pk])
            joined = now - timedelta(days=rng.randint(0, 720))
            profiles.append(
                LearnerProfile(
                    user=u,
                    full_name_latin=f"Learner {u.last_name}",
                    sex=rng.choices([Sex.FEMALE, Sex.MALE, Sex.UNDISCLOSED], [35, 60, 5])[0],
                    province=province,
                    district=district,
                    organisation_type=rng.choice(orgs),
                    organisation_name="Department",
                    designation="Officer",
                    is_designated_vso=rng.random() < 0.6,
                    years_in_role=rng.randint(0, 20),
                    age_band=rng.choice(list(AgeBand)),
                )
            )
            history.append(ProvinceHistory(user=u, province=province, district=district, valid_from=joined))
            place[u.pk] = (province.pk, district.pk)
            for course in rng.sample(courses, rng.choice([1, 1, 2, 2, 3])):
                enrolled = joined + timedelta(days=rng.randint(0, 30))
                state = rng.random()
                completed = state < 0.45
                enrollments.append(
                    Enrollment(
                        user=u,
                        course=course,
                        enrolled_at=enrolled,
                        last_activity_at=enrolled + timedelta(days=5),
                        status=EnrollmentStatus.COMPLETED if completed else EnrollmentStatus.ACTIVE,
                        completed_at=enrolled + timedelta(days=rng.randint(3, 60)) if completed else None,
                        province_id=province.pk,
                        district_id=district.pk,
                    )
                )
        LearnerProfile.objects.bulk_create(profiles, batch_size=2000)
        ProvinceHistory.objects.bulk_create(history, batch_size=2000)
        enrollments = Enrollment.objects.bulk_create(enrollments, batch_size=2000)
        progress, attempts, certificates = [], [], []
        for e in enrollments:
            course_item_ids = items[e.course_id]
            done = (
                len(course_item_ids)
                if e.status == EnrollmentStatus.COMPLETED
                else rng.randint(0, max(0, len(course_item_ids) - 1))
            )
            progress += [
                ItemProgress(enrollment=e, page_id=pid, completed_at=e.enrolled_at) for pid in course_item_ids[:done]
            ]
            for quiz_id, kind in quizzes[e.course_id]:
                if kind == "pre" or e.status == EnrollmentStatus.COMPLETED or rng.random() < 0.2:
                    percent = Decimal(
                        rng.randint(70, 100)
                        if e.status == EnrollmentStatus.COMPLETED and kind != "pre"
                        else rng.randint(20, 90)
                    )
                    attempts.append(
                        Attempt(
                            quiz_id=quiz_id,
                            user_id=e.user_id,
                            number=1,
                            status=AttemptStatus.GRADED,
                            started_at=e.enrolled_at,
                            submitted_at=e.enrolled_at + timedelta(minutes=20),
                            score=percent / 10,
                            max_score=10,
                            percent=percent,
                            passed=percent >= 70,
                        )
                    )
            if e.status == EnrollmentStatus.COMPLETED:
                certificates.append(
                    Certificate(
                        code=codes.generate(),
                        user_id=e.user_id,
                        course_id=e.course_id,
                        enrollment=e,
                        name_latin=f"Learner {e.user_id}",
                        course_title="",
                        hours=Decimal("1.5"),
                        issued_at=e.completed_at,
                        design={},
                        expires_at=e.completed_at + timedelta(days=730) if rng.random() < 0.3 else None,
                        province_id=place[e.user_id][0],
                        district_id=place[e.user_id][1],
                    )
                )
        ItemProgress.objects.bulk_create(progress, batch_size=5000)
        Attempt.objects.bulk_create(attempts, batch_size=5000)
        titles = dict(CoursePage.objects.values_list("pk", "title"))
        for c in certificates:
            c.course_title = titles[c.course_id]
        Certificate.objects.bulk_create(certificates, batch_size=5000)
