#include "quotes/coverage_check.h"

#include <algorithm>
#include <cstdint>
#include <set>

#include "align/pair_match.h"
#include "names/phonetic_key.h"
#include "quotes/speech_cues.h"
#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

// One content token of a quote (an index into its tokens) and whether it
// has a counterpart: match_pair gives the first 64 content tokens a bit
// each, in order.
struct ContentToken {
  std::size_t token;
  bool matched;
};

std::vector<ContentToken> content_tokens(const std::vector<Token>& tokens, std::uint64_t matched,
                                         Featurizer& featurizer, bool source_side,
                                         const std::set<std::string>& paired_names) {
  std::vector<ContentToken> content;
  for (std::size_t k = 0; k < tokens.size() && content.size() < 64; ++k) {
    if (!featurizer.is_content(tokens[k], source_side)) continue;
    content.push_back({k, ((matched >> content.size()) & 1) != 0 || paired_names.count(tokens[k].norm) > 0});
  }
  return content;
}

// International words the dictionary of the 1950s lacks («эффективность»
// / "effectiveness", «транспортировка» / "transportation",
// «интенсифицировать» / "intensify") sound alike: an untranslated token of
// each side whose phonetic skeletons (names/phonetic_key.h) open with the
// same kMinCognatePrefix letters counts as translated. Five consonants
// rarely meet by chance; three or four would («регион» / "rogue").
void match_cognates(const std::vector<Token>& ru_tokens, std::vector<ContentToken>& ru_content,
                    const std::vector<Token>& en_tokens, std::vector<ContentToken>& en_content) {
  constexpr std::size_t kMinCognatePrefix = 5;
  std::vector<std::vector<std::string>> en_prefixes(en_content.size());
  for (std::size_t e = 0; e < en_content.size(); ++e) {
    if (en_content[e].matched) continue;
    for (const std::string& reading : latin_phonetic_readings(en_tokens[en_content[e].token].norm)) {
      const std::string skeleton = phonetic_skeleton(reading);
      if (skeleton.size() >= kMinCognatePrefix) en_prefixes[e].push_back(skeleton.substr(0, kMinCognatePrefix));
    }
  }
  for (ContentToken& ru : ru_content) {
    if (ru.matched) continue;
    const std::string skeleton = phonetic_skeleton(cyrillic_phonetic(ru_tokens[ru.token].norm));
    if (skeleton.size() < kMinCognatePrefix) continue;
    const std::string prefix = skeleton.substr(0, kMinCognatePrefix);
    for (std::size_t e = 0; e < en_content.size() && !ru.matched; ++e) {
      const auto& prefixes = en_prefixes[e];
      if (en_content[e].matched || std::find(prefixes.begin(), prefixes.end(), prefix) == prefixes.end()) continue;
      ru.matched = en_content[e].matched = true;
    }
  }
}

int unmatched_count(const std::vector<ContentToken>& content) {
  int unmatched = 0;
  for (const ContentToken& token : content) unmatched += !token.matched;
  return unmatched;
}

struct Run {
  int length = 0;
  int last = -1;                   // content index of its last token
  std::size_t begin = 0, end = 0;  // bytes in the text
};

// The longest run of content tokens without a counterpart.
Run longest_unmatched(const std::vector<Token>& tokens, const std::vector<ContentToken>& content) {
  Run best, current;
  for (std::size_t c = 0; c < content.size(); ++c) {
    if (content[c].matched) {
      current = Run{};
      continue;
    }
    const Token& token = tokens[content[c].token];
    if (current.length == 0) current.begin = token.begin;
    ++current.length;
    current.end = token.end;
    current.last = static_cast<int>(c);
    if (current.length >= best.length) best = current;  // the later of equal runs
  }
  return best;
}

// Conjunctions that qualify a statement: a restriction or a concession
// hung on its end ("…, but only after a second review", "…, although the
// final decision rests with Moscow") changes what it says. Not "and",
// "as" or "with", which mostly go on with what the original says too.
bool opens_qualifying_clause(const std::string& word) {
  static const std::set<std::string> conjunctions = {"but", "although", "though", "yet", "unless", "whereas",
                                                     "except"};
  return conjunctions.count(word) > 0;
}

// "…, as the ministry confirmed last week": a speaker's own words hardly
// say who vouches for them, so an "as" clause with a verb of saying
// (speech_cues.h) among its first words is attribution, to be found in
// the Russian quote too («как подтвердили в министерстве», «как я уже
// говорил»), or else added by the translation whatever the dictionary
// covers.
bool attributes(const std::vector<Token>& tokens, std::size_t clause) {
  constexpr std::size_t kMaxSubjectWords = 4;  // "as the Russian ministry itself confirmed"
  if (tokens[clause].norm != "as") return false;
  for (std::size_t k = clause + 1; k < tokens.size() && k <= clause + kMaxSubjectWords + 1; ++k) {
    if (is_speech_cue(tokens[k].norm, false)) return true;
  }
  return false;
}

bool has_speech_cue(const std::vector<Token>& tokens, bool russian) {
  return std::any_of(tokens.begin(), tokens.end(),
                     [&](const Token& token) { return is_speech_cue(token.norm, russian); });
}

// The clause after the quote's last comma or semicolon, when it is short
// and mostly untranslated and opens with a qualifying conjunction, or
// when the Russian has no untranslated words to answer its own
// (CoverageThresholds); or when it attributes the quote and the Russian
// does not.
std::optional<QuoteFlag> appended_clause(const std::string& english, const std::vector<Token>& tokens,
                                         const std::vector<ContentToken>& content, int russian_unmatched,
                                         bool russian_attributes, const CoverageThresholds& thresholds) {
  // (A quote often ends on the comma before "he said": that one opens nothing.)
  std::size_t clause = tokens.size();  // index of the clause's first token
  for (std::size_t k = tokens.size(); k-- > 0;) {
    if ((tokens[k].norm == "," || tokens[k].norm == ";") && k + 1 < tokens.size() &&
        tokens[k + 1].kind == TokenKind::kWord) {
      clause = k + 1;
      break;
    }
  }
  if (clause >= tokens.size()) return std::nullopt;
  if (!russian_attributes && attributes(tokens, clause)) {
    const std::string span = english.substr(tokens[clause].begin);
    return QuoteFlag{"addition", Severity::kWarning, "", span,
                     "the English quote ends on an attribution the Russian does not have: '" + span + "'"};
  }
  int in_clause = 0, unmatched = 0;
  for (const ContentToken& token : content) {
    if (token.token < clause) continue;
    ++in_clause;
    unmatched += !token.matched;
  }
  // A qualifying clause, or one of any opening whose untranslated words
  // the Russian has no untranslated words to answer: where the dictionary
  // misses a faithful clause's words it misses their Russian originals
  // too, while an added clause leaves the English alone with a surplus.
  const bool short_clause = in_clause >= thresholds.min_tail_content && in_clause <= thresholds.max_tail_content;
  const bool qualifying = opens_qualifying_clause(tokens[clause].norm) && short_clause &&
                          unmatched >= thresholds.min_tail_unmatched && 2 * unmatched >= in_clause;
  const bool unanswered = short_clause && unmatched >= thresholds.min_run && 3 * unmatched >= 2 * in_clause &&
                          unmatched_count(content) - russian_unmatched >= unmatched;
  if (!qualifying && !unanswered) return std::nullopt;
  const std::string span = english.substr(tokens[clause].begin);
  return QuoteFlag{"addition", Severity::kWarning, "", span,
                   "the English quote ends on a clause the Russian does not have: '" + span + "'"};
}

}  // namespace

std::optional<QuoteFlag> CoverageCheck::check(const std::string& russian, const std::string& english,
                                             const PairedNames& names) {
  const align::DocumentFeatures features = featurizer_.featurize({{russian, 0, true}}, {{english, 0, true}});
  const align::PairMatch match = align::match_pair(features.source[0], features.target[0]);
  const std::vector<Token> en_tokens = tokenize(english), ru_tokens = tokenize(russian);
  std::vector<ContentToken> en_content_tokens =
      content_tokens(en_tokens, match.target_bits, featurizer_, false, names.english);
  std::vector<ContentToken> ru_content_tokens =
      content_tokens(ru_tokens, match.source_bits, featurizer_, true, names.russian);
  match_cognates(ru_tokens, ru_content_tokens, en_tokens, en_content_tokens);
  const int en_content = static_cast<int>(en_content_tokens.size());
  const int ru_content = static_cast<int>(ru_content_tokens.size());
  const Run added = longest_unmatched(en_tokens, en_content_tokens);
  const Run dropped = longest_unmatched(ru_tokens, ru_content_tokens);
  const double ru_length = static_cast<double>(count_code_points(russian));
  const double en_length = static_cast<double>(count_code_points(english));
  const double expected = ru_length * expected_ratio_;
  const auto run_counts = [&](const Run& run, int content) {
    return run.length >= thresholds_.min_run && run.length >= thresholds_.min_run_share * content;
  };
  const double gap = thresholds_.min_length_gap;
  const bool somewhat_longer = en_length > expected * (1 + thresholds_.length_excess) && en_length - expected > gap;
  const bool somewhat_shorter = en_length < expected * (1 - thresholds_.length_excess) && expected - en_length > gap;
  const double gap_alone = thresholds_.min_length_gap_alone;
  const bool much_longer = en_length > expected * thresholds_.max_length_ratio && en_length - expected > gap_alone;
  const bool much_shorter = en_length * thresholds_.max_length_ratio < expected && expected - en_length > gap_alone;
  // A run that ends the quote needs no share of it: a free rendering
  // spreads its untranslated words through a quote, an addition hangs at
  // its end.
  const bool tail_run = added.length >= thresholds_.min_run && added.last == en_content - 1;
  if (((run_counts(added, en_content) || tail_run) && somewhat_longer) || much_longer) {
    QuoteFlag flag{"addition", Severity::kWarning, "", "", ""};
    if (added.length > 0) flag.en_span = english.substr(added.begin, added.end - added.begin);
    flag.explanation = added.length >= thresholds_.min_run
                           ? "the English quote adds '" + flag.en_span + "', which has no counterpart in the Russian"
                           : "the English quote is much longer than the Russian one";
    return flag;
  }
  if (auto flag = appended_clause(english, en_tokens, en_content_tokens, unmatched_count(ru_content_tokens),
                                    has_speech_cue(ru_tokens, true), thresholds_)) {
    return flag;
  }
  const bool clearly_shorter = en_length < expected * thresholds_.short_ratio && expected - en_length > gap;
  if ((run_counts(dropped, ru_content) && somewhat_shorter) || (clearly_shorter && dropped.length >= 2) ||
      much_shorter) {
    QuoteFlag flag{"omission", Severity::kWarning, "", "", ""};
    if (dropped.length > 0) flag.ru_span = russian.substr(dropped.begin, dropped.end - dropped.begin);
    flag.explanation = dropped.length >= thresholds_.min_run
                           ? "the English quote leaves out '" + flag.ru_span + "'"
                           : "the English quote is much shorter than the Russian one";
    return flag;
  }
  return std::nullopt;
}

}  // namespace sverka
