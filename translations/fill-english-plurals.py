#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the plural forms of coachbench_en.ts from the source strings.

Source strings write plurals as "%n call(s)"; English needs "1 call" and
"6 calls". Run after `cmake --build build --target update_translations`.
Entries someone already wrote by hand are left alone.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/coachbench_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if forms and all(f.text for f in forms):
        translation.attrib.pop("type", None)
        continue
    for f in forms:
        translation.remove(f)
    singular = re.sub(r"\((e?s)\)", "", source)
    singular = singular.replace("(ies)", "y")
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
