"""Verification codes: random, short, easy to read aloud and type, with a check character.

Crockford's base 32 leaves out I, L, O and U, so nothing is mistaken for
1, 0 or V; lower case and those look-alikes are mapped back when typed.
Twelve random characters carry 60 bits: guessing a valid code is hopeless.
The last character is a Luhn mod-32 check character from the same alphabet:
any single mistyped character, and most swapped neighbours, are caught
before any lookup.
"""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BODY_LENGTH = 12
_TYPO = str.maketrans({"I": "1", "L": "1", "O": "0"})


def _check_symbol(body: str) -> str:
    n, factor, total = len(ALPHABET), 2, 0
    for char in reversed(body):
        addend = factor * ALPHABET.index(char)
        total += addend // n + addend % n
        factor = 1 if factor == 2 else 2
    return ALPHABET[(n - total % n) % n]


def generate() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return body + _check_symbol(body)


def normalise(typed: str) -> str | None:
    """The canonical code for what a person typed, or None if it cannot be one of ours."""
    code = "".join(ch for ch in typed.upper() if ch not in " -").translate(_TYPO)
    if len(code) != BODY_LENGTH + 1:
        return None
    body, check = code[:-1], code[-1]
    if any(ch not in ALPHABET for ch in body) or check not in ALPHABET:
        return None
    return code if secrets.compare_digest(_check_symbol(body), check) else None


def display(code: str) -> str:
    """Group for reading: ABCD-EFGH-JKMN-P."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
