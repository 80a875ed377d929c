"""Domain events other apps listen to (certificates listens to completion)."""

from django.dispatch import Signal

# Sent inside the transaction that marks an enrollment completed, once per
# completion. Arguments: enrollment.
course_completed = Signal()
