#!/usr/bin/env python3
"""Maps every kernel source file to the CONFIG_* options that must be on for
it to be built, from the kernel's own Kbuild Makefiles, and records which of
those options Kconfig declares tristate (can be a module) or bool.

    generate.py SOURCE_DIR OUT_DIR [--stats]

writes OUT_DIR/config-map.tsv and OUT_DIR/option-types.tsv. SOURCE_DIR is
an unpacked kernel tree (Debian: apt-get install linux-source-6.1, then
tar xf /usr/src/linux-source-6.1.tar.xz); the kernel version is read from its
top-level Makefile. Python 3 standard library only; output is sorted, so the
same tree gives the same bytes.

The walk starts where the top-level Makefile does for x86: the top-level
Kbuild (obj-y += kernel/ ...; obj-$(CONFIG_NET) += net/), libs-y := lib/,
and arch/x86/Makefile's core-/libs-/drivers- lines; it follows each
Makefile/Kbuild:

    obj-$(CONFIG_X) += foo.o dir/     foo.o built when X; dir/ entered when X
    lib-y, obj-m, obj-$(subst m,y,$(CONFIG_X)), obj-$(CONFIG_X:m=y)
    foo-y := a.o b.o  (or foo-objs)   foo.o is made of a.c and b.c
    foo-$(CONFIG_Y) += c.o           ... and of c.c when Y too
    ifdef CONFIG_Z / ifeq ($(CONFIG_Z),y|m) / ifneq ($(CONFIG_Z),)   a block
    VAR := ..., $(VAR), $(addprefix P,LIST), $(addsuffix S,LIST)

A file's options are the conjunction along the way (directory, object,
composite part, block). A file reached several ways keeps only the options
every way needs; a .c file pulled into another by #include "x.c" also keeps
only what its includer needs. What is not understood (negated blocks, else
branches, unknown variables, Kconfig `depends on`) adds no condition: triage
then sees the file as built, never as off by a guess. Headers are not listed:
they are built only through the .c files that include them.
"""
import os
import re
import sys

CFG = r"CONFIG_[A-Za-z0-9_]+"
ASSIGN = re.compile(r"^([A-Za-z0-9_.\-]+?)-(y|m|objs|\$\(" + CFG + r"\)|\$\(subst m,y,\$\(" + CFG +
                    r"\)\)|\$\(" + CFG + r":m=y\))\s*(\+=|:=|\?=|=)\s*(.*)$")
VAR_ASSIGN = re.compile(r"^(?:override\s+|export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*(\+=|:=|\?=|=)\s*(.*)$")
IF_ON = [re.compile(p) for p in (
    r"^ifdef\s+(" + CFG + r")$",
    r"^ifeq\s*\(\s*\$\((" + CFG + r")\)\s*,\s*[ym]\s*\)$",
    r"^ifeq\s*\(\s*[ym]\s*,\s*\$\((" + CFG + r")\)\s*\)$",
    r"^ifneq\s*\(\s*\$\((" + CFG + r")\)\s*,\s*\)$",
    r"^ifneq\s*\(\s*,\s*\$\((" + CFG + r")\)\s*\)$",
)]
LIST_NAMES = ("obj", "lib")
ARCH_VARS = {"SRCARCH": "x86", "ARCH": "x86", "BITS": "64", "srctree": ".", "CONFIG_X86_64": "y",
             "CONFIG_X86_32": ""}
SOURCE_EXTS = (".c", ".S", ".rs")
ROOT = ["."]  # the kernel tree ($(srctree)), set by main()


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


def expand(text, variables, depth=0):
    """Expands $(VAR), $(addprefix ...), $(addsuffix ...); anything else
    expands to a token that no later step matches (so it is dropped)."""
    if depth > 8 or "$" not in text:
        return text
    out, i = [], 0
    while i < len(text):
        if text.startswith("$(", i):
            level, j = 0, i
            while j < len(text):
                if text.startswith("$(", j) or text[j] == "(":
                    level += 1
                    j += 2 if text.startswith("$(", j) else 1
                    continue
                if text[j] == ")":
                    level -= 1
                    if level == 0:
                        break
                j += 1
            inner = text[i + 2:j]
            m = re.match(r"^(addprefix|addsuffix)\s+([^,]*),(.*)$", inner, re.S)
            if m:
                arg = expand(m.group(2), variables, depth + 1).strip()
                items = expand(m.group(3), variables, depth + 1).split()
                out.append(" ".join((arg + x) if m.group(1) == "addprefix" else (x + arg) for x in items))
            elif re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", inner) and inner in variables:
                out.append(expand(variables[inner], variables, depth + 1))
            elif re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", inner) and not inner.startswith("CONFIG_"):
                out.append("")  # an unset make variable is empty
            else:
                out.append("\x00")  # not understood
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def parse_makefile(path, rel_dir, stats, state=None, outer=()):
    """Returns (objects, composites): objects = [(item, conds)], composites =
    {name: [(part, conds)]}; conds is a tuple of CONFIG names. `include`d
    makefiles are read into the same state, under the including block."""
    if state is None:
        state = ([], {}, dict(ARCH_VARS, src=rel_dir, obj=rel_dir))
    objects, composites, variables = state
    block = list(outer)  # conditions of the enclosing if-blocks (None: nothing we can state)
    for line in logical_lines(path):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        on = next((m.group(1) for r in IF_ON if (m := r.match(line))), None)
        if on:
            block.append(on)
            continue
        if re.match(r"^if(n?def|n?eq)\b", line):
            block.append(None)
            continue
        if line.startswith("else"):
            rest = line[4:].strip()
            on = next((m.group(1) for r in IF_ON if (m := r.match(rest))), None)
            if len(block) > len(outer):
                # "not the first branch, and this one": only this one can be stated
                block[-1] = on
            continue
        if line.startswith("endif"):
            if len(block) > len(outer):
                block.pop()
            continue
        conds = tuple(c for c in block if c)
        m = re.match(r"^-?s?include\s+(.*)$", line)
        if m:
            for inc in expand(m.group(1), variables).split():
                target = os.path.normpath(os.path.join(ROOT[0], inc))
                if "\x00" not in inc and os.path.isfile(target) and stats.get("include depth", 0) < 4:
                    stats["include depth"] = stats.get("include depth", 0) + 1
                    parse_makefile(target, rel_dir, stats, state, tuple(block))
                    stats["include depth"] -= 1
                    stats["includes"] = stats.get("includes", 0) + 1
            continue
        m = ASSIGN.match(line)
        if m:
            name, selector, op, value = m.groups()
            if name.endswith("-objs"):
                name = name[:-5]  # foo-objs-$(CONFIG_Y) += c.o, then foo-objs := $(foo-objs-y)
            cond = re.search(CFG, selector)
            part_conds = conds + ((cond.group(0),) if cond else ())
            items = []
            for token in value.split():
                ref = re.match(r"^\$\(([A-Za-z0-9_.\-]+?)-(y|objs)\)$", token)
                if ref:  # a list of this makefile: its parts keep their own conditions
                    if ref.group(1) != name:
                        items.extend((p, part_conds + c) for p, c in composites.get(ref.group(1), []))
                    continue
                items.extend((i, part_conds) for i in expand(token, variables).split()
                             if "\x00" not in i and "$" not in i)
            if name in LIST_NAMES:
                objects.extend(items)
            elif name in ("core", "drivers", "libs") and os.path.basename(path) == "Makefile" \
                    and os.path.dirname(os.path.relpath(path, ROOT[0])) == "arch/x86":
                objects.extend(i for i in items if i[0].endswith("/"))
            else:
                # A composite object's parts: foo-y, foo-objs, foo-$(CONFIG_Y).
                composites.setdefault(name, []).extend(items)
            continue
        m = VAR_ASSIGN.match(line)
        if m and not block_unknown(block):
            var, op, value = m.groups()
            if var in ARCH_VARS:
                continue
            value = expand(value, variables) if op == ":=" else value
            variables[var] = (variables.get(var, "") + " " + value) if op == "+=" else value
        elif re.match(r"^[A-Za-z0-9_.\-]+-\S*\s*(\+=|:=|=)", line) and "CONFIG_" in line.split("=")[0]:
            stats["unparsed selectors"] = stats.get("unparsed selectors", 0) + 1
    return objects, composites


def block_unknown(block):
    return any(c is None for c in block)


def kbuild_file(directory):
    for n in ("Kbuild", "Makefile"):
        p = os.path.join(directory, n)
        if os.path.isfile(p):
            return p
    return None


def source_of(root, rel_obj):
    base = rel_obj[:-2]
    for ext in SOURCE_EXTS:
        if os.path.isfile(os.path.join(root, base + ext)):
            return base + ext
    return None


def merge(out, path, conds):
    merged = set(conds)
    previous = out.get(path)
    # Built under several conditions: only what all of them need counts.
    out[path] = merged if previous is None else (previous & merged)


def walk(root, rel_dir, conds, out, seen, stats):
    key = (rel_dir, conds)
    if key in seen:
        return
    seen.add(key)
    mk = kbuild_file(os.path.join(root, rel_dir))
    if not mk:
        return
    stats["makefiles"] = stats.get("makefiles", 0) + 1
    objects, composites = parse_makefile(mk, rel_dir, stats)

    def add_object(obj, obj_conds, depth=0):
        stem = obj[:-2]
        parts = composites.get(stem)
        if parts and depth < 6:
            for part, part_conds in parts:
                if part == obj:  # foo-y := foo.o bar.o: foo.c itself is a part
                    add_source(obj, obj_conds + part_conds)
                elif part.endswith(".o"):
                    add_object(part, obj_conds + part_conds, depth + 1)
            return
        add_source(obj, obj_conds)

    def add_source(obj, obj_conds):
        src = source_of(root, os.path.normpath(os.path.join(rel_dir, obj)))
        if src:
            merge(out, src, obj_conds)

    for item, item_conds in objects:
        if item.endswith("/"):
            walk(root, os.path.normpath(os.path.join(rel_dir, item)), conds + item_conds, out, seen, stats)
        elif item.endswith(".o"):
            add_object(item, conds + item_conds)


def arch_entry_dirs(root, stats):
    """core-/libs-/drivers- directories the top-level Makefile adds for x86."""
    objects, _ = parse_makefile(os.path.join(root, "arch/x86/Makefile"), ".", stats)
    return [("lib/", ())] + objects


def follow_includes(root, out):
    """A .c file #included by another file is built with it: it keeps only
    what every includer needs, and nothing when an includer is not in the
    table (other architectures' code, the boot decompressor)."""
    include = re.compile(r'^\s*#\s*include\s+"([^"]+\.c)"', re.M)
    edges = []  # (includer, included)
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        dirnames[:] = sorted(d for d in dirnames
                             if not (rel == "." and d in ("tools", "Documentation", "scripts", "samples"))
                             and not (rel == "arch" and d != "x86"))
        for n in sorted(filenames):
            if not n.endswith((".c", ".S", ".h")):
                continue
            includer = os.path.normpath(os.path.join(rel, n))
            with open(os.path.join(dirpath, n), errors="replace") as f:
                text = f.read()
            for inc in include.findall(text):
                target = os.path.normpath(os.path.join(os.path.dirname(includer), inc))
                if os.path.isfile(os.path.join(root, target)):
                    edges.append((includer, target))
    for _ in range(6):
        changed = False
        for includer, target in edges:
            conds = out.get(includer, set())  # unknown includer: nothing can be stated
            before = out.get(target)
            merge(out, target, conds)
            changed |= before != out[target]
        if not changed:
            break


def kconfig_types(root):
    """CONFIG_X -> 'tristate' or 'bool' from every Kconfig file (tristate wins
    if an option is declared twice)."""
    types = {}
    current = None
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not (dirpath == root and d in ("tools", "Documentation")))
        for n in sorted(filenames):
            if not n.startswith("Kconfig"):
                continue
            for line in logical_lines(os.path.join(dirpath, n)):
                s = line.strip()
                m = re.match(r"^(?:menu)?config\s+([A-Za-z0-9_]+)\s*$", s)
                if m:
                    current = "CONFIG_" + m.group(1)
                    continue
                m = re.match(r"^(bool|tristate|def_bool|def_tristate)\b", s)
                if m and current:
                    kind = "tristate" if "tristate" in m.group(1) else "bool"
                    if types.get(current) != "tristate":
                        types[current] = kind
                    current = None
                elif re.match(r"^(int|hex|string|def_int|def_hex|def_string)\b", s):
                    current = None
    return types


def kernel_version(root):
    fields = {}
    with open(os.path.join(root, "Makefile")) as f:
        for line in f:
            m = re.match(r"^(VERSION|PATCHLEVEL|SUBLEVEL)\s*=\s*(\d+)", line)
            if m:
                fields[m.group(1)] = m.group(2)
    return f"{fields['VERSION']}.{fields['PATCHLEVEL']}.{fields['SUBLEVEL']}"


def main():
    args = [a for a in sys.argv[1:] if a != "--stats"]
    if len(args) != 2:
        sys.exit(__doc__)
    root, out_dir = args
    ROOT[0] = root
    version = kernel_version(root)
    out, seen, stats = {}, set(), {}
    walk(root, ".", (), out, seen, stats)
    for item, conds in arch_entry_dirs(root, stats):
        walk(root, os.path.normpath(item), conds, out, seen, stats)
    follow_includes(root, out)
    types = kconfig_types(root)

    options = sorted({o for conds in out.values() for o in conds})
    generator = "tools/kernel-config-map/generate.py"
    with open(os.path.join(out_dir, "config-map.tsv"), "w") as f:
        f.write(f"# kernel {version}\n")
        f.write(f"# generated by {generator} from the x86 Kbuild files of that kernel;\n")
        f.write("# path<TAB>CONFIG options that must all be on (empty: built whenever its directory is)\n")
        for path in sorted(out):
            f.write(f"{path}\t{','.join(sorted(out[path]))}\n")
    with open(os.path.join(out_dir, "option-types.tsv"), "w") as f:
        f.write(f"# kernel {version}\n")
        f.write(f"# generated by {generator} from the Kconfig files of that kernel;\n")
        f.write("# option<TAB>tristate (can be built as a module) or bool; options config-map.tsv names\n")
        for o in options:
            if o in types:
                f.write(f"{o}\t{types[o]}\n")
    if "--stats" in sys.argv:
        print(f"kernel {version}: {len(out)} files, {len(options)} options "
              f"({sum(1 for o in options if types.get(o) == 'tristate')} tristate, "
              f"{sum(1 for o in options if o not in types)} not in Kconfig), "
              f"{sum(1 for c in out.values() if not c)} always built; {stats}", file=sys.stderr)


if __name__ == "__main__":
    main()
