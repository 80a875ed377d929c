from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse

from .selectors import user_is_staff_role


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """Trainers and administrators start in the admin; learners in "My learning"."""
        url = super().get_login_redirect_url(request)
        if url == reverse("courses:my_learning") and user_is_staff_role(user=request.user):
            return reverse("wagtailadmin_home")
        return url
