from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import AuditEvent, District, LearnerProfile, Province, ProvinceHistory, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "admin_province", "is_active"]
    search_fields = ["email", "first_name", "last_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Personal", {"fields": ["first_name", "last_name"]}),
        ("Access", {"fields": ["is_active", "is_staff", "is_superuser", "groups", "admin_province"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "action", "subject"]
    list_filter = ["action"]
    readonly_fields = ["created_at", "actor", "action", "subject", "detail"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.register(Province)
admin.site.register(District, list_display=["name", "province"], list_filter=["province"])
admin.site.register(LearnerProfile, list_display=["user", "province", "district", "sex", "organisation_type"])
admin.site.register(ProvinceHistory, list_display=["user", "province", "valid_from", "valid_until"])
