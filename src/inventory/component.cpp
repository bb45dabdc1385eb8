#include "inventory/component.h"

namespace vt::inventory {

const char* to_string(ComponentKind kind) {
  switch (kind) {
    case ComponentKind::kPackage: return "package";
    case ComponentKind::kKernel: return "kernel";
    case ComponentKind::kKernelModule: return "kernel-module";
    case ComponentKind::kFile: return "file";
  }
  return "package";
}

}  // namespace vt::inventory
