#!/usr/bin/env python3
"""Makes test vectors for internal/legacyhash with Python's hashlib:
Django's hashers (pbkdf2_sha256, pbkdf2_sha1, scrypt, bcrypt_sha256's
pre-hash is covered through PHP), PHC/passlib-style PBKDF2 and scrypt, and
salted SHA in both spellings. The string layouts follow
django/contrib/auth/hashers.py (encode methods) and passlib's docs; the
digests are hashlib's. Writes JSON Lines on standard output."""
import base64, hashlib, json, os, secrets

def out(fmt, h, pw, by):
    print(json.dumps({"format": fmt, "hash": h, "password": pw, "by": by}, ensure_ascii=False))

def b64(b):  # Django: standard base64 with padding
    return base64.b64encode(b).decode()

def phc(b):  # PHC: standard alphabet, no padding
    return base64.b64encode(b).decode().rstrip("=")

def ab64(b):  # passlib's adapted base64: '.' for '+', no padding
    return phc(b).replace("+", ".")

def salt_text(n=22):
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(secrets.choice(alphabet) for _ in range(n))

pws = ["correct horse battery staple", "Pässwörd-123", "x", "émoji 🔑 key", "a:b:c$d"]
for pw in pws:
    p = pw.encode()
    s = salt_text()
    out("", "pbkdf2_sha256$%d$%s$%s" % (1000, s, b64(hashlib.pbkdf2_hmac("sha256", p, s.encode(), 1000))), pw, "Django PBKDF2PasswordHasher layout, hashlib.pbkdf2_hmac")
    out("django", "pbkdf2_sha1$%d$%s$%s" % (1000, s, b64(hashlib.pbkdf2_hmac("sha1", p, s.encode(), 1000))), pw, "Django PBKDF2SHA1PasswordHasher layout, hashlib.pbkdf2_hmac")
    out("", "scrypt$%d$%s$%d$%d$%s" % (1024, s, 8, 1, b64(hashlib.scrypt(p, salt=s.encode(), n=1024, r=8, p=1, dklen=64))), pw, "Django ScryptPasswordHasher layout, hashlib.scrypt")
    raw = os.urandom(16)
    out("", "$pbkdf2-sha256$i=%d$%s$%s" % (2000, phc(raw), phc(hashlib.pbkdf2_hmac("sha256", p, raw, 2000))), pw, "PHC pbkdf2-sha256, hashlib.pbkdf2_hmac")
    out("pbkdf2", "$pbkdf2-sha512$%d$%s$%s" % (2000, ab64(raw), ab64(hashlib.pbkdf2_hmac("sha512", p, raw, 2000, 64))), pw, "passlib pbkdf2_sha512 layout, hashlib.pbkdf2_hmac")
    out("", "$scrypt$ln=%d,r=%d,p=%d$%s$%s" % (10, 8, 2, phc(raw), phc(hashlib.scrypt(p, salt=raw, n=1024, r=8, p=2, dklen=32))), pw, "PHC scrypt, hashlib.scrypt")
    for alg in ("sha1", "sha256", "sha512"):
        out("salted-sha", "%s${salt}{password}$%s$%s" % (alg, s, hashlib.new(alg, s.encode() + p).hexdigest()), pw, "salted-sha template, hashlib." + alg)
        out("salted-sha", "%s${password}{salt}$%s$%s" % (alg, s, hashlib.new(alg, p + s.encode()).hexdigest()), pw, "salted-sha template, hashlib." + alg)
        out("salted-sha", "%s$x{password}--{salt}y$%s$%s" % (alg, s, hashlib.new(alg, b"x" + p + b"--" + s.encode() + b"y").hexdigest()), pw, "salted-sha template, hashlib." + alg)
    for scheme, alg in (("SSHA", "sha1"), ("SSHA256", "sha256"), ("SSHA512", "sha512")):
        out("", "{%s}%s" % (scheme, b64(hashlib.new(alg, p + raw[:8]).digest() + raw[:8])), pw, "LDAP {%s}, hashlib.%s" % (scheme, alg))
    out("", "{SHA}%s" % b64(hashlib.sha1(p).digest()), pw, "LDAP {SHA}, hashlib.sha1")
