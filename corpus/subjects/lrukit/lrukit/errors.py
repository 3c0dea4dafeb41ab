"""Exception hierarchy for lrukit."""


class CacheError(Exception):
    """Base class for every error raised by lrukit."""


class InvalidCapacityError(CacheError, ValueError):
    """Raised when a capacity or weight limit is not a positive integer."""


class InvalidTTLError(CacheError, ValueError):
    """Raised when a time-to-live is not a positive number."""


class ItemTooLargeError(CacheError, ValueError):
    """Raised when a single entry weighs more than the cache may hold."""

    def __init__(self, key: object, weight: int, limit: int) -> None:
        super().__init__(f"entry {key!r} weighs {weight}, above the limit of {limit}")
        self.key = key
        self.weight = weight
        self.limit = limit
