#include "text/text_reader.h"

#include <catch2/catch.hpp>

#include "util/error.h"

using sverka::decode_text;
using sverka::InputError;

TEST_CASE("decode_text strips a UTF-8 BOM and turns CRLF and CR into LF") {
  CHECK(decode_text("\xEF\xBB\xBFone\r\ntwo\rthree\n", "f") == "one\ntwo\nthree\n");
}

TEST_CASE("decode_text composes to NFC") {
  // "й" as и + combining breve becomes the single code point U+0439.
  CHECK(decode_text("\xD0\xB8\xCC\x86", "f") == "\xD0\xB9");
}

TEST_CASE("invalid UTF-8 is an error naming the file and byte offset") {
  try {
    decode_text("ok line\nbad \xC3\x28 here", "report.ru.txt");
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(error.where().file == "report.ru.txt");
    CHECK(error.where().byte == 12);
    CHECK(std::string(error.what()).find("byte 12") != std::string::npos);
  }
}

TEST_CASE("UTF-16 and binary input are rejected with a reason") {
  CHECK_THROWS_WITH(decode_text(std::string("\xFF\xFEh\0i\0", 6), "u16.txt"), Catch::Contains("UTF-16"));
  CHECK_THROWS_WITH(decode_text(std::string("PK\x03\x04\0\0", 6), "a.zip"), Catch::Contains("binary"));
}

TEST_CASE("split_lines drops only the final newline") {
  CHECK(sverka::split_lines("a\n\nb\n") == std::vector<std::string>{"a", "", "b"});
  CHECK(sverka::split_lines("a") == std::vector<std::string>{"a"});
  CHECK(sverka::split_lines("").empty());
}
