#include "quotes/coverage_check.h"

#include <cstdint>
#include <set>

#include "align/pair_match.h"
#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

struct Run {
  int length = 0;
  int last = -1;                   // content index of its last token
  std::size_t begin = 0, end = 0;  // bytes in the text
};

// The longest run of content tokens whose bits are not in `matched`.
Run longest_unmatched(const std::string& text, std::uint64_t matched, Featurizer& featurizer, bool source_side,
                      int* content) {
  Run best, current;
  int bit = 0;
  for (const Token& token : tokenize(text)) {
    if (!featurizer.is_content(token, source_side)) continue;
    if (bit >= 64) break;
    const bool hit = (matched >> bit) & 1;
    ++bit;
    if (hit) {
      current = Run{};
      continue;
    }
    if (current.length == 0) current.begin = token.begin;
    ++current.length;
    current.end = token.end;
    current.last = bit - 1;
    if (current.length >= best.length) best = current;  // the later of equal runs
  }
  *content = bit;
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

}  // namespace

// The clause after the quote's last comma or semicolon: its content tokens
// are the last ones of the quote, so their bits are the highest set.
std::optional<QuoteFlag> CoverageCheck::appended_clause(const std::string& english, std::uint64_t matched) {
  const std::vector<Token> tokens = tokenize(english);
  // (A quote often ends on the comma before "he said": that one opens nothing.)
  std::size_t clause = tokens.size();  // index of the clause's first token
  for (std::size_t k = tokens.size(); k-- > 0;) {
    if ((tokens[k].norm == "," || tokens[k].norm == ";") && k + 1 < tokens.size() &&
        tokens[k + 1].kind == TokenKind::kWord) {
      clause = k + 1;
      break;
    }
  }
  if (clause >= tokens.size() || !opens_qualifying_clause(tokens[clause].norm)) return std::nullopt;
  int bit = 0, content = 0, unmatched = 0;
  for (std::size_t k = 0; k < tokens.size() && bit < 64; ++k) {
    if (!featurizer_.is_content(tokens[k], false)) continue;
    const bool hit = (matched >> bit++) & 1;
    if (k < clause) continue;
    ++content;
    unmatched += !hit;
  }
  if (content < thresholds_.min_tail_content || content > thresholds_.max_tail_content ||
      unmatched < thresholds_.min_tail_unmatched ||
      2 * unmatched < content) {
    return std::nullopt;
  }
  const std::string span = english.substr(tokens[clause].begin);
  return QuoteFlag{"addition", Severity::kWarning, "", span,
                   "the English quote ends on a clause the Russian does not have: '" + span + "'"};
}

std::optional<QuoteFlag> CoverageCheck::check(const std::string& russian, const std::string& english) {
  const align::DocumentFeatures features = featurizer_.featurize({{russian, 0, true}}, {{english, 0, true}});
  const align::PairMatch match = align::match_pair(features.source[0], features.target[0]);
  int ru_content = 0, en_content = 0;
  const Run added = longest_unmatched(english, match.target_bits, featurizer_, false, &en_content);
  const Run dropped = longest_unmatched(russian, match.source_bits, featurizer_, true, &ru_content);
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
  if (auto flag = appended_clause(english, match.target_bits)) return flag;
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
