#include "names/transliteration.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

using LetterTable = std::array<std::pair<char32_t, std::string_view>, 33>;

constexpr LetterTable kIso9 = {{
    {U'а', "a"}, {U'б', "b"}, {U'в', "v"}, {U'г', "g"}, {U'д', "d"}, {U'е', "e"}, {U'ё', "ë"},
    {U'ж', "ž"}, {U'з', "z"}, {U'и', "i"}, {U'й', "j"}, {U'к', "k"}, {U'л', "l"}, {U'м', "m"},
    {U'н', "n"}, {U'о', "o"}, {U'п', "p"}, {U'р', "r"}, {U'с', "s"}, {U'т', "t"}, {U'у', "u"},
    {U'ф', "f"}, {U'х', "h"}, {U'ц', "c"}, {U'ч', "č"}, {U'ш', "š"}, {U'щ', "ŝ"}, {U'ъ', ""},
    {U'ы', "y"}, {U'ь', ""}, {U'э', "è"}, {U'ю', "û"}, {U'я', "â"},
}};
constexpr LetterTable kIcao = {{
    {U'а', "a"}, {U'б', "b"}, {U'в', "v"}, {U'г', "g"}, {U'д', "d"}, {U'е', "e"}, {U'ё', "e"},
    {U'ж', "zh"}, {U'з', "z"}, {U'и', "i"}, {U'й', "i"}, {U'к', "k"}, {U'л', "l"}, {U'м', "m"},
    {U'н', "n"}, {U'о', "o"}, {U'п', "p"}, {U'р', "r"}, {U'с', "s"}, {U'т', "t"}, {U'у', "u"},
    {U'ф', "f"}, {U'х', "kh"}, {U'ц', "ts"}, {U'ч', "ch"}, {U'ш', "sh"}, {U'щ', "shch"}, {U'ъ', "ie"},
    {U'ы', "y"}, {U'ь', ""}, {U'э', "e"}, {U'ю', "iu"}, {U'я', "ia"},
}};
// The press spells the iotated vowels, й and a few clusters in context
// (press()); the rest is BGN without apostrophes.
constexpr LetterTable kPress = {{
    {U'а', "a"}, {U'б', "b"}, {U'в', "v"}, {U'г', "g"}, {U'д', "d"}, {U'е', "e"}, {U'ё', "yo"},
    {U'ж', "zh"}, {U'з', "z"}, {U'и', "i"}, {U'й', "y"}, {U'к', "k"}, {U'л', "l"}, {U'м', "m"},
    {U'н', "n"}, {U'о', "o"}, {U'п', "p"}, {U'р', "r"}, {U'с', "s"}, {U'т', "t"}, {U'у', "u"},
    {U'ф', "f"}, {U'х', "kh"}, {U'ц', "ts"}, {U'ч', "ch"}, {U'ш', "sh"}, {U'щ', "shch"}, {U'ъ', ""},
    {U'ы', "y"}, {U'ь', ""}, {U'э', "e"}, {U'ю', "yu"}, {U'я', "ya"},
}};

std::string by_table(const std::u32string& word, const LetterTable& table) {
  std::string out;
  for (const char32_t c : word) {
    const auto found = std::find_if(table.begin(), table.end(), [c](const auto& row) { return row.first == c; });
    if (found != table.end()) {
      out += found->second;
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

// Dmitry, Yevgeny, Sergei, Nikolai, Tayip, Ilyin, Pyotr, Alexei.
std::string press(const std::u32string& word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char32_t c = word[i];
    const char32_t before = i > 0 ? word[i - 1] : U' ';
    const char32_t after = i + 1 < word.size() ? word[i + 1] : U' ';
    const bool word_start = before == U' ' || before == U'-';
    const bool word_end = after == U' ' || after == U'-';
    if (c == U'е' && (word_start || is_russian_vowel(before) || before == U'ь' || before == U'ъ')) {
      out += "ye";
    } else if (c == U'ё' && std::u32string_view(U"жчшщ").find(before) != std::u32string_view::npos) {
      out += "o";
    } else if ((c == U'и' || c == U'ы') && after == U'й' && (i + 2 == word.size() || word[i + 2] == U' ')) {
      out += "y";  // -ий, -ый: Dmitry, Dostoyevsky
      ++i;
    } else if (c == U'й' && ((word_end && (before == U'е' || before == U'а')) ||
                             (!word_end && !is_russian_vowel(after)))) {
      out += "i";  // Sergei, Nikolai, Shoigu, Baikal; but Tolstoy, Tayip
    } else if (c == U'ь' && is_russian_vowel(after) &&
               std::u32string_view(U"еёюя").find(after) == std::u32string_view::npos) {
      out += "y";  // Ilyin
    } else if (c == U'к' && after == U'с') {
      out += "x";  // Alexei, Maxim
      ++i;
    } else if (c == U'д' && after == U'ж') {
      out += "j";  // the common English spelling; BGN and ICAO keep dzh
      ++i;
    } else {
      out += by_table(std::u32string(1, c), kPress);
    }
  }
  return out;
}

std::string bgn(std::string_view cyrillic) {
  // ICU transliterators are not thread-safe: one per thread.
  thread_local const std::unique_ptr<icu::Transliterator> transliterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<icu::Transliterator>(
        icu::Transliterator::createInstance("Russian-Latin/BGN", UTRANS_FORWARD, status));
  }();
  if (!transliterator) return press(code_points(cyrillic));
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(cyrillic.data(), static_cast<int32_t>(cyrillic.size())));
  transliterator->transliterate(text);
  std::string raw;
  text.toLower().toUTF8String(raw);
  // The apostrophes and the separator dot are dropped in English text, and
  // so is the diaeresis of ë.
  std::string out;
  std::size_t pos = 0;
  while (pos < raw.size()) {
    const char32_t c = next_code_point(raw, pos);
    if (c == U'ʹ' || c == U'ʺ' || c == U'·' || c == '\'') continue;
    append_utf8(out, c == U'ë' ? U'e' : c);
  }
  return out;
}

std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      current[j] = std::min({previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

}  // namespace

std::string romanize(std::string_view cyrillic, Romanization scheme) {
  switch (scheme) {
    case Romanization::kBgn: return bgn(cyrillic);
    case Romanization::kIso9: return by_table(code_points(cyrillic), kIso9);
    case Romanization::kIcao: return by_table(code_points(cyrillic), kIcao);
    case Romanization::kPress: return press(code_points(cyrillic));
  }
  return {};
}

std::vector<std::string> romanizations(std::string_view cyrillic) {
  std::vector<std::string> out;
  for (const Romanization scheme :
       {Romanization::kBgn, Romanization::kIso9, Romanization::kIcao, Romanization::kPress}) {
    std::string spelling = romanize(cyrillic, scheme);
    if (std::find(out.begin(), out.end(), spelling) == out.end()) out.push_back(std::move(spelling));
  }
  return out;
}

std::u32string plain_latin(std::string_view latin) {
  thread_local const std::unique_ptr<icu::Transliterator> ascii = [] {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<icu::Transliterator>(
        icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
  }();
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(latin.data(), static_cast<int32_t>(latin.size())));
  if (ascii) ascii->transliterate(text);
  std::string lower;
  text.toLower().toUTF8String(lower);
  std::u32string out;
  for (const char32_t c : code_points(lower)) {
    if (c != '\'' && c != U'’' && c != U'ʹ') out.push_back(c);
  }
  return out;
}

double romanization_similarity(const std::vector<std::string>& romanized, const std::u32string& plain) {
  double best = 0;
  for (const std::string& spelling : romanized) {
    const std::u32string candidate = code_points(spelling);
    const std::size_t length = std::max(candidate.size(), plain.size());
    if (length == 0) continue;
    best = std::max(best, 1 - static_cast<double>(edit_distance(candidate, plain)) / static_cast<double>(length));
  }
  return best;
}

}  // namespace sverka
