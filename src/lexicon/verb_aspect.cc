#include "lexicon/verb_aspect.h"

#include <array>
#include <utility>

#include "util/utf8.h"

namespace sverka {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Stem-final consonant alternations between -ить and -ать/-ять.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kAlternations = {
    {{"ст", "щ"}, {"т", "ч"}, {"д", "жд"}, {"з", "ж"}, {"с", "ш"}}};
constexpr std::array<std::string_view, 4> kLabials = {"б", "в", "м", "п"};
constexpr std::array<std::string_view, 14> kPrefixes = {"пере", "под", "про", "при", "раз", "рас", "вы",
                                                        "за", "на", "по", "от", "об", "с", "у"};

void from_perfective(std::string_view stem, std::vector<std::string>& out) {
  const std::string base(stem);
  for (const char* suffix : {"ать", "ять", "ивать", "ывать"}) out.push_back(base + suffix);
  for (const auto& [from, to] : kAlternations) {
    if (ends_with(stem, from)) {
      out.push_back(std::string(stem.substr(0, stem.size() - from.size())) + std::string(to) + "ать");
    }
  }
  for (const std::string_view labial : kLabials) {
    if (ends_with(stem, labial)) out.push_back(base + "лять");
  }
}

void from_imperfective(std::string_view stem, std::vector<std::string>& out) {
  const std::string base(stem);
  out.push_back(base + "ить");
  out.push_back(base + "ать");  // рассказывать → рассказать
  for (const auto& [from, to] : kAlternations) {
    if (ends_with(stem, to)) out.push_back(std::string(stem.substr(0, stem.size() - to.size())) + std::string(from) + "ить");
  }
  if (ends_with(stem, "л")) out.push_back(std::string(stem.substr(0, stem.size() - 2)) + "ить");
}

}  // namespace

std::vector<std::string> aspect_partners(std::string_view verb) {
  std::vector<std::string> partners;
  if (!ends_with(verb, "ть") || count_code_points(verb) < 5) return partners;
  if (ends_with(verb, "ивать") || ends_with(verb, "ывать")) {
    from_imperfective(verb.substr(0, verb.size() - std::string_view("ивать").size()), partners);
  } else if (ends_with(verb, "ить")) {
    from_perfective(verb.substr(0, verb.size() - std::string_view("ить").size()), partners);
  } else if (ends_with(verb, "ать") || ends_with(verb, "ять")) {
    from_imperfective(verb.substr(0, verb.size() - std::string_view("ать").size()), partners);
  }
  // сделать → делать: the bare verb of a prefixed perfective.
  for (const std::string_view prefix : kPrefixes) {
    if (verb.substr(0, prefix.size()) == prefix && count_code_points(verb.substr(prefix.size())) >= 4) {
      partners.emplace_back(verb.substr(prefix.size()));
      break;
    }
  }
  return partners;
}

}  // namespace sverka
