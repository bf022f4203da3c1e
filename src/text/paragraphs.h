// Paragraph structure of raw text.
//
// Blank lines separate paragraphs; a text without any blank line is taken to
// have one paragraph per line. Inside a paragraph a line break is a hard
// sentence boundary (headlines, list items)
// unless the text is hard-wrapped: a line that does not end a sentence and is
// followed by one starting in lower case is joined to it with a space.
#pragma once

#include <string>
#include <vector>

namespace sverka {

struct Paragraph {
  std::vector<std::string> lines;  // non-empty, trimmed, wrapped lines joined
};

std::vector<Paragraph> split_paragraphs(const std::string& text);

// Trims ASCII and Unicode spaces (NBSP, thin space, ...) from both ends.
std::string trim_spaces(const std::string& text);

}  // namespace sverka
