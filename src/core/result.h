// Errors as values. Everything that can fail on outside input returns
// Result<T>: a value or an Error that names the place (file, JSON pointer or
// line:column) and says what was expected. Exceptions are for bugs only.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace vt {

enum class ErrorCode {
  kInvalidInput,  // malformed or unexpected content
  kIo,            // a file or stream could not be read or written
  kNotFound,      // a named thing does not exist
  kUnsupported,   // well-formed, but not something we handle
  kIntegrity,     // hash or signature mismatch
  kLimit,         // a size, depth or count limit was hit
  kInternal,      // a bug: should not happen
};

const char* to_string(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInvalidInput;
  std::string message;  // what is wrong and what was expected
  std::string where;    // "file", "file:line:col" or "file#/json/pointer"

  // "where: message", or the message alone when there is no place.
  std::string to_string() const;
};

inline Error make_error(ErrorCode code, std::string message, std::string where = {}) {
  return Error{code, std::move(message), std::move(where)};
}

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : data_(std::move(error)) {}  // NOLINT

  bool ok() const { return data_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<0>(data_); }
  const T& value() const& { assert(ok()); return std::get<0>(data_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const& { assert(!ok()); return std::get<1>(data_); }
  Error&& error() && { assert(!ok()); return std::get<1>(std::move(data_)); }

 private:
  std::variant<T, Error> data_;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const& { assert(failed_); return error_; }
  Error&& error() && { assert(failed_); return std::move(error_); }

 private:
  Error error_;
  bool failed_ = false;
};

using Status = Result<void>;

}  // namespace vt

// Propagates an error from an expression returning Result<...>.
#define VT_TRY(expr)                                     \
  do {                                                   \
    auto vt_try_result_ = (expr);                        \
    if (!vt_try_result_.ok()) return std::move(vt_try_result_).error(); \
  } while (0)

#define VT_CONCAT_INNER_(a, b) a##b
#define VT_CONCAT_(a, b) VT_CONCAT_INNER_(a, b)
// Declares `lhs` from the value of a Result, or returns its error.
#define VT_ASSIGN_OR_RETURN(lhs, expr) \
  VT_ASSIGN_OR_RETURN_IMPL_(VT_CONCAT_(vt_result_, __LINE__), lhs, expr)
#define VT_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return std::move(tmp).error();   \
  lhs = std::move(tmp).value()
