#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "actionc/multipart_parser.h"

#include <nlohmann/json.hpp>

using namespace actionc;

namespace {

const std::string kBoundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

struct Field {
    std::string name;
    std::string value;
    std::optional<std::string> filename = std::nullopt;
};

// A body as a browser writes it.
std::string formBody(const std::vector<Field>& fields, const std::string& boundary = kBoundary) {
    std::string body;
    for (const Field& field : fields) {
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"" + field.name + "\"";
        if (field.filename) body += "; filename=\"" + *field.filename + "\"\r\nContent-Type: application/octet-stream";
        body += "\r\n\r\n" + field.value + "\r\n";
    }
    return body + "--" + boundary + "--\r\n";
}

// Records what the parser streams out, to compare with what went in.
class RecordingSink : public MultipartSink {
public:
    void partBegin(const MultipartPart& part) override { parts.push_back({part, {}}); }
    void partData(std::string_view bytes) override { parts.back().second.append(bytes); }
    void partEnd() override { ++ended; }

    std::vector<std::pair<MultipartPart, std::string>> parts;
    int ended = 0;
};

struct Outcome {
    Status status;
    std::optional<std::string> actionId;
    std::size_t maxBuffered = 0;
};

Outcome parse(const std::string& body, std::size_t chunkSize, MultipartSink* sink = nullptr,
              BodySizeLimit limit = {}, MultipartLimits limits = {}) {
    MultipartParser parser(kBoundary, std::move(limit), limits);
    parser.setSink(sink);
    Outcome outcome;
    for (std::size_t at = 0; at < body.size(); at += chunkSize) {
        outcome.status = parser.feed(std::string_view(body).substr(at, chunkSize));
        outcome.maxBuffered = std::max(outcome.maxBuffered, parser.bufferedBytes());
        if (!outcome.status.ok()) return outcome;
    }
    outcome.status = parser.finish();
    if (outcome.status.ok()) outcome.actionId = parser.actionId();
    return outcome;
}

std::string refRoot(const std::string& id) { return nlohmann::json{{"id", id}, {"bound", "$@1"}}.dump(); }

}  // namespace

TEST_CASE("boundaryOf accepts RFC 2046 boundaries, quoted or not") {
    CHECK(*MultipartParser::boundaryOf("multipart/form-data; boundary=" + kBoundary) == kBoundary);
    CHECK(*MultipartParser::boundaryOf("Multipart/Form-Data;boundary=\"a b'()+_,-./:=?\"") == "a b'()+_,-./:=?");
    CHECK(*MultipartParser::boundaryOf("multipart/form-data; charset=utf-8; BOUNDARY=x;") == "x");
    for (const std::string& bad : std::vector<std::string>{"", "text/plain; boundary=x", "multipart/form-data", "multipart/form-data; boundary=",
                                  "multipart/form-data; boundary=\"trailing \"",
                                  "multipart/form-data; boundary=" + std::string(71, 'b'),
                                  "multipart/form-data; boundary=a; boundary=b",
                                  "multipart/form-data; boundary=\"unterminated",
                                  "multipart/form-data; boundary=\"semi;colon\""}) {
        CAPTURE(bad);
        auto boundary = MultipartParser::boundaryOf(bad);
        REQUIRE_FALSE(boundary.ok());
        CHECK(boundary.error().code == ErrorCode::MalformedMultipart);
    }
}

TEST_CASE("$ACTION_ID_<id> names the action, whatever the chunking") {
    const std::string body = formBody({{"$ACTION_ID_abc123", ""}, {"title", "Buy milk"}});
    for (std::size_t chunk : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{7}, std::size_t{41},
                              body.size()}) {
        CAPTURE(chunk);
        const Outcome outcome = parse(body, chunk);
        REQUIRE(outcome.status.ok());
        CHECK(outcome.actionId == std::optional<std::string>("abc123"));
    }
}

TEST_CASE("$ACTION_REF_<p> names the action through the JSON in $ACTION_<p>:0") {
    const std::string body = formBody({{"$ACTION_REF_1", ""},
                                       {"$ACTION_1:0", refRoot("boundAction")},
                                       {"$ACTION_1:1", "[\"captured\"]"},
                                       {"title", "x"}});
    const Outcome outcome = parse(body, 5);
    REQUIRE(outcome.status.ok());
    CHECK(outcome.actionId == std::optional<std::string>("boundAction"));
}

TEST_CASE("a later action marker overrides an earlier one (submit button formAction)") {
    const std::string body = formBody({{"$ACTION_ID_formAction", ""},
                                       {"name", "x"},
                                       {"$ACTION_REF_2", ""},
                                       {"$ACTION_2:0", refRoot("buttonAction")}});
    CHECK(parse(body, 9).actionId == std::optional<std::string>("buttonAction"));
    const std::string reversed =
        formBody({{"$ACTION_REF_2", ""}, {"$ACTION_2:0", refRoot("buttonAction")}, {"$ACTION_ID_formAction", ""}});
    CHECK(parse(reversed, 9).actionId == std::optional<std::string>("formAction"));
}

TEST_CASE("a form without action fields names no action") {
    const Outcome outcome = parse(formBody({{"a", "1"}, {"b", "2"}}), 16);
    REQUIRE(outcome.status.ok());
    CHECK_FALSE(outcome.actionId.has_value());
    CHECK(parse("--" + kBoundary + "--", 3).status.ok());
}

TEST_CASE("the sink receives every part byte for byte, including boundary look-alikes") {
    const std::string tricky = "line\r\n--" + kBoundary.substr(0, 10) + "\r\n-\r\n--" + "\r";
    const std::string binary("\0\x01\xff\r\n\r\n", 7);
    const std::vector<Field> fields = {{"$ACTION_ID_x", ""},
                                       {"text", tricky},
                                       {"upload", binary, "photo.png"},
                                       {"empty", ""},
                                       {"big", std::string(200000, 'q')}};
    const std::string body = formBody(fields);
    for (std::size_t chunk : {std::size_t{1}, std::size_t{13}, std::size_t{4096}, body.size()}) {
        CAPTURE(chunk);
        RecordingSink sink;
        const Outcome outcome = parse(body, chunk, &sink);
        REQUIRE(outcome.status.ok());
        REQUIRE(sink.parts.size() == fields.size());
        CHECK(sink.ended == static_cast<int>(fields.size()));
        for (std::size_t i = 0; i < fields.size(); ++i) {
            CHECK(sink.parts[i].first.name == fields[i].name);
            CHECK(sink.parts[i].first.filename == fields[i].filename);
            CHECK(sink.parts[i].second == fields[i].value);
            CHECK(sink.parts[i].first.isActionMetadata == (i == 0));
        }
        CHECK(sink.parts[2].first.contentType == "application/octet-stream");
    }
}

TEST_CASE("preamble, epilogue and transport padding are tolerated") {
    std::string body = "This is a preamble.\r\n" + formBody({{"$ACTION_ID_x", ""}}) + "epilogue bytes";
    CHECK(parse(body, 4).actionId == std::optional<std::string>("x"));
    std::string padded = formBody({{"$ACTION_ID_y", ""}});
    padded.insert(2 + kBoundary.size(), "  \t");
    CHECK(parse(padded, 4).actionId == std::optional<std::string>("y"));
}

TEST_CASE("malformed bodies are rejected with MalformedMultipart") {
    const std::string open = "--" + kBoundary + "\r\n";
    const std::vector<std::pair<const char*, std::string>> cases = {
        {"no closing boundary", open + "Content-Disposition: form-data; name=\"a\"\r\n\r\nvalue"},
        {"empty body", ""},
        {"no boundary at all", "just text"},
        {"no headers", open + "\r\nvalue\r\n--" + kBoundary + "--"},
        {"no content-disposition", open + "Content-Type: text/plain\r\n\r\nv\r\n--" + kBoundary + "--"},
        {"not form-data", open + "Content-Disposition: attachment; name=\"a\"\r\n\r\nv\r\n--" + kBoundary + "--"},
        {"no name", open + "Content-Disposition: form-data\r\n\r\nv\r\n--" + kBoundary + "--"},
        {"two dispositions", open + "Content-Disposition: form-data; name=\"a\"\r\nContent-Disposition: form-data; "
                                    "name=\"b\"\r\n\r\nv\r\n--" + kBoundary + "--"},
        {"header without colon", open + "Content-Disposition form-data\r\n\r\nv\r\n--" + kBoundary + "--"},
        {"folded header", open + "Content-Disposition: form-data;\r\n name=\"a\"\r\n\r\nv\r\n--" + kBoundary + "--"},
        {"garbage after boundary", open + "Content-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--" + kBoundary +
                                       "XYZ\r\n"},
        {"ref without root", formBody({{"$ACTION_REF_1", ""}})},
        {"ref root not JSON", formBody({{"$ACTION_REF_1", ""}, {"$ACTION_1:0", "{not json"}})},
        {"ref root without id", formBody({{"$ACTION_REF_1", ""}, {"$ACTION_1:0", "{\"bound\":null}"}})},
        {"ref root id not string", formBody({{"$ACTION_REF_1", ""}, {"$ACTION_1:0", "{\"id\":5}"}})},
    };
    for (const auto& [what, body] : cases) {
        CAPTURE(what);
        for (std::size_t chunk : {std::size_t{1}, std::size_t{64}}) {
            const Outcome outcome = parse(body, chunk);
            REQUIRE_FALSE(outcome.status.ok());
            CHECK(outcome.status.error().code == ErrorCode::MalformedMultipart);
        }
    }
}

TEST_CASE("an over-long action ID in a field name is MalformedId") {
    const Outcome outcome = parse(formBody({{"$ACTION_ID_" + std::string(200, 'A'), ""}}), 32);
    REQUIRE_FALSE(outcome.status.ok());
    CHECK(outcome.status.error().code == ErrorCode::MalformedId);
}

TEST_CASE("the body limit cuts the stream off at the first byte past it") {
    const std::string body = formBody({{"$ACTION_ID_x", ""}, {"file", std::string(3000, 'f'), "a.bin"}});
    auto limit = parseBodySizeLimit("2kb");
    REQUIRE(limit.ok());
    const Outcome outcome = parse(body, 100, nullptr, *limit);
    REQUIRE_FALSE(outcome.status.ok());
    CHECK(outcome.status.error().code == ErrorCode::BodyTooLarge);
    CHECK(outcome.status.error().message.starts_with("Body exceeded 2kb limit.\n"));

    CHECK(parse(body, 100, nullptr, bodySizeLimitOfBytes(body.size())).status.ok());
    CHECK_FALSE(parse(body, 100, nullptr, bodySizeLimitOfBytes(body.size() - 1)).status.ok());
}

TEST_CASE("a huge field streams through with a small, constant buffer") {
    const std::string body = formBody({{"$ACTION_ID_x", ""}, {"blob", std::string(8 << 20, 'b')}});
    for (std::size_t chunk : {std::size_t{4096}, std::size_t{1} << 20, body.size()}) {
        CAPTURE(chunk);
        const Outcome outcome = parse(body, chunk, nullptr, bodySizeLimitOfBytes(64 << 20));
        REQUIRE(outcome.status.ok());
        CHECK(outcome.maxBuffered < 2 * kBoundary.size() + 16);
    }
}

TEST_CASE("endless headers hit maxPartHeaderBytes without buffering more") {
    MultipartLimits limits;
    limits.maxPartHeaderBytes = 1024;
    MultipartParser parser(kBoundary, bodySizeLimitOfBytes(1 << 30), limits);
    REQUIRE(parser.feed("--" + kBoundary + "\r\nX-Filler: ").ok());
    Status status;
    std::size_t fed = 0;
    while (status.ok() && fed < (1 << 20)) {
        status = parser.feed(std::string(100, 'h'));
        fed += 100;
        CHECK(parser.bufferedBytes() <= limits.maxPartHeaderBytes + 100);
    }
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::MultipartLimit);
    CHECK(fed < 2048);
    // Sticky: the parser does not resume.
    CHECK(parser.feed("\r\n\r\n").error().code == ErrorCode::MultipartLimit);
    CHECK(parser.finish().error().code == ErrorCode::MultipartLimit);
}

TEST_CASE("too many parts, too many bound references and oversized reference fields hit limits") {
    MultipartLimits limits;
    limits.maxParts = 10;
    limits.maxBufferedActionFields = 3;
    limits.maxActionFieldBytes = 256;

    std::vector<Field> many(11, Field{"f", "v"});
    const Outcome tooMany = parse(formBody(many), 50, nullptr, {}, limits);
    REQUIRE_FALSE(tooMany.status.ok());
    CHECK(tooMany.status.error().code == ErrorCode::MultipartLimit);

    std::vector<Field> refs;
    for (int i = 0; i < 4; ++i) refs.push_back({"$ACTION_" + std::to_string(i) + ":0", refRoot("x")});
    const Outcome tooManyRefs = parse(formBody(refs), 50, nullptr, {}, limits);
    REQUIRE_FALSE(tooManyRefs.status.ok());
    CHECK(tooManyRefs.status.error().code == ErrorCode::MultipartLimit);

    const Outcome bigRoot =
        parse(formBody({{"$ACTION_REF_1", ""}, {"$ACTION_1:0", std::string(257, ' ') + refRoot("x")}}), 50, nullptr,
              {}, limits);
    REQUIRE_FALSE(bigRoot.status.ok());
    CHECK(bigRoot.status.error().code == ErrorCode::MultipartLimit);
    CHECK(bigRoot.maxBuffered <= 256 + 2 * kBoundary.size() + 64);
}

TEST_CASE("feeding after finish() is an error") {
    MultipartParser parser(kBoundary);
    REQUIRE(parser.feed(formBody({{"a", "b"}})).ok());
    REQUIRE(parser.finish().ok());
    CHECK(parser.partCount() == 1);
    CHECK(parser.feed("more").error().code == ErrorCode::MalformedMultipart);
}

TEST_CASE("a header block exactly at the limit is accepted however it is chunked") {
    MultipartLimits limits;
    limits.maxPartHeaderBytes = 128;
    const std::string disposition = "Content-Disposition: form-data; name=\"$ACTION_ID_x\"";
    const std::string filler = "\r\nX-Pad: " + std::string(limits.maxPartHeaderBytes - disposition.size() - 9, 'p');
    const std::string headers = disposition + filler;
    REQUIRE(headers.size() == limits.maxPartHeaderBytes);
    const std::string body = "--" + kBoundary + "\r\n" + headers + "\r\n\r\n\r\n--" + kBoundary + "--";
    for (std::size_t chunk = 1; chunk <= body.size(); ++chunk) {
        CAPTURE(chunk);
        const Outcome outcome = parse(body, chunk, nullptr, {}, limits);
        REQUIRE(outcome.status.ok());
        CHECK(outcome.actionId == std::optional<std::string>("x"));
    }
    // One byte more is over the limit, again for every chunking.
    const std::string over = "--" + kBoundary + "\r\n" + headers + "p\r\n\r\n\r\n--" + kBoundary + "--";
    for (std::size_t chunk = 1; chunk <= over.size(); ++chunk) {
        const Outcome outcome = parse(over, chunk, nullptr, {}, limits);
        REQUIRE_FALSE(outcome.status.ok());
        CHECK(outcome.status.error().code == ErrorCode::MultipartLimit);
    }
}
