#!/usr/bin/python3
"""Reads an iCalendar file with python3-icalendar, a parser independent of keyproj's writer,
and prints the calendar and its events as JSON for tests/e2e/calendar_test.cpp to check.
    tests/e2e/ics_events.py FILE.ics"""
import json
import sys

import icalendar


def text(value):
    return None if value is None else str(value)


def day(component, name):
    prop = component.get(name)
    if prop is None:
        return None
    value = prop.dt
    # An all-day event's value is a date, not a date-time (which has an hour).
    return {"day": value.isoformat(), "is_date": not hasattr(value, "hour"),
            "value_param": text(prop.params.get("VALUE"))}


def categories(component):
    prop = component.get("categories")
    if prop is None:
        return []
    props = prop if isinstance(prop, list) else [prop]
    return [str(c) for p in props for c in p.cats]


def main():
    with open(sys.argv[1], "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    out = {
        "name": text(calendar.get("x-wr-calname")),
        "version": text(calendar.get("version")),
        "prodid": text(calendar.get("prodid")),
        "calscale": text(calendar.get("calscale")),
        "events": [],
    }
    for event in calendar.walk("VEVENT"):
        out["events"].append({
            "uid": text(event.get("uid")),
            "dtstamp": event.get("dtstamp").dt.strftime("%Y%m%dT%H%M%S%z"),
            "start": day(event, "dtstart"),
            "end": day(event, "dtend"),
            "summary": text(event.get("summary")),
            "description": text(event.get("description")),
            "categories": categories(event),
            "status": text(event.get("status")),
            "sequence": int(event.get("sequence", 0)),
        })
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
