// Typed errors for the runtime. Every failure a request can hit maps to one code, so a
// server can pick the HTTP status from the code and log the message, and the C ABI and
// the Node addon can pass both through unchanged.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace actionc {

// The numeric values are part of the C ABI (actionc_status); append, never renumber.
enum class ErrorCode : int {
    Ok = 0,
    MalformedId = 1,         // not a well-formed action ID
    UnknownKey = 2,          // no key in the ring has the ID's (or blob's) key tag
    ForgedId = 3,            // a key matched but authentication failed
    ActionNotFound = 4,      // authentic ID, but not in the manifest
    InvalidManifest = 5,     // manifest JSON missing, unreadable or of the wrong shape
    CsrfRejected = 6,        // Origin check failed
    BodyTooLarge = 7,        // request body over bodySizeLimit
    InvalidSizeLimit = 8,    // bodySizeLimit configuration not understood
    TooManyArguments = 9,    // more than kMaxActionArguments arguments
    MalformedMultipart = 10, // multipart/form-data syntax error
    MultipartLimit = 11,     // a multipart bound (headers, parts, fields) was exceeded
    MissingActionId = 12,    // request carries no action ID at all
    MalformedBoundArgs = 13, // bound-args blob is not a well-formed blob
    BoundArgsRejected = 14,  // bound-args blob failed authentication (tampered, other action)
    InvalidKey = 15,         // a key is not base64 of 32 bytes
    InvalidArgument = 16,    // API misuse (null pointer, wrong type, ...)
};

const char* errorCodeName(ErrorCode code);
// The status an HTTP server should answer with for this error.
int httpStatusFor(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    std::string message;
};

// A value or an Error. (std::expected is C++23; this is the small subset we need.)
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() { return std::get<0>(state_); }
    const T& value() const { return std::get<0>(state_); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

// Success or an Error, for operations without a value.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : error_(std::move(error)) {}

    bool ok() const { return error_.code == ErrorCode::Ok; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return error_; }

private:
    Error error_{ErrorCode::Ok, {}};
};

inline Error makeError(ErrorCode code, std::string message) { return Error{code, std::move(message)}; }

}  // namespace actionc
