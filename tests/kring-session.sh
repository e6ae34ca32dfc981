#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program against real desktop services, isolated from the user's own:
# a private HOME, a private D-Bus session with its own gnome-keyring (unlocked,
# secrets component only) and, with --display, a private Xvfb server.
#   kring-session.sh [--no-keyring] [--no-dbus] [--display] PROGRAM [ARGS...]
# --no-keyring: D-Bus session without a Secret Service (activation disabled).
# --no-dbus:    no session bus at all.
set -eu

keyring=1 dbus=1 display=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-keyring) keyring=0; shift ;;
    --no-dbus) dbus=0; keyring=0; shift ;;
    --display) display=1; shift ;;
    *) break ;;
  esac
done

top=$(mktemp -d "${TMPDIR:-/tmp}/kring-test.XXXXXX")
trap 'rm -rf "$top"' EXIT INT TERM
export HOME="$top/home" XDG_DATA_HOME="$top/home/.local/share" XDG_CONFIG_HOME="$top/home/.config"
export XDG_CACHE_HOME="$top/home/.cache" XDG_RUNTIME_DIR="$top/run" KRING_TEST_TMP="$top"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 GTK_A11Y=none LANGUAGE=nl LANG=C.UTF-8
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY KRINGKAART_PASSPHRASE

# KRING_TEST_WRAPPER (e.g. "valgrind --tool=memcheck"), when set, is put in
# front of PROGRAM only, so that a checker runs the test and not this script,
# D-Bus, the keyring or Xvfb (build-aux/kringkaart-valgrind sets it).
run() {
  # shellcheck disable=SC2086
  if [ "$display" = 1 ]; then
    exec xvfb-run -a -s "-screen 0 1366x768x24" ${KRING_TEST_WRAPPER:-} "$@"
  fi
  # shellcheck disable=SC2086
  exec ${KRING_TEST_WRAPPER:-} "$@"
}

if [ "$dbus" = 0 ]; then
  export DBUS_SESSION_BUS_ADDRESS="unix:path=$top/no-such-bus"
  run "$@"
fi

# A session bus whose only services are the ones we start: with --no-keyring
# nothing provides org.freedesktop.secrets, exactly like a desktop without one.
cat > "$top/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$top</listen>
  <servicedir>$top/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
mkdir -p "$top/services"
if [ "$keyring" = 1 ]; then
  cat > "$top/services/org.freedesktop.secrets.service" <<SVC
[D-BUS Service]
Name=org.freedesktop.secrets
Exec=/usr/bin/gnome-keyring-daemon --start --foreground --components=secrets
SVC
fi

export KRING_SESSION_KEYRING="$keyring" KRING_SESSION_DISPLAY="$display"
exec dbus-run-session --config-file="$top/session.conf" -- sh -c '
  if [ "$KRING_SESSION_KEYRING" = 1 ]; then
    printf kringtest | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  fi
  if [ "$KRING_SESSION_DISPLAY" = 1 ]; then
    exec xvfb-run -a -s "-screen 0 1366x768x24" ${KRING_TEST_WRAPPER:-} "$@"
  fi
  exec ${KRING_TEST_WRAPPER:-} "$@"' kring-session "$@"
