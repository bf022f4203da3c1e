// libFuzzer target: the line-format readers (bead notation, JSON lines,
// abbreviation lists) and the binary lexicon reader on arbitrary bytes.
// Errors are InputErrors, nothing else.
#include <cstdint>
#include <string>

#include "formats/bead_text.h"
#include "lexicon/bilingual_lexicon.h"
#include "text/abbreviations.h"
#include "util/error.h"
#include "util/json_line.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    sverka::parse_beads(text, "fuzz");
  } catch (const sverka::InputError&) {
  }
  try {
    sverka::parse_flat_json(text, "fuzz", 1);
  } catch (const sverka::InputError&) {
  }
  try {
    sverka::Abbreviations::parse(text, "fuzz");
  } catch (const sverka::InputError&) {
  }
  // A lexicon's header is its magic line: give the rest of the bytes one.
  try {
    sverka::BilingualLexicon::parse("sverka-lexicon-2\n" + text, "fuzz").translations("a");
  } catch (const sverka::InputError&) {
  }
  return 0;
}
