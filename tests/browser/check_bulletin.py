#!/usr/bin/python3
"""Checks a bulletin as headless Chromium rendered it (tests/browser/bulletin_test.sh).

  check_bulletin.py FIGURES.json PAGE.html DOM.html SHOT.png PAGE.pdf

FIGURES.json is `keyproj --format json bulletin` for the same month and filters. Exits non-zero,
saying why, when the rendered DOM lacks the headline figures or a section, the screenshot is
blank or lacks a chart's colours, the PDF is not A4, or a table row of the red and amber list or
of the new starts not started is cut at a page break.
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from PIL import Image

failures = []


def fail(why):
    failures.append(why)


def wan(yuan):
    """万元 to two decimals, grouped, rounded half up: how the page prints money."""
    hundredths = (yuan + 50) // 100
    return f"{hundredths // 100:,}.{hundredths % 100:02d}"


def share(fraction):
    return f"{fraction * 100:.2f}%"


def check_dom(figures, page, dom):
    total = figures["by_class"][-1]
    portfolio = figures["report"][-1]
    expected = {
        "在库项目": str(portfolio["projects"]),
        "计划总投资": wan(portfolio["budget_yuan"]),
        "年度计划投资": wan(total["plan_yuan"]),
        "本年完成投资": wan(total["completed_yuan"]),
        "完成年度计划": share(total["percent_of_plan"]),
        "序时进度": share(figures["schedule"]),
        "开工率": share(total["start_rate"]),
    }
    for label, value in expected.items():
        if not re.search(re.escape(label) + r"[^<]*</dt><dd[^>]*>" + re.escape(value) + "</dd>", dom):
            fail(f"the rendered page has no figure {label} = {value}")
    for title in ("一、总体情况", "二、分类推进情况", "三、红灯、黄灯项目", "四、应开工未开工项目", "五、未销号问题", "六、下月"):
        if title not in dom:
            fail(f"the rendered page has no section {title}")
    for item in figures["red_amber"]["items"][:3]:
        if item["code"] not in dom:
            fail(f"the rendered page lists no {item['code']}")
    policy = "default-src 'none'"
    if policy not in page or "Content-Security-Policy" not in page:
        fail("the page has no Content-Security-Policy forbidding requests")
    for outside in ("http:", "https:", "src=", "href=", "url(", "@import"):
        if outside in page:
            fail(f"the page holds {outside}")


def near(pixel, colour, tolerance=24):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour))


def check_screenshot(path):
    image = Image.open(path).convert("RGB")
    if image.width != 1280:
        fail(f"the screenshot is {image.width} px wide, not 1280")
    colours = image.getcolors(maxcolors=1 << 20) or []
    if len(colours) < 50:
        fail(f"the screenshot is blank or nearly so ({len(colours)} colours)")
    wanted = {"red #c0392b": (0xC0, 0x39, 0x2B), "amber #e6a700": (0xE6, 0xA7, 0x00),
              "green #2e8b57": (0x2E, 0x8B, 0x57), "bar blue #4a7fb0": (0x4A, 0x7F, 0xB0)}
    for name, colour in wanted.items():
        count = sum(n for n, pixel in colours if near(pixel, colour))
        if count < 200:
            fail(f"the screenshot has {count} pixels of the charts' {name}")


def pages_of(pdf):
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    out = re.sub(r"<!DOCTYPE[^>]*>", "", out)
    root = ET.fromstring(out)
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        words = [(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), w.text or "")
                 for w in page.findall("x:word", ns)]
        pages.append(words)
    return pages


def section_words(pages, start, end):
    """The words of each page between the heading beginning with `start` and the one beginning
    with `end`, as (page number, words)."""
    out, inside = [], False
    for number, words in enumerate(pages, 1):
        kept = []
        for word in sorted(words, key=lambda w: (round(w[1]), w[0])):
            if word[3].startswith(start):
                inside = True
                continue
            if word[3].startswith(end):
                inside = False
            if inside:
                kept.append(word)
        if kept:
            out.append((number, kept))
    return out


def check_rows(pdf, items, what, start, end):
    """Each row whole on one page: the words of its name cell, read down the cell from the row's
    code to the next row's, make the whole name. A row cut at a page break leaves its name's end on
    the next page."""
    codes = {item["code"]: item for item in items}
    seen = set()
    for number, words in section_words(pages_of(pdf), start, end):
        rows = sorted((w[1], w[2], w[3]) for w in words if w[3] in codes)
        # A code's first place is its row; the timeline below the table names the red projects again.
        rows = [r for r in rows if r[2] not in seen and not seen.add(r[2])]
        for k, (y0, x1, code) in enumerate(rows):
            item = codes[code]
            y_next = rows[k + 1][0] if k + 1 < len(rows) else float("inf")
            # The region cell, right of the name, on the code's line.
            region = [w for w in words if w[3] == item["region"] and abs(w[1] - y0) < 3 and w[0] > x1]
            if not region:
                fail(f"{what}: page {number}: no region beside {code}")
                continue
            right = min(w[0] for w in region)
            cell = sorted((w for w in words if x1 < w[0] < right and y0 - 3 <= w[1] < y_next - 3),
                          key=lambda w: (round(w[1]), w[0]))
            text = "".join(w[3] for w in cell)
            name = re.sub(r"\s+", "", item["name"])
            # The last row of a page reads on into what follows the table (a note, a chart): its
            # name must still be whole there.
            last = k + 1 == len(rows)
            if text != name and not (last and text.startswith(name)):
                fail(f"{what}: the row of {code} is cut or misread on page {number}: {text!r}, not {name!r}")
    missing = set(codes) - seen
    if missing:
        fail(f"{what}: no row for {sorted(missing)[:3]}")


def check_pdf(pdf, figures):
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    if not size or abs(float(size.group(1)) - 595.28) > 1.5 or abs(float(size.group(2)) - 841.89) > 1.5:
        fail(f"the PDF is not A4: {size.group(0) if size else info}")
    check_rows(pdf, figures["red_amber"]["items"], "red and amber", "三、", "四、")
    check_rows(pdf, figures["unstarted"]["items"], "not started", "四、", "五、")


def main():
    figures_path, page_path, dom_path, shot, pdf = sys.argv[1:6]
    with open(figures_path, encoding="utf-8") as f:
        figures = json.load(f)
    with open(page_path, encoding="utf-8") as f:
        page = f.read()
    with open(dom_path, encoding="utf-8") as f:
        dom = f.read()
    check_dom(figures, page, dom)
    check_screenshot(shot)
    check_pdf(pdf, figures)
    for why in failures:
        print("check_bulletin:", why, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
