#include "lexicon/language_code.h"

#include <array>
#include <string_view>

namespace sverka {
namespace {

struct Codes {
  std::string_view two, three, bibliographic;
};

// The languages of Debian's FreeDict dictionaries that Hunspell also has.
constexpr std::array<Codes, 15> kCodes = {{{"ru", "rus", ""},
                                           {"en", "eng", ""},
                                           {"de", "deu", "ger"},
                                           {"fr", "fra", "fre"},
                                           {"es", "spa", ""},
                                           {"it", "ita", ""},
                                           {"pt", "por", ""},
                                           {"nl", "nld", "dut"},
                                           {"pl", "pol", ""},
                                           {"uk", "ukr", ""},
                                           {"cs", "ces", "cze"},
                                           {"sv", "swe", ""},
                                           {"tr", "tur", ""},
                                           {"fi", "fin", ""},
                                           {"hu", "hun", ""}}};

}  // namespace

std::string two_letter_code(const std::string& code) {
  for (const Codes& codes : kCodes) {
    if (code == codes.two || code == codes.three || (!codes.bibliographic.empty() && code == codes.bibliographic)) {
      return std::string(codes.two);
    }
  }
  return code;
}

std::string three_letter_code(const std::string& code) {
  for (const Codes& codes : kCodes) {
    if (code == codes.two) return std::string(codes.three);
  }
  return code;
}

}  // namespace sverka
