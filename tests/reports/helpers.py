"""Learners in provinces, enrolled and certified, built fast for report tests."""

from django.utils import timezone

from accounts.models import District, LearnerProfile, Province, ProvinceHistory, User
from certificates import codes
from certificates.models import Certificate
from courses.models import Enrollment, EnrollmentStatus


def learners(
    count, province_code, *, course, sex="female", org="police", completed=0, certified=0, prefix=None, excluded=False
):
    """`count` learners of a province enrolled on `course`; the first `completed` completed, the first `certified` certified."""
    province = Province.objects.get(code=province_code)
    district = District.objects.filter(province=province).first()
    prefix = prefix or f"{province_code.lower()}-{sex}-{org}-{User.objects.count()}"
    now = timezone.now()
    users = User.objects.bulk_create([User(email=f"{prefix}-{i}@example.org") for i in range(count)])
    LearnerProfile.objects.bulk_create(
        [
            LearnerProfile(
                user=u,
                full_name_latin=f"Learner {prefix} {i}",
                sex=sex,
                province=province,
                district=district,
                organisation_type=org,
                organisation_name="Org",
                designation="Officer",
                excluded_from_reporting=excluded,
            )
            for i, u in enumerate(users)
        ]
    )
    ProvinceHistory.objects.bulk_create(
        [ProvinceHistory(user=u, province=province, district=district, valid_from=now) for u in users]
    )
    enrollments = Enrollment.objects.bulk_create(
        [
            Enrollment(
                user=u,
                course=course,
                enrolled_at=now,
                status=EnrollmentStatus.COMPLETED if i < completed else EnrollmentStatus.ACTIVE,
                completed_at=now if i < completed else None,
                province=province,
                district=district,
            )
            for i, u in enumerate(users)
        ]
    )
    Certificate.objects.bulk_create(
        [
            Certificate(
                code=codes.generate(),
                user=e.user,
                course=course,
                enrollment=e,
                name_latin="x",
                course_title=course.title,
                hours=1,
                issued_at=now,
                pdf_status="ready",
                province=province,
                district=district,
            )
            for e in enrollments[:certified]
        ]
    )
    return users
