// An HttpClient that answers from a copied provider tree on disk, for
// air-gapped `feeds import DIR`: https://ORIGIN/PATH is DIR/PATH, anything
// else is a 404. The documents then go through exactly the same checks as a
// download.
#pragma once

#include <memory>
#include <string>

#include "feeds/http_client.h"

namespace vt::feeds {

std::unique_ptr<HttpClient> make_local_tree_client(std::string origin, std::string directory);

}  // namespace vt::feeds
