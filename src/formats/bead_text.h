// The bead notation of ../shared/data and Vecalign: "[0, 1]:[2]" pairs
// source lines 0 and 1 with target line 2; "[5]:[]" leaves line 5 alone.
// Parsing is strict and names the file and line of a malformed bead.
#pragma once

#include <string>
#include <vector>

#include "align/bead.h"

namespace sverka {

// A bead as lists of line numbers (gold files may skip or reorder nothing,
// but nothing forces them to be contiguous).
struct BeadLines {
  std::vector<int> source;
  std::vector<int> target;
};

std::string format_bead(const align::Bead& bead);
BeadLines bead_lines(const align::Bead& bead);

std::vector<BeadLines> parse_beads(const std::string& text, const std::string& file_name);

}  // namespace sverka
