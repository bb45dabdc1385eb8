// What an artifact contains, as facts with the place they were read from.
// Inventory states facts only; triage judges them.
#pragma once

#include <string>
#include <vector>

namespace vt::inventory {

enum class ComponentKind { kPackage, kKernel, kKernelModule, kFile };
const char* to_string(ComponentKind kind);

struct Component {
  ComponentKind kind = ComponentKind::kPackage;
  std::string ecosystem;  // "deb", "rpm", "apk"; empty for kernels and files
  std::string name;
  // As the package manager shows it: deb "[epoch:]upstream[-revision]",
  // rpm "version-release" (epoch apart), apk "version-rN". Empty: unknown.
  std::string version;
  std::string epoch;    // rpm; deb keeps it inside `version`
  std::string release;  // rpm
  std::string arch;
  std::string source_name;     // source package (deb Source, rpm SOURCERPM, apk origin)
  std::string source_version;
  std::string vendor;
  std::string purl;
  std::string status;    // package manager state where it has one (dpkg "ii")
  std::string evidence;  // where inside the artifact it was read ("/var/lib/dpkg/status")
};

// A parser's answer: the components, and the problems that did not stop it
// (a corrupt stanza is reported and skipped, the rest is still read).
struct Collected {
  std::vector<Component> components;
  std::vector<std::string> warnings;
};

}  // namespace vt::inventory
