#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program against real desktop services, isolated from the user's own:
# a private HOME, a private D-Bus session with its own gnome-keyring (unlocked,
# secrets component only) and, with --display, a private Xvfb server.
#   kring-session.sh [--no-keyring] [--no-dbus] [--display] PROGRAM [ARGS...]
# --no-keyring: D-Bus session without a Secret Service (activation disabled).
# --no-dbus:    no session bus at all.
# Whatever the test leaves behind goes when it ends, however it ends: the
# private folder, and every process started in it (Xvfb, the bus, a keyring
# daemon that forked away from the bus).
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

# Every process of this session carries KRING_TEST_TMP=$top in its
# environment; that is how the clean-up finds the ones that left the tree.
stop_session_processes() {
  # The list is complete before the first kill (grep's own process is gone).
  for environ in $(grep -lzxF "KRING_TEST_TMP=$top" /proc/[0-9]*/environ 2>/dev/null); do
    pid=${environ#/proc/}; pid=${pid%/environ}
    [ "$pid" = $$ ] || kill "$pid" 2>/dev/null || true
  done
}
clean_up() {
  stop_session_processes
  rm -rf "$top"
}
trap clean_up EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

export HOME="$top/home" XDG_DATA_HOME="$top/home/.local/share" XDG_CONFIG_HOME="$top/home/.config"
export XDG_CACHE_HOME="$top/home/.cache" XDG_RUNTIME_DIR="$top/run" KRING_TEST_TMP="$top"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 GTK_A11Y=none LANGUAGE=nl LANG=C.UTF-8
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY KRINGKAART_PASSPHRASE

# Xvfb chooses a free display itself (-displayfd) and writes its number once
# it accepts connections: parallel tests never race for the same display, as
# they can with xvfb-run -a.
start_display() {
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$top/display" \
    >"$top/xvfb.log" 2>&1 &
  tries=600
  until grep -q '[0-9]' "$top/display" 2>/dev/null; do
    tries=$((tries - 1))
    if [ "$tries" = 0 ] || ! kill -0 $! 2>/dev/null; then
      echo "kring-session: Xvfb did not start:" >&2
      cat "$top/xvfb.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  DISPLAY=":$(tr -d '\n' <"$top/display")"
  export DISPLAY
}
[ "$display" = 1 ] && start_display

# KRING_TEST_WRAPPER (e.g. "valgrind --tool=memcheck"), when set, is put in
# front of PROGRAM only, so that a checker runs the test and not this script,
# D-Bus, the keyring or Xvfb (build-aux/kringkaart-valgrind sets it).
status=0
if [ "$dbus" = 0 ]; then
  export DBUS_SESSION_BUS_ADDRESS="unix:path=$top/no-such-bus"
  # shellcheck disable=SC2086
  ${KRING_TEST_WRAPPER:-} "$@" || status=$?
  exit $status
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

export KRING_SESSION_KEYRING="$keyring"
dbus-run-session --config-file="$top/session.conf" -- sh -c '
  if [ "$KRING_SESSION_KEYRING" = 1 ]; then
    printf kringtest | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  fi
  exec ${KRING_TEST_WRAPPER:-} "$@"' kring-session "$@" || status=$?
exit $status
