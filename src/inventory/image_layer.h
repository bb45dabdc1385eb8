// Internal: applying one image layer (a tar stream, any compression) on top
// of the merged view of the layers below it.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "inventory/image.h"

struct archive;

namespace vt::inventory {

struct LayerBudget {
  std::uint64_t entries = 0;
  std::uint64_t captured_bytes = 0;
};

// Reads every entry of `layer` (already opened), applies its whiteouts and
// opaque directories to `fs`, then adds its entries. Entries that would
// leave the image root are refused and reported in `warnings`.
Status apply_layer(archive* layer, const std::string& layer_name, MemoryRootFs& fs,
                   const CapturePredicate& capture, const ImageLimits& limits, LayerBudget& budget,
                   std::vector<std::string>& warnings);

// Normalises a tar member name to an absolute path inside the image;
// returns "" when it escapes the root ("../x") or is empty.
std::string image_path(std::string_view member);

}  // namespace vt::inventory
