from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.menu import PermissionMenuItem

from . import admin_views
from .viewsets import QuestionBankGroup


@hooks.register("register_admin_viewset")
def register_question_bank():
    return QuestionBankGroup()


@hooks.register("register_admin_urls")
def register_assessment_admin_urls():
    return [
        path("quizzes/grading/", admin_views.grading_queue_view, name="assessments_grading"),
        path("quizzes/grading/<int:aq_id>/", admin_views.grade_answer, name="assessments_grade"),
        path("quizzes/<int:quiz_id>/insight/", admin_views.quiz_insight, name="assessments_insight"),
        path("quizzes/import/", admin_views.import_questions_view, name="assessments_import"),
        path("quizzes/export/<int:category_id>/", admin_views.export_category, name="assessments_export"),
    ]


@hooks.register("register_admin_menu_item")
def register_grading_menu_item():
    return PermissionMenuItem(
        _("Marking and quiz results"),
        reverse("assessments_grading"),
        icon_name="tasks",
        order=245,
        perms=("assessments.change_question",),
    )


@hooks.register("register_page_listing_buttons")
def quiz_insight_button(page, user, next_url=None, **kwargs):
    from wagtail.admin.widgets import PageListingButton

    from .models import QuizPage

    if page.specific_class is QuizPage:
        yield PageListingButton(_("Results"), reverse("assessments_insight", args=[page.pk]), priority=60)
