#include "names/name_conventions.h"

#include <catch2/catch.hpp>

#include "test_paths.h"

using namespace sverka;

TEST_CASE("a convention row gives a dictionary form its English names, word by word in matching form") {
  const NameConventions conventions =
      NameConventions::parse("# a comment\nгенштаб\tGeneral Staff\tsource\nпекин\tBeijing Peking\tUNTERM\n", "n.tsv");
  REQUIRE(conventions.english("генштаб") != nullptr);
  CHECK(*conventions.english("генштаб") == std::vector<std::string>{"general", "staff"});
  CHECK(*conventions.english("пекин") == std::vector<std::string>{"beijing", "peking"});
  CHECK(conventions.english("москва") == nullptr);
}

TEST_CASE("a malformed conventions row names file and line") {
  CHECK_THROWS_WITH(NameConventions::parse("ok\tOK\tx\nbroken\n", "names.tsv"), Catch::Contains("names.tsv:2"));
}

TEST_CASE("the project's conventions load") {
  const NameConventions conventions = NameConventions::load(testing::paths().lexicons + "/names.ru-en.tsv");
  REQUIRE(conventions.english("госдума") != nullptr);
  CHECK(conventions.english("госдума")->front() == "state");
}
