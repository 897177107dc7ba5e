#!/usr/bin/env bash
# Installs a POS Bridge .deb into a fresh minimal Debian 12 (bookworm) chroot with apt, the
# way an administrator would, then checks that the installed programs start:
#   - every installed executable, QtWebEngineProcess and the Qt plugins the app loads
#     resolve all their shared libraries (ldd);
#   - `posbridge --version` prints the package version;
#   - the desktop entry's Exec line starts the app on the offscreen platform and it is
#     still running after a few seconds, with no plugin or library load failure in its
#     QT_DEBUG_PLUGINS output;
#   - `posbridge-sandbox --port 0` prints its READY line and stops cleanly on SIGTERM;
#   - the same Exec line starts the app on a virtual X display (xcb), as a menu would.
#     Xvfb is installed into the chroot for this last step only, after the other checks.
#
# Needs root, debootstrap and the network path to deb.debian.org. Takes several minutes
# and about 1.2 GB in /var/tmp, so it is not part of the ctest suite.
# Everything it mounts or starts is removed again on exit, also after a failure.
#
# Usage: packaging/check-install-in-chroot.sh [--tarball FILE] [--keep] PACKAGE.deb
#   --tarball FILE  reuse the debootstrap download kept in FILE (made on the first run)
#   --keep          keep the chroot folder for inspection (its mounts are still removed)
set -euo pipefail

MIRROR=http://deb.debian.org/debian
SUITE=bookworm
# Seconds the app must keep running before it counts as started.
RUN_SECONDS=8

# Prints the usage lines of the header; exits with $1, or 2 (invalid arguments).
usage() {
    sed -n '/^# Usage:/,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit "${1:-2}"
}

tarball=""
keep=false
deb=""
while [[ $# -gt 0 ]]; do
    case $1 in
    --tarball)
        [[ $# -ge 2 ]] || usage
        tarball=$(realpath -m "$2")
        shift 2
        ;;
    --keep)
        keep=true
        shift
        ;;
    -h | --help) usage 0 ;;
    -*) usage ;;
    *)
        [[ -z $deb ]] || usage
        deb=$(realpath "$1")
        shift
        ;;
    esac
done
[[ -n $deb ]] || usage
if [[ ! -f $deb ]]; then
    echo "check-install-in-chroot: package file not found: $deb" >&2
    exit 2
fi
if [[ $(id -u) -ne 0 ]]; then
    echo "check-install-in-chroot: must run as root (debootstrap, chroot and mount need it)" >&2
    exit 2
fi
if ! command -v debootstrap >/dev/null; then
    echo "check-install-in-chroot: debootstrap not found; install it with: apt-get install debootstrap" >&2
    exit 2
fi

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
pass() { printf '  ok: %s\n' "$*"; }
fail() {
    printf '  FAILED: %s\n' "$*"
    failures=$((failures + 1))
}
failures=0

work=$(mktemp -d /var/tmp/posbridge-chroot.XXXXXX)
root=$work/root
log_dir=$work/logs
mkdir -p "$root" "$log_dir"
mounted=()

# Stops every process whose root folder is the chroot, then unmounts in reverse order.
# The chroot is deleted only when nothing is mounted below it any more.
cleanup() {
    local status=$?
    set +e
    local pid
    for pid in /proc/[0-9]*; do
        if [[ $(readlink "$pid/root" 2>/dev/null) == "$root" ]]; then
            kill -KILL "${pid#/proc/}" 2>/dev/null
        fi
    done
    sleep 0.5
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}"
    done
    if grep -q " $root/" /proc/mounts; then
        echo "check-install-in-chroot: mounts remain below $root; left it in place" >&2
    elif [[ $keep == true ]]; then
        echo "Chroot kept in $root (logs in $log_dir)"
    else
        rm -rf "$work"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_in_root() {
    local type=$1 target=$root/$2
    mkdir -p "$target"
    mount -t "$type" "$type" "$target"
    mounted+=("$target")
}

# A small, fixed environment like a login session's.
root_env=(PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/runtime-root)

in_root() {
    chroot "$root" /usr/bin/env -i "${root_env[@]}" "$@"
}

# Starts a command in the chroot in the background. $! is then the command's own process,
# because chroot and env replace themselves with it.
in_root_background() {
    chroot "$root" /usr/bin/env -i "${root_env[@]}" "$@" &
}

seconds_since() {
    echo $(($(date +%s) - $1))
}

# 1. A minimal bookworm: the Essential packages and apt, nothing else.
step "Creating a minimal Debian 12 chroot in $root"
started=$(date +%s)
if [[ -n $tarball && ! -f $tarball ]]; then
    debootstrap --variant=minbase --make-tarball="$tarball" "$SUITE" "$work/tarball-build" "$MIRROR" \
        >"$log_dir/debootstrap-download.log" 2>&1
    rm -rf "$work/tarball-build"
fi
if [[ -n $tarball ]]; then
    debootstrap --variant=minbase --unpack-tarball="$tarball" "$SUITE" "$root" "$MIRROR" \
        >"$log_dir/debootstrap.log" 2>&1
else
    debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" >"$log_dir/debootstrap.log" 2>&1
fi
pass "debootstrap finished in $(seconds_since "$started") s"

# The sources of a standard installation, with point-release and security updates.
cat >"$root/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb $MIRROR-security $SUITE-security main
EOF
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Keep maintainer scripts from starting services inside the chroot.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mount_in_root proc proc
mount_in_root sysfs sys
mount_in_root devpts dev/pts
# Chromium inside QtWebEngine keeps shared memory in /dev/shm.
mount_in_root tmpfs dev/shm
mount_in_root tmpfs tmp
install -d -m 700 "$root/tmp/runtime-root"

# 2. apt install ./posbridge_*.deb, as the README instructs an administrator.
step "Installing $(basename "$deb") with apt"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq >"$log_dir/apt-update.log" 2>&1
size_before=$(du -sm --exclude=proc --exclude=sys --exclude=dev "$root" | cut -f1)
new_packages=$(in_root apt-get install --simulate "/tmp/$(basename "$deb")" 2>/dev/null | grep -c '^Inst ' || true)
started=$(date +%s)
if in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "/tmp/$(basename "$deb")" \
    >"$log_dir/apt-install.log" 2>&1; then
    install_seconds=$(seconds_since "$started")
    size_after=$(du -sm --exclude=proc --exclude=sys --exclude=dev "$root" | cut -f1)
    pass "apt installed posbridge and $((new_packages - 1)) other packages in ${install_seconds} s" \
        "($((size_after - size_before)) MB more on disk)"
else
    fail "apt install failed; the end of its output:"
    tail -n 20 "$log_dir/apt-install.log" | sed 's/^/    /'
    exit 1
fi

# 3. Shared libraries of the executables and of the run-time pieces Qt loads by itself.
step "Resolving shared libraries"
plugin_dir=/usr/lib/x86_64-linux-gnu/qt6/plugins
binaries=(
    /usr/bin/posbridge
    /usr/bin/posbridge-sandbox
    /usr/lib/qt6/libexec/QtWebEngineProcess
    "$plugin_dir/platforms/libqxcb.so"
    "$plugin_dir/platforms/libqoffscreen.so"
    "$plugin_dir/sqldrivers/libqsqlite.so"
    "$plugin_dir/imageformats/libqsvg.so"
    "$plugin_dir/iconengines/libqsvgicon.so"
    "$plugin_dir/tls/libqopensslbackend.so"
    /usr/lib/x86_64-linux-gnu/libsecret-1.so.0
)
for binary in "${binaries[@]}"; do
    if [[ ! -e $root$binary ]]; then
        fail "$binary is missing"
    elif missing=$(in_root ldd "$binary" 2>&1 | grep 'not found'); then
        fail "$binary: $missing"
    else
        pass "$binary"
    fi
done
for file in /usr/share/applications/org.posbridge.PosBridge.desktop \
    /usr/share/metainfo/org.posbridge.PosBridge.metainfo.xml \
    /usr/share/icons/hicolor/48x48/apps/org.posbridge.PosBridge.png \
    /usr/share/icons/hicolor/scalable/apps/org.posbridge.PosBridge.svg \
    /usr/share/qt6/translations/qtbase_fr.qm; do
    if [[ -f $root$file ]]; then pass "$file"; else fail "$file is missing"; fi
done

# 4. posbridge --version
step "posbridge --version"
version_output=$(in_root env QT_QPA_PLATFORM=offscreen posbridge --version 2>"$log_dir/version.err") || true
expected_version=$(dpkg-deb --field "$deb" Version)
if [[ $version_output == "posbridge ${expected_version%%-*}" ]]; then
    pass "$version_output"
else
    fail "expected \"posbridge ${expected_version%%-*}\", got: $version_output"
fi

# Runs the desktop entry's Exec line for RUN_SECONDS under `timeout`, which ends it with
# exit code 124 when it is still running. Arguments: log name, then env assignments.
launch_from_menu() {
    local name=$1
    shift
    local exec_line
    exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/org.posbridge.PosBridge.desktop")
    local status=0
    # shellcheck disable=SC2086 # the Exec line is split into words, as a launcher does
    in_root env "$@" QTWEBENGINE_DISABLE_SANDBOX=1 QT_DEBUG_PLUGINS=1 \
        timeout "$RUN_SECONDS" $exec_line --database "/tmp/$name.sqlite" >"$log_dir/$name.log" 2>&1 || status=$?
    # Patterns of Qt's plugin loader and of the dynamic linker when something is missing.
    local problems
    problems=$(grep -E -i 'cannot load library|cannot open shared object|could not load the qt platform plugin|could not find the qt platform plugin|driver not loaded|error while loading shared libraries|QtWebEngineProcess not found' \
        "$log_dir/$name.log" || true)
    if [[ $status -ne 124 ]]; then
        fail "the app ended with exit code $status within $RUN_SECONDS s; the end of its output:"
        tail -n 15 "$log_dir/$name.log" | sed 's/^/    /'
    elif [[ -n $problems ]]; then
        fail "load errors in its output:"
        sed 's/^/    /' <<<"$problems"
    elif ! grep -q 'Using database' "$log_dir/$name.log"; then
        fail "it never opened its database; the end of its output:"
        tail -n 15 "$log_dir/$name.log" | sed 's/^/    /'
    else
        local loaded
        loaded=$(grep -c -E 'loaded library|Loaded library' "$log_dir/$name.log" || true)
        pass "still running after $RUN_SECONDS s, database opened, $loaded plugins loaded, no load errors"
    fi
}

# 5. Start from the menu entry on the offscreen platform.
step "Starting the desktop entry's Exec line (offscreen platform)"
launch_from_menu offscreen QT_QPA_PLATFORM=offscreen

# 6. The sandbox.
step "posbridge-sandbox --port 0"
in_root_background posbridge-sandbox --port 0 >"$log_dir/sandbox.out" 2>"$log_dir/sandbox.err"
sandbox_pid=$!
for _ in $(seq 100); do
    grep -q '^POSBRIDGE-SANDBOX READY ' "$log_dir/sandbox.out" && break
    sleep 0.1
done
if grep -q '^POSBRIDGE-SANDBOX READY ' "$log_dir/sandbox.out"; then
    base_url=$(grep -o '"baseUrl":"[^"]*"' "$log_dir/sandbox.out" | cut -d'"' -f4)
    kill -TERM "$sandbox_pid"
    sandbox_status=0
    wait "$sandbox_pid" || sandbox_status=$?
    if [[ $sandbox_status -eq 0 ]]; then
        pass "READY on $base_url, stopped with exit code 0 on SIGTERM"
    else
        fail "READY on $base_url, but exit code $sandbox_status on SIGTERM"
    fi
else
    kill -KILL "$sandbox_pid" 2>/dev/null || true
    fail "no READY line within 10 s; its error output:"
    tail -n 15 "$log_dir/sandbox.err" | sed 's/^/    /'
fi

# 7. Start from the menu entry on an X display, the platform a desktop session uses.
step "Starting the desktop entry's Exec line on a virtual X display (installs xvfb into the chroot)"
if in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends xvfb xauth \
    >"$log_dir/apt-install-xvfb.log" 2>&1; then
    in_root_background Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >"$log_dir/xvfb.log" 2>&1
    xvfb_pid=$!
    for _ in $(seq 50); do
        [[ -e $root/tmp/.X11-unix/X77 ]] && break
        sleep 0.1
    done
    launch_from_menu xcb DISPLAY=:77
    if ! grep -q -E 'platforms/libqxcb.so' "$log_dir/xcb.log"; then
        fail "the xcb platform plugin was not loaded"
    fi
    kill -TERM "$xvfb_pid"
    wait "$xvfb_pid" || true
else
    fail "could not install xvfb into the chroot; see $log_dir/apt-install-xvfb.log"
fi

step "Summary"
deb_kb=$(($(stat -c %s "$deb") / 1024))
echo "  package file:       $(basename "$deb"), ${deb_kb} KiB"
echo "  installed size:     $(in_root dpkg-query -W -f='${Installed-Size}' posbridge) KiB (posbridge alone)"
echo "  apt install:        ${install_seconds} s, $((new_packages - 1)) dependencies," \
    "$((size_after - size_before)) MB on disk"
if [[ $failures -eq 0 ]]; then
    echo "  result:             all checks passed"
else
    echo "  result:             $failures checks FAILED (logs: $log_dir; run with --keep to inspect)"
    exit 1
fi
