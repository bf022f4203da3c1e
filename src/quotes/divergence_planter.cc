#include "quotes/divergence_planter.h"

#include <map>
#include <optional>
#include <set>

#include "quotes/quote_spans.h"
#include "text/tokenizer.h"

namespace sverka {
namespace {

// The first quote of the line long enough to change, and its tokens (byte
// offsets in the line).
struct QuoteText {
  std::size_t begin = 0, end = 0;
  std::vector<Token> tokens;
};

// The words among tokens [first, last).
int count_words(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  int words = 0;
  for (std::size_t k = first; k < last; ++k) words += tokens[k].kind == TokenKind::kWord;
  return words;
}

std::optional<QuoteText> first_quote(const std::string& line, const QuoteStyle& style) {
  QuoteSpanner spanner(style);
  for (const QuoteSpan& span : spanner.next_sentence(line)) {
    QuoteText quote{span.begin, span.end, tokenize(line.substr(span.begin, span.end - span.begin))};
    for (Token& token : quote.tokens) {
      token.begin += span.begin;
      token.end += span.begin;
    }
    if (count_words(quote.tokens, 0, quote.tokens.size()) >= 4) return quote;
  }
  return std::nullopt;
}

PlantedDivergence replaced(const std::string& type, const std::string& line, std::size_t begin, std::size_t end,
                           const std::string& with) {
  return {type, line.substr(0, begin) + with + line.substr(end), line.substr(begin, end - begin), with};
}

// A number's last digit moved by one: 11 → 12, 2019 → 2018.
std::optional<PlantedDivergence> change_number(const std::string& line, const QuoteText& quote) {
  for (const Token& token : quote.tokens) {
    if (token.kind != TokenKind::kNumber) continue;
    std::string number = token.text;
    const std::size_t last = number.find_last_of("0123456789");
    number[last] = number[last] == '9' ? '8' : static_cast<char>(number[last] + 1);
    return replaced("number", line, token.begin, token.end, number);
  }
  return std::nullopt;
}

// "will" → "will not": an auxiliary not yet negated.
std::optional<PlantedDivergence> add_negation(const std::string& line, const QuoteText& quote) {
  static const std::set<std::string> auxiliaries = {"is", "are", "was", "were", "will", "would", "can", "could",
                                                    "should", "must", "has", "have", "had", "does", "do", "did"};
  for (std::size_t k = 0; k + 1 < quote.tokens.size(); ++k) {
    const Token& token = quote.tokens[k];
    const std::string& next = quote.tokens[k + 1].norm;
    if (!auxiliaries.count(token.norm) || next == "not" || next == "never") continue;
    return replaced("negation", line, token.begin, token.end, token.text + " not");
  }
  return std::nullopt;
}

// A word turned into its opposite (English pairs from the grammar of
// comparison, quantity, modality and outcome).
std::optional<PlantedDivergence> reverse_word(const std::string& line, const QuoteText& quote) {
  static const std::map<std::string, std::string> opposites = {
      {"more", "less"}, {"less", "more"}, {"increase", "decrease"}, {"increased", "decreased"},
      {"decrease", "increase"}, {"rise", "fall"}, {"higher", "lower"}, {"lower", "higher"}, {"high", "low"},
      {"first", "last"}, {"last", "first"}, {"strong", "weak"}, {"new", "old"}, {"all", "some"},
      {"always", "sometimes"}, {"will", "may"}, {"must", "may"}, {"success", "failure"}, {"support", "oppose"},
      {"positive", "negative"}, {"negative", "positive"}, {"safe", "dangerous"}, {"easy", "difficult"},
      {"difficult", "easy"}, {"early", "late"}, {"win", "lose"}, {"victory", "defeat"}, {"allow", "ban"},
      {"confirm", "deny"}, {"majority", "minority"}, {"accept", "reject"}, {"improve", "worsen"},
      {"open", "close"}, {"growth", "decline"}, {"best", "worst"}, {"better", "worse"}, {"many", "few"},
      {"maximum", "minimum"}, {"include", "exclude"}, {"domestic", "foreign"}, {"agree", "refuse"}};
  for (const Token& token : quote.tokens) {
    const auto opposite = opposites.find(token.norm);
    if (opposite == opposites.end()) continue;
    std::string word = opposite->second;
    if (token.capitalized) word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return replaced("antonym", line, token.begin, token.end, word);
  }
  return std::nullopt;
}

// A capitalized word inside the quote (not its first) given another
// person's or place's name.
std::optional<PlantedDivergence> swap_name(const std::string& line, const QuoteText& quote, std::size_t variant) {
  static const std::vector<std::string> names = {"Macron", "Zakharova", "Lukashenko", "Tokayev",
                                                 "Scholz", "Pashinyan", "Shoigu", "Erdogan"};
  for (std::size_t k = 1; k < quote.tokens.size(); ++k) {
    const Token& token = quote.tokens[k];
    if (token.kind != TokenKind::kWord || !token.capitalized || token.norm.size() < 3) continue;
    for (std::size_t n = 0; n < names.size(); ++n) {
      const std::string& name = names[(variant + n) % names.size()];
      if (line.find(name) == std::string::npos) return replaced("name", line, token.begin, token.end, name);
    }
  }
  return std::nullopt;
}

// The longest comma-separated clause of four words or more, when three
// words or more of the quote remain.
std::optional<PlantedDivergence> drop_clause(const std::string& line, const QuoteText& quote) {
  std::vector<std::size_t> commas;  // token indices
  for (std::size_t k = 0; k < quote.tokens.size(); ++k) {
    if (quote.tokens[k].norm == ",") commas.push_back(k);
  }
  if (commas.empty()) return std::nullopt;
  const int quote_words = count_words(quote.tokens, 0, quote.tokens.size());
  std::optional<std::pair<std::size_t, std::size_t>> best;  // byte range to delete
  int best_words = 0;
  for (std::size_t c = 0; c <= commas.size(); ++c) {
    const std::size_t first = c == 0 ? 0 : commas[c - 1] + 1;
    std::size_t last = c == commas.size() ? quote.tokens.size() : commas[c];  // exclusive
    // The quote's closing full stop stays.
    while (c == commas.size() && last > first && quote.tokens[last - 1].kind == TokenKind::kPunctuation) --last;
    const int words = count_words(quote.tokens, first, last);
    if (words < 4 || words <= best_words || quote_words - words < 3 || first >= last) continue;
    // With the comma before it, or after it for the first clause.
    if (c == 0) {
      const std::size_t after = commas[0] + 1;
      best = std::pair{quote.tokens[first].begin,
                       after < quote.tokens.size() ? quote.tokens[after].begin : quote.tokens[commas[0]].end};
    } else {
      best = std::pair{quote.tokens[commas[c - 1]].begin, quote.tokens[last - 1].end};
    }
    best_words = words;
  }
  if (!best) return std::nullopt;
  return replaced("omission", line, best->first, best->second, "");
}

// A clause hung on the end of the quote, before its closing punctuation.
PlantedDivergence add_clause(const std::string& line, const QuoteText& quote, std::size_t variant) {
  static const std::vector<std::string> clauses = {
      ", but only under certain conditions", ", although nothing has been decided yet",
      ", unless the talks break down",       ", as officials admitted privately",
      ", and the costs will be borne by the regions", ", with the support of the United Nations"};
  std::size_t at = quote.end;
  for (std::size_t k = quote.tokens.size(); k-- > 0;) {
    if (quote.tokens[k].kind != TokenKind::kPunctuation) {
      at = quote.tokens[k].end;
      break;
    }
  }
  return replaced("addition", line, at, at, clauses[variant % clauses.size()]);
}

}  // namespace

std::vector<PlantedDivergence> plant_divergences(const std::string& line, std::size_t variant,
                                                 const QuoteStyle& style) {
  std::vector<PlantedDivergence> planted;
  const std::optional<QuoteText> quote = first_quote(line, style);
  if (!quote) return planted;
  for (auto divergence : {change_number(line, *quote), add_negation(line, *quote), reverse_word(line, *quote),
                          swap_name(line, *quote, variant), drop_clause(line, *quote)}) {
    if (divergence) planted.push_back(std::move(*divergence));
  }
  planted.push_back(add_clause(line, *quote, variant));
  return planted;
}

}  // namespace sverka
