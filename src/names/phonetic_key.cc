#include "names/phonetic_key.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>

#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

enum Context : std::uint8_t {
  kAny,
  kStart,        // at the start of the word
  kEnd,          // the pattern ends the word
  kBeforeFront,  // followed by e, i or y
  kBeforeBack,   // followed by a, o or u
  kBeforeVowel,
  kBetweenVowels,
  kAfterConsonant,
  kBeforeConsonant,
  kMagicE,  // followed by one consonant and a final e (or es): "Lane", "Miles"
};

struct Rule {
  std::string_view from, to;
  Context context = kAny;
};

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

bool context_holds(std::string_view word, std::size_t pos, const Rule& rule) {
  const std::size_t after = pos + rule.from.size();
  const char next = after < word.size() ? word[after] : '\0';
  switch (rule.context) {
    case kAny: return true;
    case kStart: return pos == 0;
    case kEnd: return after == word.size();
    case kBeforeFront: return next == 'e' || next == 'i' || next == 'y';
    case kBeforeBack: return next == 'a' || next == 'o' || next == 'u';
    case kBeforeVowel: return is_vowel(next);
    case kBetweenVowels: return pos > 0 && is_vowel(word[pos - 1]) && is_vowel(next);
    case kAfterConsonant: return pos > 0 && !is_vowel(word[pos - 1]) && word[pos - 1] != '-';
    case kBeforeConsonant: return next != '\0' && !is_vowel(next);
    case kMagicE: {
      if (next == '\0' || is_vowel(next) || after + 1 >= word.size() || word[after + 1] != 'e') return false;
      const std::size_t rest = word.size() - (after + 2);
      return rest == 0 || (rest == 1 && (word.back() == 's' || word.back() == 'y'));
    }
  }
  return false;
}

// Rules are tried in table order at each position: longer patterns first.
template <std::size_t N>
std::string read_with(std::string_view word, const std::array<Rule, N>& rules) {
  std::string out;
  std::size_t pos = 0;
  while (pos < word.size()) {
    bool matched = false;
    for (const Rule& rule : rules) {
      if (word.compare(pos, rule.from.size(), rule.from) == 0 && context_holds(word, pos, rule)) {
        out += rule.to;
        pos += rule.from.size();
        matched = true;
        break;
      }
    }
    if (!matched) out += word[pos++];
  }
  return out;
}

// The shared tail of every reading: y as a vowel, w as v, x as ks, and
// doubled letters collapsed.
std::string finish(std::string text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == 'y') c = (i + 1 < text.size() && is_vowel(text[i + 1])) ? 'j' : 'i';
    if (c == 'w') c = 'v';
    if (c == 'q') c = 'k';
    if (c == 'X') c = 'c';  // ч from č, ć, ç: kept apart until the reading rules are done
    if (c == 'x') {
      out += "ks";
      continue;
    }
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
}

constexpr std::array<Rule, 22> kGeneric = {{
    {"tch", "c"}, {"sch", "S"}, {"dzh", "J"}, {"sh", "S"}, {"ch", "c"}, {"zh", "Z"}, {"kh", "h"},
    {"ts", "C"}, {"tz", "C"}, {"ph", "f"}, {"th", "t"}, {"ck", "k"}, {"gh", "g"}, {"dj", "J"},
    {"qu", "kv"}, {"j", "J"}, {"c", "s", kBeforeFront}, {"c", "k"}, {"ee", "i"}, {"oo", "u"},
    {"ea", "i"}, {"ey", "ej"},
}};
// English spelling read as Russian transcribes it: Lane → Лэйн, Miles →
// Майлз, Lawton → Лоутон, Duff → Дафф, McGraw → Макгроу, Whyte → Уайт.
constexpr std::array<Rule, 37> kEnglish = {{
    {"mc", "mak", kStart}, {"mac", "mak", kStart}, {"wh", "u", kStart}, {"w", "u", kStart},
    {"tch", "c"}, {"dge", "J"}, {"sh", "S"}, {"ch", "c"}, {"th", "t"}, {"ph", "f"}, {"ck", "k"},
    {"aw", "o"}, {"ow", "ou"}, {"ou", "au"}, {"ay", "ej"}, {"ey", "i", kEnd}, {"ey", "ej"}, {"ae", "ej"},
    {"ai", "ej"}, {"ee", "i"}, {"ea", "i"}, {"oo", "u"},
    {"a", "ej", kMagicE}, {"i", "aj", kMagicE}, {"y", "aj", kMagicE}, {"o", "ou", kMagicE}, {"u", "ju", kMagicE},
    {"ew", "u"}, {"es", "s", kEnd}, {"e", "", kEnd}, {"u", "a", kBeforeConsonant}, {"j", "J"},
    {"g", "J", kBeforeFront}, {"c", "s", kBeforeFront}, {"c", "k"}, {"qu", "kv"}, {"w", "u"},
}};
// The short a of an English closed syllable, which Russian now writes э:
// Cat → Кэт, Sam → Сэм, Jack → Джек. A reading of its own, because older
// and many current transcriptions keep а (Adams → Адамс).
template <std::size_t N>
constexpr std::array<Rule, N + 1> with_rule(const std::array<Rule, N>& rules, Rule extra) {
  std::array<Rule, N + 1> out{};
  for (std::size_t i = 0; i < N; ++i) out[i] = rules[i];
  out[N] = extra;
  return out;
}
constexpr auto kEnglishShortA = with_rule(kEnglish, {"a", "e", kBeforeConsonant});
constexpr std::array<Rule, 25> kGerman = {{
    {"tsch", "c"}, {"sch", "S"}, {"st", "St", kStart}, {"sp", "Sp", kStart}, {"ch", "h"},
    {"ck", "k"}, {"tz", "C"}, {"ph", "f"}, {"th", "t"}, {"qu", "kv"}, {"ei", "aj"}, {"ai", "aj"},
    {"ey", "aj"}, {"ie", "i"}, {"eu", "oj"}, {"z", "C"}, {"s", "z", kBeforeVowel}, {"v", "f"},
    {"w", "v"}, {"ah", "a"}, {"eh", "e"}, {"oh", "o"}, {"uh", "u"}, {"c", "C", kBeforeFront}, {"c", "k"},
}};
constexpr std::array<Rule, 30> kFrench = {{
    {"eaux", "o"}, {"eau", "o"}, {"aux", "o", kEnd}, {"ault", "o", kEnd}, {"ou", "u"}, {"oi", "ua"},
    {"ai", "e"}, {"ei", "e"}, {"au", "o"}, {"er", "e", kEnd}, {"ez", "e", kEnd}, {"et", "e", kEnd},
    {"ch", "S"}, {"gn", "nj"}, {"qu", "k"}, {"ph", "f"}, {"th", "t"}, {"j", "Z"},
    {"g", "Z", kBeforeFront}, {"c", "s", kBeforeFront}, {"c", "k"}, {"h", ""}, {"t", "", kEnd},
    {"s", "", kEnd}, {"x", "", kEnd}, {"d", "", kEnd}, {"z", "", kEnd}, {"e", "", kEnd},
    {"s", "z", kBetweenVowels}, {"y", "i"},
}};
constexpr std::array<Rule, 20> kItalian = {{
    {"gli", "lj"}, {"cch", "k"}, {"ch", "k"}, {"gh", "g"}, {"gn", "nj"}, {"sci", "S", kBeforeBack},
    {"sc", "S", kBeforeFront}, {"cci", "c", kBeforeBack}, {"cc", "c", kBeforeFront}, {"ci", "c", kBeforeBack},
    {"c", "c", kBeforeFront}, {"ggi", "J", kBeforeBack}, {"gg", "J", kBeforeFront}, {"gi", "J", kBeforeBack},
    {"g", "J", kBeforeFront}, {"zz", "C"}, {"z", "C"}, {"qu", "kv"}, {"h", ""}, {"c", "k"},
}};
constexpr std::array<Rule, 14> kSpanish = {{
    {"ch", "c"}, {"ll", "lj"}, {"nh", "nj"}, {"lh", "lj"}, {"qu", "k"}, {"gu", "g", kBeforeFront},
    {"j", "h"}, {"g", "h", kBeforeFront}, {"c", "s", kBeforeFront}, {"z", "s"}, {"h", ""},
    {"x", "h"}, {"c", "k"}, {"y", "j", kBeforeVowel},
}};
constexpr std::array<Rule, 16> kPolish = {{
    {"szcz", "S"}, {"sz", "S"}, {"cz", "c"}, {"rz", "Z"}, {"ch", "h"}, {"dz", "dz"}, {"ie", "je"},
    {"ia", "ja"}, {"io", "jo"}, {"iu", "ju"}, {"c", "C"}, {"w", "v"}, {"j", "j"}, {"y", "i"},
    {"h", "h"}, {"s", "s"},
}};
constexpr std::array<Rule, 9> kHungarian = {{
    {"dzs", "J"}, {"sz", "s"}, {"cs", "c"}, {"zs", "Z"}, {"gy", "dj"}, {"ny", "nj"}, {"ly", "j"},
    {"s", "S"}, {"c", "C"},
}};
constexpr std::array<Rule, 3> kTurkish = {{{"c", "J"}, {"j", "Z"}, {"y", "j"}}};
constexpr std::array<Rule, 12> kDutchNordic = {{
    {"sch", "sh"}, {"ck", "k"}, {"sj", "S"}, {"oe", "u"}, {"ij", "ej"}, {"aa", "o"}, {"ch", "h"}, {"j", "j"},
    {"w", "v"}, {"v", "v"}, {"c", "k", kBeforeBack}, {"c", "s", kBeforeFront},
}};
// Greek and Latin names as Russian took them, without the nominative
// ending: Moschus → Мосх, Flavius → Флавий, Paetus → Пет, Achilleus → Ахиллей.
constexpr std::array<Rule, 13> kClassical = {{
    {"ius", "i", kEnd}, {"eus", "ej", kEnd}, {"us", "", kEnd}, {"um", "", kEnd}, {"ae", "e"},
    {"oe", "e"}, {"ch", "h"}, {"ph", "f"}, {"th", "t"}, {"qu", "kv"}, {"c", "C", kBeforeFront},
    {"c", "k"}, {"y", "i"},
}};
constexpr std::array<Rule, 12> kJapanese = {{
    {"shi", "si"}, {"chi", "ti"}, {"tsu", "Cu"}, {"ts", "C"}, {"sh", "s"}, {"ch", "t"}, {"ji", "dzi"},
    {"j", "dz"}, {"fu", "hu"}, {"z", "dz"}, {"y", "", kAfterConsonant}, {"y", "j"},
}};
constexpr std::array<Rule, 16> kChinese = {{
    {"zh", "cZ"}, {"ch", "c"}, {"sh", "S"}, {"ang", "an"}, {"eng", "en"}, {"ong", "un"}, {"ing", "in"},
    {"ui", "uj"}, {"iu", "ju"}, {"ian", "jan"}, {"ie", "e"}, {"x", "s"}, {"q", "C"}, {"j", "Cz"},
    {"z", "Cz"}, {"c", "C"},
}};

constexpr std::array<std::pair<char32_t, std::string_view>, 48> kDiacritics = {{
    {U'ş', "S"}, {U'š', "S"}, {U'ś', "S"}, {U'ș', "S"}, {U'ž', "Z"}, {U'ż', "Z"}, {U'ź', "Z"},
    {U'č', "X"}, {U'ć', "X"}, {U'ç', "X"}, {U'ț', "C"}, {U'ğ', "g"}, {U'ı', "i"}, {U'ł', "l"},
    {U'ñ', "nj"}, {U'ń', "n"}, {U'ö', "e"}, {U'ø', "e"}, {U'œ', "e"}, {U'ő', "e"}, {U'ü', "u"},
    {U'ű', "u"}, {U'ä', "e"}, {U'æ', "e"}, {U'å', "o"}, {U'é', "e"}, {U'è', "e"}, {U'ê', "e"},
    {U'ë', "e"}, {U'ė', "e"}, {U'ę', "e"}, {U'ą', "on"}, {U'á', "a"}, {U'à', "a"}, {U'â', "a"},
    {U'ã', "an"}, {U'ā', "a"}, {U'í', "i"}, {U'î', "i"}, {U'ï', "i"}, {U'ó', "o"}, {U'ô', "o"},
    {U'ō', "o"}, {U'ú', "u"}, {U'ū', "u"}, {U'ý', "i"}, {U'ß', "s"}, {U'đ', "d"},
}};

constexpr std::array<std::pair<char32_t, std::string_view>, 33> kCyrillic = {{
    {U'а', "a"}, {U'б', "b"}, {U'в', "v"}, {U'г', "g"}, {U'д', "d"}, {U'е', "e"}, {U'ё', "o"},
    {U'ж', "Z"}, {U'з', "z"}, {U'и', "i"}, {U'й', "j"}, {U'к', "k"}, {U'л', "l"}, {U'м', "m"},
    {U'н', "n"}, {U'о', "o"}, {U'п', "p"}, {U'р', "r"}, {U'с', "s"}, {U'т', "t"}, {U'у', "u"},
    {U'ф', "f"}, {U'х', "h"}, {U'ц', "C"}, {U'ч', "c"}, {U'ш', "S"}, {U'щ', "S"}, {U'ъ', ""},
    {U'ы', "i"}, {U'ь', ""}, {U'э', "e"}, {U'ю', "u"}, {U'я', "a"},
}};

std::string_view lookup(char32_t cp, const auto& table) {
  for (const auto& [from, to] : table) {
    if (from == cp) return to;
  }
  return {};
}

}  // namespace

std::string fold_latin(std::string_view latin) {
  std::string out;
  std::size_t pos = 0;
  while (pos < latin.size()) {
    char32_t cp = next_code_point(latin, pos);
    if (cp < 0x80) {
      if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
      if ((cp >= 'a' && cp <= 'z') || cp == '-') out.push_back(static_cast<char>(cp));
      continue;
    }
    // Upper-case letters with diacritics: fold case through ICU first.
    icu::UnicodeString one(static_cast<UChar32>(cp));
    one.toLower();
    cp = static_cast<char32_t>(one.char32At(0));
    const std::string_view mapped = lookup(cp, kDiacritics);
    if (!mapped.empty()) {
      out += mapped;
      continue;
    }
    // Anything else: strip the diacritic with ICU's Latin-ASCII.
    // ICU transliterators are not thread-safe: one per thread.
    thread_local const std::unique_ptr<icu::Transliterator> ascii = [] {
      UErrorCode status = U_ZERO_ERROR;
      return std::unique_ptr<icu::Transliterator>(
          icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    }();
    if (ascii) {
      ascii->transliterate(one);
      std::string plain;
      one.toUTF8String(plain);
      for (const char c : plain) {
        if (c >= 'a' && c <= 'z') out.push_back(c);
      }
    }
  }
  return out;
}

std::string cyrillic_phonetic(std::string_view cyrillic) {
  std::string out;
  std::size_t pos = 0;
  char32_t previous = 0;
  while (pos < cyrillic.size()) {
    const char32_t cp = next_code_point(cyrillic, pos);
    // я, ю, е, ё after a vowel, a soft or hard sign or at the start are
    // two sounds: Ямамото = Yamamoto, Мориёси = Moriyoshi.
    const bool iotated = cp == U'я' || cp == U'ю' || cp == U'ё' || cp == U'е';
    const bool after_vowel = previous == 0 || previous == U'ь' || previous == U'ъ' || is_russian_vowel(previous);
    if (iotated && after_vowel && cp != U'е') out += 'j';
    if (cp == U'ж' && previous == U'д' && !out.empty()) {
      out.back() = 'J';  // дж
    } else {
      const std::string_view mapped = lookup(cp, kCyrillic);
      if (mapped.empty() && cp == '-') {
        out += '-';
      } else {
        out += mapped;
      }
    }
    previous = cp;
  }
  // -ий and -ый end a name as -y in English (Дмитрий → Dmitry): "ij" → "i".
  if (out.size() >= 2 && out.compare(out.size() - 2, 2, "ij") == 0) out.pop_back();
  return finish(out);
}

std::string latin_letters(std::string_view latin) { return finish(fold_latin(latin)); }

std::string phonetic_skeleton(std::string_view phonetic) {
  std::string skeleton;
  for (std::size_t i = 0; i < phonetic.size(); ++i) {
    const char c = phonetic[i];
    if (i > 0 && (is_vowel(c) || c == 'j' || c == '-')) continue;
    if (!skeleton.empty() && skeleton.back() == c) continue;
    skeleton += c;
  }
  return skeleton;
}

std::vector<std::string> latin_phonetic_readings(std::string_view latin) {
  const std::string folded = fold_latin(latin);
  std::vector<std::string> readings;
  const auto add = [&](std::string reading) {
    reading = finish(std::move(reading));
    if (std::find(readings.begin(), readings.end(), reading) == readings.end()) readings.push_back(std::move(reading));
  };
  add(read_with(folded, kGeneric));
  add(read_with(folded, kEnglish));
  add(read_with(folded, kEnglishShortA));
  add(read_with(folded, kGerman));
  add(read_with(folded, kFrench));
  add(read_with(folded, kItalian));
  add(read_with(folded, kSpanish));
  add(read_with(folded, kPolish));
  add(read_with(folded, kHungarian));
  add(read_with(folded, kTurkish));
  add(read_with(folded, kDutchNordic));
  add(read_with(folded, kClassical));
  add(read_with(folded, kJapanese));
  add(read_with(folded, kChinese));
  return readings;
}

}  // namespace sverka
