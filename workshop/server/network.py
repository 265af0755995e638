"""Which address of the laptop phones can reach: its own on the hotspot or Wi-Fi.

Phones get the raw IPv4 address (mDNS ``.local`` names fail on Android). The server binds to
that one address only; every network (``0.0.0.0``) only when asked.
"""

from __future__ import annotations

import ipaddress
import socket
import struct
import sys
from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_PORT = 8750
ALL_NETWORKS = "0.0.0.0"

# Subnets that hotspots hand out, most likely the laptop's own first: Windows' mobile hotspot,
# NetworkManager's "Hotspot", macOS internet sharing; then a phone's hotspot the laptop joined.
HOTSPOT_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in ("192.168.137.0/24", "10.42.0.0/24", "192.168.2.0/24", "172.20.10.0/28")
)
PRIVATE_NETWORKS = tuple(
    ipaddress.ip_network(n) for n in ("192.168.0.0/16", "10.0.0.0/8", "172.16.0.0/12")
)


def pick_host(addresses: Iterable[str]) -> str | None:
    """The best address for phones from the laptop's IPv4 addresses, or None.

    A hotspot's address first, then any private address; never loopback, link-local
    (169.254.x.x: no network yet) or a public address.
    """
    best: tuple[int, str] | None = None
    for text in addresses:
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            continue
        if address.version != 4 or address.is_loopback or address.is_link_local:
            continue
        if any(address in net for net in HOTSPOT_NETWORKS):
            rank = 0
        elif any(address in net for net in PRIVATE_NETWORKS):
            rank = 1
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, text)
    return best[1] if best else None


@dataclass(frozen=True, slots=True)
class HostChoice:
    """An address the server can listen on, for the facilitator to choose from."""

    address: str
    interface: str  # the interface's name where the system tells it ("wlan0"), else ""
    kind: str  # "hotspot", "network" (a private network), "loopback" (this computer only)


def host_choices(named: Iterable[tuple[str, str]] | None = None) -> list[HostChoice]:
    """The laptop's IPv4 addresses phones could use, best first (the default host first),
    then this computer only. ``named``: (interface, address) pairs, the system's by default."""
    pairs = list(_named_addresses() if named is None else named)
    choices: dict[str, HostChoice] = {}
    for interface, text in pairs:
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            continue
        if address.version != 4 or address.is_link_local or text in choices:
            continue
        if address.is_loopback:
            kind = "loopback"
        elif any(address in net for net in HOTSPOT_NETWORKS):
            kind = "hotspot"
        elif any(address in net for net in PRIVATE_NETWORKS):
            kind = "network"
        else:
            continue  # a public address: never offered to a room
        choices[text] = HostChoice(text, interface, kind)
    if "127.0.0.1" not in choices:
        choices["127.0.0.1"] = HostChoice("127.0.0.1", "", "loopback")
    best = pick_host(choices)
    rank = {"hotspot": 0, "network": 1, "loopback": 2}
    return sorted(
        choices.values(), key=lambda c: (c.address != best, rank[c.kind], c.interface, c.address)
    )


def _named_addresses() -> list[tuple[str, str]]:
    named = _linux_addresses(named=True) if sys.platform.startswith("linux") else []
    known = {address for _name, address in named}
    named += [("", address) for address in local_addresses() if address not in known]
    return named


def local_addresses() -> list[str]:
    """The IPv4 addresses of this computer's interfaces (no packet is sent anywhere)."""
    found: list[str] = []
    if sys.platform.startswith("linux"):
        found.extend(_linux_addresses())
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(str(info[4][0]))
    except OSError:
        pass
    if not found or pick_host(found) is None:
        found.extend(_route_address())
    return list(dict.fromkeys(found))


def _linux_addresses(*, named: bool = False) -> list:
    """The interfaces' addresses, or (name, address) pairs when ``named``."""
    import fcntl

    addresses: list = []
    try:
        names = [name for _index, name in socket.if_nameindex()]
    except OSError:
        return addresses
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for name in names:
            request = struct.pack("256s", name.encode()[:15])
            try:
                reply = fcntl.ioctl(sock.fileno(), 0x8915, request)  # SIOCGIFADDR
            except OSError:
                continue
            address = socket.inet_ntoa(reply[20:24])
            addresses.append((name, address) if named else address)
    return addresses


def _route_address() -> list[str]:
    """The address of the interface the default route leaves by: connect() on a UDP socket
    only looks the route up, it sends nothing."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # TEST-NET-1: documentation only, never answered
            return [sock.getsockname()[0]]
        except OSError:
            return []


def default_host() -> str | None:
    return pick_host(local_addresses())


def join_url(host: str, port: int, path: str) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}{path}"
