// The words numbers are said with, in Russian and English: what each does
// to the number being read (number_reader.h), ordinals among them, and
// the numerals that open compound words («пятичасовой»).
#pragma once

#include <map>
#include <optional>
#include <string>

namespace sverka {

// What a number word does to the number being read: adds its value (two,
// двадцать, двести, полтора), multiplies what came before (hundred,
// dozen), closes a group of three digits (thousand, тыс), adds a half
// ("and a half", «с половиной»), or makes the quantity vague (several,
// hundreds, сотни).
enum class Role { kValue, kHundred, kDozen, kScale, kHalf, kVagueAmount, kPluralScale };

struct NumberWord {
  double value;
  Role role;
  bool ordinal = false;   // седьмой, seventh: read as its number
  bool optional = false;  // QuotedNumber::optional
  // Another number the same word says, 0 if none: «вдвое» is "twice" or,
  // of a fall, "by half"; «полгода» "half a year" or "six months".
  double also = 0;
};

using NumberWords = std::map<std::string, NumberWord>;

// The number words of "ru" or "en" (any other language: English's), by
// matching form.
const NumberWords& number_words(const std::string& language);

// «пятичасовой», «двухдневный», «десятилетие»: the number a Russian
// numeral's combining form opening a longer word says.
std::optional<double> compound_numeral(const std::string& word);

}  // namespace sverka
