// Numbers in a text as one says them: digits ("11", "1,5", "10 000"),
// number words in both languages (три/three, тысяча/thousand, седьмой/
// seventh, втроем), and vague quantities (несколько/several, сотни/
// hundreds). «половина седьмого» is half past six. A number of several words
// is read whole, left to right: двадцать пять = twenty-five = 25,
// «3,5 тыс.» = 3,500, "one and a half million" = полтора миллиона. Each
// keeps its words' own values too, so the other side may say it whole or
// in part (number_check.h).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace sverka {

struct QuotedNumber {
  double value = 0;           // NaN-free; vague quantities use kVague
  std::string text;           // as written: all its words ("двадцать пять", "3,5 тыс")
  std::vector<double> parts;  // its words' own values when it has several
  // A number that may answer the other side's but asks for none: a word
  // that is often no number ("second", a unit of time) and the numeral
  // inside a compound, which a translation says without it
  // («десятилетие» is "decade", «пятичасовой» "five o'clock").
  bool optional = false;
  // Other numbers it says, as a whole (NumberWord::also): «полгода» is
  // also 6 (months).
  std::vector<double> also;
};
inline constexpr double kVague = -1;

// `lemmas` gives dictionary forms of a word (трех → три); may be null.
using LemmaFunction = std::function<std::vector<std::string>(const std::string&)>;
std::vector<QuotedNumber> find_numbers(const std::string& text, const std::string& language,
                                       const LemmaFunction& lemmas);

}  // namespace sverka
