#include "quotes/number_words.h"

#include <initializer_list>
#include <utility>
#include <vector>

#include "quotes/number_reader.h"
#include "util/utf8.h"

namespace sverka {
namespace {

// Ordinals are read as their numbers: «седьмого ноября» is November 7,
// «двадцать пятый» 25, "twenty-first" 21.
NumberWords with_ordinals(NumberWords words, std::initializer_list<std::pair<const char*, double>> ordinals,
                          bool ordinals_optional, std::initializer_list<const char*> optional) {
  for (const auto& [word, value] : ordinals) words[word] = {value, Role::kValue, true, ordinals_optional};
  for (const char* word : optional) words[word].optional = true;
  return words;
}

}  // namespace

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
      {"несколько", {kVague, R::kVagueAmount}}, {"немного", {kVague, R::kVagueAmount}},
      {"многие", {kVague, R::kVagueAmount}}, {"нескольких", {kVague, R::kVagueAmount}},
      {"нескольким", {kVague, R::kVagueAmount}}, {"сотни", {100, R::kVagueAmount}},
      {"сотен", {100, R::kVagueAmount}}, {"десятки", {10, R::kVagueAmount}}, {"десятков", {10, R::kVagueAmount}},
      {"десяток", {10, R::kDozen}}, {"десятка", {10, R::kDozen}},
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
      // Collective numerals in their oblique cases: «двоих из них», «троим».
      {"двоих", {2, R::kValue}}, {"двоим", {2, R::kValue}}, {"двоими", {2, R::kValue}},
      {"троих", {3, R::kValue}}, {"троим", {3, R::kValue}}, {"троими", {3, R::kValue}},
      {"четверых", {4, R::kValue}}, {"четверым", {4, R::kValue}}, {"пятерых", {5, R::kValue}},
      {"пятерым", {5, R::kValue}}, {"шестеро", {6, R::kValue}}, {"шестерых", {6, R::kValue}},
      {"семеро", {7, R::kValue}}, {"семерых", {7, R::kValue}},
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
      {"вдвое", {2, R::kValue, false, false, 0.5}}, {"втрое", {3, R::kValue}}, {"вчетверо", {4, R::kValue}},
      {"впятеро", {5, R::kValue}}, {"вдесятеро", {10, R::kValue}},
      // Half of a measure, in one word: "half a year" or "six months".
      {"полгода", {0.5, R::kValue, false, false, 6}}, {"полчаса", {0.5, R::kValue, false, false, 30}},
      {"полвека", {0.5, R::kValue, false, false, 50}}, {"полсотни", {50, R::kValue}},
      {"полтысячи", {500, R::kValue}}, {"полмиллиона", {5e5, R::kValue}}, {"полмиллиарда", {5e8, R::kValue}},
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
      {"thrice", {3, R::kValue}}, {"half", {0.5, R::kHalf}},
      // «в три раза выросло», «вдвое»: "tripled", "doubled", "threefold".
      {"doubled", {2, R::kValue}}, {"tripled", {3, R::kValue}}, {"quadrupled", {4, R::kValue}},
      {"twofold", {2, R::kValue}}, {"threefold", {3, R::kValue}}, {"fourfold", {4, R::kValue}},
      {"fivefold", {5, R::kValue}}, {"tenfold", {10, R::kValue}}, {"halved", {0.5, R::kValue}},
      {"several", {kVague, R::kVagueAmount}}, {"few", {kVague, R::kVagueAmount}}, {"many", {kVague, R::kVagueAmount}},
      {"hundreds", {100, R::kVagueAmount}},
      {"thousands", {1e3, R::kVagueAmount}}, {"millions", {1e6, R::kVagueAmount}}, {"billions", {1e9, R::kVagueAmount}},
      {"dozens", {12, R::kVagueAmount}}, {"tens", {10, R::kVagueAmount}}, {"thirds", {3, R::kValue}},
      {"firstly", {1, R::kValue}}, {"secondly", {2, R::kValue}}, {"thirdly", {3, R::kValue}}}, {
      {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6}, {"seventh", 7},
      {"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"eleventh", 11}, {"twelfth", 12}, {"thirteenth", 13},
      {"fourteenth", 14}, {"fifteenth", 15}, {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18},
      {"nineteenth", 19}, {"twentieth", 20}, {"thirtieth", 30}, {"fortieth", 40}, {"fiftieth", 50},
      {"hundredth", 100}, {"thousandth", 1e3}},
      false, {"second", "firstly", "secondly", "thirdly"});
  return language == "ru" ? russian : english;
}

// «пятичасовой», «двухдневный», «десятилетие», «полугодие»: a numeral's
// combining form opening a longer word, its number optional
// (QuotedNumber::optional).
std::optional<double> compound_numeral(const std::string& word) {
  static const std::vector<std::pair<std::string, double>> forms = {
      {"полутора", 1.5}, {"полу", 0.5}, {"двух", 2}, {"трех", 3}, {"четырех", 4}, {"пяти", 5},
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

}  // namespace sverka
