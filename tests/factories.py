import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from accounts.models import District, LearnerProfile, OrganisationType, Province, Sex, User
from accounts.roles import ROLE_GROUPS, Role


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.django.Password("Correct-Horse-42")

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted is not False:
            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearnerProfile

    user = factory.SubFactory(UserFactory)
    full_name_latin = factory.Faker("name")
    sex = factory.Iterator([Sex.FEMALE, Sex.MALE])
    province = factory.LazyFunction(lambda: Province.objects.get(code="PK-PB"))
    district = factory.LazyAttribute(lambda o: District.objects.filter(province=o.province).first())
    organisation_type = OrganisationType.POLICE
    organisation_name = factory.Faker("company")
    designation = "Sub-Inspector"


def make_role(user: User, role: Role, province_code: str | None = None) -> User:
    """Put a user in a role's group directly (tests of the role service use the service)."""
    user.groups.add(Group.objects.get(name=ROLE_GROUPS[role]))
    if province_code:
        user.admin_province = Province.objects.get(code=province_code)
        user.save()
    return user


def give_totp(user: User) -> None:
    """Enrol an authenticator app, as a staff member does before opening the admin."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(user, generate_totp_secret())


def make_staff(role: Role, province_code: str | None = None) -> User:
    """A trainer or administrator with an authenticator enrolled, ready to open the admin."""
    user = make_role(UserFactory(), role, province_code)
    give_totp(user)
    return user
