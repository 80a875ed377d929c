"""Who may change a course in the Wagtail admin.

Wagtail grants page permissions per subtree. Trainers hold "add" and "change"
on the whole catalogue, so each course narrows that: only the course's
trainers (its owner and those added to it) may change the course or anything
inside it. Holders of "publish" (administrators) may change every course.
"""

from wagtail.models import PagePermissionTester

_EDIT_ACTIONS = [
    "can_edit",
    "can_add_subpage",
    "can_delete",
    "can_unpublish",
    "can_publish",
    "can_publish_subpage",
    "can_submit_for_moderation",
    "can_set_view_restrictions",
    "can_lock",
    "can_unlock",
    "can_move",
    "can_copy",
    "can_reorder_children",
    "can_view_revisions",
    "can_unschedule",
    "can_move_to",
    "can_copy_to",
]


def course_for_page(page):
    """The course a page belongs to (itself if it is one), or None."""
    from .models import CoursePage

    if isinstance(page, CoursePage):
        return page
    return CoursePage.objects.ancestor_of(page).first()


def user_can_author_course(user, course) -> bool:
    """True for the course's owner, its added trainers, and administrators."""
    if not user.is_active:
        return False
    if user.is_superuser or user.has_perm("accounts.view_all_reports"):
        return True
    if course is None or course.pk is None:
        return True  # a new course being created: its creator will own it
    return course.owner_id == user.pk or course.course_trainers.filter(user=user).exists()


class CoursePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        self._allowed = None

    def _course_allowed(self):
        if self._allowed is None:
            self._allowed = user_can_author_course(self.user, course_for_page(self.page))
        return self._allowed


def _guard(name):
    base = getattr(PagePermissionTester, name)

    def method(self, *args, **kwargs):
        return self._course_allowed() and base(self, *args, **kwargs)

    method.__name__ = name
    return method


for _name in _EDIT_ACTIONS:
    if hasattr(PagePermissionTester, _name):
        setattr(CoursePermissionTester, _name, _guard(_name))


def user_can_see_all_courses(user) -> bool:
    """Administrators follow every course; trainers only theirs."""
    return (
        user.is_superuser
        or user.has_perm("accounts.view_all_reports")
        or user.has_perm("accounts.view_province_reports")
    )


def user_can_follow_course(user, course) -> bool:
    """May see the learners of this course (trainers of it, administrators)."""
    return user_can_see_all_courses(user) or user_can_author_course(user, course)
