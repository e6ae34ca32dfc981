#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Parses an iCalendar file with python3-icalendar, as a calendar app would.

usage: parse-ics.py FILE.ics

Prints one line per VEVENT: UID, SUMMARY, DTSTART, DTEND, separated by tabs,
with the dates in ISO form. Exits 1 when the file does not parse, when a
VEVENT lacks one of those properties or DTSTAMP, or when DTSTART or DTEND is
a date-time instead of a date (the export writes all-day events only).
"""
import datetime
import sys

import icalendar


def main(argv):
    # The test compares bytes; never let the locale pick the encoding.
    sys.stdout.reconfigure(encoding="utf-8")
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    if calendar.name != "VCALENDAR" or str(calendar.get("VERSION")) != "2.0":
        print("not an iCalendar 2.0 VCALENDAR", file=sys.stderr)
        return 1
    for event in calendar.walk("VEVENT"):
        missing = [p for p in ("UID", "DTSTAMP", "SUMMARY", "DTSTART", "DTEND") if p not in event]
        if missing:
            print("VEVENT without " + ", ".join(missing), file=sys.stderr)
            return 1
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        for value in (start, end):
            if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
                print(f"not an all-day date: {value!r}", file=sys.stderr)
                return 1
        summary = event.decoded("SUMMARY").decode("utf-8")
        print(f"{event['UID']}\t{summary}\t{start.isoformat()}\t{end.isoformat()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
