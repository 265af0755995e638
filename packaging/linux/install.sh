#!/usr/bin/env bash
# Add Verksted to the Linux desktop: the menu entry, the icons and the .verksted file type.
#
#   install.sh [--prefix DIR] [--exec COMMAND] [--uninstall]
#
# From a bundle (dist/verksted-<version>/linux/install.sh) the menu entry starts that bundle's
# executable; from a source checkout it starts `verksted` from PATH unless --exec names another
# command. Without --prefix, the files go to the user's data folder (~/.local/share), with
# xdg-utils when they are installed; with --prefix DIR (or when xdg-utils are missing) they are
# copied to DIR/share and the desktop caches are refreshed with the tools that are present.
set -euo pipefail

APP_ID="no.gran.Verksted"
MIME_TYPE="application/x-verksted-session"
SIZES=(16 24 32 48 64 128 256 512)
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

fail() {
    echo "install.sh: $*" >&2
    exit 1
}

usage() {
    sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

PREFIX=""
EXEC=""
UNINSTALL=0
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || fail "--prefix needs a folder"; PREFIX="$2"; shift 2 ;;
        --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
        --exec) [ $# -ge 2 ] || fail "--exec needs a command"; EXEC="$2"; shift 2 ;;
        --exec=*) EXEC="${1#--exec=}"; shift ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) fail "unknown option: $1 (see --help)" ;;
    esac
done

# Where the pieces are: next to this script, icons in the bundle or in the source tree.
DESKTOP_SRC="$HERE/$APP_ID.desktop"
MIME_SRC="$HERE/verksted-mime.xml"
METAINFO_SRC="$HERE/$APP_ID.metainfo.xml"
ICONS=""
for candidate in "$HERE/../_internal/workshop/resources/icons" "$HERE/../../resources/icons"; do
    if [ -d "$candidate/hicolor" ]; then
        ICONS="$(cd "$candidate" && pwd)"
        break
    fi
done
[ -f "$DESKTOP_SRC" ] || fail "missing $DESKTOP_SRC"
[ -f "$MIME_SRC" ] || fail "missing $MIME_SRC"
[ -f "$METAINFO_SRC" ] || fail "missing $METAINFO_SRC"
[ -n "$ICONS" ] || fail "no icons found next to $HERE (expected .../icons/hicolor)"

if [ -z "$EXEC" ] && [ -x "$HERE/../verksted" ] && [ -f "$HERE/../verksted" ]; then
    EXEC="$(cd "$HERE/.." && pwd)/verksted"
fi
EXEC="${EXEC:-verksted}"
case "$EXEC" in
    *[\"\`\$\\]*) fail "the command may not contain \" \` \$ or \\: $EXEC" ;;
esac
EXEC="${EXEC//%/%%}"
if [[ "$EXEC" =~ [^A-Za-z0-9_./+-] ]]; then
    EXEC="\"$EXEC\""
fi

use_xdg_utils() {
    [ -z "$PREFIX" ] && command -v xdg-desktop-menu >/dev/null 2>&1 \
        && command -v xdg-icon-resource >/dev/null 2>&1 && command -v xdg-mime >/dev/null 2>&1
}

refresh_caches() {
    local share="$1"
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$share/mime" >/dev/null
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications"
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
    fi
    return 0
}

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
sed "s|^Exec=verksted |Exec=$EXEC |" "$DESKTOP_SRC" >"$WORK/$APP_ID.desktop"
grep -q "^Exec=" "$WORK/$APP_ID.desktop" || fail "no Exec line in $DESKTOP_SRC"

if use_xdg_utils; then
    if [ "$UNINSTALL" -eq 1 ]; then
        xdg-desktop-menu uninstall --mode user --novendor "$APP_ID.desktop"
        for size in "${SIZES[@]}"; do
            xdg-icon-resource uninstall --mode user --noupdate --context apps --size "$size" verksted
        done
        xdg-icon-resource forceupdate --mode user
        xdg-mime uninstall --mode user --novendor "$MIME_SRC"
        rm -f "${XDG_DATA_HOME:-$HOME/.local/share}/metainfo/$APP_ID.metainfo.xml"
        echo "Verksted removed from the desktop (xdg-utils)"
        exit 0
    fi
    xdg-mime install --mode user --novendor "$MIME_SRC"
    for size in "${SIZES[@]}"; do
        png="$ICONS/hicolor/${size}x${size}/apps/verksted.png"
        [ -f "$png" ] || fail "missing icon $png"
        xdg-icon-resource install --mode user --noupdate --novendor --context apps \
            --size "$size" "$png" verksted
    done
    xdg-icon-resource forceupdate --mode user
    xdg-desktop-menu install --mode user --novendor "$WORK/$APP_ID.desktop"
    xdg-mime default "$APP_ID.desktop" "$MIME_TYPE"
    # xdg-utils has no tool for AppStream metadata: it is a plain copy.
    install -d "${XDG_DATA_HOME:-$HOME/.local/share}/metainfo"
    install -m 644 "$METAINFO_SRC" "${XDG_DATA_HOME:-$HOME/.local/share}/metainfo/$APP_ID.metainfo.xml"
    echo "Verksted added to the desktop (xdg-utils); it starts: $EXEC"
    exit 0
fi

if [ -n "$PREFIX" ]; then
    SHARE="$PREFIX/share"
else
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

if [ "$UNINSTALL" -eq 1 ]; then
    rm -f "$SHARE/applications/$APP_ID.desktop" "$SHARE/mime/packages/verksted-mime.xml"
    rm -f "$SHARE/metainfo/$APP_ID.metainfo.xml"
    rm -f "$SHARE/icons/hicolor/scalable/apps/verksted.svg"
    for size in "${SIZES[@]}"; do
        rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/verksted.png"
    done
    refresh_caches "$SHARE"
    echo "Verksted removed from $SHARE"
    exit 0
fi

install -d "$SHARE/applications" "$SHARE/mime/packages" "$SHARE/icons/hicolor/scalable/apps" \
    "$SHARE/metainfo"
install -m 644 "$WORK/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
install -m 644 "$METAINFO_SRC" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$MIME_SRC" "$SHARE/mime/packages/verksted-mime.xml"
if [ -f "$ICONS/verksted.svg" ]; then
    install -m 644 "$ICONS/verksted.svg" "$SHARE/icons/hicolor/scalable/apps/verksted.svg"
fi
for size in "${SIZES[@]}"; do
    png="$ICONS/hicolor/${size}x${size}/apps/verksted.png"
    [ -f "$png" ] || fail "missing icon $png"
    install -d "$SHARE/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/verksted.png"
done
refresh_caches "$SHARE"
echo "Verksted added to $SHARE; it starts: $EXEC"
