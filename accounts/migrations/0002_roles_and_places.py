"""Create the role groups with their permissions, and load provinces and districts."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from accounts.roles import load_places, sync_role_groups


def forwards(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now
    # so the groups get theirs. Apps migrated later are covered by the
    # post_migrate sync in accounts.apps.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_role_groups(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))
    load_places(apps.get_model("accounts", "Province"), apps.get_model("accounts", "District"))


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Trainers", "Provincial administrators", "National administrators"]
    ).delete()
    apps.get_model("accounts", "District").objects.all().delete()
    apps.get_model("accounts", "Province").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(forwards, backwards)]
