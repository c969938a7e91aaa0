#!/usr/bin/env bash
# Installs everything SpareCloud needs on Debian 12 and builds it.
#
#   scripts/setup.sh              Debian packages, tools/ npm packages, GUI build in build/
#   scripts/setup.sh --headless   the same, but the GUI-free build (-DSPARECLOUD_GUI=OFF) in build-headless/
#   scripts/setup.sh --no-build   only install what is missing
#   scripts/setup.sh --no-deps    only configure and build
#
# Environment:
#   SPARECLOUD_BUILD_DIR           GUI build folder (default: build)
#   SPARECLOUD_HEADLESS_BUILD_DIR  headless build folder (default: $SPARECLOUD_BUILD_DIR-headless)
#   SPARECLOUD_JOBS                parallel compile jobs (default: 2)
#   SPARECLOUD_CMAKE_ARGS          extra arguments for the first configure
#   CI=true                        configure with -DSPARECLOUD_WERROR=ON
#
# Safe to run again and again: each step is skipped when its work is already done.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

headless=0
do_deps=1
do_build=1
for arg in "$@"; do
    case "$arg" in
    --headless) headless=1 ;;
    --no-deps) do_deps=0 ;;
    --no-build) do_build=0 ;;
    -h | --help)
        sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "setup.sh: unknown argument '$arg' (try --help)" >&2
        exit 2
        ;;
    esac
done

log() { printf '[setup] %s\n' "$*"; }
die() {
    printf '[setup] error: %s\n' "$*" >&2
    exit 1
}

# --- Debian packages ---------------------------------------------------------

# Prints the packages of scripts/debian-packages.txt that are neither installed
# nor provided by an installed package (a nodejs that bundles npm provides
# "npm"; installing Debian's npm over it would replace that nodejs).
missing_debian_packages() {
    local wanted installed_and_provided
    wanted=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' scripts/debian-packages.txt)
    installed_and_provided=$(dpkg-query -W -f='${db:Status-Abbrev}|${Package}|${Provides}\n' 2>/dev/null \
        | awk -F'|' '$1 ~ /^ii/ {
              print $2
              n = split($3, provided, ",")
              for (i = 1; i <= n; i++) { sub(/^ +/, "", provided[i]); sub(/ .*/, "", provided[i]); print provided[i] }
          }' | sort -u)
    comm -23 <(printf '%s\n' "$wanted" | sort -u) <(printf '%s\n' "$installed_and_provided")
}

install_debian_packages() {
    command -v dpkg-query >/dev/null || die "this script needs Debian 12 (dpkg-query not found)"
    local missing
    missing=$(missing_debian_packages)
    # Choice: when dpkg already shows every package installed, the whole apt
    # step (apt-get update included) is skipped, so a set-up machine re-runs
    # this in well under a second. Otherwise: apt-get update, then install.
    if [[ -z "$missing" ]]; then
        log "Debian packages: all $(grep -cv -e '^[[:space:]]*#' -e '^[[:space:]]*$' scripts/debian-packages.txt) installed"
        return
    fi
    log "Debian packages to install: ${missing//$'\n'/ }"
    local sudo=()
    if [[ $EUID -ne 0 ]]; then
        command -v sudo >/dev/null || die "not root and sudo is not installed: run this as root"
        sudo=(sudo)
    fi
    # Wait for another apt/dpkg run instead of failing on its lock.
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q)
    "${apt[@]}" update
    # Every needed package is named in the list, so recommends are not needed.
    # shellcheck disable=SC2086
    "${apt[@]}" install -y --no-install-recommends $missing
    missing=$(missing_debian_packages)
    [[ -z "$missing" ]] || die "still missing after apt-get install: ${missing//$'\n'/ }"
}

# --- tools/ (npm) ------------------------------------------------------------

# npm ci only when node_modules is missing or package-lock.json changed since
# the last install (its hash is kept inside node_modules).
install_npm_tools() {
    command -v npm >/dev/null || die "npm not found (it is in scripts/debian-packages.txt)"
    local stamp=tools/node_modules/.sparecloud-package-lock.sha256
    local want
    want=$(sha256sum tools/package-lock.json | cut -d' ' -f1)
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
        log "tools/: npm packages up to date"
        return
    fi
    log "tools/: npm ci"
    (cd tools && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
}

# --- configure and build -----------------------------------------------------

cache_value() { # cache_value <build dir> <NAME>: the value of NAME in the CMake cache, or nothing
    [[ -f "$1/CMakeCache.txt" ]] || return 0
    sed -n "s/^$2:[A-Z]*=//p" "$1/CMakeCache.txt" | head -n1
}

configure_and_build() {
    local gui build_dir
    if ((headless)); then
        gui=OFF
        build_dir=${SPARECLOUD_HEADLESS_BUILD_DIR:-${SPARECLOUD_BUILD_DIR:-build}-headless}
    else
        gui=ON
        build_dir=${SPARECLOUD_BUILD_DIR:-build}
    fi
    [[ "$build_dir" == /* ]] || build_dir="$ROOT/$build_dir"

    # Options this run insists on. WERROR is only forced on under CI, so a
    # developer's own choice in the cache is left alone otherwise.
    local -A want=([SPARECLOUD_GUI]=$gui)
    if [[ "${CI:-}" == true ]]; then
        want[SPARECLOUD_WERROR]=ON
    fi

    local generator
    generator=$(cache_value "$build_dir" CMAKE_GENERATOR)
    if [[ -n "$generator" && "$generator" != Ninja ]]; then
        log "$build_dir was configured for '$generator'; starting it afresh with Ninja"
        rm -rf "$build_dir/CMakeCache.txt" "$build_dir/CMakeFiles"
    fi

    local args=() name reconfigure=0
    for name in "${!want[@]}"; do
        args+=("-D$name=${want[$name]}")
        [[ "$(cache_value "$build_dir" "$name")" == "${want[$name]}" ]] || reconfigure=1
    done
    if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
        local extra=()
        # shellcheck disable=SC2206
        [[ -n "${SPARECLOUD_CMAKE_ARGS:-}" ]] && extra=(${SPARECLOUD_CMAKE_ARGS})
        log "configure $build_dir (GUI=$gui)"
        cmake -S "$ROOT" -B "$build_dir" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
            "${args[@]}" "${extra[@]}"
    elif ((reconfigure)); then
        log "reconfigure $build_dir (${args[*]})"
        cmake -S "$ROOT" -B "$build_dir" "${args[@]}"
    fi
    # Otherwise Ninja re-runs CMake itself when a CMakeLists.txt changed.

    log "build $build_dir"
    cmake --build "$build_dir" --parallel "${SPARECLOUD_JOBS:-2}"
}

if ((do_deps)); then
    install_debian_packages
    install_npm_tools
fi
if ((do_build)); then
    configure_and_build
fi
