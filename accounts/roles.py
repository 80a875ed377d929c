"""The four roles, their permissions, and the reference data they rest on.

Learner is everyone; the other three are Django groups. The same functions
run from the data migration (historical models) and after every migrate or
flush, so groups, permissions and places are always whole.
"""

import json
from pathlib import Path

from django.db import models
from django.utils.translation import gettext_lazy as _

PLACES_FILE = Path(__file__).parent / "data" / "places.json"


class Role(models.TextChoices):
    LEARNER = "learner", _("Learner")
    TRAINER = "trainer", _("Trainer")
    PROVINCIAL_ADMIN = "provincial_admin", _("Provincial administrator")
    NATIONAL_ADMIN = "national_admin", _("National administrator")


# Group name for each role that is a group (learner is everyone).
ROLE_GROUPS = {
    Role.TRAINER: "Trainers",
    Role.PROVINCIAL_ADMIN: "Provincial administrators",
    Role.NATIONAL_ADMIN: "National administrators",
}

# Model permissions as "app_label.codename". Permissions of apps that are not
# installed yet are skipped and added once they are.
_AUTHOR = [
    "wagtailadmin.access_admin",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
ROLE_PERMISSIONS = {
    Role.TRAINER: [
        *_AUTHOR,
        "courses.add_cohort",
        "courses.change_cohort",
        "courses.view_cohort",
        "assessments.add_question",
        "assessments.change_question",
        "assessments.view_question",
        "assessments.add_questioncategory",
        "assessments.change_questioncategory",
        "assessments.view_questioncategory",
        "assessments.add_quiz",
        "assessments.change_quiz",
        "assessments.view_quiz",
        "certificates.view_certificate",
    ],
    Role.PROVINCIAL_ADMIN: [
        "wagtailadmin.access_admin",
        "accounts.view_province_reports",
        "courses.view_cohort",
        "certificates.view_certificate",
    ],
    Role.NATIONAL_ADMIN: [
        *_AUTHOR,
        "accounts.assign_roles",
        "accounts.view_all_reports",
        "accounts.view_province_reports",
        "accounts.view_auditevent",
        "courses.add_cohort",
        "courses.change_cohort",
        "courses.view_cohort",
        "assessments.add_question",
        "assessments.change_question",
        "assessments.view_question",
        "assessments.add_questioncategory",
        "assessments.change_questioncategory",
        "assessments.view_questioncategory",
        "assessments.add_quiz",
        "assessments.change_quiz",
        "assessments.view_quiz",
        "certificates.view_certificate",
        "certificates.change_certificate",
        "certificates.add_certificatetemplate",
        "certificates.change_certificatetemplate",
        "certificates.view_certificatetemplate",
    ],
}


def sync_role_groups(Group, Permission):  # noqa: N803 (model classes passed in)
    """Create the role groups and give each exactly its permissions."""
    for role, group_name in ROLE_GROUPS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        wanted = []
        for dotted in ROLE_PERMISSIONS[role]:
            app_label, codename = dotted.split(".")
            perm = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if perm is not None:
                wanted.append(perm)
        group.permissions.set(wanted)


def load_places(Province, District):  # noqa: N803
    """Load provinces and districts from places.json; safe to run again."""
    data = json.loads(PLACES_FILE.read_text(encoding="utf-8"))
    for order, item in enumerate(data["provinces"]):
        province, _created = Province.objects.update_or_create(
            code=item["code"], defaults={"name": item["name"], "name_ur": item.get("name_ur", ""), "sort_order": order}
        )
        existing = set(District.objects.filter(province=province).values_list("name", flat=True))
        District.objects.bulk_create(
            [
                District(province=province, name=d["name"], name_ur=d.get("name_ur", ""))
                for d in item["districts"]
                if d["name"] not in existing
            ]
        )


# Wagtail checks images, documents and pages per collection or page tree.
COLLECTION_PERMISSIONS = {
    Role.TRAINER: [
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
    ],
    Role.NATIONAL_ADMIN: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
}
ROOT_PAGE_PERMISSIONS = {
    # Trainers write courses; course pages narrow this to their own courses.
    Role.TRAINER: ["add_page", "change_page"],
    Role.NATIONAL_ADMIN: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}


def sync_wagtail_permissions():
    """Give role groups their collection and page-tree permissions."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    root_collection = Collection.get_first_root_node()
    root_page = Page.get_first_root_node()
    for role, dotted_names in COLLECTION_PERMISSIONS.items():
        group = Group.objects.get(name=ROLE_GROUPS[role])
        for dotted in dotted_names:
            app_label, codename = dotted.split(".")
            perm = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if root_collection and perm:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=perm
                )
    for role, codenames in ROOT_PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=ROLE_GROUPS[role])
        for codename in codenames:
            perm = Permission.objects.filter(content_type__app_label="wagtailcore", codename=codename).first()
            if root_page and perm:
                GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=perm)


def ensure_reference_data(sender, using="default", **kwargs):
    """Keep role groups and places whole after a migrate or a flush."""
    from django.apps import apps
    from django.contrib.auth.models import Group, Permission

    # Run once, after the last app's permissions exist.
    last = [config for config in apps.get_app_configs() if config.models_module is not None][-1]
    if sender.label != last.label:
        return

    from .models import District, Province

    sync_role_groups(Group, Permission)
    sync_wagtail_permissions()
    if not Province.objects.using(using).exists():
        load_places(Province, District)
