"""Site-structure pages (home, catalogue) are changed by administrators only.

Trainers hold "add" and "change" on the page tree so they can write
courses; these testers keep them off the pages that frame the site.
"""

from wagtail.models import PagePermissionTester


class AdministratorsOnlyPermissionTester(PagePermissionTester):
    """Everything needs "publish" on the page (administrators), except what `allow_add` permits."""

    allow_add = False

    def _is_admin(self):
        return self.user.is_active and (self.user.is_superuser or "publish" in self.permissions)

    def can_edit(self):
        return self._is_admin() and super().can_edit()

    def can_delete(self, ignore_bulk=False):
        return self._is_admin() and super().can_delete(ignore_bulk=ignore_bulk)

    def can_move(self):
        return self._is_admin() and super().can_move()

    def can_copy(self):
        return self._is_admin() and super().can_copy()

    def can_unpublish(self):
        return self._is_admin() and super().can_unpublish()

    def can_submit_for_moderation(self):
        return self._is_admin() and super().can_submit_for_moderation()

    def can_add_subpage(self):
        return (self.allow_add or self._is_admin()) and super().can_add_subpage()


class CatalogueAllowsNewCoursesPermissionTester(AdministratorsOnlyPermissionTester):
    allow_add = True
