#include "names/name_pairs.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "names/name_forms.h"
#include "text/normalizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

struct Candidate {
  std::size_t russian, english;  // indices into the bead's mentions
  double score;
  std::string nominative;
  bool convention = false;
  std::size_t english_words = 1;  // English mentions from `english` on, one after another
};

// A name both texts write alike (Pfizer, G7, радио Sputnik) maps nothing:
// it is counted apart (take_spare), not listed, and it pairs with no other
// name either (Prize with Prince).
bool written_alike(const Located& name, const std::vector<Located>& other_side) {
  return std::any_of(other_side.begin(), other_side.end(),
                     [&](const Located& other) { return other.mention.norm == name.mention.norm; });
}

// The longest run of English names one after another that one Russian
// word may stand for: Лос-Анджелес is "Los Angeles", Гонконг "Hong Kong".
constexpr std::size_t kMaxEnglishWords = 3;

// Every pairing worth considering in a bead: a Russian word's convention,
// if it has one, else every English word, or run of names one after
// another, that sounds like it.
std::vector<Candidate> pair_candidates(const std::vector<Located>& ru, const std::vector<Located>& en,
                                       const std::vector<Sentence>& target, const NameConventions& conventions,
                                       NameMatcher& matcher) {
  std::vector<Candidate> candidates;
  std::vector<bool> en_alike(en.size());
  for (std::size_t e = 0; e < en.size(); ++e) en_alike[e] = written_alike(en[e], ru);
  for (std::size_t r = 0; r < ru.size(); ++r) {
    bool by_convention = false;
    for (const std::string& nominative : nominative_candidates(ru[r].mention.norm)) {
      const auto* english = conventions.english(nominative);
      if (english == nullptr) continue;
      for (std::size_t e = 0; e < en.size(); ++e) {
        if (std::find(english->begin(), english->end(), en[e].mention.norm) != english->end()) {
          candidates.push_back({r, e, 1.0, nominative, true});
          by_convention = true;
        }
      }
      if (by_convention) break;
    }
    if (by_convention) continue;
    if (written_alike(ru[r], en)) continue;
    const double threshold =
        NameMatcher::has_cyrillic(ru[r].mention.text) ? kNameMatchThreshold : kLatinNameMatchThreshold;
    // A run joined as Russian writes it: with the hyphens of a hyphened
    // name (Лос-Анджелес), else as one word (Гонконг), and then only for
    // a word no single English name sounds like («Лондонской» is London,
    // not "London School").
    const bool hyphened = ru[r].mention.text.find('-') != std::string::npos;
    std::vector<double> scores(en.size(), 0);
    std::vector<std::string> nominatives(en.size());
    for (std::size_t e = 0; e < en.size(); ++e) {
      if (en_alike[e] || !acronym_fits(ru[r].mention.text, en[e].mention.text)) continue;
      scores[e] = matcher.similarity(ru[r].mention.text, en[e].mention.text, &nominatives[e]);
    }
    const bool runs = hyphened || std::all_of(scores.begin(), scores.end(), [&](double s) { return s < threshold; });
    for (std::size_t e = 0; e < en.size(); ++e) {
      if (en_alike[e]) continue;
      const double score = scores[e];
      if (score >= threshold) candidates.push_back({r, e, score, nominatives[e]});
      if (!runs) continue;
      std::string joined = en[e].mention.text;
      for (std::size_t k = e + 1; k < en.size() && k < e + kMaxEnglishWords; ++k) {
        if (en_alike[k] || !next_word(en[k - 1], en[k], target)) break;
        joined += (hyphened ? "-" : "") + en[k].mention.text;
        std::string run_nominative;
        const double run_score = matcher.similarity(ru[r].mention.text, joined, &run_nominative);
        if (run_score >= threshold && run_score > score) {
          candidates.push_back({r, e, run_score, run_nominative, false, k - e + 1});
        }
      }
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  return candidates;
}

// Best candidates first, each word used once, in Russian order. A
// convention may name two English words ("General Staff"): both are taken;
// a phonetic match takes one Russian word and one English word or run.
std::vector<Paired> choose_pairs(const std::vector<Candidate>& candidates, const std::vector<Located>& ru,
                                 const std::vector<Located>& en, const std::vector<Sentence>& target,
                                 const NameConventions& conventions, std::vector<bool>& ru_used,
                                 std::vector<bool>& en_used) {
  std::vector<Paired> pairs;
  for (const Candidate& c : candidates) {
    const auto run_used = [&] {
      for (std::size_t k = c.english; k < c.english + c.english_words; ++k) {
        if (en_used[k]) return true;
      }
      return false;
    };
    if (ru_used[c.russian] || run_used()) continue;
    ru_used[c.russian] = true;
    std::string english = en[c.english].mention.text;
    en_used[c.english] = true;
    for (std::size_t k = c.english + 1; k < c.english + c.english_words; ++k) {
      en_used[k] = true;
      english += ' ' + en[k].mention.text;
    }
    std::size_t first = c.english;
    if (c.convention) {
      // The convention's other words on either side ("General Staff",
      // "Health Ministry").
      const auto* names = conventions.english(c.nominative);
      const auto listed = [&](std::size_t k) {
        return !en_used[k] && std::find(names->begin(), names->end(), en[k].mention.norm) != names->end();
      };
      for (std::size_t last = c.english, next = c.english + 1;
           next < en.size() && next_word(en[last], en[next], target) && listed(next); last = next++) {
        en_used[next] = true;
        english += ' ' + en[next].mention.text;
      }
      for (; first > 0 && next_word(en[first - 1], en[first], target) && listed(first - 1); --first) {
        en_used[first - 1] = true;
        english = en[first - 1].mention.text + ' ' + english;
      }
    }
    pairs.push_back({c.russian, first, with_capitals_of(c.nominative, ru[c.russian].mention.text), english,
                     c.score, c.convention});
  }
  std::sort(pairs.begin(), pairs.end(), [](const Paired& a, const Paired& b) { return a.russian < b.russian; });
  return pairs;
}

}  // namespace

bool next_word(const Located& a, const Located& b, const std::vector<Sentence>& sentences) {
  if (a.sentence != b.sentence || b.mention.begin <= a.mention.end) return false;
  const std::string_view between =
      std::string_view(sentences[a.sentence].text).substr(a.mention.end, b.mention.begin - a.mention.end);
  return between == " " || between == "\u00A0";
}

std::string with_capitals_of(const std::string& lower, const std::string& seen) {
  std::string out;
  std::size_t lower_pos = 0, seen_pos = 0;
  bool agree = true;
  while (lower_pos < lower.size()) {
    const char32_t cp = next_code_point(lower, lower_pos);
    char32_t shown = cp;
    if (agree && seen_pos < seen.size()) {
      const char32_t original = next_code_point(seen, seen_pos);
      std::string one;
      append_utf8(one, original);
      std::string lowered = normalize_for_matching(one);
      std::size_t p = 0;
      if (!lowered.empty() && next_code_point(lowered, p) == cp) {
        shown = original;
      } else {
        agree = false;
      }
    }
    append_utf8(out, shown);
  }
  return out;
}

bool acronym_fits(const std::string& russian, const std::string& english) {
  const auto letters = [](const std::string& word, bool* lower) {
    std::size_t pos = 0, count = 0;
    while (pos < word.size()) {
      const auto cp = static_cast<UChar32>(next_code_point(word, pos));
      if (lower && u_isULowercase(cp)) *lower = true;
      count += u_isUAlphabetic(cp) ? 1 : 0;
    }
    return count;
  };
  bool lower = false;
  const std::size_t russian_letters = letters(russian, &lower);
  return lower || russian_letters < 2 || letters(english, nullptr) <= russian_letters + 1;
}

std::vector<Paired> pair_names(const std::vector<Located>& ru, const std::vector<Located>& en,
                               const std::vector<Sentence>& target, const NameConventions& conventions,
                               NameMatcher& matcher, std::vector<bool>& ru_used, std::vector<bool>& en_used) {
  return choose_pairs(pair_candidates(ru, en, target, conventions, matcher), ru, en, target, conventions, ru_used,
                      en_used);
}

}  // namespace sverka
