from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.profile_edit, name="profile"),
    path("complete/", views.profile_edit, name="profile_complete"),
]
