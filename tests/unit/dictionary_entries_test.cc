#include "lexicon/dictionary_entries.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("Mueller bodies give translations, not examples or labels") {
  const std::string body =
      "strike\n   _I  [straɪk]\n      1. _v. (struck, struck)\n"
      "         1) ударять(ся); бить; to strike a blow нанести удар\n"
      "         2) _воен. атаковать, нанести удар\n";
  const auto words = mueller_translations(body);
  CHECK(words == std::vector<std::string>{"ударять", "бить", "атаковать", "нанести", "удар"});
}

TEST_CASE("FreeDict bodies: numbered translations, glosses skipped") {
  const std::string body = "schnell /ʃnɛl/ <adj>\n1. rapide, vite\neine hohe Geschwindigkeit habend\n2. vite 2.\n";
  CHECK(freedict_translations(body) == std::vector<std::string>{"rapide", "vite"});
  CHECK(freedict_translations("house /haus/\nдом\n") == std::vector<std::string>{"дом"});
}

TEST_CASE("an unnumbered FreeDict body translates on its first line; the glosses after it are not translations") {
  // freedict-deu-fra writes most entries so, glosses in German.
  const std::string body =
      "Abakus /\u02c8abak\u028as/ <n, masc>\nabaque 2.\nein aus der Antike stammendes Rechenbrett mit Kugeln\n"
      " 3.\nantikes Spielbrett\n";
  CHECK(freedict_translations(body) == std::vector<std::string>{"abaque"});
  CHECK(freedict_translations(
            "Meter /\u02c8me\u02d0t\u0250/ <n>\nm\u00e8tre\nSI-Basiseinheit f\u00fcr die L\u00e4nge; eine Strecke\n") ==
        std::vector<std::string>{"m\u00e8tre"});
}

TEST_CASE("long phrases give nothing, short ones their content words") {
  CHECK(phrase_words("нанести удар").size() == 2);
  CHECK(phrase_words("в общем и целом говоря так").empty());
  CHECK(phrase_words("уда\u0301р") == std::vector<std::string>{"удар"});
}
