"""Wagtail admin pages for trainers: marking essays, quiz results, import and export."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from courses.permissions import course_for_page, user_can_follow_course

from . import importing, selectors, services
from .forms import GradeForm, ImportQuestionsForm
from .grading import public_view
from .models import AttemptQuestion, QuestionCategory, QuizPage


def _require_bank_access(user):
    if not user.has_perm("assessments.change_question"):
        raise PermissionDenied


def grading_queue_view(request):
    """Essay answers waiting for a mark, and the quizzes of the trainer's courses."""
    _require_bank_access(request.user)
    from courses.selectors import courses_for_trainer

    paths = [c.path for c in courses_for_trainer(user=request.user)]
    quizzes = [q for q in QuizPage.objects.all().order_by("path") if any(q.path.startswith(p) for p in paths)]
    return TemplateResponse(
        request,
        "assessments/admin/grading_queue.html",
        {
            "queue": selectors.grading_queue(user=request.user)[:200],
            "quizzes": quizzes,
            "page_title": _("Marking and quiz results"),
        },
    )


def grade_answer(request, aq_id):
    """Mark one essay answer; the learner sees the mark and comment when the review rule allows."""
    _require_bank_access(request.user)
    aq = get_object_or_404(AttemptQuestion.objects.select_related("attempt__quiz", "attempt__user"), pk=aq_id)
    if not user_can_follow_course(request.user, course_for_page(aq.attempt.quiz)):
        raise PermissionDenied
    form = GradeForm(
        request.POST or None, max_mark=aq.max_mark, initial={"mark": aq.mark, "comment": aq.grader_comment}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.essay_grade(
                aq=aq, grader=request.user, mark=form.cleaned_data["mark"], comment=form.cleaned_data["comment"]
            )
        except ValidationError as error:
            form.add_error("mark", error)
        else:
            messages.success(request, _("Mark saved."))
            return redirect("assessments_grading")
    return TemplateResponse(
        request,
        "assessments/admin/grade.html",
        {"aq": aq, "view": public_view(aq.snapshot), "form": form, "page_title": _("Mark an answer")},
        status=400 if form.errors else 200,
    )


def quiz_insight(request, quiz_id):
    """Attempts, pass rate, score distribution, and facility and discrimination per question."""
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    if not user_can_follow_course(request.user, course_for_page(quiz)):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "assessments/admin/insight.html",
        {"quiz": quiz, "page_title": quiz.title, **selectors.quiz_insight(quiz=quiz, viewer=request.user)},
    )


def import_questions_view(request):
    """Upload a GIFT or CSV file: every question is imported, or none with line-numbered errors."""
    _require_bank_access(request.user)
    if not request.user.has_perm("assessments.add_question"):
        raise PermissionDenied
    form = ImportQuestionsForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        importer = importing.import_gift if form.cleaned_data["format"] == "gift" else importing.import_csv
        try:
            created = importer(
                form.cleaned_data["file"], default_category=form.cleaned_data["category"], actor=request.user
            )
        except importing.ImportFailed as failure:
            errors = failure.errors
        else:
            messages.success(request, _("%(n)s questions imported.") % {"n": len(created)})
            return redirect("questions:index")
    return TemplateResponse(
        request,
        "assessments/admin/import.html",
        {
            "form": form,
            "errors": errors,
            "categories": QuestionCategory.objects.all(),
            "page_title": _("Import questions"),
        },
        status=400 if (errors or form.errors) else 200,
    )


def export_category(request, category_id):
    """Download a category (and its sub-categories) as a GIFT file."""
    _require_bank_access(request.user)
    category = get_object_or_404(QuestionCategory, pk=category_id)
    try:
        text = importing.export_category_gift(category)
    except ValueError as error:
        messages.error(request, _("This category cannot be written as GIFT: %(reason)s") % {"reason": error})
        return redirect("assessments_import")
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(category.name) or "questions"}.gift.txt"'
    return response
