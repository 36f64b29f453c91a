#!/usr/bin/env python3
"""Builds the Windows (.ico) and macOS (.icns) app icons from the PNG sizes in assets/icons.

Both formats can hold PNG images as they are, so no image library is needed: the script only writes the
containers. Run it after changing the PNGs: python3 installer/make-icons.py
"""
import struct
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"


def png(size):
    return (ICONS / f"app-icon-{size}.png").read_bytes()


def write_ico(sizes):
    # ICONDIR, then one ICONDIRENTRY per image (a width or height of 256 is written as 0), then the PNGs.
    images = [png(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    (ICONS / "app-icon.ico").write_bytes(header + entries + b"".join(images))


def write_icns(types):
    # 'icns', total length, then per image: its OSType, its length with the 8-byte header, the PNG.
    body = b""
    for ostype, size in types:
        data = png(size)
        body += ostype.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    (ICONS / "app-icon.icns").write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


write_ico([16, 32, 48, 64, 128, 256])
# icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512 pixels (PNG-coded types, macOS 10.7 and later).
write_icns([("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512)])
