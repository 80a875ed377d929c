import pytest

from courses.models import CourseCatalogue, CoursePage, LessonPage, ModulePage
from home.models import HomePage


def make_catalogue():
    catalogue = CourseCatalogue.objects.first()
    if catalogue is None:
        catalogue = HomePage.objects.first().add_child(instance=CourseCatalogue(title="Courses", slug="courses"))
    return catalogue


def make_course(title="Foundations", lessons=3, owner=None, module=True, **fields):
    """A live course with one module holding `lessons` lessons; returns (course, [lessons])."""
    catalogue = make_catalogue()
    course = catalogue.add_child(instance=CoursePage(title=title, summary=f"About {title}.", owner=owner, **fields))
    parent = course.add_child(instance=ModulePage(title="Module one", owner=owner)) if module else course
    made = [
        parent.add_child(
            instance=LessonPage(
                title=f"{title} lesson {i + 1}",
                body=[
                    ("rich_text", "<p>Listen calmly and without judgement.</p>"),
                    ("reflection", {"prompt": "What did you notice?", "hint": ""}),
                ],
                owner=owner,
            )
        )
        for i in range(lessons)
    ]
    return course, made


@pytest.fixture
def course_with_lessons(db):
    return make_course()
