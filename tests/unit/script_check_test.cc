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
  CHECK_FALSE(script_warning("Компания Blue Origin запустила корабль New Shepard с туристами на борту.", "ru", "x")
                  .has_value());
}

TEST_CASE("a text without letters is worth a warning naming the file") {
  CHECK(script_warning("", "ru", "empty.txt").value() == "empty.txt: holds no letters at all (an empty file?)");
  CHECK(script_warning("12.5 ... 2016\n", "en", "n.txt").has_value());
  CHECK_FALSE(script_warning("Да.", "ru", "short.txt").has_value());
}

TEST_CASE("a pair given the wrong way round is recognised, set right and said") {
  const std::string english = "The Kremlin said the strike was a coordination error near the town.";
  const std::string russian = "В Кремле заявили, что удар стал ошибкой координации у города.";
  const auto swapped = [](const std::string& first, const std::string& second) {
    sverka::TextPair pair{"a.txt", "b.txt", first, second};
    sverka::orient(pair, "ru", "en", true);
    return pair.swapped;
  };
  CHECK(swapped(english, russian));
  CHECK_FALSE(swapped(russian, english));
  CHECK_FALSE(swapped(english, english));
  CHECK_FALSE(swapped("", russian));

  sverka::TextPair pair{"a.txt", "b.txt", english, russian};
  CHECK(sverka::orient(pair, "ru", "en", true) ==
        std::vector<std::string>{"a.txt is Latin and b.txt Cyrillic: taking b.txt as the Russian side"});
  CHECK(pair.source_path == "b.txt");
  CHECK(pair.source_text == russian);
  CHECK(pair.target_text == english);
  // Not to be swapped (a pair given on the command line): each text is warned of.
  sverka::TextPair kept{"a.txt", "b.txt", english, ""};
  const auto notes = sverka::orient(kept, "ru", "en", false);
  CHECK_FALSE(kept.swapped);
  REQUIRE(notes.size() == 2);
  CHECK(notes[0].find("a.txt: given as 'ru'") == 0);
  CHECK(notes[1] == "b.txt: holds no letters at all (an empty file?)");
}
