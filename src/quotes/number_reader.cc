#include "quotes/number_reader.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "quotes/number_words.h"
#include "text/roman_numeral.h"
#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

// "1,5" is 1.5 in Russian; "10,000" is ten thousand in English.
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

// «90-х», "the 1990s", "the '90s": a decade is named by its year or by
// its last two digits, and a translation may say either.
std::vector<double> decade_readings(const std::string& norm, const std::string& language) {
  std::size_t digits = 0;
  while (digits < norm.size() && norm[digits] >= '0' && norm[digits] <= '9') ++digits;
  const std::string suffix = norm.substr(digits);
  static const std::vector<std::string> russian = {"-х", "-е", "-ые", "-ых", "-м", "-ми", "-ым", "-ыми"};
  const bool decade = language == "ru" ? std::find(russian.begin(), russian.end(), suffix) != russian.end()
                                       : suffix == "s" || suffix == "'s";
  if (!decade || (digits != 2 && digits != 4)) return {};
  const int year = std::atoi(norm.substr(0, digits).c_str());
  if (year % 10 != 0) return {};
  if (digits == 4) return {static_cast<double>(year % 100)};
  // «20-х»: the 1920s or the 2020s; «90-х» only the 1990s.
  constexpr int kLatestDecade = 30;
  if (year > kLatestDecade) return {1900.0 + year};
  return {1900.0 + year, 2000.0 + year};
}

// "XXI", «Николай II», «XL съезд», "Sputnik V": a Roman numeral in Latin
// capitals, as centuries, rulers, congresses and models are numbered. Not
// of D and M ("CD", "MD" are no numbers), nor a lone L or C (витамин C).
// In English only of I, V and X, not a lone I (a pronoun), and in lower
// case of three letters or more ("chapter xxvii", not "iv").
std::optional<double> roman_value(std::string text, const std::string& language) {
  if (language != "ru") {
    const bool lower = text.find_first_not_of("ivx") == std::string::npos;
    if ((lower && text.size() < 3) || text == "I") return std::nullopt;
    if (lower) std::transform(text.begin(), text.end(), text.begin(), [](char c) { return c - 'a' + 'A'; });
  }
  const std::string allowed = language == "ru" ? (text.size() == 1 ? "IVX" : "IVXLC") : "IVX";
  if (text.find_first_not_of(allowed) != std::string::npos) return std::nullopt;
  const std::optional<int> value = roman_numeral(text);
  if (!value) return std::nullopt;
  return static_cast<double>(*value);
}

// The number a run of number words and digits says, read left to right as
// one says it: "two hundred and fifty", «три тысячи пятьсот», "3,5 тыс.",
// "one and a half million", «два с половиной».
class NumberReader {
 public:
  // Whether `word` (a number word's role and value) continues this number.
  bool continues(const NumberWord& word) const {
    if (empty()) return true;
    switch (word.role) {
      case Role::kValue:
        // двадцать пять, сто двадцать, two hundred fifty: a smaller place.
        return last_ >= 20 && word.value < place_of(last_) && word.value >= 1 && word.value == std::floor(word.value);
      case Role::kHundred:
      case Role::kDozen:
        return current_ > 0 && current_ < 100;
      case Role::kScale:
      case Role::kPluralScale:
        return current_ > 0 && !vague_;
      case Role::kHalf:
        return current_ > 0 && half_allowed_;
      case Role::kVagueAmount:
        return vague_;  // десятки тысяч: tens of thousands
    }
    return false;
  }

  void add(const NumberWord& word) {
    if (word.value != kVague) parts_.push_back(word.value);
    if (word.also != 0) also_.push_back(word.also);
    optional_ = (empty() || optional_) && word.optional;
    switch (word.role) {
      case Role::kValue:
        current_ += word.value;
        last_ = word.value;
        break;
      case Role::kHundred:
        current_ = (current_ > 0 ? current_ : 1) * 100;
        last_ = 100;
        break;
      case Role::kDozen:
        // "two dozen" is 24, «полтора десятка» 15; "a dozen", alone, is
        // about twelve.
        if (empty()) vague_ = true;
        current_ = (current_ > 0 ? current_ : 1) * word.value;
        last_ = word.value;
        break;
      case Role::kScale:
        total_ += (current_ > 0 ? current_ : 1) * word.value;
        current_ = 0;
        last_ = word.value;
        break;
      case Role::kPluralScale:
        if (empty()) {
          vague_ = true;
        } else {
          total_ += current_ * word.value;
          current_ = 0;
          last_ = word.value;
        }
        break;
      case Role::kHalf:
        current_ += 0.5;
        last_ = 0.5;
        break;
      case Role::kVagueAmount:
        vague_ = true;
        break;
    }
    half_allowed_ = false;
    ++words_;
  }

  void add_digits(double value) {
    optional_ = false;
    parts_.push_back(value);
    current_ += value;
    last_ = value;
    ++words_;
  }

  // "and" (one and a half, two hundred and fifty) and «с» (два с половиной).
  void allow_half() { half_allowed_ = true; }

  bool empty() const { return words_ == 0; }

  QuotedNumber finish(std::string text) const {
    QuotedNumber number;
    number.value = vague_ ? kVague : total_ + current_;
    number.text = std::move(text);
    if (words_ > 1 || vague_) number.parts = parts_;
    number.also = also_;
    number.optional = optional_;
    return number;
  }

 private:
  // The place a following word must stay below: after a scale (three
  // thousand) anything smaller, after hundreds the tens, after tens the units.
  static double place_of(double value) {
    if (value >= 1000) return value;
    if (value >= 100) return 100;
    if (value >= 20) return 10;
    return 1;
  }

  double total_ = 0, current_ = 0, last_ = 0;
  std::vector<double> parts_, also_;
  bool vague_ = false, half_allowed_ = false, optional_ = false;
  int words_ = 0;
};

// "1.5bn", "10m", "3тыс": a number glued to a scale, a scale word of the
// language or an abbreviation that is a scale only when glued to digits
// (alone, "m" is metres and "k" a letter).
std::optional<double> glued_number(const std::string& norm, const std::string& language) {
  std::size_t digits = 0;
  while (digits < norm.size() && ((norm[digits] >= '0' && norm[digits] <= '9') || norm[digits] == '.' ||
                                  norm[digits] == ',')) {
    ++digits;
  }
  if (digits == 0 || digits == norm.size()) return std::nullopt;
  static const std::map<std::string, double> glued_scales = {{"bn", 1e9}, {"m", 1e6}, {"mn", 1e6},
                                                              {"mln", 1e6}, {"k", 1e3}, {"tn", 1e12}};
  const std::string suffix = norm.substr(digits);
  double scale = 0;
  if (const auto glued = glued_scales.find(suffix); glued != glued_scales.end()) {
    scale = glued->second;
  } else if (const auto word = number_words(language).find(suffix);
             word != number_words(language).end() && word->second.role == Role::kScale) {
    scale = word->second.value;
  } else {
    return std::nullopt;
  }
  return digits_value(norm.substr(0, digits), language) * scale;
}

// Reads a text's tokens left to right, a number at a time.
class NumberScanner {
 public:
  NumberScanner(const std::string& text, const std::string& language, const LemmaFunction& lemmas)
      : text_(text), language_(language), lemmas_(lemmas), words_(number_words(language)), tokens_(tokenize(text)) {}

  std::vector<QuotedNumber> scan() {
    for (std::size_t k = 0; k < tokens_.size(); ++k) {
      const Token& token = tokens_[k];
      if (token.kind == TokenKind::kNumber) {
        read_digits(k);
      } else if (token.kind != TokenKind::kWord) {
        flush();
      } else if (!skip_joining_word(k)) {
        read_word(k);
      }
    }
    flush();
    return std::move(numbers_);
  }

 private:
  // A number word's role, by its form or one of its lemmas (трех → три).
  const NumberWord* number_word(const std::string& form) const {
    auto found = words_.find(form);
    if (found == words_.end() && lemmas_) {
      for (const std::string& lemma : lemmas_(form)) {
        found = words_.find(lemma);
        if (found != words_.end()) break;
      }
    }
    return found == words_.end() ? nullptr : &found->second;
  }

  void flush() {
    if (!reader_.empty()) numbers_.push_back(reader_.finish(text_.substr(first_, last_ - first_)));
    reader_ = NumberReader();
  }

  void begin_number(const Token& token, double value) {
    flush();
    first_ = token.begin;
    last_ = token.end;
    reader_.add_digits(value);
  }

  // «3 500», «1 500 000»: three digits a space after a number of up to
  // three continue it (not a year and a count: «в 1999 100 человек»).
  void read_digits(std::size_t k) {
    const Token& token = tokens_[k];
    const bool grouped = !reader_.empty() && k > 0 && tokens_[k - 1].kind == TokenKind::kNumber &&
                         tokens_[k - 1].norm.size() <= 3 && token.norm.size() == 3 &&
                         count_code_points(text_.substr(last_, token.begin - last_)) == 1;
    if (!grouped) {
      begin_number(token, digits_value(token.norm, language_));
      return;
    }
    const double before = digits_value(text_.substr(first_, last_ - first_), language_);
    reader_ = NumberReader();
    reader_.add_digits(before * 1000 + digits_value(token.norm, language_));
    last_ = token.end;
  }

  // Words inside a number: "and" before a half or a smaller place ("one
  // and a half", "two hundred and fifty"), «с» before «половиной», "a" in
  // "half a million". Moves `k` past them when the number goes on.
  bool skip_joining_word(std::size_t& k) {
    const std::string& norm = tokens_[k].norm;
    if (reader_.empty() || (norm != "and" && norm != "с" && norm != "a")) return false;
    std::size_t next = k + 1;
    if (norm == "and" && next < tokens_.size() && tokens_[next].norm == "a") ++next;
    const NumberWord* word = next < tokens_.size() ? number_word(tokens_[next].norm) : nullptr;
    if (word != nullptr && norm != "a") reader_.allow_half();
    if (word == nullptr || !reader_.continues(*word)) return false;
    k = next - 1;
    return true;
  }

  // «в половине седьмого», «четверть восьмого»: half past six, a quarter
  // past seven; the hour named is the one under way.
  bool read_time_of_day(std::size_t k, const NumberWord& word) {
    if (!word.ordinal || k == 0) return false;
    const std::string& before = tokens_[k - 1].norm;
    const bool half = before.starts_with("половин");
    if (!half && !before.starts_with("четверт")) return false;
    // The half already read is the time's own: its parts keep it.
    if (!reader_.empty() && first_ == tokens_[k - 1].begin) reader_ = NumberReader();
    flush();
    const Token& token = tokens_[k];
    std::vector<double> parts = {word.value - 1, word.value};
    if (half) parts.push_back(0.5);
    numbers_.push_back({word.value - 1, text_.substr(tokens_[k - 1].begin, token.end - tokens_[k - 1].begin),
                        std::move(parts), false, {}});
    return true;
  }

  void read_word(std::size_t k) {
    const Token& token = tokens_[k];
    if (const auto glued = glued_number(token.norm, language_)) {
      begin_number(token, *glued);
      flush();
      return;
    }
    // "twenty-five": the parts of a hyphenated number word, in order.
    std::vector<const NumberWord*> parts;
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // of each part in the word
    std::size_t start = 0;
    while (start <= token.norm.size()) {
      const std::size_t dash = std::min(token.norm.find('-', start), token.norm.size());
      parts.push_back(number_word(token.norm.substr(start, dash - start)));
      spans.emplace_back(start, dash - start);
      start = dash + 1;
    }
    if (parts.size() == 1 && parts[0] != nullptr && read_time_of_day(k, *parts[0])) return;
    // Each part's bytes, where the matching form keeps the word's length.
    const bool aligned = token.text.size() == token.norm.size();
    if (std::all_of(parts.begin(), parts.end(), [](const NumberWord* w) { return w != nullptr; })) {
      // "two-two" is two numbers, each its own text.
      for (std::size_t p = 0; p < parts.size(); ++p) {
        if (!reader_.continues(*parts[p])) flush();
        if (reader_.empty()) first_ = aligned ? token.begin + spans[p].first : token.begin;
        reader_.add(*parts[p]);
        last_ = aligned ? token.begin + spans[p].first + spans[p].second : token.end;
      }
      return;
    }
    flush();
    if (const auto roman = roman_value(token.text, language_)) {
      numbers_.push_back({*roman, token.text, {}, false, {}});
      return;
    }
    // "Северный поток-2", "Su-24": the digits of a word are a number too.
    const std::vector<std::string> runs = digit_runs(token.norm);
    for (const std::string& digits : runs) {
      numbers_.push_back({std::atof(digits.c_str()), digits, {}, false,
                          runs.size() == 1 ? decade_readings(token.norm, language_) : std::vector<double>{}});
    }
    // «минуту-две» ("a minute or two"): so are its number words, and the
    // numerals opening its words («пятичасовой», «двух-трехдневный»).
    for (std::size_t p = 0; p < parts.size(); ++p) {
      const std::string part = token.norm.substr(spans[p].first, spans[p].second);
      if (parts[p] == nullptr && language_ == "ru") {
        if (const auto value = compound_numeral(part)) numbers_.push_back({*value, token.text, {}, true, {}});
      }
      if (parts[p] == nullptr || parts[p]->role != Role::kValue || !aligned) continue;
      numbers_.push_back(
          {parts[p]->value, token.text.substr(spans[p].first, spans[p].second), {}, parts[p]->optional, {}});
    }
  }

  const std::string& text_;
  const std::string& language_;
  const LemmaFunction& lemmas_;
  const std::map<std::string, NumberWord>& words_;
  const std::vector<Token> tokens_;
  std::vector<QuotedNumber> numbers_;
  NumberReader reader_;
  std::size_t first_ = 0, last_ = 0;  // byte span of the number being read
};

}  // namespace

std::vector<QuotedNumber> find_numbers(const std::string& text, const std::string& language,
                                       const LemmaFunction& lemmas) {
  return NumberScanner(text, language, lemmas).scan();
}

}  // namespace sverka
