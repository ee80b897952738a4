#include "actionc/runtime_error.h"

namespace actionc {

const char* errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::Ok: return "ok";
    case ErrorCode::MalformedId: return "malformed-id";
    case ErrorCode::UnknownKey: return "unknown-key";
    case ErrorCode::ForgedId: return "forged-id";
    case ErrorCode::ActionNotFound: return "action-not-found";
    case ErrorCode::InvalidManifest: return "invalid-manifest";
    case ErrorCode::CsrfRejected: return "csrf-rejected";
    case ErrorCode::BodyTooLarge: return "body-too-large";
    case ErrorCode::InvalidSizeLimit: return "invalid-size-limit";
    case ErrorCode::TooManyArguments: return "too-many-arguments";
    case ErrorCode::MalformedMultipart: return "malformed-multipart";
    case ErrorCode::MultipartLimit: return "multipart-limit";
    case ErrorCode::MissingActionId: return "missing-action-id";
    case ErrorCode::MalformedBoundArgs: return "malformed-bound-args";
    case ErrorCode::BoundArgsRejected: return "bound-args-rejected";
    case ErrorCode::InvalidKey: return "invalid-key";
    case ErrorCode::InvalidArgument: return "invalid-argument";
    }
    return "unknown-error";
}

int httpStatusFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::Ok: return 200;
    // An unknown, forged or stale ID is reported like a missing action: telling a
    // prober which of the three it hit helps nobody but the prober.
    case ErrorCode::MalformedId:
    case ErrorCode::UnknownKey:
    case ErrorCode::ForgedId:
    case ErrorCode::ActionNotFound: return 404;
    case ErrorCode::CsrfRejected: return 403;
    case ErrorCode::BodyTooLarge: return 413;
    case ErrorCode::TooManyArguments:
    case ErrorCode::MalformedMultipart:
    case ErrorCode::MultipartLimit:
    case ErrorCode::MissingActionId:
    case ErrorCode::MalformedBoundArgs:
    case ErrorCode::BoundArgsRejected: return 400;
    case ErrorCode::InvalidManifest:
    case ErrorCode::InvalidSizeLimit:
    case ErrorCode::InvalidKey:
    case ErrorCode::InvalidArgument: return 500;
    }
    return 500;
}

}  // namespace actionc
