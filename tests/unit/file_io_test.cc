#include "util/file_io.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "util/error.h"

using namespace sverka;
namespace fs = std::filesystem;

TEST_CASE("an uncommitted output leaves no file and no temporary") {
  const fs::path dir = fs::temp_directory_path() / "sverka_file_io_test";
  fs::create_directories(dir);
  const std::string path = (dir / "out.txt").string();
  fs::remove(path);
  {
    AtomicOutput out(path);
    out.stream() << "half";
  }
  CHECK_FALSE(fs::exists(path));
  CHECK(fs::is_empty(dir));
  {
    AtomicOutput out(path);
    out.stream() << "whole";
    out.commit();
  }
  CHECK(read_file_bytes(path) == "whole");
  fs::remove_all(dir);
}

TEST_CASE("a missing input names the file") {
  CHECK_THROWS_WITH(read_file_bytes("/nonexistent/sverka.txt"), Catch::Contains("/nonexistent/sverka.txt"));
}
