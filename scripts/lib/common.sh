# Shared by scripts/test, scripts/run-demo and scripts/bench: find the source
# tree, install the Debian packages a step needs, configure and build a preset.
# Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# What building citizencard needs on Debian 12.
BUILD_PACKAGES=(
    g++ cmake ninja-build ccache pkg-config libpcsclite-dev
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libsqlite3-dev libssl-dev tzdata libzxing-dev fonts-noto-cjk qt6-translations-l10n
    libpq-dev libcpp-httplib-dev qt6-multimedia-dev qt6-charts-dev
)

# The real peers the tests and the demo talk to: the PC/SC daemon with the
# vsmartcard virtual reader driver (our virtual card plugs into it); CUPS with
# the cups-pdf queue; poppler and zbar to check printed pages independently.
PEER_PACKAGES=(pcscd vsmartcard-vpcd pcsc-tools cups cups-client printer-driver-cups-pdf
    poppler-utils zbar-tools postgresql-15)

# A display for the GUI's tests, screenshots and the demo where there is none.
GUI_PACKAGES=(xvfb xauth)

# What makes and checks the Debian packages (scripts/package, the package test).
PACKAGE_PACKAGES=(dpkg-dev lintian appstream desktop-file-utils sqlite3 postgresql-client)

# What the benchmarks compare against.
BENCH_PACKAGES=(sqlite3 glabels haproxy)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs whichever of the named packages are missing. As root it runs apt-get;
# otherwise it prints the exact command to run and stops.
ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ "${#missing[@]}" -eq 0 ] && return 0

    local cmd="apt-get update && apt-get install -y ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then
        echo "These Debian packages are missing: ${missing[*]}" >&2
        echo "Install them as root, then run this script again:" >&2
        echo "    sudo sh -c '$cmd'" >&2
        exit 2
    fi
    log "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q "${missing[@]}"
}

# Fails when a tracked C++ source is not clang-format clean (.clang-format).
check_format() {
    log "Checking formatting (clang-format)"
    cd "$ROOT"
    local files
    if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        mapfile -t files < <(git ls-files '*.cpp' '*.h')
    else
        mapfile -t files < <(find . -path ./build -prune -o \( -name '*.cpp' -o -name '*.h' \) -print)
    fi
    clang-format --dry-run --Werror "${files[@]}"
}

# Configures (once) and builds a CMake preset from CMakePresets.json.
# Builds `preset`, or only the named targets after it (what a demo needs).
build_preset() {
    local preset="$1"
    shift
    cd "$ROOT"
    # Cache hits across clones of the tree: ccache rewrites paths relative to ROOT.
    export CCACHE_BASEDIR="$ROOT"
    export CCACHE_NOHASHDIR=1
    if [ ! -f "build/$preset/build.ninja" ]; then
        log "Configuring ($preset)"
        cmake --preset "$preset" >/dev/null
    fi
    log "Building ($preset${1:+: $*})"
    cmake --build --preset "$preset" ${1:+--target "$@"}
}
