#include "names/name_similarity.h"

#include <algorithm>
#include <vector>

#include "names/name_forms.h"
#include "names/phonetic_key.h"
#include "names/transliteration.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

constexpr double kDerivedFormWeight = 0.97;
constexpr double kTieBreakWeight = 0.005;
constexpr double kRomanizationWeight = 0.02;
// No name is longer (the longest place names run to some 60 letters, two
// bytes each in Cyrillic). The likeness is an edit distance over every
// reading of both, quadratic in their lengths: a line of text given as a
// name (`sverka names match`) took seconds; it is no name, and scores 0.
constexpr std::size_t kMaxNameBytes = 256;

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool pair_of(char a, char b, char x, char y) { return (a == x && b == y) || (a == y && b == x); }

double substitution_cost(char a, char b) {
  if (a == b) return 0;
  if (vowel(a) && vowel(b)) return (pair_of(a, b, 'e', 'i') || pair_of(a, b, 'o', 'u')) ? 0.3 : 0.5;
  static constexpr const char* kClose[] = {"bp", "dt", "gk", "zs", "vf", "ZS", "Jc", "gh", "Cs", "cS",
                                           "Cc", "JZ", "kh", "ji", "Sc", "sS", "zZ", "Cz"};
  for (const char* pair : kClose) {
    if (pair_of(a, b, pair[0], pair[1])) return 0.4;
  }
  return 1;
}

double indel_cost(char c) {
  if (c == 'j' || c == 'h' || c == '-') return 0.3;
  if (vowel(c)) return 0.6;
  return 1;
}

}  // namespace

double phonetic_similarity(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  if (n == 0 || m == 0) return n == m ? 1 : 0;
  std::vector<double> previous(m + 1), current(m + 1);
  previous[0] = 0;
  for (std::size_t j = 1; j <= m; ++j) previous[j] = previous[j - 1] + indel_cost(b[j - 1]);
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = previous[0] + indel_cost(a[i - 1]);
    for (std::size_t j = 1; j <= m; ++j) {
      current[j] = std::min({previous[j - 1] + substitution_cost(a[i - 1], b[j - 1]),
                             previous[j] + indel_cost(a[i - 1]), current[j - 1] + indel_cost(b[j - 1])});
    }
    std::swap(previous, current);
  }
  return std::max(0.0, 1 - previous[m] / static_cast<double>(std::max(n, m)));
}

const std::vector<NameMatcher::Form>& NameMatcher::cyrillic_forms(std::string_view cyrillic) {
  const std::string key(cyrillic);
  const auto found = cyrillic_cache_.find(key);
  if (found != cyrillic_cache_.end()) return found->second;
  std::vector<Form> forms;
  const std::vector<std::string> nominatives = nominative_candidates(normalize_for_matching(cyrillic, Yo::kKeep));
  for (std::size_t k = 0; k < nominatives.size(); ++k) {
    forms.push_back({nominatives[k], cyrillic_phonetic(nominatives[k]), romanizations(nominatives[k]),
                     k == 0 ? 1.0 : kDerivedFormWeight});
  }
  return cyrillic_cache_.emplace(key, std::move(forms)).first->second;
}

const NameMatcher::Latin& NameMatcher::latin_forms(std::string_view latin) {
  const std::string key(latin);
  const auto found = latin_cache_.find(key);
  if (found != latin_cache_.end()) return found->second;
  return latin_cache_.emplace(key, Latin{latin_phonetic_readings(latin), latin_letters(latin), plain_latin(latin)})
      .first->second;
}

bool NameMatcher::has_cyrillic(std::string_view word) {
  for (std::size_t pos = 0; pos < word.size();) {
    if (script_of(next_code_point(word, pos)) == Script::kCyrillic) return true;
  }
  return false;
}

// Two Latin spellings: the best likeness of their phonetic readings.
double NameMatcher::latin_similarity(std::string_view a, std::string_view b) {
  const std::vector<std::string> readings = latin_forms(a).readings;  // a copy: latin_forms(b) may rehash
  double best = 0;
  for (const std::string& first : readings) {
    for (const std::string& second : latin_forms(b).readings) best = std::max(best, phonetic_similarity(first, second));
  }
  return best;
}

double NameMatcher::similarity(std::string_view cyrillic, std::string_view latin) {
  return similarity(cyrillic, latin, nullptr);
}

double NameMatcher::similarity(std::string_view cyrillic, std::string_view latin, std::string* nominative) {
  if (cyrillic.size() > kMaxNameBytes || latin.size() > kMaxNameBytes) return 0;
  // A Russian text quotes Latin names as they are (радио Sputnik): such a
  // word has no Cyrillic reading, and against any spelling an empty one
  // scored near 1 ("Sputnik" and "D" 0.975). It is compared as written.
  if (!has_cyrillic(cyrillic)) {
    if (nominative != nullptr) *nominative = normalize_for_matching(cyrillic);
    return latin_similarity(cyrillic, latin);
  }
  // Ties between look-alikes that read the same (Rothe and Roche, Huss and
  // Hoes) go to the one closer letter for letter.
  const Latin& spelling = latin_forms(latin);
  double best = 0, romanized = 0;
  for (const Form& form : cyrillic_forms(cyrillic)) {
    romanized = std::max(romanized, form.weight * romanization_similarity(form.romanized, spelling.plain));
    for (const std::string& reading : spelling.readings) {
      const double score = form.weight * phonetic_similarity(form.phonetic, reading);
      if (score > best) {
        best = score;
        if (nominative != nullptr) *nominative = form.nominative;
      }
    }
  }
  // Letter for letter, the word as written counts: "Уте" is Ute, not Uche.
  const double literal = phonetic_similarity(cyrillic_forms(cyrillic).front().phonetic, spelling.letters);
  return (1 - kTieBreakWeight - kRomanizationWeight) * best + kTieBreakWeight * literal +
         kRomanizationWeight * romanized;
}

}  // namespace sverka
