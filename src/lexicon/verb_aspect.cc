#include "lexicon/verb_aspect.h"

#include <array>
#include <utility>

#include "util/utf8.h"

namespace sverka {
namespace {

// Stem-final consonant alternations between -ить and -ать/-ять (т→щ in
// verbs of Church Slavonic descent: обратить ↔ обращать, запретить ↔
// запрещать).
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kAlternations = {
    {{"ст", "щ"}, {"т", "ч"}, {"т", "щ"}, {"д", "жд"}, {"з", "ж"}, {"с", "ш"}}};
constexpr std::array<std::string_view, 4> kLabials = {"б", "в", "м", "п"};
constexpr std::array<std::string_view, 14> kPrefixes = {"пере", "под", "про", "при", "раз", "рас", "вы",
                                                        "за", "на", "по", "от", "об", "с", "у"};

void from_perfective(std::string_view stem, std::vector<std::string>& out) {
  const std::string base(stem);
  for (const char* suffix : {"ать", "ять", "ивать", "ывать"}) out.push_back(base + suffix);
  for (const auto& [from, to] : kAlternations) {
    if (stem.ends_with(from)) {
      out.push_back(std::string(stem.substr(0, stem.size() - from.size())) + std::string(to) + "ать");
    }
  }
  for (const std::string_view labial : kLabials) {
    if (stem.ends_with(labial)) out.push_back(base + "лять");
  }
}

void from_imperfective(std::string_view stem, std::vector<std::string>& out) {
  const std::string base(stem);
  out.push_back(base + "ить");
  out.push_back(base + "ать");  // рассказывать → рассказать
  for (const auto& [from, to] : kAlternations) {
    if (stem.ends_with(to))
      out.push_back(std::string(stem.substr(0, stem.size() - to.size())) + std::string(from) + "ить");
  }
  if (stem.ends_with("л")) out.push_back(std::string(stem.substr(0, stem.size() - 2)) + "ить");
}

// Perfectives whose imperfective is not a plain suffix swap: понять ↔
// понимать (and принять, снять, занять, поднять, обнять), умереть ↔
// умирать (запереть, стереть), вспомнить ↔ вспоминать (напомнить),
// кивнуть ↔ кивать (исчезнуть, мелькнуть, улыбнуться).
void irregular_imperfective(std::string_view verb, std::vector<std::string>& out) {
  const auto swap_end = [&](std::string_view from, std::string_view to) {
    if (verb.ends_with(from)) out.push_back(std::string(verb.substr(0, verb.size() - from.size())) + std::string(to));
  };
  swap_end("нять", "нимать");
  swap_end("ереть", "ирать");
  swap_end("мнить", "минать");
  swap_end("нуть", "ать");
}

std::vector<std::string> non_reflexive_partners(std::string_view verb) {
  std::vector<std::string> partners;
  if (!verb.ends_with("ть") || count_code_points(verb) < 5) return partners;
  if (verb.ends_with("ивать") || verb.ends_with("ывать")) {
    from_imperfective(verb.substr(0, verb.size() - std::string_view("ивать").size()), partners);
  } else if (verb.ends_with("ить")) {
    from_perfective(verb.substr(0, verb.size() - std::string_view("ить").size()), partners);
  } else if (verb.ends_with("ать") || verb.ends_with("ять")) {
    from_imperfective(verb.substr(0, verb.size() - std::string_view("ать").size()), partners);
  }
  irregular_imperfective(verb, partners);
  // сделать → делать: the bare verb of a prefixed perfective.
  for (const std::string_view prefix : kPrefixes) {
    if (verb.starts_with(prefix) && count_code_points(verb.substr(prefix.size())) >= 4) {
      partners.emplace_back(verb.substr(prefix.size()));
      break;
    }
  }
  return partners;
}

}  // namespace

std::string non_reflexive(std::string_view infinitive) {
  for (const std::string_view ending : {std::string_view("ться"), std::string_view("чься"), std::string_view("тись")}) {
    if (infinitive.size() > ending.size() && infinitive.ends_with(ending)) {
      return std::string(infinitive.substr(0, infinitive.size() - std::string_view("ся").size()));
    }
  }
  return "";
}

std::vector<std::string> aspect_partners(std::string_view verb) {
  // A reflexive verb pairs as its base does: улыбнуться ↔ улыбаться,
  // остановиться ↔ останавливаться.
  for (const std::string_view reflexive : {std::string_view("ся"), std::string_view("сь")}) {
    if (!verb.ends_with(reflexive)) continue;
    std::vector<std::string> partners = non_reflexive_partners(verb.substr(0, verb.size() - reflexive.size()));
    for (std::string& partner : partners) partner += reflexive;
    return partners;
  }
  return non_reflexive_partners(verb);
}

}  // namespace sverka
