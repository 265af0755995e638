"""The Linux menu entry, the .verksted MIME type and the installer that puts them in place."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workshop import APP_NAME

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "no.gran.Verksted.desktop"
MIME_XML = LINUX / "verksted-mime.xml"
METAINFO = LINUX / "no.gran.Verksted.metainfo.xml"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry(path: Path = DESKTOP) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])


def mime_type() -> ET.Element:
    types = ET.parse(MIME_XML).getroot().findall("m:mime-type", NS)
    assert len(types) == 1
    return types[0]


def test_desktop_entry_has_the_required_keys():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Verksted"
    assert entry["Name[nb]"] == "Verksted"
    assert entry["Comment"] and entry["Comment[nb]"] and entry["Comment[nn]"]
    assert len({entry["Comment"], entry["Comment[nb]"], entry["Comment[nn]"]}) == 3
    assert entry["Exec"] == "verksted %f"
    assert entry["Icon"] == "verksted"
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    # The window's WM_CLASS is the application name; docks match it to this entry.
    assert entry["StartupWMClass"] == APP_NAME


def test_desktop_mime_type_is_the_one_the_xml_defines():
    declared = [t for t in desktop_entry()["MimeType"].split(";") if t]
    assert declared == [mime_type().get("type")] == ["application/x-verksted-session"]


def test_mime_type_has_glob_and_comments_in_every_language():
    node = mime_type()
    assert [g.get("pattern") for g in node.findall("m:glob", NS)] == ["*.verksted"]
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    comments = {c.get(lang, "en"): c.text for c in node.findall("m:comment", NS)}
    assert set(comments) == {"en", "nb", "nn"}
    assert all(comments.values())


def test_mime_type_matches_the_session_file_format():
    sessionfile = pytest.importorskip("workshop.store.sessionfile")
    assert mime_type().find("m:glob", NS).get("pattern") == "*" + sessionfile.SUFFIX
    outer = mime_type().find("m:magic/m:match", NS)
    assert outer.get("value").encode() == sessionfile.SQLITE_HEADER.rstrip(b"\0")
    inner = outer.find("m:match", NS)
    assert (inner.get("type"), inner.get("offset")) == ("big32", "68")  # SQLite application_id
    assert int(inner.get("value"), 16) == sessionfile.FILE_APPLICATION_ID


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validates():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(shutil.which("xmllint") is None, reason="xmllint (libxml2-utils)")
def test_mime_xml_is_well_formed():
    subprocess.run(["xmllint", "--noout", str(MIME_XML)], check=True)


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash")
def test_install_script_copies_entry_icons_and_mime_type(tmp_path):
    prefix = tmp_path / "my prefix"
    result = subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--prefix", str(prefix), "--exec", "/opt/v w/verksted"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    share = prefix / "share"
    installed = desktop_entry(share / "applications" / DESKTOP.name)
    assert installed["Exec"] == '"/opt/v w/verksted" %f'
    assert (share / "mime" / "packages" / MIME_XML.name).read_bytes() == MIME_XML.read_bytes()
    for size in SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "verksted.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "verksted.svg").is_file()
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()

    removed = subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--prefix", str(prefix), "--uninstall"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert removed.returncode == 0, removed.stderr
    assert not (share / "applications" / DESKTOP.name).exists()
    assert not (share / "metainfo" / METAINFO.name).exists()
    assert not list(share.rglob("verksted.png"))


# --- AppStream metadata (software centres) ---


def test_appstream_metainfo_validates():
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli not installed (Debian package appstream; .ci/run installs it)")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Errors and warnings both fail; infos and pedantic hints are allowed.
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout


def test_appstream_metainfo_matches_the_desktop_entry_and_release():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP.stem
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == desktop_entry()["Icon"]
    assert root.find("provides/mediatype").text == mime_type().get("type")
    summaries = {s.get(XML_LANG, "en"): s.text for s in root.findall("summary")}
    assert set(summaries) == {"en", "nb", "nn"}
    assert summaries["en"] == desktop_entry()["Comment"]
    assert summaries["nb"] == desktop_entry()["Comment[nb]"]
    assert summaries["nn"] == desktop_entry()["Comment[nn]"]
    assert {p.get(XML_LANG, "en") for p in root.findall("description/p")} == {"en", "nb", "nn"}
    assert {u.get(XML_LANG, "en") for u in root.findall("description/ul")} == {"en", "nb", "nn"}
    assert root.find("content_rating").get("type") == "oars-1.1"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    newest = root.find("releases/release")
    assert newest.get("version") == version
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{version}] - {newest.get('date')}" in changelog
    for image in root.findall("screenshots/screenshot/image"):
        name = image.text.rsplit("/", 1)[-1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name


def test_the_bundle_carries_the_metainfo():
    assert METAINFO.name in (ROOT / "build.spec").read_text(encoding="utf-8")
