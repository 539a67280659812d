#!/usr/bin/env python3
"""The HTTP client of deploy/two-nodes.sh: signs in, puts load on signed-in pages, writes records, and counts
what the client saw (status codes, connection errors, sessions lost). Standard library only.

  two-nodes-client.py signin BASE USER PASSWORD             prints the SESSION cookie of a new sign-in
  two-nodes-client.py load BASE COOKIE PATH THREADS STOP     GETs PATH until the file STOP exists; prints a summary
  two-nodes-client.py write BASE COOKIE BRAND THREADS STOP OUT
                                                             records media coverage until STOP exists; appends each
                                                             title whose save was answered (302) to OUT; prints a summary
"""
import collections
import html
import http.client
import json
import os
import re
import sys
import threading
import time
import urllib.parse

MAX_SECONDS = 120  # a safety net: every loop ends by its stop file long before this


def connect(base):
    url = urllib.parse.urlsplit(base)
    return http.client.HTTPConnection(url.hostname, url.port, timeout=30)


def request(conn, method, path, cookie=None, form=None):
    headers = {"Accept-Language": "zh-CN"}
    if cookie:
        headers["Cookie"] = "SESSION=" + cookie
    body = None
    if form is not None:
        body = urllib.parse.urlencode(form, doseq=True)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    return response, response.read().decode("utf-8", "replace")


def session_cookie(response, current=None):
    for name, value in response.getheaders():
        if name.lower() == "set-cookie" and value.startswith("SESSION="):
            return value.split(";", 1)[0][len("SESSION="):]
    return current


def csrf_token(page):
    match = re.search(r'name="_csrf"\s+value="([^"]+)"', page) or re.search(r'value="([^"]+)"\s+name="_csrf"', page)
    if not match:
        raise SystemExit("no CSRF token in the page")
    return html.unescape(match.group(1))


def sign_in(base, user, password):
    conn = connect(base)
    response, page = request(conn, "GET", "/login")
    cookie = session_cookie(response)
    response, _ = request(conn, "POST", "/login", cookie,
                          {"username": user, "password": password, "_csrf": csrf_token(page)})
    location = response.getheader("Location", "")
    if response.status != 302 or "error" in location:
        raise SystemExit(f"sign-in of {user} failed: {response.status} {location}")
    print(session_cookie(response, cookie))


def run_threads(count, work):
    counts = collections.Counter()
    lock = threading.Lock()

    def tally(key):
        with lock:
            counts[key] += 1

    threads = [threading.Thread(target=work, args=(i, tally)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counts


def stopped(stop_file, started):
    return os.path.exists(stop_file) or time.monotonic() - started > MAX_SECONDS


def load(base, cookie, path, threads, stop_file):
    started = time.monotonic()

    def work(_, tally):
        conn = connect(base)
        while not stopped(stop_file, started):
            try:
                response, _ = request(conn, "GET", path, cookie)
            except (OSError, http.client.HTTPException) as e:
                tally("connection-error " + type(e).__name__)
                conn.close()
                conn = connect(base)
                continue
            if response.status == 302 and "/login" in response.getheader("Location", ""):
                tally("session-lost")
            else:
                tally(str(response.status))
            if response.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = connect(base)

    print(json.dumps(run_threads(threads, work), sort_keys=True))


def write(base, cookie, brand, threads, stop_file, out):
    started = time.monotonic()
    conn = connect(base)
    token = None
    while token is None and not stopped(stop_file, started):  # the form may answer 503 while the database is away
        _, page = request(conn, "GET", "/promotion/coverage/new", cookie)
        token = csrf_token(page) if 'name="_csrf"' in page else time.sleep(0.5)
    answered = open(out, "a", encoding="utf-8")
    out_lock = threading.Lock()

    def work(worker, tally):
        conn = connect(base)
        n = 0
        while not stopped(stop_file, started):
            n += 1
            title = f"two-nodes write {os.getpid()}-{worker}-{n}"
            form = {"outlet": "吉林日报", "kind": "NEWSPAPER", "publishedOn": "2025-06-01", "title": title,
                    "brandIds": brand, "summary": "deploy/two-nodes.sh", "version": "0", "_csrf": token}
            try:
                response, _ = request(conn, "POST", "/promotion/coverage", cookie, form)
            except (OSError, http.client.HTTPException) as e:
                tally("connection-error " + type(e).__name__)
                conn.close()
                conn = connect(base)
                continue
            location = response.getheader("Location", "")
            if response.status == 302 and location.endswith("/promotion/coverage"):
                with out_lock:
                    answered.write(title + "\n")
                    answered.flush()
                tally("saved")
            elif response.status == 302 and "/login" in location:
                tally("session-lost")
            else:
                tally(str(response.status))
            if response.status == 503:
                time.sleep(0.2)  # as a browser's user would wait, not a tight loop against a stopped database

    counts = run_threads(threads, work)
    answered.close()
    print(json.dumps(counts, sort_keys=True))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "signin":
        sign_in(*args)
    elif command == "load":
        load(args[0], args[1], args[2], int(args[3]), args[4])
    elif command == "write":
        write(args[0], args[1], args[2], int(args[3]), args[4], args[5])
    else:
        raise SystemExit(__doc__)
