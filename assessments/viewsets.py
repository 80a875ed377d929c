from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Question, QuestionCategory, Scenario


class QuestionViewSet(ModelViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["name", "qtype", "category", "version", "updated_at"]
    list_filter = ["qtype", "category"]
    search_fields = ["name", "text"]
    inspect_view_enabled = True
    copy_view_enabled = True


class QuestionCategoryViewSet(ModelViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name", "parent"]
    search_fields = ["name"]
    form_fields = ["name", "parent", "description"]


class ScenarioViewSet(ModelViewSet):
    model = Scenario
    icon = "user"
    menu_label = _("Scenarios")
    list_display = ["title"]
    search_fields = ["title"]


class QuestionBankGroup(ViewSetGroup):
    menu_label = _("Question bank")
    menu_icon = "help"
    menu_order = 240
    items = (QuestionViewSet("questions"), QuestionCategoryViewSet("question_categories"), ScenarioViewSet("scenarios"))
