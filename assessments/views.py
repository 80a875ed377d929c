from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import selectors, services
from .models import AttemptStatus


def quiz_serve(request, quiz, render_page):
    """The quiz's front page; POST starts (or resumes) an attempt."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method == "POST":
        try:
            attempt = services.attempt_start(user=request.user, quiz=quiz)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(quiz.url)
        except PermissionDenied:
            messages.info(request, _("Enrol in this course to take its quizzes."))
            return redirect(quiz.url)
        return redirect("assessments:attempt", public_id=attempt.public_id)
    return render_page(request)


def _attempt_or_404(request, public_id):
    if not request.user.is_authenticated:
        raise Http404
    attempt = selectors.attempt_for_user(public_id=public_id, user=request.user)
    if attempt is None:
        raise Http404  # someone else's attempt looks exactly like none at all
    return attempt


def _answers_from_post(post, attempt) -> dict[int, dict]:
    answers: dict[int, dict] = {}
    for aq in attempt.questions.all():
        prefix = f"q{aq.position}-"
        raw: dict = {}
        if f"{prefix}choice" in post:
            raw["choice"] = post.get(f"{prefix}choice")
        if f"{prefix}choices" in post or f"{prefix}choices-present" in post:
            raw["choices"] = post.getlist(f"{prefix}choices")
        if f"{prefix}value" in post:
            raw["value"] = post.get(f"{prefix}value")
        if f"{prefix}text" in post:
            raw["text"] = post.get(f"{prefix}text")
        matches = {
            key[len(prefix) + 6 :]: value for key, value in post.items() if key.startswith(f"{prefix}match-") and value
        }
        if matches:
            raw["matches"] = matches
        if raw:
            answers[aq.position] = raw
    return answers


def attempt_take(request, public_id):
    """Answer the questions of an open attempt; answers are saved as you go and on submit."""
    attempt = _attempt_or_404(request, public_id)
    attempt = services.attempt_close_if_expired(attempt=attempt)
    if attempt.status != AttemptStatus.IN_PROGRESS:
        return redirect("assessments:result", public_id=attempt.public_id)
    if request.method == "POST":
        answers = _answers_from_post(request.POST, attempt)
        if request.POST.get("action") == "submit":
            try:
                attempt = services.attempt_submit(attempt=attempt, user=request.user, answers=answers)
                messages.success(request, _("Your answers are submitted."))
            except services.AlreadySubmitted:
                messages.info(request, _("This attempt was already submitted; it was counted once."))
            return redirect("assessments:result", public_id=attempt.public_id)
        saved = 0
        for position, raw in answers.items():
            try:
                services.answer_save(attempt=attempt, user=request.user, position=position, raw=raw)
                saved += 1
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
                break
        else:
            messages.success(request, _("Your answers are saved. You can come back and finish later."))
        return redirect("assessments:attempt", public_id=attempt.public_id)
    return TemplateResponse(
        request,
        "assessments/attempt.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "questions": selectors.attempt_questions_public(attempt=attempt),
            "grace_seconds": attempt.quiz.grace_seconds,
        },
    )


@require_POST
def answer_autosave(request, public_id):
    """Save one answer from the page's script; answers only "saved" or why not, never whether it is right."""
    attempt = _attempt_or_404(request, public_id)
    try:
        position = int(request.POST.get("position", ""))
    except ValueError:
        return HttpResponseBadRequest(_("Missing question number."))
    answers = _answers_from_post(request.POST, attempt)
    if not attempt.questions.filter(position=position).exists():
        return HttpResponseBadRequest(_("No such question in this attempt."))
    try:
        services.answer_save(attempt=attempt, user=request.user, position=position, raw=answers.get(position, {}))
    except ValidationError as error:
        return JsonResponse({"saved": False, "message": " ".join(error.messages)}, status=409)
    return JsonResponse({"saved": True})


def attempt_result(request, public_id):
    """A submitted attempt: the result, and answers and feedback when the quiz allows."""
    attempt = _attempt_or_404(request, public_id)
    attempt = services.attempt_close_if_expired(attempt=attempt)
    if attempt.status == AttemptStatus.IN_PROGRESS:
        return redirect("assessments:attempt", public_id=attempt.public_id)
    context = selectors.quiz_page_context(quiz=attempt.quiz, user=request.user)
    context.update(selectors.attempt_review(attempt=attempt))
    context.update({"attempt": attempt, "quiz": attempt.quiz, "quiz_url": attempt.quiz.url})
    return TemplateResponse(request, "assessments/result.html", context)
