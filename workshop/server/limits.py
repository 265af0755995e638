"""Rate limits: token buckets per device and per address, kept in memory only."""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """The numbers the server holds phones to. The defaults suit a room of about a hundred
    people behind one address (a travel router may put the whole room behind one)."""

    notes_per_minute: int = 30  # per device: a human's pace
    device_requests_per_minute: int = 600  # per device, everything (votes come in bursts)
    address_requests_per_minute: int = 3000  # per IP address: a whole room behind one NAT
    address_burst: int = 3000
    max_body_bytes: int = 16 * 1024
    idle_timeout: float = 10.0  # seconds a connection may sit without a complete request
    body_timeout: float = 10.0  # seconds to send a request body
    max_connections: int = 2000  # beyond this the oldest idle connections are closed
    max_event_streams: int = 1000
    heartbeat: float = 15.0  # seconds between keep-alive comments on an event stream
    phone_quiet: float = 30.0  # a phone that asked nothing for this long (and holds no event
    # stream) no longer counts as in the room (the page polls every 5 s without a stream)


class Bucket:
    __slots__ = ("capacity", "rate", "tokens", "updated")

    def __init__(self, capacity: float, per_second: float, now: float) -> None:
        self.capacity = capacity
        self.rate = per_second
        self.tokens = capacity
        self.updated = now

    def take(self, now: float) -> float:
        """0 when a token was taken, else the seconds until one will be there."""
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


class RateLimiter:
    """One bucket per key (device or address); the least recently seen keys are forgotten
    beyond ``max_keys`` so a flood of made-up keys cannot fill the memory."""

    def __init__(
        self,
        per_minute: int,
        burst: int | None = None,
        *,
        max_keys: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.capacity = float(burst if burst is not None else per_minute)
        self.rate = per_minute / 60.0
        self.max_keys = max_keys
        self.clock = clock
        self._buckets: OrderedDict[str, Bucket] = OrderedDict()

    def check(self, key: str) -> int:
        """0 when allowed, else the whole seconds to wait (for Retry-After)."""
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = Bucket(self.capacity, self.rate, now)
            if len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(key)
        wait = bucket.take(now)
        return 0 if wait == 0 else max(1, math.ceil(wait))
