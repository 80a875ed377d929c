from django.contrib.auth.decorators import login_required
from django.shortcuts import render


@login_required
def my_learning(request):
    """The learner's own courses, progress and certificates."""
    return render(request, "courses/my_learning.html", {})
