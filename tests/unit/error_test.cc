#include "util/error.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("a location names the file and the line and column when known") {
  CHECK(Location::at_line("a.ru.txt", 12, 3).describe() == "a.ru.txt:12:3");
  CHECK(Location::at_line("a.ru.txt", 12).describe() == "a.ru.txt:12");
  CHECK(Location::at_line("a.ru.txt", 0).describe() == "a.ru.txt");
}

TEST_CASE("a location in a file without lines names the byte") {
  CHECK(Location::at_byte("lexicon.bin", 1042).describe() == "lexicon.bin (byte 1042)");
  // Byte 0 is a place too: the first byte of the file.
  CHECK(Location::at_byte("lexicon.bin", 0).describe() == "lexicon.bin (byte 0)");
}

TEST_CASE("standard input has a name in messages") {
  CHECK(Location::at_line("", 4).describe() == "<input>:4");
}

TEST_CASE("an input error's message starts with where, and keeps the location") {
  const InputError error(Location::at_line("doc.gold", 7, 2), "expected '[i,j]:[k,l]'");
  CHECK(std::string(error.what()) == "doc.gold:7:2: expected '[i,j]:[k,l]'");
  CHECK(error.where().line == 7);
  CHECK(error.where().file == "doc.gold");
}
