from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import hooks, selectors, services
from .models import CourseCatalogue, EnrollmentStatus, LessonPage

CONTENT_NOTE_SESSION_KEY = "vso_content_notes_seen"


@login_required
def my_learning(request):
    """The learner's own courses, progress and certificates."""
    context = selectors.my_learning(user=request.user)
    catalogue = CourseCatalogue.objects.live().first()
    context["catalogue_url"] = catalogue.url if catalogue else ""
    context["panels"] = [panel for provider in hooks.my_learning_panels if (panel := provider(request.user))]
    return render(request, "courses/my_learning.html", context)


def _errors(error: ValidationError) -> str:
    return " ".join(error.messages)


def course_action(request, course):
    """POST on a course page: enrol (with an optional key) or unenrol."""
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    action = request.POST.get("action")
    try:
        if action == "enrol":
            enrollment = services.enrollment_create(user=request.user, course=course, key=request.POST.get("key", ""))
            messages.success(request, _("You are enrolled. Start whenever you are ready."))
            if enrollment.cohort:
                messages.info(request, _("You joined %(cohort)s.") % {"cohort": enrollment.cohort.name})
        elif action == "unenrol":
            services.enrollment_withdraw(user=request.user, course=course)
            messages.success(request, _("You have left this course. Your progress is kept if you come back."))
        else:
            return HttpResponseBadRequest(_("Unknown action."))
    except ValidationError as error:
        messages.error(request, _errors(error))
    return redirect(course.url)


def lesson_serve(request, lesson: LessonPage, render_page):
    """Show a lesson to an enrolled learner, after its content note if it has one."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    context = selectors.lesson_page_context(lesson=lesson, user=request.user)
    request._lesson_context = context
    course = context["course"]
    if context["enrollment"] is None:
        messages.info(request, _("Enrol in this course to open its lessons."))
        return redirect(course.url if course else "/")
    if request.method == "POST":
        return _lesson_action(request, lesson, context)
    services.position_visit(enrollment=context["enrollment"], lesson=lesson)
    seen = request.session.get(CONTENT_NOTE_SESSION_KEY, [])
    if lesson.content_note and lesson.pk not in seen:
        if request.GET.get("note") == "continue":
            request.session[CONTENT_NOTE_SESSION_KEY] = [*seen, lesson.pk][-200:]
        else:
            return TemplateResponse(request, "courses/content_note.html", {"page": lesson, "self": lesson, **context})
    return render_page(request)


def _lesson_action(request, lesson, context):
    action = request.POST.get("action")
    try:
        if action == "complete":
            enrollment = services.item_complete(user=request.user, page=lesson)
            if enrollment.status == EnrollmentStatus.COMPLETED:
                messages.success(request, _("Well done: you have completed the course."))
                return redirect(context["course"].url)
            messages.success(request, _("Lesson marked as complete."))
            next_item = context["next_item"]
            return redirect(next_item.url if next_item else context["course"].url)
        if action == "pause":
            services.position_save(user=request.user, lesson=lesson, block_id=request.POST.get("position", ""))
            messages.success(
                request, _("Paused. Your place is saved; “Continue” brings you back here whenever you are ready.")
            )
            return redirect("courses:my_learning")
        if action == "reflection":
            services.reflection_save(
                user=request.user,
                lesson=lesson,
                block_id=request.POST.get("block_id", ""),
                text=request.POST.get("text", ""),
            )
            messages.success(request, _("Your reflection is saved. Only you can see it."))
            return redirect(f"{lesson.url}#block-{request.POST.get('block_id', '')}")
        if action == "skip":
            next_item = context["next_item"]
            return redirect(next_item.url if next_item else context["course"].url)
    except ValidationError as error:
        messages.error(request, _errors(error))
        return redirect(lesson.url)
    except PermissionDenied:
        raise
    return HttpResponseBadRequest(_("Unknown action."))
