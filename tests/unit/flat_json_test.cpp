#include "serve/flat_json.h"

#include <doctest/doctest.h>

using namespace actionc;

TEST_CASE("flat request objects read as nlohmann reads them") {
    const std::string samples[] = {
        R"({"id":1,"method":"transform","path":"app/a.ts","layer":"client","source":"'use server';\nexport async function a() {}\n","timing":true})",
        R"( { "id" : "x-7" , "n" : -12.5e3 , "t" : true , "f" : false , "z" : null } )",
        R"({"s":"quote \" backslash \\ slash \/ tab \t cr \r ff \f bs \b nl \n"})",
        R"({"u":"\u00e9 \u20ac \ud83d\ude00 \u0001"})",
        R"({})",
        "{\"raw\":\"é😀\"}",
    };
    for (const std::string& text : samples) {
        CAPTURE(text);
        const std::optional<nlohmann::json> flat = readFlatObject(text);
        REQUIRE(flat.has_value());
        CHECK(*flat == nlohmann::json::parse(text));
    }
}

TEST_CASE("anything but a flat, well-formed object is left to the general parser") {
    for (const char* text : {R"({"a":{"b":1}})", R"({"a":[1]})", R"([1,2])", R"({"a":1,})", R"({"a" 1})",
                             R"({"a":"unterminated)", "{\"a\":\"raw\ncontrol\"}", R"({"a":"\x41"})",
                             R"({"a":"\ud83d"})", R"({"a":1} trailing)", R"({"a":tru})", ""}) {
        CAPTURE(text);
        CHECK_FALSE(readFlatObject(text).has_value());
    }
}
