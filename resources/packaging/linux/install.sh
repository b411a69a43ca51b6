#!/bin/sh
# Install alliance_desk for you alone, under ~/.local (no administrator rights needed):
# the program, its menu entry, its icon, and the .alliance file type so a double click
# opens a workbook. Run it from the unpacked folder: ./install.sh   (./install.sh --uninstall
# takes it all away again; your workbooks are never touched).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/lib/alliance_desk
bin_dir=$HOME/.local/bin
sizes="16 24 32 48 64 128 256 512"

have() { command -v "$1" >/dev/null 2>&1; }
xdg_tools() { have xdg-mime && have xdg-desktop-menu && have xdg-icon-resource; }

if [ "${1:-}" = "--uninstall" ]; then
    if xdg_tools; then
        xdg-desktop-menu uninstall --novendor alliance-desk.desktop || true
        xdg-mime uninstall --novendor "$here/share/mime/packages/alliance-desk.xml" || true
        for size in $sizes; do
            xdg-icon-resource uninstall --noupdate --novendor --context apps --size "$size" alliance-desk || true
            xdg-icon-resource uninstall --noupdate --novendor --context mimetypes --size "$size" application-x-alliance-desk || true
        done
        xdg-icon-resource forceupdate || true
    fi
    rm -f "$data/applications/alliance-desk.desktop" "$data/mime/packages/alliance-desk.xml"
    for size in $sizes; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/alliance-desk.png" \
              "$data/icons/hicolor/${size}x${size}/mimetypes/application-x-alliance-desk.png"
    done
    rm -f "$data/icons/hicolor/scalable/apps/alliance-desk.svg"
    if have update-mime-database && [ -d "$data/mime" ]; then update-mime-database "$data/mime"; fi
    if have update-desktop-database && [ -d "$data/applications" ]; then update-desktop-database "$data/applications"; fi
    rm -f "$bin_dir/alliance-desk"
    rm -rf "$app_dir"
    echo "alliance_desk is uninstalled (your workbooks are where they were)."
    exit 0
fi

# The program: one folder, and a command on the PATH.
rm -rf "$app_dir"
mkdir -p "$(dirname "$app_dir")" "$bin_dir"
cp -R "$here/alliance_desk" "$app_dir"
ln -sf "$app_dir/alliance-desk" "$bin_dir/alliance-desk"

# The menu entry starts the installed program by its full path (quoted: it may hold spaces).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed "s|^Exec=.*|Exec=\"$app_dir/alliance-desk\" %f|" \
    "$here/share/applications/alliance-desk.desktop" > "$work/alliance-desk.desktop"

if xdg_tools; then
    for size in $sizes; do
        icon="$here/share/icons/hicolor/${size}x${size}/apps/alliance-desk.png"
        xdg-icon-resource install --noupdate --novendor --context apps --size "$size" "$icon" alliance-desk
        xdg-icon-resource install --noupdate --novendor --context mimetypes --size "$size" "$icon" application-x-alliance-desk
    done
    xdg-icon-resource forceupdate
    xdg-mime install --novendor "$here/share/mime/packages/alliance-desk.xml"
    xdg-desktop-menu install --novendor "$work/alliance-desk.desktop"
    xdg-mime default alliance-desk.desktop application/x-alliance-desk
else
    # No xdg-utils: the same files, copied where the desktop looks for them.
    mkdir -p "$data/applications" "$data/mime/packages"
    cp -R "$here/share/icons" "$data/"
    cp "$here/share/mime/packages/alliance-desk.xml" "$data/mime/packages/"
    cp "$work/alliance-desk.desktop" "$data/applications/"
    if have update-mime-database; then update-mime-database "$data/mime"; fi
    if have update-desktop-database; then update-desktop-database "$data/applications"; fi
fi
echo "alliance_desk is installed: find it in your applications menu, run alliance-desk, or double-click a .alliance file."
