#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Kringkaart needs to build, run and test,
# but only those that are missing (sourced by kringkaart-run and kringkaart-test).
set -eu

KRING_BUILD_PACKAGES="meson ninja-build pkg-config gcc gettext appstream desktop-file-utils \
libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libsqlcipher-dev \
libsecret-1-dev libjson-glib-dev"
KRING_TEST_PACKAGES="locales python3-jsonschema python3-icalendar sqlcipher gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth \
librsvg2-bin poppler-utils graphviz clang libclang-rt-14-dev"

kring_install_missing() {
  missing=""
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $pkg"
    fi
  done
  [ -z "$missing" ] && return 0
  echo "Installing:$missing"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing
}

# Dutch screenshots need a Dutch locale: gettext ignores LANGUAGE under C.
kring_ensure_dutch_locale() {
  locale -a 2>/dev/null | grep -qi '^nl_NL\.utf-\?8$' && return 0
  kring_install_missing locales
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd sed -i 's/^# *nl_NL.UTF-8 UTF-8/nl_NL.UTF-8 UTF-8/' /etc/locale.gen
  $sudo_cmd locale-gen nl_NL.UTF-8 >/dev/null
}
