// How alike a Cyrillic name and a Latin name are, in [0, 1].
//
// Both are brought to phonetic spellings (phonetic_key.h); the Cyrillic one
// also in every nominative it could be an inflection of (name_forms.h).
// The score is the best 1 - weighted edit distance / length over all
// pairings. The weights encode what transcription blurs: vowels for
// vowels, voiced for voiceless (Gamburg/Hamburg: г for h), й and h coming
// and going, ц against s, ч against ш. An inflected form counts a little
// less than the word as written, so a name that does not decline keeps its
// own spelling. Small shares of the score are the letter-for-letter
// likeness and the likeness to the name's romanizations (transliteration.h),
// which decide between look-alikes that read the same.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sverka {

// Weighted edit similarity of two phonetic spellings.
double phonetic_similarity(std::string_view a, std::string_view b);

class NameMatcher {
 public:
  // 0 for a "name" longer than any name (past 256 bytes).
  double similarity(std::string_view cyrillic, std::string_view latin);
  // The same, also giving the dictionary form of the Cyrillic name that
  // matched best (Эрдогану → эрдоган).
  double similarity(std::string_view cyrillic, std::string_view latin, std::string* nominative);

  // Whether a word of the Russian text has Cyrillic letters; one that has
  // none (радио Sputnik) is compared with the English as written.
  static bool has_cyrillic(std::string_view word);

 private:
  struct Form {
    std::string nominative;
    std::string phonetic;
    std::vector<std::string> romanized;
    double weight;
  };
  // What a Latin spelling is compared by, worked out once per spelling.
  struct Latin {
    std::vector<std::string> readings;  // phonetic, one per orthography
    std::string letters;                // letter for letter
    std::u32string plain;               // for the romanizations
  };
  const std::vector<Form>& cyrillic_forms(std::string_view cyrillic);
  const Latin& latin_forms(std::string_view latin);
  double latin_similarity(std::string_view a, std::string_view b);

  std::unordered_map<std::string, std::vector<Form>> cyrillic_cache_;
  std::unordered_map<std::string, Latin> latin_cache_;
};

}  // namespace sverka
