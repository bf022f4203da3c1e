#include "text/glued_headline.h"

#include <algorithm>
#include <vector>

#include <unicode/uchar.h>

#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

constexpr std::size_t kMinWordsEachSide = 3;
// A name followed by a capitalized word is the weakest cue ("…for Ukrainian
// President Volodymyr Zelenskyy" is one phrase); it is trusted only where a
// headline can end. News headlines run to about 17 words (WMT22: ru at most
// 17 but for three first lines that are sentences; en to 19).
constexpr std::size_t kMaxHeadlineWords = 20;

// "ВОЗ", "NATO": acronyms are names, not sentence starts.
bool all_capitals(const Token& token) {
  std::size_t pos = 0, letters = 0;
  while (pos < token.text.size()) {
    const char32_t cp = next_code_point(token.text, pos);
    if (u_isULowercase(static_cast<UChar32>(cp))) return false;
    letters += u_isalpha(static_cast<UChar32>(cp)) ? 1 : 0;
  }
  return letters > 1;
}

// A name of one word ("для Зеленского"), not the end of a longer one
// ("Дмитрий Песков", "ФРГ Ангелы Меркель"), whose next word may be a
// surname that is also a common word (песков: of sands).
bool single_word_name(const std::vector<Token>& tokens, std::size_t k) {
  std::size_t before = k;
  while (before > 0 && tokens[before - 1].kind == TokenKind::kPunctuation) --before;
  return before > 0 && !tokens[before - 1].capitalized && !all_capitals(tokens[before - 1]);
}

// A closing quotation mark after a word: `омикрона"`, `оружие»`, and a
// straight quote that closes a pair though a space came before it
// (`"омикрон "`).
bool closes_quote(const std::vector<Token>& tokens, std::size_t k) {
  static constexpr std::string_view kClosing[] = {"\"", "»", "”", "“", "'", "’"};
  if (k == 0 || tokens[k].kind != TokenKind::kPunctuation || tokens[k - 1].kind == TokenKind::kPunctuation ||
      std::find(std::begin(kClosing), std::end(kClosing), tokens[k].text) == std::end(kClosing)) {
    return false;
  }
  if (tokens[k].begin == tokens[k - 1].end) return true;
  if (tokens[k].text != "\"") return false;
  const auto before = std::count_if(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(k),
                                    [](const Token& token) { return token.text == "\""; });
  return before % 2 == 1;
}

// An opening quotation mark attached to the next word, after a word and a
// space: `thinking "There`, `мышления "Существуют`.
bool opens_quote(const std::vector<Token>& tokens, std::size_t k) {
  return k > 0 && k + 1 < tokens.size() && is_mark(tokens[k], is_opening_quote) &&
         tokens[k - 1].kind != TokenKind::kPunctuation && tokens[k].begin > tokens[k - 1].end &&
         tokens[k].end == tokens[k + 1].begin;
}

// Indices of the tokens that are not punctuation.
std::vector<std::size_t> word_indices(const std::vector<Token>& tokens) {
  std::vector<std::size_t> words;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].kind != TokenKind::kPunctuation) words.push_back(k);
  }
  return words;
}

// Whether the words from the w-th on (`words` indexes `tokens`) repeat the
// sentence's first two: a body opening with its headline's first words.
bool repeats_opening(const std::vector<Token>& tokens, const std::vector<std::size_t>& words, std::size_t w) {
  return w + 1 < words.size() && tokens[words[w]].norm == tokens[words[0]].norm &&
         tokens[words[w + 1]].norm == tokens[words[1]].norm;
}

// Russian capitalizes the pronouns that stand for God ("благодарить Его и
// просить Его о помощи"), anywhere in a sentence.
bool is_reverent_pronoun(const std::string& word) {
  static const std::unordered_set<std::string> pronouns = {"он", "его", "ему", "им", "нем", "него", "нему", "ним",
                                                           "ты", "тебя", "тебе", "тобой", "твой", "твоя", "твое",
                                                           "твои", "сам", "сама", "самого"};
  return pronouns.count(word) > 0;
}

}  // namespace

std::size_t glued_headline_end(std::string_view sentence, const CommonWordTest& is_common_word,
                               const std::unordered_set<std::string>& stopwords, HeadlineCase headlines) {
  const std::vector<Token> tokens = tokenize(sentence);
  const std::vector<std::size_t> words = word_indices(tokens);
  const std::size_t words_total = words.size();
  std::size_t words_before = 0;
  bool lower_content_seen = false;
  std::size_t first_candidate = std::string_view::npos;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& token = tokens[k];
    if (token.kind == TokenKind::kPunctuation) continue;
    if (k > 0 && words_before >= kMinWordsEachSide && words_total - words_before >= kMinWordsEachSide) {
      // A headline may end in a quotation: …против "омикрона" В ЮАР…
      const std::size_t p = closes_quote(tokens, k - 1) ? k - 2 : k - 1;
      // The body may open with a quotation: …logical thinking "There are…
      // (a function word: "Спутник", "Известиям" in quotes are names).
      if (opens_quote(tokens, k - 1) && !tokens[k - 2].has_capital && stopwords.count(tokens[k - 2].norm) == 0 &&
          token.capitalized && stopwords.count(token.norm) > 0) {
        return tokens[k - 1].begin;
      }
      const Token& previous = tokens[p];
      // "…in Brazil At least seven…": after a name, only a function word
      // is sure to start a sentence ("Prime Minister" is one name), unless
      // headlines are in sentence case and the previous word is a name.
      const bool after_name = previous.capitalized && words_before <= kMaxHeadlineWords &&
                              (headlines == HeadlineCase::kSentence || lower_content_seen) &&
                              !is_common_word(previous.norm) && single_word_name(tokens, p);
      const bool previous_ends_headline =
          previous.kind != TokenKind::kPunctuation && stopwords.count(previous.norm) == 0 &&
          (!previous.capitalized || after_name || stopwords.count(token.norm) > 0);
      // The headline's first two words again are the surest start, be they
      // a name ("Turkey has tested … Turkey has successfully …"), after
      // a word or a one-word name ("…Индии Хакеры взломали…", but not
      // "Шольц прибыл … канцлер Германии Олаф Шольц прибыл").
      if (token.kind == TokenKind::kWord && token.capitalized && stopwords.count(previous.norm) == 0 &&
          previous.kind != TokenKind::kPunctuation && (!previous.capitalized || single_word_name(tokens, p)) &&
          repeats_opening(tokens, words, words_before)) {
        return token.begin;
      }
      if (previous_ends_headline && token.kind == TokenKind::kWord && token.capitalized) {
        // A capitalized function word ("The", "В") is a sure start; a
        // capitalized content word may still be a name ("Omicron").
        if (!all_capitals(token) && is_common_word(token.norm)) {
          if (stopwords.count(token.norm) > 0) return token.begin;
          if (first_candidate == std::string_view::npos) first_candidate = token.begin;
        }
      }
    }
    ++words_before;
    // Title case writes every content word capitalized: one in lower case
    // ("Mass anti-vaccination protests continue in Europe") shows this
    // headline is in sentence case after all.
    if (token.kind == TokenKind::kWord && !token.has_capital && stopwords.count(token.norm) == 0)
      lower_content_seen = true;
  }
  return first_candidate;
}

namespace {

// A news headline sums up the sentence under it, in its words: "Protests
// against COVID passes in Spain Spanish cities … saw protests against
// mandatory COVID passes". Where no dictionary cue marks the body's start
// (it starts with a name), the place whose head has the most content words
// again in what follows is the cut: at least three and two fifths of the head's,
// the head a headline's length, the rest at least as long. Words are
// compared by their first five letters (accuses, accused; Ukraine,
// Ukrainian).
std::size_t echoed_headline_end(std::string_view sentence, const std::unordered_set<std::string>& stopwords) {
  constexpr std::size_t kPrefix = 5, kMinEchoes = 3;
  const std::vector<Token> tokens = tokenize(sentence);
  const std::vector<std::size_t> words = word_indices(tokens);
  // Each word's content key: its first letters, or "" for a function word.
  std::vector<std::string> keys;
  for (const std::size_t k : words) {
    const Token& token = tokens[k];
    std::string key;
    if (token.kind == TokenKind::kWord && stopwords.count(token.norm) == 0 && count_code_points(token.norm) >= 3) {
      std::size_t pos = 0;
      for (std::size_t n = 0; n < kPrefix && pos < token.norm.size(); ++n)
        append_utf8(key, next_code_point(token.norm, pos));
    }
    keys.push_back(std::move(key));
  }
  std::size_t best = std::string_view::npos, best_echoed = kMinEchoes - 1;
  for (std::size_t w = kMinWordsEachSide; w <= std::min(kMaxHeadlineWords, words.size() / 2); ++w) {
    const Token& token = tokens[words[w]];
    const Token& previous = tokens[words[w] - 1];
    if (!token.capitalized || count_code_points(token.text) < 2 || previous.kind == TokenKind::kPunctuation ||
        stopwords.count(previous.norm) > 0) {
      continue;  // not after a function word or a quote, not at a letter ("Спутник V")
    }
    const std::unordered_set<std::string> rest(keys.begin() + static_cast<std::ptrdiff_t>(w), keys.end());
    std::size_t content = 0, echoed = 0;
    for (std::size_t v = 0; v < w; ++v) {
      if (keys[v].empty()) continue;
      ++content;
      echoed += rest.count(keys[v]);
    }
    // The most words echoed, not the largest share: a cut inside the
    // headline ("…in Great | Britain…") echoes a share as large.
    if (5 * echoed >= 2 * content && echoed > best_echoed) {
      best_echoed = echoed;
      best = token.begin;
    }
  }
  return best;
}

// Where a lead glued after the headline (which ends at byte `body`) ends,
// or npos. Only the surest cues are trusted past a headline: the body
// opening with the headline's first two words ("Pulmonary specialist
// Puryasev suggested … | The doctor suggested … in the body | Pulmonary
// specialist Sergey Puryasev …"), or a quotation closing before a
// capitalized function word, or in sentence case before a capitalized
// common word ("…мигрантов как \"оружие\" Заместитель министра…"); in
// title case a quoted title may be followed by a capitalized word.
std::size_t lead_end(std::string_view sentence, std::size_t body_begin, const CommonWordTest& is_common_word,
                     const std::unordered_set<std::string>& stopwords, HeadlineCase headlines) {
  const std::vector<Token> tokens = tokenize(sentence);
  const std::vector<std::size_t> words = word_indices(tokens);
  std::size_t body = 0;  // the body's first word
  while (body < words.size() && tokens[words[body]].begin < body_begin) ++body;
  for (std::size_t w = body + kMinWordsEachSide; w + kMinWordsEachSide <= words.size(); ++w) {
    const Token& token = tokens[words[w]];
    if (!token.capitalized) continue;
    const std::size_t quote = words[w] - 1;  // attached to its word: nested quotes defeat counting
    const bool sure_word = stopwords.count(token.norm) > 0 ||
                           (headlines == HeadlineCase::kSentence && !all_capitals(token) && is_common_word(token.norm));
    if (closes_quote(tokens, quote) && tokens[quote].begin == tokens[quote - 1].end && !tokens[quote - 1].has_capital &&
        sure_word) {
      return token.begin;
    }
    const Token& previous = tokens[words[w] - 1];
    if (previous.kind == TokenKind::kPunctuation || previous.has_capital || stopwords.count(previous.norm) > 0) {
      continue;
    }
    if (repeats_opening(tokens, words, w)) return token.begin;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<std::size_t> glued_headline_cuts(std::string_view sentence, const CommonWordTest& is_common_word,
                                             const std::unordered_set<std::string>& stopwords,
                                             HeadlineCase headlines) {
  std::vector<std::size_t> cuts;
  const std::function<void(std::size_t, std::string_view)> search = [&](std::size_t offset, std::string_view piece) {
    const std::size_t end = glued_headline_end(piece, is_common_word, stopwords, headlines);
    if (end == std::string_view::npos) return;
    search(offset, piece.substr(0, end));
    cuts.push_back(offset + end);
  };
  search(0, sentence);
  if (cuts.empty()) {
    const std::size_t echoed = echoed_headline_end(sentence, stopwords);
    if (echoed == std::string_view::npos) return cuts;
    cuts.push_back(echoed);
  }
  // Past the headline a lead may be glued to the body too.
  const std::size_t lead = lead_end(sentence, cuts.back(), is_common_word, stopwords, headlines);
  if (lead != std::string_view::npos) {
    cuts.push_back(lead);
    return cuts;
  }
  // Or a lead that the body's sentence echoes, as a headline is echoed.
  const std::size_t echoed = echoed_headline_end(sentence.substr(cuts.back()), stopwords);
  if (echoed != std::string_view::npos) cuts.push_back(cuts.back() + echoed);
  return cuts;
}

std::vector<std::size_t> glued_line_starts(std::string_view sentence,
                                           const std::unordered_set<std::string>& stopwords) {
  constexpr std::size_t kMinWords = 2;
  const std::vector<Token> tokens = tokenize(sentence);
  const std::size_t words_total = word_indices(tokens).size();
  std::vector<std::size_t> starts;
  std::size_t words_before = 0;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& token = tokens[k];
    if (token.kind == TokenKind::kPunctuation) continue;
    if (words_before >= kMinWords && words_total - words_before >= kMinWords && token.kind == TokenKind::kWord &&
        token.capitalized && !all_capitals(token) && stopwords.count(token.norm) > 0) {
      const Token& previous = tokens[k - 1];
      const bool after_word = previous.kind == TokenKind::kWord && !previous.has_capital;
      const bool after_comma = previous.text == "," && k >= 2 && tokens[k - 2].kind == TokenKind::kWord;
      // A word must follow: "витамины группы В, С" and "А. Смаилов" are letters.
      const bool before_word = k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::kWord;
      if ((after_word || after_comma) && before_word && !is_reverent_pronoun(token.norm)) starts.push_back(token.begin);
    }
    ++words_before;
  }
  return starts;
}

}  // namespace sverka
