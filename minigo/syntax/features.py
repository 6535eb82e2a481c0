"""Go features outside minigo's subset, and the one way to name them in an error."""

PLURAL = {"generics", "complex numbers"}


def unsupported(feature: str) -> str:
    verb = "are" if feature in PLURAL else "is"
    return f"minigo: {feature} {verb} not supported"
