#!/usr/bin/env python3
"""Writes the bad project files of BadFileCorpusTest: base.aivw (valid) spoiled one way each.

Run from this folder after changing base.aivw; the files are committed, so the tests do not need Python.
"""
import json

BASE = open("base.aivw", encoding="utf-8").read()


def spoil(old, new, count=1):
    assert BASE.count(old) >= count, old
    return BASE.replace(old, new, count)


def write(name, text):
    with open(name, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_bytes(name, data):
    with open(name, "wb") as f:
        f.write(data)


R1 = "00000000-0000-4000-8000-000000000021"
R2 = "00000000-0000-4000-8000-000000000022"

write_bytes("empty.aivw", b"")
write("truncated.aivw", BASE[: BASE.index('"mitigations"')])
write_bytes("binary.aivw", bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0xFE]))
write_bytes("utf16le-bom.aivw", BASE.encode("utf-16"))
write_bytes("utf16be.aivw", BASE.encode("utf-16-be"))
write_bytes("utf8-bom.aivw", b"\xef\xbb\xbf" + BASE.encode("utf-8"))
write_bytes("invalid-utf8.aivw", spoil('"Tiny"', '"Ti\x00ny"').encode("utf-8").replace(b"\x00", b"\xc3\x28"))
write("not-aivw.aivw", '{\n  "name": "some-package",\n  "version": "1.0.0"\n}\n')
write("array-root.aivw", "[1, 2, 3]\n")
write("newer-version.aivw", spoil('"formatVersion": 1', '"formatVersion": 2'))
write("trailing-content.aivw", BASE + "{}\n")
write("wrong-types.aivw", spoil('"riskAppetite": 8', '"riskAppetite": "8"')
      .replace('"publicFacing": false', '"publicFacing": "no"')
      .replace('"sectors": [\n      "HEALTHCARE"\n    ]', '"sectors": "HEALTHCARE"')
      .replace('"impact": 4,', '"impact": 4.0,', 1)
      .replace('"done": true', '"done": null'))
write("out-of-range.aivw", spoil('"likelihood": 2', '"likelihood": 7'))
write("effectiveness-too-high.aivw", spoil('"effectiveness": 40', '"effectiveness": 95'))
write("score-above-100.aivw", spoil('"overall": 48.0', '"overall": 100.5'))
write("unknown-key.aivw", spoil('"code": "R-001",', '"code": "R-001",\n        "colour": "RED",'))
write("missing-key.aivw", spoil('    "summary": "A tiny project for bad files.",\n', ""))
write("duplicate-key.aivw", spoil('"code": "R-002",', '"code": "R-002",\n        "code": "R-099",'))
write("impossible-date.aivw", spoil('"reviewBy": "2027-03-01"', '"reviewBy": "2027-02-30"'))
write("bad-instant.aivw", spoil('"createdAt": "2026-03-02T08:00:00Z"', '"createdAt": "2026-13-02T08:00:00Z"'))
write("midnight-24.aivw", spoil('"updatedAt": "2026-03-02T09:00:00Z"', '"updatedAt": "2026-03-02T24:00:00Z"'))
write("instant-with-offset.aivw", spoil('"exportedAt": "2026-11-28T12:00:00Z"', '"exportedAt": "2026-11-28T12:00:00+01:00"'))
write("upper-case-uuid.aivw", spoil('"id": "00000000-0000-4000-8000-000000000011"',
                                    '"id": "00000000-0000-4000-8000-00000000001A"'))
write("dangling-link.aivw", spoil('"linkedRiskIds": [\n          "' + R1,
                                  '"linkedRiskIds": [\n          "00000000-0000-4000-8000-000000000999'))
write("dangling-owner.aivw", spoil('"ownerId": "00000000-0000-4000-8000-000000000051"',
                                   '"ownerId": "00000000-0000-4000-8000-000000000052"'))
write("duplicate-id.aivw", spoil('"id": "00000000-0000-4000-8000-000000000042"', '"id": "' + R1 + '"'))
write("duplicate-code.aivw", spoil('"code": "R-002"', '"code": "R-001"'))
write("duplicate-position.aivw", spoil('"position": 1', '"position": 0'))
write("duplicate-practice.aivw", spoil('"key": "RISK_CONTROL"', '"key": "MARKET_RESEARCH"'))
write("duplicate-sector.aivw", spoil('"sectors": [\n      "HEALTHCARE"\n    ]',
                                     '"sectors": [\n      "HEALTHCARE",\n      "HEALTHCARE"\n    ]'))
write("category-of-wrong-kind.aivw", spoil('"category": "MARKET_POTENTIAL"', '"category": "MARKET"'))
write("blank-name.aivw", spoil('"name": "Tiny"', '"name": "\u3000 \u00a0"'))
write("unknown-control.aivw", spoil('"controlId": "DPS_ENCRYPTION"', '"controlId": "DPS_MAGIC"'))
write("risk-code-pattern.aivw", spoil('"code": "R-002"', '"code": "R-12"'))
write("lone-surrogate.aivw", spoil('"title": "Data leak"', '"title": "Data \\ud800 leak"'))
write("summary-too-long.aivw", spoil('"summary": "A tiny project for bad files."', '"summary": "' + "字" * 20001 + '"'))
write("huge-string.aivw", spoil('"summary": "A tiny project for bad files."', '"summary": "' + "x" * 50000 + '"'))
