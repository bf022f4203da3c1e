#include "util/file_io.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "scratch_folder.h"
#include "util/error.h"

using namespace sverka;
namespace fs = std::filesystem;

TEST_CASE("an uncommitted output leaves no file and no temporary") {
  const fs::path dir = testing::scratch_folder("file_io");
  const std::string path = (dir / "out.txt").string();
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
