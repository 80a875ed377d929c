"""Writes for the site itself."""

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from .models import HomePage


@transaction.atomic
def site_ensure() -> HomePage:
    """Make sure the page tree has a home page and a default site (after a flush, say)."""
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        if root is None:
            root = Page.add_root(title="Root", slug="root")
        home = root.add_child(
            instance=HomePage(
                title="VSO Academy",
                slug="home",
                intro="Training and certification for Victim Support Officers who help survivors of terrorist attacks and their families.",
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="VSO Academy"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home
