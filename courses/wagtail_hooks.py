from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.menu import PermissionMenuItem

from . import admin_views
from .viewsets import cohort_viewset


@hooks.register("register_admin_urls")
def register_course_admin_urls():
    return [
        path("learning/courses/", admin_views.my_courses, name="courses_my_courses"),
        path("learning/courses/<int:course_id>/learners/", admin_views.course_learners, name="courses_course_learners"),
        path("learning/cohorts/<int:cohort_id>/learners/", admin_views.cohort_learners, name="courses_cohort_learners"),
    ]


@hooks.register("register_admin_menu_item")
def register_learners_menu_item():
    return PermissionMenuItem(
        _("Learners"), reverse("courses_my_courses"), icon_name="group", order=250, perms=("courses.view_cohort",)
    )


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return cohort_viewset
