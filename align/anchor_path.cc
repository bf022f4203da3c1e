#include "align/anchor_path.h"

#include <algorithm>
#include <limits>

namespace sverka::align {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

using Point = std::pair<std::uint32_t, std::uint32_t>;

// Beads of at most one sentence a side along the straight line from `from`
// to `to`: between two anchors the texts are taken to run evenly, as the
// diagonal takes a whole document to.
void add_line(const Point& from, const Point& to, Alignment& path) {
  const std::uint32_t ds = to.first - from.first, dt = to.second - from.second;
  const std::uint32_t steps = std::max(ds, dt);
  Point at = from;
  for (std::uint32_t k = 1; k <= steps; ++k) {
    const Point next{from.first + static_cast<std::uint32_t>(static_cast<std::uint64_t>(ds) * k / steps),
                     from.second + static_cast<std::uint32_t>(static_cast<std::uint64_t>(dt) * k / steps)};
    path.push_back(Bead{at.first, next.first - at.first, at.second, next.second - at.second, 0});
    at = next;
  }
}

}  // namespace

std::vector<Point> anchor_chain(const DocumentFeatures& document, const KeyFrequencies& frequencies) {
  std::vector<std::uint32_t> target_of(frequencies.target.size(), kNone);
  for (std::uint32_t t = 0; t < document.target.size(); ++t) {
    for (const MatchKey& key : document.target[t].keys) {
      if (frequencies.target[key.id()] == 1) target_of[key.id()] = t;
    }
  }
  std::vector<Point> anchors;
  for (std::uint32_t s = 0; s < document.source.size(); ++s) {
    for (const MatchKey& key : document.source[s].keys) {
      if (frequencies.source[key.id()] == 1 && target_of[key.id()] != kNone)
        anchors.push_back({s, target_of[key.id()]});
    }
  }
  // Longest chain increasing on both sides (patience sorting on the target
  // index): one source sentence's anchors in decreasing target order, so
  // that no two of them chain.
  std::sort(anchors.begin(), anchors.end(), [](const Point& a, const Point& b) {
    return a.first < b.first || (a.first == b.first && a.second > b.second);
  });
  anchors.erase(std::unique(anchors.begin(), anchors.end()), anchors.end());
  std::vector<std::size_t> tails;  // tails[l]: anchor ending the best chain of length l + 1
  std::vector<std::size_t> previous(anchors.size(), kNone);
  for (std::size_t a = 0; a < anchors.size(); ++a) {
    const auto place = std::lower_bound(tails.begin(), tails.end(), anchors[a].second,
                                        [&](std::size_t tail, std::uint32_t t) { return anchors[tail].second < t; });
    if (place != tails.begin()) previous[a] = *(place - 1);
    if (place == tails.end()) {
      tails.push_back(a);
    } else {
      *place = a;
    }
  }
  std::vector<Point> chain;
  for (std::size_t a = tails.empty() ? kNone : tails.back(); a != kNone; a = previous[a]) chain.push_back(anchors[a]);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

Alignment anchor_path(const DocumentFeatures& document, const KeyFrequencies& frequencies) {
  const std::vector<Point> chain = anchor_chain(document, frequencies);
  if (chain.empty()) return {};
  const auto n = static_cast<std::uint32_t>(document.source.size());
  const auto m = static_cast<std::uint32_t>(document.target.size());
  Alignment path;
  Point at{0, 0};
  for (const auto& [s, t] : chain) {
    add_line(at, {s, t}, path);
    path.push_back(Bead{s, 1, t, 1, 0});  // the anchor pair itself
    at = {s + 1, t + 1};
  }
  add_line(at, {n, m}, path);
  return path;
}

}  // namespace sverka::align
