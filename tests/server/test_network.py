"""The parts of the server that need no network: addresses, join URL, QR, limits, language."""

from __future__ import annotations

import io

import pytest

from workshop.server import network
from workshop.server.limits import RateLimiter
from workshop.server.page import page_language, render_index, strings
from workshop.server.qr import qr_png, qr_svg, qr_terminal


@pytest.mark.parametrize(
    ("addresses", "expected"),
    [
        (["127.0.0.1", "192.168.1.23"], "192.168.1.23"),
        (["10.0.0.5", "192.168.137.1"], "192.168.137.1"),  # the Windows hotspot first
        (["169.254.3.4", "10.42.0.1"], "10.42.0.1"),  # NetworkManager's hotspot
        (["172.20.10.3"], "172.20.10.3"),  # joined an iPhone's hotspot
        (["127.0.0.1", "169.254.1.1"], None),  # no network yet
        (["8.8.8.8"], None),  # never a public address
        (["::1", "fe80::1", "not an address"], None),
        ([], None),
    ],
)
def test_the_default_host_is_a_private_ipv4_preferring_a_hotspot(addresses, expected):
    assert network.pick_host(addresses) == expected


def test_local_addresses_are_ipv4_text():
    for address in network.local_addresses():
        assert address.count(".") == 3


def test_the_join_url_has_no_query_or_fragment():
    url = network.join_url("192.168.137.1", 8750, "/j/k7qm-abc")
    assert url == "http://192.168.137.1:8750/j/k7qm-abc"
    assert network.join_url("::1", 8750, "/j/x") == "http://[::1]:8750/j/x"


def test_qr_codes_in_every_form():
    url = "http://192.168.137.1:8750/j/k7qm-abcdefghjkmnpqrstu"
    assert qr_svg(url).startswith(b"<svg")
    assert qr_png(url).startswith(b"\x89PNG\r\n\x1a\n")
    out = io.StringIO()
    qr_terminal(url, out)
    assert len(out.getvalue().splitlines()) > 10


def test_a_bucket_refills_at_its_rate_and_forgets_old_keys():
    now = [0.0]
    limiter = RateLimiter(30, clock=lambda: now[0], max_keys=2)
    assert [limiter.check("a") for _ in range(30)] == [0] * 30
    assert limiter.check("a") == 2  # half a note a second: the next one in 2 s
    now[0] += 2.0
    assert limiter.check("a") == 0
    assert limiter.check("b") == 0
    assert limiter.check("c") == 0  # "a" is forgotten: a flood of keys cannot fill memory
    assert limiter.check("a") == 0


@pytest.mark.parametrize(
    ("header", "language"),
    [
        (None, "nb"),
        ("", "nb"),
        ("nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en-US;q=0.6,en;q=0.5", "nb"),
        ("en-GB,en;q=0.9", "en"),
        ("de-DE,de;q=0.9,en;q=0.8", "en"),
        ("en;q=0.4,nn;q=0.6", "nn"),
        ("nn-NO,nn;q=0.9,nb;q=0.8", "nn"),
        ("no", "nb"),
        ("sv-SE", "nb"),
        ("en;q=0, nb;q=0", "nb"),
        ("en;q=abc", "nb"),
        ("*", "nb"),
    ],
)
def test_the_page_language_follows_accept_language(header, language):
    assert page_language(header) == language


def test_the_page_is_rendered_escaped_and_its_texts_are_complete():
    html = render_index("en", '/j/ab"cd-<x>', "<K7QM>").decode()
    assert "&lt;K7QM&gt;" in html and "<K7QM>" not in html
    assert "/j/ab&quot;cd-&lt;x&gt;/app.js" in html
    assert "{{" not in html
    import json

    nb, nn, en = (json.loads(strings(lang)) for lang in ("nb", "nn", "en"))
    assert set(nb) == set(nn) == set(en) and len(nb) > 20
    assert nb["send"] != en["send"] and nb["note_label"] != nn["note_label"]
    assert 'aria-pressed="true">English' in html and 'lang="nn"' in html


def test_the_host_choices_put_the_default_first_and_never_offer_a_public_address():
    named = [
        ("lo", "127.0.0.1"),
        ("eth0", "192.168.1.23"),
        ("wlan0", "10.42.0.1"),
        ("tun0", "8.8.8.8"),
        ("eth1", "169.254.7.7"),
        ("wlan0", "10.42.0.1"),
    ]
    choices = network.host_choices(named)
    assert [(c.interface, c.address, c.kind) for c in choices] == [
        ("wlan0", "10.42.0.1", "hotspot"),
        ("eth0", "192.168.1.23", "network"),
        ("lo", "127.0.0.1", "loopback"),
    ]
    assert choices[0].address == network.pick_host(c.address for c in choices)
    # No network at all: this computer only, which the GUI offers for a try-out.
    assert [c.address for c in network.host_choices([])] == ["127.0.0.1"]
    # The machine's own interfaces, whatever they are, give at least loopback.
    assert any(c.kind == "loopback" for c in network.host_choices())
