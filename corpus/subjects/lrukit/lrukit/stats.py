"""Hit, miss and eviction counters shared by all caches."""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace


@dataclass
class CacheStats:
    """Mutable counters describing how a cache has been used."""

    hits: int = 0
    misses: int = 0
    evictions: int = 0
    expirations: int = 0

    @property
    def lookups(self) -> int:
        """Total number of lookups that were counted."""
        return self.hits + self.misses

    @property
    def hit_ratio(self) -> float:
        """Fraction of lookups that were hits, 0.0 when nothing was looked up."""
        total = self.lookups
        return self.hits / total if total else 0.0

    @property
    def miss_ratio(self) -> float:
        """Fraction of lookups that were misses, 0.0 when nothing was looked up."""
        total = self.lookups
        return self.misses / total if total else 0.0

    def reset(self) -> None:
        """Set every counter back to zero."""
        self.hits = 0
        self.misses = 0
        self.evictions = 0
        self.expirations = 0

    def snapshot(self) -> CacheStats:
        """Return an independent copy of the current counters."""
        return replace(self)

    def merged(self, other: CacheStats) -> CacheStats:
        """Return new counters holding the sums of ``self`` and ``other``."""
        return CacheStats(
            hits=self.hits + other.hits,
            misses=self.misses + other.misses,
            evictions=self.evictions + other.evictions,
            expirations=self.expirations + other.expirations,
        )

    def as_dict(self) -> dict[str, float]:
        """Return the counters together with the derived ratios."""
        data: dict[str, float] = dict(asdict(self))
        data["hit_ratio"] = round(self.hit_ratio, 4)
        return data
