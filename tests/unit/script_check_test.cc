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
