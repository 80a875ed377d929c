"""Load the demo: a login for every role and a few dozen varied learners.

Safe to run again: accounts are updated in place, never duplicated. Then
each installed app with a `demo.py` module adds its own content through that
module's `load(stdout=..., password=...)`, in INSTALLED_APPS order.
"""

import importlib
import importlib.util
import os
import random

from django.apps import apps
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand
from django.db import transaction

from accounts import services
from accounts.models import AgeBand, District, OrganisationType, Province, Sex
from accounts.roles import Role

DEFAULT_PASSWORD = "DemoPass-2025"  # noqa: S105 (documented demo password)

FEMALE = [
    "Ayesha",
    "Fatima",
    "Sana",
    "Nadia",
    "Rabia",
    "Saima",
    "Hina",
    "Mehwish",
    "Zainab",
    "Amina",
    "Shazia",
    "Farah",
]
MALE = ["Ahmed", "Bilal", "Imran", "Kamran", "Usman", "Tariq", "Asif", "Zahid", "Faisal", "Hamza", "Naveed", "Sajid"]
FAMILY = [
    "Khan",
    "Ahmed",
    "Hussain",
    "Baloch",
    "Shah",
    "Qureshi",
    "Memon",
    "Yousafzai",
    "Abbasi",
    "Butt",
    "Raza",
    "Mir",
]
URDU = {
    "Ayesha Khan": "عائشہ خان",
    "Bilal Ahmed": "بلال احمد",
    "Fatima Hussain": "فاطمہ حسین",
    "Imran Shah": "عمران شاہ",
}
DESIGNATIONS = {
    OrganisationType.POLICE: ["Sub-Inspector", "Assistant Sub-Inspector", "Lady Constable", "Inspector"],
    OrganisationType.CTD: ["Inspector", "Investigation Officer"],
    OrganisationType.HOME: ["Section Officer", "Victim Support Officer"],
    OrganisationType.PROSECUTION: ["Deputy District Public Prosecutor", "Assistant Public Prosecutor"],
    OrganisationType.HEALTH: ["Clinical Psychologist", "Medical Officer", "Lady Health Visitor"],
    OrganisationType.SOCIAL_WELFARE: ["Social Welfare Officer", "Case Worker"],
    OrganisationType.VICTIMS_ASSOCIATION: ["Coordinator", "Volunteer"],
    OrganisationType.NGO: ["Programme Officer", "Counsellor", "Field Officer"],
}
ORG_NAMES = {
    OrganisationType.POLICE: "{province} Police",
    OrganisationType.CTD: "Counter Terrorism Department, {province}",
    OrganisationType.HOME: "Home Department, {province}",
    OrganisationType.PROSECUTION: "Prosecution Department, {province}",
    OrganisationType.HEALTH: "District Health Authority {district}",
    OrganisationType.SOCIAL_WELFARE: "Social Welfare Department, {province}",
    OrganisationType.VICTIMS_ASSOCIATION: "Victims of Terrorism Association {district}",
    OrganisationType.NGO: "Sahara Support Network",
}

# Fixed people others rely on (README, tests of later issues).
STAFF = [
    ("trainer@example.org", "Samina", "Qureshi", Role.TRAINER, None),
    ("punjab.admin@example.org", "Asad", "Butt", Role.PROVINCIAL_ADMIN, "PK-PB"),
    ("kp.admin@example.org", "Gul", "Yousafzai", Role.PROVINCIAL_ADMIN, "PK-KP"),
    ("national.admin@example.org", "Rukhsana", "Abbasi", Role.NATIONAL_ADMIN, None),
]
NAMED_LEARNERS = [
    # email, first, last, sex, province code, district, organisation type
    ("learner@example.org", "Ayesha", "Khan", Sex.FEMALE, "PK-PB", "Lahore", OrganisationType.POLICE),
    ("learner.kp@example.org", "Imran", "Shah", Sex.MALE, "PK-KP", "Peshawar", OrganisationType.SOCIAL_WELFARE),
]


class Command(BaseCommand):
    help = "Create (or refresh) the demo users, roles and profiles. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=36, help="How many extra learners to create.")

    @transaction.atomic
    def handle(self, *args, learners, **options):
        password = os.environ.get("DEMO_PASSWORD", DEFAULT_PASSWORD)
        password_hash = make_password(password)
        rng = random.Random(2025)  # noqa: S311 (demo data, not security)
        provinces = {p.code: p for p in Province.objects.all()}
        if not provinces:
            self.stderr.write("No provinces found: run `python manage.py migrate` first.")
            return

        for email, first, last, sex, code, district_name, org in NAMED_LEARNERS:
            user = services.user_create_verified(
                email=email, password_hash=password_hash, first_name=first, last_name=last
            )
            district = District.objects.get(province=provinces[code], name=district_name)
            self._profile(user, first, last, sex, provinces[code], district, org, rng, designated=True)

        for email, first, last, role, code in STAFF:
            user = services.user_create_verified(
                email=email, password_hash=password_hash, first_name=first, last_name=last
            )
            services.role_assign(actor=None, user=user, role=role, province=provinces.get(code))

        districts_by_province = {}
        for district in District.objects.select_related("province"):
            districts_by_province.setdefault(district.province.code, []).append(district)
        codes = list(provinces)
        org_types = [o for o in OrganisationType if o != OrganisationType.OTHER]
        for i in range(learners):
            sex = rng.choice([Sex.FEMALE, Sex.FEMALE, Sex.MALE, Sex.MALE, Sex.MALE, Sex.UNDISCLOSED])
            first = rng.choice(FEMALE if sex == Sex.FEMALE else MALE if sex == Sex.MALE else FEMALE + MALE)
            last = rng.choice(FAMILY)
            code = codes[i % len(codes)]
            district = rng.choice(districts_by_province[code])
            user = services.user_create_verified(
                email=f"vso{i + 1:02d}@example.org", password_hash=password_hash, first_name=first, last_name=last
            )
            self._profile(user, first, last, sex, provinces[code], district, rng.choice(org_types), rng)

        for config in apps.get_app_configs():
            if config.name != "accounts" and importlib.util.find_spec(f"{config.name}.demo"):
                importlib.import_module(f"{config.name}.demo").load(stdout=self.stdout, password=password)

        self.stdout.write(self.style.SUCCESS(f"Demo ready. Sign in with any of these (password: {password}):"))
        for email, *_rest in NAMED_LEARNERS:
            self.stdout.write(f"  {email:32} learner")
        for email, _f, _l, role, code in STAFF:
            self.stdout.write(f"  {email:32} {role.label}{' (' + provinces[code].name + ')' if code else ''}")
        self.stdout.write(f"  vso01..vso{learners:02d}@example.org   more learners in every province")

    def _profile(self, user, first, last, sex, province, district, org, rng, designated=None):
        full = f"{first} {last}"
        services.profile_save(
            user=user,
            data={
                "full_name_latin": full,
                "full_name_urdu": URDU.get(full, ""),
                "preferred_language": "ur" if full in URDU and rng.random() < 0.5 else "en",
                "sex": sex,
                "province": province,
                "district": district,
                "organisation_type": org,
                "organisation_name": ORG_NAMES[org].format(province=province.name, district=district.name),
                "designation": rng.choice(DESIGNATIONS[org]),
                "is_designated_vso": designated if designated is not None else rng.random() < 0.6,
                "years_in_role": rng.randint(0, 15),
                "age_band": rng.choice([*AgeBand, ""]),
            },
        )
