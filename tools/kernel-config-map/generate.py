#!/usr/bin/env python3
"""Maps every kernel source file to the CONFIG_* options that must be on for
it to be built, from the kernel's own Kbuild Makefiles.

    generate.py SOURCE_DIR VERSION > data/kernel/config-map.tsv

SOURCE_DIR is an unpacked kernel tree (Debian: apt-get install
linux-source-6.1, then tar xf /usr/src/linux-source-6.1.tar.xz). The walk
starts at the top-level Kbuild (obj-y += kernel/ ...; obj-$(CONFIG_NET) +=
net/) plus lib/ and arch/x86/, and follows each Makefile/Kbuild:

    obj-$(CONFIG_X) += foo.o dir/     foo.o built when X; dir/ entered when X
    foo-y := a.o b.o                 foo.o is made of a.c and b.c
    foo-$(CONFIG_Y) += c.o           ... and of c.c when Y too
    ifdef CONFIG_Z / ifeq ($(CONFIG_Z),y) ... endif   conditions on a block

A file's options are the conjunction along the way (directory, object,
composite part, block). What is not understood (other variables, ifneq,
Kconfig `depends on`) adds no condition: triage then sees the file as built,
never as off by a guess. Header files are not listed: they are built only
through the .c files that include them.
"""
import os
import re
import sys

CONFIG_REF = re.compile(r"\$\((CONFIG_[A-Za-z0-9_]+)\)")
ASSIGN = re.compile(r"^([A-Za-z0-9_.\-]+)-(\$\((CONFIG_[A-Za-z0-9_]+)\)|y|m|objs|\$\(subst m,y,\$\((CONFIG_[A-Za-z0-9_]+)\)\))\s*(\+?:?=)\s*(.*)$")


def logical_lines(path):
    with open(path, errors="replace") as f:
        buf = ""
        for raw in f:
            line = raw.rstrip("\n")
            if line.endswith("\\"):
                buf += line[:-1] + " "
                continue
            buf += line
            yield buf
            buf = ""
        if buf:
            yield buf


def parse_makefile(path):
    """Returns (objects, composites): objects = [(item, conds)], composites =
    {name: [(part, conds)]} with conds a tuple of CONFIG names."""
    objects, composites = [], {}
    block = []  # conditions of enclosing ifdef/ifeq blocks (None for unknown)
    for line in logical_lines(path):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^ifdef\s+(CONFIG_[A-Za-z0-9_]+)$", line) or \
            re.match(r"^ifeq\s*\(\$\((CONFIG_[A-Za-z0-9_]+)\),\s*y\)$", line) or \
            re.match(r"^ifneq\s*\(\$\((CONFIG_[A-Za-z0-9_]+)\),\s*\)$", line)
        if m:
            block.append(m.group(1))
            continue
        if re.match(r"^if(n?def|n?eq)\b", line):
            block.append(None)
            continue
        if line.startswith("else"):
            if block:
                block[-1] = None  # the other branch: no condition we can state
            continue
        if line.startswith("endif"):
            if block:
                block.pop()
            continue
        m = ASSIGN.match(line)
        if not m:
            continue
        name, selector, cond1, cond2, _, value = m.groups()
        cond = cond1 or cond2
        conds = tuple(c for c in block if c) + ((cond,) if cond else ())
        items = [i for i in value.split() if not i.startswith("$(") or i.endswith("/")]
        if name in ("obj", "lib", "core", "drivers", "libs", "net"):
            for i in items:
                objects.append((i, conds))
        else:
            # A composite object's parts: foo-y, foo-objs, foo-$(CONFIG_Y).
            if name.endswith("-objs"):
                name = name[:-5]
            composites.setdefault(name, []).extend((i, conds) for i in items)
    return objects, composites


def kbuild_file(directory):
    for n in ("Kbuild", "Makefile"):
        p = os.path.join(directory, n)
        if os.path.isfile(p):
            return p
    return None


def source_of(root, rel_obj):
    base = rel_obj[:-2]
    for ext in (".c", ".S", ".rs"):
        if os.path.exists(os.path.join(root, base + ext)):
            return base + ext
    return None


def walk(root, rel_dir, conds, out, seen):
    key = (rel_dir, conds)
    if key in seen or len(seen) > 200000:
        return
    seen.add(key)
    mk = kbuild_file(os.path.join(root, rel_dir))
    if not mk:
        return
    objects, composites = parse_makefile(mk)

    def add_object(obj, obj_conds, depth=0):
        stem = obj[:-2]
        parts = composites.get(os.path.basename(stem)) if "/" not in stem else None
        if parts and depth < 4:
            for part, part_conds in parts:
                if part.endswith(".o"):
                    add_object(os.path.join(os.path.dirname(stem), part) if "/" in stem else part,
                               obj_conds + part_conds, depth + 1)
            return
        src = source_of(root, os.path.normpath(os.path.join(rel_dir, obj)))
        if src:
            merged = tuple(sorted(set(obj_conds)))
            previous = out.get(src)
            # Built under several conditions: only what all of them need counts.
            out[src] = merged if previous is None else tuple(sorted(set(previous) & set(merged)))

    for item, item_conds in objects:
        item = item.replace("$(SRCARCH)", "x86")
        if item.endswith("/"):
            walk(root, os.path.normpath(os.path.join(rel_dir, item)), conds + item_conds, out, seen)
        elif item.endswith(".o"):
            add_object(item, conds + item_conds)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    root, version = sys.argv[1], sys.argv[2]
    out, seen = {}, set()
    walk(root, ".", (), out, seen)
    walk(root, "lib", (), out, seen)
    print(f"# kernel {version}")
    print("# generated by tools/kernel-config-map/generate.py from the kernel's Kbuild files;")
    print("# path<TAB>CONFIG options that must all be on (empty: built whenever its directory is)")
    for path in sorted(out):
        print(f"{path}\t{','.join(out[path])}")


if __name__ == "__main__":
    main()
