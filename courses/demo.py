"""Demo content for courses: the four courses of DOMAIN.md, a cohort, varied progress.

Called by `manage.py load_demo`. Safe to run again: existing courses are
kept as they are, enrolments and progress are only added.
"""

import io
import random
from datetime import date

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents.models import Document
from wagtail.images.models import Image

from accounts.models import Province

from . import services
from .demo_content import COHORT, COURSES, RESOURCES
from .models import Cohort, CohortSession, CourseCatalogue, CoursePage, EnrolmentMode, LessonPage, ModulePage

User = get_user_model()
FONT = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"

DIAGRAMS = {
    "referral-chain": {
        "title": "The VSO in the referral chain",
        "kind": "chain",
        "steps": [
            ("Survivor and family", ""),
            ("Victim Support Officer", "connects and follows up"),
            ("Services", "Health · Police and prosecution · Social welfare and Bait-ul-Maal · Legal aid · Counselling"),
        ],
    },
    "pfa-steps": {
        "title": "Psychological first aid",
        "kind": "chain",
        "steps": [
            ("Prepare", "learn about the situation and services"),
            ("Look", "safety, urgent needs, severe distress"),
            ("Listen", "approach, ask, help people feel calm"),
            ("Link", "services, information, loved ones"),
        ],
    },
    "self-care-wheel": {
        "title": "Caring for the carer",
        "kind": "wheel",
        "steps": [
            ("Body", ""),
            ("Mind", ""),
            ("Feelings", ""),
            ("Relationships", ""),
            ("Spirit and meaning", ""),
            ("Work", ""),
        ],
    },
}
INK, BRAND, WASH = "#1d2330", "#0b5f5a", "#e6f0ef"


def _font(path, size):
    from PIL import ImageFont

    try:
        return ImageFont.truetype(path, size)
    except OSError:
        return ImageFont.load_default()


def _wrap(draw, text, font, width):
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) > width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines


def _centred(draw, lines, font, cx, y, fill, spacing):
    for text in lines:
        draw.text((cx - draw.textlength(text, font=font) / 2, y), text, fill=fill, font=font)
        y += spacing
    return y


def _diagram_png(key: str) -> bytes:
    """A calm diagram that matches its alternative text: labelled boxes in a chain, or a wheel."""
    import math

    from PIL import Image as PILImage
    from PIL import ImageDraw

    spec = DIAGRAMS[key]
    width, height = 1200, 640
    img = PILImage.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(img)
    draw.text((60, 36), spec["title"], fill="#08443f", font=_font(FONT_BOLD, 44))
    steps = spec["steps"]
    bold, small = _font(FONT_BOLD, 30), _font(FONT, 24)
    if spec["kind"] == "chain":
        n, gap = len(steps), 40
        box_w = (width - 120 - gap * (n - 1)) // n
        for i, (label, sub) in enumerate(steps):
            x = 60 + i * (box_w + gap)
            draw.rounded_rectangle((x, 150, x + box_w, 580), radius=24, fill=WASH, outline=BRAND, width=4)
            y = _centred(draw, _wrap(draw, label, bold, box_w - 40), bold, x + box_w / 2, 190, INK, 40)
            parts = sub.split(" · ") if " · " in sub else _wrap(draw, sub, small, box_w - 40)
            lines = [line for part in parts for line in _wrap(draw, part, small, box_w - 40)]
            _centred(draw, lines, small, x + box_w / 2, y + 24, "#4a5263", 34)
            if i < n - 1:
                ax = x + box_w + 6
                draw.polygon([(ax, 350), (ax + gap - 12, 365), (ax, 380)], fill=BRAND)
    else:
        cx, cy, r = width / 2, 360, 250
        n = len(steps)
        fills = ["#e6f0ef", "#eef6f2", "#fff8ef", "#e6f0ef", "#eef6f2", "#fff8ef"]
        for i, (label, _sub) in enumerate(steps):
            start = -90 + i * 360 / n
            draw.pieslice(
                (cx - r, cy - r, cx + r, cy + r), start, start + 360 / n, fill=fills[i % 6], outline=BRAND, width=4
            )
            angle = math.radians(start + 180 / n)
            lx, ly = cx + math.cos(angle) * r * 0.66, cy + math.sin(angle) * r * 0.66
            lines = _wrap(draw, label, small, 150)
            _centred(draw, lines, small, lx, ly - 17 * len(lines), INK, 32)
        draw.ellipse((cx - 70, cy - 70, cx + 70, cy + 70), fill="#ffffff", outline=BRAND, width=4)
        _centred(draw, ["You"], bold, cx, cy - 20, INK, 40)
    buffer = io.BytesIO()
    img.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _resource_pdf(key: str) -> bytes:
    from weasyprint import HTML

    resource = RESOURCES[key]
    html = (
        "<html><head><style>@page{size:A4;margin:2cm}body{font-family:'Noto Sans',sans-serif;font-size:11pt;"
        "color:#1d2330}h1{color:#08443f;font-size:20pt}</style></head><body>"
        f"{resource['html']}<p style='color:#4a5263;font-size:9pt'>VSO Academy</p></body></html>"
    )
    return HTML(string=html).write_pdf()


def _image(key: str, alt: str) -> Image:
    title = DIAGRAMS[key]["title"]
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title)
        image.file = ImageFile(io.BytesIO(_diagram_png(key)), name=f"{key}.png")
        image.save()
    return image


def _document(key: str) -> Document:
    title = RESOURCES[key]["title"]
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file = ContentFile(_resource_pdf(key), name=f"{key}.pdf")
        document.save()
    return document


def _body(blocks: list) -> list:
    """Turn the plain demo data into StreamField values."""
    body = []
    for block_type, value in blocks:
        if block_type == "image":
            image = _image(value["key"], value["alt"])
            body.append(
                (
                    "image",
                    {
                        "image": {"image": image, "decorative": False, "alt_text": value["alt"]},
                        "caption": value.get("caption", ""),
                    },
                )
            )
        elif block_type == "resource":
            body.append(
                (
                    "resource",
                    {
                        "document": _document(value["key"]),
                        "title": value["title"],
                        "description": value.get("description", ""),
                    },
                )
            )
        elif block_type == "quiz_link":
            continue  # added by the assessments demo, which creates the quiz pages
        else:
            body.append((block_type, value))
    return body


def _catalogue() -> CourseCatalogue:
    from home.models import HomePage

    catalogue = CourseCatalogue.objects.first()
    if catalogue is None:
        home = HomePage.objects.first()
        catalogue = home.add_child(
            instance=CourseCatalogue(
                title="Courses",
                slug="courses",
                intro="Short, practical courses for Victim Support Officers. Learn at your own pace, on any phone.",
            )
        )
    return catalogue


def _course(catalogue, data, trainer) -> CoursePage:
    course = CoursePage.objects.child_of(catalogue).filter(slug=data["slug"]).first()
    if course is not None:
        return course.specific
    course = catalogue.add_child(
        instance=CoursePage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            learning_outcomes="<ul>" + "".join(f"<li>{o}</li>" for o in data["outcomes"]) + "</ul>",
            audience=data["audience"],
            estimated_minutes=data["estimated_minutes"],
            content_note=data.get("content_note", ""),
            enrolment_mode=EnrolmentMode(data.get("enrolment", "open")),
            enrolment_key=data.get("enrolment_key", ""),
            owner=trainer,
        )
    )
    for module_data in data["modules"]:
        module = course.add_child(
            instance=ModulePage(title=module_data["title"], summary=module_data.get("summary", ""), owner=trainer)
        )
        for lesson in module_data["lessons"]:
            module.add_child(
                instance=LessonPage(
                    title=lesson["title"],
                    slug=lesson["slug"],
                    estimated_minutes=lesson["estimated_minutes"],
                    is_required=lesson.get("required", True),
                    content_note=lesson.get("content_note", ""),
                    body=_body(lesson["body"]),
                    owner=trainer,
                )
            )
    course.save_revision(user=trainer, log_action=True)
    return course


def load(*, stdout, password):
    trainer = User.objects.get(email="trainer@example.org")
    catalogue = _catalogue()
    services.review_workflow_ensure(catalogue=catalogue)
    courses = {data["slug"]: _course(catalogue, data, trainer) for data in COURSES}
    for data in COURSES:
        prerequisites = [courses[s] for s in data.get("prerequisites", [])]
        if prerequisites and not courses[data["slug"]].prerequisites.exists():
            course = courses[data["slug"]]
            course.prerequisites.set(prerequisites)
            course.save()

    cohort, _created = Cohort.objects.get_or_create(
        enrolment_key=COHORT["enrolment_key"],
        defaults={
            "name": COHORT["name"],
            "course": courses[COHORT["course"]],
            "trainer": trainer,
            "province": Province.objects.get(code=COHORT["province"]),
            "starts_on": date.fromisoformat(COHORT["starts_on"]),
            "ends_on": date.fromisoformat(COHORT["ends_on"]),
        },
    )
    _progress(courses, cohort, trainer)
    if not cohort.sessions.exists():
        members = set(cohort.enrollments.values_list("user_id", flat=True))
        for day, title in ((10, "Day 1: Psychological first aid in practice"), (11, "Day 2: Role plays and referrals")):
            session = CohortSession.objects.create(cohort=cohort, title=title, date=date(2025, 2, day))
            services.attendance_mark(
                session=session, present_user_ids=set(sorted(members)[: max(1, len(members) - 1)]), actor=trainer
            )
    stdout.write(
        f"  Courses: {len(courses)} demo courses at {catalogue.url}; cohort “{cohort.name}” (key {cohort.enrolment_key})."
    )


def _complete_items(user, course, count):
    from .selectors import course_items

    for item in course_items(course=course)[:count]:
        if isinstance(item, LessonPage) and not item.completing_quiz_id:
            services.item_complete(user=user, page=item)


def _progress(courses, cohort, trainer):
    """Demo learners at varied stages: not started, part-way, completed."""
    foundations = courses["foundations-of-victim-support"]
    pfa = courses["trauma-informed-practice-and-pfa"]
    learner = User.objects.get(email="learner@example.org")
    services.enrollment_create(user=learner, course=foundations)
    _complete_items(learner, foundations, 99)
    services.enrollment_create(user=learner, course=pfa)
    _complete_items(learner, pfa, 1)

    learner_kp = User.objects.get(email="learner.kp@example.org")
    services.enrollment_create(user=learner_kp, course=foundations)
    _complete_items(learner_kp, foundations, 2)

    rng = random.Random(7)  # noqa: S311 (demo data)
    others = list(User.objects.filter(email__startswith="vso", email__endswith="@example.org").order_by("email"))
    for i, user in enumerate(others):
        services.enrollment_create(user=user, course=foundations)
        done = rng.choice([0, 1, 2, 3, 99, 99])
        _complete_items(user, foundations, done)
        if i % 3 == 0:
            services.enrollment_create(user=user, course=pfa, cohort=cohort, enrolled_by=trainer)
            _complete_items(user, pfa, rng.choice([0, 1, 2, 99]))
