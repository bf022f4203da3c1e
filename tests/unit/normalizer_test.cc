#include "text/normalizer.h"

#include <catch2/catch.hpp>

using sverka::normalize_for_matching;

TEST_CASE("matching form folds case, ё, quotes and dashes") {
  CHECK(normalize_for_matching("ЁЖИК") == "ежик");
  CHECK(normalize_for_matching("«Цитата» “quote” „x“") == "\"цитата\" \"quote\" \"x\"");
  CHECK(normalize_for_matching("a—b–c‑d") == "a-b-c-d");
  CHECK(normalize_for_matching("don’t") == "don't");
  CHECK(normalize_for_matching("‹oui›") == "'oui'");  // French single guillemets
  CHECK(normalize_for_matching("ÀÉ") == "àé");
  // The Russian alphabet is folded without ICU; every letter as ICU would.
  CHECK(normalize_for_matching("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") == "абвгдежзийклмнопрстуфхцчшщъыьэюя");
  CHECK(normalize_for_matching("Ѣ Ї Ґ") == "ѣ ї ґ");
}
