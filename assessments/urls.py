from django.urls import path

from . import views

app_name = "assessments"

urlpatterns = [
    path("attempts/<uuid:public_id>/", views.attempt_take, name="attempt"),
    path("attempts/<uuid:public_id>/answer/", views.answer_autosave, name="autosave"),
    path("attempts/<uuid:public_id>/result/", views.attempt_result, name="result"),
]
