// A streaming multipart/form-data parser that finds the Server Action a form submission
// names, with every buffer bounded.
//
// Without JavaScript, a <form action={serverAction}> posts a plain multipart body. React
// encodes the action in field names (react-server-dom `decodeAction`):
//   - `$ACTION_ID_<id>`: the action, no bound arguments (the field's value is unused);
//   - `$ACTION_REF_<p>`: the action and its bound arguments live in the fields named
//     `$ACTION_<p>:<n>`; field `$ACTION_<p>:0` is JSON `{"id": "<id>", "bound": ...}`.
// A later marker overrides an earlier one (a submit button can override the form's
// action), so the answer is known only at the end of the body.
//
// Memory: bytes are processed in slices; between calls the parser holds at most one
// part's header block (maxPartHeaderBytes), a boundary-sized tail, and the buffered
// `$ACTION_<p>:0` values (maxBufferedActionFields x maxActionFieldBytes). Every other
// byte is passed to the optional sink and forgotten.
#pragma once

#include "actionc/body_limit.h"
#include "actionc/runtime_error.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace actionc {

struct MultipartLimits {
    std::size_t maxPartHeaderBytes = 16 * 1024;
    std::size_t maxParts = 10000;
    std::size_t maxActionFieldBytes = 64 * 1024;
    std::size_t maxBufferedActionFields = 64;
};

struct MultipartPart {
    std::string name;
    std::optional<std::string> filename;
    std::string contentType;  // empty when the part has none
    // `$ACTION_...` fields are React's encoding, not the user's form data.
    bool isActionMetadata = false;
};

// Receives the parts as they stream by (e.g. to feed a FormData builder).
class MultipartSink {
public:
    virtual ~MultipartSink() = default;
    virtual void partBegin(const MultipartPart& part) = 0;
    virtual void partData(std::string_view bytes) = 0;
    virtual void partEnd() = 0;
};

class MultipartParser {
public:
    // The boundary parameter of a `multipart/form-data` Content-Type, validated against
    // RFC 2046 (1-70 characters from its set, quoted or not).
    static Result<std::string> boundaryOf(std::string_view contentType);

    MultipartParser(std::string boundary, BodySizeLimit bodyLimit = {}, MultipartLimits limits = {});

    void setSink(MultipartSink* sink) { sink_ = sink; }

    // Errors are sticky: after one, every call returns it again.
    Status feed(std::string_view chunk);
    // The body is complete: requires the closing boundary, then decides the action.
    Status finish();

    // After a successful finish(): the action the form names, if any.
    const std::optional<std::string>& actionId() const { return actionId_; }
    std::size_t partCount() const { return partCount_; }
    // Bytes held between calls (for tests and monitoring of the bound above).
    std::size_t bufferedBytes() const;

private:
    enum class State { Preamble, AfterDelimiter, Headers, Body, Epilogue, Finished, Failed };
    enum class PartRole { UserField, ActionIdMarker, ActionRefMarker, ActionRoot, ActionData };
    enum class MarkerKind { None, Id, Ref };

    Status processSlice(std::string_view slice);
    Status step(bool& progressed);
    Status scanForDelimiter(bool& progressed);
    Status afterDelimiter(bool& progressed);
    Status readHeaders(bool& progressed);
    Status beginPart(MultipartPart part);
    Status partBytes(std::string_view bytes);
    void endPart();
    Status fail(Error error);
    Result<std::string> actionIdFromRef(const std::string& prefix) const;

    std::string delimiter_;  // "\r\n--" + boundary
    BodySizeCounter counter_;
    MultipartLimits limits_;
    MultipartSink* sink_ = nullptr;

    State state_ = State::Preamble;
    std::string pending_;
    Error error_;

    std::size_t partCount_ = 0;
    PartRole role_ = PartRole::UserField;
    std::string currentRootPrefix_;
    std::string currentRootValue_;

    MarkerKind lastMarker_ = MarkerKind::None;
    std::string lastMarkerValue_;  // the ID, or the REF prefix
    std::map<std::string, std::string> actionRoots_;  // prefix -> `$ACTION_<p>:0` value
    std::optional<std::string> actionId_;
};

}  // namespace actionc
