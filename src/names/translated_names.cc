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
  const BeadSentence* sentence = nullptr;
  std::size_t begin = 0, end = 0;    // bytes in the sentence
  std::vector<std::string> words;    // matching form, function words included (Russian)
  std::vector<std::size_t> content;  // indices into `words` of the content words
  unsigned capitals = 0;             // bit k: content word k is capitalized
  bool quoted = false;               // between quote marks, which say where it ends
  bool whole = true;                 // (English) a whole run, not a part of a longer one
  bool opens_sentence = false;       // its first word is capitalized by position too

  Candidate(const BeadSentence& in, std::size_t at) : sentence(&in), begin(at), end(at) {}
  // The next word of the name, `norm` its matching form.
  void add(const Token& token, const std::string& norm, bool is_content) {
    if (is_content) {
      capitals |= (token.capitalized ? 1U : 0U) << content.size();
      content.push_back(words.size());
    }
    words.push_back(norm);
    end = token.end;
  }
  bool all_capitalized() const { return capitals == (1U << content.size()) - 1; }
  std::string_view text() const { return sentence->text.substr(begin, end - begin); }
};

bool is_quote_mark(const Token& token) {
  return is_mark(token, is_opening_quote) || is_mark(token, is_closing_quote);
}

// For each token, whether no word comes before it in its sentence: the
// text's first words and those after a full stop, ! or ?.
std::vector<bool> sentence_openers(const std::vector<Token>& tokens) {
  std::vector<bool> opens(tokens.size());
  bool start = true;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    opens[k] = start;
    if (tokens[k].kind == TokenKind::kWord) {
      start = false;
    } else if (tokens[k].kind == TokenKind::kPunctuation &&
               (tokens[k].text == "." || tokens[k].text == "!" || tokens[k].text == "?")) {
      start = true;
    }
  }
  return opens;
}

// Quoted Russian names: two to four content words between quote marks, the
// first capitalized.
std::vector<Candidate> quoted_names(const BeadSentence& sentence, const std::vector<Token>& tokens,
                                    const std::unordered_set<std::string>& stopwords) {
  std::vector<Candidate> found;
  for (std::size_t open = 0; open < tokens.size(); ++open) {
    if (!is_quote_mark(tokens[open]) || open + 1 >= tokens.size() || !tokens[open + 1].capitalized) continue;
    Candidate name(sentence, tokens[open + 1].begin);
    std::size_t k = open + 1;
    for (; k < tokens.size() && tokens[k].kind == TokenKind::kWord && name.words.size() <= kMaxWords; ++k) {
      name.add(tokens[k], tokens[k].norm, stopwords.count(tokens[k].norm) == 0);
    }
    if (k < tokens.size() && is_quote_mark(tokens[k]) && name.content.size() >= kMinWords &&
        name.content.size() <= kMaxWords && stopwords.count(name.words.back()) == 0) {
      name.quoted = true;
      found.push_back(std::move(name));
      open = k;
    }
  }
  return found;
}

// Unquoted names as Russian writes bodies and offices, the first word
// capitalized: a capitalized word and the words after it, two to four
// content words and no function word (Государственной думы, Совета
// безопасности ООН; «и» would join two names, США и России), each length
// a candidate, the longest first.
std::vector<Candidate> capitalized_phrases(const BeadSentence& sentence, const std::vector<Token>& tokens,
                                           const std::unordered_set<std::string>& stopwords) {
  std::vector<Candidate> found;
  const std::vector<bool> opens = sentence_openers(tokens);
  for (std::size_t first = 0; first < tokens.size(); ++first) {
    const Token& head = tokens[first];
    if (head.kind != TokenKind::kWord || !head.capitalized || stopwords.count(head.norm) > 0) continue;
    std::vector<Candidate> lengths;
    Candidate name(sentence, head.begin);
    name.opens_sentence = opens[first];
    for (std::size_t k = first; k < tokens.size() && tokens[k].kind == TokenKind::kWord; ++k) {
      if (stopwords.count(tokens[k].norm) > 0 || name.content.size() == kMaxWords) break;
      name.add(tokens[k], tokens[k].norm, true);
      if (name.content.size() >= kMinWords) lengths.push_back(name);
    }
    found.insert(found.end(), lengths.rbegin(), lengths.rend());
  }
  return found;
}

// The English possessive a name may carry ("White House's"): its bytes.
std::size_t possessive_length(const std::string& word) {
  for (const std::string_view ending : {"'s", "\u2019s"}) {
    if (word.size() > ending.size() && word.ends_with(ending)) return ending.size();
  }
  return 0;
}

// Runs of capitalized English words, function words allowed inside ("Law
// and Justice"), a possessive ending one. Each window of two to four
// content words is a candidate; only the whole run, or the run without its
// first word when that word opens the sentence, is `whole`. A quoted
// Russian name says where it ends, and may face a part of a run ("Novaya
// Gazeta Chief Editor Dmitry Muratov"); an unquoted phrase faces whole
// runs only ("Russian Security Council" is no Security Council for
// «Совбеза РФ»).
std::vector<Candidate> capitalized_runs(const BeadSentence& sentence,
                                        const std::unordered_set<std::string>& stopwords) {
  std::vector<Candidate> found;
  const std::vector<Token> tokens = tokenize(sentence.text);
  const std::vector<bool> opens = sentence_openers(tokens);
  std::vector<std::size_t> run;  // token indices of the run's content words
  const auto add_window = [&](std::size_t first, std::size_t end, bool whole) {
    Candidate window(sentence, tokens[run[first]].begin);
    window.whole = whole;
    window.opens_sentence = first == 0 && opens[run.front()];
    for (std::size_t k = first; k < end; ++k) {
      const std::string& norm = tokens[run[k]].norm;
      const std::size_t cut = k + 1 == run.size() ? possessive_length(norm) : 0;
      window.add(tokens[run[k]], norm.substr(0, norm.size() - cut), true);
    }
    if (end == run.size()) window.end -= possessive_length(tokens[run.back()].text);
    found.push_back(std::move(window));
  };
  const auto close_run = [&] {
    for (std::size_t first = 0; first < run.size(); ++first) {
      for (std::size_t n = kMinWords; n <= kMaxWords && first + n <= run.size(); ++n) {
        const bool whole = first + n == run.size() && (first == 0 || (first == 1 && opens[run.front()]));
        add_window(first, first + n, whole);
      }
    }
    run.clear();
  };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& token = tokens[k];
    const bool function_word = token.kind == TokenKind::kWord && stopwords.count(token.norm) > 0;
    if (token.kind == TokenKind::kWord && token.capitalized && !function_word) {
      run.push_back(k);
      if (possessive_length(token.text) > 0) close_run();
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

// Whether a pairing word for word is this pairing's to make. Words spelled
// out rather than translated are names, which the phonetic pairing
// declines (names/name_forms.h) and this one does not: a name all of whose
// words are capitalized and read alike is left to it (Красавчика
// Браммелла), and so is one with such a word the dictionary does not know
// (Новой Каледонии). In an unquoted phrase, whose end is a guess, a
// capitalized word read alike after the first is mostly a person's name
// run on after a body (Минздрава Саджид Джавид), and one among words all
// capitalized a person's name whose other word the dictionary happens to
// know (Толстой Лев, Tolstoy ↔ толстый, Leo ↔ лев); a lower-case one is a
// common noun (Государственной думы, State Duma).
bool word_for_word_name(const Candidate& russian, const Candidate& english, const std::vector<std::size_t>& order,
                        const TranslatedNameWords& words) {
  if (!russian.quoted && !english.whole) return false;
  // Both first words capitalized by position alone: nothing says a name
  // («Молитесь богу» ↔ "Pray to God").
  if (!russian.quoted && russian.opens_sentence && english.opens_sentence) return false;
  if (!words.spelled_out) return true;
  bool all_spelled = true;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const std::string& word = russian.words[russian.content[k]];
    if (!words.spelled_out(word, english.words[english.content[order[k]]])) {
      all_spelled = false;
      continue;
    }
    if (words.russian_lemmas && words.russian_lemmas(word).empty()) return false;
    const bool capitalized = ((russian.capitals >> k) & 1) != 0;
    if (!russian.quoted && capitalized && (k > 0 || russian.all_capitalized())) return false;
  }
  return !(all_spelled && russian.all_capitalized());
}

bool ends_with_any(const std::string& word, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return word.ends_with(e); });
}

bool is_adjective(const std::string& lemma) {
  return count_code_points(lemma) > 3 && ends_with_any(lemma, {"ый", "ий", "ой"});
}

enum class Gender { kMasculine, kFeminine, kNeuter, kUnknown };

// A noun's gender by the ending of its dictionary form; none for ь, which
// either gender has, nor for ы and и, which end plurals and oblique forms
// a dictionary may list as their own words («рады»).
Gender gender_of(const std::string& noun) {
  if (ends_with_any(noun, {"а", "я"})) return Gender::kFeminine;
  if (ends_with_any(noun, {"о", "е", "ё"})) return Gender::kNeuter;
  if (ends_with_any(noun, {"ь", "ы", "и"})) return Gender::kUnknown;
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
// is, or else of those the English spells out the one closest in length
// (a transliteration keeps the letters: банке ↔ Bank is банк, not банка,
// though the dictionary gives both for "bank"), or its first one; empty
// when the dictionary does not know the word.
std::string lemma_for(const std::string& word, const std::string& english, const TranslatedNameWords& words) {
  const std::vector<std::string> lemmas = words.russian_lemmas ? words.russian_lemmas(word) : std::vector<std::string>{};
  std::vector<const std::string*> translating;
  for (const std::string& lemma : lemmas) {
    if (words.translates(lemma, english)) translating.push_back(&lemma);
  }
  for (const std::string* lemma : translating) {
    if (!(words.spelled_out && words.spelled_out(*lemma, english))) return *lemma;
  }
  // An adjective's dictionary form is plain from its ending (Аукционный
  // ↔ Auction), next to the suffix stems given for words the dictionary
  // does not list.
  for (const std::string* lemma : translating) {
    if (is_adjective(*lemma)) return *lemma;
  }
  const auto distance = [&](const std::string* lemma) {
    const std::size_t a = count_code_points(*lemma), b = count_code_points(english);
    return a > b ? a - b : b - a;
  };
  const auto closest = std::min_element(translating.begin(), translating.end(),
                                        [&](const std::string* a, const std::string* b) {
                                          return distance(a) < distance(b);
                                        });
  if (closest != translating.end()) return **closest;
  return lemmas.empty() ? "" : lemmas.front();
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
    if (lemmas[k].empty()) return "";  // a word the dictionary does not know
    if (!is_adjective(lemmas[k])) {
      out[k] = lemmas[k];
      heading = written[k] == "и";
      continue;
    }
    std::size_t noun = k + 1;
    while (noun < lemmas.size() && is_adjective(lemmas[noun])) ++noun;
    if (noun >= lemmas.size()) continue;  // no noun to agree with: as written
    if (lemmas[noun].empty()) return "";
    const Gender gender = gender_of(lemmas[noun]);
    if (gender == Gender::kUnknown) return "";
    out[k] = agreed(lemmas[k], gender);
  }
  return joined(out);
}

std::vector<TranslatedName> find_translated_names(const std::vector<BeadSentence>& russian,
                                                  const std::vector<BeadSentence>& english,
                                                  const TranslatedNameWords& words) {
  // Quoted names first: the marks say where such a name ends.
  std::vector<Candidate> ru_names, phrases, en_runs;
  for (const BeadSentence& sentence : russian) {
    const std::vector<Token> tokens = tokenize(sentence.text);
    for (Candidate& name : quoted_names(sentence, tokens, *words.russian_stopwords)) ru_names.push_back(std::move(name));
    for (Candidate& name : capitalized_phrases(sentence, tokens, *words.russian_stopwords)) {
      phrases.push_back(std::move(name));
    }
  }
  ru_names.insert(ru_names.end(), std::make_move_iterator(phrases.begin()), std::make_move_iterator(phrases.end()));
  if (ru_names.empty()) return {};
  for (const BeadSentence& sentence : english) {
    for (Candidate& run : capitalized_runs(sentence, *words.english_stopwords)) en_runs.push_back(std::move(run));
  }
  std::vector<TranslatedName> found;
  std::vector<bool> en_taken(en_runs.size(), false);
  const auto overlaps = [&](const Candidate& a, const Candidate& b) {
    return a.sentence == b.sentence && a.begin < b.end && b.begin < a.end;
  };
  std::vector<Candidate> ru_taken;
  for (const Candidate& ru : ru_names) {
    if (std::any_of(ru_taken.begin(), ru_taken.end(), [&](const Candidate& t) { return overlaps(t, ru); })) continue;
    for (std::size_t e = 0; e < en_runs.size(); ++e) {
      if (en_taken[e]) continue;
      const std::vector<std::size_t> order = word_for_word(ru, en_runs[e], words.translates);
      if (order.empty() || !word_for_word_name(ru, en_runs[e], order, words)) continue;
      for (std::size_t k = 0; k < en_runs.size(); ++k) en_taken[k] = en_taken[k] || overlaps(en_runs[k], en_runs[e]);
      ru_taken.push_back(ru);
      std::vector<std::string> lemmas = ru.words;  // function words as they are
      for (std::size_t k = 0; k < ru.content.size(); ++k) {
        lemmas[ru.content[k]] = lemma_for(ru.words[ru.content[k]], en_runs[e].words[order[k]], words);
      }
      TranslatedName name;
      name.ru_line = ru.sentence->line;
      name.ru_begin = ru.begin;
      name.ru_end = ru.end;
      name.en_line = en_runs[e].sentence->line;
      name.en_begin = en_runs[e].begin;
      name.en_end = en_runs[e].end;
      name.written = std::string(ru.text());
      name.english = std::string(en_runs[e].text());
      const std::string nominative = name_nominative(ru.words, lemmas);
      name.russian = nominative.empty() ? name.written : capitalized_as(nominative, name.written);
      found.push_back(std::move(name));
      break;
    }
  }
  std::sort(found.begin(), found.end(), [](const TranslatedName& a, const TranslatedName& b) {
    return a.ru_line != b.ru_line ? a.ru_line < b.ru_line : a.ru_begin < b.ru_begin;
  });
  return found;
}

}  // namespace sverka
