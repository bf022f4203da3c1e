#include "align/sentence_features.h"

#include <algorithm>

namespace sverka::align {

void sort_keys(SentenceFeatures& sentence) {
  std::sort(sentence.keys.begin(), sentence.keys.end());
  sentence.keys.erase(std::unique(sentence.keys.begin(), sentence.keys.end()), sentence.keys.end());
}

}  // namespace sverka::align
