#include "core/result.h"

namespace vt {

const char* to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput: return "invalid input";
    case ErrorCode::kIo: return "I/O error";
    case ErrorCode::kNotFound: return "not found";
    case ErrorCode::kUnsupported: return "unsupported";
    case ErrorCode::kIntegrity: return "integrity check failed";
    case ErrorCode::kLimit: return "limit exceeded";
    case ErrorCode::kInternal: return "internal error";
  }
  return "error";
}

std::string Error::to_string() const {
  if (where.empty()) return message;
  return where + ": " + message;
}

}  // namespace vt
