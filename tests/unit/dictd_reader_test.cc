#include "lexicon/dictd_reader.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <zlib.h>

#include "scratch_folder.h"
#include "util/error.h"
#include "util/file_io.h"

using namespace sverka;
namespace fs = std::filesystem;

TEST_CASE("dictd numbers are base64") {
  std::uint64_t value = 0;
  CHECK(decode_dictd_number("A", &value));
  CHECK(value == 0);
  CHECK(decode_dictd_number("BA", &value));
  CHECK(value == 64);
  CHECK_FALSE(decode_dictd_number("B!", &value));
}

TEST_CASE("a dictd pair is read entry by entry, and a bad index names its line") {
  const fs::path dir = testing::scratch_folder("dictd");
  const std::string body = "house\nдом\nstrike\nудар\n";
  gzFile file = gzopen((dir / "t.dict.dz").c_str(), "wb");
  gzwrite(file, body.data(), static_cast<unsigned>(body.size()));
  gzclose(file);
  testing::write_test_file(dir / "t.index", "house\tA\tN\nstrike\tN\tQ\n");
  std::vector<std::string> seen;
  read_dictd((dir / "t.index").string(), (dir / "t.dict.dz").string(), [&](const DictdEntry& entry) {
    seen.push_back(std::string(entry.headword) + "=" + std::string(entry.body));
  });
  CHECK(seen == std::vector<std::string>{"house=house\nдом\n", "strike=strike\nудар\n"});

  testing::write_test_file(dir / "bad.index", "house\tA\tN\nbroken line\n");
  CHECK_THROWS_WITH(read_dictd((dir / "bad.index").string(), (dir / "t.dict.dz").string(), [](const DictdEntry&) {}),
                    Catch::Contains("bad.index:2"));
  fs::remove_all(dir);
}

TEST_CASE("a dictd index over a body in memory: entries in order, one past the body's end refused") {
  const std::string body = "house\nдом\n";
  std::vector<std::string> seen;
  for_each_dictd_entry("house\tA\tN\n\n", body, "t.index", "t.dict",
                       [&](const DictdEntry& entry) { seen.push_back(std::string(entry.headword)); });
  CHECK(seen == std::vector<std::string>{"house"});
  CHECK_THROWS_WITH(for_each_dictd_entry("house\tA\tZ\n", body, "t.index", "t.dict", [](const DictdEntry&) {}),
                    Catch::Contains("t.index:1") && Catch::Contains("past the end of t.dict"));
}
