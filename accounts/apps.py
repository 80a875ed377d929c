from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts and roles")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import roles

        # Permissions of later apps exist only after their migrations, and a
        # test database flush empties every table: keep groups and places
        # whole after each migrate or flush (both send post_migrate).
        post_migrate.connect(roles.ensure_reference_data, dispatch_uid="accounts_reference_data")
