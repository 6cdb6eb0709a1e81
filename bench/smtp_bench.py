#!/usr/bin/python3
"""SMTP benchmark: N messages over one session to a loopback aiosmtpd sink, sent by wl
(synchronous and asynchronous sessions) and by Python's smtplib, in the same run.

    /usr/bin/python3 bench/smtp_bench.py PATH/TO/wl [N]

Prints the rates (messages per second) and wl's synchronous rate over Python's, and for
reference smtplib sending a pre-formatted message (no message building on Python's side).
Each sender builds every message itself (headers, Date, Message-ID, text body) and sends
it over one connection; the times include starting and closing the session (and, for wl,
starting the interpreter).
"""

import os
import subprocess
import sys
import time
import smtplib
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def start_sink():
    proc = subprocess.Popen(
        ["/usr/bin/python3", os.path.join(ROOT, "tests", "smtp_server.py"), "--mode", "plain", "--sink",
         "--out", os.path.join("/tmp", "wl-bench-sink-%d" % os.getpid())],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    if not line.startswith("PORT "):
        sys.exit("the sink did not start (python3-aiosmtpd missing? run tests/setup.sh): %r" % line)
    return proc, int(line.split()[1])


def run_wl(wl, port, n, asynchronous):
    env = dict(os.environ, SMTP_PORT=str(port), BENCH_COUNT=str(n), BENCH_ASYNC="1" if asynchronous else "0")
    start = time.perf_counter()
    done = subprocess.run([wl, "run", os.path.join(HERE, "smtp_send.wl")], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or done.stderr:
        sys.exit("wl failed (%d): %s" % (done.returncode, done.stderr))
    return elapsed


def run_python(port, n):
    start = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as s:
        s.ehlo()
        for i in range(1, n + 1):
            msg = EmailMessage()
            msg["From"] = "Bench <bench@example.com>"
            msg["To"] = "sink@example.org"
            msg["Subject"] = "Message %d" % i
            msg["Date"] = formatdate()
            msg["Message-ID"] = make_msgid()
            msg.set_content("Hello,\r\nthis is message number %d of the benchmark.\r\n" % i)
            s.send_message(msg)
    return time.perf_counter() - start


def run_python_raw(port, n):
    """smtplib alone: a pre-formatted message with only its subject changed."""
    template = ("From: Bench <bench@example.com>\r\nTo: sink@example.org\r\nSubject: Message %d\r\n"
                "Date: " + formatdate() + "\r\nMessage-ID: <%d.bench@example.com>\r\n"
                "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                "Hello,\r\nthis is message number %d of the benchmark.\r\n")
    start = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as s:
        s.ehlo()
        for i in range(1, n + 1):
            s.sendmail("bench@example.com", ["sink@example.org"], template % (i, i, i))
    return time.perf_counter() - start


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    wl = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    sink, port = start_sink()
    try:
        run_wl(wl, port, 10, False)  # warm-up: page cache, first connections
        run_python(port, 10)
        t_wl = run_wl(wl, port, n, False)
        t_py = run_python(port, n)
        t_raw = run_python_raw(port, n)
        t_async = run_wl(wl, port, n, True)
    finally:
        out, _ = sink.communicate(input="", timeout=30)
    count = int(out.split()[-1]) if out.strip().startswith("COUNT") else -1
    expected = 4 * n + 20
    print("messages per run       %d (one session each, to aiosmtpd on 127.0.0.1:%d)" % (n, port))
    print("wl synchronous         %8.0f msg/s  (%.2f s)" % (n / t_wl, t_wl))
    print("Python smtplib         %8.0f msg/s  (%.2f s)" % (n / t_py, t_py))
    print("wl / Python            %8.2f" % (t_py / t_wl))
    print("wl asynchronous        %8.0f msg/s  (%.2f s)" % (n / t_async, t_async))
    print("Python smtplib, message preformatted (transport only, for reference)")
    print("                       %8.0f msg/s  (%.2f s)" % (n / t_raw, t_raw))
    print("messages received      %d of %d" % (count, expected))
    if count != expected:
        sys.exit("the sink did not receive every message")


if __name__ == "__main__":
    main()
