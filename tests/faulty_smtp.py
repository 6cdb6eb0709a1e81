#!/usr/bin/env python3
"""A misbehaving SMTP server, for wl's fault tests (tests/email_faults.rs).

It speaks enough ESMTP for one session (greeting, EHLO, AUTH PLAIN/LOGIN, MAIL, RCPT, DATA,
RSET, QUIT), except the first time it reaches one STAGE, where it commits one FAULT instead
of the normal reply (later connections and later messages get normal replies, so a test can
check that the script goes on and that nothing is sent twice):

  stages: greeting ehlo auth mail rcpt data dot   (dot: after the message's final ".")
  faults: close      close the connection
          4xx        answer 451
          5xx        answer 554
          slow       send the normal reply one byte per second
          longline   send a 100,000-byte line
          garbage    send bytes that are not an SMTP reply
          silent     never answer

It listens on 127.0.0.1 (a free port, written to --port-file) and writes what happened to
--log as JSON lines: {"event": "accepted"} each time a message is acknowledged with 250
after the dot, {"event": "received"} each time a whole message arrived.
Only the standard library: it runs on any Python 3.
"""

import argparse
import json
import socket
import threading
import time

STAGES = ["greeting", "ehlo", "auth", "mail", "rcpt", "data", "dot"]
FAULTS = ["close", "4xx", "5xx", "slow", "longline", "garbage", "silent"]


class Faulty:
    def __init__(self, stage, fault, log):
        self.stage, self.fault, self.log = stage, fault, log
        self.lock = threading.Lock()
        self.faulted = False
        self.last_data_refused = False
        self.subject = ""

    def record(self, event):
        with self.lock, open(self.log, "a") as f:
            f.write(json.dumps({"event": event, "subject": self.subject}) + "\n")

    def reply(self, conn, stage, normal):
        """Sends `normal`, or commits the fault when this is the faulty stage.
        Returns False when the connection must end."""
        with self.lock:
            commit = stage == self.stage and not self.faulted
            if commit:
                self.faulted = True
        if not commit:
            conn.sendall(normal)
            return True
        fault = self.fault
        if fault == "close":
            conn.close()
            return False
        if fault == "4xx":
            conn.sendall(b"451 4.3.0 temporary failure at " + stage.encode() + b"\r\n")
            return stage not in ("greeting",)
        if fault == "5xx":
            conn.sendall(b"554 5.0.0 refused at " + stage.encode() + b"\r\n")
            return stage not in ("greeting",)
        if fault == "slow":
            try:
                for b in normal:
                    conn.sendall(bytes([b]))
                    time.sleep(1)
            except OSError:
                return False
            return True
        if fault == "longline":
            try:
                conn.sendall(b"250 " + b"x" * 100000 + b"\r\n")
            except OSError:
                pass
            return False
        if fault == "garbage":
            try:
                conn.sendall(b"\x00\xff\xfeHELLO? \x1b[31m not smtp\r\n")
            except OSError:
                pass
            return False
        if fault == "silent":
            try:
                conn.settimeout(120)
                while conn.recv(4096):
                    pass
            except OSError:
                pass
            return False
        raise ValueError(fault)

    def serve(self, conn):
        conn.settimeout(120)
        f = conn.makefile("rb")
        try:
            if not self.reply(conn, "greeting", b"220 faulty.test ESMTP\r\n"):
                return
            while True:
                line = f.readline()
                if not line:
                    return
                verb = line.split(b" ", 1)[0].strip().upper()
                if verb in (b"EHLO", b"HELO"):
                    normal = b"250-faulty.test\r\n250-AUTH PLAIN LOGIN\r\n250-8BITMIME\r\n250 SIZE 10000000\r\n"
                    if not self.reply(conn, "ehlo", normal):
                        return
                elif verb == b"AUTH":
                    parts = line.split()
                    if len(parts) >= 2 and parts[1].upper() == b"LOGIN":
                        conn.sendall(b"334 VXNlcm5hbWU6\r\n")
                        f.readline()
                        conn.sendall(b"334 UGFzc3dvcmQ6\r\n")
                        f.readline()
                    elif len(parts) == 2:
                        conn.sendall(b"334 \r\n")
                        f.readline()
                    if not self.reply(conn, "auth", b"235 2.7.0 authenticated\r\n"):
                        return
                elif verb == b"MAIL":
                    if not self.reply(conn, "mail", b"250 2.1.0 sender ok\r\n"):
                        return
                elif verb == b"RCPT":
                    if not self.reply(conn, "rcpt", b"250 2.1.5 recipient ok\r\n"):
                        return
                elif verb == b"DATA":
                    before = self.faulted
                    if not self.reply(conn, "data", b"354 end with .\r\n"):
                        return
                    # A refused DATA (4xx/5xx) is not followed by the message.
                    self.last_data_refused = before != self.faulted and self.fault in ("4xx", "5xx")
                    if self.last_data_refused:
                        self.last_data_refused = False
                        continue
                    self.subject = ""
                    while True:
                        body = f.readline()
                        if not body:
                            return
                        if body in (b".\r\n", b".\n"):
                            break
                        if body.lower().startswith(b"subject:") and not self.subject:
                            self.subject = body[8:].strip().decode("utf-8", "replace")
                    self.record("received")
                    before = self.faulted
                    if not self.reply(conn, "dot", b"250 2.0.0 queued\r\n"):
                        return
                    if before == self.faulted:
                        self.record("accepted")
                elif verb == b"RSET":
                    conn.sendall(b"250 2.0.0 reset\r\n")
                elif verb == b"QUIT":
                    conn.sendall(b"221 2.0.0 bye\r\n")
                    return
                elif verb == b"NOOP":
                    conn.sendall(b"250 2.0.0 ok\r\n")
                else:
                    conn.sendall(b"502 5.5.2 unknown command\r\n")
        except OSError:
            return
        finally:
            try:
                conn.close()
            except OSError:
                pass


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--stage", choices=STAGES, required=True)
    p.add_argument("--fault", choices=FAULTS, required=True)
    p.add_argument("--port-file", required=True)
    p.add_argument("--log", required=True)
    args = p.parse_args()
    server = Faulty(args.stage, args.fault, args.log)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    with open(args.port_file + ".tmp", "w") as f:
        f.write(str(listener.getsockname()[1]))
    import os

    os.replace(args.port_file + ".tmp", args.port_file)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=server.serve, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    main()
