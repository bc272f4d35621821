#!/usr/bin/env python3
"""Fills unfinished entries of a Qt .ts file from a TSV of 'source<TAB>translation' lines.

   scripts/ts-apply.py translations/mijnhelpdeskpo_nl.ts nl.tsv
   scripts/ts-apply.py --list translations/mijnhelpdeskpo_nl.ts   # prints the unfinished sources

A source with a newline is written with the two characters \\n in the TSV; a plural (%n) entry's
translation gives its forms separated by '|' ("%n pagina|%n pagina's").
"""
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree


def write(tree, path):
    root = tree.getroot()
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def main():
    args = sys.argv[1:]
    if args and args[0] == "--list":
        tree = load(args[1])
        for msg in tree.getroot().iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                print(msg.find("source").text.replace("\n", "\\n"))
        return 0
    ts, tsv = args
    mapping = {}
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or "\t" not in line:
                continue
            src, dst = line.split("\t", 1)
            mapping[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")
    tree = load(ts)
    left = 0
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        src = msg.find("source").text
        if tr is None or tr.get("type") != "unfinished":
            continue
        if src in mapping:
            if msg.get("numerus") == "yes":
                # Plural forms: "one|many" in the TSV, one <numerusform> each.
                for child in list(tr):
                    tr.remove(child)
                for form in mapping[src].split("|"):
                    ET.SubElement(tr, "numerusform").text = form
                tr.text = None
            else:
                tr.text = mapping[src]
            del tr.attrib["type"]
        else:
            left += 1
    write(tree, ts)
    print(f"unfinished left: {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
