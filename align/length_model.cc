#include "align/length_model.h"

#include <cmath>

namespace sverka::align {

namespace {
// Gale and Church measured 6.8 characters² per character on Canadian Hansard;
// it holds well for news and fiction, the text kinds sverka is tuned on.
constexpr double kVariance = 6.8;
}  // namespace

LengthModel::LengthModel(double ratio, double variance) : ratio_(ratio), variance_(variance) {
  // -log erfc(|δ|/√2) tabulated: the search asks for millions of bead costs
  // and erfc and log dominated the profile.
  for (std::size_t k = 0; k < cost_table_.size(); ++k) {
    const double delta = static_cast<double>(k) / kTableSteps;
    cost_table_[k] = -std::log(std::max(std::erfc(delta / std::sqrt(2.0)), 1e-300));
  }
}

LengthModel LengthModel::estimate(const std::vector<SentenceFeatures>& source,
                                  const std::vector<SentenceFeatures>& target) {
  double source_total = 0, target_total = 0;
  for (const auto& s : source) source_total += s.length;
  for (const auto& t : target) target_total += t.length;
  if (source_total < 1 || target_total < 1) return LengthModel(1.0, kVariance);
  return LengthModel(target_total / source_total, kVariance);
}

// |target - ratio·source| / √(mean length · variance), times `scale`, in
// `Real` arithmetic.
template <typename Real>
Real LengthModel::scaled_delta(double source_length, double target_length, Real scale) const {
  const auto expected = static_cast<Real>(source_length * ratio_);
  const Real mean = (expected + static_cast<Real>(target_length)) / 2;
  if (mean < 1) return 0;
  return std::fabs(static_cast<Real>(target_length) - expected) * scale /
         std::sqrt(mean * static_cast<Real>(variance_));
}

double LengthModel::delta(double source_length, double target_length) const {
  return scaled_delta<double>(source_length, target_length, 1.0);
}

double LengthModel::fit(double source_length, double target_length) const {
  return std::erfc(delta(source_length, target_length) / std::sqrt(2.0));
}

double LengthModel::cost(double source_length, double target_length) const {
  // In single precision: the search asks for millions of these, and the
  // square root and division, in double, were most of their time.
  const double position = scaled_delta<float>(source_length, target_length, kTableSteps);
  const auto k = static_cast<std::size_t>(position);
  if (k + 1 >= cost_table_.size()) {
    // Past the table the tail is x²/2 + log x + log √(π/2) to within 1e-3.
    const double x = position / kTableSteps;
    return x * x / 2 + std::log(x) + 0.2258;
  }
  const double fraction = position - static_cast<double>(k);
  return cost_table_[k] + fraction * (cost_table_[k + 1] - cost_table_[k]);
}

}  // namespace sverka::align
