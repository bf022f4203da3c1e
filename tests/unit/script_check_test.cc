#include "text/script_check.h"

#include <catch2/catch.hpp>

using sverka::script_warning;

TEST_CASE("swapped languages are caught") {
  const std::string english = "The Kremlin said the strike was a coordination error near the town.";
  const std::string russian = "В Кремле заявили, что удар стал ошибкой координации у города.";
  CHECK(script_warning(english, "ru", "a.txt").has_value());
  CHECK(script_warning(russian, "en", "b.txt").value().find("b.txt") != std::string::npos);
  CHECK_FALSE(script_warning(russian, "ru", "a.txt").has_value());
  CHECK_FALSE(script_warning(english, "en", "b.txt").has_value());
}

TEST_CASE("Latin names in Russian text do not trigger the warning") {
  CHECK_FALSE(script_warning("Компания Blue Origin запустила корабль New Shepard с туристами на борту.", "ru", "x").has_value());
}

TEST_CASE("a text without letters is worth a warning naming the file") {
  CHECK(script_warning("", "ru", "empty.txt").value() == "empty.txt: holds no letters at all (an empty file?)");
  CHECK(script_warning("12.5 ... 2016\n", "en", "n.txt").has_value());
  CHECK_FALSE(script_warning("Да.", "ru", "short.txt").has_value());
}

TEST_CASE("a pair given the wrong way round is recognised") {
  const std::string english = "The Kremlin said the strike was a coordination error near the town.";
  const std::string russian = "В Кремле заявили, что удар стал ошибкой координации у города.";
  CHECK(sverka::written_the_other_way(english, russian));
  CHECK_FALSE(sverka::written_the_other_way(russian, english));
  CHECK_FALSE(sverka::written_the_other_way(english, english));
  CHECK_FALSE(sverka::written_the_other_way("", russian));
}
