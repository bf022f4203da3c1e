#include "names/translated_names.h"

#include <algorithm>
#include <numeric>

#include "names/name_pairs.h"
#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

constexpr std::size_t kMinWords = 2;  // one word is the phonetic pairing's
constexpr std::size_t kMaxWords = 4;  // content words; longer quotes are titles or speech

// A name's words on one side: where it stands and its content words.
struct Candidate {
  std::size_t line = 0, begin = 0, end = 0;
  std::vector<std::string> words;    // matching form, function words included (Russian)
  std::vector<std::size_t> content;  // indices into `words` of the content words
  bool all_capitalized = true;       // every content word
};

bool is_quote_mark(const Token& token) {
  return token.kind == TokenKind::kPunctuation &&
         (token.text == "«" || token.text == "»" || token.text == "\"" || token.text == "„" || token.text == "“" ||
          token.text == "”");
}

// Quoted Russian names: two to four content words between quote marks, the
// first capitalized.
std::vector<Candidate> quoted_names(const BeadSentence& sentence, const std::unordered_set<std::string>& stopwords) {
  std::vector<Candidate> found;
  const std::vector<Token> tokens = tokenize(sentence.text);
  for (std::size_t open = 0; open < tokens.size(); ++open) {
    if (!is_quote_mark(tokens[open]) || open + 1 >= tokens.size() || !tokens[open + 1].capitalized) continue;
    Candidate name{sentence.line, tokens[open + 1].begin, 0, {}, {}};
    std::size_t k = open + 1;
    for (; k < tokens.size() && tokens[k].kind == TokenKind::kWord && name.words.size() <= kMaxWords; ++k) {
      if (stopwords.count(tokens[k].norm) == 0) {
        name.content.push_back(name.words.size());
        name.all_capitalized = name.all_capitalized && tokens[k].capitalized;
      }
      name.words.push_back(tokens[k].norm);
      name.end = tokens[k].end;
    }
    if (k < tokens.size() && is_quote_mark(tokens[k]) && name.content.size() >= kMinWords &&
        name.content.size() <= kMaxWords && stopwords.count(name.words.back()) == 0) {
      found.push_back(std::move(name));
      open = k;
    }
  }
  return found;
}

// Runs of capitalized English words, function words allowed inside ("Law
// and Justice"), each window of two to four content words a candidate.
std::vector<Candidate> capitalized_runs(const BeadSentence& sentence,
                                        const std::unordered_set<std::string>& stopwords) {
  std::vector<Candidate> found;
  const std::vector<Token> tokens = tokenize(sentence.text);
  std::vector<std::size_t> run;  // token indices of the run's content words
  const auto close_run = [&] {
    for (std::size_t first = 0; first < run.size(); ++first) {
      for (std::size_t n = kMinWords; n <= kMaxWords && first + n <= run.size(); ++n) {
        Candidate window{sentence.line, tokens[run[first]].begin, tokens[run[first + n - 1]].end, {}, {}};
        for (std::size_t k = 0; k < n; ++k) {
          window.content.push_back(k);
          window.words.push_back(tokens[run[first + k]].norm);
        }
        found.push_back(std::move(window));
      }
    }
    run.clear();
  };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& token = tokens[k];
    const bool function_word = token.kind == TokenKind::kWord && stopwords.count(token.norm) > 0;
    if (token.kind == TokenKind::kWord && token.capitalized && !function_word) {
      run.push_back(k);
    } else if (!(function_word && !token.capitalized && !run.empty())) {
      close_run();
    }
  }
  close_run();
  return found;
}

// Which English content word each Russian one translates, one to one, or
// nothing: at most four words, so every order is tried.
std::vector<std::size_t> word_for_word(const Candidate& russian, const Candidate& english,
                                       const TranslationTest& translates) {
  const std::size_t n = russian.content.size();
  if (n != english.content.size()) return {};
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  do {
    bool all = true;
    for (std::size_t k = 0; k < n && all; ++k) {
      all = translates(russian.words[russian.content[k]], english.words[english.content[order[k]]]);
    }
    if (all) return order;
  } while (std::next_permutation(order.begin(), order.end()));
  return {};
}

bool spelled_out_all(const Candidate& russian, const Candidate& english, const std::vector<std::size_t>& order,
                     const TranslatedNameWords& words) {
  if (!words.spelled_out) return false;
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (!words.spelled_out(russian.words[russian.content[k]], english.words[english.content[order[k]]])) return false;
  }
  return true;
}

bool ends_with_any(const std::string& word, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return word.ends_with(e); });
}

bool is_adjective(const std::string& lemma) {
  return count_code_points(lemma) > 3 && ends_with_any(lemma, {"ый", "ий", "ой"});
}

enum class Gender { kMasculine, kFeminine, kNeuter, kUnknown };

Gender gender_of(const std::string& noun) {
  if (ends_with_any(noun, {"а", "я"})) return Gender::kFeminine;
  if (ends_with_any(noun, {"о", "е", "ё"})) return Gender::kNeuter;
  if (noun.ends_with("ь")) return Gender::kUnknown;
  return Gender::kMasculine;
}

// An adjective's dictionary form (masculine) in `gender`: after г, к, х the
// hard endings, after ж, ш, ч, щ a soft neuter, after other soft stems the
// soft ones (синий → синяя, синее).
std::string agreed(const std::string& adjective, Gender gender) {
  if (gender == Gender::kMasculine) return adjective;
  const std::string stem = adjective.substr(0, adjective.size() - std::string("ий").size());
  const bool soft = adjective.ends_with("ий") && !ends_with_any(stem, {"г", "к", "х", "ж", "ш", "ч", "щ"});
  const bool hushing = ends_with_any(stem, {"ж", "ш", "ч", "щ"});
  if (gender == Gender::kFeminine) return stem + (soft ? "яя" : "ая");
  return stem + (soft || hushing ? "ее" : "ое");
}

// The dictionary form of a Russian word whose translation the English word
// is, or its first one, or the word.
std::string lemma_for(const std::string& word, const std::string& english, const TranslatedNameWords& words) {
  const std::vector<std::string> lemmas = words.russian_lemmas ? words.russian_lemmas(word) : std::vector<std::string>{};
  for (const std::string& lemma : lemmas) {
    if (words.translates(lemma, english)) return lemma;
  }
  return lemmas.empty() ? word : lemmas.front();
}

// `lower` (words in matching form) with the capitals of the written name,
// word by word, as far as each word agrees with its written one.
std::string capitalized_as(const std::string& lower, const std::string& written) {
  std::vector<std::string> written_words;
  for (std::size_t begin = 0; begin <= written.size();) {
    const std::size_t end = std::min(written.find(' ', begin), written.size());
    written_words.push_back(written.substr(begin, end - begin));
    begin = end + 1;
  }
  std::string out;
  std::size_t k = 0;
  for (std::size_t begin = 0; begin <= lower.size(); ++k) {
    const std::size_t end = std::min(lower.find(' ', begin), lower.size());
    const std::string word = lower.substr(begin, end - begin);
    out += (out.empty() ? "" : " ") + (k < written_words.size() ? with_capitals_of(word, written_words[k]) : word);
    begin = end + 1;
  }
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

}  // namespace

std::string name_nominative(const std::vector<std::string>& written, const std::vector<std::string>& lemmas) {
  std::vector<std::string> out = written;
  bool heading = true;  // up to the head noun, or again after «и»
  for (std::size_t k = 0; k < lemmas.size(); ++k) {
    if (!heading) {
      heading = written[k] == "и";  // «Права и справедливости»: both nouns head the name
      continue;
    }
    if (is_adjective(lemmas[k]) && ends_with_any(written[k], {"ые", "ие", "ых", "их", "ым", "им", "ыми", "ими"})) {
      return "";
    }
    if (!is_adjective(lemmas[k])) {
      out[k] = lemmas[k];
      heading = written[k] == "и";
      continue;
    }
    std::size_t noun = k + 1;
    while (noun < lemmas.size() && is_adjective(lemmas[noun])) ++noun;
    if (noun >= lemmas.size()) continue;  // no noun to agree with: as written
    const Gender gender = gender_of(lemmas[noun]);
    if (gender == Gender::kUnknown) return "";
    out[k] = agreed(lemmas[k], gender);
  }
  return joined(out);
}

std::vector<TranslatedName> find_translated_names(const std::vector<BeadSentence>& russian,
                                                  const std::vector<BeadSentence>& english,
                                                  const TranslatedNameWords& words) {
  std::vector<Candidate> ru_names, en_runs;
  for (const BeadSentence& sentence : russian) {
    for (Candidate& name : quoted_names(sentence, *words.russian_stopwords)) ru_names.push_back(std::move(name));
  }
  if (ru_names.empty()) return {};
  for (const BeadSentence& sentence : english) {
    for (Candidate& run : capitalized_runs(sentence, *words.english_stopwords)) en_runs.push_back(std::move(run));
  }
  std::vector<TranslatedName> found;
  std::vector<bool> en_taken(en_runs.size(), false);
  const auto overlaps = [&](const Candidate& a, const Candidate& b) {
    return a.line == b.line && a.begin < b.end && b.begin < a.end;
  };
  for (const Candidate& ru : ru_names) {
    for (std::size_t e = 0; e < en_runs.size(); ++e) {
      if (en_taken[e]) continue;
      const std::vector<std::size_t> order = word_for_word(ru, en_runs[e], words.translates);
      if (order.empty() || (ru.all_capitalized && spelled_out_all(ru, en_runs[e], order, words))) continue;
      for (std::size_t k = 0; k < en_runs.size(); ++k) en_taken[k] = en_taken[k] || overlaps(en_runs[k], en_runs[e]);
      std::vector<std::string> lemmas = ru.words;  // function words as they are
      for (std::size_t k = 0; k < ru.content.size(); ++k) {
        lemmas[ru.content[k]] = lemma_for(ru.words[ru.content[k]], en_runs[e].words[order[k]], words);
      }
      const BeadSentence& ru_sentence = *std::find_if(russian.begin(), russian.end(),
                                                      [&](const BeadSentence& s) { return s.line == ru.line; });
      const BeadSentence& en_sentence = *std::find_if(english.begin(), english.end(),
                                                      [&](const BeadSentence& s) { return s.line == en_runs[e].line; });
      TranslatedName name;
      name.ru_line = ru.line;
      name.ru_begin = ru.begin;
      name.ru_end = ru.end;
      name.en_line = en_runs[e].line;
      name.en_begin = en_runs[e].begin;
      name.en_end = en_runs[e].end;
      name.written = std::string(ru_sentence.text.substr(ru.begin, ru.end - ru.begin));
      name.english = std::string(en_sentence.text.substr(en_runs[e].begin, en_runs[e].end - en_runs[e].begin));
      const std::string nominative = name_nominative(ru.words, lemmas);
      name.russian = nominative.empty() ? name.written : capitalized_as(nominative, name.written);
      found.push_back(std::move(name));
      break;
    }
  }
  return found;
}

}  // namespace sverka
