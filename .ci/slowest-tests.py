#!/usr/bin/env python3
"""Prints the total test time and the ten slowest test classes from surefire's XML reports."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

folders = sys.argv[1:] or glob.glob("plan-*/target/surefire-reports")
suites = []
for folder in folders:
    for path in glob.glob(os.path.join(folder, "TEST-*.xml")):
        root = ET.parse(path).getroot()
        suites.append((float(root.get("time", "0") or 0), int(root.get("tests", "0")), root.get("name", path)))

total = sum(time for time, _, _ in suites)
print(f"Test time: {total / 60:.1f} min in {len(suites)} classes, {sum(n for _, n, _ in suites)} tests")
print("Slowest test classes:")
for time, tests, name in sorted(suites, reverse=True)[:10]:
    print(f"  {time:7.1f} s  {tests:3d} tests  {name}")
