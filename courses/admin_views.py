"""Wagtail admin pages for trainers: their courses, learners' progress, cohorts."""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import selectors, services
from .forms import CohortCsvForm, SessionForm
from .models import Cohort, CohortSession, CoursePage
from .permissions import user_can_follow_course


def my_courses(request):
    """Courses the trainer follows, with their cohorts."""
    courses = selectors.courses_for_trainer(user=request.user).prefetch_related("cohorts")
    return TemplateResponse(
        request, "courses/admin/my_courses.html", {"courses": courses, "page_title": _("Courses and learners")}
    )


class _Echo:
    def write(self, value):
        return value


def _csv_response(rows, total, filename):
    writer = csv.writer(_Echo())

    def lines():
        yield writer.writerow(
            ["name", "email", "province", "district", "cohort", "status", "progress_percent", "last_activity"]
        )
        for e in rows.iterator(chunk_size=500) if hasattr(rows, "iterator") else rows:
            profile = getattr(e.user, "learner_profile", None)
            yield writer.writerow(
                [
                    profile.display_name if profile else "",
                    e.user.email,
                    profile.province.name if profile else "",
                    profile.district.name if profile else "",
                    e.cohort.name if e.cohort else "",
                    e.get_status_display(),
                    round(100 * e.done / total) if total else 0,
                    e.last_activity_at.isoformat() if e.last_activity_at else "",
                ]
            )

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _learners(request, course, cohort=None):
    sort = request.GET.get("sort", "name")
    rows, total = selectors.course_learner_rows(course=course, viewer=request.user, cohort=cohort, sort=sort)
    if request.GET.get("format") == "csv":
        name = f"{course.slug}{'-' + str(cohort.pk) if cohort else ''}-learners.csv"
        return _csv_response(rows, total, name)
    page = Paginator(rows, 50).get_page(request.GET.get("p"))
    for e in page.object_list:
        e.percent = round(100 * e.done / total) if total else 0
    return {"page_obj": page, "total_required": total, "sort": sort}


def course_learners(request, course_id):
    """Learners of a course, sortable, exportable as CSV."""
    course = get_object_or_404(CoursePage, pk=course_id)
    if not user_can_follow_course(request.user, course):
        raise PermissionDenied
    result = _learners(request, course)
    if not isinstance(result, dict):
        return result
    return TemplateResponse(
        request, "courses/admin/learners.html", {"course": course, "cohort": None, "page_title": course.title, **result}
    )


def cohort_learners(request, cohort_id):
    """Members of a cohort with progress; trainers enrol more by uploading a CSV of e-mails."""
    cohort = get_object_or_404(Cohort.objects.select_related("course", "province", "trainer"), pk=cohort_id)
    course = cohort.course.specific
    if not (user_can_follow_course(request.user, course) or cohort.trainer_id == request.user.pk):
        raise PermissionDenied
    is_upload = request.method == "POST" and "file" in request.FILES
    form = CohortCsvForm(request.POST if is_upload else None, request.FILES if is_upload else None)
    if request.method == "POST":
        if not (cohort.trainer_id == request.user.pk or request.user.has_perm("courses.change_cohort")):
            raise PermissionDenied
        action = request.POST.get("action")
        if action == "add_session":
            session_form = SessionForm(request.POST)
            if session_form.is_valid():
                CohortSession.objects.create(cohort=cohort, **session_form.cleaned_data)
                messages.success(request, _("Session added."))
            else:
                messages.error(request, _("Give the session a title and a date."))
            return redirect("courses_cohort_learners", cohort_id=cohort.pk)
        if action == "attendance":
            session = get_object_or_404(CohortSession, pk=request.POST.get("session"), cohort=cohort)
            present = {int(v) for v in request.POST.getlist("present") if v.isdigit()}
            services.attendance_mark(session=session, present_user_ids=present, actor=request.user)
            messages.success(request, _("Attendance saved for %(session)s.") % {"session": session.title})
            return redirect("courses_cohort_learners", cohort_id=cohort.pk)
        if form.is_valid():
            try:
                enrolled = services.cohort_enrol_csv(cohort=cohort, file=form.cleaned_data["file"], actor=request.user)
            except ValidationError as error:
                for message in error.messages:
                    form.add_error("file", message)
            else:
                messages.success(request, _("%(n)s learners are now in this cohort.") % {"n": len(enrolled)})
                return redirect("courses_cohort_learners", cohort_id=cohort.pk)
    result = _learners(request, course, cohort)
    if not isinstance(result, dict):
        return result
    return TemplateResponse(
        request,
        "courses/admin/learners.html",
        {
            "course": course,
            "cohort": cohort,
            "form": form,
            "session_form": SessionForm(),
            "sessions": selectors.cohort_attendance(cohort=cohort),
            "page_title": cohort.name,
            **result,
        },
        status=400 if form.errors else 200,
    )
