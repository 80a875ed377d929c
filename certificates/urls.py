from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_form, name="verify"),
    path("verify/<str:code>/", views.verify_code, name="verify_code"),
    path("verify/<str:code>/picture.png", views.verify_picture, name="verify_picture"),
    path("certificates/<str:code>/pdf/", views.certificate_pdf, name="pdf"),
]
