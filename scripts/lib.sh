# Shared helpers of the scripts in this folder; sourced, not run.

POSBRIDGE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
POSBRIDGE_BUILD_DIR=${POSBRIDGE_BUILD_DIR:-$POSBRIDGE_ROOT/build}

# Debian 12 packages needed to build, test, run and package POS Bridge.
POSBRIDGE_PACKAGES=(
    g++ cmake ninja-build ccache pkg-config file dpkg-dev
    qt6-base-dev qt6-webengine-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-charts-dev qt6-svg-dev qt6-translations-l10n qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libsecret-1-0 libssl-dev libxkbcommon-dev
    xvfb xauth x11vnc dbus gnome-keyring appstream desktop-file-utils curl
)

say() {
    printf '\033[1m==> %s\033[0m\n' "$*" >&2
}

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    else
        sudo "$@"
    fi
}

# Installs the packages that are missing, the arguments' packages too; does nothing when all are present.
install_dependencies() {
    local missing=()
    local package
    for package in "${POSBRIDGE_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi
    say "Installing ${#missing[@]} missing packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Configures (once) and builds the tree in $POSBRIDGE_BUILD_DIR with two parallel jobs: the
# targets given as arguments and what they need, or everything.
build_tree() {
    local targets=()
    if [[ $# -gt 0 ]]; then
        targets=(--target "$@")
    fi
    local strict=OFF
    if [[ ${CI:-} == true ]]; then
        strict=ON
    fi
    if [[ ! -f $POSBRIDGE_BUILD_DIR/CMakeCache.txt ]] ||
        ! grep -Eq "^CMAKE_COMPILE_WARNING_AS_ERROR:[A-Z]+=$strict\$" "$POSBRIDGE_BUILD_DIR/CMakeCache.txt"; then
        say "Configuring the build in $POSBRIDGE_BUILD_DIR"
        cmake -S "$POSBRIDGE_ROOT" -B "$POSBRIDGE_BUILD_DIR" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_COMPILE_WARNING_AS_ERROR=$strict >/dev/null
    fi
    say "Building (this takes a few minutes the first time)"
    cmake --build "$POSBRIDGE_BUILD_DIR" --parallel 2 "${targets[@]}"
}

# True when a desktop session bus is reachable.
have_session_bus() {
    [[ -n ${DBUS_SESSION_BUS_ADDRESS:-} ]] && dbus-send --session --dest=org.freedesktop.DBus --type=method_call \
        --print-reply /org/freedesktop/DBus org.freedesktop.DBus.GetId >/dev/null 2>&1
}
