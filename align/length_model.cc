#include "align/length_model.h"

#include <cmath>

namespace sverka::align {

namespace {
// Gale and Church measured 6.8 characters² per character on Canadian Hansard;
// it holds well for news and fiction, the text kinds sverka is tuned on.
constexpr double kVariance = 6.8;
}  // namespace

LengthModel LengthModel::estimate(const std::vector<SentenceFeatures>& source,
                                  const std::vector<SentenceFeatures>& target) {
  double source_total = 0, target_total = 0;
  for (const auto& s : source) source_total += s.length;
  for (const auto& t : target) target_total += t.length;
  if (source_total < 1 || target_total < 1) return LengthModel(1.0, kVariance);
  return LengthModel(target_total / source_total, kVariance);
}

double LengthModel::fit(double source_length, double target_length) const {
  const double expected = source_length * ratio_;
  const double mean = (expected + target_length) / 2;
  if (mean < 1) return 1;
  const double delta = (target_length - expected) / std::sqrt(mean * variance_);
  return std::erfc(std::fabs(delta) / std::sqrt(2.0));
}

}  // namespace sverka::align
