#include "quotes/number_reader.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

// What a number word does to the number being read: adds its value (two,
// двадцать, двести, полтора), multiplies what came before (hundred,
// dozen), closes a group of three digits (thousand, тыс), adds a half
// ("and a half", «с половиной»), or makes the quantity vague (several,
// hundreds, сотни).
enum class Role { kValue, kHundred, kDozen, kScale, kHalf, kVague, kPluralScale };

struct NumberWord {
  double value;
  Role role;
  bool ordinal = false;   // седьмой, seventh: read as its number
  bool optional = false;  // QuotedNumber::optional
};

using NumberWords = std::map<std::string, NumberWord>;

// Ordinals are read as their numbers: «седьмого ноября» is November 7,
// «двадцать пятый» 25, "twenty-first" 21.
NumberWords with_ordinals(NumberWords words, std::initializer_list<std::pair<const char*, double>> ordinals,
                          bool ordinals_optional, std::initializer_list<const char*> optional) {
  for (const auto& [word, value] : ordinals) words[word] = {value, Role::kValue, true, ordinals_optional};
  for (const char* word : optional) words[word].optional = true;
  return words;
}

const NumberWords& number_words(const std::string& language) {
  using R = Role;
  static const NumberWords russian = with_ordinals({
      // Not оба and both: "both … and" joins two things without counting
      // them («одновременно … и»), and a translation drops or adds it freely.
      {"ноль", {0, R::kValue}}, {"нулевой", {0, R::kValue}}, {"один", {1, R::kValue}}, {"одна", {1, R::kValue}},
      {"два", {2, R::kValue}}, {"две", {2, R::kValue}}, {"двое", {2, R::kValue}}, {"три", {3, R::kValue}},
      {"трое", {3, R::kValue}}, {"четыре", {4, R::kValue}}, {"четверо", {4, R::kValue}}, {"пять", {5, R::kValue}},
      {"пятеро", {5, R::kValue}}, {"шесть", {6, R::kValue}}, {"семь", {7, R::kValue}}, {"восемь", {8, R::kValue}},
      {"девять", {9, R::kValue}}, {"десять", {10, R::kValue}}, {"одиннадцать", {11, R::kValue}},
      {"двенадцать", {12, R::kValue}}, {"тринадцать", {13, R::kValue}}, {"четырнадцать", {14, R::kValue}},
      {"пятнадцать", {15, R::kValue}}, {"шестнадцать", {16, R::kValue}}, {"семнадцать", {17, R::kValue}},
      {"восемнадцать", {18, R::kValue}}, {"девятнадцать", {19, R::kValue}}, {"двадцать", {20, R::kValue}},
      {"тридцать", {30, R::kValue}}, {"сорок", {40, R::kValue}}, {"пятьдесят", {50, R::kValue}},
      {"шестьдесят", {60, R::kValue}}, {"семьдесят", {70, R::kValue}}, {"восемьдесят", {80, R::kValue}},
      {"девяносто", {90, R::kValue}}, {"сто", {100, R::kValue}}, {"двести", {200, R::kValue}},
      {"триста", {300, R::kValue}}, {"четыреста", {400, R::kValue}}, {"пятьсот", {500, R::kValue}},
      {"шестьсот", {600, R::kValue}}, {"семьсот", {700, R::kValue}}, {"восемьсот", {800, R::kValue}},
      {"девятьсот", {900, R::kValue}}, {"полтора", {1.5, R::kValue}}, {"полторы", {1.5, R::kValue}},
      {"дважды", {2, R::kValue}}, {"трижды", {3, R::kValue}}, {"половина", {0.5, R::kValue}},
      {"половиной", {0.5, R::kHalf}}, {"тысяча", {1e3, R::kScale}}, {"тыс", {1e3, R::kScale}},
      {"миллион", {1e6, R::kScale}}, {"млн", {1e6, R::kScale}}, {"миллиард", {1e9, R::kScale}},
      {"млрд", {1e9, R::kScale}}, {"трлн", {1e12, R::kScale}}, {"триллион", {1e12, R::kScale}},
      // After a number these scale it (три тысячи, пять миллионов); alone
      // they are "thousands", "millions" (тысячи людей), or "about a
      // thousand" (около тысячи): vague, with the scale as a part.
      {"тысячи", {1e3, R::kPluralScale}}, {"тысяч", {1e3, R::kPluralScale}},
      {"миллионы", {1e6, R::kPluralScale}}, {"миллионов", {1e6, R::kPluralScale}},
      {"миллиарды", {1e9, R::kPluralScale}}, {"миллиардов", {1e9, R::kPluralScale}},
      {"несколько", {kVague, R::kVague}}, {"немного", {kVague, R::kVague}}, {"многие", {kVague, R::kVague}},
      {"нескольких", {kVague, R::kVague}}, {"нескольким", {kVague, R::kVague}}, {"сотни", {100, R::kVague}},
      {"сотен", {100, R::kVague}}, {"десятки", {10, R::kVague}}, {"десятков", {10, R::kVague}},
      {"десяток", {10, R::kVague}}, {"десятка", {10, R::kVague}},
      // Oblique forms Hunspell does not lemmatize to the numeral.
      {"двух", {2, R::kValue}}, {"двум", {2, R::kValue}}, {"двумя", {2, R::kValue}},
      {"трех", {3, R::kValue}}, {"трём", {3, R::kValue}}, {"трем", {3, R::kValue}}, {"тремя", {3, R::kValue}},
      {"четырех", {4, R::kValue}}, {"четырем", {4, R::kValue}}, {"четырьмя", {4, R::kValue}},
      {"пяти", {5, R::kValue}}, {"пятью", {5, R::kValue}}, {"шести", {6, R::kValue}}, {"семи", {7, R::kValue}},
      {"восьми", {8, R::kValue}}, {"девяти", {9, R::kValue}}, {"десяти", {10, R::kValue}},
      {"двадцати", {20, R::kValue}}, {"тридцати", {30, R::kValue}}, {"сорока", {40, R::kValue}},
      {"пятидесяти", {50, R::kValue}}, {"ста", {100, R::kValue}}, {"двухсот", {200, R::kValue}},
      {"трехсот", {300, R::kValue}}, {"пятисот", {500, R::kValue}}, {"полутора", {1.5, R::kValue}},
      {"тысячу", {1e3, R::kScale}}, {"тысячей", {1e3, R::kScale}}, {"миллиона", {1e6, R::kScale}},
      {"миллиарда", {1e9, R::kScale}},
      // Group names: «Большая семерка» is the G7, «двадцатка» the G20.
      {"семерка", {7, R::kValue}}, {"семерки", {7, R::kValue}}, {"семерке", {7, R::kValue}},
      {"семеркой", {7, R::kValue}}, {"двадцатка", {20, R::kValue}}, {"двадцатки", {20, R::kValue}},
      {"тройка", {3, R::kValue}}, {"тройки", {3, R::kValue}}, {"пятерка", {5, R::kValue}},
      {"пятерки", {5, R::kValue}},
      // «втроем»: "the three of us", "for three", or "together".
      {"вдвоем", {2, R::kValue}}, {"втроем", {3, R::kValue}}, {"вчетвером", {4, R::kValue}},
      {"впятером", {5, R::kValue}}, {"вшестером", {6, R::kValue}}, {"всемером", {7, R::kValue}},
      {"треть", {3, R::kValue}}, {"трети", {3, R::kValue}},
      // «втрое больше»: "three times as much", "triple".
      {"вдвое", {2, R::kValue}}, {"втрое", {3, R::kValue}}, {"вчетверо", {4, R::kValue}},
      {"впятеро", {5, R::kValue}}, {"вдесятеро", {10, R::kValue}},
      {"шестидесяти", {60, R::kValue}}, {"семидесяти", {70, R::kValue}}, {"восьмидесяти", {80, R::kValue}},
      {"девяноста", {90, R::kValue}}, {"четырехсот", {400, R::kValue}}, {"шестисот", {600, R::kValue}},
      {"семисот", {700, R::kValue}}, {"восьмисот", {800, R::kValue}}, {"девятисот", {900, R::kValue}}}, {
      {"первый", 1}, {"второй", 2}, {"третий", 3}, {"четвертый", 4}, {"пятый", 5}, {"шестой", 6},
      {"седьмой", 7}, {"восьмой", 8}, {"девятый", 9}, {"десятый", 10}, {"одиннадцатый", 11},
      {"двенадцатый", 12}, {"тринадцатый", 13}, {"четырнадцатый", 14}, {"пятнадцатый", 15},
      {"шестнадцатый", 16}, {"семнадцатый", 17}, {"восемнадцатый", 18}, {"девятнадцатый", 19},
      {"двадцатый", 20}, {"тридцатый", 30}, {"сороковой", 40}, {"пятидесятый", 50}, {"сотый", 100},
      {"тысячный", 1e3}},
      // A Russian ordinal answers the English one but asks for none: «второй
      // год» is "over a year", «в первый раз» "for the first time".
      true, {"вдвоем", "втроем", "вчетвером", "впятером", "вшестером", "всемером", "вдвое", "втрое", "вчетверо",
             "впятеро", "вдесятеро"});
  static const NumberWords english = with_ordinals({
      {"zero", {0, R::kValue}}, {"one", {1, R::kValue}}, {"two", {2, R::kValue}},
      {"three", {3, R::kValue}}, {"four", {4, R::kValue}}, {"five", {5, R::kValue}}, {"six", {6, R::kValue}},
      {"seven", {7, R::kValue}}, {"eight", {8, R::kValue}}, {"nine", {9, R::kValue}}, {"ten", {10, R::kValue}},
      {"eleven", {11, R::kValue}}, {"twelve", {12, R::kValue}}, {"thirteen", {13, R::kValue}},
      {"fourteen", {14, R::kValue}}, {"fifteen", {15, R::kValue}}, {"sixteen", {16, R::kValue}},
      {"seventeen", {17, R::kValue}}, {"eighteen", {18, R::kValue}}, {"nineteen", {19, R::kValue}},
      {"twenty", {20, R::kValue}}, {"thirty", {30, R::kValue}}, {"forty", {40, R::kValue}},
      {"fifty", {50, R::kValue}}, {"sixty", {60, R::kValue}}, {"seventy", {70, R::kValue}},
      {"eighty", {80, R::kValue}}, {"ninety", {90, R::kValue}}, {"hundred", {100, R::kHundred}},
      {"dozen", {12, R::kDozen}}, {"thousand", {1e3, R::kScale}}, {"million", {1e6, R::kScale}},
      {"billion", {1e9, R::kScale}}, {"trillion", {1e12, R::kScale}}, {"twice", {2, R::kValue}},
      {"thrice", {3, R::kValue}}, {"half", {0.5, R::kHalf}}, {"several", {kVague, R::kVague}},
      {"few", {kVague, R::kVague}}, {"many", {kVague, R::kVague}}, {"hundreds", {100, R::kVague}},
      {"thousands", {1e3, R::kVague}}, {"millions", {1e6, R::kVague}}, {"billions", {1e9, R::kVague}},
      {"dozens", {12, R::kVague}}, {"tens", {10, R::kVague}}, {"thirds", {3, R::kValue}},
      {"firstly", {1, R::kValue}}, {"secondly", {2, R::kValue}}, {"thirdly", {3, R::kValue}}}, {
      {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6}, {"seventh", 7},
      {"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"eleventh", 11}, {"twelfth", 12}, {"thirteenth", 13},
      {"fourteenth", 14}, {"fifteenth", 15}, {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18},
      {"nineteenth", 19}, {"twentieth", 20}, {"thirtieth", 30}, {"fortieth", 40}, {"fiftieth", 50},
      {"hundredth", 100}, {"thousandth", 1e3}},
      false, {"second", "firstly", "secondly", "thirdly"});
  return language == "ru" ? russian : english;
}

// «пятичасовой», «двухдневный», «десятилетие»: a numeral's combining form
// opening a longer word, its number optional (QuotedNumber::optional).
std::optional<double> compound_numeral(const std::string& word) {
  static const std::vector<std::pair<std::string, double>> forms = {
      {"полутора", 1.5}, {"двух", 2}, {"трех", 3}, {"четырех", 4}, {"пяти", 5},
      {"шести", 6}, {"семи", 7}, {"восьми", 8}, {"девяти", 9}, {"десяти", 10}, {"одиннадцати", 11},
      {"двенадцати", 12}, {"пятнадцати", 15}, {"двадцати", 20}, {"тридцати", 30}, {"сорока", 40},
      {"пятидесяти", 50}, {"шестидесяти", 60}, {"семидесяти", 70}, {"восьмидесяти", 80}, {"девяноста", 90}};
  constexpr std::size_t kMinRest = 3;  // code points after the numeral: «двухдневный», not «пятью»
  std::optional<double> value;
  std::size_t longest = 0;
  for (const auto& [form, number] : forms) {
    if (form.size() > longest && word.compare(0, form.size(), form) == 0 &&
        count_code_points(word.substr(form.size())) >= kMinRest) {
      value = number;
      longest = form.size();
    }
  }
  // «семидесяти», «пятисот»: the numeral goes on, a number word the list
  // lacks in this form, not a compound.
  const std::string rest = word.substr(longest);
  for (const char* numeral_stem : {"десят", "сот", "надцат"}) {
    if (rest.rfind(numeral_stem, 0) == 0) return std::nullopt;
  }
  return value;
}

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
      case Role::kVague:
        return vague_;  // десятки тысяч: tens of thousands
    }
    return false;
  }

  void add(const NumberWord& word) {
    if (word.value != kVague) parts_.push_back(word.value);
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
        // "two dozen" is 24; "a dozen", alone, is about twelve.
        if (empty()) vague_ = true;
        current_ = (current_ > 0 ? current_ : 1) * 12;
        last_ = 12;
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
      case Role::kVague:
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
  std::vector<double> parts_;
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
    if (before.rfind("половин", 0) != 0 && before.rfind("четверт", 0) != 0) return false;
    // The half already read is the time's own: its parts keep it.
    if (!reader_.empty() && first_ == tokens_[k - 1].begin) reader_ = NumberReader();
    flush();
    const Token& token = tokens_[k];
    std::vector<double> parts = {word.value - 1, word.value};
    if (before.rfind("половин", 0) == 0) parts.push_back(0.5);
    numbers_.push_back({word.value - 1, text_.substr(tokens_[k - 1].begin, token.end - tokens_[k - 1].begin),
                        std::move(parts)});
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
    if (std::all_of(parts.begin(), parts.end(), [](const NumberWord* w) { return w != nullptr; })) {
      for (const NumberWord* part : parts) {
        if (!reader_.continues(*part)) flush();
        if (reader_.empty()) first_ = token.begin;
        reader_.add(*part);
      }
      last_ = token.end;
      return;
    }
    flush();
    // "Северный поток-2", "Su-24": the digits of a word are a number too.
    for (const std::string& digits : digit_runs(token.norm)) {
      numbers_.push_back({std::atof(digits.c_str()), digits, {}});
    }
    // «минуту-две» ("a minute or two"): so are its number words, and the
    // numerals opening its words («пятичасовой», «двух-трехдневный»).
    for (std::size_t p = 0; p < parts.size(); ++p) {
      const std::string part = token.norm.substr(spans[p].first, spans[p].second);
      if (parts[p] == nullptr && language_ == "ru") {
        if (const auto value = compound_numeral(part)) numbers_.push_back({*value, token.text, {}, true});
      }
      if (parts[p] == nullptr || parts[p]->role != Role::kValue || token.text.size() != token.norm.size()) continue;
      numbers_.push_back({parts[p]->value, token.text.substr(spans[p].first, spans[p].second), {}, parts[p]->optional});
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
