"""The Linux menu entry, the .verksted MIME type and the installer that puts them in place."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workshop import APP_NAME

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "no.gran.Verksted.desktop"
MIME_XML = LINUX / "verksted-mime.xml"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
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
    assert entry["Comment"] and entry["Comment[nb]"]
    assert entry["Comment"] != entry["Comment[nb]"]
    assert entry["Exec"] == "verksted %f"
    assert entry["Icon"] == "verksted"
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    # The window's WM_CLASS is the application name; docks match it to this entry.
    assert entry["StartupWMClass"] == APP_NAME


def test_desktop_mime_type_is_the_one_the_xml_defines():
    declared = [t for t in desktop_entry()["MimeType"].split(";") if t]
    assert declared == [mime_type().get("type")] == ["application/x-verksted-session"]


def test_mime_type_has_glob_and_comments_in_english_and_bokmal():
    node = mime_type()
    assert [g.get("pattern") for g in node.findall("m:glob", NS)] == ["*.verksted"]
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    comments = {c.get(lang, "en"): c.text for c in node.findall("m:comment", NS)}
    assert set(comments) == {"en", "nb"}
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

    removed = subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--prefix", str(prefix), "--uninstall"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert removed.returncode == 0, removed.stderr
    assert not (share / "applications" / DESKTOP.name).exists()
    assert not list(share.rglob("verksted.png"))
