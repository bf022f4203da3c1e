#include "quotes/polarity_check.h"

#include <set>

#include <algorithm>
#include <sstream>

#include "lexicon/suffix_stemmer.h"
#include "text/text_reader.h"
#include "text/tokenizer.h"
#include "util/error.h"
#include "util/tsv_rows.h"

namespace sverka {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::stringstream stream(text);
  std::string item;
  while (std::getline(stream, item, ',')) {
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

// The words with their suffix-stripped stems too, for forms Hunspell does
// not know (вырастут → выраст, as the list's вырасти).
std::vector<QuoteWord> words_of(const std::string& text, const LemmaFunction& lemmas, const std::string& language) {
  std::vector<QuoteWord> words = quote_words(text, lemmas);
  for (QuoteWord& word : words) {
    std::string stem = strip_suffix(word.norm, language);
    if (!contains(word.forms, stem)) word.forms.push_back(std::move(stem));
  }
  return words;
}

// Whether one of the word's forms is on `list`.
bool listed(const QuoteWord& word, const std::vector<std::string>& list) {
  return std::any_of(word.forms.begin(), word.forms.end(),
                     [&](const std::string& form) { return contains(list, form); });
}

bool negated(const std::vector<QuoteWord>& words, const QuoteWord* word) {
  return negated_at(words, static_cast<std::size_t>(word - words.data()));
}

}  // namespace

bool negated_at(const std::vector<QuoteWord>& words, std::size_t at) {
  constexpr std::size_t kMaxGap = 3;  // words from the negation to the word
  for (std::size_t back = 1; back <= kMaxGap && back <= at; ++back) {
    const std::string& before = words[at - back].norm;
    if (before == "not" || before == "never" || before == "no" || before.ends_with("n't")) return true;
  }
  return false;
}

std::vector<QuoteWord> quote_words(const std::string& text, const LemmaFunction& lemmas) {
  std::vector<QuoteWord> words;
  for (const Token& token : tokenize(text)) {
    if (token.kind != TokenKind::kWord) continue;
    QuoteWord word{token.text, token.norm, {token.norm}};
    if (lemmas) {
      for (std::string& lemma : lemmas(token.norm)) {
        if (!contains(word.forms, lemma)) word.forms.push_back(std::move(lemma));
      }
    }
    words.push_back(std::move(word));
  }
  return words;
}

PolarityList PolarityList::load(const std::string& path) { return parse(read_text_file(path), path); }

PolarityList PolarityList::parse(const std::string& text, const std::string& file_name) {
  PolarityList list;
  for_each_tsv_row(text, file_name, 3,
                   "russian words<TAB>english renderings<TAB>english contradictions<TAB>relation",
                   [&](const std::vector<std::string>& columns, std::uint64_t) {
    Row row{split_list(columns[0]), split_list(columns[1]), split_list(columns[2]),
            columns.size() > 3 ? columns[3] : ""};
    // Stems of the entries, to meet the stems of forms Hunspell does not
    // know (en_US lists "decreasing" but not "decrease": "decreased" is
    // only "decreas", a verb's silent e dropped as before -ed and -ing).
    const auto add_stems = [](std::vector<std::string>& words, const std::string& language) {
      for (std::size_t k = 0, n = words.size(); k < n; ++k) {
        std::string stem = strip_suffix(words[k], language);
        if (language == "en" && stem == words[k] && stem.size() >= 4 && stem.back() == 'e') stem.pop_back();
        if (!contains(words, stem)) words.push_back(stem);
      }
    };
    add_stems(row.russian, "ru");
    add_stems(row.renders, "en");
    add_stems(row.contradicts, "en");
    list.rows_.push_back(std::move(row));
  });
  return list;
}

std::optional<QuoteFlag> PolarityList::check(const std::string& russian, const std::string& english,
                                             const LemmaFunction& russian_lemmas,
                                             const LemmaFunction& english_lemmas) const {
  const std::vector<QuoteWord> ru = words_of(russian, russian_lemmas, "ru");
  const std::vector<QuoteWord> en = words_of(english, english_lemmas, "en");
  const auto count = [](const std::vector<QuoteWord>& words, const std::vector<std::string>& list) {
    return std::count_if(words.begin(), words.end(), [&](const QuoteWord& word) { return listed(word, list); });
  };
  const auto find = [](const std::vector<QuoteWord>& words, const std::vector<std::string>& list) -> const QuoteWord* {
    const auto found =
        std::find_if(words.begin(), words.end(), [&](const QuoteWord& word) { return listed(word, list); });
    return found == words.end() ? nullptr : &*found;
  };
  for (const Row& row : rows_) {
    const QuoteWord* source = find(ru, row.russian);
    if (source == nullptr) continue;
    const QuoteWord* contradiction = find(en, row.contradicts);
    // «не поддерживаем» rendered "oppose": the negation says the contrary
    // (but "does not worsen" for «не улучшится» says the opposite).
    const bool negated_source = source != ru.data() && (source - 1)->norm == "не";
    if (negated_source && contradiction != nullptr && !negated(en, contradiction)) continue;
    // Each Russian occurrence needs its rendering: "будет … будет" against
    // "may … will" has lost one certainty.
    if (contradiction == nullptr || count(en, row.renders) >= count(ru, row.russian)) continue;
    // "более или менее": the contradiction may render another Russian word.
    const bool rendered_elsewhere = std::any_of(rows_.begin(), rows_.end(), [&](const Row& other) {
      return contains(other.renders, contradiction->norm) && find(ru, other.russian) != nullptr;
    });
    if (rendered_elsewhere) continue;
    return QuoteFlag{"antonym", Severity::kError, source->text, contradiction->text,
                     "'" + source->text + "' is rendered as '" + contradiction->text + "' (" + row.relation +
                         " reversed or weakened)"};
  }
  return std::nullopt;
}

int PolarityList::negations_said_by_antonym(const std::string& russian, const std::string& english,
                                            const LemmaFunction& russian_lemmas,
                                            const LemmaFunction& english_lemmas) const {
  const std::vector<QuoteWord> ru = words_of(russian, russian_lemmas, "ru");
  const std::vector<QuoteWord> en = words_of(english, english_lemmas, "en");
  int found = 0;
  for (std::size_t k = 1; k < ru.size(); ++k) {
    if (ru[k - 1].norm != "не") continue;
    found += std::any_of(rows_.begin(), rows_.end(), [&](const Row& row) {
      return listed(ru[k], row.russian) && std::any_of(en.begin(), en.end(), [&](const QuoteWord& word) {
               return listed(word, row.contradicts) && !negated(en, &word);
             });
    });
  }
  return found;
}

std::optional<QuoteFlag> check_hedging(const std::string& russian, const std::string& english,
                                       const LemmaFunction& russian_lemmas) {
  static const std::set<std::string> english_hedges = {"may", "might"};
  static const std::set<std::string> russian_modality = {
      "мочь", "может", "могут", "мог", "могла", "могли", "можно", "возможно", "возможный", "вероятно", "вероятный",
      "наверное", "видимо", "пожалуй", "исключено", "исключать", "вероятность", "возможность", "бы", "допускать",
      "предполагать", "очевидно", "скорее", "похоже", "кажется", "казаться", "якобы", "едва", "вряд",
      // A wish, a purpose or a leave asked: "pray that God may help you"
      // (чтобы), "may it be so" (пусть), "if I may say" (если позволите).
      "чтобы", "чтоб", "дабы", "пусть", "пускай", "позволить", "разрешить"};
  std::string hedge;
  for (const Token& token : tokenize(english)) {
    if (english_hedges.count(token.text)) {  // lower case: not the month
      hedge = token.text;
      break;
    }
  }
  if (hedge.empty()) return std::nullopt;
  for (const QuoteWord& word : quote_words(russian, russian_lemmas)) {
    for (const std::string& form : word.forms) {
      if (russian_modality.count(form)) return std::nullopt;
    }
  }
  return QuoteFlag{"antonym", Severity::kWarning, "", hedge,
                   "the English quote hedges with '" + hedge + "', the Russian states it without a modal word"};
}

}  // namespace sverka
