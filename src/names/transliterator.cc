#include "names/transliterator.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace sverka {

Transliterator::Transliterator(const std::string& id) {
  UErrorCode status = U_ZERO_ERROR;
  transform_.reset(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !transform_) {
    throw std::runtime_error("ICU has no transliterator '" + id + "': " + u_errorName(status));
  }
}

Transliterator::~Transliterator() = default;
Transliterator::Transliterator(Transliterator&&) noexcept = default;

const std::string& Transliterator::transliterate(std::string_view text) {
  const std::string key(text);
  const auto found = cache_.find(key);
  if (found != cache_.end()) return found->second;
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(key);
  transform_->transliterate(unicode);
  std::string out;
  unicode.toUTF8String(out);
  return cache_.emplace(key, std::move(out)).first->second;
}

std::string name_skeleton(std::string_view latin) {
  std::string folded;
  for (std::size_t i = 0; i < latin.size(); ++i) {
    char c = latin[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') continue;
    const char next = i + 1 < latin.size() ? static_cast<char>(latin[i + 1] | 0x20) : '\0';
    const auto take_pair = [&](char replacement) {
      folded.push_back(replacement);
      ++i;
    };
    if (c == 'k' && next == 'h') { take_pair('h'); continue; }
    if (c == 'z' && next == 'h') { take_pair('j'); continue; }
    if (c == 'd' && next == 'z' && i + 2 < latin.size() && (latin[i + 2] | 0x20) == 'h') {
      folded.push_back('j');
      i += 2;
      continue;
    }
    if ((c == 't' && (next == 's' || next == 'z')) || (c == 'c' && next == 'h')) { take_pair('c'); continue; }
    if (c == 's' && next == 'h') { take_pair('s'); continue; }
    if (c == 'p' && next == 'h') { take_pair('f'); continue; }
    if (c == 'w') c = 'v';
    if (c == 'x') { folded += "ks"; continue; }
    if (c == 'q') c = 'k';
    folded.push_back(c);
  }
  std::string skeleton;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    if (i > 0 && vowel) continue;
    if (!skeleton.empty() && skeleton.back() == c) continue;
    skeleton.push_back(c);
  }
  return skeleton;
}

}  // namespace sverka
