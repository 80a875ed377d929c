from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    """An admin menu item shown to users holding any of the given permissions."""

    def __init__(self, *args, perms: tuple[str, ...], **kwargs):
        super().__init__(*args, **kwargs)
        self.perms = perms

    def is_shown(self, request):
        return any(request.user.has_perm(perm) for perm in self.perms)
