// Host snapshots: `vextriage collect` runs on a live Linux host or inside a
// WSL distro and writes one JSON document (vextriage.snapshot/1) with the
// inventory and the facts only a running system has (running kernel and its
// config, loaded modules, boot id). `inventory` and `scan` read it elsewhere.
#pragma once

#include <string>

#include "core/result.h"
#include "inventory/inventory.h"
#include "inventory/root_fs.h"

namespace vt::inventory {

struct CollectOptions {
  std::string collected_at;  // RFC 3339, from the caller's clock
  std::string machine;       // uname -m
};

// Collects from `root` ("/" on a live host; a fake root in tests): the
// package databases and installed kernels, plus /proc/sys/kernel/{osrelease,
// hostname,random/boot_id}, /proc/modules, /proc/config.gz or
// /boot/config-<release>. What cannot be read is listed in warnings.
Result<Inventory> collect_snapshot(const RootFs& root, const CollectOptions& options);

std::string write_snapshot_json(const Inventory& snapshot);
// `where` names the file in errors (with JSON pointers).
Result<Inventory> read_snapshot_json(std::string_view text, const std::string& where);

// True when the text is a vextriage snapshot (for target detection).
bool looks_like_snapshot(std::string_view text);

}  // namespace vt::inventory
