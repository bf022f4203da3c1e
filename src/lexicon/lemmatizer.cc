#include "lexicon/lemmatizer.h"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <filesystem>

#include "lexicon/suffix_stemmer.h"
#include "text/normalizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {
constexpr std::size_t kMaxLemmas = 4;

char32_t first_letter(const std::string& word) {
  std::size_t pos = 0;
  return word.empty() ? 0 : next_code_point(word, pos);
}
}  // namespace

std::string hunspell_locale(const std::string& language) {
  if (language == "ru") return "ru_RU";
  if (language == "en") return "en_US";
  if (language == "de") return "de_DE";
  if (language == "fr") return "fr_FR";
  if (language == "es") return "es_ES";
  if (language == "it") return "it_IT";
  if (language == "uk") return "uk_UA";
  return "";
}

Lemmatizer::Lemmatizer(const std::string& language, const std::string& hunspell_dir)
    : language_(language) {
  const std::string locale = hunspell_locale(language);
  if (locale.empty()) return;
  const std::string base = hunspell_dir + "/" + locale;
  if (std::filesystem::exists(base + ".aff") && std::filesystem::exists(base + ".dic")) {
    affix_stemmer_ = AffixStemmer::load(base + ".aff", base + ".dic");
    if (!affix_stemmer_) hunspell_ = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
  }
}

Lemmatizer::~Lemmatizer() = default;
Lemmatizer::Lemmatizer(Lemmatizer&&) noexcept = default;

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
      // Hunspell also strips derivational prefixes ("reported" → "port"):
      // a stem that does not begin like the word is another word.
      if (first_letter(norm) != first_letter(word)) continue;
      if (std::find(forms.begin(), forms.end(), norm) == forms.end()) forms.push_back(std::move(norm));
      if (forms.size() == kMaxLemmas) break;
    }
  }
  if (forms.empty()) forms.push_back(word);
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
