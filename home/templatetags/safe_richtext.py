"""Rich text rendered through an allow-list, whatever was stored.

Wagtail's editor already cleans what authors type; content that arrives
any other way (imports, the API, a crafted POST) is cleaned here before it
reaches a browser.
"""

import nh3
from django import template
from django.utils.safestring import mark_safe
from wagtail.templatetags.wagtailcore_tags import richtext

register = template.Library()

TAGS = {"p", "h2", "h3", "h4", "strong", "b", "em", "i", "ul", "ol", "li", "a", "blockquote", "br", "hr", "span"}
ATTRIBUTES = {"a": {"href", "title"}, "*": {"lang", "dir"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


@register.filter
def safe_richtext(value):
    html = str(richtext(value)) if value else ""
    cleaned = nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel="noopener noreferrer")
    return mark_safe(cleaned)  # noqa: S308 (cleaned by nh3 just above)
