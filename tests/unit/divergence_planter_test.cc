#include "quotes/divergence_planter.h"

#include <catch2/catch.hpp>
#include <map>

using namespace sverka;

namespace {

std::map<std::string, std::string> planted_lines(const std::string& line, std::size_t variant = 0) {
  std::map<std::string, std::string> by_type;
  for (const PlantedDivergence& divergence : plant_divergences(line, variant))
    by_type[divergence.type] = divergence.line;
  return by_type;
}

}  // namespace

TEST_CASE("one divergence of each kind is planted in the quote, nowhere else") {
  const std::string line =
      "Peskov said: \"Three servicemen were killed near Aleppo, and the mechanisms will be improved first.\"";
  const auto planted = planted_lines(line);
  CHECK(planted.at("negation") ==
        "Peskov said: \"Three servicemen were not killed near Aleppo, and the mechanisms will be improved first.\"");
  CHECK(planted.at("antonym") ==
        "Peskov said: \"Three servicemen were killed near Aleppo, and the mechanisms may be improved first.\"");
  CHECK(planted.at("name") ==
        "Peskov said: \"Three servicemen were killed near Macron, and the mechanisms will be improved first.\"");
  CHECK(planted.at("omission") == "Peskov said: \"Three servicemen were killed near Aleppo.\"");
  CHECK(planted.at("addition") == "Peskov said: \"Three servicemen were killed near Aleppo, and the mechanisms will be "
                                  "improved first, but only under certain conditions.\"");
  CHECK_FALSE(planted.count("number"));  // no digits in the quote
}

TEST_CASE("a number's last digit moves by one, and a line without a long quote gets nothing") {
  CHECK(planted_lines("\"We counted 11 strikes in that area today,\" he said.").at("number") ==
        "\"We counted 12 strikes in that area today,\" he said.");
  CHECK(planted_lines("\"In 2019 we counted strikes there,\" he said.").at("number") ==
        "\"In 2018 we counted strikes there,\" he said.");
  CHECK(plant_divergences("He said \"no comment\".", 0).empty());
  CHECK(plant_divergences("No quote here at all, none.", 0).empty());
}

TEST_CASE("the variant spreads the added clauses and the replacement names") {
  const std::string line = "\"The talks with Ankara will continue next week,\" he said.";
  CHECK(planted_lines(line, 0).at("name") != planted_lines(line, 1).at("name"));
  CHECK(planted_lines(line, 0).at("addition") != planted_lines(line, 1).at("addition"));
}
