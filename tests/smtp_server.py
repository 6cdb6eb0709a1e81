#!/usr/bin/python3
"""A real SMTP server for wl's tests and benchmark: aiosmtpd on 127.0.0.1.

Run with Debian's Python (/usr/bin/python3, package python3-aiosmtpd):

    smtp_server.py --mode MODE --out DIR [options]

Modes:
  plain          plain SMTP (no STARTTLS offered)
  starttls       plain connection, STARTTLS offered and required before MAIL
  tls            TLS from the first byte (SMTPS)
  silent         accepts connections and never says anything (a hung server)
  close-in-data  greets, accepts MAIL/RCPT/DATA, then closes the connection in the
                 middle of the message data
  garbage        answers every connection with a line that is not an SMTP reply

Options:
  --cert F --key F     the server certificate chain and key (starttls, tls)
  --auth USER:PASS     require AUTH (PLAIN or LOGIN) with these credentials
  --mechanisms LIST    offer only these AUTH mechanisms (e.g. LOGIN)
  --oauth USER:TOKEN   offer only AUTH XOAUTH2 and require this user and OAuth 2 token
  --oauth-mechanism M  with --oauth: XOAUTH2 (default) or OAUTHBEARER (RFC 7628)
  --reject PREFIX      answer RCPT TO for addresses starting with PREFIX with a 550
  --sink               count messages without writing them (benchmark); prints
                       "COUNT <n>" when it stops
  --port N             listen on N instead of a free port

Each message received is written to DIR as NNNN.eml (the bytes after DATA, as received)
and NNNN.json (envelope: mail_from, rcpt_tos, mail_options, auth_login, tls, peer).
The server prints "PORT <n>" on stdout once it accepts connections, and stops when its
standard input is closed (so it never outlives the test that started it) or on SIGTERM.
"""

import argparse
import base64
import email
import email.policy
import json
import os
import signal
import socket
import ssl
import sys
import threading

HOST = "127.0.0.1"
SINK_COUNT = [0]


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Recorder:
    """aiosmtpd handler: writes each message and its envelope into a folder."""

    def __init__(self, out, sink, reject):
        self.out = out
        self.sink = sink
        self.reject = reject
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.reject and address.lower().startswith(self.reject.lower()):
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            n = self.count
        if self.sink:
            SINK_COUNT[0] = n
            return "250 OK"
        ssl_object = server.transport.get_extra_info("ssl_object") if server.transport else None
        auth = session.auth_data
        if isinstance(auth, bytes):
            auth = auth.decode("utf-8", "replace")
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "mail_options": list(envelope.mail_options),
            "auth_login": auth if session.authenticated else None,
            "tls": ssl_object is not None,
            "peer": session.peer[0] if session.peer else None,
            "peer_port": session.peer[1] if session.peer else None,
            "parsed": parse(envelope.original_content),
        }
        base = os.path.join(self.out, "%04d" % n)
        content = envelope.original_content
        if isinstance(content, str):
            content = content.encode("utf-8")
        for ext, data in ((".eml", content), (".json", json.dumps(meta, indent=1).encode("utf-8"))):
            tmp = base + ext + ".tmp"
            with open(tmp, "wb") as f:
                f.write(data)
            os.replace(tmp, base + ext)
        return "250 OK"


def parse(content):
    """The message as Python's email package reads it: an independent MIME parser."""
    if isinstance(content, str):
        content = content.encode("utf-8")
    msg = email.message_from_bytes(content, policy=email.policy.default)
    parts = []
    for part in msg.walk():
        if part.is_multipart():
            parts.append({"content_type": part.get_content_type()})
            continue
        entry = {
            "content_type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "filename": part.get_filename(),
            "disposition": part.get_content_disposition(),
        }
        payload = part.get_payload(decode=True) or b""
        if part.get_content_maintype() == "text":
            entry["text"] = payload.decode(part.get_content_charset() or "utf-8", "replace")
        else:
            entry["base64"] = base64.b64encode(payload).decode("ascii")
        parts.append(entry)
    return {
        "headers": [[k, str(v)] for k, v in msg.items()],
        "defects": [str(d) for d in msg.defects],
        "parts": parts,
    }


def make_oauth_handler(handler, expected_user, expected_token, mechanism):
    """A handler that offers SASL XOAUTH2 (or OAUTHBEARER) and accepts exactly this user and
    token."""
    from aiosmtpd.smtp import AuthResult

    async def initial_response(server, args):
        """The SASL initial response, given on the AUTH line or after an empty challenge,
        decoded; None when it is missing or not base64 UTF-8."""
        if len(args) > 1:
            raw = args[1].encode("ascii")
        else:
            raw = await server.challenge_auth("", encode_to_b64=False)
            if not isinstance(raw, bytes):
                return None
        try:
            return base64.b64decode(raw, validate=True).decode("utf-8")
        except Exception:
            return None

    class OAuthRecorder(type(handler)):
        async def auth_XOAUTH2(self, server, args):
            text = await initial_response(server, args)
            if text is None:
                return AuthResult(success=False, handled=False)
            expected = "user=%s\x01auth=Bearer %s\x01\x01" % (expected_user, expected_token)
            if text == expected:
                return AuthResult(success=True, auth_data=expected_user)
            return AuthResult(success=False, handled=False)

    class BearerRecorder(type(handler)):
        """OAUTHBEARER (RFC 7628): the GS2 header names the user, the token follows; a wrong
        one gets the JSON error challenge, which the client must answer with ^A."""

        async def auth_OAUTHBEARER(self, server, args):
            text = await initial_response(server, args)
            if text is None:
                return AuthResult(success=False, handled=False)
            fields = text.split("\x01")
            user = fields[0][len("n,a="):-1] if fields[0].startswith("n,a=") and fields[0].endswith(",") else None
            user = user.replace("=2C", ",").replace("=3D", "=") if user is not None else None
            pairs = dict(f.split("=", 1) for f in fields[1:] if "=" in f)
            well_formed = text.endswith("\x01\x01") and "host" in pairs and pairs.get("port", "").isdigit()
            if well_formed and user == expected_user and pairs.get("auth") == "Bearer " + expected_token:
                return AuthResult(success=True, auth_data=expected_user)
            error = base64.b64encode(b'{"status":"invalid_token","schemes":"bearer"}').decode("ascii")
            answer = await server.challenge_auth(error, encode_to_b64=False)
            if answer != b"\x01":
                await server.push("501 5.5.2 OAUTHBEARER: the client must answer the error with ^A")
                return AuthResult(success=False, handled=True)
            return AuthResult(success=False, handled=False)

    handler.__class__ = BearerRecorder if mechanism == "OAUTHBEARER" else OAuthRecorder
    return handler


def make_authenticator(expected_user, expected_password):
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def authenticator(server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        password = auth_data.password.decode("utf-8", "replace")
        if login == expected_user and password == expected_password:
            return AuthResult(success=True, auth_data=login)
        return AuthResult(success=False, handled=False)

    return authenticator


def run_aiosmtpd(args, port):
    from aiosmtpd.controller import Controller

    handler = Recorder(args.out, args.sink, args.reject)
    kwargs = {
        "hostname": HOST,
        "port": port,
        "server_hostname": "wl-test.localhost",
        "ready_timeout": 10.0,
        "data_size_limit": 50 * 1024 * 1024,
    }
    context = None
    if args.mode in ("starttls", "tls"):
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
    if args.mode == "starttls":
        kwargs["tls_context"] = context
        kwargs["require_starttls"] = True
    elif args.mode == "tls":
        kwargs["ssl_context"] = context
    if args.auth:
        user, _, password = args.auth.partition(":")
        kwargs["authenticator"] = make_authenticator(user, password)
        kwargs["auth_required"] = True
        kwargs["auth_require_tls"] = args.mode == "starttls"
        if args.mechanisms:
            offered = {m.upper() for m in args.mechanisms.split(",")}
            kwargs["auth_exclude_mechanism"] = [m for m in ("PLAIN", "LOGIN") if m not in offered]
    if args.oauth:
        user, _, token = args.oauth.partition(":")
        mechanism = (args.oauth_mechanism or "XOAUTH2").upper()
        handler = make_oauth_handler(handler, user, token, mechanism)
        kwargs["auth_required"] = True
        kwargs["auth_require_tls"] = False
        kwargs["auth_exclude_mechanism"] = ["PLAIN", "LOGIN"]
    controller = Controller(handler, **kwargs)
    controller.start()
    return controller.stop


def run_raw(args, port):
    """The misbehaving servers, on plain sockets."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((HOST, port))
    listener.listen(16)
    held = []

    def serve(conn):
        if args.mode == "silent":
            held.append(conn)  # keep it open, say nothing
            return
        f = conn.makefile("rb")
        try:
            if args.mode == "garbage":
                conn.sendall(b"* OK this is not an SMTP server\r\n")
                f.readline()
                return
            conn.sendall(b"220 wl-test.localhost ESMTP ready\r\n")
            while True:
                line = f.readline()
                if not line:
                    break
                verb = line.strip().split(b" ")[0].upper()
                if verb in (b"EHLO", b"HELO"):
                    conn.sendall(b"250-wl-test.localhost\r\n250-8BITMIME\r\n250 SIZE 1000000\r\n")
                elif verb in (b"MAIL", b"RCPT", b"RSET", b"NOOP"):
                    conn.sendall(b"250 OK\r\n")
                elif verb == b"DATA":
                    conn.sendall(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    f.readline()  # one line of the message, then hang up
                    break
                elif verb == b"QUIT":
                    conn.sendall(b"221 Bye\r\n")
                    break
                else:
                    conn.sendall(b"500 Unknown command\r\n")
        except OSError:
            pass
        finally:
            f.close()
            conn.close()

    def accept_loop():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept_loop, daemon=True).start()

    def stop():
        listener.close()
        for c in held:
            c.close()

    return stop


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--mode", required=True, choices=["plain", "starttls", "tls", "silent", "close-in-data", "garbage"])
    p.add_argument("--out", required=True)
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--auth")
    p.add_argument("--reject")
    p.add_argument("--mechanisms")
    p.add_argument("--oauth")
    p.add_argument("--oauth-mechanism", choices=["XOAUTH2", "OAUTHBEARER"])
    p.add_argument("--sink", action="store_true")
    p.add_argument("--port", type=int, default=0)
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)

    runner = run_raw if args.mode in ("silent", "close-in-data", "garbage") else run_aiosmtpd
    stop = None
    for attempt in range(20):
        port = args.port or free_port()
        try:
            stop = runner(args, port)
            break
        except Exception as e:  # the free port was taken in between: try another
            if args.port or attempt == 19:
                print("ERROR %s" % e, flush=True)
                sys.exit(1)
    print("PORT %d" % port, flush=True)

    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())

    def wait_stdin():
        try:
            sys.stdin.read()
        except Exception:
            pass
        done.set()

    threading.Thread(target=wait_stdin, daemon=True).start()
    while not done.wait(0.5):
        pass
    stop()
    if args.sink:
        print("COUNT %d" % SINK_COUNT[0], flush=True)


if __name__ == "__main__":
    main()
