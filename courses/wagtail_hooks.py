from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .viewsets import cohort_viewset


@hooks.register("register_admin_urls")
def register_course_admin_urls():
    return [
        path("learning/courses/", admin_views.my_courses, name="courses_my_courses"),
        path("learning/courses/<int:course_id>/learners/", admin_views.course_learners, name="courses_course_learners"),
        path("learning/cohorts/<int:cohort_id>/learners/", admin_views.cohort_learners, name="courses_cohort_learners"),
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin") and (
            request.user.has_perm("courses.view_cohort") or request.user.is_superuser
        )


@hooks.register("register_admin_menu_item")
def register_learners_menu_item():
    return StaffMenuItem(_("Learners"), reverse("courses_my_courses"), icon_name="group", order=250)


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return cohort_viewset
