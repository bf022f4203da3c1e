// Cyrillic → Latin transliteration through ICU, cached per word.
//
// The first scheme is BGN/PCGN (what English-language news mostly follows),
// folded to ASCII. ICU transliterators are expensive to create and not
// thread-safe, so each instance owns one and is used by one thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <unicode/uversion.h>
U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace sverka {

class Transliterator {
 public:
  // `id` is an ICU transform id, e.g. "Russian-Latin/BGN; Latin-ASCII; Lower".
  explicit Transliterator(const std::string& id = "Russian-Latin/BGN; Latin-ASCII; Lower");
  ~Transliterator();
  Transliterator(Transliterator&&) noexcept;

  const std::string& transliterate(std::string_view text);

 private:
  std::unique_ptr<icu::Transliterator> transform_;
  std::unordered_map<std::string, std::string> cache_;
};

// A consonant skeleton for comparing spellings of one name across scripts:
// ASCII lower case, digraphs folded (kh→h, zh/dzh/j→j, ts/tz→c, ch→c, sh→s,
// ph→f, w→v), vowels and y dropped after the first letter, doubles
// collapsed. "Erdogan", "Erdoğan", "Эрдоган" all give "erdgn".
std::string name_skeleton(std::string_view latin);

}  // namespace sverka
