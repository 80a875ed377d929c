import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def page(page, live_server):
    """A Chromium page with a short default timeout, on a phone-sized screen."""
    page.set_default_timeout(10_000)
    page.set_viewport_size({"width": 390, "height": 844})
    return page
