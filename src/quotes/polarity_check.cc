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

}  // namespace

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

NegationCount count_negations(const std::string& text, const std::string& language) {
  // «едва ли», «едва заметный»: "hardly", "barely".
  static const std::vector<std::string> russian_plain = {"не", "нет", "нельзя", "без", "невозможно", "едва"};
  static const std::vector<std::string> russian_ni = {"ни", "никогда", "ничего", "никто", "нигде", "никак", "ничто", "никакой", "никакие", "никаких", "ничем",
                                                      // "not at all", "by no means"
                                                      "нисколько", "ничуть", "отнюдь"};
  static const std::vector<std::string> english = {"not", "no", "never", "without", "cannot", "nothing", "nobody",
                                                   "impossible", "unable", "hardly", "scarcely", "barely",
                                                   "none", "neither", "nor", "nowhere", "can't", "won't", "don't",
                                                   "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
                                                   "haven't", "hasn't", "wouldn't", "shouldn't", "couldn't"};
  // A verb of hindering: «не допустить» and «не позволить» say what
  // English says with "prevent" or "avoid" and no negation word.
  static const std::vector<std::string> russian_hindered = {"допуст", "допуск", "позвол"};
  static const std::vector<std::string> english_hindering = {"prevent", "avoid", "preclud"};
  const auto starts_with_any = [](const std::string& word, const std::vector<std::string>& stems) {
    return std::any_of(stems.begin(), stems.end(),
                       [&](const std::string& stem) { return word.compare(0, stem.size(), stem) == 0; });
  };
  NegationCount result;
  int plain = 0, ni = 0;
  const std::vector<Token> tokens = tokenize(text);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& token = tokens[k];
    if (token.kind != TokenKind::kWord) continue;
    if (language == "ru" ? token.norm == "не" && k + 1 < tokens.size() && starts_with_any(tokens[k + 1].norm, russian_hindered)
                         : starts_with_any(token.norm, english_hindering)) {
      ++result.hindering;
    }
    // "neither … nor", "not … nor": one negation, as «ни … ни» is.
    if (token.norm == "nor" && result.count > 0) continue;
    // "not without talent": one, as «не лишен дарования» is.
    if (token.norm == "without" && k > 0 && tokens[k - 1].norm == "not") continue;
    // «едва не», «едва было не»: "nearly" (its не is passed over below).
    if (token.norm == "едва" && k + 1 < tokens.size() && (tokens[k + 1].norm == "не" || tokens[k + 1].norm == "было")) {
      continue;
    }
    // «чуть не упал», «едва не погиб», «чуть было не»: "nearly", no negation.
    if (token.norm == "не" && k > 0) {
      const std::string& before = tokens[k - 1].norm;
      const std::string& two_before = k > 1 ? tokens[k - 2].norm : before;
      if (before == "чуть" || before == "едва" || (before == "было" && (two_before == "чуть" || two_before == "едва"))) {
        continue;
      }
    }
    // «Нет, это другой вопрос», "No, …": an answer, set off by
    // punctuation, that a translation keeps or leaves out; the statement's
    // own negations are what count.
    if ((token.norm == "нет" || token.norm == "no") && (k + 1 == tokens.size() || tokens[k + 1].kind == TokenKind::kPunctuation) &&
        (k == 0 || tokens[k - 1].kind == TokenKind::kPunctuation)) {
      continue;
    }
    // "No. 5", "No 16": a number sign, not a negation.
    if (token.norm == "no" && k + 1 < tokens.size() &&
        (tokens[k + 1].text == "." || tokens[k + 1].kind == TokenKind::kNumber)) {
      continue;
    }
    // A comparative of inferiority: «менее красивой» is "not as beautiful".
    // (English: "not as", "not be as", "not quite so".)
    const auto as_or_so = [&](std::size_t at) {
      return at < tokens.size() && (tokens[at].norm == "as" || tokens[at].norm == "so");
    };
    if (language == "ru" ? (token.norm == "менее" || token.norm == "меньше")
                         : (token.norm == "not" && (as_or_so(k + 1) || as_or_so(k + 2)))) {
      ++result.inferior_comparatives;
    }
    bool negative = false;
    if (language == "ru") {
      if (contains(russian_plain, token.norm)) {
        ++plain;
        negative = true;
      } else if (contains(russian_ni, token.norm)) {
        ++ni;
        negative = true;
      }
    } else if (contains(english, token.norm) ||
               (token.norm.size() > 3 && token.norm.compare(token.norm.size() - 3, 3, "n't") == 0)) {
      ++result.count;
      negative = true;
    }
    if (negative && result.first.empty()) result.first = token.text;
  }
  // "не … никогда" is one negation, as English "never" is; a lone ни-word
  // ("никто не знает" has both) counts once too.
  if (language == "ru") result.count = plain > 0 ? plain : (ni > 0 ? 1 : 0);
  return result;
}

namespace {

// Negations among the last two words before a quote: does not yet "comply
// with the regulations" quotes a negated verb without its negation.
int negations_before(const std::string& lead, const std::string& language) {
  const std::vector<Token> tokens = tokenize(lead);
  std::string last_words;
  int words = 0;
  for (std::size_t k = tokens.size(); k-- > 0 && words < 2;) {
    if (tokens[k].kind == TokenKind::kPunctuation) continue;
    last_words = tokens[k].text + ' ' + last_words;
    ++words;
  }
  return count_negations(last_words, language).count;
}

}  // namespace

std::optional<QuoteFlag> check_negation(const std::string& russian, const std::string& english,
                                        const std::string& russian_lead, const std::string& english_lead) {
  NegationCount ru = count_negations(russian, "ru");
  NegationCount en = count_negations(english, "en");
  // "not as beautiful" for «менее красивой» is a comparative, not a negation.
  en.count -= std::min(ru.inferior_comparatives, en.inferior_comparatives);
  // "to prevent" for «чтобы не допустить».
  ru.count -= std::min(ru.hindering, en.hindering);
  // An added or dropped negation flips the meaning; "не … невозможно" and
  // "not … impossible" each count twice, so the counts must agree.
  if (ru.count == en.count) return std::nullopt;
  // One side may quote the words after its negation and the other the
  // whole: the words just before each quote count too.
  if (ru.count + negations_before(russian_lead, "ru") == en.count + negations_before(english_lead, "en")) {
    return std::nullopt;
  }
  if (ru.count > 0 && en.count > 0) {
    return QuoteFlag{"negation", Severity::kError, ru.first, en.first,
                     "the quotes have " + std::to_string(ru.count) + " and " + std::to_string(en.count) +
                         " negations: one side may say the opposite"};
  }
  if (en.count > 0) {
    return QuoteFlag{"negation", Severity::kError, "", en.first,
                     "the English quote is negated ('" + en.first + "'), the Russian is not: the meaning is reversed"};
  }
  return QuoteFlag{"negation", Severity::kError, ru.first, "",
                   "the Russian quote is negated ('" + ru.first + "'), the English is not: the meaning is reversed"};
}

PolarityList PolarityList::load(const std::string& path) { return parse(read_text_file(path), path); }

PolarityList PolarityList::parse(const std::string& text, const std::string& file_name) {
  PolarityList list;
  for_each_tsv_row(text, file_name, 3,
                   "russian words<TAB>english renderings<TAB>english contradictions<TAB>relation",
                   [&](const std::vector<std::string>& columns, std::uint64_t) {
    Row row{split_list(columns[0]), split_list(columns[1]), split_list(columns[2]),
            columns.size() > 3 ? columns[3] : ""};
    // Stems of the Russian entries, to meet the stems of unknown forms.
    for (std::size_t k = 0, n = row.russian.size(); k < n; ++k) {
      const std::string stem = strip_suffix(row.russian[k], "ru");
      if (!contains(row.russian, stem)) row.russian.push_back(stem);
    }
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
    int n = 0;
    for (const QuoteWord& word : words) {
      n += std::any_of(word.forms.begin(), word.forms.end(), [&](const std::string& f) { return contains(list, f); });
    }
    return n;
  };
  const auto find = [](const std::vector<QuoteWord>& words, const std::vector<std::string>& list) -> const QuoteWord* {
    for (const QuoteWord& word : words) {
      for (const std::string& form : word.forms) {
        if (contains(list, form)) return &word;
      }
    }
    return nullptr;
  };
  for (const Row& row : rows_) {
    const QuoteWord* source = find(ru, row.russian);
    if (source == nullptr) continue;
    const QuoteWord* contradiction = find(en, row.contradicts);
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

std::optional<QuoteFlag> check_hedging(const std::string& russian, const std::string& english,
                                       const LemmaFunction& russian_lemmas) {
  static const std::set<std::string> english_hedges = {"may", "might"};
  static const std::set<std::string> russian_modality = {
      "мочь", "может", "могут", "мог", "могла", "могли", "можно", "возможно", "возможный", "вероятно", "вероятный",
      "наверное", "видимо", "пожалуй", "исключено", "исключать", "вероятность", "возможность", "бы", "допускать",
      "предполагать", "очевидно", "скорее", "похоже", "кажется", "казаться", "якобы", "едва", "вряд"};
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
