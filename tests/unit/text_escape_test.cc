#include "util/text_escape.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("escaping for JSON, XML and TSV") {
  CHECK(json_quote("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
  CHECK(xml_escape("<a href='x'>&</a>") == "&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;");
  CHECK(tsv_field("a\tb\nc") == "a b c");
}
