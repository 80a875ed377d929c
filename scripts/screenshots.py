"""Screenshot pages of a running site in headless Chromium, as a phone and a desktop.

Usage: .venv/bin/python scripts/screenshots.py [--login EMAIL] [--width 390] PATH [PATH ...]
Writes PNGs to var/screenshots/. The demo password comes from DEMO_PASSWORD.
"""

import argparse
import os
import re
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--login")
    parser.add_argument("--width", type=int, default=390)
    parser.add_argument("--height", type=int, default=844)
    args = parser.parse_args()
    out = Path("var/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        if args.login:
            page.goto(f"{args.base}/accounts/login/")
            page.fill("#id_login", args.login)
            page.fill("#id_password", os.environ.get("DEMO_PASSWORD", "DemoPass-2025"))
            page.click("button[type=submit]")
            page.wait_for_load_state()
        for path in args.paths:
            page.goto(f"{args.base}{path}")
            page.wait_for_load_state("networkidle")
            name = re.sub(r"[^a-z0-9]+", "-", f"{args.login or 'anon'}{path}-{args.width}".lower()).strip("-")
            page.screenshot(path=out / f"{name}.png", full_page=True)
            print(out / f"{name}.png")
        browser.close()


if __name__ == "__main__":
    main()
