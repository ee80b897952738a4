#include "actionc/multipart_parser.h"

#include "actionc/action_id.h"
#include "mime_header.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace actionc {

namespace {

// Bytes are consumed in slices of this size, so a caller's huge chunk never becomes a
// huge internal buffer.
constexpr std::size_t kSliceBytes = 64 * 1024;
constexpr std::size_t kMaxBoundaryChars = 70;
// Transport padding allowed between a boundary and its CRLF (RFC 2046 LWSP).
constexpr std::size_t kMaxBoundaryPadding = 256;

constexpr std::string_view kActionIdPrefix = "$ACTION_ID_";
constexpr std::string_view kActionRefPrefix = "$ACTION_REF_";
constexpr std::string_view kActionPrefix = "$ACTION_";

Error malformed(std::string message) { return makeError(ErrorCode::MalformedMultipart, std::move(message)); }
Error overLimit(std::string message) { return makeError(ErrorCode::MultipartLimit, std::move(message)); }

bool isBoundaryChar(char c) {
    // RFC 2046 bchars.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    return std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
}

}  // namespace

Result<std::string> MultipartParser::boundaryOf(std::string_view contentType) {
    const auto value = mime::parseHeaderValue(contentType);
    if (!value || value->token != "multipart/form-data") {
        return malformed("content type is not multipart/form-data");
    }
    const std::string* boundary = value->param("boundary");
    if (!boundary || boundary->empty() || boundary->size() > kMaxBoundaryChars || boundary->back() == ' ' ||
        !std::all_of(boundary->begin(), boundary->end(), isBoundaryChar)) {
        return malformed("multipart/form-data content type has no valid boundary");
    }
    return *boundary;
}

MultipartParser::MultipartParser(std::string boundary, BodySizeLimit bodyLimit, MultipartLimits limits)
    : delimiter_("\r\n--" + boundary), counter_(std::move(bodyLimit)), limits_(limits) {
    // The first boundary may start the body without a preceding line break; pretending
    // there was one lets a single delimiter search handle both cases.
    pending_ = "\r\n";
}

std::size_t MultipartParser::bufferedBytes() const {
    std::size_t total = pending_.size() + currentRootValue_.size();
    for (const auto& [prefix, value] : actionRoots_) total += prefix.size() + value.size();
    return total;
}

Status MultipartParser::fail(Error error) {
    state_ = State::Failed;
    error_ = std::move(error);
    // Release everything; a failed parser only ever answers with its error.
    pending_ = std::string();
    currentRootValue_ = std::string();
    actionRoots_.clear();
    return error_;
}

Status MultipartParser::feed(std::string_view chunk) {
    if (state_ == State::Failed) return error_;
    if (state_ == State::Finished) return fail(malformed("data fed after the body was finished"));
    if (Status status = counter_.consume(chunk.size()); !status) return fail(status.error());
    while (!chunk.empty()) {
        const std::string_view slice = chunk.substr(0, kSliceBytes);
        chunk.remove_prefix(slice.size());
        if (Status status = processSlice(slice); !status) return status;
    }
    return {};
}

Status MultipartParser::processSlice(std::string_view slice) {
    if (state_ == State::Epilogue) return {};  // after the closing boundary: ignored
    pending_.append(slice);
    bool progressed = true;
    while (progressed) {
        progressed = false;
        if (Status status = step(progressed); !status) return fail(status.error());
    }
    return {};
}

Status MultipartParser::step(bool& progressed) {
    switch (state_) {
    case State::Preamble:
    case State::Body: return scanForDelimiter(progressed);
    case State::AfterDelimiter: return afterDelimiter(progressed);
    case State::Headers: return readHeaders(progressed);
    case State::Epilogue: pending_.clear(); return {};
    case State::Finished:
    case State::Failed: return {};
    }
    return {};
}

Status MultipartParser::scanForDelimiter(bool& progressed) {
    const std::size_t at = pending_.find(delimiter_);
    if (at == std::string::npos) {
        // Everything but a tail that might be the start of a delimiter is content.
        const std::size_t keep = std::min(pending_.size(), delimiter_.size() - 1);
        const std::size_t content = pending_.size() - keep;
        if (state_ == State::Body) {
            if (Status status = partBytes(std::string_view(pending_).substr(0, content)); !status) return status;
        }
        pending_.erase(0, content);
        return {};
    }
    if (state_ == State::Body) {
        if (Status status = partBytes(std::string_view(pending_).substr(0, at)); !status) return status;
        endPart();
    }
    pending_.erase(0, at + delimiter_.size());
    state_ = State::AfterDelimiter;
    progressed = true;
    return {};
}

Status MultipartParser::afterDelimiter(bool& progressed) {
    if (pending_.size() < 2) return {};
    if (pending_.compare(0, 2, "--") == 0) {
        state_ = State::Epilogue;
        pending_.clear();
        progressed = true;
        return {};
    }
    std::size_t padding = 0;
    while (padding < pending_.size() && (pending_[padding] == ' ' || pending_[padding] == '\t')) ++padding;
    if (padding > kMaxBoundaryPadding) return malformed("too much padding after a multipart boundary");
    if (pending_.size() < padding + 2) return {};
    if (pending_.compare(padding, 2, "\r\n") != 0) {
        return malformed("a multipart boundary is not followed by a line break");
    }
    pending_.erase(0, padding + 2);
    state_ = State::Headers;
    progressed = true;
    return {};
}

Status MultipartParser::readHeaders(bool& progressed) {
    if (pending_.starts_with("\r\n")) return malformed("a multipart part has no headers");
    const std::size_t end = pending_.find("\r\n\r\n");
    if (end == std::string::npos) {
        // Up to three bytes of the terminator may already be here; counting them against
        // the limit would make the verdict depend on how the body was chunked.
        if (pending_.size() > limits_.maxPartHeaderBytes + 3) {
            return overLimit("a multipart part's headers exceed " + std::to_string(limits_.maxPartHeaderBytes) +
                             " bytes");
        }
        return {};
    }
    if (end > limits_.maxPartHeaderBytes) {
        return overLimit("a multipart part's headers exceed " + std::to_string(limits_.maxPartHeaderBytes) + " bytes");
    }
    const auto lines = mime::parseHeaderBlock(std::string_view(pending_).substr(0, end));
    if (!lines) return malformed("a multipart part has a malformed header line");

    MultipartPart part;
    bool sawDisposition = false;
    for (const mime::HeaderLine& line : *lines) {
        if (line.name == "content-disposition") {
            const auto value = mime::parseHeaderValue(line.value);
            if (sawDisposition || !value || value->token != "form-data" || !value->param("name")) {
                return malformed("a multipart part has an invalid Content-Disposition");
            }
            sawDisposition = true;
            part.name = *value->param("name");
            if (const std::string* filename = value->param("filename")) part.filename = *filename;
        } else if (line.name == "content-type") {
            part.contentType = line.value;
        }
    }
    if (!sawDisposition) return malformed("a multipart part has no Content-Disposition");
    pending_.erase(0, end + 4);
    state_ = State::Body;
    progressed = true;
    return beginPart(std::move(part));
}

Status MultipartParser::beginPart(MultipartPart part) {
    if (++partCount_ > limits_.maxParts) {
        return overLimit("the form has more than " + std::to_string(limits_.maxParts) + " fields");
    }
    const std::string_view name = part.name;
    part.isActionMetadata = name.starts_with(kActionPrefix);
    role_ = PartRole::UserField;
    if (name.starts_with(kActionIdPrefix)) {
        role_ = PartRole::ActionIdMarker;
        lastMarker_ = MarkerKind::Id;
        lastMarkerValue_ = name.substr(kActionIdPrefix.size());
    } else if (name.starts_with(kActionRefPrefix)) {
        role_ = PartRole::ActionRefMarker;
        lastMarker_ = MarkerKind::Ref;
        lastMarkerValue_ = name.substr(kActionRefPrefix.size());
    } else if (part.isActionMetadata) {
        // `$ACTION_<prefix>:<n>`; only the root (n == 0) names the action.
        const std::string_view rest = name.substr(kActionPrefix.size());
        const std::size_t colon = rest.rfind(':');
        role_ = PartRole::ActionData;
        if (colon != std::string_view::npos && rest.substr(colon + 1) == "0") {
            if (actionRoots_.size() >= limits_.maxBufferedActionFields) {
                return overLimit("the form has more than " + std::to_string(limits_.maxBufferedActionFields) +
                                 " bound Server Action references");
            }
            role_ = PartRole::ActionRoot;
            currentRootPrefix_ = rest.substr(0, colon);
            currentRootValue_.clear();
        }
    }
    if (sink_) sink_->partBegin(part);
    return {};
}

Status MultipartParser::partBytes(std::string_view bytes) {
    if (bytes.empty()) return {};
    if (role_ == PartRole::ActionRoot) {
        if (currentRootValue_.size() + bytes.size() > limits_.maxActionFieldBytes) {
            return overLimit("a Server Action reference field exceeds " +
                             std::to_string(limits_.maxActionFieldBytes) + " bytes");
        }
        currentRootValue_.append(bytes);
    }
    if (sink_) sink_->partData(bytes);
    return {};
}

void MultipartParser::endPart() {
    if (role_ == PartRole::ActionRoot) {
        actionRoots_[currentRootPrefix_] = std::move(currentRootValue_);
        currentRootValue_.clear();
    }
    role_ = PartRole::UserField;
    if (sink_) sink_->partEnd();
}

Result<std::string> MultipartParser::actionIdFromRef(const std::string& prefix) const {
    const auto root = actionRoots_.find(prefix);
    if (root == actionRoots_.end()) {
        return malformed("form field $ACTION_REF_" + prefix.substr(0, 64) + " has no $ACTION_" + prefix.substr(0, 64) +
                         ":0 field");
    }
    const auto json = nlohmann::json::parse(root->second, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded() || !json.is_object()) return malformed("a Server Action reference field is not JSON");
    const auto id = json.find("id");
    if (id == json.end() || !id->is_string()) return malformed("a Server Action reference field has no \"id\"");
    return id->get<std::string>();
}

Status MultipartParser::finish() {
    if (state_ == State::Failed) return error_;
    if (state_ == State::Finished) return {};
    if (state_ != State::Epilogue) return fail(malformed("the multipart body ends before its closing boundary"));
    state_ = State::Finished;
    pending_.clear();

    switch (lastMarker_) {
    case MarkerKind::None: break;
    case MarkerKind::Id: actionId_ = lastMarkerValue_; break;
    case MarkerKind::Ref: {
        auto id = actionIdFromRef(lastMarkerValue_);
        if (!id) return fail(id.error());
        actionId_ = std::move(*id);
        break;
    }
    }
    if (actionId_ && (actionId_->empty() || actionId_->size() > kMaxActionIdChars)) {
        return fail(makeError(ErrorCode::MalformedId, "the form names a malformed Server Action ID"));
    }
    return {};
}

}  // namespace actionc
