#include "lexicon/lemmatizer.h"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <array>
#include <filesystem>
#include <string_view>
#include <utility>

#include "lexicon/genitive_plural.h"
#include "lexicon/suffix_stemmer.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {
constexpr std::size_t kMaxLemmas = 4;

char32_t first_letter(const std::string& word) {
  std::size_t pos = 0;
  return word.empty() ? 0 : next_code_point(word, pos);
}
}  // namespace

std::optional<HunspellDictionary> hunspell_dictionary(const std::string& language) {
  static const std::array<std::pair<std::string_view, HunspellDictionary>, 7> dictionaries = {{
      {"ru", {"ru_RU", "hunspell-ru"}},
      {"en", {"en_US", "hunspell-en-us"}},
      {"de", {"de_DE", "hunspell-de-de"}},
      {"fr", {"fr_FR", "hunspell-fr"}},
      {"es", {"es_ES", "hunspell-es"}},
      {"it", {"it_IT", "hunspell-it"}},
      {"uk", {"uk_UA", "hunspell-uk"}},
  }};
  for (const auto& [code, dictionary] : dictionaries) {
    if (code == language) return dictionary;
  }
  return std::nullopt;
}

std::string installed_hunspell(const std::string& language, const std::string& hunspell_dir) {
  const std::optional<HunspellDictionary> dictionary = hunspell_dictionary(language);
  if (!dictionary) return "";
  const std::string base = hunspell_dir + "/" + dictionary->locale;
  return std::filesystem::exists(base + ".aff") && std::filesystem::exists(base + ".dic") ? base : "";
}

Lemmatizer::Lemmatizer(const std::string& language, const std::string& hunspell_dir)
    : language_(language) {
  const std::string base = installed_hunspell(language, hunspell_dir);
  if (base.empty()) return;
  affix_stemmer_ = AffixStemmer::load(base + ".aff", base + ".dic");
  if (!affix_stemmer_) hunspell_ = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
}

Lemmatizer::~Lemmatizer() = default;
Lemmatizer::Lemmatizer(Lemmatizer&&) noexcept = default;

std::vector<std::string> Lemmatizer::proper_name_lemmas(const std::string& written) const {
  if (!hunspell_ && !affix_stemmer_) return {};
  std::vector<std::string> names;
  const std::vector<std::string> stems = affix_stemmer_ ? affix_stemmer_->stems(written) : hunspell_->stem(written);
  // Listed as it stands: a name that inflects from here is one of its own
  // dictionary forms; a bare listed form tells nothing.
  if (std::find(stems.begin(), stems.end(), written) != stems.end() &&
      !(affix_stemmer_ && affix_stemmer_->inflects(written))) {
    return {};
  }
  // «Балтийском»: an adjective made from a name (балтийский), though also
  // a form of the town Балтийск. (Hunspell stems a capitalized word in
  // lower case too; the affix stemmer is asked for both.)
  const std::string lower = normalize_for_matching(written);
  for (const std::string& stem : affix_stemmer_ ? affix_stemmer_->stems(lower) : hunspell_->stem(lower)) {
    if (stem.ends_with("ский") || stem.ends_with("цкий")) return {};
  }
  for (const std::string& stem : stems) {
    if (!is_upper(first_letter(stem))) continue;
    std::string norm = normalize_for_matching(stem);
    if (std::find(names.begin(), names.end(), norm) == names.end()) names.push_back(std::move(norm));
  }
  return names;
}

bool Lemmatizer::is_common_word(const std::string& lower_case_word) const {
  if (affix_stemmer_) return affix_stemmer_->knows(lower_case_word);
  return hunspell_ != nullptr && hunspell_->spell(lower_case_word);
}

const std::vector<std::string>& Lemmatizer::lemmas(std::string_view word) {
  const std::string key(word);
  const auto found = cache_.find(key);
  if (found != cache_.end()) return found->second;
  return cache_.emplace(key, forms(key)).first->second;
}

std::vector<std::string> Lemmatizer::forms(const std::string& word) const {
  std::vector<std::string> forms;
  if (hunspell_ || affix_stemmer_) {
    for (const std::string& stem : affix_stemmer_ ? affix_stemmer_->stems(word) : hunspell_->stem(word)) {
      std::string norm = normalize_for_matching(stem);
      // Hunspell also strips derivational prefixes ("reported" → "port",
      // "increased" → "crease"): a stem that does not begin like the word
      // is another word, unless the prefix goes back on (en_US lists
      // "increase" only as in- and "crease").
      if (first_letter(norm) != first_letter(word)) {
        constexpr std::size_t kMaxPrefixBytes = 3;  // in-, de-, re-, un-, dis-, con-, pro-
        const std::size_t at = word.find(norm);
        if (at == std::string::npos || at == 0 || at > kMaxPrefixBytes) continue;
        norm = word.substr(0, at) + norm;
      }
      if (std::find(forms.begin(), forms.end(), norm) == forms.end()) forms.push_back(std::move(norm));
      if (forms.size() == kMaxLemmas) break;
    }
  }
  // A genitive plural ru_RU lists bare, as a word of its own (звезд, окон):
  // its noun too (genitive_plural.h), beside what else it is a form of
  // (дел: деть). Not for a word it does not list: «путин» is no form of
  // путина.
  const bool listed = std::find(forms.begin(), forms.end(), word) != forms.end();
  if (forms.empty()) forms.push_back(word);
  if (language_ == "ru" && affix_stemmer_ && listed && !affix_stemmer_->inflects(word)) {
    for (std::string& lemma : genitive_plural_lemmas(
             word, [this](const std::string& candidate) { return affix_stemmer_->inflects(candidate); })) {
      if (forms.size() < kMaxLemmas && std::find(forms.begin(), forms.end(), lemma) == forms.end()) {
        forms.push_back(std::move(lemma));
      }
    }
  }
  // The suffix stemmer's guess too, when Hunspell has no such form: "reported"
  // comes back as itself, and its dictionary form "report" is what matches.
  std::string stripped = strip_suffix(word, language_);
  if (forms.size() < kMaxLemmas && std::find(forms.begin(), forms.end(), stripped) == forms.end() &&
      (forms.front() == word)) {
    forms.push_back(std::move(stripped));
  }
  return forms;
}

}  // namespace sverka
