// Top-1 accuracy of the name matcher on a set laid out as
// ../shared/data/names/wikidata-ruen: names.tsv (id, ru, form),
// candidates.tsv (id, latin; many per id), answers.tsv (id, latin).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace sverka {

struct NameAccuracy {
  std::size_t total = 0, correct = 0;
  std::map<std::string, std::pair<std::size_t, std::size_t>> by_form;  // form → (correct, total)
  double overall() const { return total ? static_cast<double>(correct) / static_cast<double>(total) : 0; }
  double oblique() const;  // every form but nom
  std::vector<std::string> misses;  // for inspection: ru form, the answer and the choice, with their scores
};

NameAccuracy evaluate_names(const std::string& folder);

}  // namespace sverka
