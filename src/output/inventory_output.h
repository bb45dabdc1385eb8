// Renders inventories for `vextriage inventory`: a table for people and the
// vextriage.inventory/1 JSON document for programs.
#pragma once

#include <string>
#include <vector>

#include "inventory/inventory.h"

namespace vt::output {

std::string render_inventory_json(const std::vector<inventory::Inventory>& inventories);
std::string render_inventory_table(const std::vector<inventory::Inventory>& inventories, bool color);

}  // namespace vt::output
