#include "util/json_line.h"

#include <catch2/catch.hpp>

#include "util/error.h"

using sverka::parse_flat_json;

TEST_CASE("flat JSON objects with strings, numbers and escapes") {
  const auto fields =
      parse_flat_json(R"({"id": "a\"b", "n": 12, "ru": "\u041f\u0440\u0438\u0432\u0435\u0442\n😀"})", "f", 1);
  CHECK(fields.at("id") == "a\"b");
  CHECK(fields.at("n") == "12");
  CHECK(fields.at("ru") == "Привет\n😀");
  CHECK(parse_flat_json(R"({"e": "\ud83d\ude00"})", "f", 1).at("e") == "😀");
}

TEST_CASE("malformed JSON names file, line and column") {
  CHECK_THROWS_WITH(parse_flat_json("not json", "in.jsonl", 7), Catch::Contains("in.jsonl:7:1"));
  CHECK_THROWS_AS(parse_flat_json(R"({"a": "unterminated)", "f", 1), sverka::InputError);
  CHECK_THROWS_AS(parse_flat_json(R"({"a": "\ud83d"})", "f", 1), sverka::InputError);
  CHECK_THROWS_AS(parse_flat_json(R"({"a" 1})", "f", 1), sverka::InputError);
}
