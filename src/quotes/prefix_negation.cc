#include "quotes/prefix_negation.h"

#include <algorithm>
#include <array>
#include <set>

#include "quotes/negation_check.h"
#include "quotes/polarity_check.h"

namespace sverka {
namespace {

constexpr std::string_view kRussianPrefix = "не";

// The English negating prefix `word` opens with, before a word of its own
// (four letters or more), or "".
std::string_view negating_prefix(std::string_view word) {
  static constexpr std::array<std::string_view, 7> prefixes = {"un", "in", "im", "il", "ir", "dis", "non"};
  for (const std::string_view prefix : prefixes) {
    if (word.size() > prefix.size() + 3 && word.starts_with(prefix)) return prefix;
  }
  return {};
}

bool has_negating_prefix(std::string_view word) { return !negating_prefix(word).empty(); }

// The English word, as written, that one of `renderings` is, if any.
std::optional<std::string> find_rendering(const std::vector<QuoteWord>& english,
                                          const std::vector<std::string_view>& renderings,
                                          bool negated_only) {
  for (const QuoteWord& word : english) {
    for (const std::string& form : word.forms) {
      if (negated_only && !has_negating_prefix(form)) continue;
      if (std::find(renderings.begin(), renderings.end(), form) != renderings.end()) return word.text;
    }
  }
  return std::nullopt;
}

// Whether one of `renderings` follows a negation closely: "not natural",
// "not so long", "isn't very good" (negated_at).
bool said_after_not(const std::vector<QuoteWord>& english, const std::vector<std::string_view>& renderings) {
  for (std::size_t k = 0; k < english.size(); ++k) {
    const auto& forms = english[k].forms;
    const bool rendering = std::any_of(forms.begin(), forms.end(), [&](const std::string& form) {
      return std::find(renderings.begin(), renderings.end(), form) != renderings.end();
    });
    if (rendering && negated_at(english, k)) return true;
  }
  return false;
}

}  // namespace

std::optional<QuoteFlag> check_prefix_negation(const std::string& russian, const std::string& english,
                                               const TranslationLookup& translations,
                                               const LemmaFunction& russian_lemmas,
                                               const LemmaFunction& english_lemmas) {
  const std::vector<QuoteWord> english_words = quote_words(english, english_lemmas);
  const bool english_negated = count_negations(english, "en").count > 0;
  const bool russian_negated = count_negations(russian, "ru").count > 0;
  const std::vector<QuoteWord> russian_words = quote_words(russian, russian_lemmas);
  std::set<std::string> russian_forms;
  for (const QuoteWord& word : russian_words) russian_forms.insert(word.forms.begin(), word.forms.end());
  for (const QuoteWord& word : russian_words) {
    for (const std::string& form : word.forms) {
      if (form.starts_with(kRussianPrefix)) {
        // «неприемлемо» kept as "acceptable", with no "not" to carry it.
        const std::string positive = form.substr(kRussianPrefix.size());
        const auto negated_renderings = translations(form);
        const bool is_negation = std::any_of(negated_renderings.begin(), negated_renderings.end(),
                                             [](std::string_view w) { return has_negating_prefix(w); });
        if (english_negated || !is_negation || find_rendering(english_words, negated_renderings, false)) continue;
        if (const auto kept = find_rendering(english_words, translations(positive), false)) {
          return QuoteFlag{"negation", Severity::kError, word.text, *kept,
                           "'" + word.text + "' is negated by its prefix не-, the English '" + *kept +
                               "' is not: the meaning is reversed"};
        }
      } else if (!russian_negated) {
        // «законный» rendered "illegal": a negation the Russian does not have.
        const std::string negated = std::string(kRussianPrefix) + form;
        if (russian_forms.count(negated) || find_rendering(english_words, translations(form), false)) continue;
        if (const auto added = find_rendering(english_words, translations(negated), true)) {
          return QuoteFlag{"negation", Severity::kError, word.text, *added,
                           "the English '" + *added + "' negates what '" + word.text +
                               "' says without negation: the meaning is reversed"};
        }
      }
    }
  }
  return std::nullopt;
}

int prefixed_negations_said_plainly(const std::string& russian, const std::string& english,
                                    const TranslationLookup& translations, const LemmaFunction& russian_lemmas,
                                    const LemmaFunction& english_lemmas) {
  // Words the negation count has already (нельзя: "not allowed"), and ones
  // whose не- is no negation of the rest (несколько: "several").
  static const std::set<std::string> counted = {"нет", "нельзя", "невозможно", "несколько", "немного", "небольшой",
                                                "некоторый", "некий", "некто", "нечто", "неужели", "недавно"};
  constexpr std::size_t kMinPositive = 6;  // bytes: three Cyrillic letters
  const std::vector<QuoteWord> english_words = quote_words(english, english_lemmas);
  int found = 0;
  for (const QuoteWord& word : quote_words(russian, russian_lemmas)) {
    for (const std::string& form : word.forms) {
      if (!form.starts_with(kRussianPrefix) || counted.count(form) || counted.count(word.norm) ||
          form.size() < kRussianPrefix.size() + kMinPositive) {
        continue;
      }
      if (said_after_not(english_words, translations(form.substr(kRussianPrefix.size())))) {
        ++found;
        break;
      }
    }
  }
  return found;
}

int plain_negations_said_by_prefix(const std::string& russian, const std::string& english,
                                   const TranslationLookup& translations, const LemmaFunction& russian_lemmas,
                                   const LemmaFunction& english_lemmas) {
  // The positives the English negates by a prefix: "unchanged" → changed,
  // change.
  std::set<std::string> positives;
  for (const QuoteWord& word : quote_words(english, nullptr)) {
    const std::string_view prefix = negating_prefix(word.norm);
    if (prefix.empty()) continue;
    const std::string positive = word.norm.substr(prefix.size());
    positives.insert(positive);
    if (english_lemmas) {
      for (const std::string& lemma : english_lemmas(positive)) positives.insert(lemma);
    }
  }
  if (positives.empty()) return 0;
  const std::vector<QuoteWord> russian_words = quote_words(russian, russian_lemmas);
  int found = 0;
  for (std::size_t k = 0; k + 1 < russian_words.size(); ++k) {
    if (russian_words[k].norm != kRussianPrefix) continue;
    const auto rendered_by_prefix = [&](const std::string& form) {
      const auto renderings = translations(form);
      return std::any_of(renderings.begin(), renderings.end(),
                         [&](std::string_view r) { return positives.count(std::string(r)) > 0; });
    };
    // A reflexive verb the dictionary lists under the verb it is formed
    // from: измениться under изменить.
    const bool rendered = std::any_of(russian_words[k + 1].forms.begin(), russian_words[k + 1].forms.end(),
                                      [&](const std::string& form) {
      constexpr std::string_view kReflexive = "ся";
      return rendered_by_prefix(form) ||
             (form.ends_with(kReflexive) && rendered_by_prefix(form.substr(0, form.size() - kReflexive.size())));
    });
    found += rendered;
  }
  return found;
}

}  // namespace sverka
