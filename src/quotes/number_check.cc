#include "quotes/number_check.h"

#include <cmath>
#include <map>

#include "text/tokenizer.h"

namespace sverka {
namespace {

const std::map<std::string, double>& number_words(const std::string& language) {
  static const std::map<std::string, double> russian = {
      {"ноль", 0}, {"один", 1}, {"одна", 1}, {"два", 2}, {"две", 2}, {"оба", 2}, {"двое", 2}, {"три", 3},
      {"трое", 3}, {"четыре", 4}, {"четверо", 4}, {"пять", 5}, {"пятеро", 5}, {"шесть", 6}, {"семь", 7},
      {"восемь", 8}, {"девять", 9}, {"десять", 10}, {"одиннадцать", 11}, {"двенадцать", 12},
      {"пятнадцать", 15}, {"двадцать", 20}, {"тридцать", 30}, {"сорок", 40}, {"пятьдесят", 50},
      {"сто", 100}, {"тысяча", 1000}, {"тыс", 1000}, {"миллион", 1e6}, {"млн", 1e6}, {"миллиард", 1e9},
      {"млрд", 1e9}, {"полтора", 1.5}, {"дважды", 2}, {"трижды", 3}, {"половина", 0.5},
      {"несколько", kVague}, {"немного", kVague}, {"многие", kVague},
      // Oblique forms Hunspell does not lemmatize to the numeral.
      {"двух", 2}, {"двум", 2}, {"двумя", 2}, {"обоих", 2}, {"трех", 3}, {"трём", 3}, {"трем", 3},
      {"тремя", 3}, {"четырех", 4}, {"четырем", 4}, {"четырьмя", 4}, {"пяти", 5}, {"пятью", 5},
      {"шести", 6}, {"семи", 7}, {"восьми", 8}, {"девяти", 9}, {"десяти", 10}, {"двадцати", 20},
      {"тридцати", 30}, {"сорока", 40}, {"пятидесяти", 50}, {"ста", 100}, {"тысячи", 1000},
      {"тысяч", 1000}, {"миллиона", 1e6}, {"миллионов", 1e6}, {"миллиарда", 1e9}, {"миллиардов", 1e9},
      {"нескольких", kVague}, {"нескольким", kVague},
      // Group names: «Большая семерка» is the G7, «двадцатка» the G20.
      {"семерка", 7}, {"семерки", 7}, {"семерке", 7}, {"семеркой", 7}, {"двадцатка", 20},
      {"двадцатки", 20}, {"тройка", 3}, {"тройки", 3}, {"пятерка", 5}, {"пятерки", 5}};
  static const std::map<std::string, double> english = {
      {"zero", 0}, {"one", 1}, {"two", 2}, {"both", 2}, {"three", 3}, {"four", 4}, {"five", 5},
      {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
      {"fifteen", 15}, {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"hundred", 100},
      {"thousand", 1000}, {"million", 1e6}, {"billion", 1e9}, {"twice", 2}, {"thrice", 3}, {"half", 0.5},
      {"dozen", 12}, {"several", kVague}, {"few", kVague}, {"many", kVague}};
  return language == "ru" ? russian : english;
}

// "1,5" is 1.5 in Russian; "10,000" is ten thousand in English; spaces group.
double digits_value(const std::string& text, const std::string& language) {
  std::string clean;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      clean += c;
    } else if (c == '.' || c == ',') {
      const bool decimal = (c == ',' && language == "ru") || (c == '.' && language != "ru");
      if (decimal) clean += '.';
    }
  }
  return std::atof(clean.c_str());
}

bool same(double a, double b) { return std::fabs(a - b) < 1e-9 * std::max(1.0, std::fabs(a)); }

bool has_value(const std::vector<QuotedNumber>& numbers, double value) {
  for (const QuotedNumber& n : numbers) {
    if (same(n.value, value)) return true;
  }
  return false;
}

}  // namespace

std::vector<QuotedNumber> find_numbers(const std::string& text, const std::string& language,
                                       const LemmaFunction& lemmas) {
  std::vector<QuotedNumber> numbers;
  const auto& words = number_words(language);
  for (const Token& token : tokenize(text)) {
    if (token.kind == TokenKind::kNumber) {
      numbers.push_back({digits_value(token.norm, language), token.text});
      continue;
    }
    if (token.kind != TokenKind::kWord) continue;
    // "Северный поток-2", "Su-24": the digits of a word are a number too.
    for (const std::string& digits : digit_runs(token.norm)) numbers.push_back({std::atof(digits.c_str()), digits});
    auto found = words.find(token.norm);
    if (found == words.end() && lemmas) {
      for (const std::string& lemma : lemmas(token.norm)) {
        found = words.find(lemma);
        if (found != words.end()) break;
      }
    }
    if (found != words.end()) numbers.push_back({found->second, token.text});
  }
  return numbers;
}

std::optional<QuoteFlag> check_numbers(const std::vector<QuotedNumber>& russian,
                                       const std::vector<QuotedNumber>& english,
                                       const std::vector<QuotedNumber>& russian_sentence,
                                       const std::vector<QuotedNumber>& english_sentence) {
  for (const QuotedNumber& e : english) {
    if (has_value(russian, e.value) || has_value(russian_sentence, e.value)) continue;
    // "one" is also a pronoun ("one of the factors"): only a digit 1 counts.
    if (e.value == 1 && e.text.find('1') == std::string::npos) continue;
    QuoteFlag flag{"number", Severity::kError, "", e.text, ""};
    if (e.value == kVague) {
      if (russian.empty()) continue;
      flag.ru_span = russian.front().text;
      flag.explanation = "the Russian gives the exact number '" + flag.ru_span + "', the English a vague '" + e.text + "'";
    } else if (has_value(russian, kVague)) {
      flag.ru_span = russian.front().text;
      for (const QuotedNumber& r : russian) {
        if (r.value == kVague) flag.ru_span = r.text;
      }
      flag.explanation = "the Russian says '" + flag.ru_span + "' (an unspecified number), the English an exact '" + e.text + "'";
    } else {
      if (!russian.empty()) flag.ru_span = russian.front().text;
      flag.explanation = "'" + e.text + "' in the English quote has no matching number in the Russian" +
                         (russian.empty() ? std::string(", which has none") : ", which says '" + flag.ru_span + "'");
    }
    return flag;
  }
  for (const QuotedNumber& r : russian) {
    if (has_value(english, r.value) || has_value(english_sentence, r.value) || r.value == kVague || r.value == 1) {
      continue;
    }
    return QuoteFlag{"number", Severity::kError, r.text, "",
                     "'" + r.text + "' in the Russian quote is missing from the English"};
  }
  return std::nullopt;
}

}  // namespace sverka
